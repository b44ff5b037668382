/*
 * Tests of the measurement below the pemda (src/core/kaskade.c, siklus.md):
 * node capaian (own indicators, else the children's), budgets adding up the
 * tree, OPD capaian, predikat counts, absorption and ranking. Every expected
 * value is computed by hand in the comments.
 */
#include <stdlib.h>

#include "core/kaskade.h"
#include "core/skala.h"
#include "uji_model.h"

static void naik(struct model *m, const char *kode, const char *induk, double t, double r,
		 double bobot)
{
	struct indikator *ind = indikator(m, kode, induk, ARAH_NAIK);
	ind->bobot = bobot;
	target(m, kode, 2021, angka(t));
	realisasi(m, kode, 2021, 0, angka(r));
}

static void simpul(struct model *m, enum jenis_rencana j, const char *kode, const char *induk,
		   const char *opd)
{
	rencana(m, j, kode, induk);
	m->rencana[m->n_rencana - 1].opd = opd;
}

static void opd(struct model *m, const char *kode)
{
	struct opd *o = &m->opd[m->n_opd++];
	memset(o, 0, sizeof(*o));
	o->kode = kode;
	o->nama = kode;
}

static void anggaran_simpul(struct model *m, const char *rencana_, int64_t pagu, int64_t real,
			    int ada_real)
{
	struct anggaran *a = &m->anggaran[m->n_anggaran++];
	memset(a, 0, sizeof(*a));
	a->rencana = rencana_;
	a->di_simpul = 1;
	a->tahun = 2021;
	a->pagu = pagu;
	a->realisasi = real;
	a->ada_realisasi = ada_real;
}

/*
 * T1 > S1 (indicator IS: 95 / 100 = 95 %, OPD Z) and under S1:
 *   X.T tujuan_pd > X.S sasaran_pd (X.i1: 75 / 50 = 150 %, bobot 1; X.i2: 90 / 100 = 90 %,
 *   bobot 2) > X.P program > X.K1 kegiatan, opd empty (X.k1: 15 / 20 = 75 %) > X.K1.a
 *   subkegiatan (no indicator); X.K2 kegiatan (X.k2: 9 / 10 = 90 %);
 *   Y.P program directly under S1 (Y.i: 8 / 10 = 80 %); W.P program (W.i: 8 / 10 = 80 %);
 *   OPD V without indicators. The pemda caps capaian at 120 % in means.
 */
static struct model *contoh(void)
{
	struct model *m = model_baru();
	m->opd = arena_alloc(&m->arena, MAKS * sizeof(*m->opd));
	m->pemda.batas_capaian = 120;
	opd(m, "X");
	opd(m, "Y");
	opd(m, "Z");
	opd(m, "W");
	opd(m, "V");
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	simpul(m, RENCANA_TUJUAN_PD, "X.T", "S1", "X");
	simpul(m, RENCANA_SASARAN_PD, "X.S", "X.T", "X");
	simpul(m, RENCANA_PROGRAM, "X.P", "X.S", "X");
	simpul(m, RENCANA_KEGIATAN, "X.K1", "X.P", NULL);
	simpul(m, RENCANA_SUBKEGIATAN, "X.K1.a", "X.K1", NULL);
	simpul(m, RENCANA_KEGIATAN, "X.K2", "X.P", "X");
	simpul(m, RENCANA_PROGRAM, "Y.P", "S1", "Y");
	simpul(m, RENCANA_PROGRAM, "W.P", "S1", "W");
	naik(m, "IS", "S1", 100, 95, 1);
	m->indikator[m->n_indikator - 1].opd = "Z";
	naik(m, "X.i1", "X.S", 50, 75, 1);
	naik(m, "X.i2", "X.S", 100, 90, 2);
	naik(m, "X.k1", "X.K1", 20, 15, 1);
	naik(m, "X.k2", "X.K2", 10, 9, 1);
	naik(m, "Y.i", "Y.P", 10, 8, 1);
	naik(m, "W.i", "W.P", 10, 8, 1);
	/* Budgets: X.K1.a 300 / 150, X.K1's own 200 / 200, X.K2 500 / 100, X.P's own 100 / 50;
	 * Y.P 400 without realisasi; a plain program row under S1 1.000 / 900. */
	anggaran_simpul(m, "X.K1.a", 300, 150, 1);
	anggaran_simpul(m, "X.K1", 200, 200, 1);
	anggaran_simpul(m, "X.K2", 500, 100, 1);
	anggaran_simpul(m, "X.P", 100, 50, 1);
	anggaran_simpul(m, "Y.P", 400, 0, 0);
	anggaran(m, "S1", "Program lama", 2021, 1000, 900);
	kaskade_anggaran_siapkan(m);
	return m;
}

static const struct kaskade_simpul *ks(const struct kaskade *k, const char *kode)
{
	for (int i = 0; i < k->n_simpul; i++)
		if (strcmp(k->simpul[i].r->kode, kode) == 0)
			return &k->simpul[i];
	fail_msg("no node %s", kode);
	return NULL;
}

static const struct kaskade_opd *ko(const struct kaskade *k, const char *kode)
{
	for (int i = 0; i < k->n_opd; i++)
		if (strcmp(k->opd[i].o->kode, kode) == 0)
			return &k->opd[i];
	fail_msg("no OPD %s", kode);
	return NULL;
}

static void test_opd_simpul(void **state)
{
	(void)state;
	struct model *m = contoh();
	/* kegiatan and sub-kegiatan left empty take the parent's OPD */
	assert_string_equal(kaskade_opd_simpul(m, model_rencana(m, "X.K1.a")), "X");
	assert_string_equal(kaskade_opd_indikator(m, model_indikator(m, "X.k1")), "X");
	/* the indicator's own opd wins; an RPJMD node has none */
	assert_string_equal(kaskade_opd_indikator(m, model_indikator(m, "IS")), "Z");
	assert_null(kaskade_opd_simpul(m, model_rencana(m, "S1")));
	/* a budget row on a node gets its sasaran and program from the tree */
	assert_string_equal(m->anggaran[0].sasaran, "S1");
	assert_string_equal(m->anggaran[0].program, "X.P");
	model_hapus(m);
}

static void test_simpul(void **state)
{
	(void)state;
	struct model *m = contoh();
	struct pengukuran p;
	struct kaskade k;
	ukur_hitung(m, 2021, &p);
	kaskade_hitung(&p, &k);
	/* own indicators, capped at 120: (min(150, 120) x 1 + 90 x 2) / 3 = 300 / 3 = 100 */
	assert_true(ks(&k, "X.S")->ada_capaian);
	assert_dekat(ks(&k, "X.S")->capaian, 100, EPS);
	assert_int_equal(ks(&k, "X.S")->n_indikator, 2);
	/* no indicators of its own: the mean of its children, X.K1 75 and X.K2 90 = 82,5 */
	assert_dekat(ks(&k, "X.P")->capaian, 82.5, EPS);
	assert_string_equal(ks(&k, "X.P")->predikat, "Tinggi");
	/* X.T: its only child X.S = 100 */
	assert_dekat(ks(&k, "X.T")->capaian, 100, EPS);
	/* a sub-kegiatan without indicators or children: no capaian */
	assert_false(ks(&k, "X.K1.a")->ada_capaian);
	assert_null(ks(&k, "X.K1.a")->predikat);
	/* the RPJMD sasaran keeps the mean of its own indicators: IS = 95, not mixed with X.T */
	assert_dekat(ks(&k, "S1")->capaian, 95, EPS);
	/* budgets add up: X.K1 = 200 + 300 = 500 / 350 (70 %); X.P = 100 + 500 + 500 = 1.100 /
	 * 50 + 350 + 100 = 500 (45,4545 %); X.S and X.T the same as X.P */
	assert_int_equal(ks(&k, "X.K1")->pagu, 500);
	assert_int_equal(ks(&k, "X.K1")->realisasi_anggaran, 350);
	assert_dekat(ks(&k, "X.K1")->serapan, 70, EPS);
	assert_int_equal(ks(&k, "X.P")->pagu, 1100);
	assert_int_equal(ks(&k, "X.P")->realisasi_anggaran, 500);
	assert_dekat(ks(&k, "X.P")->serapan, 500.0 / 1100 * 100, EPS);
	assert_int_equal(ks(&k, "X.T")->pagu, 1100);
	/* Y.P has a pagu but no realisasi entered: no absorption */
	assert_int_equal(ks(&k, "Y.P")->pagu, 400);
	assert_false(ks(&k, "Y.P")->ada_serapan);
	/* the pemda's sasaran S1 counts every row once: 1.000 + 300 + 200 + 500 + 100 + 400 = 2.500,
	 * realisasi 900 + 150 + 200 + 100 + 50 = 1.400 */
	assert_int_equal(ks(&k, "S1")->pagu, 2500);
	assert_int_equal(ks(&k, "S1")->realisasi_anggaran, 1400);
	assert_int_equal(p.pagu, 2500);
	kaskade_release(&k);
	ukur_release(&p);
	model_hapus(m);
}

static void test_opd(void **state)
{
	(void)state;
	struct model *m = contoh();
	struct pengukuran p;
	struct kaskade k;
	ukur_hitung(m, 2021, &p);
	kaskade_hitung(&p, &k);
	/* X: (min(150, 120) x 1 + 90 x 2 + 75 + 90) / 5 = 465 / 5 = 93 */
	const struct kaskade_opd *x = ko(&k, "X");
	assert_int_equal(x->n_indikator, 4);
	assert_dekat(x->capaian, 93, EPS);
	assert_string_equal(x->predikat, "Sangat Tinggi");
	/* predikat counts: 150 Sangat Tinggi, 90 and 90 Tinggi, 75 Sedang */
	int st = skala_predikat_indeks(&m->pemda.predikat, 150);
	int t = skala_predikat_indeks(&m->pemda.predikat, 90);
	int s = skala_predikat_indeks(&m->pemda.predikat, 75);
	assert_int_equal(x->jumlah_predikat[st], 1);
	assert_int_equal(x->jumlah_predikat[t], 2);
	assert_int_equal(x->jumlah_predikat[s], 1);
	/* X's budget: 1.100 / 500 = 45,4545 % */
	assert_int_equal(x->pagu, 1100);
	assert_int_equal(x->realisasi_anggaran, 500);
	assert_dekat(x->serapan, 45.454545, EPS);
	/* Z answers for the RPJMD indicator IS: 95 */
	assert_dekat(ko(&k, "Z")->capaian, 95, EPS);
	/* ranking: Z 95 (1), X 93 (2), Y 80 and W 80 share 3, V without indicators 0 */
	assert_int_equal(ko(&k, "Z")->peringkat, 1);
	assert_int_equal(x->peringkat, 2);
	assert_int_equal(ko(&k, "Y")->peringkat, 3);
	assert_int_equal(ko(&k, "W")->peringkat, 3);
	assert_int_equal(ko(&k, "V")->peringkat, 0);
	assert_false(ko(&k, "V")->ada_capaian);
	/* urut: best first, V last */
	assert_string_equal(k.opd[k.urut[0]].o->kode, "Z");
	assert_string_equal(k.opd[k.urut[1]].o->kode, "X");
	assert_string_equal(k.opd[k.urut[4]].o->kode, "V");
	kaskade_release(&k);
	ukur_release(&p);
	model_hapus(m);
}

/* Without a cap the same tree gives X.S (150 + 180) / 3 = 110 and X 495 / 5 = 99. */
static void test_tanpa_batas(void **state)
{
	(void)state;
	struct model *m = contoh();
	m->pemda.batas_capaian = 0;
	struct pengukuran p;
	struct kaskade k;
	ukur_hitung(m, 2021, &p);
	kaskade_hitung(&p, &k);
	assert_dekat(ks(&k, "X.S")->capaian, 110, EPS);
	assert_dekat(ko(&k, "X")->capaian, 99, EPS);
	/* X 99 now ranks before Z 95 */
	assert_int_equal(ko(&k, "X")->peringkat, 1);
	assert_int_equal(ko(&k, "Z")->peringkat, 2);
	kaskade_release(&k);
	ukur_release(&p);
	model_hapus(m);
}

static const char *kode_simpul(const struct kaskade *k, int i)
{
	return k->simpul[i].r->kode;
}

/*
 * What an OPD's LKj lists under a sasaran_pd (the nodes below it, each with its
 * own indicators and how its capaian was averaged), on contoh() plus a
 * kegiatan Y.K under Y.P with indicator Y.k 30 / 20 = 150 %:
 *   below X.S, depth first: X.P (depth 4: T1 0, S1 1, X.T 2, X.S 3), X.K1 5,
 *   X.K1.a 6, X.K2 5. X.K1's own indicator: X.k1, the 4th of the model (index 3).
 *   X.P has none: the mean of its children X.K1 75 and X.K2 90 = 82,5, elements
 *   X.K1 and X.K2, unweighted, cap 120.
 *   X.S: its own, X.i1 150 (bobot 1) and X.i2 90 (bobot 2), weighted:
 *   (min(150, 120) x 1 + 90 x 2) / 3 = 300 / 3 = 100.
 *   Y.P keeps its own Y.i 80 (its kegiatan is not averaged in); Y.K alone:
 *   min(150, 120) = 120, Sangat Tinggi, while the indicator shows 150.
 *   below S1: X.T X.S X.P X.K1 X.K1.a X.K2 Y.P Y.K W.P.
 */
static void test_turunan(void **state)
{
	(void)state;
	struct model *m = contoh();
	simpul(m, RENCANA_KEGIATAN, "Y.K", "Y.P", NULL);
	naik(m, "Y.k", "Y.K", 20, 30, 1);
	struct pengukuran p;
	struct kaskade k;
	ukur_hitung(m, 2021, &p);
	kaskade_hitung(&p, &k);
	assert_ptr_equal(k.p, &p);
	int *t = malloc((size_t)k.n_simpul * sizeof(int));
	int xs = kaskade_cari(&k, "X.S");
	assert_int_equal(kaskade_cari(&k, "TIADA"), -1);
	int n = kaskade_turunan(&k, xs, t);
	assert_int_equal(n, 4);
	assert_string_equal(kode_simpul(&k, t[0]), "X.P");
	assert_string_equal(kode_simpul(&k, t[1]), "X.K1");
	assert_string_equal(kode_simpul(&k, t[2]), "X.K1.a");
	assert_string_equal(kode_simpul(&k, t[3]), "X.K2");
	assert_int_equal(k.simpul[xs].dalam, 3);
	assert_int_equal(k.simpul[t[0]].dalam, 4);
	assert_int_equal(k.simpul[t[1]].dalam, 5);
	assert_int_equal(k.simpul[t[2]].dalam, 6);
	assert_int_equal(k.simpul[t[3]].dalam, 5);
	const int *x;
	assert_int_equal(kaskade_indikator(&k, t[1], &x), 1);
	assert_int_equal(x[0], 3);
	assert_string_equal(p.indikator[x[0]].ind->kode, "X.k1");
	assert_int_equal(kaskade_indikator(&k, t[0], &x), 0);
	assert_int_equal(kaskade_anak(&k, t[0], &x), 2);
	assert_string_equal(kode_simpul(&k, x[0]), "X.K1");
	assert_string_equal(kode_simpul(&k, x[1]), "X.K2");
	/* X.P: the children's mean, its elements named */
	const struct kaskade_simpul *xp = &k.simpul[t[0]];
	assert_true(xp->dari_anak);
	assert_int_equal(xp->rata.n, 2);
	assert_int_equal(xp->rata.unsur[0].indeks, t[1]);
	assert_int_equal(xp->rata.unsur[1].indeks, t[3]);
	assert_false(xp->rata.berbobot);
	assert_dekat(xp->rata.batas, 120, EPS);
	assert_dekat(ukur_rata_hitung(&xp->rata, NULL), 82.5, EPS);
	assert_dekat(xp->capaian, 82.5, EPS);
	/* X.S: its own indicators, weighted and capped */
	const struct kaskade_simpul *s = &k.simpul[xs];
	assert_false(s->dari_anak);
	assert_int_equal(s->rata.n, 2);
	assert_true(s->rata.berbobot);
	assert_string_equal(s->rata.unsur[0].kode, "X.i1");
	assert_dekat(s->rata.unsur[0].nilai, 150, EPS);
	assert_dekat(s->rata.unsur[1].bobot, 2, EPS);
	assert_dekat(s->capaian, 100, EPS);
	/* own indicators win over children; one indicator capped in its node's mean */
	assert_dekat(ks(&k, "Y.P")->capaian, 80, EPS);
	assert_false(ks(&k, "Y.P")->dari_anak);
	assert_dekat(ks(&k, "Y.K")->capaian, 120, EPS);
	assert_string_equal(ks(&k, "Y.K")->predikat, "Sangat Tinggi");
	assert_dekat(ukur_indikator_cari(&p, "Y.k")->capaian.nilai, 150, EPS);
	/* the RPJMD sasaran has no cascade mean of its own */
	assert_int_equal(ks(&k, "S1")->rata.n, 0);
	n = kaskade_turunan(&k, kaskade_cari(&k, "S1"), t);
	const char *semua[] = {"X.T", "X.S", "X.P", "X.K1", "X.K1.a", "X.K2", "Y.P", "Y.K", "W.P"};
	assert_int_equal(n, 9);
	for (int i = 0; i < n; i++)
		assert_string_equal(kode_simpul(&k, t[i]), semua[i]);
	free(t);
	kaskade_release(&k);
	ukur_release(&p);
	model_hapus(m);
}

static const char *kode_indikator(const struct pengukuran *p, const int *x, int i)
{
	return p->indikator[x[i]].ind->kode;
}

/*
 * The indicators an OPD answers for (its ringkasan counts exactly these, and the
 * measure text lists them), on contoh() plus Y.x on X's kegiatan X.K2 with opd Y:
 *   X: X.i1, X.i2, X.k1, X.k2 (model indices 1-4), not Y.x though on X's node;
 *   Y: Y.i (5) and Y.x (7, on X.K2); Z: IS (0), on the RPJMD sasaran S1;
 *   V: none. The counts equal each OPD's n_indikator.
 */
static void test_indikator_opd(void **state)
{
	(void)state;
	struct model *m = contoh();
	naik(m, "Y.x", "X.K2", 10, 9, 1);
	m->indikator[m->n_indikator - 1].opd = "Y";
	struct pengukuran p;
	struct kaskade k;
	ukur_hitung(m, 2021, &p);
	kaskade_hitung(&p, &k);
	const int *x;
	/* OPD indices in model order: X 0, Y 1, Z 2, W 3, V 4 */
	assert_int_equal(kaskade_indikator_opd(&k, 0, &x), 4);
	assert_int_equal(k.opd[0].n_indikator, 4);
	const char *xk[] = {"X.i1", "X.i2", "X.k1", "X.k2"};
	for (int i = 0; i < 4; i++)
		assert_string_equal(kode_indikator(&p, x, i), xk[i]);
	assert_int_equal(kaskade_indikator_opd(&k, 1, &x), 2);
	assert_int_equal(k.opd[1].n_indikator, 2);
	assert_int_equal(x[0], 5);
	assert_int_equal(x[1], 7);
	assert_string_equal(kode_indikator(&p, x, 1), "Y.x");
	assert_int_equal(kaskade_indikator_opd(&k, 2, &x), 1);
	assert_string_equal(kode_indikator(&p, x, 0), "IS");
	assert_int_equal(kaskade_indikator_opd(&k, 4, &x), 0);
	kaskade_release(&k);
	ukur_release(&p);
	model_hapus(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_opd_simpul),
	    cmocka_unit_test(test_simpul),
	    cmocka_unit_test(test_opd),
	    cmocka_unit_test(test_tanpa_batas),
	    cmocka_unit_test(test_turunan),
	    cmocka_unit_test(test_indikator_opd),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
