/*
 * The province view (wilayah.md): the children of one parent compared on one
 * indicator, read with store_wilayah_muat (only the pemda concerned, only the
 * indicator and year asked for) and ranked by banding_json_hitung. Reads
 * only; the CLI, the web and the LKjIP share it.
 */
#ifndef KINERJA_LAYANAN_WILAYAH_H
#define KINERJA_LAYANAN_WILAYAH_H

#include "../report/banding_json.h"
#include "../store/store_wilayah.h"

enum wilayah_hasil_kode {
	WILAYAH_OK = 0,
	WILAYAH_INDUK_TIDAK_ADA, /* the parent is not stored */
	WILAYAH_KOSONG,		 /* no child holds the indicator that year */
	WILAYAH_GALAT = -1,	 /* the database failed (g) */
};

/*
 * Compares indicator `indikator` in `tahun` over the children of `induk`
 * (batas may be NULL). w holds the models h borrows: release h with
 * wilayah_hasil_release, then w with store_wilayah_release, whatever the result.
 */
enum wilayah_hasil_kode wilayah_banding(struct store *s, const char *induk,
					const char *indikator, int tahun, const double *batas,
					struct store_wilayah *w, struct wilayah_hasil *h,
					struct galat *g);

/* The regions of a province's LKjIP for year tahun from w (loaded with every indicator). */
struct dokumen_wilayah wilayah_dokumen(const struct store_wilayah *w);

#endif
