/* Publishing and API tokens over the store's driver, on either engine; see store_publik.h. */
#include "store_publik.h"

#include <stdio.h>
#include <string.h>

#include "store_int.h"

static void salin(char *out, size_t n, struct store *s, struct store_st *st, int c)
{
	const char *v = s->o->kol_teks(st, c);
	snprintf(out, n, "%s", v ? v : "");
}

int store_terbit_simpan(struct store *s, const char *pemda, int tahun, const char *oleh,
			struct galat *g)
{
	struct store_st *st = store_st(s,
				       "INSERT INTO terbit(pemda, tahun, waktu, oleh) "
				       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (pemda, tahun) DO NOTHING",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 3, waktu);
	s->o->ikat_teks(st, 4, oleh);
	return store_jalan(s, st, g);
}

int store_terbit_hapus(struct store *s, const char *pemda, int tahun, struct galat *g)
{
	int ada = store_terbit_ada(s, pemda, tahun);
	if (ada <= 0)
		return ada < 0 ? store_galat(s, g, "terbit") : 0;
	struct store_st *st =
		store_st(s, "DELETE FROM terbit WHERE pemda = ?1 AND tahun = ?2", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	return store_jalan(s, st, g) ? -1 : 1;
}

int store_terbit_ada(struct store *s, const char *pemda, int tahun)
{
	struct store_st *st =
		store_st(s, "SELECT 1 FROM terbit WHERE pemda = ?1 AND tahun = ?2", NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	int r = s->o->langkah(st);
	s->o->ulang(st);
	return r;
}

int store_terbit_daftar(struct store *s, const char *pemda,
			int (*fn)(const char *pemda, const char *nama, int tahun, void *arg),
			void *arg, struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT t.pemda, p.nama, t.tahun FROM terbit t "
				       "JOIN pemda p ON p.kode = t.pemda "
				       "WHERE CAST(?1 AS TEXT) IS NULL OR t.pemda = ?1 ORDER BY p.rowid, t.tahun",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		char k[64], n[256];
		salin(k, sizeof(k), s, st, 0);
		salin(n, sizeof(n), s, st, 1);
		if (fn(k, n, (int)s->o->kol_int(st, 2), arg)) {
			s->o->ulang(st);
			return -1;
		}
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "terbit") : 0;
}

int store_pemda_nama(struct store *s, const char *kode, char *out, size_t n)
{
	struct store_st *st = store_st(s, "SELECT nama FROM pemda WHERE kode = ?1", NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kode);
	int r = s->o->langkah(st);
	if (r == 1)
		salin(out, n, s, st, 0);
	s->o->ulang(st);
	return r;
}

int store_token_tambah(struct store *s, const char *nama, const char *peran, const char *pemda,
		       const char *hash, struct galat *g)
{
	struct store_token ada;
	int r = store_token_cari(s, nama, NULL, &ada);
	if (r < 0)
		return store_galat(s, g, "token");
	if (r == 1) {
		g->pengguna = 1;
		return galat_set(g, "token '%s' sudah ada", nama);
	}
	struct store_st *st = store_st(s,
				       "INSERT INTO token_api(nama, peran, pemda, hash, dibuat) "
				       "VALUES (?1, ?2, ?3, ?4, ?5)",
				       g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, nama);
	s->o->ikat_teks(st, 2, peran);
	s->o->ikat_teks(st, 3, pemda && *pemda ? pemda : NULL);
	s->o->ikat_teks(st, 4, hash);
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 5, waktu);
	return store_jalan(s, st, g);
}

int store_token_cari(struct store *s, const char *nama, const char *hash, struct store_token *out)
{
	struct store_st *st = store_st(s,
				       "SELECT id, nama, peran, pemda, dicabut FROM token_api "
				       "WHERE nama = ?1 OR hash = ?2",
				       NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, nama);
	s->o->ikat_teks(st, 2, hash);
	int r = s->o->langkah(st);
	if (r == 1) {
		out->id = s->o->kol_int(st, 0);
		salin(out->nama, sizeof(out->nama), s, st, 1);
		salin(out->peran, sizeof(out->peran), s, st, 2);
		salin(out->pemda, sizeof(out->pemda), s, st, 3);
		out->dicabut = s->o->kol_teks(st, 4) != NULL;
	}
	s->o->ulang(st);
	return r;
}

int store_token_cabut(struct store *s, const char *nama, struct galat *g)
{
	struct store_token t;
	int r = store_token_cari(s, nama, NULL, &t);
	if (r < 0)
		return store_galat(s, g, "token");
	if (r == 0 || t.dicabut)
		return 0;
	struct store_st *st =
		store_st(s, "UPDATE token_api SET dicabut = ?2 WHERE nama = ?1", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, nama);
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 2, waktu);
	return store_jalan(s, st, g) ? -1 : 1;
}
