/* Publishing and withdrawing a pemda-year; see terbit.h. */
#include "terbit.h"

#include <stdio.h>

#include "../store/store_publik.h"
#include "../store/store_siklus.h"

int terbit_boleh(struct store *s, const char *pemda, int tahun, struct galat *g)
{
	/* Only a locked pemda-year can be published (siklus.md, wilayah.md). */
	struct store_kunci k;
	int r = store_kunci_cari(s, pemda, tahun, &k, g);
	if (r < 0)
		return LAYANAN_GALAT;
	if (r == 0)
		return layanan_tolak(g, LAYANAN_BENTROK,
				     "data %s tahun %d belum dikunci: kunci dulu (kinerja lock) "
				     "sebelum diterbitkan",
				     pemda, tahun);
	return LAYANAN_OK;
}

static int gagal(struct store *s, struct galat *g)
{
	store_rollback(s);
	int putus = store_putus(s);
	g->pengguna = 0;
	if (!g->pesan[0])
		snprintf(g->pesan, sizeof(g->pesan), "basis data");
	return putus ? LAYANAN_SIBUK : LAYANAN_GALAT;
}

int terbit_ubah(struct store *s, const struct aktor *a, const char *pemda, int tahun, int tarik,
		int *berubah, struct galat *g)
{
	galat_init(g);
	if (berubah)
		*berubah = 0;
	if (!aktor_peran(a, "admin"))
		return layanan_tolak(g, LAYANAN_TERLARANG, "hanya admin yang boleh menerbitkan");
	if (!pemda || !*pemda)
		return layanan_tolak(g, LAYANAN_SALAH, "pemda wajib diisi");
	if (tahun < 1900 || tahun > 2200)
		return layanan_tolak(g, LAYANAN_SALAH, "tahun harus antara 1900 dan 2200");
	if (!aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda tidak boleh menerbitkan data pemda ini");
	if (store_begin(s, g))
		return gagal(s, g);
	int ada = store_pemda_ada(s, pemda);
	if (ada < 0)
		return gagal(s, g);
	if (!ada) {
		store_rollback(s);
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda '%s' tidak dikenal", pemda);
	}
	int sudah = store_terbit_ada(s, pemda, tahun);
	if (sudah < 0)
		return gagal(s, g);
	if (sudah == !tarik) {
		store_rollback(s); /* nothing to do */
		return LAYANAN_OK;
	}
	int st;
	if (!tarik && (st = terbit_boleh(s, pemda, tahun, g))) {
		store_rollback(s);
		return st;
	}
	char kunci[64];
	snprintf(kunci, sizeof(kunci), "%s / %d", pemda, tahun);
	int rc = tarik ? store_terbit_hapus(s, pemda, tahun, g) < 0
		       : store_terbit_simpan(s, pemda, tahun, a->nama, g);
	if (rc || store_audit(s, a->nama, pemda, "terbit", kunci, tarik ? "diterbitkan" : NULL,
			      tarik ? NULL : "diterbitkan", g) ||
	    store_commit(s, g))
		return gagal(s, g);
	if (berubah)
		*berubah = 1;
	return LAYANAN_OK;
}
