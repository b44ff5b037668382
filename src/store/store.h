/*
 * The database behind one interface, on SQLite or PostgreSQL: store.c and
 * store_web.c hold the SQL once, over a thin driver per engine
 * (store_drv.h). Callers group writes in one transaction with
 * store_begin/store_commit; a failed command calls store_rollback.
 */
#ifndef KINERJA_STORE_H
#define KINERJA_STORE_H

#include <stdint.h>

#include "../core/model.h"
#include "../util/util.h"

struct store;

enum store_mode {
	STORE_ADA,  /* the database must exist */
	STORE_BUAT, /* create it when missing */
};

/*
 * Opens (and migrates) the database: a postgresql:// or postgres:// URI
 * (libpq's syntax) selects PostgreSQL, anything else is an SQLite path.
 * With STORE_ADA a missing path, an empty file or database, or one that is
 * not kinerja's is a user error and is left unchanged. *out is the caller's
 * to close.
 */
int store_open(const char *path, enum store_mode mode, struct store **out, struct galat *g);
/* Whether db names a PostgreSQL database (a postgresql:// or postgres:// URI). */
int store_pg(const char *db);
/* The engine's name: "SQLite" or "PostgreSQL". */
const char *store_mesin(struct store *s);
/*
 * 1 when the last failure was a lost connection to the server (the web
 * answers 503); the next store_begin or statement outside a transaction
 * reconnects.
 */
int store_putus(struct store *s);
void store_close(struct store *s);
/* Schema version after migration (the number of the last migration applied). */
int store_versi(struct store *s);

int store_begin(struct store *s, struct galat *g);
/*
 * store_begin for a bulk import: the engine may check constraints once at the
 * commit instead of row by row (SQLite: foreign keys, into a database holding
 * no pemda yet); store_commit then fails, keeping nothing, on a dangling row.
 */
int store_begin_curah(struct store *s, struct galat *g);
int store_commit(struct store *s, struct galat *g);
void store_rollback(struct store *s);

/*
 * Whether inserting a new row writes an audit entry (default 1). A bulk import
 * turns it off and writes one summary entry per file instead (store_audit);
 * updates are always audited with their old and new value. Off, inside a
 * transaction, the store also works in bulk: it reads (on PostgreSQL locks)
 * each table's rows of a pemda once, sends new rows by COPY (PostgreSQL) or a
 * plain INSERT (SQLite) and reports some write errors only at the next read
 * or at store_commit; a key inserted meanwhile by another connection then
 * fails the whole transaction.
 */
void store_audit_sisip(struct store *s, int aktif);
/*
 * In that bulk mode: the pemda (first key) of the rows about to be written, in
 * their order, so that the rows of many pemda are read ahead in one
 * statement. Only a hint: rows of other pemda are read when they come.
 */
void store_impor_pemda(struct store *s, const char *const *kode, size_t n);
/* Writes one audit entry in the current transaction. */
int store_audit(struct store *s, const char *pengguna, const char *pemda, const char *tabel,
		const char *kunci, const char *lama, const char *baru, struct galat *g);

/* Result of an upsert. */
enum store_ubah { STORE_SAMA = 0, STORE_BARU, STORE_DIUBAH };

/*
 * Upserts by the keys of format-impor.md. The row's strings are borrowed.
 * *ubah (may be NULL) says what happened; a changed row is audited with
 * `pengguna`; a changed target keeps the earlier value in target_riwayat.
 */
int store_simpan_pemda(struct store *s, const struct pemda *p, const char *pengguna,
		       enum store_ubah *ubah, struct galat *g);
int store_simpan_pengaturan(struct store *s, const char *pemda, const char *kunci,
			    const char *nilai, const char *pengguna, enum store_ubah *ubah,
			    struct galat *g);
int store_simpan_rencana(struct store *s, const char *pemda, const struct rencana *r,
			 const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_opd(struct store *s, const char *pemda, const struct opd *o,
		     const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_indikator(struct store *s, const char *pemda, const struct indikator *i,
			   const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_target(struct store *s, const char *pemda, const struct target *t,
			const char *pengguna, enum store_ubah *ubah, struct galat *g);
/* Records a superseded target (an earlier PK in the same file) in the history, once. */
int store_simpan_target_lama(struct store *s, const char *pemda, const struct target *t,
			     struct galat *g);
int store_simpan_realisasi(struct store *s, const char *pemda, const struct realisasi *r,
			   const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_anggaran(struct store *s, const char *pemda, const struct anggaran *a,
			  const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_pembanding(struct store *s, const char *pemda, const struct pembanding *p,
			    const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_narasi(struct store *s, const char *pemda, const struct narasi *n,
			const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_dilaporkan(struct store *s, const char *pemda, const struct dilaporkan *d,
			    const char *pengguna, enum store_ubah *ubah, struct galat *g);
/* A fill window (jadwal.csv, migration 0020) by (pemda, tahun, triwulan). */
int store_simpan_jadwal(struct store *s, const char *pemda, const struct jadwal *j,
			const char *pengguna, enum store_ubah *ubah, struct galat *g);

/* Look-ups used to validate references; each returns 1 when found, 0 when not, -1 on error. */
int store_pemda_ada(struct store *s, const char *kode);
int store_rencana_jenis(struct store *s, const char *pemda, const char *kode,
			enum jenis_rencana *jenis);
int store_opd_ada(struct store *s, const char *pemda, const char *kode);
/* The parent OPD ("" when none) of an OPD into induk (n bytes): 1 found, 0 not, -1 failure. */
int store_opd_induk(struct store *s, const char *pemda, const char *kode, char *induk, size_t n);
/* jenis, opd and induk ("" when none) of a rencana node: 1 found, 0 not, -1 failure. */
int store_rencana_info(struct store *s, const char *pemda, const char *kode,
		       enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk, size_t ninduk);
/*
 * A Perjanjian Kinerja version; a new one stores isi[0..n_isi) as its frozen
 * content. A signed version whose fields would change is refused (g).
 */
int store_simpan_pk(struct store *s, const char *pemda, const struct pk *k,
		    const struct pk_isi *isi, int n_isi, const char *pengguna,
		    enum store_ubah *ubah, struct galat *g);
/* Fills arah and skala (skala may be "" ; buffer of nskala bytes) of an indicator. */
int store_indikator_info(struct store *s, const char *pemda, const char *kode, enum arah *arah,
			 char *skala, size_t nskala);

/*
 * Loads everything stored for pemda `kode` into m (initialised by the
 * caller with model_init): settings, plan, indicators, all years. A pemda
 * that does not exist is a user error (g->pengguna = 1).
 */
int store_muat(struct store *s, const char *kode, struct model *m, struct galat *g);
/*
 * Calls fn with the model of every pemda, as store_muat loads it, in the order
 * of their codes (bytewise; not store_pemda_daftar's order of first import),
 * all in one read transaction; each table is read once per chunk of pemda, not
 * once per pemda. The model is released when fn returns (fn may read the
 * store, not write); fn's nonzero stops the walk: -1, with g as fn left it.
 */
int store_muat_semua(struct store *s, int (*fn)(struct model *m, void *arg), void *arg,
		     struct galat *g);
/*
 * Loads only what checking a value of one indicator needs: the pemda and its
 * settings (scales), that indicator (none when it does not exist), its
 * targets and its realisasi, in one read transaction. The write path of a
 * realisasi reads this instead of the whole pemda (store_muat).
 */
int store_muat_indikator(struct store *s, const char *kode, const char *indikator,
			 struct model *m, struct galat *g);

/* Calls fn for every pemda code in the order of first import; stops on fn's nonzero. */
int store_pemda_daftar(struct store *s, int (*fn)(const char *kode, void *arg), void *arg,
		       struct galat *g);

/* Settings rows of a pemda, for export. */
int store_pengaturan_daftar(struct store *s, const char *pemda,
			    int (*fn)(const char *kunci, const char *nilai, void *arg), void *arg,
			    struct galat *g);

/* One entry of the audit log. */
struct store_audit_baris {
	int64_t id;
	const char *waktu, *pengguna, *pemda, *tabel, *kunci, *lama, *baru;
};
/* Calls fn for the audit entries of pemda (NULL: all), newest first, at most `batas`. */
int store_audit_daftar(struct store *s, const char *pemda, int batas,
		       int (*fn)(const struct store_audit_baris *b, void *arg), void *arg,
		       struct galat *g);

/*
 * Copies every row of src (plan, data, settings, users, audit, target
 * history, submissions and whatever later migrations add; sessions only
 * with sesi) into dst, which must be empty (a user error otherwise), ids
 * and order kept, in one transaction on each side (src read in one
 * snapshot). Both are migrated to the same version by store_open.
 */
int store_salin(struct store *src, struct store *dst, int sesi, struct galat *g);
/*
 * Writes a consistent SQLite snapshot of s into the new file path (which
 * must not exist), also while other connections write.
 */
int store_cadang(struct store *s, const char *path, struct galat *g);

#endif
