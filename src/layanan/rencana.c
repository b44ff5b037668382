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
	/* The form as a file of one row (line 2: the header is line 1), every column present. */
	struct csv_tabel t;
	memset(&t, 0, sizeof(t));
	arena_init(&t.arena);
	t.pemisah = ',';
	t.n_kolom = tt->n_kolom;
	t.kolom = arena_alloc(&t.arena, (size_t)tt->n_kolom * sizeof(char *));
	char **sel = arena_alloc(&t.arena, (size_t)tt->n_kolom * sizeof(char *));
	for (int k = 0; k < tt->n_kolom; k++) {
		t.kolom[k] = arena_strdup(&t.arena, tt->kolom[k].nama);
		const char *v = "";
		for (int i = 0; i < n; i++)
			if (str_sama(kolom[i], tt->kolom[k].nama) && nilai[i])
				v = nilai[i];
		sel[k] = str_trim(arena_strdup(&t.arena, v));
	}
	n = tt->n_kolom;
	struct csv_baris b = {2, n, sel};
	t.n_baris = 1;
	t.baris = &b;
	const struct impor_tabel it = {tt->nama, "formulir", &t};
	struct layanan_impor_hasil hi;
	struct impor_galat d;
	impor_galat_init(&d);
	int st = layanan_impor_formulir(s, a, &it, &hi, &d, g);
	unggah_hasil_isi(h, &hi, &d);
	impor_galat_release(&d);
	arena_release(&t.arena); /* not csv_release: the row is not its allocation */
	return st;
}
