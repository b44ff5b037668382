/* Tests of the PK signatories' rules (src/core/pegawai.c) and of the signing date (waktu.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/pegawai.h"
#include "core/waktu.h"

static void test_nip(void **state)
{
	(void)state;
	assert_true(pegawai_nip_sah("190001012000011001"));
	assert_true(pegawai_nip_sah("19000101 200001 1 001"));
	assert_false(pegawai_nip_sah("19000101 200001 1 00"));	 /* 17 digits */
	assert_false(pegawai_nip_sah("1900010120000110011"));	 /* 19 */
	assert_false(pegawai_nip_sah("19000101  200001 1 001")); /* two spaces */
	assert_false(pegawai_nip_sah(" 190001012000011001"));
	assert_false(pegawai_nip_sah("190001012000011001 "));
	assert_false(pegawai_nip_sah("19000101-200001-1-001"));
	assert_false(pegawai_nip_sah("19000101 200001 1 00x"));
	assert_false(pegawai_nip_sah(""));
	assert_false(pegawai_nip_sah(NULL));
}

/* No NIP: nothing, or "-" as forms write it for an elected regional head. */
static void test_tanpa_nip(void **state)
{
	(void)state;
	assert_true(pegawai_tanpa_nip(NULL));
	assert_true(pegawai_tanpa_nip(""));
	assert_true(pegawai_tanpa_nip("-"));
	assert_false(pegawai_tanpa_nip("--"));
	assert_false(pegawai_tanpa_nip(" - "));
	assert_false(pegawai_tanpa_nip("19000101 200001 1 001"));
}

static void test_panjang(void **state)
{
	(void)state;
	assert_int_equal(pegawai_panjang("Ani"), 3);
	assert_int_equal(pegawai_panjang("Dr. Ané"), 7); /* é is two bytes, one character */
	assert_int_equal(pegawai_panjang(""), 0);
	assert_int_equal(pegawai_panjang(NULL), 0);
}

static void test_tanggal(void **state)
{
	(void)state;
	assert_true(waktu_tanggal_sah("2021-01-15"));
	assert_true(waktu_tanggal_sah("2020-02-29"));
	assert_false(waktu_tanggal_sah("2021-02-29"));
	assert_false(waktu_tanggal_sah("2021-02-31"));
	assert_false(waktu_tanggal_sah("2021-13-01"));
	assert_false(waktu_tanggal_sah("2021-1-15"));
	assert_false(waktu_tanggal_sah("15-01-2021"));
	assert_false(waktu_tanggal_sah("2021-01-15 10:00"));
	/* the fill windows keep their rule */
	assert_true(waktu_wib_sah("2020-07-15 23:59"));
	assert_false(waktu_wib_sah("2020-07-15 24:00"));
	assert_false(waktu_wib_sah("2021-02-29 10:00"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_nip),
	    cmocka_unit_test(test_tanpa_nip),
	    cmocka_unit_test(test_panjang),
	    cmocka_unit_test(test_tanggal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
