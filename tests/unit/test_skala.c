/* Tests of the category scales and the predicate scale (src/core/skala.c). */
#include "core/skala.h"
#include "uji_model.h"

static const struct predikat_skala *predikat(void **state)
{
	struct model *m = *state;
	return &m->pemda.predikat;
}

/* Name of the class a score falls in. */
static const char *kelas(void **state, const char *skala, double skor)
{
	const struct skala *sk = model_skala(*state, skala);
	assert_non_null(sk);
	const struct skala_kelas *k = skala_kelas_skor(sk, skor);
	assert_non_null(k);
	return k->nama;
}

/* A score and the class it must fall in. */
struct kasus_kelas {
	double skor;
	const char *nama;
};

static void periksa_kelas(void **state, const char *skala, const struct kasus_kelas *k, int n)
{
	for (int i = 0; i < n; i++) {
		const char *nama = kelas(state, skala, k[i].skor);
		if (strcmp(nama, k[i].nama))
			print_error("%s, skor %g:\n", skala, k[i].skor);
		assert_string_equal(nama, k[i].nama);
	}
}

static void test_predikat_batas(void **state)
{
	const struct predikat_skala *p = predikat(state);

	/* Permendagri 86/2017 with its gaps closed (rumus-capaian.md). */
	assert_string_equal(skala_predikat(p, 91), "Sangat Tinggi");
	assert_string_equal(skala_predikat(p, 90.99), "Tinggi");
	assert_string_equal(skala_predikat(p, 90.999999), "Tinggi");
	assert_string_equal(skala_predikat(p, 76), "Tinggi");
	assert_string_equal(skala_predikat(p, 75.99), "Sedang");
	assert_string_equal(skala_predikat(p, 66), "Sedang");
	assert_string_equal(skala_predikat(p, 65.99), "Rendah");
	assert_string_equal(skala_predikat(p, 51), "Rendah");
	assert_string_equal(skala_predikat(p, 50.99), "Sangat Rendah");
	assert_string_equal(skala_predikat(p, 0), "Sangat Rendah");
	/* KS Laju Pertumbuhan Ekonomi -19,52 */
	assert_string_equal(skala_predikat(p, -19.5159), "Sangat Rendah");
	assert_string_equal(skala_predikat(p, -1e300), "Sangat Rendah");
	/* Above 100 is not undefined: it is the top class. */
	assert_string_equal(skala_predikat(p, 100), "Sangat Tinggi");
	assert_string_equal(skala_predikat(p, 155.78), "Sangat Tinggi");
	/* The sasaran 9 mean 90,18 falls in the printed gap 90-91: Tinggi. */
	assert_string_equal(skala_predikat(p, 90.178333), "Tinggi");
}

static void test_predikat_indeks(void **state)
{
	const struct predikat_skala *p = predikat(state);

	assert_int_equal(p->n, 5);
	assert_int_equal(skala_predikat_indeks(p, 101.39), 0);
	assert_int_equal(skala_predikat_indeks(p, 80), 1);
	assert_int_equal(skala_predikat_indeks(p, 70), 2);
	assert_int_equal(skala_predikat_indeks(p, 60), 3);
	assert_int_equal(skala_predikat_indeks(p, 30.77), 4);
	assert_int_equal(skala_predikat_indeks(p, -40), 4);
	assert_string_equal(p->kelas[0].nama, "Sangat Tinggi");
	assert_string_equal(p->kelas[4].nama, "Sangat Rendah");

	struct predikat_skala kosong = { 0, NULL };
	assert_int_equal(skala_predikat_indeks(&kosong, 50), -1);
	assert_null(skala_predikat(&kosong, 50));
}

static void test_predikat_setelan(void **state)
{
	(void)state;
	/* The scale is a setting: a pemda's own bounds and names. */
	struct predikat_kelas k[] = { { "Baik", 80 }, { "Cukup", 60 }, { "Kurang", 0 } };
	struct predikat_skala p = { 3, k };
	assert_string_equal(skala_predikat(&p, 80), "Baik");
	assert_string_equal(skala_predikat(&p, 79.99), "Cukup");
	assert_string_equal(skala_predikat(&p, 0), "Kurang");
	/* Below the lowest minimum: still the lowest class. */
	assert_string_equal(skala_predikat(&p, -5), "Kurang");
}

static void test_peringkat(void **state)
{
	const struct skala *opini = model_skala(*state, "opini_bpk");
	const struct skala *lppd = model_skala(*state, "lppd");

	assert_non_null(opini);
	assert_non_null(lppd);
	assert_int_equal(skala_peringkat(opini, "TMP"), 1);
	assert_int_equal(skala_peringkat(opini, "TW"), 2);
	assert_int_equal(skala_peringkat(opini, "WDP"), 3);
	assert_int_equal(skala_peringkat(opini, "WTP"), 4);
	assert_int_equal(skala_peringkat(opini, "wtp"), 4);
	assert_int_equal(skala_peringkat(lppd, "Sangat tinggi"), 4);
	assert_int_equal(skala_peringkat(lppd, "SANGAT TINGGI"), 4);
	assert_int_equal(skala_peringkat(lppd, " Sedang "), 2);
	assert_int_equal(skala_peringkat(lppd, "Rendah"), 1);
	/* Unknown: 0, not the lowest rank. */
	assert_int_equal(skala_peringkat(opini, "Wajar"), 0);
	assert_int_equal(skala_peringkat(opini, ""), 0);
	assert_int_equal(skala_peringkat(opini, NULL), 0);
	assert_int_equal(skala_peringkat(NULL, "WTP"), 0);
}

static void test_skala_bawaan(void **state)
{
	struct model *m = *state;
	static const char *const nama[] = { "opini_bpk", "akip", "lppd", "ikm_mutu" };
	static const int n[] = { 4, 7, 4, 4 };

	assert_int_equal(m->pemda.n_skala, 4);
	for (int i = 0; i < 4; i++) {
		const struct skala *sk = model_skala(m, nama[i]);
		assert_non_null(sk);
		assert_string_equal(sk->nama, nama[i]);
		assert_int_equal(sk->n, n[i]);
	}
	assert_ptr_equal(model_skala(m, "AKIP"), model_skala(m, "akip"));
	assert_null(model_skala(m, "tidak_ada"));
	assert_null(model_skala(m, NULL));

	const struct skala *akip = model_skala(m, "akip");
	static const char *const akip_nama[] = { "D", "C", "CC", "B", "BB", "A", "AA" };
	for (int i = 0; i < 7; i++)
		assert_string_equal(akip->kelas[i].nama, akip_nama[i]);
	assert_dekat(akip->kelas[3].bawah, 60, 0);
	assert_dekat(akip->kelas[3].atas, 70, 0);
	/* Scales without bounds give no class for a score. */
	assert_null(skala_kelas_skor(model_skala(m, "opini_bpk"), 80));
	assert_null(skala_kelas_skor(model_skala(m, "lppd"), 80));
	assert_null(skala_kelas_skor(NULL, 80));
}

static void test_kelas_akip(void **state)
{
	static const struct kasus_kelas k[] = {
		/* D (0-30), C (>30-50), CC (>50-60), B (>60-70), BB (>70-80), A (>80-90),
		 * AA (>90-100) */
		{ 0, "D" },
		{ 30, "D" },
		{ 30.01, "C" },
		{ 50, "C" },
		{ 54.96, "CC" },
		{ 60, "CC" },
		{ 60.01, "B" },
		{ 70, "B" },
		{ 75, "BB" },
		{ 85, "A" },
		{ 90.5, "AA" },
		{ 100, "AA" },
		/* Outside all bounds: the lowest or the highest class. */
		{ -3, "D" },
		{ 104, "AA" },
	};
	periksa_kelas(state, "akip", k, (int)(sizeof(k) / sizeof(k[0])));
}

static void test_kelas_ikm(void **state)
{
	static const struct kasus_kelas k[] = {
		/* D 25,00-64,99, C 65,00-76,60, B 76,61-88,30, A 88,31-100: both bounds
		 * inclusive. */
		{ 25, "D" },
		{ 64.99, "D" },
		{ 65, "C" },
		{ 76.6, "C" },
		{ 76.61, "B" },
		{ 88.3, "B" },
		{ 88.31, "A" },
		{ 100, "A" },
		/* In a printed gap: the class below. Below 25: the lowest. */
		{ 64.995, "D" },
		{ 88.305, "B" },
		{ 10, "D" },
	};
	periksa_kelas(state, "ikm_mutu", k, (int)(sizeof(k) / sizeof(k[0])));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_predikat_batas, siapkan, bereskan),
		cmocka_unit_test_setup_teardown(test_predikat_indeks, siapkan, bereskan),
		cmocka_unit_test(test_predikat_setelan),
		cmocka_unit_test_setup_teardown(test_peringkat, siapkan, bereskan),
		cmocka_unit_test_setup_teardown(test_skala_bawaan, siapkan, bereskan),
		cmocka_unit_test_setup_teardown(test_kelas_akip, siapkan, bereskan),
		cmocka_unit_test_setup_teardown(test_kelas_ikm, siapkan, bereskan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
