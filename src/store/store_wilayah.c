/* The province view's reads, the same SQL on both engines; see store_wilayah.h. */
#include "store_wilayah.h"

#include <stdlib.h>
#include <string.h>

#include "store_int.h"

#include "../core/pengaturan.h"

#define KT(c) s->o->kol_teks(st, (c))
#define KI(c) s->o->kol_int(st, (c))
#define KR(c) s->o->kol_real(st, (c))

/* The pemda read: the children of ?1, ?1 itself and pemda 00 (a constant, not input). */
#define HIMPUNAN "(SELECT kode FROM pemda WHERE induk = ?1 OR kode = ?1 OR kode = '00')"
/* Rows of the indicator ?2 (NULL: all) and the year ?3 (0: all), by pemda then as imported. */
#define SARING                                                                                 \
	" AND (CAST(?2 AS TEXT) IS NULL OR x.indikator = ?2)"                                  \
	" AND (CAST(?3 AS INTEGER) = 0 OR x.tahun = ?3) ORDER BY p.rowid, x.rowid"

static const char sql_pemda[] =
	"SELECT kode, nama, jenis, induk, periode_awal, periode_akhir, rumus_turun FROM pemda "
	"WHERE induk = ?1 OR kode = ?1 OR kode = '00' ORDER BY rowid";
static const char sql_atur[] = "SELECT x.pemda, x.kunci, x.nilai FROM pengaturan x "
			       "JOIN pemda p ON p.kode = x.pemda WHERE x.pemda IN " HIMPUNAN
			       " ORDER BY p.rowid, x.rowid";
static const char sql_indikator[] =
	"SELECT x.pemda, x.kode, x.induk, x.uraian, x.satuan, x.arah, x.skala, x.opd, "
	"x.kondisi_awal, x.target_akhir, x.rumus_turun, x.agregasi, x.bobot FROM indikator x "
	"JOIN pemda p ON p.kode = x.pemda WHERE x.pemda IN " HIMPUNAN
	" AND (CAST(?2 AS TEXT) IS NULL OR x.kode = ?2) ORDER BY p.rowid, x.rowid";
static const char sql_target[] = "SELECT x.pemda, x.indikator, x.tahun, x.nilai, x.teks "
				 "FROM target x JOIN pemda p ON p.kode = x.pemda "
				 "WHERE x.pemda IN " HIMPUNAN SARING;
static const char sql_realisasi[] = "SELECT x.pemda, x.indikator, x.tahun, x.triwulan, x.nilai "
				    "FROM realisasi x JOIN pemda p ON p.kode = x.pemda "
				    "WHERE x.pemda IN " HIMPUNAN SARING;
static const char sql_pembanding[] = "SELECT x.pemda, x.indikator, x.tahun, x.wilayah, x.nilai "
				     "FROM pembanding x JOIN pemda p ON p.kode = x.pemda "
				     "WHERE x.pemda IN " HIMPUNAN SARING;

struct muat {
	struct store *s;
	int n, cap;
	struct model *m; /* every pemda read, in the store's order */
	int akhir;	 /* the model of the last row (rows come grouped by pemda) */
	/* the capacity of each model's arrays (they grow in its arena) */
	int *cap_ind, *cap_tgt, *cap_real, *cap_pb;
};

/* The model of pemda kode (NULL: not among those read). */
static struct model *cari(struct muat *mu, const char *kode)
{
	if (!kode)
		return NULL;
	if (mu->akhir < mu->n && strcmp(mu->m[mu->akhir].pemda.kode, kode) == 0)
		return &mu->m[mu->akhir];
	for (int i = 0; i < mu->n; i++)
		if (strcmp(mu->m[i].pemda.kode, kode) == 0) {
			mu->akhir = i;
			return &mu->m[i];
		}
	return NULL;
}

/* Room for one more element of *arr (n used, *cap allocated) in m's arena. */
static void *tambah(struct model *m, void **arr, int n, int *cap, size_t size)
{
	if (n >= *cap) {
		int baru = *cap ? 2 * *cap : 8;
		void *p = arena_alloc(&m->arena, size * (size_t)baru);
		if (n)
			memcpy(p, *arr, size * (size_t)n);
		*arr = p;
		*cap = baru;
	}
	return (char *)*arr + size * (size_t)n;
}

static const char *kolom(struct model *m, struct store *s, struct store_st *st, int c)
{
	return arena_strdup(&m->arena, KT(c));
}

/* Binds induk, indikator, tahun to sql; NULL with g set. */
static struct store_st *kueri(struct store *s, const char *sql, const char *induk,
			      const char *indikator, int tahun, int n_param, struct galat *g)
{
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return NULL;
	s->o->ikat_teks(st, 1, induk);
	if (n_param >= 2)
		s->o->ikat_teks(st, 2, indikator);
	if (n_param >= 3)
		s->o->ikat_int(st, 3, tahun);
	return st;
}

/* One row of st into its pemda's model; 0, or -1 with g. */
typedef int (*baris_fn)(struct muat *mu, struct model *m, int i, struct store_st *st,
			struct galat *g);

static int jalan(struct muat *mu, const char *sql, int n_param, const char *induk,
		 const char *indikator, int tahun, baris_fn fn, const char *apa, struct galat *g)
{
	struct store *s = mu->s;
	struct store_st *st = kueri(s, sql, induk, indikator, tahun, n_param, g);
	if (!st)
		return -1;
	int r, rc = 0;
	while (rc == 0 && (r = s->o->langkah(st)) == 1) {
		struct model *m = cari(mu, KT(0));
		if (m)
			rc = fn(mu, m, (int)(m - mu->m), st, g);
	}
	if (rc == 0 && r < 0)
		rc = store_galat(s, g, apa);
	s->o->ulang(st);
	return rc;
}

static int atur_baris(struct muat *mu, struct model *m, int i, struct store_st *st,
		      struct galat *g)
{
	struct store *s = mu->s;
	(void)i;
	return pengaturan_terap(m, KT(1), KT(2), g);
}

static int ind_baris(struct muat *mu, struct model *m, int i, struct store_st *st,
		     struct galat *g)
{
	struct store *s = mu->s;
	struct indikator *x = tambah(m, (void **)&m->indikator, m->n_indikator, &mu->cap_ind[i],
				     sizeof(*x));
	memset(x, 0, sizeof(*x));
	x->kode = kolom(m, s, st, 1);
	x->induk = kolom(m, s, st, 2);
	x->uraian = kolom(m, s, st, 3);
	x->satuan = kolom(m, s, st, 4);
	model_arah_parse(KT(5), &x->arah);
	x->skala = kolom(m, s, st, 6);
	x->opd = kolom(m, s, st, 7);
	if (store_nilai_muat(m, KT(8), &x->kondisi_awal, NULL) ||
	    store_nilai_muat(m, KT(9), &x->target_akhir, NULL)) {
		galat_set(g, "nilai tersimpan tidak sah pada indikator %s", x->kode);
		return -1;
	}
	enum rumus_turun rt;
	const char *t = KT(10);
	x->rumus_override = t && model_rumus_parse(t, &rt) == 0 ? (int)rt : -1;
	model_agregasi_parse(KT(11), &x->agregasi);
	x->bobot = KR(12);
	m->n_indikator++;
	return 0;
}

static int tgt_baris(struct muat *mu, struct model *m, int i, struct store_st *st,
		     struct galat *g)
{
	struct store *s = mu->s;
	struct target *x =
		tambah(m, (void **)&m->target, m->n_target, &mu->cap_tgt[i], sizeof(*x));
	memset(x, 0, sizeof(*x));
	x->indikator = kolom(m, s, st, 1);
	x->tahun = (int)KI(2);
	if (store_nilai_muat(m, KT(3), &x->nilai, KT(4))) {
		galat_set(g, "target tersimpan tidak sah pada indikator %s", x->indikator);
		return -1;
	}
	m->n_target++;
	return 0;
}

static int real_baris(struct muat *mu, struct model *m, int i, struct store_st *st,
		      struct galat *g)
{
	struct store *s = mu->s;
	struct realisasi *x = tambah(m, (void **)&m->realisasi, m->n_realisasi, &mu->cap_real[i],
				     sizeof(*x));
	memset(x, 0, sizeof(*x));
	x->indikator = kolom(m, s, st, 1);
	x->tahun = (int)KI(2);
	x->triwulan = (int)KI(3);
	if (store_nilai_muat(m, KT(4), &x->nilai, NULL)) {
		galat_set(g, "realisasi tersimpan tidak sah pada indikator %s", x->indikator);
		return -1;
	}
	m->n_realisasi++;
	return 0;
}

static int pb_baris(struct muat *mu, struct model *m, int i, struct store_st *st,
		    struct galat *g)
{
	struct store *s = mu->s;
	(void)g;
	struct pembanding *x = tambah(m, (void **)&m->pembanding, m->n_pembanding, &mu->cap_pb[i],
				      sizeof(*x));
	x->indikator = kolom(m, s, st, 1);
	x->tahun = (int)KI(2);
	x->wilayah = kolom(m, s, st, 3);
	x->nilai = KR(4);
	m->n_pembanding++;
	return 0;
}

static int muat(struct muat *mu, const char *induk, const char *indikator, int tahun,
		struct galat *g)
{
	struct store *s = mu->s;
	struct store_st *st = kueri(s, sql_pemda, induk, NULL, 0, 1, g);
	if (!st)
		return -1;
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		if (mu->n == mu->cap) {
			mu->cap = mu->cap ? 2 * mu->cap : 32;
			mu->m = xrealloc(mu->m, (size_t)mu->cap * sizeof(*mu->m));
		}
		struct model *m = &mu->m[mu->n++];
		model_init(m);
		struct pemda *p = &m->pemda;
		p->kode = kolom(m, s, st, 0);
		p->nama = kolom(m, s, st, 1);
		p->jenis = kolom(m, s, st, 2);
		p->induk = kolom(m, s, st, 3);
		p->periode_awal = (int)KI(4);
		p->periode_akhir = (int)KI(5);
		model_rumus_parse(KT(6), &p->rumus_turun);
	}
	s->o->ulang(st);
	if (r < 0)
		return store_galat(s, g, "membaca pemda");
	int n = mu->n ? mu->n : 1;
	mu->cap_ind = xcalloc((size_t)n, sizeof(int));
	mu->cap_tgt = xcalloc((size_t)n, sizeof(int));
	mu->cap_real = xcalloc((size_t)n, sizeof(int));
	mu->cap_pb = xcalloc((size_t)n, sizeof(int));
	if (!mu->n)
		return 0;
	if (jalan(mu, sql_atur, 1, induk, NULL, 0, atur_baris, "membaca pengaturan", g) ||
	    jalan(mu, sql_indikator, 2, induk, indikator, 0, ind_baris, "membaca indikator", g) ||
	    jalan(mu, sql_target, 3, induk, indikator, tahun, tgt_baris, "membaca target", g) ||
	    jalan(mu, sql_realisasi, 3, induk, indikator, tahun, real_baris, "membaca realisasi",
		  g) ||
	    jalan(mu, sql_pembanding, 3, induk, indikator, tahun, pb_baris, "membaca pembanding",
		  g))
		return -1;
	return 0;
}

int store_wilayah_muat(struct store *s, const char *induk, const char *indikator, int tahun,
		       struct store_wilayah *w, struct galat *g)
{
	memset(w, 0, sizeof(*w));
	struct muat mu = {.s = s};
	/* One snapshot for every query, as store_muat reads. */
	int sendiri = !s->o->dalam_tx(s->d);
	if (sendiri && s->o->mulai(s->d, 1))
		return store_galat(s, g, "memulai transaksi baca");
	int rc = muat(&mu, induk, indikator, tahun, g);
	if (sendiri && s->o->selesai(s->d, 0) && rc == 0)
		rc = store_galat(s, g, "mengakhiri transaksi baca");
	free(mu.cap_ind);
	free(mu.cap_tgt);
	free(mu.cap_real);
	free(mu.cap_pb);
	/* the children first, in order; then the parent and pemda 00 */
	w->anak = xcalloc((size_t)(mu.n ? mu.n : 1), sizeof(*w->anak));
	w->lain = xcalloc(2, sizeof(*w->lain));
	for (int i = 0; i < mu.n; i++) {
		struct model *m = &mu.m[i];
		const char *k = m->pemda.kode;
		if (strcmp(k, induk) == 0 || strcmp(k, "00") == 0) {
			struct model *l = &w->lain[w->n_lain++];
			*l = *m;
			if (strcmp(k, induk) == 0)
				w->induk = l;
			if (strcmp(k, "00") == 0)
				w->nasional = l;
		} else {
			w->anak[w->n++] = *m;
		}
	}
	free(mu.m);
	return rc;
}

void store_wilayah_buang(struct store_wilayah *w, int i)
{
	if (i < 0 || i >= w->n)
		return;
	model_release(&w->anak[i]);
	memmove(&w->anak[i], &w->anak[i + 1], (size_t)(w->n - i - 1) * sizeof(*w->anak));
	w->n--;
}

void store_wilayah_release(struct store_wilayah *w)
{
	for (int i = 0; i < w->n; i++)
		model_release(&w->anak[i]);
	for (int i = 0; i < w->n_lain; i++)
		model_release(&w->lain[i]);
	free(w->anak);
	free(w->lain);
	memset(w, 0, sizeof(*w));
}

int store_wilayah_induk_daftar(struct store *s,
			       int (*fn)(const char *kode, const char *nama, void *arg), void *arg,
			       struct galat *g)
{
	struct store_st *st = store_st(s,
				       "SELECT p.kode, p.nama FROM pemda p WHERE EXISTS "
				       "(SELECT 1 FROM pemda c WHERE c.induk = p.kode) "
				       "ORDER BY p.rowid",
				       g);
	if (!st)
		return -1;
	int r, rc = 0;
	while (rc == 0 && (r = s->o->langkah(st)) == 1)
		rc = fn(KT(0), KT(1), arg);
	if (rc == 0 && r < 0)
		rc = store_galat(s, g, "membaca pemda");
	s->o->ulang(st);
	return rc;
}
