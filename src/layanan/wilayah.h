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

/*
 * The regions of the LKjIP of m's pemda in tahun: for a province, its children
 * with every indicator of that year into w (else w stays empty). Release w
 * with store_wilayah_release either way; d borrows from it.
 */
int wilayah_laporan(struct store *s, const struct model *m, int tahun, struct store_wilayah *w,
		    struct dokumen_wilayah *d, struct galat *g);

#endif
