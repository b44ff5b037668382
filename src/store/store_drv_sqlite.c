/*
 * The store driver on SQLite: WAL, foreign keys on, PRAGMA user_version as
 * the schema version, writers serialised by BEGIN IMMEDIATE. See store_drv.h.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store_drv.h"

#define TX_ST_MAKS 64
/*
 * New rows of a bulk import (store_drv_ops.salur) go out SALUR_BARIS at a time
 * in one multi-row INSERT: a statement's start and end (its cursors, the
 * checks at its end) cost about as much as a row's own work.
 */
#define SALUR_BARIS 16
#define SALUR_KOLOM 24
#define SALUR_TABEL 32

/* The bulk INSERTs of one table and column list, prepared once per connection. */
struct salur_tabel {
	char tabel[64], kolom[512];
	int n;
	char jenis[SALUR_KOLOM]; /* 'i' INTEGER, 'r' REAL, 't' otherwise: bound as stored before */
	sqlite3_stmt *satu, *penuh; /* one row; SALUR_BARIS rows */
};

struct drv_sqlite {
	struct store_drv d;
	sqlite3 *db;
	/* statements that gave a row inside the open transaction (reset when it ends) */
	sqlite3_stmt *tx_st[TX_ST_MAKS];
	int tx_n;
	int curah; /* the bulk page cache is set (sq_curah) */
	int fk_tunda; /* foreign keys checked once at the commit (sq_mulai_curah) */
	struct buf muat_sql; /* the CREATE INDEX of the read-order indexes put off (muat_tunda) */
	struct salur_tabel *salur[SALUR_TABEL];
	int n_salur;
	/* The rows queued: their table, count, values (each NUL-ended) and offsets (-1: NULL). */
	struct salur_tabel *antri_t;
	int antri_n;
	struct buf antri;
	size_t antri_off[SALUR_BARIS][SALUR_KOLOM];
};

struct st_sqlite {
	struct drv_sqlite *d;
	sqlite3_stmt *st;
};

int store_drv_galat(struct store_drv *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->pesan, sizeof(d->pesan), fmt, ap);
	va_end(ap);
	return -1;
}

static int galat_sq(struct drv_sqlite *d)
{
	int kode = sqlite3_extended_errcode(d->db);
	d->d.unik = (kode & 0xff) == SQLITE_CONSTRAINT;
	d->d.putus = 0;
	return store_drv_galat(&d->d, "%s", sqlite3_errmsg(d->db));
}

/* Binds rows [awal, awal + n) of the queue to st (n rows of the table's columns) and runs it. */
static int antri_jalan(struct drv_sqlite *d, sqlite3_stmt *st, int awal, int n)
{
	const struct salur_tabel *t = d->antri_t;
	for (int r = 0; r < n; r++)
		for (int c = 0; c < t->n; c++) {
			int i = r * t->n + c + 1;
			size_t off = d->antri_off[awal + r][c];
			const char *v = off == (size_t)-1 ? NULL : d->antri.data + off;
			char *akhir = NULL;
			long long x = 0;
			double y = 0;
			/* The store writes an int64 in decimal, a double as "%.17g" (read back exactly). */
			if (v && t->jenis[c] == 'i')
				x = strtoll(v, &akhir, 10);
			else if (v && t->jenis[c] == 'r')
				y = strtod(v, &akhir);
			if (!v)
				sqlite3_bind_null(st, i);
			else if (akhir && *v && !*akhir && t->jenis[c] == 'i')
				sqlite3_bind_int64(st, i, x);
			else if (akhir && *v && !*akhir)
				sqlite3_bind_double(st, i, y);
			else /* text, or a text that is not such a number: as it is */
				sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
		}
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : galat_sq(d);
	sqlite3_reset(st); /* its error, if any, is in d->d.pesan already */
	sqlite3_clear_bindings(st);
	return rc;
}

/*
 * Sends the rows queued by sq_salur; run before any other statement, the
 * commit and sinkron, so every read sees them. 0, or -1 with the error of
 * the INSERT (a constraint the rows break), which fails the operation that
 * came next, as a COPY's error does on PostgreSQL.
 */
static int antri_kirim(struct drv_sqlite *d)
{
	int rc = 0;
	if (d->antri_t && d->antri_n == SALUR_BARIS)
		rc = antri_jalan(d, d->antri_t->penuh, 0, SALUR_BARIS);
	else
		for (int r = 0; d->antri_t && r < d->antri_n && !rc; r++)
			rc = antri_jalan(d, d->antri_t->satu, r, 1);
	d->antri_t = NULL;
	d->antri_n = 0;
	buf_reset(&d->antri);
	return rc;
}

static int sq_siapkan(struct store_drv *dd, const char *sql, struct store_st **out)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	sqlite3_stmt *st = NULL;
	*out = NULL;
	if (sqlite3_prepare_v3(d->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
		return galat_sq(d);
	struct st_sqlite *s = xcalloc(1, sizeof(*s));
	s->d = d;
	s->st = st;
	*out = (struct store_st *)s;
	return 0;
}

#define ST(x) (((struct st_sqlite *)(x))->st)

static void sq_ikat_teks(struct store_st *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(ST(st), i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(ST(st), i);
}

static void sq_ikat_int(struct store_st *st, int i, int64_t v)
{
	sqlite3_bind_int64(ST(st), i, v);
}

static void sq_ikat_real(struct store_st *st, int i, double v)
{
	sqlite3_bind_double(ST(st), i, v);
}

static void sq_ikat_blob(struct store_st *st, int i, const void *v, size_t n)
{
	/* A zero-length blob is bound as such, not as NULL (v may be any pointer then). */
	static const char kosong[1];
	sqlite3_bind_blob64(ST(st), i, n ? v : kosong, (sqlite3_uint64)n, SQLITE_STATIC);
}

static int sq_langkah(struct store_st *st)
{
	struct drv_sqlite *dq = ((struct st_sqlite *)st)->d;
	if (dq->antri_n && antri_kirim(dq))
		return -1;
	int rc = sqlite3_step(ST(st));
	if (rc == SQLITE_ROW) {
		struct drv_sqlite *d = ((struct st_sqlite *)st)->d;
		if (!sqlite3_get_autocommit(d->db)) {
			int ada = 0;
			for (int i = 0; i < d->tx_n && !ada; i++)
				ada = d->tx_st[i] == ST(st);
			/* More than TX_ST_MAKS distinct look-ups in one transaction: the rest
			 * are reset by their next use, as before. */
			if (!ada && d->tx_n < TX_ST_MAKS)
				d->tx_st[d->tx_n++] = ST(st);
		}
		return 1;
	}
	if (rc == SQLITE_DONE)
		return 0;
	return galat_sq(((struct st_sqlite *)st)->d);
}

static int sq_kirim(struct store_st *st)
{
	int rc = sq_langkah(st);
	sqlite3_reset(ST(st));
	sqlite3_clear_bindings(ST(st));
	return rc < 0 ? -1 : 0;
}

static int sq_sinkron(struct store_drv *d)
{
	/* every other statement already ran */
	return antri_kirim((struct drv_sqlite *)d);
}

/* The bulk INSERTs of tabel (kolom: its n columns, comma-separated), prepared on first use. */
static struct salur_tabel *salur_tabel(struct drv_sqlite *d, const char *tabel, const char *kolom,
				       int n)
{
	for (int i = 0; i < d->n_salur; i++)
		if (strcmp(d->salur[i]->tabel, tabel) == 0 && strcmp(d->salur[i]->kolom, kolom) == 0)
			return d->salur[i];
	if (d->n_salur == SALUR_TABEL || n > SALUR_KOLOM || strlen(tabel) >= 64 ||
	    strlen(kolom) >= 512) {
		store_drv_galat(&d->d, "salur: %s: terlalu banyak tabel atau kolom", tabel);
		return NULL;
	}
	struct salur_tabel *t = xcalloc(1, sizeof(*t));
	snprintf(t->tabel, sizeof(t->tabel), "%s", tabel);
	snprintf(t->kolom, sizeof(t->kolom), "%s", kolom);
	t->n = n;
	/* Each column's declared type: values come as text and are bound as the store bound them. */
	const char *p = kolom;
	for (int c = 0; c < n; c++) {
		char nama[128];
		size_t k = strcspn(p, ",");
		snprintf(nama, sizeof(nama), "%.*s", (int)k, p);
		p += k + (p[k] == ',');
		while (*p == ' ')
			p++;
		const char *tipe = NULL;
		if (sqlite3_table_column_metadata(d->db, NULL, tabel, nama, &tipe, NULL, NULL, NULL,
						  NULL) != SQLITE_OK) {
			galat_sq(d);
			free(t);
			return NULL;
		}
		t->jenis[c] = tipe && strcmp(tipe, "INTEGER") == 0 ? 'i'
			      : tipe && strcmp(tipe, "REAL") == 0  ? 'r'
								   : 't';
	}
	struct buf sql = BUF_INIT;
	for (int baris = 1; baris <= SALUR_BARIS; baris += SALUR_BARIS - 1) {
		buf_reset(&sql);
		buf_printf(&sql, "INSERT INTO %s(%s) VALUES ", tabel, kolom);
		for (int r = 0; r < baris; r++) {
			buf_puts(&sql, r ? ", (" : "(");
			for (int c = 0; c < n; c++)
				buf_puts(&sql, c ? ", ?" : "?");
			buf_putc(&sql, ')');
		}
		sqlite3_stmt **st = baris == 1 ? &t->satu : &t->penuh;
		if (sqlite3_prepare_v3(d->db, sql.data, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) !=
		    SQLITE_OK) {
			galat_sq(d);
			sqlite3_finalize(t->satu);
			free(t);
			buf_release(&sql);
			return NULL;
		}
	}
	buf_release(&sql);
	d->salur[d->n_salur++] = t;
	return t;
}

/* Queues a new row of tabel (store_drv_ops.salur): sent SALUR_BARIS at a time, or before the next other statement. */
static int sq_salur(struct store_drv *dd, const char *tabel, const char *kolom, int n,
		    const char *const *nilai)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	if (d->antri_t && (strcmp(d->antri_t->tabel, tabel) || strcmp(d->antri_t->kolom, kolom)) &&
	    antri_kirim(d))
		return -1;
	if (!d->antri_t && !(d->antri_t = salur_tabel(d, tabel, kolom, n)))
		return -1;
	for (int c = 0; c < n; c++) {
		d->antri_off[d->antri_n][c] = nilai[c] ? d->antri.len : (size_t)-1;
		if (nilai[c])
			buf_append(&d->antri, nilai[c], strlen(nilai[c]) + 1);
	}
	if (++d->antri_n == SALUR_BARIS)
		return antri_kirim(d);
	return 0;
}

static int sq_kol_n(struct store_st *st)
{
	return sqlite3_column_count(ST(st));
}

static const char *sq_kol_nama(struct store_st *st, int c)
{
	return sqlite3_column_name(ST(st), c);
}

static enum store_jenis sq_kol_jenis(struct store_st *st, int c)
{
	switch (sqlite3_column_type(ST(st), c)) {
	case SQLITE_NULL:
		return SJ_NULL;
	case SQLITE_INTEGER:
		return SJ_INT;
	case SQLITE_FLOAT:
		return SJ_REAL;
	case SQLITE_BLOB:
		return SJ_BLOB;
	default:
		return SJ_TEKS;
	}
}

static const char *sq_kol_teks(struct store_st *st, int c)
{
	return (const char *)sqlite3_column_text(ST(st), c);
}

static int64_t sq_kol_int(struct store_st *st, int c)
{
	return sqlite3_column_int64(ST(st), c);
}

static double sq_kol_real(struct store_st *st, int c)
{
	return sqlite3_column_double(ST(st), c);
}

static const void *sq_kol_blob(struct store_st *st, int c, size_t *n)
{
	if (sqlite3_column_type(ST(st), c) == SQLITE_NULL) {
		*n = 0;
		return NULL;
	}
	static const char kosong[1];
	const void *p = sqlite3_column_blob(ST(st), c);
	*n = (size_t)sqlite3_column_bytes(ST(st), c);
	return p ? p : kosong; /* SQLite gives NULL for a zero-length blob */
}

static void sq_ulang(struct store_st *st)
{
	sqlite3_reset(ST(st));
	sqlite3_clear_bindings(ST(st));
}

static void sq_lepas(struct store_st *st)
{
	if (!st)
		return;
	struct drv_sqlite *d = ((struct st_sqlite *)st)->d;
	for (int i = 0; i < d->tx_n; i++)
		if (d->tx_st[i] == ST(st))
			d->tx_st[i--] = d->tx_st[--d->tx_n]; /* not reset after it is gone */
	sqlite3_finalize(ST(st));
	free(st);
}

static int sq_exec(struct store_drv *dd, const char *sql)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	if (d->antri_n && antri_kirim(d))
		return -1;
	char *err = NULL;
	if (sqlite3_exec(d->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		galat_sq(d);
		if (err)
			store_drv_galat(dd, "%s", err);
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

static int sq_mulai(struct store_drv *d, int baca)
{
	/* A deferred BEGIN takes its snapshot at the first read and keeps it to the end. */
	return sq_exec(d, baca ? "BEGIN" : "BEGIN IMMEDIATE");
}

static int sq_dalam_tx(struct store_drv *d)
{
	return !sqlite3_get_autocommit(((struct drv_sqlite *)d)->db);
}

/*
 * Resets the statements that gave a row inside the transaction being ended
 * and were left stepping (a look-up's row is valid only until the next store
 * call): such a statement would keep a read transaction open after the end,
 * whose old snapshot the connection would go on reading (a server worker then
 * misses sessions made since) and whose lock makes its next write busy.
 * Statements stepped outside the transaction (an outer loop over pemda that
 * runs a transaction per row) are left alone.
 */
static void sq_ulang_tx(struct store_drv *dd)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	for (int i = 0; i < d->tx_n; i++)
		if (sqlite3_stmt_busy(d->tx_st[i]))
			sqlite3_reset(d->tx_st[i]); /* its error, if any, was reported by its step */
	d->tx_n = 0;
}

/*
 * Page cache of a bulk import: 256 MiB (the default is 2 MiB), enough for the
 * indexes of a national import, whose pages were otherwise written out and
 * read back again and again; SQLite allocates it only as pages are used.
 */
#define CACHE_CURAH "PRAGMA cache_size = -262144"
#define CACHE_BIASA "PRAGMA cache_size = -2000"

/* Whether table tabel has no row: 1, 0, or -1 on an error. */
static int tabel_kosong(struct drv_sqlite *d, const char *tabel)
{
	char *sql = sqlite3_mprintf("SELECT 1 FROM \"%w\" LIMIT 1", tabel);
	sqlite3_stmt *st = NULL;
	int rc = -1;
	if (sql && sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) == SQLITE_OK) {
		int r = sqlite3_step(st);
		rc = r == SQLITE_DONE ? 1 : r == SQLITE_ROW ? 0 : -1;
	}
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return rc;
}

/*
 * Puts off the read-order indexes (migration 0065, named *_muat) of the tables
 * still empty when a bulk import starts: they are dropped here and built again
 * from their own CREATE INDEX just before the commit (sq_selesai), one sorted
 * pass over the table instead of an index insert per row. No constraint and no
 * look-up of the import needs them (only store_muat's ORDER BY rowid, which a
 * read inside the import then answers by the primary key and a sort); a
 * rollback brings them back as they were. A failure leaves the index in place:
 * slower, not wrong.
 */
static void muat_tunda(struct drv_sqlite *d)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(d->db,
			       "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
			       "AND sql IS NOT NULL AND name LIKE '%\\_muat' ESCAPE '\\' ORDER BY rowid",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	/* Read them all first: sqlite_master is not changed while it is being stepped. */
	struct buf daftar = BUF_INIT; /* name, tbl_name, sql: each NUL-ended */
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (int c = 0; c < 3; c++) {
			const char *v = (const char *)sqlite3_column_text(st, c);
			buf_append(&daftar, v ? v : "", strlen(v ? v : "") + 1);
		}
		n++;
	}
	sqlite3_finalize(st);
	const char *p = daftar.data;
	for (int i = 0; i < n; i++) {
		const char *nama = p, *tabel = nama + strlen(nama) + 1;
		const char *sql = tabel + strlen(tabel) + 1;
		p = sql + strlen(sql) + 1;
		if (tabel_kosong(d, tabel) != 1)
			continue;
		char *drop = sqlite3_mprintf("DROP INDEX \"%w\"", nama);
		if (drop && sqlite3_exec(d->db, drop, NULL, NULL, NULL) == SQLITE_OK)
			buf_printf(&d->muat_sql, "%s;\n", sql);
		sqlite3_free(drop);
	}
	buf_release(&daftar);
}

static void sq_curah(struct store_drv *dd)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	if (d->curah || !sq_dalam_tx(dd))
		return;
	/* A failure leaves the default cache: slower, not wrong. */
	d->curah = sq_exec(dd, CACHE_CURAH) == 0;
	if (d->curah)
		muat_tunda(d);
}

/*
 * Foreign keys on again after a deferred check (sq_mulai_curah), for whatever
 * the connection does next. Outside a transaction this cannot fail short of a
 * broken connection; should it, the connection is given up (putus) rather than
 * left unchecked: -1 with that error.
 */
static int fk_pulih(struct store_drv *dd)
{
	((struct drv_sqlite *)dd)->fk_tunda = 0;
	if (sq_exec(dd, "PRAGMA foreign_keys = ON") == 0)
		return 0;
	dd->putus = 1;
	return -1;
}

/*
 * A bulk import's write transaction. Into a database holding no pemda yet (a
 * first load, every row of it the import's own), foreign keys are checked once
 * at the commit over whole tables (PRAGMA foreign_key_check, fk_periksa)
 * instead of one parent look-up per row written: a quarter of the national
 * import's CPU. The pragma only takes effect outside a transaction, hence
 * before BEGIN; a writer slipping in between only makes the final check cover
 * its rows too. Nothing the import does relies on a foreign key's action (the
 * only ON DELETE CASCADE is sessions' of users, which an import never deletes),
 * and the check fails the import, rolled back, on any dangling row: it fails
 * closed as the per-row check did. A database with pemda keeps the per-row
 * check (a whole-table pass would cost more than the few rows an import adds).
 */
static int sq_mulai_curah(struct store_drv *dd)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	if (tabel_kosong(d, "pemda") == 1 && sq_exec(dd, "PRAGMA foreign_keys = OFF") == 0)
		d->fk_tunda = 1; /* an error above only keeps the per-row check */
	if (sq_exec(dd, "BEGIN IMMEDIATE") == 0)
		return 0;
	struct store_drv galat = *dd; /* BEGIN's error is the one, unless fk_pulih fails */
	if (!d->fk_tunda || fk_pulih(dd) == 0)
		*dd = galat;
	return -1;
}

/* The deferred foreign-key check (sq_mulai_curah): 0, or -1 naming the first dangling row. */
static int fk_periksa(struct drv_sqlite *d)
{
	if (d->antri_n && antri_kirim(d)) /* the rows still queued are checked too */
		return -1;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(d->db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		return galat_sq(d);
	int r = sqlite3_step(st), rc = 0;
	if (r == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		const char *induk = (const char *)sqlite3_column_text(st, 2);
		store_drv_galat(&d->d, "baris %s (rowid %lld) merujuk %s yang tidak ada",
				t ? t : "?", (long long)sqlite3_column_int64(st, 1),
				induk ? induk : "?");
		rc = -1;
	} else if (r != SQLITE_DONE)
		rc = galat_sq(d);
	sqlite3_finalize(st);
	return rc;
}

static int sq_selesai(struct store_drv *dd, int simpan)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	sq_ulang_tx(dd);
	if (!simpan) { /* the rows queued go with the transaction */
		d->antri_t = NULL;
		d->antri_n = 0;
		buf_reset(&d->antri);
	}
	int rc = 0;
	/* The indexes put off (muat_tunda) are built again inside the transaction. */
	if (simpan && ((d->muat_sql.len && sq_exec(dd, d->muat_sql.data)) ||
		       (d->fk_tunda && fk_periksa(d)))) {
		struct store_drv galat = *dd; /* the rows' or the index's error is the one */
		if (sq_dalam_tx(dd))
			(void)sq_exec(dd, "ROLLBACK");
		*dd = galat;
		rc = -1;
	} else if (simpan)
		rc = sq_exec(dd, "COMMIT"); /* which sends the rows queued first */
	else if (sq_dalam_tx(dd))
		rc = sq_exec(dd, "ROLLBACK");
	buf_reset(&d->muat_sql);
	if (d->fk_tunda && !sq_dalam_tx(dd)) {
		struct store_drv galat = *dd;
		if (fk_pulih(dd))
			rc = -1;
		else
			*dd = galat; /* the COMMIT's error, if any, stays the last one */
	}
	if (d->curah && !sq_dalam_tx(dd)) {
		/* The memory goes back once the import is over; a failure only keeps it. */
		struct store_drv galat = *dd;
		(void)sq_exec(dd, CACHE_BIASA);
		*dd = galat; /* the COMMIT's error, if any, stays the last one */
		d->curah = 0;
	}
	return rc;
}

/* One integer from a query without parameters, or -1. */
static int64_t sq_satu(struct drv_sqlite *d, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int64_t n = -1;
	if (sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) != SQLITE_OK) {
		galat_sq(d);
		return -1;
	}
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else
		galat_sq(d);
	sqlite3_finalize(st);
	return n;
}

static int sq_versi(struct store_drv *dd)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	int64_t v = sq_satu(d, "PRAGMA user_version");
	if (v < 0)
		return -1;
	if (v == 0) {
		/* A database that is not empty but has no version is someone else's. */
		int64_t n = sq_satu(d, "SELECT count(*) FROM sqlite_master");
		if (n != 0)
			return n < 0 ? -1 : store_drv_galat(dd, "tabel lain sudah ada");
	}
	return (int)v;
}

static int sq_versi_tulis(struct store_drv *d, int versi)
{
	char pragma[64];
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", versi);
	return sq_exec(d, pragma);
}

/* The migrations as written; a line `--@sqlite SQL` is this engine's own statement. */
static void sq_migrasi_sql(const char *sql, struct buf *out)
{
	for (const char *p = sql; *p;) {
		if (strncmp(p, "--@sqlite ", 10) == 0)
			p += 10;
		const char *akhir = strchr(p, '\n');
		size_t n = akhir ? (size_t)(akhir - p + 1) : strlen(p);
		buf_append(out, p, n);
		p += n;
	}
}

static int sq_tabel_daftar(struct store_drv *dd, int (*fn)(const char *nama, void *arg),
			   void *arg)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(d->db,
			       "SELECT name FROM sqlite_master WHERE type = 'table' AND "
			       "name NOT LIKE 'sqlite_%' ORDER BY rowid",
			       -1, &st, NULL) != SQLITE_OK)
		return galat_sq(d);
	int rc, hasil = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn((const char *)sqlite3_column_text(st, 0), arg)) {
			hasil = -1;
			break;
		}
	if (!hasil && rc != SQLITE_DONE)
		hasil = galat_sq(d);
	sqlite3_finalize(st);
	return hasil;
}

static int sq_id_lanjut(struct store_drv *d, const char *tabel)
{
	(void)d; /* an INTEGER PRIMARY KEY continues after the largest id by itself */
	(void)tabel;
	return 0;
}

static void sq_tutup(struct store_drv *dd)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	if (!d)
		return;
	for (int i = 0; i < d->n_salur; i++) {
		sqlite3_finalize(d->salur[i]->satu);
		sqlite3_finalize(d->salur[i]->penuh);
		free(d->salur[i]);
	}
	buf_release(&d->antri);
	buf_release(&d->muat_sql);
	sqlite3_close(d->db);
	free(d);
}

static int sq_atur(struct store_drv *d);

static const struct store_drv_ops ops_sqlite = {
	.nama = "SQLite",
	.siapkan = sq_siapkan,
	.ikat_teks = sq_ikat_teks,
	.ikat_int = sq_ikat_int,
	.ikat_real = sq_ikat_real,
	.ikat_blob = sq_ikat_blob,
	.langkah = sq_langkah,
	.kirim = sq_kirim,
	.salur = sq_salur,
	.sinkron = sq_sinkron,
	.curah = sq_curah,
	.kol_n = sq_kol_n,
	.kol_nama = sq_kol_nama,
	.kol_jenis = sq_kol_jenis,
	.kol_teks = sq_kol_teks,
	.kol_int = sq_kol_int,
	.kol_real = sq_kol_real,
	.kol_blob = sq_kol_blob,
	.ulang = sq_ulang,
	.lepas = sq_lepas,
	.exec = sq_exec,
	.mulai = sq_mulai,
	.mulai_curah = sq_mulai_curah,
	.selesai = sq_selesai,
	.dalam_tx = sq_dalam_tx,
	.versi = sq_versi,
	.versi_tulis = sq_versi_tulis,
	.atur = sq_atur,
	.migrasi_sql = sq_migrasi_sql,
	.tabel_daftar = sq_tabel_daftar,
	.id_lanjut = sq_id_lanjut,
	.tutup = sq_tutup,
};

static void sqlite_siapkan(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_drv_sqlite_buka(const char *path, int buat, struct store_drv **out, struct galat *g)
{
	*out = NULL;
	/*
	 * One connection is used by one thread at a time (the server opens one per
	 * worker), so SQLite's own locking is not needed; neither is its memory
	 * statistics, whose global mutex every allocation would take.
	 */
	static pthread_once_t sekali = PTHREAD_ONCE_INIT;
	pthread_once(&sekali, sqlite_siapkan);
	struct drv_sqlite *d = xcalloc(1, sizeof(*d));
	d->d.ops = &ops_sqlite;
	d->d.kunci = ""; /* BEGIN IMMEDIATE already serialises the writers */
	snprintf(d->d.nama, sizeof(d->d.nama), "%s", path);
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	if (buat)
		flags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &d->db, flags, NULL) != SQLITE_OK) {
		g->pengguna = 1;
		galat_set(g, "tidak dapat membuka basis data '%s': %s", path,
			  d->db ? sqlite3_errmsg(d->db) : "kehabisan memori");
		sq_tutup(&d->d);
		return -1;
	}
	sqlite3_busy_timeout(d->db, 5000);
	sqlite3_extended_result_codes(d->db, 1);
	*out = &d->d;
	return 0;
}

/* Called once the schema is known to be kinerja's, so a foreign file is never written. */
static int sq_atur(struct store_drv *d)
{
	return sq_exec(d, "PRAGMA journal_mode = WAL") || sq_exec(d, "PRAGMA foreign_keys = ON") ||
			       sq_exec(d, "PRAGMA synchronous = NORMAL")
		       ? -1
		       : 0;
}

int store_drv_sqlite_cadang(struct store_drv *dd, const char *path)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(d->db, "VACUUM INTO ?1", -1, &st, NULL) != SQLITE_OK)
		return galat_sq(d);
	sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : galat_sq(d);
	sqlite3_finalize(st);
	return rc;
}
