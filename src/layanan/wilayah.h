/*
 * The data of the province view (wilayah.md): the parent pemda, pemda 00 and
 * every pemda whose induk is the parent, loaded with store_muat, for
 * banding_json_hitung (report/banding_json.h). Reads only; CLI, web and the LKjIP share it.
 */
#ifndef KINERJA_LAYANAN_WILAYAH_H
#define KINERJA_LAYANAN_WILAYAH_H

#include "../core/model.h"
#include "../store/store.h"
#include "../util/util.h"

struct wilayah_data {
	struct model induk, nasional; /* valid when ada_induk, ada_nasional */
	int ada_induk, ada_nasional;
	int n, cap;
	struct model *anak; /* the children, in the store's order */
};

/*
 * Loads the parent `induk`, pemda 00 and the children of `induk` into w. An
 * unknown parent is a user error (g->pengguna = 1). Returns 0 or -1; release w
 * with wilayah_data_release either way.
 */
int wilayah_muat(struct store *s, const char *induk, struct wilayah_data *w, struct galat *g);
void wilayah_data_release(struct wilayah_data *w);

#endif
