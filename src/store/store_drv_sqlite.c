/*
 * The store driver on SQLite: WAL, foreign keys on, PRAGMA user_version as
 * the schema version, writers serialised by BEGIN IMMEDIATE. See store_drv.h.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdatomic.h>
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
/*
 * Rows queued before they are written: a multiple of SALUR_BARIS. In a bulk
 * import a full queue goes to the writer thread (see struct penulis), which
 * is handed work this many rows at a time so that waking it costs little.
 */
#define ANTRI_BARIS 1024

/* The bulk INSERTs of one table and column list, prepared once per connection. */
struct salur_tabel {
	char tabel[64], kolom[512];
	int n;
	char jenis[SALUR_KOLOM]; /* 'i' INTEGER, 'r' REAL, 't' otherwise: bound as stored before */
	sqlite3_stmt *satu, *penuh; /* one row; SALUR_BARIS rows */
};

/* Rows queued: their table, count, values (each NUL-ended) and offsets (-1: NULL). */
struct antri {
	struct salur_tabel *t;
	int n;
	struct buf isi;
	size_t (*off)[SALUR_KOLOM]; /* ANTRI_BARIS rows, allocated on first use */
};

/*
 * The writer thread of a bulk import (sq_curah). The import's own thread
 * checks rows and queues the new ones (sq_salur); each full queue is handed
 * here and written by the connection in this thread while the import fills
 * the other queue: on two cores the checking and SQLite's inserts overlap.
 * The connection is never used by both threads at once: every other use of
 * it first waits until the writer is idle (tunggu), and only then reads its
 * result. A failed batch fails the transaction: the error stays (gagal) and
 * every later call, the commit included, reports it, until the transaction
 * ends; the caller rolls back. Without a thread (not a bulk import, or
 * pthread_create failed) a full queue is written at once, as before.
 */
struct penulis {
	pthread_t th;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int hidup;            /* the thread runs */
	int henti;            /* asked to end (sq_tutup) */
	struct antri *tugas;  /* the queue being written; NULL when idle */
	atomic_int sibuk;     /* tugas != NULL, read without the mutex by tunggu */
	int gagal;            /* a queue failed in this transaction; its error in galat */
	struct store_drv galat;
};

struct drv_sqlite {
	struct store_drv d;
	sqlite3 *db;
	/* statements that gave a row inside the open transaction (reset when it ends) */
	sqlite3_stmt *tx_st[TX_ST_MAKS];
	int tx_n;
	int curah; /* the bulk page cache is set (sq_curah) */
	int fk_tunda; /* foreign keys checked once at the commit (sq_mulai_curah) */
	int jurnal_tunda; /* a first load's rollback journal instead of the WAL (jurnal_sekali) */
	struct buf muat_sql; /* the CREATE INDEX of the read-order indexes put off (muat_tunda) */
	struct salur_tabel *salur[SALUR_TABEL];
	int n_salur;
	/* The queue being filled (one of antri_slot) and the writer of the other. */
	struct antri *antri;
	struct antri antri_slot[2];
	struct penulis w;
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

/* The connection's last error into ke (the driver's own, or the writer's). */
static int galat_sq_ke(struct drv_sqlite *d, struct store_drv *ke)
{
	int kode = sqlite3_extended_errcode(d->db);
	ke->unik = (kode & 0xff) == SQLITE_CONSTRAINT;
	ke->putus = 0;
	return store_drv_galat(ke, "%s", sqlite3_errmsg(d->db));
}

static int galat_sq(struct drv_sqlite *d)
{
	return galat_sq_ke(d, &d->d);
}

/* Binds rows [awal, awal + n) of queue a to st (n rows of the table's columns) and runs it. */
static int antri_jalan(struct drv_sqlite *d, struct antri *a, sqlite3_stmt *st, int awal, int n,
		       struct store_drv *ke)
{
	const struct salur_tabel *t = a->t;
	for (int r = 0; r < n; r++)
		for (int c = 0; c < t->n; c++) {
			int i = r * t->n + c + 1;
			size_t off = a->off[awal + r][c];
			const char *v = off == (size_t)-1 ? NULL : a->isi.data + off;
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
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : galat_sq_ke(d, ke);
	sqlite3_reset(st); /* its error, if any, is in ke already */
	sqlite3_clear_bindings(st);
	return rc;
}

/* Writes every row of queue a, SALUR_BARIS to a statement; 0, or -1 with the error in ke. */
static int antri_tulis(struct drv_sqlite *d, struct antri *a, struct store_drv *ke)
{
	int r = 0;
	for (; r + SALUR_BARIS <= a->n; r += SALUR_BARIS)
		if (antri_jalan(d, a, a->t->penuh, r, SALUR_BARIS, ke))
			return -1;
	for (; r < a->n; r++)
		if (antri_jalan(d, a, a->t->satu, r, 1, ke))
			return -1;
	return 0;
}

static void antri_kosongkan(struct antri *a)
{
	a->t = NULL;
	a->n = 0;
	buf_reset(&a->isi);
}

static void *penulis_jalan(void *arg)
{
	struct drv_sqlite *d = arg;
	struct penulis *w = &d->w;
	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (!w->tugas && !w->henti)
			pthread_cond_wait(&w->cv, &w->mu);
		if (!w->tugas)
			break; /* henti, and nothing left to write */
		struct antri *a = w->tugas;
		pthread_mutex_unlock(&w->mu);
		/* After a failure the transaction is lost: the rest is not written. */
		int rc = w->gagal ? 0 : antri_tulis(d, a, &w->galat);
		pthread_mutex_lock(&w->mu);
		if (rc)
			w->gagal = 1;
		w->tugas = NULL;
		atomic_store_explicit(&w->sibuk, 0, memory_order_release);
		pthread_cond_broadcast(&w->cv);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

/*
 * Waits until the writer is idle: after this the connection is this thread's.
 * 0, or -1 with the error of a queue that failed in this transaction.
 */
static int tunggu(struct drv_sqlite *d)
{
	struct penulis *w = &d->w;
	if (w->hidup && atomic_load_explicit(&w->sibuk, memory_order_acquire)) {
		pthread_mutex_lock(&w->mu);
		while (w->tugas)
			pthread_cond_wait(&w->cv, &w->mu);
		pthread_mutex_unlock(&w->mu);
	}
	if (!w->gagal)
		return 0;
	memcpy(d->d.pesan, w->galat.pesan, sizeof(d->d.pesan));
	d->d.unik = w->galat.unik;
	d->d.putus = w->galat.putus;
	return -1;
}

/* Starts the writer thread when it is not running: 0, or -1 (then queues are written at once). */
static int penulis_mulai(struct drv_sqlite *d)
{
	struct penulis *w = &d->w;
	if (w->hidup)
		return 0;
	if (pthread_mutex_init(&w->mu, NULL))
		return -1;
	if (pthread_cond_init(&w->cv, NULL)) {
		pthread_mutex_destroy(&w->mu);
		return -1;
	}
	w->henti = 0;
	w->tugas = NULL;
	atomic_store(&w->sibuk, 0);
	if (pthread_create(&w->th, NULL, penulis_jalan, d)) {
		pthread_cond_destroy(&w->cv);
		pthread_mutex_destroy(&w->mu);
		return -1;
	}
	w->hidup = 1;
	return 0;
}

static void penulis_henti(struct drv_sqlite *d)
{
	struct penulis *w = &d->w;
	if (!w->hidup)
		return;
	pthread_mutex_lock(&w->mu);
	w->henti = 1;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->th, NULL);
	pthread_cond_destroy(&w->cv);
	pthread_mutex_destroy(&w->mu);
	w->hidup = 0;
}

/*
 * Sends the rows queued by sq_salur; run before any other statement, the
 * commit and sinkron, so every read sees them. 0, or -1 with the error of
 * the INSERT (a constraint the rows break), which fails the operation that
 * came next, as a COPY's error does on PostgreSQL, and every one after it
 * until the transaction ends (struct penulis).
 */
static int antri_kirim(struct drv_sqlite *d)
{
	struct antri *a = d->antri; /* set at open: never NULL */
	int rc = tunggu(d);
	if (!rc && a->n && antri_tulis(d, a, &d->w.galat)) {
		d->w.gagal = 1;
		rc = tunggu(d); /* the error, into d->d */
	}
	antri_kosongkan(a);
	return rc;
}

/* A full queue, or one another table follows: to the writer thread in a bulk import, else written now. */
static int antri_serah(struct drv_sqlite *d)
{
	if (!d->curah || penulis_mulai(d))
		return antri_kirim(d);
	if (tunggu(d)) /* the other queue is free once the writer is idle */
		return -1;
	struct antri *a = d->antri, *b = a == &d->antri_slot[0] ? &d->antri_slot[1] : &d->antri_slot[0];
	antri_kosongkan(b);
	b->t = a->t;
	if (!b->off)
		b->off = xcalloc(ANTRI_BARIS, sizeof(*b->off));
	pthread_mutex_lock(&d->w.mu);
	d->w.tugas = a;
	atomic_store_explicit(&d->w.sibuk, 1, memory_order_release);
	pthread_cond_broadcast(&d->w.cv);
	pthread_mutex_unlock(&d->w.mu);
	d->antri = b;
	return 0;
}

/* The end of a transaction: the rows queued and a writer's failure go with it. */
static void antri_buang(struct drv_sqlite *d)
{
	(void)tunggu(d); /* the error, if any, was reported already or is dropped with the rows */
	antri_kosongkan(&d->antri_slot[0]);
	antri_kosongkan(&d->antri_slot[1]);
	d->w.gagal = 0;
}

static int sq_siapkan(struct store_drv *dd, const char *sql, struct store_st **out)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	sqlite3_stmt *st = NULL;
	*out = NULL;
	if (tunggu(d))
		return -1;
	if (sqlite3_prepare_v3(d->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
		return galat_sq(d);
	struct st_sqlite *s = xcalloc(1, sizeof(*s));
	s->d = d;
	s->st = st;
	*out = (struct store_st *)s;
	return 0;
}

#define ST(x) (((struct st_sqlite *)(x))->st)

/*
 * A statement's own calls (bind, column, reset) touch the connection's memory
 * too: they wait for the writer as well. Its failure is not theirs to report;
 * it stays for the next call that returns one (struct penulis).
 */
static sqlite3_stmt *st_sendiri(struct store_st *st)
{
	(void)tunggu(((struct st_sqlite *)st)->d);
	return ST(st);
}

static void sq_ikat_teks(struct store_st *st, int i, const char *v)
{
	sqlite3_stmt *q = st_sendiri(st);
	if (v)
		sqlite3_bind_text(q, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, i);
}

static void sq_ikat_int(struct store_st *st, int i, int64_t v)
{
	sqlite3_bind_int64(st_sendiri(st), i, v);
}

static void sq_ikat_real(struct store_st *st, int i, double v)
{
	sqlite3_bind_double(st_sendiri(st), i, v);
}

static void sq_ikat_blob(struct store_st *st, int i, const void *v, size_t n)
{
	/* A zero-length blob is bound as such, not as NULL (v may be any pointer then). */
	static const char kosong[1];
	sqlite3_bind_blob64(st_sendiri(st), i, n ? v : kosong, (sqlite3_uint64)n, SQLITE_STATIC);
}

static int sq_langkah(struct store_st *st)
{
	struct drv_sqlite *dq = ((struct st_sqlite *)st)->d;
	if (antri_kirim(dq))
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

/*
 * The bulk INSERTs of tabel (kolom: its n columns, comma-separated), prepared
 * on first use. A table met before is found without waiting for the writer:
 * the list is this thread's alone; only preparing touches the connection.
 */
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
	if (tunggu(d))
		return NULL;
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
	struct antri *a = d->antri;
	if (a->t && (strcmp(a->t->tabel, tabel) || strcmp(a->t->kolom, kolom))) {
		/* Another table: the rows queued go first, in order (the writer's, if any). */
		if (antri_serah(d))
			return -1;
		a = d->antri;
		a->t = NULL;
	}
	if (!a->t) {
		if (!(a->t = salur_tabel(d, tabel, kolom, n)))
			return -1;
		if (!a->off)
			a->off = xcalloc(ANTRI_BARIS, sizeof(*a->off));
	}
	for (int c = 0; c < n; c++) {
		a->off[a->n][c] = nilai[c] ? a->isi.len : (size_t)-1;
		if (nilai[c])
			buf_append(&a->isi, nilai[c], strlen(nilai[c]) + 1);
	}
	if (++a->n == ANTRI_BARIS)
		return antri_serah(d);
	return 0;
}

static int sq_kol_n(struct store_st *st)
{
	return sqlite3_column_count(st_sendiri(st));
}

static const char *sq_kol_nama(struct store_st *st, int c)
{
	return sqlite3_column_name(st_sendiri(st), c);
}

static enum store_jenis sq_kol_jenis(struct store_st *st, int c)
{
	switch (sqlite3_column_type(st_sendiri(st), c)) {
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
	return (const char *)sqlite3_column_text(st_sendiri(st), c);
}

static int64_t sq_kol_int(struct store_st *st, int c)
{
	return sqlite3_column_int64(st_sendiri(st), c);
}

static double sq_kol_real(struct store_st *st, int c)
{
	return sqlite3_column_double(st_sendiri(st), c);
}

static const void *sq_kol_blob(struct store_st *st, int c, size_t *n)
{
	if (sqlite3_column_type(st_sendiri(st), c) == SQLITE_NULL) {
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
	sqlite3_reset(st_sendiri(st));
	sqlite3_clear_bindings(ST(st));
}

static void sq_lepas(struct store_st *st)
{
	if (!st)
		return;
	struct drv_sqlite *d = ((struct st_sqlite *)st)->d;
	(void)tunggu(d); /* a failure stays for the next call that reports (struct penulis) */
	for (int i = 0; i < d->tx_n; i++)
		if (d->tx_st[i] == ST(st))
			d->tx_st[i--] = d->tx_st[--d->tx_n]; /* not reset after it is gone */
	sqlite3_finalize(ST(st));
	free(st);
}

static int sq_exec(struct store_drv *dd, const char *sql)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	if (antri_kirim(d))
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

static int sq_dalam_tx(struct store_drv *dd)
{
	struct drv_sqlite *d = (struct drv_sqlite *)dd;
	/* The writer only works inside a transaction; asked often, so not waited for. */
	if (d->w.hidup && atomic_load_explicit(&d->w.sibuk, memory_order_acquire))
		return 1;
	return !sqlite3_get_autocommit(d->db);
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
 * Journal mode of a first load. In WAL mode every page of the transaction is
 * written twice, to the WAL and again at the checkpoint; with a rollback
 * journal, pages added past the database's end (all of a first load's) are
 * written once and journal nothing, and the commit stays atomic and durable.
 * The switch only succeeds while no other connection has the database open
 * (SQLite then keeps WAL and says so): then the import just runs in WAL mode.
 * Readers that open the database during the load wait (busy timeout) while
 * the write lock is held; a first load has nothing for them to read yet.
 * Back to WAL after the commit or rollback; should that fail, the next
 * store_open sets it again (sq_atur).
 */
static int jurnal_mode(struct drv_sqlite *d, const char *mode)
{
	char sql[48];
	snprintf(sql, sizeof(sql), "PRAGMA journal_mode = %s", mode);
	sqlite3_stmt *st = NULL;
	int ok = 0;
	if (sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(st, 0);
		ok = v && str_sama(v, mode);
	}
	sqlite3_finalize(st);
	return ok;
}

static void jurnal_pulih(struct drv_sqlite *d)
{
	if (d->jurnal_tunda && !sq_dalam_tx(&d->d)) {
		(void)jurnal_mode(d, "wal"); /* a failure: sq_atur sets it at the next open */
		d->jurnal_tunda = 0;
	}
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
	if (d->fk_tunda)
		d->jurnal_tunda = jurnal_mode(d, "delete"); /* else WAL: slower, not wrong */
	if (sq_exec(dd, "BEGIN IMMEDIATE") == 0)
		return 0;
	struct store_drv galat = *dd; /* BEGIN's error is the one, unless fk_pulih fails */
	jurnal_pulih(d);
	if (!d->fk_tunda || fk_pulih(dd) == 0)
		*dd = galat;
	return -1;
}

/* The deferred foreign-key check (sq_mulai_curah): 0, or -1 naming the first dangling row. */
static int fk_periksa(struct drv_sqlite *d)
{
	if (antri_kirim(d)) /* the rows still queued are checked too */
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
	/* The rows queued are written first, or go with the transaction. */
	int gagal = simpan && antri_kirim(d);
	if (!simpan || gagal)
		antri_buang(d);
	sq_ulang_tx(dd);
	int rc = 0;
	/* The indexes put off (muat_tunda) are built again inside the transaction. */
	if (simpan && (gagal || (d->muat_sql.len && sq_exec(dd, d->muat_sql.data)) ||
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
	jurnal_pulih(d);
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
	if (tunggu(d))
		return -1;
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
	if (tunggu(d))
		return -1;
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
	penulis_henti(d); /* idle by now: every transaction ended with a wait */
	for (int i = 0; i < d->n_salur; i++) {
		sqlite3_finalize(d->salur[i]->satu);
		sqlite3_finalize(d->salur[i]->penuh);
		free(d->salur[i]);
	}
	for (int i = 0; i < 2; i++) {
		buf_release(&d->antri_slot[i].isi);
		free(d->antri_slot[i].off);
	}
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
	d->antri = &d->antri_slot[0];
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
	if (tunggu(d))
		return -1;
	if (sqlite3_prepare_v2(d->db, "VACUUM INTO ?1", -1, &st, NULL) != SQLITE_OK)
		return galat_sq(d);
	sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : galat_sq(d);
	sqlite3_finalize(st);
	return rc;
}
