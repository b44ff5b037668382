/* Reads of the evaluation and survey tables; see store_evaluasi.h. */
#include "store_evaluasi.h"

#include <string.h>

#include "store_int.h"

#define KT(c) s->o->kol_teks(st, (c))

/* Steps st to its end calling each(row); returns rows seen, or -1 (g set). */
static long jalankan(struct store *s, struct store_st *st, const char *apa,
		     int (*each)(struct store *s, struct store_st *st, void *arg), void *arg,
		     struct galat *g)
{
	long n = 0;
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		n++;
		if (each(s, st, arg)) {
			s->o->ulang(st);
			if (!g->pesan[0])
				galat_set(g, "%s: dihentikan", apa);
			return -1;
		}
	}
	if (r < 0) {
		store_galat(s, g, apa);
		s->o->ulang(st);
		return -1;
	}
	s->o->ulang(st);
	return n;
}

struct k_arg {
	int (*fn)(const struct store_kerangka_baris *b, void *arg);
	void *arg;
};

static int k_satu(struct store *s, struct store_st *st, void *arg)
{
	struct k_arg *a = arg;
	const char *induk = KT(2);
	struct store_kerangka_baris b = {KT(0), KT(1), induk ? induk : "", KT(3), KT(5),
					 s->o->kol_real(st, 4)};
	return a->fn(&b, a->arg);
}

int store_kerangka_daftar(struct store *s, const char *kode,
			  int (*fn)(const struct store_kerangka_baris *b, void *arg), void *arg,
			  struct galat *g)
{
	static const char sql[] = "SELECT kerangka, kode, induk, uraian, bobot, jawaban FROM "
				  "kerangka WHERE (?1 = '' OR kerangka = ?1) ORDER BY rowid";
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, kode ? kode : "");
	struct k_arg a = {fn, arg};
	long n = jalankan(s, st, "membaca kerangka", k_satu, &a, g);
	return n < 0 ? -1 : (int)n;
}

struct l_arg {
	int (*fn)(const struct store_lke_baris *b, void *arg);
	void *arg;
};

static int l_satu(struct store *s, struct store_st *st, void *arg)
{
	struct l_arg *a = arg;
	struct store_lke_baris b = {(int)s->o->kol_int(st, 0), KT(1), KT(2), KT(3), KT(4), KT(5),
				    KT(6), KT(7)};
	return a->fn(&b, a->arg);
}

int store_lke_daftar(struct store *s, const char *pemda, int tahun, const char *opd,
		     int (*fn)(const struct store_lke_baris *b, void *arg), void *arg,
		     struct galat *g)
{
	static const char sql[] =
		"SELECT tahun, opd, kerangka, kriteria, mandiri, evaluator, catatan, bukti FROM "
		"lke_jawaban WHERE pemda = ?1 AND (?2 = 0 OR tahun = ?2) AND (?3 = '*' OR opd = ?3) "
		"ORDER BY tahun, opd, rowid";
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	s->o->ikat_teks(st, 3, opd ? opd : "*");
	struct l_arg a = {fn, arg};
	return jalankan(s, st, "membaca lke_jawaban", l_satu, &a, g) < 0 ? -1 : 0;
}

struct s_arg {
	int (*fn)(const struct store_survei_baris *b, void *arg);
	void *arg;
};

static int s_satu(struct store *s, struct store_st *st, void *arg)
{
	struct s_arg *a = arg;
	const char *ind = KT(2);
	struct store_survei_baris b = {KT(0), KT(1), ind ? ind : "", KT(3)};
	return a->fn(&b, a->arg);
}

int store_survei_daftar(struct store *s, const char *pemda, const char *kode,
			int (*fn)(const struct store_survei_baris *b, void *arg), void *arg,
			struct galat *g)
{
	static const char sql[] = "SELECT kode, uraian, indikator, unsur FROM survei WHERE "
				  "pemda = ?1 AND (?2 = '' OR kode = ?2) ORDER BY rowid";
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_teks(st, 2, kode ? kode : "");
	struct s_arg a = {fn, arg};
	long n = jalankan(s, st, "membaca survei", s_satu, &a, g);
	return n < 0 ? -1 : (int)n;
}

struct j_arg {
	int (*fn)(const char *periode, const char *unit, const char *responden,
		  const char *jawaban, void *arg);
	void *arg;
};

static int j_satu(struct store *s, struct store_st *st, void *arg)
{
	struct j_arg *a = arg;
	return a->fn(KT(0), KT(1), KT(2), KT(3), a->arg);
}

int store_survei_jawaban_daftar(struct store *s, const char *pemda, const char *survei,
				const char *periode,
				int (*fn)(const char *periode, const char *unit,
					  const char *responden, const char *jawaban, void *arg),
				void *arg, struct galat *g)
{
	static const char sql[] = "SELECT periode, unit, responden, jawaban FROM survei_jawaban "
				  "WHERE pemda = ?1 AND survei = ?2 AND (?3 = '' OR periode = ?3) "
				  "ORDER BY periode, unit, responden"; /* the key's order: no sort */
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_teks(st, 2, survei);
	s->o->ikat_teks(st, 3, periode ? periode : "");
	struct j_arg a = {fn, arg};
	return jalankan(s, st, "membaca survei_jawaban", j_satu, &a, g) < 0 ? -1 : 0;
}

struct r_arg {
	int (*fn)(const struct store_rekomendasi_baris *b, void *arg);
	void *arg;
};

static int r_satu(struct store *s, struct store_st *st, void *arg)
{
	struct r_arg *a = arg;
	struct store_rekomendasi_baris b = {(int)s->o->kol_int(st, 0), KT(1), KT(2), KT(3), KT(4),
					    KT(5)};
	return a->fn(&b, a->arg);
}

int store_rekomendasi_daftar(struct store *s, const char *pemda, int tahun, const char *opd,
			     int (*fn)(const struct store_rekomendasi_baris *b, void *arg),
			     void *arg, struct galat *g)
{
	static const char sql[] =
		"SELECT tahun, opd, nomor, uraian, tindak_lanjut, status FROM lke_rekomendasi "
		"WHERE pemda = ?1 AND (?2 = 0 OR tahun = ?2) AND (?3 = '*' OR opd = ?3) "
		"ORDER BY tahun, opd, rowid";
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, tahun);
	s->o->ikat_teks(st, 3, opd ? opd : "*");
	struct r_arg a = {fn, arg};
	return jalankan(s, st, "membaca lke_rekomendasi", r_satu, &a, g) < 0 ? -1 : 0;
}
