/* Planners' forms; see rencana.h. */
#include "rencana.h"

#include <string.h>

#include "impor.h"

int layanan_rencana_simpan(struct store *s, const struct aktor *a, const char *tabel,
			   const char *const *kolom, const char *const *nilai, int n,
			   struct unggah_hasil *h, struct galat *g)
{
	memset(h, 0, sizeof(*h));
	if (!aktor_peran(a, "admin,perencana"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya admin dan perencana yang boleh mengubah data perencanaan");
	const struct templat_tabel *tt = tabel ? templat_cari(tabel) : NULL;
	if (!tt)
		return layanan_tolak(g, LAYANAN_SALAH, "tabel '%s' tidak dikenal",
				     tabel ? tabel : "");
	if (n <= 0 || n > 64)
		return layanan_tolak(g, LAYANAN_SALAH, "isian %s kosong", tt->nama);
	for (int i = 0; i < n; i++)
		if (templat_kolom(tt, kolom[i] ? kolom[i] : "") < 0)
			return layanan_tolak(g, LAYANAN_SALAH, "kolom '%s' tidak ada di %s",
					     kolom[i] ? kolom[i] : "", tt->berkas);
	struct layanan_impor_hasil hi;
	struct impor_galat d;
	impor_galat_init(&d);
	int st = layanan_impor_baris(s, a, NULL, tt, kolom, nilai, n, &hi, &d, g);
	unggah_hasil_isi(h, &hi, &d);
	impor_galat_release(&d);
	return st;
}
