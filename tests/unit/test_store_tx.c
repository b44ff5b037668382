/*
 * A write transaction's end tells the truth on both engines: when a statement
 * of the transaction failed and its caller went on (PostgreSQL then aborts the
 * whole transaction and answers COMMIT with ROLLBACK), store_commit either
 * reports the failure or the transaction's other writes are kept; never success
 * with nothing stored. The database is KINERJA_TEST_DB (tests/cli/pg_store.sh
 * runs this program again on PostgreSQL), or a temporary SQLite file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "store/store_int.h"

static char dir[64], path[256];

static void test_commit_setelah_gagal(void **state)
{
	(void)state;
	struct galat g;
	galat_init(&g);
	struct store *s;
	assert_int_equal(store_open(path, STORE_BUAT, &s, &g), 0);
	struct pemda p = {.kode = "98.01",
			  .nama = "Uji Transaksi",
			  .jenis = "kota",
			  .periode_awal = 2021,
			  .periode_akhir = 2026};
	assert_int_equal(store_begin(s, &g), 0);
	assert_int_equal(store_simpan_pemda(s, &p, "uji", NULL, &g), 0);
	/* A statement that fails (no such table), its error deliberately set aside. */
	struct store_st *st = store_st(s, "INSERT INTO tabel_tak_ada(x) VALUES (1)", &g);
	int gagal = !st || store_jalan(s, st, &g);
	assert_true(gagal);
	galat_init(&g);
	int rc = store_commit(s, &g);
	int ada = store_pemda_ada(s, "98.01");
	assert_true(ada >= 0);
	if (rc == 0)
		assert_int_equal(ada, 1); /* success means the pemda was kept */
	else
		assert_int_equal(ada, 0); /* a failure keeps nothing, and says so */
	if (rc)
		assert_true(g.pesan[0] != '\0');
	/* SQLite keeps the transaction past a failed statement; PostgreSQL cannot. */
	if (store_pg(path))
		assert_int_not_equal(rc, 0);
	else
		assert_int_equal(rc, 0);
	store_close(s);
}

/* Writes pemda kode, then (as an import does) a realisasi of an indicator that does not exist. */
static int tulis_yatim(struct store *s, const char *kode, struct galat *g)
{
	struct pemda p = {.kode = kode,
			  .nama = "Uji Yatim",
			  .jenis = "kota",
			  .periode_awal = 2021,
			  .periode_akhir = 2026};
	if (store_simpan_pemda(s, &p, "uji", NULL, g))
		return -1;
	struct realisasi r = {.indikator = "TAK.ADA", .tahun = 2022, .triwulan = 0,
			      .nilai = {.jenis = NILAI_ANGKA, .a = 5}};
	return store_simpan_realisasi(s, kode, &r, "uji", NULL, g);
}

/*
 * A bulk import's transaction into an empty database (store_begin_curah, which
 * SQLite checks for foreign keys once at the commit): a row whose parent does
 * not exist fails the import and nothing of it is kept, on both engines; the
 * connection checks row by row again afterwards.
 */
static void test_curah_yatim(void **state)
{
	(void)state;
	struct galat g;
	galat_init(&g);
	struct store *s;
	assert_int_equal(store_open(path, STORE_BUAT, &s, &g), 0);
	assert_int_equal(store_pemda_ada(s, "98.02"), 0); /* the database holds no pemda */
	assert_int_equal(store_begin_curah(s, &g), 0);
	store_audit_sisip(s, 0); /* the bulk path, as layanan_impor */
	int rc = tulis_yatim(s, "98.02", &g);
	if (rc == 0)
		rc = store_commit(s, &g);
	else
		store_rollback(s);
	store_audit_sisip(s, 1);
	assert_int_not_equal(rc, 0);
	assert_true(g.pesan[0] != '\0');
	if (!store_pg(path)) /* SQLite's deferred check names the row */
		assert_non_null(strstr(g.pesan, "baris realisasi (rowid 1) merujuk indikator yang tidak ada"));
	assert_int_equal(store_pemda_ada(s, "98.02"), 0);

	/* Then a plain write transaction: refused at once or at the commit, nothing kept. */
	galat_init(&g);
	assert_int_equal(store_begin(s, &g), 0);
	rc = tulis_yatim(s, "98.03", &g);
	if (rc == 0)
		rc = store_commit(s, &g);
	else
		store_rollback(s);
	assert_int_not_equal(rc, 0);
	assert_int_equal(store_pemda_ada(s, "98.03"), 0);
	if (!store_pg(path)) { /* foreign keys are on again, checked row by row */
		struct store_st *st = store_st(s, "PRAGMA foreign_keys", &g);
		assert_non_null(st);
		assert_int_equal(s->o->langkah(st), 1);
		assert_int_equal(s->o->kol_int(st, 0), 1);
		s->o->ulang(st);
	}
	store_close(s);
}

int main(void)
{
	const char *db = getenv("KINERJA_TEST_DB");
	if (db && *db) {
		snprintf(path, sizeof(path), "%s", db);
	} else {
		snprintf(dir, sizeof(dir), "/tmp/kinerja-uji-XXXXXX");
		if (!mkdtemp(dir))
			return 1;
		snprintf(path, sizeof(path), "%s/t.db", dir);
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_curah_yatim), /* first: into the empty database */
		cmocka_unit_test(test_commit_setelah_gagal),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	if (dir[0]) {
		unlink(path);
		char p2[300];
		snprintf(p2, sizeof(p2), "%s-wal", path);
		unlink(p2);
		snprintf(p2, sizeof(p2), "%s-shm", path);
		unlink(p2);
		rmdir(dir);
	}
	return rc;
}
