/*
 * Evidence files (bukti dukung, migration 0050) over the store's driver, on
 * either engine. The content is a BLOB (SQLite) / bytea (PostgreSQL); writes
 * only from layanan/bukti.c, inside its transaction.
 */
#ifndef KINERJA_STORE_BUKTI_H
#define KINERJA_STORE_BUKTI_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* One stored file without its content. */
struct store_bukti {
	int64_t id;
	char objek[200];
	char pemda[32];
	char nama[128];
	char jenis[8];
	int64_t ukuran;
	char sha256[65];
	char pengunggah[64];
	char waktu[32];
};

/* Stores b (id ignored, waktu set here) with content isi[0..n); *id receives its number. */
int store_bukti_tambah(struct store *s, const struct store_bukti *b, const void *isi, size_t n,
		       int64_t *id, struct galat *g);
/* File id: 1 found (its content appended to isi when isi is not NULL), 0 not, -1 error. */
int store_bukti_cari(struct store *s, int64_t id, struct store_bukti *out, struct buf *isi,
		     struct galat *g);
/* Calls fn for the files of objek, oldest first (no content); fn's nonzero stops. */
int store_bukti_daftar(struct store *s, const char *objek,
		       int (*fn)(const struct store_bukti *b, void *arg), void *arg,
		       struct galat *g);
/* Calls fn for the files whose objek starts with awalan (one query), by objek then id. */
int store_bukti_awalan(struct store *s, const char *awalan,
		       int (*fn)(const struct store_bukti *b, void *arg), void *arg,
		       struct galat *g);
/* The OPD of an indicator ("" when none): 1 found, 0 unknown indicator, -1 error. */
int store_bukti_indikator_opd(struct store *s, const char *pemda, const char *kode, char *opd,
			      size_t n, struct galat *g);

/*
 * The verification queue's length: submissions of pemda (every pemda when
 * NULL) waiting for verification (status diajukan), one query; -1 on error.
 * For the navigation of planners (web/hal_tata.c).
 */
long store_usulan_menunggu(struct store *s, const char *pemda);

#endif
