/* Locks and fill windows over the store's driver, on either engine; see store_siklus.h. */
#include "store_siklus.h"

#include <stdio.h>
#include <string.h>

#include "store_int.h"

static void salin(char *out, size_t n, const char *v)
{
	snprintf(out, n, "%s", v ? v : "");
}

int store_kunci_cari(struct store *s, const char *pemda, int tahun, struct store_kunci *out,
		     struct galat *g)
{
	struct store_st *st =
	    store_st(s, "SELECT waktu, oleh FROM kunci WHERE pemda = ?1 AND tahun = ?2", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	int r = s->o->langkah(st);
	if (r == 1 && out) {
		salin(out->waktu, sizeof(out->waktu), s->o->kol_teks(st, 0));
		salin(out->oleh, sizeof(out->oleh), s->o->kol_teks(st, 1));
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca kunci") : r;
}

int store_siklus_pemda_ada(struct store *s, const char *kode)
{
	struct store_st *st = store_st(s, "SELECT 1 FROM pemda WHERE kode = ?1", NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kode);
	int r = s->o->langkah(st);
	s->o->ulang(st);
	return r;
}

long store_kunci_jumlah(struct store *s, struct galat *g)
{
	struct store_st *st = store_st(s, "SELECT COUNT(*) FROM kunci", g);
	if (!st)
		return -1;
	int r = s->o->langkah(st);
	long n = r == 1 ? (long)s->o->kol_int(st, 0) : -1;
	s->o->ulang(st);
	if (r != 1)
		store_galat(s, g, "membaca kunci");
	return n;
}

int store_kunci_pasang(struct store *s, const char *pemda, int tahun, const char *oleh,
		       struct galat *g)
{
	struct store_st *st = store_st(
	    s, "INSERT INTO kunci(pemda, tahun, waktu, oleh) VALUES (?1, ?2, ?3, ?4)", g);
	if (!st)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	s->o->ikat_teks(st, 3, waktu);
	s->o->ikat_teks(st, 4, oleh);
	return store_jalan(s, st, g);
}

int store_kunci_hapus(struct store *s, const char *pemda, int tahun, struct galat *g)
{
	struct store_st *st =
	    store_st(s, "DELETE FROM kunci WHERE pemda = ?1 AND tahun = ?2", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	return store_jalan(s, st, g);
}

static void baris_jadwal(struct store *s, struct store_st *st, struct store_jadwal *j)
{
	salin(j->pemda, sizeof(j->pemda), s->o->kol_teks(st, 0));
	j->tahun = (int)s->o->kol_int(st, 1);
	j->triwulan = (int)s->o->kol_int(st, 2);
	salin(j->buka, sizeof(j->buka), s->o->kol_teks(st, 3));
	salin(j->tutup, sizeof(j->tutup), s->o->kol_teks(st, 4));
}

int store_jadwal_cari(struct store *s, const char *pemda, int tahun, int triwulan,
		      struct store_jadwal *out, struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT pemda, tahun, triwulan, buka, tutup FROM jadwal "
				       "WHERE pemda = ?1 AND tahun = ?2 AND triwulan = ?3",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	s->o->ikat_int(st, 3, triwulan);
	int r = s->o->langkah(st);
	if (r == 1 && out)
		baris_jadwal(s, st, out);
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca jadwal") : r;
}

int store_jadwal_daftar(struct store *s, const char *pemda, int tahun,
			int (*fn)(const struct store_jadwal *j, void *arg), void *arg,
			struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT pemda, tahun, triwulan, buka, tutup FROM jadwal "
				       "WHERE pemda = ?1 AND (?2 = 0 OR tahun = ?2) "
				       "ORDER BY tahun, triwulan",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		struct store_jadwal j;
		baris_jadwal(s, st, &j);
		if (fn(&j, arg))
			break;
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca jadwal") : 0;
}

int store_usulan_ganti(struct store *s, const char *pemda, const char *indikator, int tahun,
		       int triwulan, int64_t kecuali,
		       int (*fn)(int64_t id, const char *nilai, void *arg), void *arg,
		       struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT id, nilai FROM realisasi_usulan WHERE pemda = ?1 AND "
				       "indikator = ?2 AND tahun = ?3 AND triwulan = ?4 AND "
				       "status = 'diajukan' AND id <> ?5 ORDER BY id",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_teks(st, 2, indikator);
	s->o->ikat_int(st, 3, tahun);
	s->o->ikat_int(st, 4, triwulan);
	s->o->ikat_int(st, 5, kecuali);
	/* Read first, then call fn: fn writes on the same connection. */
	int64_t id[64];
	char nilai[64][128];
	int n = 0, r;
	while ((r = s->o->langkah(st)) == 1 && n < 64) {
		id[n] = s->o->kol_int(st, 0);
		salin(nilai[n], sizeof(nilai[n]), s->o->kol_teks(st, 1));
		n++;
	}
	s->o->ulang(st);
	if (r < 0)
		return store_galat(s, g, "membaca usulan");
	for (int i = 0; i < n; i++)
		if (fn && fn(id[i], nilai[i], arg))
			return -1;
	struct store_st *del = store_st(s,
					"DELETE FROM realisasi_usulan WHERE pemda = ?1 AND "
					"indikator = ?2 AND tahun = ?3 AND triwulan = ?4 AND "
					"status = 'diajukan' AND id <> ?5",
					g);
	if (!del)
		return -1;
	s->o->ikat_teks(del, 1, pemda);
	s->o->ikat_teks(del, 2, indikator);
	s->o->ikat_int(del, 3, tahun);
	s->o->ikat_int(del, 4, triwulan);
	s->o->ikat_int(del, 5, kecuali);
	return store_jalan(s, del, g);
}

static void baris_catatan(struct store *s, struct store_st *st, struct store_catatan *c)
{
	salin(c->objek, sizeof(c->objek), s->o->kol_teks(st, 0));
	salin(c->ukuran, sizeof(c->ukuran), s->o->kol_teks(st, 1));
	salin(c->sumber, sizeof(c->sumber), s->o->kol_teks(st, 2));
	salin(c->catatan, sizeof(c->catatan), s->o->kol_teks(st, 3));
	salin(c->oleh, sizeof(c->oleh), s->o->kol_teks(st, 4));
	salin(c->waktu, sizeof(c->waktu), s->o->kol_teks(st, 5));
}

int store_catatan_simpan(struct store *s, const char *pemda, int tahun,
			 const struct store_catatan *c, char *lama, struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT catatan FROM catatan_reviu WHERE pemda = ?1 AND "
				       "tahun = ?2 AND objek = ?3 AND ukuran = ?4 AND sumber = ?5",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	s->o->ikat_teks(st, 3, c->objek);
	s->o->ikat_teks(st, 4, c->ukuran);
	s->o->ikat_teks(st, 5, c->sumber);
	int r = s->o->langkah(st);
	if (lama)
		salin(lama, 1024, r == 1 ? s->o->kol_teks(st, 0) : "");
	s->o->ulang(st);
	if (r < 0)
		return store_galat(s, g, "membaca catatan reviu");
	struct store_st *up = store_st(
	    s,
	    "INSERT INTO catatan_reviu(pemda, tahun, objek, ukuran, sumber, catatan, oleh, waktu) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (pemda, tahun, objek, ukuran, "
	    "sumber) DO UPDATE SET catatan = excluded.catatan, oleh = excluded.oleh, "
	    "waktu = excluded.waktu",
	    g);
	if (!up)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(up, 1, pemda);
	s->o->ikat_int(up, 2, tahun);
	s->o->ikat_teks(up, 3, c->objek);
	s->o->ikat_teks(up, 4, c->ukuran);
	s->o->ikat_teks(up, 5, c->sumber);
	s->o->ikat_teks(up, 6, c->catatan);
	s->o->ikat_teks(up, 7, c->oleh);
	s->o->ikat_teks(up, 8, waktu);
	return store_jalan(s, up, g);
}

int store_catatan_daftar(struct store *s, const char *pemda, int tahun,
			 int (*fn)(const struct store_catatan *c, void *arg), void *arg,
			 struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT objek, ukuran, sumber, catatan, oleh, waktu FROM "
				       "catatan_reviu WHERE pemda = ?1 AND tahun = ?2 "
				       "ORDER BY objek, ukuran, sumber",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		struct store_catatan c;
		baris_catatan(s, st, &c);
		if (fn(&c, arg))
			break;
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca catatan reviu") : 0;
}
