/*
 * What store.c, store_web.c and store_salin.c share: the store's connection
 * and its cache of prepared statements. Not for use outside src/store/.
 */
#ifndef KINERJA_STORE_INT_H
#define KINERJA_STORE_INT_H

#include "store.h"
#include "store_drv.h"
#include "../util/util.h"

#define STORE_CACHE_N 192

struct store_prefetch;

struct store {
	struct store_drv *d;
	const struct store_drv_ops *o;
	int audit_sisip;
	int versi;
	struct store_st *sel[32], *ins[32], *upd[32];
	struct store_st *pfsel[32]; /* each table's rows of one pemda, read ahead (store.c) */
	struct store_st *muat[24];  /* what store_muat reads (store.c) */
	struct store_st *muat_banyak[24]; /* the same for many pemda at once (store_muat_semua) */
	char *kolom[32]; /* each table's columns, comma-separated */
	struct {
		const char *sql;
		struct store_st *st;
	} cache[STORE_CACHE_N];
	int ncache;
	struct store_prefetch *pf; /* rows read ahead during a bulk import (store.c) */
	struct buf cari; /* the values of the last look-up (cari), valid until the next one */
	struct buf kpf;  /* the key of the row an upsert reads ahead (store.c) */
	int audit_urut;  /* PostgreSQL: this transaction holds the audit order lock (store_audit) */
};

/*
 * The statement for sql (a string constant: it is cached by its address),
 * prepared on first use and ready to bind; NULL with g set on error.
 */
struct store_st *store_st(struct store *s, const char *sql, struct galat *g);
/* Sets g from the driver's last error ("basis data: apa: reason"); returns -1. */
int store_galat(struct store *s, struct galat *g, const char *apa);
/* Runs st to its end (no rows expected) and resets it: 0, or -1 with g. */
int store_jalan(struct store *s, struct store_st *st, struct galat *g);
/*
 * A stored value (Indonesian text, as the import wrote it) into v, its text
 * kept as entered when teks_asli is set; 0, or -1 when it does not parse.
 */
int store_nilai_muat(struct model *m, const char *teks, struct nilai *v, const char *teks_asli);
/* The current UTC time as 2006-01-02T15:04:05Z. */
void store_waktu(char out[32]);

#endif
