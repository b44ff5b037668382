/*
 * The year's controls (migration 0020_siklus.sql): locks of a pemda-year and
 * fill windows. Plain reads and writes; the rules live in src/layanan/kunci.c.
 */
#ifndef KINERJA_STORE_SIKLUS_H
#define KINERJA_STORE_SIKLUS_H

#include <stdint.h>

#include "store.h"

/*
 * Whether pemda kode exists: 1, 0, -1. Unlike store_pemda_ada (which leaves
 * its statement stepped, holding a read snapshot on SQLite until its next use),
 * the statement is reset before returning: for use outside a transaction.
 */
int store_siklus_pemda_ada(struct store *s, const char *kode);

/* A lock: when (UTC, 2006-01-02T15:04:05Z) and by whom. */
struct store_kunci {
	char waktu[32], oleh[64];
};

/* The lock of pemda-tahun: 1 locked (into *out), 0 not, -1 error with g. */
int store_kunci_cari(struct store *s, const char *pemda, int tahun, struct store_kunci *out,
		     struct galat *g);
/* Number of locks held (every pemda), or -1 with g. */
long store_kunci_jumlah(struct store *s, struct galat *g);
/* Locks pemda-tahun now by `oleh`. */
int store_kunci_pasang(struct store *s, const char *pemda, int tahun, const char *oleh,
		       struct galat *g);
/* Removes the lock of pemda-tahun. */
int store_kunci_hapus(struct store *s, const char *pemda, int tahun, struct galat *g);

/* A fill window; times are WIB, `YYYY-MM-DD HH:MM`. */
struct store_jadwal {
	char pemda[32];
	int tahun, triwulan;
	char buka[20], tutup[20];
};

/* Windows are written by store_simpan_jadwal (store.h), the upsert jadwal.csv uses. */
/* The window of (pemda, tahun, triwulan): 1 found, 0 none, -1 error with g. */
int store_jadwal_cari(struct store *s, const char *pemda, int tahun, int triwulan,
		      struct store_jadwal *out, struct galat *g);
/* Calls fn for the windows of pemda (all years when tahun is 0) by year and quarter. */
int store_jadwal_daftar(struct store *s, const char *pemda, int tahun,
			int (*fn)(const struct store_jadwal *j, void *arg), void *arg,
			struct galat *g);

/*
 * Deletes the pending ('diajukan') submissions of the cell (pemda, indikator,
 * tahun, triwulan) other than `kecuali`, calling fn (may be NULL) with each
 * one's id and value first, so that the caller audits what it replaces.
 */
int store_usulan_ganti(struct store *s, const char *pemda, const char *indikator, int tahun,
		       int triwulan, int64_t kecuali,
		       int (*fn)(int64_t id, const char *nilai, void *arg), void *arg,
		       struct galat *g);

/* A reviewer's note on a finding (objek, ukuran, sumber) of pemda-tahun. */
struct store_catatan {
	char objek[64], ukuran[64], sumber[128];
	char catatan[1024], oleh[64], waktu[32];
};
/* Upserts a note by `oleh` now; *lama (may be NULL, 1024 bytes) receives the earlier text or "". */
int store_catatan_simpan(struct store *s, const char *pemda, int tahun,
			 const struct store_catatan *c, char *lama, struct galat *g);
/* Calls fn for the notes of pemda-tahun by objek, ukuran, sumber. */
int store_catatan_daftar(struct store *s, const char *pemda, int tahun,
			 int (*fn)(const struct store_catatan *c, void *arg), void *arg,
			 struct galat *g);

#endif
