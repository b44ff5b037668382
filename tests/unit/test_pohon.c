/*
 * Tests of the pohon kinerja layout (src/report/pohon.c): rows in depth-first
 * order, indentation by depth, hidden children counted, elbow lines, a node
 * whose parent is not drawn becoming a root. Coordinates computed by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "report/pohon.h"

static const struct pohon_ukuran U = {.lebar = 200, .tinggi = 20, .jarak = 10, .indentasi = 16,
				      .tepi = 4};

static void garis(const struct pohon_garis *g, int x1, int y1, int x2, int y2)
{
	assert_int_equal(g->x1, x1);
	assert_int_equal(g->y1, y1);
	assert_int_equal(g->x2, x2);
	assert_int_equal(g->y2, y2);
}

/*
 * 0 root; 1 and 3 children of 0; 2 child of 1; 4 child of 3, not drawn.
 * Order 0, 1, 2, 3; row r at y = 4 + r x (20 + 10) = 4, 34, 64, 94;
 * x = 4 + depth x 16 = 4, 20, 36, 20; w = 200 - 4 - x = 192, 176, 160, 176.
 */
static void test_tata(void **state)
{
	(void)state;
	int induk[] = {-1, 0, 1, 0, 3};
	unsigned char tampil[] = {1, 1, 1, 1, 0};
	struct pohon_tata t;
	pohon_tata_hitung(induk, 5, tampil, &U, &t);
	assert_int_equal(t.n, 4);
	int simpul[] = {0, 1, 2, 3}, y[] = {4, 34, 64, 94}, x[] = {4, 20, 36, 20},
	    w[] = {192, 176, 160, 176}, dalam[] = {0, 1, 2, 1};
	for (int i = 0; i < 4; i++) {
		assert_int_equal(t.kotak[i].simpul, simpul[i]);
		assert_int_equal(t.kotak[i].y, y[i]);
		assert_int_equal(t.kotak[i].x, x[i]);
		assert_int_equal(t.kotak[i].w, w[i]);
		assert_int_equal(t.kotak[i].h, 20);
		assert_int_equal(t.kotak[i].dalam, dalam[i]);
	}
	/* node 3 keeps node 4 hidden */
	assert_int_equal(t.kotak[3].tersembunyi, 1);
	assert_int_equal(t.kotak[0].tersembunyi, 0);
	/* 94 + 20 + 4 */
	assert_int_equal(t.tinggi, 118);
	assert_int_equal(t.lebar, 200);
	/*
	 * Elbows leave the parent at x + 16 / 2 and end at the child's middle (y + 10):
	 * 1: (12,44)-(20,44); 2: (28,74)-(36,74), then 1's vertical from its bottom 54 to 74;
	 * 3: (12,104)-(20,104), then 0's vertical from 24 to 104 (3 is 0's last child).
	 */
	assert_int_equal(t.n_garis, 5);
	garis(&t.garis[0], 12, 44, 20, 44);
	garis(&t.garis[1], 28, 74, 36, 74);
	garis(&t.garis[2], 28, 54, 28, 74);
	garis(&t.garis[3], 12, 104, 20, 104);
	garis(&t.garis[4], 12, 24, 12, 104);
	pohon_tata_release(&t);
}

/* Parent 0 not drawn: 1 becomes a root at x 4, its child 2 at x 20; no line to 0. */
static void test_akar_tersembunyi(void **state)
{
	(void)state;
	int induk[] = {-1, 0, 1, 0};
	unsigned char tampil[] = {0, 1, 1, 1};
	struct pohon_tata t;
	pohon_tata_hitung(induk, 4, tampil, &U, &t);
	/* roots in index order: 1 (then its child 2), then 3 */
	assert_int_equal(t.n, 3);
	assert_int_equal(t.kotak[0].simpul, 1);
	assert_int_equal(t.kotak[0].x, 4);
	assert_int_equal(t.kotak[1].simpul, 2);
	assert_int_equal(t.kotak[1].x, 20);
	assert_int_equal(t.kotak[2].simpul, 3);
	assert_int_equal(t.kotak[2].x, 4);
	assert_int_equal(t.n_garis, 2);
	pohon_tata_release(&t);
}

/* A cycle (0 <-> 1) has no root: nothing of it is drawn; node 2 alone is. */
static void test_siklus(void **state)
{
	(void)state;
	int induk[] = {1, 0, -1};
	unsigned char tampil[] = {1, 1, 1};
	struct pohon_tata t;
	pohon_tata_hitung(induk, 3, tampil, &U, &t);
	assert_int_equal(t.n, 1);
	assert_int_equal(t.kotak[0].simpul, 2);
	assert_int_equal(t.n_garis, 0);
	assert_int_equal(t.tinggi, 4 + 20 + 4);
	pohon_tata_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_tata),
	    cmocka_unit_test(test_akar_tersembunyi),
	    cmocka_unit_test(test_siklus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
