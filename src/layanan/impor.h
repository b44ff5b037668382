/*
 * The import use case: the template's tables (io/impor.h parses and
 * validates them) written to the store in one transaction, all or nothing,
 * with one audit summary per file. Called by `kinerja import` and `kinerja demo`.
 */
#ifndef KINERJA_LAYANAN_IMPOR_H
#define KINERJA_LAYANAN_IMPOR_H

#include "../io/impor.h"
#include "../store/store.h"

/*
 * Imports the tables (any order, each at most once; pemda must be present).
 * References are resolved from the store and from rows earlier in the same
 * import. On error nothing is written: d holds every error of the first file
 * that has any (g the first of them), or g alone a failure of the store.
 * `pengguna` is the audit's user (NULL: "import").
 */
int layanan_impor(struct store *s, const struct impor_tabel *tabel, int n, const char *pengguna,
		  impor_progres_fn progres, void *arg, struct impor_ringkasan *r,
		  struct impor_galat *d, struct galat *g);

#endif
