/* Tests of number parsing and Indonesian formatting (src/core/angka.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "core/angka.h"
#include "uji_model.h"

static double ok(const char *s, enum angka_gaya gaya)
{
	double v = -12345;
	assert_int_equal(angka_parse(s, gaya, &v, NULL), ANGKA_OK);
	return v;
}

static void test_parse_penulisan(void **state)
{
	(void)state;
	/* Every writing listed in format-impor.md. */
	assert_dekat(ok("72,47", GAYA_TIDAK_TAHU), 72.47, 1e-12);
	assert_dekat(ok("1.384.644.172.872", GAYA_TIDAK_TAHU), 1384644172872.0, 1e-3);
	assert_dekat(ok("1.384.644.172.872,50", GAYA_TIDAK_TAHU), 1384644172872.5, 1e-3);
	assert_dekat(ok("72.47", GAYA_TIDAK_TAHU), 72.47, 1e-12);
	assert_dekat(ok("1,384,644,172,872.50", GAYA_TIDAK_TAHU), 1384644172872.5, 1e-3);
	assert_dekat(ok("-1,29", GAYA_TIDAK_TAHU), -1.29, 1e-12);
	assert_dekat(ok("  8,64 ", GAYA_TIDAK_TAHU), 8.64, 1e-12);
	assert_dekat(ok("74", GAYA_TIDAK_TAHU), 74, 0);
	assert_dekat(ok("0.123", GAYA_TIDAK_TAHU), 0.123, 1e-12);
	assert_dekat(ok("1234.567", GAYA_TIDAK_TAHU), 1234.567, 1e-9);
	/* A lone comma is a decimal mark, even before three digits. */
	assert_dekat(ok("1,384", GAYA_TIDAK_TAHU), 1.384, 1e-12);
}

static void test_parse_bukti(void **state)
{
	(void)state;
	double v;
	enum angka_gaya g;
	assert_int_equal(angka_parse("72,47", GAYA_TIDAK_TAHU, &v, &g), ANGKA_OK);
	assert_int_equal(g, GAYA_ID);
	assert_int_equal(angka_parse("72.47", GAYA_TIDAK_TAHU, &v, &g), ANGKA_OK);
	assert_int_equal(g, GAYA_INTL);
	assert_int_equal(angka_parse("1.234.567", GAYA_TIDAK_TAHU, &v, &g), ANGKA_OK);
	assert_int_equal(g, GAYA_ID);
	assert_int_equal(angka_parse("1,234,567", GAYA_TIDAK_TAHU, &v, &g), ANGKA_OK);
	assert_int_equal(g, GAYA_INTL);
	assert_int_equal(angka_parse("72", GAYA_TIDAK_TAHU, &v, &g), ANGKA_OK);
	assert_int_equal(g, GAYA_TIDAK_TAHU);
}

static void test_parse_ambigu(void **state)
{
	(void)state;
	double v;
	assert_int_equal(angka_parse("1.234", GAYA_TIDAK_TAHU, &v, NULL), ANGKA_AMBIGU);
	assert_int_equal(angka_parse("1.234", GAYA_ID, &v, NULL), ANGKA_OK);
	assert_dekat(v, 1234, 0);
	assert_int_equal(angka_parse("1.234", GAYA_INTL, &v, NULL), ANGKA_OK);
	assert_dekat(v, 1.234, 1e-12);
	assert_int_equal(angka_parse("-12.500", GAYA_TIDAK_TAHU, &v, NULL), ANGKA_AMBIGU);
}

static void test_parse_kosong_dan_salah(void **state)
{
	(void)state;
	double v;
	const char *kosong[] = {"", "  ", "-", "n/a", "N/A", " n/A "};
	for (size_t i = 0; i < sizeof(kosong) / sizeof(*kosong); i++)
		assert_int_equal(angka_parse(kosong[i], GAYA_TIDAK_TAHU, &v, NULL), ANGKA_KOSONG);
	const char *salah[] = {"abc", "1,2,3.4,5", "1.2.3,4,5", "12a", "1..2", "1.23.456",
			       "1,23,456", ",5", "1,", "--1", "1e5", "Rp 100", "12%", "1 234"};
	for (size_t i = 0; i < sizeof(salah) / sizeof(*salah); i++)
		assert_int_equal(angka_parse(salah[i], GAYA_TIDAK_TAHU, &v, NULL), ANGKA_TIDAK_SAH);
}

static void test_rentang(void **state)
{
	(void)state;
	char lo[32], hi[32];
	assert_true(angka_rentang_pisah("3-5", lo, sizeof(lo), hi, sizeof(hi)));
	assert_string_equal(lo, "3");
	assert_string_equal(hi, "5");
	assert_true(angka_rentang_pisah("3 - 5", lo, sizeof(lo), hi, sizeof(hi)));
	assert_string_equal(hi, "5");
	assert_true(angka_rentang_pisah("4,5 \xe2\x80\x93 5,5", lo, sizeof(lo), hi, sizeof(hi)));
	assert_string_equal(lo, "4,5");
	assert_string_equal(hi, "5,5");
	assert_true(angka_rentang_pisah("-2 - -1", lo, sizeof(lo), hi, sizeof(hi)));
	assert_string_equal(lo, "-2");
	assert_string_equal(hi, "-1");
	assert_false(angka_rentang_pisah("-1,29", lo, sizeof(lo), hi, sizeof(hi)));
	assert_false(angka_rentang_pisah("WTP", lo, sizeof(lo), hi, sizeof(hi)));
	assert_false(angka_rentang_pisah("3-", lo, sizeof(lo), hi, sizeof(hi)));
	assert_false(angka_rentang_pisah("-", lo, sizeof(lo), hi, sizeof(hi)));
}

static void test_format(void **state)
{
	(void)state;
	char out[64];
	assert_string_equal(angka_format(72.4666, 2, out, sizeof(out)), "72,47");
	assert_string_equal(angka_format(1384644172872.0, 0, out, sizeof(out)), "1.384.644.172.872");
	assert_string_equal(angka_format(-19.5159, 2, out, sizeof(out)), "-19,52");
	assert_string_equal(angka_format(101.3889, 2, out, sizeof(out)), "101,39");
	assert_string_equal(angka_format(1.005, 2, out, sizeof(out)), "1,01");
	assert_string_equal(angka_format(-1.005, 2, out, sizeof(out)), "-1,01");
	assert_string_equal(angka_format(-0.001, 2, out, sizeof(out)), "0,00");
	assert_string_equal(angka_format(999.995, 2, out, sizeof(out)), "1.000,00");
	assert_string_equal(angka_format_rp(685553559569LL, out, sizeof(out)), "685.553.559.569");
	assert_string_equal(angka_format_rp(-1000, out, sizeof(out)), "-1.000");
	assert_string_equal(angka_format_rp(0, out, sizeof(out)), "0");
	assert_dekat(angka_bulat(90.175, 2), 90.18, 1e-12);
	assert_dekat(angka_bulat(-2.5, 0), -3, 0);
}

static void test_kanonik_pulang_pergi(void **state)
{
	(void)state;
	char out[64];
	const double v[] = {8.64, -1.29, 1234, 0.1, 1e-7, 1384644172872.5, 72.466666666666669, 0};
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		angka_format_kanonik(v[i], out, sizeof(out));
		assert_null(strchr(out, '.'));
		double back;
		assert_int_equal(angka_parse(out, GAYA_TIDAK_TAHU, &back, NULL), ANGKA_OK);
		assert_true(back == v[i]);
	}
	assert_string_equal(angka_format_kanonik(8.64, out, sizeof(out)), "8,64");
	assert_string_equal(angka_format_kanonik(1234, out, sizeof(out)), "1234");
	/* The shortest writing: 15 digits where they suffice, else 16 or 17. */
	assert_string_equal(angka_format_kanonik(0.1 + 0.2, out, sizeof(out)), "0,30000000000000004");
	assert_string_equal(angka_format_kanonik(72.466666666666669, out, sizeof(out)),
			    "72,46666666666667");
	assert_string_equal(angka_format_kanonik(123456789012345.6, out, sizeof(out)),
			    "123456789012345,6");
	/* Never an exponent: spelled out. */
	assert_string_equal(angka_format_kanonik(1500, out, sizeof(out)), "1500");
	assert_string_equal(angka_format_kanonik(1e16, out, sizeof(out)), "10000000000000000");
	assert_string_equal(angka_format_kanonik(2.5e-7, out, sizeof(out)), "0,00000025");
	assert_string_equal(angka_format_kanonik(-0.0, out, sizeof(out)), "0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_penulisan), cmocka_unit_test(test_parse_bukti),
		cmocka_unit_test(test_parse_ambigu),    cmocka_unit_test(test_parse_kosong_dan_salah),
		cmocka_unit_test(test_rentang),         cmocka_unit_test(test_format),
		cmocka_unit_test(test_kanonik_pulang_pergi),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
