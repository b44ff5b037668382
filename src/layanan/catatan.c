/* Reviewer notes on findings; see catatan.h. */
#include "catatan.h"

#include <stdio.h>
#include <string.h>

#include "../core/reviu.h"
#include "../store/store_siklus.h"
#include "kunci.h"

/* Whether the review of m in tahun reports the finding: 1 or 0. */
static int temuan_ada(const struct model *m, int tahun, const char *objek, const char *ukuran,
		      const char *sumber)
{
	struct reviu r;
	reviu_jalankan(m, tahun, &r);
	int ada = 0;
	for (int i = 0; i < r.n && !ada; i++) {
		const struct temuan *t = &r.temuan[i];
		ada = t->objek && t->ukuran && t->sumber && strcmp(t->objek, objek) == 0 &&
		      strcmp(t->ukuran, ukuran) == 0 && strcmp(t->sumber, sumber) == 0;
	}
	reviu_release(&r);
	return ada;
}

int catatan_reviu_simpan(struct store *s, const struct aktor *a, const char *pemda, int tahun,
			 const char *objek, const char *ukuran, const char *sumber,
			 const char *catatan, struct galat *g)
{
	galat_init(g);
	if (!aktor_peran(a, "admin,reviewer"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya reviewer (Inspektorat) atau admin yang menulis catatan "
				     "reviu");
	if (!pemda || !objek || !ukuran || !sumber || tahun < 1900 || tahun > 2200)
		return layanan_tolak(g, LAYANAN_SALAH,
				     "pemda, tahun, objek, ukuran dan sumber wajib diisi");
	if (!aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG, "Anda tidak boleh mengubah data pemda ini");
	if (!catatan || !*catatan)
		return layanan_tolak(g, LAYANAN_SALAH, "catatan wajib diisi");
	struct store_catatan c;
	if (strlen(catatan) >= sizeof(c.catatan) || strlen(objek) >= sizeof(c.objek) ||
	    strlen(ukuran) >= sizeof(c.ukuran) || strlen(sumber) >= sizeof(c.sumber))
		return layanan_tolak(g, LAYANAN_SALAH, "catatan terlalu panjang (maks. 1000 byte)");
	struct model m;
	model_init(&m);
	if (store_muat(s, pemda, &m, g)) {
		model_release(&m);
		return g->pengguna ? layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda tidak dikenal")
				   : LAYANAN_GALAT;
	}
	int ada = temuan_ada(&m, tahun, objek, ukuran, sumber);
	model_release(&m);
	if (!ada)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA,
				     "temuan %s %s (%s) tidak ada pada reviu %s tahun %d", objek,
				     ukuran, sumber, pemda, tahun);
	int st = kunci_cek(s, pemda, tahun, g);
	if (st)
		return st;
	snprintf(c.objek, sizeof(c.objek), "%s", objek);
	snprintf(c.ukuran, sizeof(c.ukuran), "%s", ukuran);
	snprintf(c.sumber, sizeof(c.sumber), "%s", sumber);
	snprintf(c.catatan, sizeof(c.catatan), "%s", catatan);
	snprintf(c.oleh, sizeof(c.oleh), "%s", a->nama ? a->nama : "cli");
	if (store_begin(s, g))
		return LAYANAN_SIBUK;
	char lama[1024], kunci[300];
	snprintf(kunci, sizeof(kunci), "%d/%s/%s/%s", tahun, objek, ukuran, sumber);
	if (store_catatan_simpan(s, pemda, tahun, &c, lama, g) ||
	    store_audit(s, c.oleh, pemda, "catatan_reviu", kunci, lama[0] ? lama : NULL, catatan,
			g) ||
	    store_commit(s, g)) {
		store_rollback(s);
		g->pengguna = 0;
		return LAYANAN_GALAT;
	}
	return LAYANAN_OK;
}
