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

#include "aktor.h"

/* What an import did (or would do) to one file. */
struct layanan_impor_berkas {
	char berkas[256];
	struct impor_ringkasan r;
	int galat; /* errors found in this file */
};
struct layanan_impor_hasil {
	int n;
	struct layanan_impor_berkas f[TEMPLAT_N];
};

/*
 * The import of the browser: as layanan_impor, by actor a (admin or
 * perencana; each row's pemda within a's scope), counting per file in h. A
 * file with invalid cells does not stop the others: d holds the errors of
 * every file. coba = 1: a dry run (the preview): everything is written in a
 * transaction that is rolled back, so the counts are those the import would
 * make now. Returns a layanan_status: LAYANAN_OK; LAYANAN_SALAH with d (or g
 * alone for a file that cannot be read as the template); LAYANAN_TERLARANG; 500/503.
 */
int layanan_impor_unggah(struct store *s, const struct aktor *a, const struct impor_tabel *tabel,
			 int n, int coba, struct layanan_impor_hasil *h, struct impor_galat *d,
			 struct galat *g);

/*
 * One row entered in a form: kolom[i] = nilai[i] (n pairs; a column not named is
 * empty) as a one-row file of table tt: the same checks and writes as the
 * import, each row audited, pemda need not be among the tables (its rows
 * refer to a stored pemda), returning as layanan_impor_unggah; for the roles
 * in peran (comma-separated; NULL: admin and perencana; the caller has
 * checked what other roles may write).
 */
int layanan_impor_baris(struct store *s, const struct aktor *a, const char *peran,
			const struct templat_tabel *tt, const char *const *kolom,
			const char *const *nilai, int n, struct layanan_impor_hasil *h,
			struct impor_galat *d, struct galat *g);

struct unggah_hasil;
/* Copies what an import did and its errors into the plain form of unggah.h (unggah.c). */
void unggah_hasil_isi(struct unggah_hasil *h, const struct layanan_impor_hasil *hi,
		      const struct impor_galat *d);

#endif
