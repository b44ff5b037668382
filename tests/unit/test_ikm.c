/* Tests of the IKM from respondents' answers (src/core/ikm.c) against siklus.md. */
#include <stdio.h>
#include <time.h>

#include "core/ikm.h"
#include "uji_model.h"

#define K 0 /* a blank answer */

/* Adds respondents given as rows of n_unsur answers. */
static void isi(struct ikm_hitung *h, int periode, int unit, const uint8_t *baris, int n)
{
	for (int r = 0; r < n; r++)
		assert_int_equal(ikm_tambah(h, periode, unit, baris + (size_t)r * h->n_unsur), 0);
}

/* siklus.md: U1 3, 4, 3; U2 2, 3, (blank): NRR 3,3333 and 2,5; IKM 72,92, C (Kurang Baik). */
static void test_contoh_siklus(void **state)
{
	const struct skala *mutu = model_skala(*state, "ikm_mutu");
	assert_non_null(mutu);
	struct arena a;
	arena_init(&a);
	struct ikm_hitung h;
	ikm_hitung_init(&h, &a, 1, 1, 2);
	const uint8_t jawaban[] = {3, 2, 4, 3, 3, K};
	isi(&h, 0, 0, jawaban, 3);

	struct ikm_unsur u[2];
	struct ikm_hasil r;
	ikm_unit(&h, 0, 0, mutu, u, &r);
	assert_int_equal(r.ada, 1);
	assert_int_equal(r.responden, 3);
	assert_int_equal(r.n_unsur_ada, 2);
	assert_int_equal(u[0].jumlah, 10);
	assert_int_equal(u[0].n, 3);
	assert_dekat(u[0].nrr, 3.333333333, EPS);
	assert_dekat(u[0].indeks, 83.333333333, EPS);
	assert_int_equal(u[1].jumlah, 5);
	assert_int_equal(u[1].n, 2);
	assert_dekat(u[1].nrr, 2.5, EPS);
	assert_dekat(u[1].indeks, 62.5, EPS);
	/* (10/3 + 5/2) / 2 x 25 = 875/12 */
	assert_dekat(r.ikm, 72.916666667, EPS);
	assert_string_equal(r.mutu, "C");
	assert_string_equal(ikm_mutu_kinerja(r.mutu), "Kurang Baik");
	/* One unit: both aggregations give the unit's own figures. */
	ikm_pemda(&h, 0, IKM_RATA_UNIT, mutu, u, &r);
	assert_dekat(r.ikm, 72.916666667, EPS);
	ikm_pemda(&h, 0, IKM_GABUNGAN, mutu, u, &r);
	assert_dekat(r.ikm, 72.916666667, EPS);
	arena_release(&a);
}

/*
 * Three units, two unsur, with blanks (by hand):
 *   A: (4,3) (3,-) (4,4)        U1 11/3, U2 7/2: IKM 1075/12 = 89,5833 A
 *   B: (2,2) (-,3) (3,-) (2,1)  U1 7/3,  U2 6/3: IKM 325/6   = 54,1667 D
 *   C: siklus.md's example      U1 10/3, U2 5/2: IKM 875/12  = 72,9167 C
 * rata_unit: (1075/12 + 650/12 + 875/12) / 3 = 72,2222 C; unsur NRR 28/9 and 8/3.
 * gabungan: U1 28/9, U2 18/7: (28/9 + 18/7) / 2 x 25 = 8950/126 = 71,0317 C.
 */
static void test_beberapa_unit(void **state)
{
	const struct skala *mutu = model_skala(*state, "ikm_mutu");
	struct arena a;
	arena_init(&a);
	struct ikm_hitung h;
	ikm_hitung_init(&h, &a, 1, 3, 2);
	const uint8_t ua[] = {4, 3, 3, K, 4, 4};
	const uint8_t ub[] = {2, 2, K, 3, 3, K, 2, 1};
	const uint8_t uc[] = {3, 2, 4, 3, 3, K};
	isi(&h, 0, 0, ua, 3);
	isi(&h, 0, 1, ub, 4);
	isi(&h, 0, 2, uc, 3);

	struct ikm_unsur u[2];
	struct ikm_hasil r;
	ikm_unit(&h, 0, 0, mutu, u, &r);
	assert_dekat(u[0].nrr, 3.666666667, EPS);
	assert_dekat(u[1].nrr, 3.5, EPS);
	assert_dekat(r.ikm, 89.583333333, EPS);
	assert_string_equal(r.mutu, "A");
	ikm_unit(&h, 0, 1, mutu, u, &r);
	assert_dekat(u[0].nrr, 2.333333333, EPS);
	assert_dekat(u[1].nrr, 2.0, EPS);
	assert_int_equal(u[1].n, 3);
	assert_int_equal(r.responden, 4);
	assert_dekat(r.ikm, 54.166666667, EPS);
	assert_string_equal(r.mutu, "D");
	assert_string_equal(ikm_mutu_kinerja(r.mutu), "Tidak Baik");

	ikm_pemda(&h, 0, IKM_RATA_UNIT, mutu, u, &r);
	assert_int_equal(r.n_unit_ada, 3);
	assert_int_equal(r.responden, 10);
	assert_dekat(r.ikm, 72.222222222, EPS);
	assert_dekat(u[0].nrr, 3.111111111, EPS);
	assert_dekat(u[1].nrr, 2.666666667, EPS);
	assert_string_equal(r.mutu, "C");

	ikm_pemda(&h, 0, IKM_GABUNGAN, mutu, u, &r);
	assert_int_equal(u[0].jumlah, 28);
	assert_int_equal(u[0].n, 9);
	assert_int_equal(u[1].jumlah, 18);
	assert_int_equal(u[1].n, 7);
	assert_dekat(u[1].nrr, 2.571428571, EPS);
	assert_dekat(r.ikm, 71.031746032, EPS);
	assert_string_equal(r.mutu, "C");
	arena_release(&a);
}

/* Semesters are counted apart: S1 all 4 (100, A), S2 all 2 (50, D); a unit without answers has
 * none. */
static void test_periode(void **state)
{
	const struct skala *mutu = model_skala(*state, "ikm_mutu");
	struct arena a;
	arena_init(&a);
	struct ikm_hitung h;
	ikm_hitung_init(&h, &a, 2, 2, 3);
	const uint8_t s1[] = {4, 4, 4}, s2[] = {2, 2, 2}, kosong[] = {K, K, K};
	isi(&h, 0, 0, s1, 1);
	isi(&h, 1, 0, s2, 1);
	isi(&h, 1, 1, kosong, 1);
	struct ikm_unsur u[3];
	struct ikm_hasil r;
	ikm_unit(&h, 0, 0, mutu, u, &r);
	assert_dekat(r.ikm, 100, EPS);
	assert_string_equal(r.mutu, "A");
	ikm_unit(&h, 1, 0, mutu, u, &r);
	assert_dekat(r.ikm, 50, EPS);
	assert_string_equal(r.mutu, "D");
	/* A respondent who left everything blank is counted but gives no IKM. */
	ikm_unit(&h, 1, 1, mutu, u, &r);
	assert_int_equal(r.ada, 0);
	assert_int_equal(r.responden, 1);
	assert_null(r.mutu);
	ikm_pemda(&h, 1, IKM_RATA_UNIT, mutu, u, &r);
	assert_int_equal(r.n_unit_ada, 1);
	assert_dekat(r.ikm, 50, EPS);
	ikm_unit(&h, 0, 1, mutu, u, &r);
	assert_int_equal(r.ada, 0);
	assert_int_equal(r.responden, 0);
	/*
	 * An unsur nobody in the unit answered is left out of the mean: unit 1
	 * of S1 with U1 3, 3 and U2, U3 blank has IKM 3 x 25 = 75 over 1 unsur.
	 */
	const uint8_t satu_unsur[] = {3, K, K};
	isi(&h, 0, 1, satu_unsur, 1);
	isi(&h, 0, 1, satu_unsur, 1);
	ikm_unit(&h, 0, 1, mutu, u, &r);
	assert_int_equal(r.n_unsur_ada, 1);
	assert_int_equal(u[1].ada, 0);
	assert_dekat(r.ikm, 75, EPS);
	/* rata_unit: (100 + 75) / 2; unsur U2 only from unit 0: NRR 4. */
	ikm_pemda(&h, 0, IKM_RATA_UNIT, mutu, u, &r);
	assert_dekat(r.ikm, 87.5, EPS);
	assert_dekat(u[0].nrr, 3.5, EPS);
	assert_dekat(u[1].nrr, 4, EPS);
	/* gabungan: U1 (4 + 3 + 3) / 3, U2 4, U3 4: (10/3 + 8) / 3 x 25 = 94,4444. */
	ikm_pemda(&h, 0, IKM_GABUNGAN, mutu, u, &r);
	assert_dekat(r.ikm, 94.444444444, EPS);
	assert_string_equal(r.mutu, "A");
	/* Out-of-range indices and values are refused, nothing counted. */
	const uint8_t lima[] = {5, 1, 1};
	assert_int_equal(ikm_tambah(&h, 2, 0, s1), -1);
	assert_int_equal(ikm_tambah(&h, 0, 2, s1), -1);
	assert_int_equal(ikm_tambah(&h, 0, 0, lima), -1);
	ikm_unit(&h, 0, 0, mutu, u, &r);
	assert_int_equal(r.responden, 1);

	int tahun, semester;
	assert_int_equal(ikm_periode_parse("2020", &tahun, &semester), 0);
	assert_int_equal(tahun, 2020);
	assert_int_equal(semester, 0);
	assert_int_equal(ikm_periode_parse("2020-S1", &tahun, &semester), 0);
	assert_int_equal(semester, 1);
	assert_int_equal(ikm_periode_parse("2021-s2", &tahun, &semester), 0);
	assert_int_equal(tahun, 2021);
	assert_int_equal(semester, 2);
	assert_int_equal(ikm_periode_parse("2020-S3", &tahun, &semester), -1);
	assert_int_equal(ikm_periode_parse("2020-T1", &tahun, &semester), -1);
	assert_int_equal(ikm_periode_parse("20", &tahun, &semester), -1);
	assert_int_equal(ikm_periode_parse("2020x", &tahun, &semester), -1);
	arena_release(&a);
}

/*
 * The regulation's 0,111 is 1/9 rounded: 9 unsur all at NRR 3 give 75 with
 * 1/9 and 9 x 3 x 0,111 x 25 = 74,925 with 0,111, 0,1 % lower.
 */
static void test_bobot_0111(void **state)
{
	const struct skala *mutu = model_skala(*state, "ikm_mutu");
	struct arena a;
	arena_init(&a);
	struct ikm_hitung h;
	ikm_hitung_init(&h, &a, 1, 1, 9);
	const uint8_t tiga[9] = {3, 3, 3, 3, 3, 3, 3, 3, 3};
	isi(&h, 0, 0, tiga, 1);
	isi(&h, 0, 0, tiga, 1);
	struct ikm_unsur u[9];
	struct ikm_hasil r;
	ikm_unit(&h, 0, 0, mutu, u, &r);
	assert_dekat(r.ikm, 75, EPS);
	assert_dekat(ikm_bobot_dibulatkan(&r), 74.925, EPS);
	assert_dekat((r.ikm - ikm_bobot_dibulatkan(&r)) / r.ikm * 100, 0.1, EPS);
	assert_string_equal(r.mutu, "C");
	arena_release(&a);
}

static void sah(const char *sel, int harap)
{
	uint8_t v = 99;
	const char *alasan = "x";
	assert_int_equal(ikm_jawaban_parse(sel, &v, &alasan), 0);
	assert_int_equal(v, harap);
	assert_null(alasan);
}

static const char *tolak(const char *sel)
{
	uint8_t v = 99;
	const char *alasan = NULL;
	assert_int_equal(ikm_jawaban_parse(sel, &v, &alasan), -1);
	assert_int_equal(v, 0);
	assert_non_null(alasan);
	return alasan;
}

static void test_jawaban(void **state)
{
	(void)state;
	sah("1", 1);
	sah("4", 4);
	sah(" 3 ", 3);
	sah("3,0", 3);
	sah("", K);
	sah("   ", K);
	sah(NULL, K);
	assert_string_equal(tolak("0"), "jawaban di luar skala: hanya 1, 2, 3 atau 4 yang sah");
	assert_string_equal(tolak("5"), "jawaban di luar skala: hanya 1, 2, 3 atau 4 yang sah");
	assert_string_equal(tolak("-1"), "jawaban di luar skala: hanya 1, 2, 3 atau 4 yang sah");
	assert_string_equal(tolak("3,5"),
			    "jawaban harus bilangan bulat 1, 2, 3 atau 4, bukan pecahan");
	assert_string_equal(tolak("3.5"),
			    "jawaban harus bilangan bulat 1, 2, 3 atau 4, bukan pecahan");
	assert_string_equal(
	    tolak("baik"),
	    "jawaban bukan angka: isi 1, 2, 3 atau 4, atau kosongkan bila tidak dijawab");
	tolak("3a");
	tolak("-");
	tolak("n/a");

	enum ikm_agregat g;
	assert_int_equal(ikm_agregat_parse("gabungan", &g), 0);
	assert_int_equal(g, IKM_GABUNGAN);
	assert_int_equal(ikm_agregat_parse("RATA_UNIT", &g), 0);
	assert_int_equal(g, IKM_RATA_UNIT);
	assert_int_equal(ikm_agregat_parse("median", &g), -1);
	assert_string_equal(ikm_agregat_nama(IKM_GABUNGAN), "gabungan");
	assert_string_equal(ikm_agregat_nama(IKM_RATA_UNIT), "rata_unit");
	assert_null(ikm_mutu_kinerja("E"));
	assert_string_equal(ikm_mutu_kinerja("A"), "Sangat Baik");
	assert_string_equal(ikm_mutu_kinerja("B"), "Baik");
}

/*
 * 100.000 respondents x 9 unsur in 10 units: respondent r answers unsur u with
 * (r + u) mod 4 + 1, so every unsur of every unit (10.000 respondents each)
 * holds each value 2.500 times: NRR 2,5, IKM 62,5 (D). Prints the time taken.
 */
static void test_besar(void **state)
{
	const struct skala *mutu = model_skala(*state, "ikm_mutu");
	enum { N = 100000, UNSUR = 9, UNIT = 10 };
	struct arena a;
	arena_init(&a);
	struct ikm_hitung h;
	ikm_hitung_init(&h, &a, 1, UNIT, UNSUR);
	uint8_t *jawaban = test_malloc((size_t)N * UNSUR);
	for (int r = 0; r < N; r++)
		for (int u = 0; u < UNSUR; u++)
			jawaban[(size_t)r * UNSUR + u] = (uint8_t)((r + u) % 4 + 1);

	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int r = 0; r < N; r++)
		ikm_tambah(&h, 0, (r / 4) % UNIT, jawaban + (size_t)r * UNSUR);
	struct ikm_unsur u[UNSUR];
	struct ikm_hasil rata, gab;
	ikm_pemda(&h, 0, IKM_RATA_UNIT, mutu, u, &rata);
	ikm_pemda(&h, 0, IKM_GABUNGAN, mutu, u, &gab);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("# ikm: %d responden x %d unsur: %.1f ms\n", N, UNSUR,
	       (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);

	assert_int_equal(gab.responden, N);
	assert_int_equal(u[0].n, N);
	assert_int_equal(u[8].jumlah, (int64_t)N * 5 / 2);
	assert_dekat(gab.ikm, 62.5, EPS);
	assert_dekat(rata.ikm, 62.5, EPS);
	assert_int_equal(rata.n_unit_ada, UNIT);
	assert_string_equal(rata.mutu, "D");
	struct ikm_hasil satu;
	ikm_unit(&h, 0, 7, mutu, u, &satu);
	assert_int_equal(satu.responden, N / UNIT);
	assert_dekat(satu.ikm, 62.5, EPS);
	test_free(jawaban);
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_contoh_siklus, siapkan, bereskan),
	    cmocka_unit_test_setup_teardown(test_beberapa_unit, siapkan, bereskan),
	    cmocka_unit_test_setup_teardown(test_periode, siapkan, bereskan),
	    cmocka_unit_test_setup_teardown(test_bobot_0111, siapkan, bereskan),
	    cmocka_unit_test(test_jawaban),
	    cmocka_unit_test_setup_teardown(test_besar, siapkan, bereskan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
