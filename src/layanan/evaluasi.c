/* Evaluation and surveys over the store; see evaluasi.h. */
#include "evaluasi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../io/csv.h"
#include "../util/tertanam.h"

/* ---- frameworks ---- */

struct k_kumpul {
	struct arena *a;
	int n, cap;
	struct lke_butir *b;
};

static int k_tambah(struct k_kumpul *k, const char *kode, const char *induk, const char *uraian,
		    double bobot, const char *jawaban)
{
	if (k->n == k->cap) {
		int cap = k->cap ? k->cap * 2 : 64;
		struct lke_butir *baru = arena_alloc(k->a, sizeof(*baru) * (size_t)cap);
		if (k->n)
			memcpy(baru, k->b, sizeof(*baru) * (size_t)k->n);
		k->b = baru;
		k->cap = cap;
	}
	struct lke_butir *b = &k->b[k->n];
	memset(b, 0, sizeof(*b));
	b->kode = arena_strdup(k->a, kode);
	b->induk = arena_strdup(k->a, induk ? induk : "");
	b->uraian = arena_strdup(k->a, uraian);
	b->bobot = bobot;
	if (lke_tipe_parse(jawaban ? jawaban : "", &b->tipe))
		return -1;
	k->n++;
	return 0;
}

static int k_baris(const struct store_kerangka_baris *b, void *arg)
{
	return k_tambah(arg, b->kode, b->induk, b->uraian, b->bobot, b->jawaban);
}

/* The built-in framework kode from the embedded CSV; 1, 0 unknown, -1. */
static int k_bawaan(const char *kode, struct k_kumpul *k, struct galat *g)
{
	char nama[160];
	snprintf(nama, sizeof(nama), "%s.csv", kode);
	for (const struct berkas_tertanam *b = kerangka_berkas; b->nama; b++) {
		if (strcmp(b->nama, nama) != 0)
			continue;
		struct csv_tabel t;
		if (csv_baca(b->isi, strlen(b->isi), b->nama, &t, g))
			return -1;
		int kk = csv_kolom(&t, "kode"), ki = csv_kolom(&t, "induk"),
		    ku = csv_kolom(&t, "uraian"), kb = csv_kolom(&t, "bobot"),
		    kj = csv_kolom(&t, "jawaban");
		int rc = 1;
		for (long i = 0; i < t.n_baris && rc == 1; i++) {
			const struct csv_baris *r = &t.baris[i];
			double v;
			if (angka_parse(csv_sel(r, kb), GAYA_TIDAK_TAHU, &v, NULL) != ANGKA_OK ||
			    k_tambah(k, csv_sel(r, kk), csv_sel(r, ki), csv_sel(r, ku), v,
				     csv_sel(r, kj)))
				rc = galat_set(g, "kerangka bawaan %s rusak (baris %ld)", kode, i + 2);
		}
		csv_release(&t);
		return rc;
	}
	return 0;
}

int layanan_kerangka_muat(struct store *s, const char *kode, struct arena *a,
			  struct lke_kerangka *out, struct galat *g)
{
	memset(out, 0, sizeof(*out));
	struct k_kumpul k = {a, 0, 0, NULL};
	int n = store_kerangka_daftar(s, kode, k_baris, &k, g);
	if (n < 0)
		return -1;
	if (n == 0) {
		int r = k_bawaan(kode, &k, g);
		if (r <= 0)
			return r;
	}
	out->kode = arena_strdup(a, kode);
	out->n = k.n;
	out->butir = k.b;
	return lke_kerangka_siapkan(out, a, g) ? -1 : 1;
}

/* ---- worksheets ---- */

struct w_mentah {
	const char *kriteria, *mandiri, *evaluator;
};

struct w_kumpul {
	struct arena *a;
	const char *opd;
	char kerangka[128];
	int n, cap;
	struct w_mentah *r;
};

static int w_baris(const struct store_lke_baris *b, void *arg)
{
	struct w_kumpul *w = arg;
	if (strcmp(b->opd, w->opd) != 0)
		return 0;
	/* One framework per worksheet: the first stored; rows of another are left out. */
	if (!w->kerangka[0])
		snprintf(w->kerangka, sizeof(w->kerangka), "%s", b->kerangka);
	else if (strcmp(w->kerangka, b->kerangka) != 0)
		return 0;
	if (w->n == w->cap) {
		int cap = w->cap ? w->cap * 2 : 128;
		struct w_mentah *baru = arena_alloc(w->a, sizeof(*baru) * (size_t)cap);
		if (w->n)
			memcpy(baru, w->r, sizeof(*baru) * (size_t)w->n);
		w->r = baru;
		w->cap = cap;
	}
	struct w_mentah *m = &w->r[w->n++];
	m->kriteria = arena_strdup(w->a, b->kriteria);
	m->mandiri = arena_strdup(w->a, b->mandiri);
	m->evaluator = arena_strdup(w->a, b->evaluator);
	return 0;
}

int layanan_evaluasi_hitung(struct store *s, const char *pemda, int tahun, const char *opd,
			    const struct skala *akip, struct arena *a, struct evaluasi *out,
			    struct galat *g)
{
	memset(out, 0, sizeof(*out));
	struct w_kumpul w = {a, opd ? opd : "", "", 0, 0, NULL};
	if (store_lke_daftar(s, pemda, tahun, w.opd, w_baris, &w, g))
		return -1;
	if (!w.n)
		return 0;
	int r = layanan_kerangka_muat(s, w.kerangka, a, &out->k, g);
	if (r <= 0)
		return r < 0 ? -1 : galat_set(g, "kerangka %s tidak dikenal", w.kerangka);
	struct lke_jawaban *j = arena_alloc(a, sizeof(*j) * (size_t)w.n);
	for (int i = 0; i < w.n; i++) {
		memset(&j[i], 0, sizeof(j[i]));
		j[i].kode = w.r[i].kriteria;
		int x = lke_cari(&out->k, j[i].kode);
		const char *alasan;
		/* The import checked these answers; one that fails now is a framework changed since. */
		if (x < 0 || lke_jawaban_parse(&out->k.butir[x], w.r[i].mandiri, &j[i].ada_mandiri,
					       &j[i].mandiri, &alasan) ||
		    lke_jawaban_parse(&out->k.butir[x], w.r[i].evaluator, &j[i].ada_evaluator,
				      &j[i].evaluator, &alasan))
			return galat_set(g, "jawaban %s tidak cocok dengan kerangka %s", j[i].kode,
					 w.kerangka);
	}
	out->skor = arena_alloc(a, sizeof(*out->skor) * (size_t)out->k.n);
	if (lke_nilai(&out->k, j, w.n, akip, out->skor, &out->hasil, g))
		return -1;
	out->sumber = out->hasil.total.sumber;
	out->ada = 1;
	return 0;
}

struct t_kumpul {
	const char *opd;
	int *tahun, n, maks;
	struct arena *a;
	const char **kode;
	int nkode, cap;
};

static int t_baris(const struct store_lke_baris *b, void *arg)
{
	struct t_kumpul *t = arg;
	if (t->opd) {
		if (strcmp(b->opd, t->opd) != 0)
			return 0;
		if (t->n && t->tahun[t->n - 1] == b->tahun)
			return 0;
		if (t->n < t->maks)
			t->tahun[t->n++] = b->tahun;
		return 0;
	}
	if (!*b->opd)
		return 0;
	for (int i = 0; i < t->nkode; i++)
		if (strcmp(t->kode[i], b->opd) == 0)
			return 0;
	if (t->nkode == t->cap) {
		int cap = t->cap ? t->cap * 2 : 32;
		const char **baru = arena_alloc(t->a, sizeof(*baru) * (size_t)cap);
		if (t->nkode)
			memcpy(baru, t->kode, sizeof(*baru) * (size_t)t->nkode);
		t->kode = baru;
		t->cap = cap;
	}
	t->kode[t->nkode++] = arena_strdup(t->a, b->opd);
	return 0;
}

int layanan_evaluasi_tahun(struct store *s, const char *pemda, const char *opd, int *tahun, int n,
			   struct galat *g)
{
	struct t_kumpul t = {opd ? opd : "", tahun, 0, n, NULL, NULL, 0, 0};
	if (store_lke_daftar(s, pemda, 0, t.opd, t_baris, &t, g))
		return -1;
	return t.n;
}

int layanan_evaluasi_opd(struct store *s, const char *pemda, int tahun, struct arena *a,
			 const char ***opd, struct galat *g)
{
	struct t_kumpul t = {NULL, NULL, 0, 0, a, NULL, 0, 0};
	if (store_lke_daftar(s, pemda, tahun, NULL, t_baris, &t, g))
		return -1;
	*opd = t.kode;
	return t.nkode;
}

/* ---- surveys ---- */

/* Strings interned in order of first appearance; a one-entry cache for runs of one value. */
struct daftar {
	int n, cap, akhir;
	char **isi;
};

static int daftar_idx(struct daftar *d, struct arena *a, const char *s)
{
	if (d->n && strcmp(d->isi[d->akhir], s) == 0)
		return d->akhir;
	for (int i = 0; i < d->n; i++)
		if (strcmp(d->isi[i], s) == 0)
			return d->akhir = i;
	if (d->n == d->cap) {
		int cap = d->cap ? d->cap * 2 : 16;
		char **baru = arena_alloc(a, sizeof(*baru) * (size_t)cap);
		if (d->n)
			memcpy(baru, d->isi, sizeof(*baru) * (size_t)d->n);
		d->isi = baru;
		d->cap = cap;
	}
	d->isi[d->n] = arena_strdup(a, s);
	return d->akhir = d->n++;
}

struct sv_kumpul {
	struct arena *a;
	struct survei_data *d;
	int ada;
	char unsur[1024];
	struct daftar per, unit;
	/* respondents: (periode, unit) and their answers, n_unsur bytes each */
	long n, cap;
	int *pi, *ui;
	uint8_t *jw;
};

static int sv_info(const struct store_survei_baris *b, void *arg)
{
	struct sv_kumpul *k = arg;
	snprintf(k->d->kode, sizeof(k->d->kode), "%s", b->kode);
	snprintf(k->d->uraian, sizeof(k->d->uraian), "%s", b->uraian);
	snprintf(k->d->indikator, sizeof(k->d->indikator), "%s", b->indikator);
	snprintf(k->unsur, sizeof(k->unsur), "%s", b->unsur);
	return 0;
}

static int sv_baris(const char *periode, const char *unit, const char *responden,
		    const char *jawaban, void *arg)
{
	(void)responden;
	struct sv_kumpul *k = arg;
	int nu = k->d->n_unsur;
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 1024;
		k->pi = xrealloc(k->pi, sizeof(*k->pi) * (size_t)k->cap);
		k->ui = xrealloc(k->ui, sizeof(*k->ui) * (size_t)k->cap);
		k->jw = xrealloc(k->jw, (size_t)nu * (size_t)k->cap);
	}
	k->pi[k->n] = daftar_idx(&k->per, k->a, periode);
	k->ui[k->n] = daftar_idx(&k->unit, k->a, unit);
	uint8_t *j = &k->jw[(size_t)k->n * (size_t)nu];
	for (int u = 0; u < nu; u++) {
		char c = jawaban[u];
		if (!c)
			return -1; /* fewer answers than unsur: the caller says so */
		j[u] = c >= '1' && c <= '4' ? (uint8_t)(c - '0') : 0;
	}
	k->n++;
	return 0;
}

int layanan_survei_muat(struct store *s, const char *pemda, const char *kode, struct arena *a,
			struct survei_data *d, struct galat *g)
{
	memset(d, 0, sizeof(*d));
	struct sv_kumpul k;
	memset(&k, 0, sizeof(k));
	k.a = a;
	k.d = d;
	int r = store_survei_daftar(s, pemda, kode, sv_info, &k, g);
	if (r <= 0)
		return r;
	/* The unsur codes. */
	int n = 1;
	for (const char *p = k.unsur; *p; p++)
		n += *p == ';';
	d->unsur = arena_alloc(a, sizeof(*d->unsur) * (size_t)n);
	char *salin = arena_strdup(a, k.unsur), *p = salin;
	for (int i = 0; i < n; i++) {
		char *q = strchr(p, ';');
		if (q)
			*q = '\0';
		d->unsur[d->n_unsur++] = p;
		p = q ? q + 1 : p + strlen(p);
	}
	int rc = -1;
	if (store_survei_jawaban_daftar(s, pemda, kode, NULL, sv_baris, &k, g)) {
		if (!g->pesan[0])
			galat_set(g, "jawaban survei %s tidak cocok dengan unsurnya", kode);
		goto out;
	}
	d->n_periode = k.per.n;
	d->periode = k.per.isi;
	d->n_unit = k.unit.n;
	d->unit = k.unit.isi;
	ikm_hitung_init(&d->h, a, d->n_periode ? d->n_periode : 1, d->n_unit ? d->n_unit : 1,
			d->n_unsur);
	for (long i = 0; i < k.n; i++)
		ikm_tambah(&d->h, k.pi[i], k.ui[i], &k.jw[(size_t)i * (size_t)d->n_unsur]);
	rc = 1;
out:
	free(k.pi);
	free(k.ui);
	free(k.jw);
	return rc;
}

int layanan_survei_periode(const struct survei_data *d, const char *p)
{
	for (int i = 0; i < d->n_periode; i++)
		if (strcmp(d->periode[i], p) == 0)
			return i;
	return -1;
}

struct atur_cari {
	const char *kunci;
	char nilai[256];
	int ada;
};

static int atur_satu(const char *kunci, const char *nilai, void *arg)
{
	struct atur_cari *c = arg;
	if (strcmp(kunci, c->kunci) == 0) {
		snprintf(c->nilai, sizeof(c->nilai), "%s", nilai);
		c->ada = 1;
	}
	return 0;
}

int layanan_ikm_agregat(struct store *s, const char *pemda, enum ikm_agregat *out,
			struct galat *g)
{
	struct atur_cari c = {"ikm_agregat", "", 0};
	*out = IKM_RATA_UNIT;
	if (store_pengaturan_daftar(s, pemda, atur_satu, &c, g))
		return -1;
	if (c.ada && ikm_agregat_parse(c.nilai, out))
		*out = IKM_RATA_UNIT; /* checked on import; an unknown stored value keeps the default */
	return 0;
}

/* ---- realisasi made by surveys and evaluations ---- */

struct tulis_arg {
	struct store *s;
	const char *pemda, *pengguna;
	struct model *m;
	struct arena *a;
	struct galat *g;
};

/* Writes value v (2 decimals, as printed) as the year's realisasi; audits its source. */
static int tulis_realisasi(struct tulis_arg *w, const char *indikator, int tahun, double v,
			   const char *sumber)
{
	char teks[64];
	struct realisasi r = {0};
	r.indikator = indikator;
	r.tahun = tahun;
	r.nilai.jenis = NILAI_ANGKA;
	r.nilai.a = angka_bulat(v, 2);
	enum store_ubah u;
	if (store_simpan_realisasi(w->s, w->pemda, &r, w->pengguna, &u, w->g))
		return -1;
	if (u == STORE_SAMA)
		return 0;
	char kunci[256];
	snprintf(kunci, sizeof(kunci), "%s / %s / %d / 0", w->pemda, indikator, tahun);
	snprintf(teks, sizeof(teks), "%.2f", r.nilai.a);
	char baru[512];
	snprintf(baru, sizeof(baru), "nilai=%s; sumber=%s", teks, sumber);
	return store_audit(w->s, w->pengguna, w->pemda, "realisasi", kunci, NULL, baru, w->g);
}

struct sv_daftar {
	int n;
	char kode[64][128];
};

static int sv_kode(const struct store_survei_baris *b, void *arg)
{
	struct sv_daftar *d = arg;
	if (*b->indikator && d->n < 64)
		snprintf(d->kode[d->n++], sizeof(d->kode[0]), "%s", b->kode);
	return 0;
}

/* What a survey makes for its indicator in one year: exact, and with the 0,111 weight. */
typedef int (*survei_tahun_fn)(void *arg, const struct indikator *ind, int tahun, double v,
			       double v111, const char *sumber);

/* The yearly results of survey kode: the year's period, else its semesters by agregasi. */
static int survei_tahunan(struct store *s, const char *pemda, const struct model *m,
			  struct arena *a, const char *kode, survei_tahun_fn fn, void *arg,
			  struct galat *g)
{
	struct survei_data d;
	int r = layanan_survei_muat(s, pemda, kode, a, &d, g);
	if (r <= 0)
		return r;
	const struct indikator *ind = model_indikator(m, d.indikator);
	if (!ind)
		return 0;
	enum ikm_agregat ag;
	if (layanan_ikm_agregat(s, pemda, &ag, g))
		return -1;
	const struct skala *mutu = model_skala(m, "ikm_mutu");
	struct ikm_unsur *un = arena_alloc(a, sizeof(*un) * (size_t)d.n_unsur);
	for (int i = 0; i < d.n_periode; i++) {
		int th, sm;
		if (ikm_periode_parse(d.periode[i], &th, &sm))
			continue;
		char p[16], s1[16], s2[16];
		snprintf(p, sizeof(p), "%d", th);
		snprintf(s1, sizeof(s1), "%d-S1", th);
		snprintf(s2, sizeof(s2), "%d-S2", th);
		int ip = layanan_survei_periode(&d, p), i1 = layanan_survei_periode(&d, s1),
		    i2 = layanan_survei_periode(&d, s2);
		/* Each year once: at its first period in the list. */
		int pertama = ip >= 0 ? ip : i1 >= 0 && (i2 < 0 || i1 < i2) ? i1 : i2;
		if (pertama != i)
			continue;
		struct ikm_hasil h;
		char sumber[256];
		double v = 0, v111 = 0;
		int ada = 0;
		if (ip >= 0) {
			ikm_pemda(&d.h, ip, ag, mutu, un, &h);
			ada = h.ada, v = h.ikm, v111 = ikm_bobot_dibulatkan(&h);
			snprintf(sumber, sizeof(sumber), "survei:%s periode %s", kode, p);
		} else {
			double sem[2], s111[2];
			int ada_s[2] = {0, 0};
			int idx[2] = {i1, i2};
			for (int k = 0; k < 2; k++)
				if (idx[k] >= 0) {
					ikm_pemda(&d.h, idx[k], ag, mutu, un, &h);
					ada_s[k] = h.ada;
					sem[k] = angka_bulat(h.ikm, 2);
					s111[k] = angka_bulat(ikm_bobot_dibulatkan(&h), 2);
				}
			int k1 = ada_s[1] ? 1 : 0; /* akhir: the latest semester with answers */
			ada = ada_s[0] || ada_s[1];
			if (ind->agregasi == AGREGASI_JUMLAH) {
				v = (ada_s[0] ? sem[0] : 0) + (ada_s[1] ? sem[1] : 0);
				v111 = (ada_s[0] ? s111[0] : 0) + (ada_s[1] ? s111[1] : 0);
			} else if (ind->agregasi == AGREGASI_RATA && ada_s[0] && ada_s[1]) {
				v = (sem[0] + sem[1]) / 2;
				v111 = (s111[0] + s111[1]) / 2;
			} else if (ada) {
				v = sem[k1];
				v111 = s111[k1];
			}
			snprintf(sumber, sizeof(sumber), "survei:%s semester %d (%s)", kode, th,
				 model_agregasi_nama(ind->agregasi));
		}
		if (ada && fn(arg, ind, th, v, v111, sumber))
			return -1;
	}
	return 0;
}

static int tulis_survei(void *arg, const struct indikator *ind, int tahun, double v, double v111,
			const char *sumber)
{
	(void)v111;
	return tulis_realisasi(arg, ind->kode, tahun, v, sumber);
}

static int realisasi_survei(struct tulis_arg *w, const char *kode)
{
	return survei_tahunan(w->s, w->pemda, w->m, w->a, kode, tulis_survei, w, w->g);
}

struct setara_arg {
	struct model *m;
	int n, cap;
	struct realisasi_setara *isi;
};

static int setara_satu(void *arg, const struct indikator *ind, int tahun, double v, double v111,
		       const char *sumber)
{
	(void)v;
	(void)sumber;
	struct setara_arg *x = arg;
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 8;
		struct realisasi_setara *baru = arena_alloc(&x->m->arena, sizeof(*baru) * (size_t)x->cap);
		if (x->n)
			memcpy(baru, x->isi, sizeof(*baru) * (size_t)x->n);
		x->isi = baru;
	}
	struct realisasi_setara *st = &x->isi[x->n++];
	st->indikator = ind->kode;
	st->tahun = tahun;
	st->nilai = v111;
	st->alasan = "dihitung dengan bobot 0,111 (1/9 dibulatkan) per unsur, selisih pembulatan";
	return 0;
}

int layanan_evaluasi_setara(struct store *s, struct model *m, struct galat *g)
{
	struct sv_daftar d = {0};
	if (store_survei_daftar(s, m->pemda.kode, NULL, sv_kode, &d, g) < 0)
		return -1;
	struct arena a;
	arena_init(&a);
	struct setara_arg x = {m, m->n_setara, m->n_setara, m->setara};
	int rc = 0;
	for (int i = 0; i < d.n && rc == 0; i++)
		rc = survei_tahunan(s, m->pemda.kode, m, &a, d.kode[i], setara_satu, &x, g);
	arena_release(&a);
	m->n_setara = x.n;
	m->setara = x.isi;
	return rc;
}

struct lke_atur {
	int n;
	char indikator[32][128], kerangka[32][128];
};

static int lke_atur_satu(const char *kunci, const char *nilai, void *arg)
{
	struct lke_atur *l = arg;
	if (strncmp(kunci, "sumber.", 7) == 0 && strncmp(nilai, "lke:", 4) == 0 && l->n < 32) {
		snprintf(l->indikator[l->n], sizeof(l->indikator[0]), "%s", kunci + 7);
		snprintf(l->kerangka[l->n], sizeof(l->kerangka[0]), "%s", nilai + 4);
		l->n++;
	}
	return 0;
}

/* The realisasi of the worksheets named by settings l (sumber.X = lke:KODE). */
static int realisasi_lke(struct tulis_arg *w, const struct lke_atur *l)
{
	if (!l->n)
		return 0;
	int tahun[64];
	int nt = layanan_evaluasi_tahun(w->s, w->pemda, "", tahun, 64, w->g);
	if (nt < 0)
		return -1;
	for (int i = 0; i < l->n; i++) {
		const struct indikator *ind = model_indikator(w->m, l->indikator[i]);
		if (!ind)
			continue;
		for (int t = 0; t < nt; t++) {
			struct evaluasi e;
			if (layanan_evaluasi_hitung(w->s, w->pemda, tahun[t], "",
						    model_skala(w->m, "akip"), w->a, &e, w->g))
				return -1;
			if (!e.ada || strcmp(e.k.kode, l->kerangka[i]) != 0)
				continue;
			char sumber[256];
			snprintf(sumber, sizeof(sumber), "lke:%s tahun %d", e.k.kode, tahun[t]);
			if (tulis_realisasi(w, ind->kode, tahun[t], e.hasil.total.nilai, sumber))
				return -1;
		}
	}
	return 0;
}

int layanan_evaluasi_realisasi(struct store *s, const char *pemda, const char *pengguna,
			       struct galat *g)
{
	/*
	 * The sources first: a pemda with no survey tied to an indicator and no
	 * worksheet setting has nothing to make, and its model is not loaded (a
	 * national import would otherwise load every pemda once more).
	 */
	struct sv_daftar d = {0};
	struct lke_atur l = {0};
	if (store_survei_daftar(s, pemda, NULL, sv_kode, &d, g) < 0 ||
	    store_pengaturan_daftar(s, pemda, lke_atur_satu, &l, g))
		return -1;
	if (!d.n && !l.n)
		return 0;
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	int rc = -1;
	struct tulis_arg w = {s, pemda, pengguna, &m, &a, g};
	if (store_muat(s, pemda, &m, g))
		goto out;
	for (int i = 0; i < d.n; i++)
		if (realisasi_survei(&w, d.kode[i]))
			goto out;
	if (realisasi_lke(&w, &l))
		goto out;
	rc = 0;
out:
	arena_release(&a);
	model_release(&m);
	return rc;
}
