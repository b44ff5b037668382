/*
 * The import template of format-impor.md: validates every cell of the
 * template's tables and writes them through the store, all files in one
 * transaction (all or nothing). Also reads a folder of CSV files.
 */
#ifndef KINERJA_IMPOR_H
#define KINERJA_IMPOR_H

#include "../store/store.h"
#include "csv.h"

/* One table of the template, named like its file without ".csv" ("target"). */
struct impor_tabel {
	const char *nama;
	const char *berkas; /* for messages: "target.csv" or "data.xlsx:target" */
	struct csv_tabel *t;
};

struct impor_ringkasan {
	long baru, diubah, sama, dilewati; /* dilewati: rows with no value (n/a) */
};

/* Progress of a long import: called now and then with rows done of a table. */
typedef void (*impor_progres_fn)(const char *berkas, long selesai, long total, void *arg);

/* Names of the template's tables in import order (NULL-terminated). */
extern const char *const impor_urutan[];

/*
 * Imports the tables (any order, each at most once; pemda must be present
 * unless the database already holds the pemda codes used). One transaction:
 * on error nothing is written and g names file, row, column and value.
 */
int impor_jalankan(struct store *s, const struct impor_tabel *tabel, int n,
		   const char *pengguna, impor_progres_fn progres, void *arg,
		   struct impor_ringkasan *r, struct galat *g);

/* Reads every template CSV of folder `dir` and imports them (impor_jalankan). */
int impor_folder(struct store *s, const char *dir, const char *pengguna,
		 impor_progres_fn progres, void *arg, struct impor_ringkasan *r,
		 struct galat *g);

/* Reads a whole file into a NUL-terminated buffer the caller frees; -1 with g on failure. */
int impor_baca_berkas(const char *path, char **isi, size_t *n, struct galat *g);

#endif
