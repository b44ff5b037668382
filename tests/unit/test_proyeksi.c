/* Tests of the trend and projection (src/core/proyeksi.c) against wilayah.md. */
#include "core/proyeksi.h"
#include "uji_model.h"

static const struct proyeksi_metode_hasil *metode(const struct proyeksi *p, enum proyeksi_metode m)
{
	return &p->metode[m];
}

/* wilayah.md: Kota Pekalongan angka kemiskinan, turun, target 2026 5,89. */
static void test_pekalongan(void **state)
{
	(void)state;
	const struct proyeksi_titik seri[] = {{2021, 7.59}, {2022, 7.00}, {2023, 6.81}};
	struct proyeksi p;
	assert_int_equal(proyeksi_hitung(seri, 3, ARAH_TURUN, 2026, 5.89, &p), 0);
	assert_int_equal(p.ada, 1);
	assert_null(p.catatan);
	assert_int_equal(p.tahun_akhir, 2026);
	assert_int_equal(p.tahun_terakhir, 2023);
	const struct proyeksi_metode_hasil *t = metode(&p, PROYEKSI_TREN_LINIER);
	assert_int_equal(t->ada, 1);
	assert_dekat(t->laju, -0.39, EPS);
	assert_dekat(t->nilai, 5.573333333, EPS);
	assert_int_equal(t->status, PROYEKSI_TERCAPAI);
	const struct proyeksi_metode_hasil *l = metode(&p, PROYEKSI_LAJU_TERAKHIR);
	assert_int_equal(l->ada, 1);
	assert_dekat(l->laju, -0.19, EPS);
	assert_dekat(l->nilai, 6.24, EPS);
	assert_int_equal(l->status, PROYEKSI_TIDAK_TERCAPAI);
	assert_int_equal(p.ada_laju_diperlukan, 1);
	assert_dekat(p.laju_diperlukan, -0.306666667, EPS);
	assert_string_equal(proyeksi_metode_nama(PROYEKSI_TREN_LINIER), "tren_linier");
	assert_string_equal(proyeksi_metode_nama(PROYEKSI_LAJU_TERAKHIR), "laju_terakhir");
	assert_string_equal(proyeksi_status_nama(t->status), "tercapai");
	assert_string_equal(proyeksi_status_nama(l->status), "tidak_tercapai");
}

/*
 * Naik, 4 points given out of order. By hand: mean year 2020,5, mean value
 * 63,25; sum dx*dy = 10,5, sum dx^2 = 5, slope 2,1; at 2024: 63,25 + 2,1 x 3,5
 * = 70,6. Last change 66 - 65 = 1: 66 + 2 = 68. Needed (72 - 66) / 2 = 3.
 */
static void test_naik(void **state)
{
	(void)state;
	const struct proyeksi_titik seri[] = {
	    {2021, 65},
	    {2019, 60},
	    {2022, 66},
	    {2020, 62},
	};
	struct proyeksi p;
	assert_int_equal(proyeksi_hitung(seri, 4, ARAH_NAIK, 2024, 72, &p), 0);
	assert_int_equal(p.ada, 1);
	assert_dekat(metode(&p, PROYEKSI_TREN_LINIER)->laju, 2.1, EPS);
	assert_dekat(metode(&p, PROYEKSI_TREN_LINIER)->nilai, 70.6, EPS);
	assert_int_equal(metode(&p, PROYEKSI_TREN_LINIER)->status, PROYEKSI_TIDAK_TERCAPAI);
	assert_dekat(metode(&p, PROYEKSI_LAJU_TERAKHIR)->laju, 1, EPS);
	assert_dekat(metode(&p, PROYEKSI_LAJU_TERAKHIR)->nilai, 68, EPS);
	assert_int_equal(metode(&p, PROYEKSI_LAJU_TERAKHIR)->status, PROYEKSI_TIDAK_TERCAPAI);
	assert_dekat(p.laju_diperlukan, 3, EPS);
	assert_dekat(p.nilai_terakhir, 66, EPS);

	/* Target 70: the line (70,6) reaches it, the last change (68) does not. */
	assert_int_equal(proyeksi_hitung(seri, 4, ARAH_NAIK, 2024, 70, &p), 0);
	assert_int_equal(metode(&p, PROYEKSI_TREN_LINIER)->status, PROYEKSI_TERCAPAI);
	assert_int_equal(metode(&p, PROYEKSI_LAJU_TERAKHIR)->status, PROYEKSI_TIDAK_TERCAPAI);
	assert_dekat(p.laju_diperlukan, 2, EPS);
}

/* Two points two years apart: the line through them, 3 per year; 62 meets 62 exactly. */
static void test_dua_titik(void **state)
{
	(void)state;
	const struct proyeksi_titik seri[] = {{2022, 50}, {2024, 56}};
	struct proyeksi p;
	assert_int_equal(proyeksi_hitung(seri, 2, ARAH_NAIK, 2026, 62, &p), 0);
	assert_int_equal(p.ada, 1);
	assert_dekat(metode(&p, PROYEKSI_TREN_LINIER)->laju, 3, EPS);
	assert_dekat(metode(&p, PROYEKSI_TREN_LINIER)->nilai, 62, EPS);
	assert_int_equal(metode(&p, PROYEKSI_TREN_LINIER)->status, PROYEKSI_TERCAPAI);
	assert_dekat(metode(&p, PROYEKSI_LAJU_TERAKHIR)->laju, 3, EPS);
	assert_dekat(metode(&p, PROYEKSI_LAJU_TERAKHIR)->nilai, 62, EPS);
	assert_int_equal(metode(&p, PROYEKSI_LAJU_TERAKHIR)->status, PROYEKSI_TERCAPAI);
	assert_dekat(p.laju_diperlukan, 3, EPS);
	/* Turun with the same points: rising to 62 misses a target of at most 40. */
	assert_int_equal(proyeksi_hitung(seri, 2, ARAH_TURUN, 2026, 40, &p), 0);
	assert_int_equal(metode(&p, PROYEKSI_TREN_LINIER)->status, PROYEKSI_TIDAK_TERCAPAI);
	assert_dekat(p.laju_diperlukan, -8, EPS);
}

/* One point: no projection, but the change still needed is known: (5 - 8) / 3 = -1. */
static void test_satu_titik(void **state)
{
	(void)state;
	const struct proyeksi_titik seri[] = {{2023, 8}};
	struct proyeksi p;
	assert_int_equal(proyeksi_hitung(seri, 1, ARAH_TURUN, 2026, 5, &p), 0);
	assert_int_equal(p.ada, 0);
	assert_string_equal(p.catatan, "data belum cukup");
	assert_int_equal(metode(&p, PROYEKSI_TREN_LINIER)->ada, 0);
	assert_int_equal(metode(&p, PROYEKSI_LAJU_TERAKHIR)->ada, 0);
	assert_string_equal(metode(&p, PROYEKSI_LAJU_TERAKHIR)->catatan, "data belum cukup");
	assert_int_equal(p.ada_laju_diperlukan, 1);
	assert_dekat(p.laju_diperlukan, -1, EPS);

	assert_int_equal(proyeksi_hitung(NULL, 0, ARAH_TURUN, 2026, 5, &p), 0);
	assert_int_equal(p.ada, 0);
	assert_string_equal(p.catatan, "data belum cukup");
	assert_int_equal(p.ada_laju_diperlukan, 0);
}

/*
 * The last year is the end year: the line at 2026 (mean 6,5 at 2025, slope
 * -0,5: 6,0) meets a turun target 6,0; no change per year is left to compute.
 */
static void test_tahun_akhir(void **state)
{
	(void)state;
	const struct proyeksi_titik seri[] = {{2026, 6.0}, {2024, 7.0}, {2025, 6.5}};
	struct proyeksi p;
	assert_int_equal(proyeksi_hitung(seri, 3, ARAH_TURUN, 2026, 6.0, &p), 0);
	assert_int_equal(p.ada, 1);
	assert_dekat(metode(&p, PROYEKSI_TREN_LINIER)->nilai, 6.0, EPS);
	assert_int_equal(metode(&p, PROYEKSI_TREN_LINIER)->status, PROYEKSI_TERCAPAI);
	assert_dekat(metode(&p, PROYEKSI_LAJU_TERAKHIR)->nilai, 6.0, EPS);
	assert_dekat(metode(&p, PROYEKSI_LAJU_TERAKHIR)->laju, -0.5, EPS);
	assert_int_equal(p.ada_laju_diperlukan, 0);
	assert_int_equal(p.tahun_terakhir, 2026);
}

static void test_tidak_sah(void **state)
{
	(void)state;
	const struct proyeksi_titik ganda[] = {{2022, 1}, {2023, 2}, {2022, 3}};
	struct proyeksi p;
	assert_int_equal(proyeksi_hitung(ganda, 3, ARAH_NAIK, 2026, 5, &p), -1);
	assert_int_equal(p.ada, 0);
	assert_non_null(p.catatan);
	const struct proyeksi_titik seri[] = {{2022, 1}, {2023, 2}};
	assert_int_equal(proyeksi_hitung(seri, 2, ARAH_RENTANG, 2026, 5, &p), 0);
	assert_int_equal(p.ada, 0);
	assert_non_null(p.catatan);
	assert_int_equal(proyeksi_hitung(seri, 2, ARAH_KATEGORI, 2026, 5, &p), 0);
	assert_int_equal(p.ada, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_pekalongan),	cmocka_unit_test(test_naik),
	    cmocka_unit_test(test_dua_titik),	cmocka_unit_test(test_satu_titik),
	    cmocka_unit_test(test_tahun_akhir), cmocka_unit_test(test_tidak_sah),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
