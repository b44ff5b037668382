/* Evidence files over the store's driver, on either engine; see store_bukti.h. */
#include "store_bukti.h"

#include <stdio.h>
#include <string.h>

#include "store_int.h"

static void salin(char *out, size_t n, const char *v)
{
	snprintf(out, n, "%s", v ? v : "");
}

int store_bukti_tambah(struct store *s, const struct store_bukti *b, const void *isi, size_t n,
		       int64_t *id, struct galat *g)
{
	struct store_st *st = store_st(
	    s,
	    "INSERT INTO bukti(objek, pemda, nama, jenis, ukuran, sha256, isi, pengunggah, waktu) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
	    g);
	if (!st)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 1, b->objek);
	s->o->ikat_teks(st, 2, b->pemda);
	s->o->ikat_teks(st, 3, b->nama);
	s->o->ikat_teks(st, 4, b->jenis);
	s->o->ikat_int(st, 5, (int64_t)n);
	s->o->ikat_teks(st, 6, b->sha256);
	s->o->ikat_blob(st, 7, isi, n);
	s->o->ikat_teks(st, 8, b->pengunggah);
	s->o->ikat_teks(st, 9, waktu);
	int r = s->o->langkah(st);
	if (r == 1)
		*id = s->o->kol_int(st, 0);
	s->o->ulang(st);
	return r == 1 ? 0 : store_galat(s, g, "menyimpan bukti");
}

#define KOLOM "id, objek, pemda, nama, jenis, ukuran, sha256, pengunggah, waktu"

static void baris(struct store *s, struct store_st *st, struct store_bukti *b)
{
	b->id = s->o->kol_int(st, 0);
	salin(b->objek, sizeof(b->objek), s->o->kol_teks(st, 1));
	salin(b->pemda, sizeof(b->pemda), s->o->kol_teks(st, 2));
	salin(b->nama, sizeof(b->nama), s->o->kol_teks(st, 3));
	salin(b->jenis, sizeof(b->jenis), s->o->kol_teks(st, 4));
	b->ukuran = s->o->kol_int(st, 5);
	salin(b->sha256, sizeof(b->sha256), s->o->kol_teks(st, 6));
	salin(b->pengunggah, sizeof(b->pengunggah), s->o->kol_teks(st, 7));
	salin(b->waktu, sizeof(b->waktu), s->o->kol_teks(st, 8));
}

int store_bukti_cari(struct store *s, int64_t id, struct store_bukti *out, struct buf *isi,
		     struct galat *g)
{
	struct store_st *st =
	    isi ? store_st(s, "SELECT " KOLOM ", isi FROM bukti WHERE id = ?1", g)
		: store_st(s, "SELECT " KOLOM " FROM bukti WHERE id = ?1", g);
	if (!st)
		return -1;
	s->o->ikat_int(st, 1, id);
	int r = s->o->langkah(st);
	if (r == 1) {
		baris(s, st, out);
		if (isi) {
			size_t n;
			const void *p = s->o->kol_blob(st, 9, &n);
			buf_append(isi, p, n);
		}
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca bukti") : r;
}

/* Calls fn for each row of the bound statement st (stops when fn returns non-zero). */
static int daftar_jalan(struct store *s, struct store_st *st,
			int (*fn)(const struct store_bukti *b, void *arg), void *arg,
			struct galat *g)
{
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		struct store_bukti b;
		baris(s, st, &b);
		if (fn(&b, arg))
			break;
	}
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca daftar bukti") : 0;
}

int store_bukti_daftar(struct store *s, const char *objek,
		       int (*fn)(const struct store_bukti *b, void *arg), void *arg,
		       struct galat *g)
{
	struct store_st *st =
	    store_st(s, "SELECT " KOLOM " FROM bukti WHERE objek = ?1 ORDER BY id", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, objek);
	return daftar_jalan(s, st, fn, arg, g);
}

int store_bukti_awalan(struct store *s, const char *awalan,
		       int (*fn)(const struct store_bukti *b, void *arg), void *arg,
		       struct galat *g)
{
	/* LIKE with the prefix's wildcards escaped by '!': the same on both engines. */
	char pola[420];
	size_t j = 0;
	for (const char *c = awalan; *c && j + 3 < sizeof(pola); c++) {
		if (*c == '%' || *c == '_' || *c == '!')
			pola[j++] = '!';
		pola[j++] = *c;
	}
	pola[j++] = '%';
	pola[j] = 0;
	struct store_st *st = store_st(
	    s, "SELECT " KOLOM " FROM bukti WHERE objek LIKE ?1 ESCAPE '!' ORDER BY objek, id", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pola);
	return daftar_jalan(s, st, fn, arg, g);
}

int store_bukti_indikator_opd(struct store *s, const char *pemda, const char *kode, char *opd,
			      size_t n, struct galat *g)
{
	struct store_st *st =
	    store_st(s, "SELECT opd FROM indikator WHERE pemda = ?1 AND kode = ?2", g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_teks(st, 2, kode);
	int r = s->o->langkah(st);
	if (r == 1)
		salin(opd, n, s->o->kol_teks(st, 0));
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "membaca indikator") : r;
}

long store_usulan_menunggu(struct store *s, const char *pemda)
{
	struct store_st *st =
	    pemda ? store_st(s,
			     "SELECT COUNT(*) FROM realisasi_usulan WHERE pemda = ?1 AND "
			     "status = 'diajukan'",
			     NULL)
		  : store_st(s, "SELECT COUNT(*) FROM realisasi_usulan WHERE status = 'diajukan'",
			     NULL);
	if (!st)
		return -1;
	if (pemda)
		s->o->ikat_teks(st, 1, pemda);
	int r = s->o->langkah(st);
	long n = r == 1 ? (long)s->o->kol_int(st, 0) : -1;
	s->o->ulang(st);
	return n;
}
