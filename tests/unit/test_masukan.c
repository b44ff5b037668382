/* Tests of the form-body reader of the web layer (src/web/masukan.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "util/util.h"
#include "web/masukan.h"

static const char *cari(const char *body, const char *nama, struct arena *a)
{
	return masukan_form_cari(body, strlen(body), nama, 100, a);
}

/*
 * A field's name is percent-encoded by the browser like its value: an
 * indicator code with "/" (DINDIKBUD/RK_BAIK, most OPD indicators) arrives
 * as n_DINDIKBUD%2FRK_BAIK and must be found by its decoded name.
 */
static void test_nama_dikodekan(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	const char *body = "csrf=x&n_DINDIKBUD%2FRK_BAIK=77%2C5&n_HLS=12&n_a+b=3&n_%41=4";
	assert_string_equal(cari(body, "n_DINDIKBUD/RK_BAIK", &a), "77,5");
	assert_string_equal(cari(body, "n_HLS", &a), "12");
	assert_string_equal(cari(body, "n_a b", &a), "3"); /* '+' is a space in names too */
	assert_string_equal(cari(body, "n_A", &a), "4");
	assert_null(cari(body, "n_DINDIKBUD%2FRK_BAIK", &a)); /* the encoded text is not a name */
	assert_null(cari(body, "n_DINDIKBUD", &a));
	assert_null(cari(body, "n_HL", &a));
	assert_string_equal(cari("k=1&k=2", "k", &a), "1"); /* the first of a name */
	assert_string_equal(cari("k=", "k", &a), "");
	assert_null(cari("k", "k", &a)); /* no '=': no value */
	assert_null(cari("n_A%00x=5", "n_A", &a)); /* not cut at a NUL */
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_nama_dikodekan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
