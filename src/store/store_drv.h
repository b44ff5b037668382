/*
 * The thin driver under the store: one connection and its prepared
 * statements, the same few operations on SQLite (store_drv_sqlite.c) and on
 * PostgreSQL (store_drv_pg.c). The store's SQL is written once with `?N`
 * placeholders in the dialect both engines accept; the PostgreSQL driver
 * rewrites them to `$N` when it prepares a statement.
 */
#ifndef KINERJA_STORE_DRV_H
#define KINERJA_STORE_DRV_H

#include <stddef.h>
#include <stdint.h>

#include "../util/util.h"

struct store_drv;
struct store_st;

/* The kind of a result column's value (for copying between engines). */
enum store_jenis { SJ_NULL, SJ_INT, SJ_REAL, SJ_TEKS, SJ_BLOB };

struct store_drv_ops {
	const char *nama; /* "SQLite" or "PostgreSQL" */
	/* Prepares sql (a statement is prepared once and reused); 0 or -1. */
	int (*siapkan)(struct store_drv *d, const char *sql, struct store_st **out);
	/* Binds parameter i (from 1); text is borrowed until the next ulang, NULL binds NULL. */
	void (*ikat_teks)(struct store_st *st, int i, const char *v);
	void (*ikat_int)(struct store_st *st, int i, int64_t v);
	void (*ikat_real)(struct store_st *st, int i, double v);
	/* Binds n bytes (a BLOB / bytea), borrowed until the next ulang or kirim. */
	void (*ikat_blob)(struct store_st *st, int i, const void *v, size_t n);
	/* Runs or advances the statement: 1 a row, 0 no more rows, -1 error. */
	int (*langkah)(struct store_st *st);
	/*
	 * Runs a statement whose result is not needed; the PostgreSQL driver
	 * queues it (pipeline) and reports its error at the next sinkron.
	 */
	int (*kirim)(struct store_st *st);
	/*
	 * Queues a new row for table (columns the comma-separated list kolom, n
	 * values as text, NULL for NULL), sent in bulk (PostgreSQL: COPY, the
	 * references possibly checked once per COPY, as a set: store_drv_pg.c,
	 * fk_*; SQLite: multi-row INSERTs, the values bound with their columns'
	 * declared types) before the next other statement. A duplicate key, a
	 * missing reference or another broken constraint fails the operation at the send.
	 */
	int (*salur)(struct store_drv *d, const char *tabel, const char *kolom, int n,
		     const char *const *nilai);
	/*
	 * Whether salur keeps every value as it was (a COPY: blobs as \x hex, each
	 * value's type as the column's), so that `kinerja copy` may use it; SQLite's
	 * binds by the declared type, which suits the import, not a copy of
	 * whatever a column holds.
	 */
	int salur_salin;
	/*
	 * Runs the n bound statements st at once, one round trip (PostgreSQL's
	 * pipeline); langkah then reads each one's rows, ulang lets them go. NULL
	 * where a statement runs at its first langkah anyway (SQLite).
	 */
	int (*sedia)(struct store_st **st, int n);
	/* Waits for every queued statement: 0, or -1 with the first error. */
	int (*sinkron)(struct store_drv *d);
	/*
	 * Bulk mode for the rest of the write transaction under way (an import):
	 * SQLite takes a larger page cache, so that the tables and indexes being
	 * filled stay in memory, and gives it back when the transaction ends.
	 * NULL where there is nothing to set.
	 */
	void (*curah)(struct store_drv *d);
	int (*kol_n)(struct store_st *st);
	const char *(*kol_nama)(struct store_st *st, int c);
	enum store_jenis (*kol_jenis)(struct store_st *st, int c);
	/* Column c of the current row; text is valid until the next langkah or ulang. */
	const char *(*kol_teks)(struct store_st *st, int c);
	int64_t (*kol_int)(struct store_st *st, int c);
	double (*kol_real)(struct store_st *st, int c);
	/* Column c as bytes (*n of them; NULL for NULL); valid until the next langkah or ulang. */
	const void *(*kol_blob)(struct store_st *st, int c, size_t *n);
	/* Ends the current run and clears the bindings. */
	void (*ulang)(struct store_st *st);
	void (*lepas)(struct store_st *st);
	/* Runs one or more statements without parameters; 0 or -1. */
	int (*exec)(struct store_drv *d, const char *sql);
	/* Starts a write transaction, or (baca) a read-only one with one snapshot. */
	int (*mulai)(struct store_drv *d, int baca);
	/*
	 * Starts the write transaction of a bulk import, whose checks the engine
	 * may run once at its commit instead of row by row (the commit then fails
	 * on what they find); NULL: mulai(d, 0).
	 */
	int (*mulai_curah)(struct store_drv *d);
	/* Ends the transaction (commit when simpan, else roll back); 0 or -1. */
	int (*selesai)(struct store_drv *d, int simpan);
	int (*dalam_tx)(struct store_drv *d);
	/* The schema version (0 for an empty database), or -1 when it is not kinerja's. */
	int (*versi)(struct store_drv *d);
	/* Records the schema version inside the current transaction. */
	int (*versi_tulis)(struct store_drv *d, int versi);
	/* Settings for a connection whose schema is kinerja's (run after the migrations). */
	int (*atur)(struct store_drv *d);
	/* Rewrites a migration's SQL (written for SQLite) for this engine into out. */
	void (*migrasi_sql)(const char *sql, struct buf *out);
	/* Lists the tables of the database in creation order (a parent before its children). */
	int (*tabel_daftar)(struct store_drv *d, int (*fn)(const char *nama, void *arg),
			    void *arg);
	/* After rows were inserted with explicit ids: moves the id generator past them. */
	int (*id_lanjut)(struct store_drv *d, const char *tabel);
	void (*tutup)(struct store_drv *d);
};

/* What every driver's connection starts with. */
struct store_drv {
	const struct store_drv_ops *ops;
	char pesan[512];   /* the last error */
	int unik;          /* the last error was a unique or other constraint violation */
	int putus;         /* the last error was a lost connection */
	const char *kunci; /* " FOR UPDATE" where the engine locks rows read for a change */
	const char *kunci_migrasi; /* SQL that serialises migrations across processes, or NULL */
	char nama[256];    /* what to call the database in messages */
};

/* Each driver's opening; 0, or -1 with the message in g (and *out NULL). */
int store_drv_sqlite_buka(const char *path, int buat, struct store_drv **out, struct galat *g);
int store_drv_pg_buka(const char *uri, struct store_drv **out, struct galat *g);
/* Writes a consistent copy of the SQLite database into the new file path. */
int store_drv_sqlite_cadang(struct store_drv *d, const char *path);

/* Sets d->pesan from a format; returns -1. */
int store_drv_galat(struct store_drv *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
