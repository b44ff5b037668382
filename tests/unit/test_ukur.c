/*
 * Tests of the measurement of a pemda in a year (src/core/ukur.c): the year's
 * realisasi, aggregation per sasaran and tujuan, budget and summary; and of
 * the model's look-ups and names (src/core/model.c).
 */
#include "core/skala.h"
#include "core/ukur.h"
#include "uji_model.h"

/* An indicator of arah naik with target T and yearly realisasi R in 2020: capaian R / T x 100. */
static struct indikator *naik(struct model *m, const char *kode, const char *induk, double t,
			      double r)
{
	struct indikator *ind = indikator(m, kode, induk, ARAH_NAIK);
	target(m, kode, 2020, angka(t));
	realisasi(m, kode, 2020, 0, angka(r));
	return ind;
}

static const struct ukur_indikator *ui(const struct pengukuran *p, const char *kode)
{
	const struct ukur_indikator *u = ukur_indikator_cari(p, kode);
	assert_non_null(u);
	return u;
}

static const struct ukur_agregat *us(const struct pengukuran *p, const char *kode)
{
	const struct ukur_agregat *a = ukur_sasaran(p, kode);
	assert_non_null(a);
	return a;
}

static const struct ukur_agregat *ut(const struct pengukuran *p, const char *kode)
{
	const struct ukur_agregat *a = ukur_tujuan(p, kode);
	assert_non_null(a);
	return a;
}

static void test_indikator(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	struct indikator *rls = naik(m, "RLS", "S1", 8.64, 8.76);
	rls->target_akhir = angka(8.68);
	/* Another year's rows must not leak in. */
	target(m, "RLS", 2021, angka(9));
	realisasi(m, "RLS", 2021, 0, angka(1));

	ukur_hitung(m, 2020, &p);
	assert_ptr_equal(p.m, m);
	assert_int_equal(p.tahun, 2020);
	assert_int_equal(p.n_indikator, 1);
	const struct ukur_indikator *u = ui(&p, "RLS");
	assert_ptr_equal(u->ind, rls);
	assert_non_null(u->target);
	assert_dekat(u->target->nilai.a, 8.64, 0);
	assert_int_equal(u->realisasi.jenis, NILAI_ANGKA);
	assert_dekat(u->realisasi.a, 8.76, 0);
	assert_int_equal(u->dari_triwulan, 0);
	/* 8,76 / 8,64 x 100 */
	assert_int_equal(u->capaian.ada, 1);
	assert_dekat(u->capaian.nilai, 101.388888889, EPS);
	assert_string_equal(u->predikat, "Sangat Tinggi");
	/* 8,76 / 8,68 x 100 (KS Tabel 3.5) */
	assert_int_equal(u->capaian_akhir.ada, 1);
	assert_dekat(u->capaian_akhir.nilai, 100.921658986, EPS);
	assert_int_equal(u->sasaran, 1);
	assert_null(ukur_indikator_cari(&p, "TIDAK_ADA"));
	ukur_release(&p);

	ukur_hitung(m, 2021, &p);
	/* 1 / 9 x 100 against 2021's target; no capaian_akhir change: 1 / 8,68 x 100 */
	assert_dekat(ui(&p, "RLS")->capaian.nilai, 11.111111111, EPS);
	assert_dekat(ui(&p, "RLS")->capaian_akhir.nilai, 11.520737327, EPS);
	assert_string_equal(ui(&p, "RLS")->predikat, "Sangat Rendah");
	ukur_release(&p);

	/* A year without rows: nothing computable, with the reason. */
	ukur_hitung(m, 2019, &p);
	assert_null(ui(&p, "RLS")->target);
	assert_int_equal(ui(&p, "RLS")->capaian.ada, 0);
	assert_string_equal(ui(&p, "RLS")->capaian.catatan, "belum ada data");
	assert_null(ui(&p, "RLS")->predikat);
	ukur_release(&p);
	model_hapus(m);
}

static void test_rumus_pemda(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_SASARAN, "S1", NULL);
	struct indikator *a = indikator(m, "MISKIN", "S1", ARAH_TURUN);
	target(m, "MISKIN", 2020, angka(5.16));
	realisasi(m, "MISKIN", 2020, 0, angka(6.06));
	struct indikator *b = indikator(m, "TPT", "S1", ARAH_TURUN);
	target(m, "TPT", 2020, angka(11.22));
	realisasi(m, "TPT", 2020, 0, angka(9.18));
	(void)a;

	/* The default is selisih: (2 x 5,16 - 6,06) / 5,16 x 100 */
	ukur_hitung(m, 2020, &p);
	assert_dekat(ui(&p, "MISKIN")->capaian.nilai, 82.558139535, EPS);
	ukur_release(&p);

	/* A pemda printing rasio (KS): 5,16 / 6,06 x 100; an indicator may override it. */
	m->pemda.rumus_turun = RUMUS_RASIO;
	b->rumus_override = RUMUS_SELISIH;
	ukur_hitung(m, 2020, &p);
	assert_dekat(ui(&p, "MISKIN")->capaian.nilai, 85.148514851, EPS);
	/* (2 x 11,22 - 9,18) / 11,22 x 100 */
	assert_dekat(ui(&p, "TPT")->capaian.nilai, 118.181818182, EPS);
	ukur_release(&p);
	model_hapus(m);
}

static void test_sasaran_rata(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;
	static const double c[] = { 63.67, 97.77, 97.14, 110.42, 85.14, 86.93 };
	static const char *const kode[] = { "I1", "I2", "I3", "I4", "I5", "I6" };

	rencana(m, RENCANA_SASARAN, "S9", NULL);
	for (int i = 0; i < 6; i++)
		naik(m, kode[i], "S9", 100, c[i]);
	/* An indicator without data is left out of the mean, but counted as the sasaran's. */
	indikator(m, "I7", "S9", ARAH_NAIK);
	target(m, "I7", 2020, angka(10));

	ukur_hitung(m, 2020, &p);
	const struct ukur_agregat *s = us(&p, "S9");
	assert_int_equal(s->jumlah_indikator, 7);
	assert_int_equal(s->ada_capaian, 1);
	/* KS Sasaran 9: (63,67 + 97,77 + 97,14 + 110,42 + 85,14 + 86,93) / 6 */
	assert_dekat(s->capaian, 90.178333333, EPS);
	assert_string_equal(s->predikat, "Tinggi");
	/* No target_akhir anywhere: no capaian_akhir. */
	assert_int_equal(s->ada_capaian_akhir, 0);
	assert_int_equal(s->ada_anggaran, 0);
	assert_int_equal(s->ada_serapan, 0);
	assert_int_equal(s->ada_efisiensi, 0);
	assert_null(ukur_sasaran(&p, "S1"));
	ukur_release(&p);
	model_hapus(m);
}

static void test_bobot_dan_batas(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	rencana(m, RENCANA_SASARAN, "S2", "T1");
	rencana(m, RENCANA_TUJUAN, "T2", NULL);
	struct indikator *a = naik(m, "A", "S1", 100, 150);
	naik(m, "B", "S1", 100, 90);
	a->target_akhir = angka(100);
	struct indikator *c = naik(m, "C", "S2", 100, 100);
	struct indikator *d = naik(m, "D", "S2", 100, 60);
	naik(m, "E", "T2", 100, 150);

	/* No cap: (150 + 90) / 2 */
	ukur_hitung(m, 2020, &p);
	assert_dekat(us(&p, "S1")->capaian, 120, EPS);
	assert_dekat(us(&p, "S1")->capaian_akhir, 150, EPS);
	assert_dekat(ut(&p, "T2")->capaian, 150, EPS);
	ukur_release(&p);

	/* Cap 120 inside averages only: (120 + 90) / 2; the indicator keeps its 150. */
	m->pemda.batas_capaian = 120;
	c->bobot = 3;
	d->bobot = 1;
	ukur_hitung(m, 2020, &p);
	assert_dekat(ui(&p, "A")->capaian.nilai, 150, EPS);
	assert_dekat(ui(&p, "A")->capaian_akhir.nilai, 150, EPS);
	assert_string_equal(ui(&p, "A")->predikat, "Sangat Tinggi");
	assert_dekat(us(&p, "S1")->capaian, 105, EPS);
	/* capaian_akhir is averaged the same way: only A has one, capped at 120. */
	assert_int_equal(us(&p, "S1")->ada_capaian_akhir, 1);
	assert_dekat(us(&p, "S1")->capaian_akhir, 120, EPS);
	/* Weights 3 and 1: (3 x 100 + 1 x 60) / 4 */
	assert_dekat(us(&p, "S2")->capaian, 90, EPS);
	/* T1 has no indicator of its own: the mean of S1 and S2, (105 + 90) / 2 */
	assert_dekat(ut(&p, "T1")->capaian, 97.5, EPS);
	assert_string_equal(ut(&p, "T1")->predikat, "Sangat Tinggi");
	assert_int_equal(ut(&p, "T1")->jumlah_indikator, 0);
	/* A tujuan's own single indicator is an aggregate too: capped. */
	assert_dekat(ut(&p, "T2")->capaian, 120, EPS);
	assert_dekat(ui(&p, "E")->capaian.nilai, 150, EPS);
	/* The means as the review and the XLSX print them: elements, weights, cap. */
	const struct ukur_rata *r1 = &us(&p, "S1")->rata, *r2 = &us(&p, "S2")->rata;
	assert_int_equal(r1->n, 2);
	assert_string_equal(r1->unsur[0].kode, "A");
	assert_dekat(r1->unsur[0].nilai, 150, EPS); /* uncapped; the cap is r1->batas */
	assert_dekat(r1->batas, 120, EPS);
	assert_int_equal(r1->berbobot, 0);
	assert_int_equal(r1->dari_sasaran, 0);
	assert_int_equal(r2->berbobot, 1);
	assert_dekat(r2->unsur[0].bobot, 3, EPS);
	assert_dekat(r2->unsur[1].bobot, 1, EPS);
	assert_int_equal(us(&p, "S1")->rata_akhir.n, 1);
	assert_string_equal(us(&p, "S1")->rata_akhir.unsur[0].kode, "A");
	const struct ukur_rata *rt = &ut(&p, "T1")->rata;
	assert_int_equal(rt->dari_sasaran, 1);
	assert_int_equal(rt->n, 2);
	assert_string_equal(rt->unsur[0].kode, "S1");
	assert_string_equal(rt->unsur[1].kode, "S2");
	assert_int_equal(ut(&p, "T2")->rata.dari_sasaran, 0);
	/* Recomputed with other element values (the review's rounded figures): min(130, 120)
	 * and 80 give (120 + 80) / 2 = 100. */
	double v[2] = {130, 80};
	assert_dekat(ukur_rata_hitung(r1, v), 100, EPS);
	assert_dekat(ukur_rata_hitung(r1, NULL), 105, EPS);
	ukur_release(&p);

	/* A weight of 0 or less counts as 1: (1 x 100 + 3 x 60) / 4 */
	c->bobot = 0;
	d->bobot = 3;
	ukur_hitung(m, 2020, &p);
	assert_dekat(us(&p, "S2")->capaian, 70, EPS);
	ukur_release(&p);
	c->bobot = -2;
	ukur_hitung(m, 2020, &p);
	assert_dekat(us(&p, "S2")->capaian, 70, EPS);
	ukur_release(&p);
	model_hapus(m);
}

static void test_tujuan(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_VISI, "V", NULL);
	rencana(m, RENCANA_MISI, "M1", "V");
	rencana(m, RENCANA_TUJUAN, "T1", "M1");
	rencana(m, RENCANA_TUJUAN, "T2", "M1");
	rencana(m, RENCANA_TUJUAN, "T3", "M1");
	rencana(m, RENCANA_TUJUAN, "T4", "M1");
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	rencana(m, RENCANA_SASARAN, "S2", "T2");
	rencana(m, RENCANA_SASARAN, "S3", "T2");
	rencana(m, RENCANA_SASARAN, "S4", "T3");
	rencana(m, RENCANA_SASARAN, "S5", "T4");
	/* KS Tujuan 1 = its own indicator IPM (99,57), whatever its sasaran reach. */
	naik(m, "IPM", "T1", 100, 99.57);
	naik(m, "X1", "S1", 100, 50);
	/* T2: no indicator of its own, the mean of S2 (80) and S3 ((90 + 100) / 2 = 95) */
	naik(m, "X2", "S2", 100, 80);
	naik(m, "X3", "S3", 100, 90);
	naik(m, "X4", "S3", 100, 100);
	/* T3: an own indicator without data gives no capaian, even though S4 has one. */
	indikator(m, "IT3", "T3", ARAH_NAIK);
	target(m, "IT3", 2020, angka(5));
	naik(m, "X5", "S4", 100, 70);
	/* T4: its only sasaran has no data. */
	indikator(m, "X6", "S5", ARAH_NAIK);
	/* Two own indicators: their mean, (95 + 105) / 2 */
	naik(m, "IPM2", "T1", 100, 105);
	naik(m, "IPM3", "T1", 100, 95);

	ukur_hitung(m, 2020, &p);
	assert_int_equal(p.n_tujuan, 4);
	assert_int_equal(p.n_sasaran, 5);
	/* Model order. */
	assert_string_equal(p.tujuan[0].r->kode, "T1");
	assert_string_equal(p.tujuan[3].r->kode, "T4");
	assert_string_equal(p.sasaran[2].r->kode, "S3");
	/* (99,57 + 105 + 95) / 3 */
	assert_int_equal(ut(&p, "T1")->jumlah_indikator, 3);
	assert_dekat(ut(&p, "T1")->capaian, 99.856666667, EPS);
	assert_dekat(ut(&p, "T2")->capaian, 87.5, EPS);
	assert_string_equal(ut(&p, "T2")->predikat, "Tinggi");
	assert_int_equal(ut(&p, "T3")->jumlah_indikator, 1);
	assert_int_equal(ut(&p, "T3")->ada_capaian, 0);
	assert_null(ut(&p, "T3")->predikat);
	assert_int_equal(us(&p, "S4")->ada_capaian, 1);
	assert_int_equal(ut(&p, "T4")->ada_capaian, 0);
	assert_int_equal(us(&p, "S5")->ada_capaian, 0);
	/* Tujuan indicators are not sasaran indicators. */
	assert_int_equal(ui(&p, "IPM")->sasaran, 0);
	assert_int_equal(ui(&p, "X1")->sasaran, 1);
	assert_null(ukur_tujuan(&p, "S1"));
	ukur_release(&p);

	/* Only the IPM left for T1: its capaian, 99,57. */
	m->indikator[m->n_indikator - 1].induk = "S1";
	m->indikator[m->n_indikator - 2].induk = "S1";
	ukur_hitung(m, 2020, &p);
	assert_dekat(ut(&p, "T1")->capaian, 99.57, EPS);
	ukur_release(&p);
	model_hapus(m);
}

static void test_anggaran(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	rencana(m, RENCANA_SASARAN, "S2", "T1");
	rencana(m, RENCANA_TUJUAN, "T2", NULL);
	rencana(m, RENCANA_SASARAN, "S3", "T2");
	rencana(m, RENCANA_TUJUAN, "T3", NULL);
	naik(m, "IPM", "S1", 100, 99.57);
	naik(m, "X2", "S2", 100, 80);
	anggaran(m, "S1", "P1", 2020, 600000000000, 500000000000);
	anggaran(m, "S1", "P2", 2020, 400000000000, 452000000000);
	anggaran(m, "S1", "P0", 2019, 999, 999);
	anggaran(m, "S2", "P3", 2020, 0, 0);
	anggaran(m, "S3", "P4", 2020, 200, 150);
	/* A program under a code that is no sasaran: in the total only. */
	anggaran(m, "S9", "P5", 2020, 100, 100);
	/* Realisasi not entered: 0 spent in the sums, no serapan of its own. */
	anggaran(m, "S3", "P6", 2020, 50, 0);
	m->anggaran[m->n_anggaran - 1].ada_realisasi = 0;

	ukur_hitung(m, 2020, &p);
	assert_int_equal(p.n_program, 6);
	assert_string_equal(p.program[0].a->program, "P1");
	assert_string_equal(p.program[2].a->program, "P3");
	/* 500 / 600 x 100 */
	assert_int_equal(p.program[0].ada_serapan, 1);
	assert_dekat(p.program[0].serapan, 83.333333333, EPS);
	/* Pagu 0: no serapan. */
	assert_int_equal(p.program[2].ada_serapan, 0);
	assert_int_equal(p.program[5].ada_serapan, 0);

	/* S1 = P1 + P2: 952 of 1000 (billions), serapan 95,2; efisiensi 99,57 - 95,20 = 4,37 */
	const struct ukur_agregat *s1 = us(&p, "S1");
	assert_int_equal(s1->ada_anggaran, 1);
	assert_true(s1->pagu == 1000000000000);
	assert_true(s1->realisasi_anggaran == 952000000000);
	assert_int_equal(s1->ada_serapan, 1);
	assert_dekat(s1->serapan, 95.2, EPS);
	assert_int_equal(s1->ada_efisiensi, 1);
	assert_dekat(s1->efisiensi, 4.37, EPS);
	/* S2: a program with pagu 0 only: money, but no serapan and no efisiensi. */
	const struct ukur_agregat *s2 = us(&p, "S2");
	assert_int_equal(s2->ada_anggaran, 1);
	assert_true(s2->pagu == 0);
	assert_int_equal(s2->ada_serapan, 0);
	assert_int_equal(s2->ada_efisiensi, 0);
	assert_int_equal(s2->ada_capaian, 1);
	/* S3: 150 of 250, 60; no capaian, so no efisiensi. */
	const struct ukur_agregat *s3 = us(&p, "S3");
	assert_true(s3->pagu == 250);
	assert_true(s3->realisasi_anggaran == 150);
	assert_dekat(s3->serapan, 60, EPS);
	assert_int_equal(s3->ada_capaian, 0);
	assert_int_equal(s3->ada_efisiensi, 0);
	/* T1 = S1 + S2; capaian (99,57 + 80) / 2 = 89,785; efisiensi 89,785 - 95,2 */
	const struct ukur_agregat *t1 = ut(&p, "T1");
	assert_true(t1->pagu == 1000000000000);
	assert_true(t1->realisasi_anggaran == 952000000000);
	assert_dekat(t1->serapan, 95.2, EPS);
	assert_dekat(t1->efisiensi, -5.415, EPS);
	assert_true(ut(&p, "T2")->pagu == 250);
	assert_int_equal(ut(&p, "T3")->ada_anggaran, 0);
	assert_int_equal(ut(&p, "T3")->ada_serapan, 0);
	/* Total: every program of 2020, 1000e9 + 0 + 250 + 100 */
	assert_true(p.pagu == 1000000000350);
	assert_true(p.realisasi_anggaran == 952000000250);
	assert_int_equal(p.ada_serapan, 1);
	/* 952000000250 / 1000000000350 x 100 */
	assert_dekat(p.serapan, 95.199999991, EPS);
	ukur_release(&p);

	/* A year without programs. */
	ukur_hitung(m, 2018, &p);
	assert_int_equal(p.n_program, 0);
	assert_true(p.pagu == 0);
	assert_int_equal(p.ada_serapan, 0);
	assert_int_equal(us(&p, "S1")->ada_anggaran, 0);
	ukur_release(&p);
	model_hapus(m);
}

static void test_ringkasan(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	/* Predicates by index: 0 Sangat Tinggi ... 4 Sangat Rendah. */
	naik(m, "A", "S1", 100, 101.39);
	naik(m, "B", "S1", 100, 91);
	naik(m, "C", "S1", 100, 90.99);
	naik(m, "D", "S1", 100, 66);
	naik(m, "E", "S1", 100, 65.99);
	naik(m, "F", "S1", 100, 51);
	/* KS LPE: -1,29 / 6,61 x 100 = -19,52, Sangat Rendah */
	naik(m, "LPE", "S1", 6.61, -1.29);
	/* belum ada data: no realisasi (N1); tidak dapat dihitung: realisasi but no target (N2),
	 * target 0 of a naik indicator (N3). */
	indikator(m, "N1", "S1", ARAH_NAIK);
	target(m, "N1", 2020, angka(1));
	realisasi(m, "N1", 2020, 0, kosong());
	indikator(m, "N2", "S1", ARAH_NAIK);
	realisasi(m, "N2", 2020, 0, angka(5));
	naik(m, "N3", "S1", 0, 5);
	/* Tujuan indicators are not counted. */
	naik(m, "TA", "T1", 100, 100);
	indikator(m, "TB", "T1", ARAH_NAIK);

	ukur_hitung(m, 2020, &p);
	assert_int_equal(m->pemda.predikat.n, 5);
	assert_int_equal(p.jumlah_predikat[0], 2);
	assert_int_equal(p.jumlah_predikat[1], 1);
	assert_int_equal(p.jumlah_predikat[2], 1);
	assert_int_equal(p.jumlah_predikat[3], 2);
	assert_int_equal(p.jumlah_predikat[4], 1);
	assert_int_equal(p.belum_ada_data, 1);
	assert_int_equal(p.tidak_dapat_dihitung, 2);
	assert_int_equal(ukur_keadaan(ui(&p, "N1")), UKUR_BELUM_ADA_DATA);
	assert_int_equal(ukur_keadaan(ui(&p, "N2")), UKUR_TIDAK_DAPAT_DIHITUNG);
	assert_int_equal(ukur_keadaan(ui(&p, "N3")), UKUR_TIDAK_DAPAT_DIHITUNG);
	assert_int_equal(ukur_keadaan(ui(&p, "A")), UKUR_ADA);
	assert_string_equal(ukur_keadaan_nama(UKUR_BELUM_ADA_DATA), "belum ada data");
	assert_string_equal(ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG), "tidak dapat dihitung");
	assert_null(ukur_keadaan_nama(UKUR_ADA));
	/* The sasaran's mean holds the 7 indicators with capaian, in model order. */
	assert_int_equal(us(&p, "S1")->rata.n, 7);
	assert_string_equal(us(&p, "S1")->rata.unsur[0].kode, "A");
	assert_string_equal(us(&p, "S1")->rata.unsur[6].kode, "LPE");
	assert_dekat(ui(&p, "LPE")->capaian.nilai, -19.515885023, EPS);
	assert_string_equal(ui(&p, "LPE")->predikat, "Sangat Rendah");
	assert_string_equal(ui(&p, "N1")->capaian.catatan, "belum ada data");
	assert_string_equal(ui(&p, "N2")->capaian.catatan, "belum ada target");
	assert_non_null(strstr(ui(&p, "N3")->capaian.catatan, "target 0"));
	assert_int_equal(us(&p, "S1")->jumlah_indikator, 10);
	ukur_release(&p);
	model_hapus(m);
}

static void test_triwulan(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;
	int dari = -1;

	rencana(m, RENCANA_SASARAN, "S1", NULL);
	/* akhir (the default): the highest quarter entered. */
	struct indikator *a = indikator(m, "AKHIR", "S1", ARAH_NAIK);
	target(m, "AKHIR", 2020, angka(10));
	realisasi(m, "AKHIR", 2020, 3, angka(7));
	realisasi(m, "AKHIR", 2020, 1, angka(5));
	realisasi(m, "AKHIR", 2020, 4, kosong());
	/* jumlah: counts add up. */
	struct indikator *j = indikator(m, "JUMLAH", "S1", ARAH_NAIK);
	j->agregasi = AGREGASI_JUMLAH;
	target(m, "JUMLAH", 2020, angka(120));
	realisasi(m, "JUMLAH", 2020, 1, angka(30));
	realisasi(m, "JUMLAH", 2020, 2, angka(20));
	realisasi(m, "JUMLAH", 2020, 4, angka(10));
	/* rata_rata: the mean of the quarters entered. */
	struct indikator *r = indikator(m, "RATA", "S1", ARAH_NAIK);
	r->agregasi = AGREGASI_RATA;
	target(m, "RATA", 2020, angka(25));
	realisasi(m, "RATA", 2020, 1, angka(10));
	realisasi(m, "RATA", 2020, 2, angka(20));
	realisasi(m, "RATA", 2020, 3, angka(30));
	/* A yearly value wins over the quarters. */
	struct indikator *t = indikator(m, "TAHUNAN", "S1", ARAH_NAIK);
	t->agregasi = AGREGASI_JUMLAH;
	target(m, "TAHUNAN", 2020, angka(100));
	realisasi(m, "TAHUNAN", 2020, 1, angka(30));
	realisasi(m, "TAHUNAN", 2020, 0, angka(90));
	realisasi(m, "TAHUNAN", 2020, 2, angka(30));
	/* Categories: akhir is fine, jumlah is not. */
	struct indikator *o = indikator(m, "OPINI", "S1", ARAH_KATEGORI);
	o->skala = "opini_bpk";
	target(m, "OPINI", 2020, kat("WTP"));
	realisasi(m, "OPINI", 2020, 1, kat("WDP"));
	realisasi(m, "OPINI", 2020, 2, kat("WTP"));
	struct indikator *oj = indikator(m, "OPINI_J", "S1", ARAH_KATEGORI);
	oj->skala = "opini_bpk";
	oj->agregasi = AGREGASI_JUMLAH;
	target(m, "OPINI_J", 2020, kat("WTP"));
	realisasi(m, "OPINI_J", 2020, 1, kat("WDP"));

	struct nilai v = ukur_realisasi_tahun(m, a, 2020, &dari);
	assert_int_equal(v.jenis, NILAI_ANGKA);
	assert_dekat(v.a, 7, 0);
	assert_int_equal(dari, 1);
	v = ukur_realisasi_tahun(m, j, 2020, &dari);
	assert_dekat(v.a, 60, EPS);
	v = ukur_realisasi_tahun(m, r, 2020, &dari);
	assert_dekat(v.a, 20, EPS);
	v = ukur_realisasi_tahun(m, t, 2020, &dari);
	assert_dekat(v.a, 90, 0);
	assert_int_equal(dari, 0);
	v = ukur_realisasi_tahun(m, o, 2020, &dari);
	assert_int_equal(v.jenis, NILAI_KATEGORI);
	assert_string_equal(v.kategori, "WTP");
	v = ukur_realisasi_tahun(m, oj, 2020, &dari);
	assert_int_equal(v.jenis, NILAI_KOSONG);
	assert_int_equal(dari, 0);
	v = ukur_realisasi_tahun(m, a, 2021, NULL);
	assert_int_equal(v.jenis, NILAI_KOSONG);

	ukur_hitung(m, 2020, &p);
	/* 7 / 10, 60 / 120, 20 / 25, 90 / 100 */
	assert_dekat(ui(&p, "AKHIR")->capaian.nilai, 70, EPS);
	assert_int_equal(ui(&p, "AKHIR")->dari_triwulan, 1);
	assert_dekat(ui(&p, "JUMLAH")->capaian.nilai, 50, EPS);
	assert_dekat(ui(&p, "RATA")->capaian.nilai, 80, EPS);
	assert_dekat(ui(&p, "TAHUNAN")->capaian.nilai, 90, EPS);
	assert_int_equal(ui(&p, "TAHUNAN")->dari_triwulan, 0);
	assert_dekat(ui(&p, "OPINI")->capaian.nilai, 100, EPS);
	assert_int_equal(ui(&p, "OPINI_J")->capaian.ada, 0);
	assert_non_null(strstr(ui(&p, "OPINI_J")->capaian.catatan, "triwulan"));
	ukur_release(&p);

	/* A quarter against the year's target: Q1 30 / 120, Q2 20 / 120; Q3 has nothing. */
	struct capaian c = ukur_triwulan(m, j, 2020, 1);
	assert_int_equal(c.ada, 1);
	assert_dekat(c.nilai, 25, EPS);
	c = ukur_triwulan(m, j, 2020, 2);
	assert_dekat(c.nilai, 16.666666667, EPS);
	c = ukur_triwulan(m, j, 2020, 3);
	assert_int_equal(c.ada, 0);
	assert_string_equal(c.catatan, "belum ada data");
	c = ukur_triwulan(m, o, 2020, 1);
	assert_dekat(c.nilai, 75, EPS);
	model_hapus(m);
}

/*
 * The quarters of each indicator in the measurement (ukur_indikator.tw), the
 * same as ukur_triwulan_daftar finds for it alone. RA (naik, year target 100):
 * Q1 own target 20, realisasi 15 -> 75 %; Q2 own target 45 (a later row
 * replaced 40), no realisasi; Q3 no own target, realisasi 60 -> 60 / 100 = 60 %;
 * Q4 nothing: three quarters. TURUN (turun, year 10, selisih): Q2 realisasi 8
 * against 10 -> (2 * 10 - 8) / 10 = 120 %.
 */
static void test_triwulan_pengukuran(void **state)
{
	(void)state;
	struct model *m = model_baru();
	rencana(m, RENCANA_SASARAN, "S1", NULL);
	indikator(m, "RA", "S1", ARAH_NAIK);
	target(m, "RA", 2020, angka(100));
	target_tw(m, "RA", 2020, 1, angka(20));
	target_tw(m, "RA", 2020, 2, angka(40));
	target_tw(m, "RA", 2020, 2, angka(45));
	target_tw(m, "RA", 2021, 3, angka(99)); /* another year */
	realisasi(m, "RA", 2020, 1, angka(15));
	realisasi(m, "RA", 2020, 3, angka(60));
	realisasi(m, "RA", 2021, 4, angka(1));
	indikator(m, "TURUN", "S1", ARAH_TURUN);
	target(m, "TURUN", 2020, angka(10));
	realisasi(m, "TURUN", 2020, 2, angka(8));
	indikator(m, "KOSONG", "S1", ARAH_NAIK);
	target(m, "KOSONG", 2020, angka(5));

	struct pengukuran p;
	ukur_hitung(m, 2020, &p);
	const struct ukur_indikator *ra = ui(&p, "RA");
	assert_int_equal(ra->n_tw, 3);
	assert_int_equal(ra->tw[0].triwulan, 1);
	assert_dekat(ra->tw[0].target->nilai.a, 20, 0);
	assert_ptr_equal(ra->tw[0].acuan, ra->tw[0].target);
	assert_dekat(ra->tw[0].capaian.nilai, 75, EPS);
	assert_int_equal(ra->tw[1].triwulan, 2);
	assert_dekat(ra->tw[1].target->nilai.a, 45, 0);
	assert_null(ra->tw[1].realisasi);
	assert_int_equal(ra->tw[1].capaian.ada, 0);
	assert_int_equal(ra->tw[2].triwulan, 3);
	assert_null(ra->tw[2].target);
	assert_dekat(ra->tw[2].acuan->nilai.a, 100, 0);
	assert_dekat(ra->tw[2].capaian.nilai, 60, EPS);
	/* on track: the latest quarter measured (Q3, 60 < 100) is not */
	int tw = 0;
	assert_int_equal(ukur_triwulan_jalur_dari(ra->tw, ra->n_tw, &tw), 0);
	assert_int_equal(tw, 3);
	const struct ukur_indikator *tu = ui(&p, "TURUN");
	assert_int_equal(tu->n_tw, 1);
	assert_dekat(tu->tw[0].capaian.nilai, 120, EPS);
	assert_int_equal(ukur_triwulan_jalur_dari(tu->tw, tu->n_tw, NULL), 1);
	assert_int_equal(ui(&p, "KOSONG")->n_tw, 0);

	/* the same quarters as ukur_triwulan_daftar gives each indicator alone */
	for (int i = 0; i < p.n_indikator; i++) {
		struct ukur_tw q[4];
		int n = ukur_triwulan_daftar(m, p.indikator[i].ind, 2020, q);
		assert_int_equal(n, p.indikator[i].n_tw);
		for (int k = 0; k < n; k++) {
			assert_int_equal(q[k].triwulan, p.indikator[i].tw[k].triwulan);
			assert_ptr_equal(q[k].target, p.indikator[i].tw[k].target);
			assert_ptr_equal(q[k].acuan, p.indikator[i].tw[k].acuan);
			assert_ptr_equal(q[k].realisasi, p.indikator[i].tw[k].realisasi);
			assert_int_equal(q[k].capaian.ada, p.indikator[i].tw[k].capaian.ada);
			assert_dekat(q[k].capaian.nilai, p.indikator[i].tw[k].capaian.nilai, 0);
		}
	}
	ukur_release(&p);
	model_hapus(m);
}

static void test_kategori_ukur(void **state)
{
	(void)state;
	struct model *m = model_baru();
	struct pengukuran p;

	rencana(m, RENCANA_SASARAN, "S1", NULL);
	/* KS AKIP 2019: score 54,96 against B, 54,96 / 60 x 100 */
	struct indikator *akip = indikator(m, "AKIP", "S1", ARAH_KATEGORI);
	akip->skala = "akip";
	target(m, "AKIP", 2020, kat("B"));
	realisasi(m, "AKIP", 2020, 0, angka(54.96));
	/* A later target for the same year replaces the earlier (PK Perubahan). */
	struct indikator *opini = indikator(m, "OPINI", "S1", ARAH_KATEGORI);
	opini->skala = "opini_bpk";
	target(m, "OPINI", 2020, kat("WDP"));
	target(m, "OPINI", 2020, kat("WTP"));
	realisasi(m, "OPINI", 2020, 0, kat("WDP"));

	ukur_hitung(m, 2020, &p);
	assert_dekat(ui(&p, "AKIP")->capaian.nilai, 91.6, EPS);
	assert_string_equal(ui(&p, "AKIP")->predikat, "Sangat Tinggi");
	assert_string_equal(ui(&p, "OPINI")->target->nilai.kategori, "WTP");
	assert_dekat(ui(&p, "OPINI")->capaian.nilai, 75, EPS);
	/* (91,6 + 75) / 2 */
	assert_dekat(us(&p, "S1")->capaian, 83.3, EPS);
	assert_ptr_equal(model_target(m, "OPINI", 2020), &m->target[2]);
	ukur_release(&p);
	model_hapus(m);
}

static void test_model_kosong(void **state)
{
	(void)state;
	struct model m;
	struct pengukuran p;

	model_init(&m);
	ukur_hitung(&m, 2020, &p);
	assert_int_equal(p.n_indikator, 0);
	assert_int_equal(p.n_sasaran, 0);
	assert_int_equal(p.n_tujuan, 0);
	assert_int_equal(p.n_program, 0);
	assert_int_equal(p.belum_ada_data, 0);
	assert_int_equal(p.jumlah_predikat[0] + p.jumlah_predikat[4], 0);
	assert_null(ukur_sasaran(&p, "S1"));
	ukur_release(&p);
	ukur_release(NULL);
	model_release(&m);
}

static void test_model(void **state)
{
	(void)state;
	struct model *m = model_baru();

	assert_int_equal(m->pemda.rumus_turun, RUMUS_SELISIH);
	assert_dekat(m->pemda.batas_capaian, 0, 0);
	assert_int_equal(m->pemda.n_skala, 4);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	indikator(m, "RLS", "S1", ARAH_NAIK);
	assert_ptr_equal(model_rencana(m, "S1"), &m->rencana[0]);
	assert_null(model_rencana(m, "s1"));
	assert_null(model_rencana(m, NULL));
	assert_ptr_equal(model_indikator(m, "RLS"), &m->indikator[0]);
	assert_null(model_indikator(m, "IPM"));
	assert_null(model_target(m, "RLS", 2020));

	/* Names as in the import format, parsed case-insensitively. */
	static const char *const arah[] = { "naik", "turun", "rentang", "kategori" };
	for (int i = 0; i < 4; i++) {
		enum arah a;
		assert_string_equal(model_arah_nama((enum arah)i), arah[i]);
		assert_int_equal(model_arah_parse(arah[i], &a), 0);
		assert_int_equal(a, i);
	}
	enum arah a;
	assert_int_equal(model_arah_parse("NAIK", &a), 0);
	assert_int_equal(a, ARAH_NAIK);
	assert_int_equal(model_arah_parse("naik turun", &a), -1);
	assert_int_equal(model_arah_parse(NULL, &a), -1);

	enum rumus_turun r;
	assert_string_equal(model_rumus_nama(RUMUS_SELISIH), "selisih");
	assert_string_equal(model_rumus_nama(RUMUS_RASIO), "rasio");
	assert_int_equal(model_rumus_parse("Rasio", &r), 0);
	assert_int_equal(r, RUMUS_RASIO);
	assert_int_equal(model_rumus_parse("selisih", &r), 0);
	assert_int_equal(r, RUMUS_SELISIH);
	assert_int_equal(model_rumus_parse("", &r), -1);

	enum agregasi g;
	assert_string_equal(model_agregasi_nama(AGREGASI_AKHIR), "akhir");
	assert_string_equal(model_agregasi_nama(AGREGASI_JUMLAH), "jumlah");
	assert_string_equal(model_agregasi_nama(AGREGASI_RATA), "rata_rata");
	assert_int_equal(model_agregasi_parse("RATA_RATA", &g), 0);
	assert_int_equal(g, AGREGASI_RATA);
	assert_int_equal(model_agregasi_parse("jumlah", &g), 0);
	assert_int_equal(g, AGREGASI_JUMLAH);
	assert_int_equal(model_agregasi_parse("total", &g), -1);

	enum jenis_rencana j;
	static const char *const rencana_nama[] = { "visi", "misi", "tujuan", "sasaran" };
	for (int i = 0; i < 4; i++) {
		assert_string_equal(model_rencana_nama((enum jenis_rencana)i), rencana_nama[i]);
		assert_int_equal(model_rencana_parse(rencana_nama[i], &j), 0);
		assert_int_equal(j, i);
	}
	assert_int_equal(model_rencana_parse("Sasaran", &j), 0);
	assert_int_equal(j, RENCANA_SASARAN);
	assert_int_equal(model_rencana_parse("urusan", &j), -1);
	model_hapus(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indikator),
		cmocka_unit_test(test_rumus_pemda),
		cmocka_unit_test(test_sasaran_rata),
		cmocka_unit_test(test_bobot_dan_batas),
		cmocka_unit_test(test_tujuan),
		cmocka_unit_test(test_anggaran),
		cmocka_unit_test(test_ringkasan),
		cmocka_unit_test(test_triwulan),
		cmocka_unit_test(test_triwulan_pengukuran),
		cmocka_unit_test(test_kategori_ukur),
		cmocka_unit_test(test_model_kosong),
		cmocka_unit_test(test_model),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
