/* Tests of the shared helpers (src/util): buffer, arena, escaping, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "util/util.h"

static void test_esc_html(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	buf_esc_html(&b, "<a href=\"x\">Tom & Jerry's</a>");
	assert_string_equal(b.data, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
	buf_reset(&b);
	buf_esc_html(&b, NULL);
	buf_esc_html(&b, "");
	buf_esc_html(&b, "Capaian 72,47%");
	assert_string_equal(b.data, "Capaian 72,47%");
	buf_release(&b);
}

static void test_buf(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	for (int i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 2000);
	assert_int_equal(b.data[1998], '9');
	char *p = buf_detach(&b);
	assert_null(b.data);
	assert_int_equal(strlen(p), 2000);
	buf_adopt(&b, p, 3);
	p[3] = '\0';
	assert_string_equal(b.data, "0,1");
	buf_release(&b);
}

static void test_arena(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	char *x = arena_strdup(&a, "kinerja");
	char *big = arena_alloc(&a, 200000); /* larger than a block: its own block */
	big[199999] = 1;
	assert_string_equal(x, "kinerja");
	assert_string_equal(arena_printf(&a, "%s-%d", "S", 10), "S-10");
	assert_null(arena_strdup(&a, NULL));
	arena_release(&a);
}

static void test_galat(void **state)
{
	(void)state;
	struct galat g;
	galat_init(&g);
	assert_int_equal(galat_di(&g, "target.csv", 4, "target", "'%s' bukan angka", "x"), -1);
	char line[256];
	galat_format(&g, line, sizeof(line));
	assert_string_equal(line, "target.csv baris 4 kolom target: 'x' bukan angka");
	assert_int_equal(g.pengguna, 1);
	char s[] = "  dua spasi \t";
	assert_string_equal(str_trim(s), "dua spasi");
	assert_true(str_sama("Sangat Tinggi", "sangat tinggi"));
	assert_false(str_sama("Tinggi", "Tinggi "));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_esc_html),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_galat),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
