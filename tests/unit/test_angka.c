/* Tests of number parsing and Indonesian formatting (src/core/angka.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
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
	const char *salah[] = {"abc",	   "1,2,3.4,5", "1.2.3,4,5", "12a",  "1..2",
			       "1.23.456", "1,23,456",	",5",	     "1,",   "--1",
			       "1e5",	   "Rp 100",	"12%",	     "1 234"};
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
	assert_string_equal(angka_format(1384644172872.0, 0, out, sizeof(out)),
			    "1.384.644.172.872");
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

/* ---- the fast paths against the snprintf/strtod ones they replaced ---- */

static uint64_t acak_s = 0x9E3779B97F4A7C15ULL;

static uint64_t acak(void) /* xorshift64*: the same values on every run */
{
	acak_s ^= acak_s >> 12;
	acak_s ^= acak_s << 25;
	acak_s ^= acak_s >> 27;
	return acak_s * 2685821657736338717ULL;
}

static int sama_bit(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

/*
 * Writes the digits int_.frac (int_ may have leading zeros) in one writing:
 * 0 plain with '.', 1 Indonesian (',' decimal, '.' groups), 2 international
 * with ',' groups; returns the gaya to parse it with.
 */
static enum angka_gaya tulis_angka(char *out, int neg, const char *int_, const char *frac, int cara)
{
	char *q = out;
	if (neg)
		*q++ = '-';
	size_t ni = strlen(int_);
	for (size_t i = 0; i < ni; i++) {
		if (cara && i && (ni - i) % 3 == 0)
			*q++ = cara == 1 ? '.' : ',';
		*q++ = int_[i];
	}
	if (*frac) {
		*q++ = cara == 1 ? ',' : '.';
		q += sprintf(q, "%s", frac);
	}
	*q = '\0';
	return cara == 1 ? GAYA_ID : GAYA_INTL;
}

/* strtod of [-]int_.frac: what angka_parse computed before (the digits through strtod). */
static double strtod_digit(int neg, const char *int_, const char *frac)
{
	char c[80];
	snprintf(c, sizeof(c), "%s%s%s%s", neg ? "-" : "", *int_ ? int_ : "0", *frac ? "." : "",
		 frac);
	double v = strtod(c, NULL);
	return v == 0 ? 0.0 : v;
}

static void cek_parse(int neg, const char *int_, const char *frac, int cara)
{
	char s[96];
	/* grouped writings that read otherwise: "0.123" (a decimal), "891,783" (a decimal comma) */
	if (int_[0] == '0' || (cara == 2 && !*frac))
		cara = 0;
	enum angka_gaya gaya = tulis_angka(s, neg, int_, frac, cara);
	double v = -777;
	enum angka_hasil h = angka_parse(s, gaya, &v, NULL);
	/* an integer digit is required; leading zeros count towards the 17, as before */
	int sah = *int_ && strlen(int_) <= 17 && strlen(frac) <= 15;
	double harap = strtod_digit(neg, int_, frac);
	if (sah && fabs(harap) >= 1e17)
		sah = 0;
	if (!sah) {
		if (h != ANGKA_TIDAK_SAH)
			fail_msg("%s: %d, harus tidak sah", s, h);
		return;
	}
	if (h != ANGKA_OK || !sama_bit(v, harap))
		fail_msg("%s: %d %.17g, harus %.17g", s, h, v, harap);
}

static void digit_acak(char *out, int n, int nol_depan)
{
	for (int i = 0; i < n; i++)
		out[i] = (char)('0' + acak() % 10);
	if (n && !nol_depan && out[0] == '0')
		out[0] = (char)('1' + acak() % 9);
	out[n] = '\0';
}

static void test_parse_sama_strtod(void **state)
{
	(void)state;
	/* Edge cases: ties of the 53-bit rounding, the bounds, leading zeros, many decimals. */
	static const char *const tepi[][2] = {
	    {"0", ""},
	    {"0", "0"},
	    {"", "5"},
	    {"0", "000000000000001"},
	    {"0", "1"},
	    {"0", "3"},
	    {"0", "7"},
	    {"1", "005"},
	    {"72", "466666666666669"},
	    {"9007199254740992", ""},
	    {"9007199254740993", ""},
	    {"9007199254740995", ""},
	    {"9007199254740993", "5"},
	    {"18014398509481985", ""},
	    {"99999999999999999", ""},
	    {"99999999999999999", "999999999999999"},
	    {"00000000000000001", ""},
	    {"000000000000000001", ""},
	    {"100000000000000000", ""},
	    {"4503599627370495", "5"},
	    {"4503599627370496", "25"},
	    {"1384644172872", "5"},
	    {"12345678901234567", "890123456789012"},
	    {"0", "999999999999999"},
	    {"1", "0000000000000002"},
	    {"123", "4567890123456789"},
	};
	for (size_t i = 0; i < sizeof(tepi) / sizeof(tepi[0]); i++)
		for (int neg = 0; neg < 2; neg++)
			for (int cara = 0; cara < 3; cara++)
				cek_parse(neg, tepi[i][0], tepi[i][1], cara);
	/* Random digit strings of every length: at least one integer digit, as the parser wants. */
	for (int k = 0; k < 150000; k++) {
		char ip[24], fp[24];
		int ni = 1 + (int)(acak() % 18), nf = (int)(acak() % 17);
		digit_acak(ip, ni, acak() % 8 == 0);
		digit_acak(fp, nf, 1);
		cek_parse(acak() % 2, ip, fp, (int)(acak() % 3));
	}
}

/* angka_format_kanonik before its fast path: the shortest %g, else the shortest %f. */
static char *kanonik_lama(double v, char *out, size_t n)
{
	char tmp[400];
	if (!isfinite(v)) {
		snprintf(out, n, "-");
		return out;
	}
	if (v == 0)
		v = 0.0;
	int ok = 0;
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*g", prec, v);
		if (strtod(tmp, NULL) == v) {
			ok = 1;
			break;
		}
	}
	if (!ok || strchr(tmp, 'e')) {
		for (int d = 0; d <= 30; d++) {
			snprintf(tmp, sizeof(tmp), "%.*f", d, v);
			if (strtod(tmp, NULL) == v)
				break;
		}
	}
	char *p = strchr(tmp, '.');
	if (p)
		*p = ',';
	snprintf(out, n, "%s", tmp);
	return out;
}

static double pangkat(uint64_t e)
{
	double p = 1;
	while (e--)
		p *= 10;
	return p;
}

static void cek_kanonik(double v)
{
	char a[400], b[400];
	angka_format_kanonik(v, a, sizeof(a));
	kanonik_lama(v, b, sizeof(b));
	if (strcmp(a, b) != 0)
		fail_msg("%.17g: '%s', harus '%s'", v, a, b);
}

static void test_kanonik_sama_snprintf(void **state)
{
	(void)state;
	static const double tepi[] = {0.0,
				      -0.0,
				      1,
				      -1,
				      0.5,
				      0.05,
				      0.1,
				      0.3,
				      1e-7,
				      1.5e-5,
				      123456789012345.6,
				      9007199254740991.0,
				      9007199254740992.0,
				      9007199254740993.0,
				      4503599627370495.5,
				      1e15,
				      1e16,
				      1e17,
				      1e22,
				      1e23,
				      1e300,
				      5e-324,
				      2.2250738585072014e-308,
				      72.466666666666669,
				      1384644172872.5,
				      0.1 + 0.2,
				      1.0 / 3,
				      2.0 / 3,
				      100,
				      1200000,
				      99.99,
				      999999999999999.9,
				      /* ties at a shorter length: 217,5 at one decimal */
				      21.75,
				      -21.75,
				      0.125,
				      2.5,
				      0.0625,
				      281474976710656.25,
				      INFINITY,
				      -INFINITY,
				      NAN};
	for (size_t i = 0; i < sizeof(tepi) / sizeof(tepi[0]); i++)
		cek_kanonik(tepi[i]);
	char out[64];
	assert_string_equal(angka_format_kanonik(21.75, out, sizeof(out)), "21,75");
	assert_string_equal(angka_format_kanonik(-0.0625, out, sizeof(out)), "-0,0625");
	for (int k = 0; k < 60000; k++) {
		double v;
		switch (k % 4) {
		case 0: { /* what the importer stores: a decimal as users write it */
			char ip[24], fp[24];
			digit_acak(ip, 1 + (int)(acak() % 16), 0);
			digit_acak(fp, (int)(acak() % 16), 1);
			v = strtod_digit(acak() % 2, ip, fp);
			break;
		}
		case 1: /* any finite double */
			do {
				uint64_t u = acak();
				memcpy(&v, &u, sizeof(v));
			} while (!isfinite(v));
			break;
		case 2: /* a multiple of a power of two near the limits of 53 bits */
			v = ldexp((double)(acak() >> 11), -(int)(acak() % 70));
			break;
		default: /* a short decimal scaled, e.g. 7,25e-3 */
			v = (double)(acak() % 100000) / pangkat(acak() % 12);
			break;
		}
		cek_kanonik(v);
		/* and every canonical writing reads back to the same double */
		angka_format_kanonik(v, out, sizeof(out));
		double back;
		if (fabs(v) < 1e17 && strlen(out) < 60 &&
		    angka_parse(out, GAYA_ID, &back, NULL) == ANGKA_OK &&
		    !sama_bit(back, v == 0 ? 0.0 : v))
			fail_msg("%s dibaca %.17g, harus %.17g", out, back, v);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_parse_penulisan),
	    cmocka_unit_test(test_parse_bukti),
	    cmocka_unit_test(test_parse_ambigu),
	    cmocka_unit_test(test_parse_kosong_dan_salah),
	    cmocka_unit_test(test_rentang),
	    cmocka_unit_test(test_format),
	    cmocka_unit_test(test_kanonik_pulang_pergi),
	    cmocka_unit_test(test_parse_sama_strtod),
	    cmocka_unit_test(test_kanonik_sama_snprintf),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
