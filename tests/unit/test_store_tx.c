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

/* The first row of sql on s as text, copied into out (""), for a PRAGMA's answer. */
static void satu_teks(struct store *s, const char *sql, char *out, size_t n)
{
	struct galat g;
	galat_init(&g);
	struct store_st *st = store_st(s, sql, &g);
	assert_non_null(st);
	assert_int_equal(s->o->langkah(st), 1);
	const char *v = s->o->kol_teks(st, 0);
	snprintf(out, n, "%s", v ? v : "");
	s->o->ulang(st);
}

enum { N_IND = 200, N_REAL = 6000 }; /* several of the driver's queues (ANTRI_BARIS rows) */

/*
 * Writes pemda kode with N_IND indicators and N_REAL realisasi (30 per
 * indicator: years 2021-2026, quarters 0-4; value = row number), as an import
 * does; the realisasi row number rusak (-1: none) gets quarter 9, which the
 * table's CHECK refuses. Stops at the first failure, as an import does.
 */
static int tulis_banyak(struct store *s, const char *kode, int rusak, struct galat *g)
{
	struct pemda p = {.kode = kode, .nama = "Uji Curah", .jenis = "kota",
			  .periode_awal = 2021, .periode_akhir = 2026};
	if (store_simpan_pemda(s, &p, "uji", NULL, g))
		return -1;
	struct rencana v = {.jenis = RENCANA_VISI, .kode = "V", .uraian = "Visi uji"};
	if (store_simpan_rencana(s, kode, &v, "uji", NULL, g))
		return -1;
	char ind[N_IND][16];
	for (int i = 0; i < N_IND; i++) {
		snprintf(ind[i], sizeof(ind[i]), "I%d", i);
		struct indikator k = {.kode = ind[i], .induk = "V", .uraian = "Indikator uji",
				      .arah = ARAH_NAIK, .rumus_override = -1, .bobot = 1};
		if (store_simpan_indikator(s, kode, &k, "uji", NULL, g))
			return -1;
	}
	for (int r = 0; r < N_REAL; r++) {
		struct realisasi x = {.indikator = ind[r / 30], .tahun = 2021 + r % 30 / 5,
				      .triwulan = r == rusak ? 9 : r % 5,
				      .nilai = {.jenis = NILAI_ANGKA, .a = r}};
		if (store_simpan_realisasi(s, kode, &x, "uji", NULL, g))
			return -1;
	}
	return 0;
}

/* tulis_banyak in a bulk import's transaction, as layanan_impor runs it: committed, or rolled back. */
static int muat_pertama(struct store *s, const char *kode, int rusak, struct galat *g)
{
	assert_int_equal(store_begin_curah(s, g), 0);
	store_audit_sisip(s, 0);
	int rc = tulis_banyak(s, kode, rusak, g);
	if (rc == 0)
		rc = store_commit(s, g);
	else
		store_rollback(s);
	store_audit_sisip(s, 1);
	return rc;
}

/*
 * A row the database refuses in the middle of a first load (on SQLite written
 * by the driver's writer thread, after the call that queued it has returned):
 * the import fails, says why, keeps nothing, and the connection is as before
 * (WAL, foreign keys on).
 */
static void test_curah_gagal_tengah(void **state)
{
	(void)state;
	struct galat g;
	galat_init(&g);
	struct store *s;
	assert_int_equal(store_open(path, STORE_BUAT, &s, &g), 0);
	assert_int_equal(store_pemda_ada(s, "98.04"), 0);
	int rc = muat_pertama(s, "98.04", 2500, &g);
	assert_int_not_equal(rc, 0);
	assert_non_null(strstr(g.pesan, "realisasi"));
	assert_non_null(strstr(g.pesan, store_pg(path) ? "check" : "CHECK"));
	assert_int_equal(store_pemda_ada(s, "98.04"), 0);
	if (!store_pg(path)) {
		char v[32];
		satu_teks(s, "PRAGMA journal_mode", v, sizeof(v));
		assert_string_equal(v, "wal");
		satu_teks(s, "PRAGMA foreign_keys", v, sizeof(v));
		assert_string_equal(v, "1");
	}
	store_close(s);
}

/*
 * A first load on SQLite runs with a rollback journal (each page written once)
 * when no other connection has the database open, and keeps WAL when one has;
 * WAL again afterwards either way.
 */
static void test_curah_jurnal(void **state)
{
	(void)state;
	if (store_pg(path))
		skip();
	struct galat g;
	galat_init(&g);
	struct store *s, *lain;
	assert_int_equal(store_open(path, STORE_BUAT, &s, &g), 0);
	char v[32];
	for (int ada_lain = 0; ada_lain < 2; ada_lain++) {
		if (ada_lain)
			assert_int_equal(store_open(path, STORE_BUAT, &lain, &g), 0);
		assert_int_equal(store_begin_curah(s, &g), 0);
		satu_teks(s, "PRAGMA journal_mode", v, sizeof(v));
		assert_string_equal(v, ada_lain ? "wal" : "delete");
		store_rollback(s);
		satu_teks(s, "PRAGMA journal_mode", v, sizeof(v));
		assert_string_equal(v, "wal");
	}
	store_close(lain);
	store_close(s);
}

/*
 * A first load of several queues' worth of rows, committed: every row is
 * there with its value, and the database is in WAL mode again.
 */
static void test_curah_banyak(void **state)
{
	(void)state;
	struct galat g;
	galat_init(&g);
	struct store *s;
	assert_int_equal(store_open(path, STORE_BUAT, &s, &g), 0);
	assert_int_equal(store_pemda_ada(s, "98.05"), 0);
	int rc = muat_pertama(s, "98.05", -1, &g);
	assert_int_equal(rc, 0);
	char v[64];
	satu_teks(s, "SELECT count(*) FROM realisasi WHERE pemda = '98.05'", v, sizeof(v));
	assert_string_equal(v, "6000");
	/* 0 + 1 + ... + 5999, each row's value its number */
	satu_teks(s, "SELECT sum(CAST(nilai AS INTEGER)) FROM realisasi WHERE pemda = '98.05'", v,
		  sizeof(v));
	assert_string_equal(v, "17997000");
	/* row 4321 = 144 * 30 + 1: indicator I144, year 2021 + 1 / 5 = 2021, quarter 4321 % 5 = 1 */
	satu_teks(s, "SELECT indikator || ' ' || tahun || ' ' || triwulan FROM realisasi "
		     "WHERE pemda = '98.05' AND nilai = '4321'", v, sizeof(v));
	assert_string_equal(v, "I144 2021 1");
	satu_teks(s, "SELECT count(*) FROM indikator WHERE pemda = '98.05'", v, sizeof(v));
	assert_string_equal(v, "200");
	if (!store_pg(path)) {
		satu_teks(s, "PRAGMA journal_mode", v, sizeof(v));
		assert_string_equal(v, "wal");
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
		cmocka_unit_test(test_curah_gagal_tengah), /* keeps it empty */
		cmocka_unit_test(test_curah_jurnal),	   /* keeps it empty */
		cmocka_unit_test(test_curah_banyak),	   /* the first pemda kept */
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
