/*
 * Tests of target and realisasi values (src/core/nilai.c): parsing a cell
 * into a number, a range or a category, in Indonesian and international
 * writing, the canonical writing the store keeps and the display writing.
 * Expected values are written by hand from format-impor.md and angka.h.
 * (A range written high-low, "5-3", is deliberately not asserted here.)
 */
#include "core/nilai.h"
#include "uji_model.h"

/* Parses s into *v with the model's arena; returns the result code. */
static enum angka_hasil baca(void **state, const char *s, enum angka_gaya gaya, const char *skala,
			     int bebas, struct nilai *v, enum angka_gaya *bukti)
{
	struct model *m = *state;
	const struct skala *sk = skala ? model_skala(m, skala) : NULL;
	if (skala)
		assert_non_null(sk);
	return nilai_parse(s, gaya, sk, bebas, &m->arena, v, bukti);
}

/* A cell that must be a number; returns it. */
static double angka_ok(void **state, const char *s, enum angka_gaya gaya)
{
	struct nilai v;
	assert_int_equal(baca(state, s, gaya, NULL, 0, &v, NULL), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_ANGKA);
	assert_non_null(v.teks);
	assert_string_equal(v.teks, s);
	return v.a;
}

static void test_angka_dua_penulisan(void **state)
{
	struct nilai v;
	enum angka_gaya g;

	/* Indonesian: "," decimal, "." thousands; the cell proves its writing. */
	assert_int_equal(baca(state, "8,64", GAYA_TIDAK_TAHU, NULL, 0, &v, &g), ANGKA_OK);
	assert_dekat(v.a, 8.64, 1e-12);
	assert_int_equal(g, GAYA_ID);
	assert_dekat(angka_ok(state, "1.384.644.172.872", GAYA_TIDAK_TAHU), 1384644172872.0, 0);
	assert_dekat(angka_ok(state, "1.234,5", GAYA_TIDAK_TAHU), 1234.5, 0);
	/* International: "." decimal, "," thousands. */
	assert_int_equal(baca(state, "72.47", GAYA_TIDAK_TAHU, NULL, 0, &v, &g), ANGKA_OK);
	assert_dekat(v.a, 72.47, 1e-12);
	assert_int_equal(g, GAYA_INTL);
	assert_dekat(angka_ok(state, "1,384,644,172,872.50", GAYA_TIDAK_TAHU), 1384644172872.5, 0);
	/* A lone "." before one digit is a decimal mark whatever the column says. */
	assert_dekat(angka_ok(state, "1.5", GAYA_ID), 1.5, 0);
	/* Signs and blanks; the text is kept as entered. */
	assert_dekat(angka_ok(state, "-1,29", GAYA_TIDAK_TAHU), -1.29, 1e-12);
	assert_dekat(angka_ok(state, "+5", GAYA_TIDAK_TAHU), 5, 0);
	assert_dekat(angka_ok(state, " 8,64 ", GAYA_TIDAK_TAHU), 8.64, 1e-12);
	/* An integer proves nothing. */
	assert_int_equal(baca(state, "74", GAYA_TIDAK_TAHU, NULL, 0, &v, &g), ANGKA_OK);
	assert_int_equal(g, GAYA_TIDAK_TAHU);
}

static void test_angka_ambigu(void **state)
{
	struct nilai v;
	/* "1.234": thousands in an Indonesian column, a decimal in an international one. */
	assert_int_equal(baca(state, "1.234", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL), ANGKA_AMBIGU);
	assert_int_equal(v.jenis, NILAI_KOSONG);
	assert_dekat(angka_ok(state, "1.234", GAYA_ID), 1234, 0);
	assert_dekat(angka_ok(state, "1.234", GAYA_INTL), 1.234, 1e-12);
	/* Ambiguous even with a category scale: a number-like cell is never a category. */
	assert_int_equal(baca(state, "1.000", GAYA_TIDAK_TAHU, "opini_bpk", 0, &v, NULL),
			 ANGKA_AMBIGU);
}

static void test_kosong_dan_tidak_sah(void **state)
{
	struct nilai v;
	enum angka_gaya g = GAYA_ID;
	const char *kosong[] = {"", "   ", "-", "n/a", "N/A"};
	for (size_t i = 0; i < sizeof(kosong) / sizeof(kosong[0]); i++) {
		assert_int_equal(baca(state, kosong[i], GAYA_TIDAK_TAHU, NULL, 1, &v, &g),
				 ANGKA_KOSONG);
		assert_int_equal(v.jenis, NILAI_KOSONG);
		assert_null(v.teks);
		assert_int_equal(g, GAYA_TIDAK_TAHU);
	}
	/* Not numbers, and no free categories allowed. */
	const char *salah[] = {"12,7x8", "1e5", "1,5e3", "--3", "3-", "abc"};
	for (size_t i = 0; i < sizeof(salah) / sizeof(salah[0]); i++) {
		if (baca(state, salah[i], GAYA_TIDAK_TAHU, NULL, 0, &v, NULL) != ANGKA_TIDAK_SAH)
			print_error("'%s' was accepted\n", salah[i]);
		assert_int_equal(baca(state, salah[i], GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
				 ANGKA_TIDAK_SAH);
	}
}

static void test_batas(void **state)
{
	struct nilai v;
	/* Magnitude below 1e17: 10^16 is accepted, 10^17 and 99999999999999999 (which is
	 * 1e17 as a double) are not, whatever the sign. */
	assert_dekat(angka_ok(state, "10000000000000000", GAYA_TIDAK_TAHU), 1e16, 0);
	assert_int_equal(baca(state, "100000000000000000", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
			 ANGKA_TIDAK_SAH);
	assert_int_equal(baca(state, "99999999999999999", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
			 ANGKA_TIDAK_SAH);
	assert_int_equal(baca(state, "-99999999999999999", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
			 ANGKA_TIDAK_SAH);
	/* At most 15 decimals. */
	assert_dekat(angka_ok(state, "0,123456789012345", GAYA_TIDAK_TAHU), 0.123456789012345, 0);
	assert_int_equal(baca(state, "0,1234567890123456", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
			 ANGKA_TIDAK_SAH);
	/* A free category is at most 127 characters. */
	char panjang[129];
	memset(panjang, 'K', 127);
	panjang[127] = '\0';
	assert_int_equal(baca(state, panjang, GAYA_TIDAK_TAHU, NULL, 1, &v, NULL), ANGKA_OK);
	assert_int_equal(strlen(v.kategori), 127);
	panjang[127] = 'K';
	panjang[128] = '\0';
	assert_int_equal(baca(state, panjang, GAYA_TIDAK_TAHU, NULL, 1, &v, NULL), ANGKA_TIDAK_SAH);
}

static void test_rentang(void **state)
{
	struct nilai v;
	enum angka_gaya g;

	assert_int_equal(baca(state, "3-5", GAYA_TIDAK_TAHU, NULL, 0, &v, &g), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_RENTANG);
	assert_dekat(v.a, 3, 0);
	assert_dekat(v.b, 5, 0);
	assert_string_equal(v.teks, "3-5");
	assert_int_equal(g, GAYA_TIDAK_TAHU);
	/* Blanks and an en dash (U+2013) as printed in a PDF. */
	assert_int_equal(baca(state, "3 \xe2\x80\x93 5", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
			 ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_RENTANG);
	assert_dekat(v.a, 3, 0);
	assert_dekat(v.b, 5, 0);
	/* Each writing, proved by a bound. */
	assert_int_equal(baca(state, "4,5-5,5", GAYA_TIDAK_TAHU, NULL, 0, &v, &g), ANGKA_OK);
	assert_dekat(v.a, 4.5, 0);
	assert_dekat(v.b, 5.5, 0);
	assert_int_equal(g, GAYA_ID);
	assert_int_equal(baca(state, "4.5-5.5", GAYA_TIDAK_TAHU, NULL, 0, &v, &g), ANGKA_OK);
	assert_dekat(v.a, 4.5, 0);
	assert_dekat(v.b, 5.5, 0);
	assert_int_equal(g, GAYA_INTL);
	/* A negative lower bound; a negative number alone is not a range. */
	assert_int_equal(baca(state, "-3-5", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_RENTANG);
	assert_dekat(v.a, -3, 0);
	assert_dekat(v.b, 5, 0);
	assert_int_equal(baca(state, "-1,29", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_ANGKA);
	/* Ambiguous bounds need the column's writing. */
	assert_int_equal(baca(state, "1.234-2.000", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL),
			 ANGKA_AMBIGU);
	assert_int_equal(baca(state, "1.234-2.000", GAYA_ID, NULL, 0, &v, NULL), ANGKA_OK);
	assert_dekat(v.a, 1234, 0);
	assert_dekat(v.b, 2000, 0);
}

static void test_kategori(void **state)
{
	struct nilai v;
	/* Of a scale: spelled as in the scale, whatever the case and blanks entered. */
	assert_int_equal(baca(state, "wtp", GAYA_TIDAK_TAHU, "opini_bpk", 0, &v, NULL), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_KATEGORI);
	assert_string_equal(v.kategori, "WTP");
	assert_string_equal(v.teks, "wtp");
	assert_int_equal(baca(state, " sangat tinggi ", GAYA_TIDAK_TAHU, "lppd", 0, &v, NULL),
			 ANGKA_OK);
	assert_string_equal(v.kategori, "Sangat Tinggi");
	assert_string_equal(v.teks, " sangat tinggi ");
	/* Unknown to the scale: refused, also when free categories are allowed. */
	assert_int_equal(baca(state, "WTP-DPP", GAYA_TIDAK_TAHU, "opini_bpk", 1, &v, NULL),
			 ANGKA_TIDAK_SAH);
	/* A number stays a number with a scale (an AKIP score). */
	assert_int_equal(baca(state, "54,96", GAYA_TIDAK_TAHU, "akip", 0, &v, NULL), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_ANGKA);
	assert_dekat(v.a, 54.96, 1e-12);
	/* Without a scale: a free category only when allowed, trimmed. */
	assert_int_equal(baca(state, " Baik ", GAYA_TIDAK_TAHU, NULL, 1, &v, NULL), ANGKA_OK);
	assert_int_equal(v.jenis, NILAI_KATEGORI);
	assert_string_equal(v.kategori, "Baik");
	assert_string_equal(v.teks, " Baik ");
	assert_int_equal(baca(state, "Baik", GAYA_TIDAK_TAHU, NULL, 0, &v, NULL), ANGKA_TIDAK_SAH);
}

/* The canonical writing of a parsed cell. */
static const char *kanonik(void **state, const char *s, enum angka_gaya gaya, char *out, size_t n)
{
	struct nilai v;
	assert_int_equal(baca(state, s, gaya, "opini_bpk", 0, &v, NULL), ANGKA_OK);
	return nilai_kanonik(&v, out, n);
}

static void test_kanonik(void **state)
{
	char o[64];
	/* Indonesian, shortest, no grouping, whichever writing was entered. */
	assert_string_equal(kanonik(state, "8,64", GAYA_TIDAK_TAHU, o, sizeof(o)), "8,64");
	assert_string_equal(kanonik(state, "72.47", GAYA_TIDAK_TAHU, o, sizeof(o)), "72,47");
	assert_string_equal(kanonik(state, "-1,29", GAYA_TIDAK_TAHU, o, sizeof(o)), "-1,29");
	assert_string_equal(kanonik(state, "1.384.644.172.872,50", GAYA_TIDAK_TAHU, o, sizeof(o)),
			    "1384644172872,5");
	assert_string_equal(kanonik(state, "1,384,644,172,872.50", GAYA_TIDAK_TAHU, o, sizeof(o)),
			    "1384644172872,5");
	assert_string_equal(kanonik(state, "1.234", GAYA_ID, o, sizeof(o)), "1234");
	assert_string_equal(kanonik(state, "1.234", GAYA_INTL, o, sizeof(o)), "1,234");
	assert_string_equal(kanonik(state, "+5", GAYA_TIDAK_TAHU, o, sizeof(o)), "5");
	assert_string_equal(kanonik(state, "10000000000000000", GAYA_TIDAK_TAHU, o, sizeof(o)),
			    "10000000000000000");
	/* Ranges "lo-hi" without blanks or dashes of other kinds. */
	assert_string_equal(kanonik(state, "3 \xe2\x80\x93 5", GAYA_TIDAK_TAHU, o, sizeof(o)),
			    "3-5");
	assert_string_equal(kanonik(state, "4.5-5.5", GAYA_TIDAK_TAHU, o, sizeof(o)), "4,5-5,5");
	assert_string_equal(kanonik(state, "-3-5", GAYA_TIDAK_TAHU, o, sizeof(o)), "-3-5");
	/* Categories as spelled in the scale; no value is the empty string. */
	assert_string_equal(kanonik(state, " wdp", GAYA_TIDAK_TAHU, o, sizeof(o)), "WDP");
	struct nilai v = kosong();
	assert_string_equal(nilai_kanonik(&v, o, sizeof(o)), "");
	/* A short buffer is truncated, never overrun. */
	char kecil[4];
	v = rentang(4.5, 5.5);
	assert_string_equal(nilai_kanonik(&v, kecil, sizeof(kecil)), "4,5");
}

/* Every parsed value reads back exactly (the same double) from its canonical writing. */
static void test_kanonik_pulang_pergi(void **state)
{
	const char *sel[] = {"8,64",
			     "0,1",
			     "0,123456789012345",
			     "72.47",
			     "-19,5159",
			     "1.384.644.172.872,50",
			     "9007199254740993",
			     "12345678901234567",
			     "10000000000000000",
			     "3-5",
			     "4,5-5,5",
			     "-0,001-0,002"};
	for (size_t i = 0; i < sizeof(sel) / sizeof(sel[0]); i++) {
		struct nilai v, w;
		char o[64], o2[64];
		assert_int_equal(baca(state, sel[i], GAYA_TIDAK_TAHU, NULL, 0, &v, NULL), ANGKA_OK);
		nilai_kanonik(&v, o, sizeof(o));
		assert_int_equal(baca(state, o, GAYA_ID, NULL, 0, &w, NULL), ANGKA_OK);
		if (memcmp(&v.a, &w.a, sizeof(v.a)) || memcmp(&v.b, &w.b, sizeof(v.b)))
			print_error("%s -> %s reads back as another value\n", sel[i], o);
		assert_int_equal(w.jenis, v.jenis);
		assert_memory_equal(&w.a, &v.a, sizeof(v.a));
		assert_memory_equal(&w.b, &v.b, sizeof(v.b));
		/* And the canonical writing of the canonical writing is itself. */
		assert_string_equal(nilai_kanonik(&w, o2, sizeof(o2)), o);
	}
	/* 2^53 + 1 is not a double: both writings are 9007199254740992. */
	char o[64];
	assert_string_equal(kanonik(state, "9007199254740993", GAYA_TIDAK_TAHU, o, sizeof(o)),
			    "9007199254740992");
}

static void test_tampil(void **state)
{
	(void)state;
	char o[64];
	struct nilai v = angka(72.4666);
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "72,47");
	v = angka(1384644172872.0);
	assert_string_equal(nilai_tampil(&v, 0, o, sizeof(o)), "1.384.644.172.872");
	v = angka(-19.5159);
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "-19,52");
	/* Half away from zero: 0,125 is exact in binary. */
	v = angka(0.125);
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "0,13");
	v = angka(-0.125);
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "-0,13");
	v = rentang(3, 5);
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "3,00-5,00");
	v = rentang(1000, 2500.5);
	assert_string_equal(nilai_tampil(&v, 1, o, sizeof(o)), "1.000,0-2.500,5");
	v = kat("WTP");
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "WTP");
	v = kosong();
	assert_string_equal(nilai_tampil(&v, 2, o, sizeof(o)), "n/a");
}

/* Decimals as written: the cell is parsed as on import, its teks kept. */
static int desimal(void **state, const char *s, enum angka_gaya gaya)
{
	struct nilai v;
	assert_int_equal(baca(state, s, gaya, NULL, 0, &v, NULL), ANGKA_OK);
	return nilai_desimal(&v);
}

static void test_desimal(void **state)
{
	assert_int_equal(desimal(state, "80,00", GAYA_ID), 2);
	assert_int_equal(desimal(state, "72", GAYA_ID), 0);
	assert_int_equal(desimal(state, "0,4", GAYA_ID), 1);
	assert_int_equal(desimal(state, "4.200,00", GAYA_ID), 2);
	assert_int_equal(desimal(state, "1.234", GAYA_ID), 0);	/* thousands */
	assert_int_equal(desimal(state, "72.47", GAYA_INTL), 2); /* a decimal point */
	assert_int_equal(desimal(state, "1,234,567.5", GAYA_INTL), 1); /* "," groups thousands */
	assert_int_equal(desimal(state, "1.234,56789", GAYA_ID), 4); /* at most 4 */
	assert_int_equal(desimal(state, "28-32", GAYA_ID), 0);
	assert_int_equal(desimal(state, "28-32,5", GAYA_ID), 1); /* the more of its ends */
	/* not typed in (a sum, a mean): as few as write it, at most 2 */
	struct nilai v = angka(7);
	assert_int_equal(nilai_desimal(&v), 0);
	v = angka(72.5);
	assert_int_equal(nilai_desimal(&v), 1);
	v = angka(72.3333);
	assert_int_equal(nilai_desimal(&v), 2);
	v = kat("WTP");
	assert_int_equal(nilai_desimal(&v), 0);
}

/* A target and its realisasi print with the same decimals; a range as entered. */
static void test_cetak_sebaris(void **state)
{
	struct model *m = *state;
	struct nilai t, r;
	char o[64];
	assert_int_equal(nilai_parse("80,00", GAYA_ID, NULL, 0, &m->arena, &t, NULL), ANGKA_OK);
	assert_int_equal(nilai_parse("72", GAYA_ID, NULL, 0, &m->arena, &r, NULL), ANGKA_OK);
	assert_string_equal(nilai_cetak(&t, &r, o, sizeof(o)), "80,00");
	assert_string_equal(nilai_cetak(&r, &t, o, sizeof(o)), "72,00");
	assert_string_equal(nilai_cetak(&r, NULL, o, sizeof(o)), "72"); /* alone */
	assert_int_equal(nilai_parse("4000", GAYA_ID, NULL, 0, &m->arena, &t, NULL), ANGKA_OK);
	assert_int_equal(nilai_parse("4.200,00", GAYA_ID, NULL, 0, &m->arena, &r, NULL), ANGKA_OK);
	assert_string_equal(nilai_cetak(&t, &r, o, sizeof(o)), "4.000,00");
	assert_string_equal(nilai_cetak(&r, &t, o, sizeof(o)), "4.200,00");
	assert_int_equal(nilai_parse("28-32", GAYA_ID, NULL, 0, &m->arena, &t, NULL), ANGKA_OK);
	assert_int_equal(nilai_parse("34,5", GAYA_ID, NULL, 0, &m->arena, &r, NULL), ANGKA_OK);
	assert_string_equal(nilai_cetak(&t, &r, o, sizeof(o)), "28-32"); /* as entered */
	assert_string_equal(nilai_cetak(&r, &t, o, sizeof(o)), "34,5");
	assert_int_equal(nilai_parse("WTP", GAYA_ID, NULL, 1, &m->arena, &t, NULL), ANGKA_OK);
	assert_string_equal(nilai_cetak(&r, &t, o, sizeof(o)), "34,5"); /* a category: its own */
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, siapkan, bereskan)
	const struct CMUnitTest tests[] = {
	    T(test_angka_dua_penulisan),
	    T(test_angka_ambigu),
	    T(test_kosong_dan_tidak_sah),
	    T(test_batas),
	    T(test_rentang),
	    T(test_kategori),
	    T(test_kanonik),
	    T(test_kanonik_pulang_pergi),
	    T(test_tampil),
	    T(test_desimal),
	    T(test_cetak_sebaris),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
