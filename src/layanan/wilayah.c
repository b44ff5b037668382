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

struct dokumen_wilayah wilayah_dokumen(const struct store_wilayah *w)
{
	struct dokumen_wilayah d = {w->anak, w->n, w->nasional};
	return d;
}
