/*
 * The data of the province view (wilayah.md): every pemda loaded with
 * store_muat, for banding_json_hitung (report/banding_json.h), which keeps the
 * children of the parent asked for. Reads only; the CLI, the web and the LKjIP share it.
 */
#ifndef KINERJA_LAYANAN_WILAYAH_H
#define KINERJA_LAYANAN_WILAYAH_H

#include "../core/model.h"
#include "../store/store.h"
#include "../util/util.h"

struct wilayah_data {
	int n, cap;
	struct model *semua; /* every pemda, in the store's order */
};

/* Loads every pemda into w. Returns 0 or -1 with g; release w either way. */
int wilayah_muat(struct store *s, struct wilayah_data *w, struct galat *g);
void wilayah_data_release(struct wilayah_data *w);

/* The loaded pemda `kode`, or NULL. */
const struct model *wilayah_cari(const struct wilayah_data *w, const char *kode);
/* Whether some loaded pemda names `kode` as its induk. */
int wilayah_ada_anak(const struct wilayah_data *w, const char *kode);

#endif
