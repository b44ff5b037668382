/* The web application's tables over the store's driver, on either engine; see store_web.h. */
#include "store_web.h"

#include <stdio.h>
#include <string.h>

#include "store_int.h"

#define KT(c) s->o->kol_teks(st, (c))
#define KI(c) s->o->kol_int(st, (c))

/* NULL or "" binds NULL. */
static void teks(struct store *s, struct store_st *st, int idx, const char *v)
{
	s->o->ikat_teks(st, idx, v && *v ? v : NULL);
}

static void salin(char *out, size_t n, struct store *s, struct store_st *st, int c)
{
	const char *v = KT(c);
	snprintf(out, n, "%s", v ? v : "");
}

/* Runs a one-row query: 1 row (read it, then ulang), 0 none, -1 error (st reset). */
static int satu(struct store *s, struct store_st *st, struct galat *g)
{
	int r = s->o->langkah(st);
	if (r < 0) {
		store_galat(s, g, "membaca");
		s->o->ulang(st);
	} else if (r == 0) {
		s->o->ulang(st);
	}
	return r;
}

void store_web_lepas(struct store *s)
{
	(void)s; /* statements live with the connection and go at store_close */
}

int store_web_pengguna_jumlah(struct store *s, struct galat *g)
{
	struct store_st *st = store_st(s, "SELECT count(*) FROM pengguna", g);
	if (!st)
		return -1;
	int r = satu(s, st, g);
	if (r <= 0)
		return r == 0 ? galat_set(g, "basis data: jumlah pengguna tidak terbaca") : -1;
	int n = (int)KI(0);
	s->o->ulang(st);
	return n;
}

int store_web_pengguna_tambah(struct store *s, const char *nama, const char *peran,
			      const char *opd, const char *pemda, const char *hash,
			      struct galat *g)
{
	struct store_pengguna ada;
	int r = store_web_pengguna_cari(s, nama, &ada);
	if (r < 0)
		return store_galat(s, g, "mencari pengguna");
	if (r == 1) {
		g->pengguna = 1;
		return galat_set(g, "pengguna '%s' sudah ada", nama);
	}
	struct store_st *st = store_st(s,
				       "INSERT INTO pengguna(nama, peran, opd, pemda, hash, dibuat) "
				       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
				       g);
	if (!st)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	teks(s, st, 1, nama);
	teks(s, st, 2, peran);
	teks(s, st, 3, opd);
	teks(s, st, 4, pemda);
	teks(s, st, 5, hash);
	teks(s, st, 6, waktu);
	return store_jalan(s, st, g);
}

static void baris_pengguna(struct store *s, struct store_st *st, struct store_pengguna *u)
{
	u->id = KI(0);
	salin(u->nama, sizeof(u->nama), s, st, 1);
	salin(u->peran, sizeof(u->peran), s, st, 2);
	salin(u->opd, sizeof(u->opd), s, st, 3);
	salin(u->pemda, sizeof(u->pemda), s, st, 4);
	salin(u->hash, sizeof(u->hash), s, st, 5);
	u->aktif = (int)KI(6);
}

int store_web_pengguna_cari(struct store *s, const char *nama, struct store_pengguna *out)
{
	struct store_st *st =
		store_st(s,
			 "SELECT id, nama, peran, opd, pemda, hash, aktif FROM pengguna "
			 "WHERE nama = ?1",
			 NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, nama);
	int r = satu(s, st, NULL);
	if (r == 1) {
		baris_pengguna(s, st, out);
		s->o->ulang(st);
	}
	return r;
}

int store_web_pengguna_sandi(struct store *s, int64_t id, const char *hash, struct galat *g)
{
	struct store_st *st = store_st(s, "UPDATE pengguna SET hash = ?2 WHERE id = ?1", g);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, id);
	s->o->ikat_teks(st, 2, hash);
	return store_jalan(s, st, g);
}

int store_web_pengguna_aktif(struct store *s, int64_t id, int aktif, struct galat *g)
{
	struct store_st *st = store_st(s, "UPDATE pengguna SET aktif = ?2 WHERE id = ?1", g);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, id);
	s->o->ikat_int(st, 2, aktif ? 1 : 0);
	return store_jalan(s, st, g);
}

int store_web_pengguna_daftar(struct store *s,
			      int (*fn)(const struct store_pengguna *u, void *arg), void *arg,
			      struct galat *g)
{
	struct store_st *st = store_st(
		s, "SELECT id, nama, peran, opd, pemda, '', aktif FROM pengguna ORDER BY nama", g);
	if (!st)
		return -1;
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		struct store_pengguna u;
		baris_pengguna(s, st, &u);
		if (fn(&u, arg))
			break;
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca pengguna") : 0;
}

int store_web_sesi_buat(struct store *s, const char *token_hash, int64_t pengguna,
			const char *csrf, int64_t kedaluwarsa, struct galat *g)
{
	struct store_st *st = store_st(
		s, "INSERT INTO sesi(token, pengguna, csrf, kedaluwarsa) VALUES (?1, ?2, ?3, ?4)",
		g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, token_hash);
	s->o->ikat_int(st, 2, pengguna);
	s->o->ikat_teks(st, 3, csrf);
	s->o->ikat_int(st, 4, kedaluwarsa);
	return store_jalan(s, st, g);
}

int store_web_sesi_cari(struct store *s, const char *token_hash, int64_t sekarang,
			struct store_pengguna *u, char *csrf, size_t ncsrf)
{
	struct store_st *st =
		store_st(s,
			 "SELECT p.id, p.nama, p.peran, p.opd, p.pemda, '', p.aktif, s.csrf "
			 "FROM sesi s JOIN pengguna p ON p.id = s.pengguna "
			 "WHERE s.token = ?1 AND s.kedaluwarsa > ?2 AND p.aktif = 1",
			 NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, token_hash);
	s->o->ikat_int(st, 2, sekarang);
	int r = satu(s, st, NULL);
	if (r == 1) {
		baris_pengguna(s, st, u);
		salin(csrf, ncsrf, s, st, 7);
		s->o->ulang(st);
	}
	return r;
}

int store_web_sesi_hapus_pengguna(struct store *s, int64_t pengguna, const char *kecuali,
				  struct galat *g)
{
	struct store_st *st = store_st(
		s,
		"DELETE FROM sesi WHERE pengguna = ?1 AND (CAST(?2 AS TEXT) IS NULL OR token <> ?2)",
		g);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, pengguna);
	teks(s, st, 2, kecuali);
	return store_jalan(s, st, g);
}

int store_web_sesi_hapus(struct store *s, const char *token_hash, int64_t sekarang,
			 struct galat *g)
{
	struct store_st *st =
		store_st(s, "DELETE FROM sesi WHERE token = ?1 OR kedaluwarsa <= ?2", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, token_hash ? token_hash : "");
	s->o->ikat_int(st, 2, sekarang);
	return store_jalan(s, st, g);
}

int store_web_gagal_catat(struct store *s, const char *kunci, int64_t waktu, struct galat *g)
{
	struct store_st *st =
		store_st(s, "INSERT INTO gagal_masuk(kunci, waktu) VALUES (?1, ?2)", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kunci);
	s->o->ikat_int(st, 2, waktu);
	return store_jalan(s, st, g);
}

int store_web_gagal_jumlah(struct store *s, const char *kunci, int64_t sejak)
{
	struct store_st *st = store_st(
		s, "SELECT count(*) FROM gagal_masuk WHERE kunci = ?1 AND waktu >= ?2", NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kunci);
	s->o->ikat_int(st, 2, sejak);
	int r = satu(s, st, NULL);
	if (r <= 0)
		return -1; /* a count always has a row: none is an error too, and fails closed */
	int n = (int)KI(0);
	s->o->ulang(st);
	return n;
}

int store_web_gagal_hapus(struct store *s, const char *kunci, struct galat *g)
{
	struct store_st *st = store_st(s, "DELETE FROM gagal_masuk WHERE kunci = ?1", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kunci);
	return store_jalan(s, st, g);
}

int store_web_usulan_tambah(struct store *s, const char *pemda, const char *indikator,
			    int tahun, int triwulan, const char *nilai, const char *oleh,
			    int64_t *id, struct galat *g)
{
	struct store_st *st =
		store_st(s,
			 "INSERT INTO realisasi_usulan(pemda, indikator, tahun, triwulan, "
			 "nilai, status, diajukan_oleh, waktu) VALUES (?1, ?2, ?3, ?4, ?5, "
			 "'diajukan', ?6, ?7) RETURNING id",
			 g);
	if (!st)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_teks(st, 2, indikator);
	s->o->ikat_int(st, 3, tahun);
	s->o->ikat_int(st, 4, triwulan);
	s->o->ikat_teks(st, 5, nilai);
	s->o->ikat_teks(st, 6, oleh);
	s->o->ikat_teks(st, 7, waktu);
	int r = s->o->langkah(st);
	if (r == 1)
		*id = KI(0);
	s->o->ulang(st);
	if (r <= 0)
		return r < 0 ? store_galat(s, g, "menyimpan usulan")
			     : galat_set(g, "basis data: usulan tersimpan tanpa nomor");
	return 0;
}

#define KOLOM_USULAN                                                                        \
	"SELECT id, pemda, indikator, tahun, triwulan, nilai, status, diajukan_oleh, waktu, " \
	"diperiksa_oleh, alasan FROM realisasi_usulan "

static void baris_usulan(struct store *s, struct store_st *st, struct store_usulan *u)
{
	u->id = KI(0);
	salin(u->pemda, sizeof(u->pemda), s, st, 1);
	salin(u->indikator, sizeof(u->indikator), s, st, 2);
	u->tahun = (int)KI(3);
	u->triwulan = (int)KI(4);
	salin(u->nilai, sizeof(u->nilai), s, st, 5);
	salin(u->status, sizeof(u->status), s, st, 6);
	salin(u->diajukan_oleh, sizeof(u->diajukan_oleh), s, st, 7);
	salin(u->waktu, sizeof(u->waktu), s, st, 8);
	salin(u->diperiksa_oleh, sizeof(u->diperiksa_oleh), s, st, 9);
	salin(u->alasan, sizeof(u->alasan), s, st, 10);
}

int store_web_usulan_cari(struct store *s, int64_t id, struct store_usulan *out)
{
	struct store_st *st = store_st(s, KOLOM_USULAN "WHERE id = ?1", NULL);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, id);
	int r = satu(s, st, NULL);
	if (r == 1) {
		baris_usulan(s, st, out);
		s->o->ulang(st);
	}
	return r;
}

int store_web_usulan_status(struct store *s, int64_t id, const char *status, const char *oleh,
			    const char *alasan, struct galat *g)
{
	struct store_st *st = store_st(s,
				       "UPDATE realisasi_usulan SET status = ?2, diperiksa_oleh = ?3, "
				       "alasan = ?4 WHERE id = ?1",
				       g);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, id);
	s->o->ikat_teks(st, 2, status);
	s->o->ikat_teks(st, 3, oleh);
	teks(s, st, 4, alasan);
	return store_jalan(s, st, g);
}

int store_web_usulan_daftar(struct store *s, const char *pemda, int tahun, const char *status,
			    int batas, int (*fn)(const struct store_usulan *u, void *arg),
			    void *arg, struct galat *g)
{
	struct store_st *st =
		store_st(s,
			 KOLOM_USULAN "WHERE pemda = ?1 AND (?2 = 0 OR tahun = ?2) AND "
				      "(CAST(?3 AS TEXT) IS NULL OR status = ?3) ORDER BY id DESC LIMIT ?4",
			 g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	teks(s, st, 3, status);
	s->o->ikat_int(st, 4, batas > 0 ? batas : 200);
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		struct store_usulan u;
		baris_usulan(s, st, &u);
		if (fn(&u, arg))
			break;
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca usulan") : 0;
}

int64_t store_web_versi(struct store *s)
{
	struct store_st *st = store_st(s, "SELECT coalesce(max(id), 0) FROM audit", NULL);
	if (!st)
		return -1;
	int r = satu(s, st, NULL);
	if (r <= 0)
		return -1;
	int64_t v = KI(0);
	s->o->ulang(st);
	return v;
}

int store_web_gagal_terakhir(struct store *s, const char *kunci, int64_t sejak, int *jumlah,
			     int64_t *terakhir, struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT count(*), coalesce(max(waktu), 0) FROM gagal_masuk "
				       "WHERE kunci = ?1 AND waktu >= ?2",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kunci);
	s->o->ikat_int(st, 2, sejak);
	int r = satu(s, st, g);
	if (r == 0)
		galat_set(g, "basis data: hitungan gagal masuk tanpa baris");
	if (r <= 0)
		return -1; /* the caller fails closed */
	*jumlah = (int)KI(0);
	*terakhir = KI(1);
	s->o->ulang(st);
	return 0;
}

int store_web_gagal_lupakan(struct store *s, int64_t sebelum, struct galat *g)
{
	struct store_st *st = store_st(s, "DELETE FROM gagal_masuk WHERE waktu < ?1", g);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, sebelum);
	return store_jalan(s, st, g);
}
