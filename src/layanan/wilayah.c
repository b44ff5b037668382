/* The province view's comparison; see wilayah.h. */
#include "wilayah.h"

#include <string.h>

enum wilayah_hasil_kode wilayah_banding(struct store *s, const char *induk,
					const char *indikator, int tahun, const double *batas,
					struct store_wilayah *w, struct wilayah_hasil *h,
					struct galat *g)
{
	memset(h, 0, sizeof(*h));
	if (store_wilayah_muat(s, induk, indikator, tahun, w, g))
		return WILAYAH_GALAT;
	if (!w->induk)
		return WILAYAH_INDUK_TIDAK_ADA;
	if (banding_json_hitung(induk, w->induk, w->nasional, w->anak, w->n, indikator, tahun,
				batas, h))
		return WILAYAH_KOSONG;
	return WILAYAH_OK;
}

int wilayah_laporan(struct store *s, const struct model *m, int tahun, struct store_wilayah *w,
		    struct dokumen_wilayah *d, struct galat *g)
{
	memset(w, 0, sizeof(*w));
	memset(d, 0, sizeof(*d));
	if (!m->pemda.jenis || strcmp(m->pemda.jenis, "provinsi") != 0)
		return 0;
	if (store_wilayah_muat(s, m->pemda.kode, NULL, tahun, w, g))
		return -1;
	d->anak = w->anak;
	d->n_anak = w->n;
	d->nasional = w->nasional;
	return 0;
}
