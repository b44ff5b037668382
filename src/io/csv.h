/*
 * CSV reading and writing for the import template: UTF-8 (BOM accepted),
 * delimiter detected among ',', ';' and TAB, quoted fields with "" escapes
 * and line breaks, CRLF. The reader hands rows to its caller; no I/O here
 * beyond the memory it is given.
 */
#ifndef KINERJA_CSV_H
#define KINERJA_CSV_H

#include <stddef.h>

#include "../util/util.h"

struct csv_baris {
	long nomor; /* line of the file where the row starts (the header is line 1) */
	int n;      /* cells in this row */
	char **sel; /* cells, trimmed of surrounding spaces */
};

struct csv_tabel {
	struct arena arena;
	char pemisah;       /* the detected delimiter */
	int n_kolom;
	char **kolom;       /* header names, lower-cased and trimmed */
	long n_baris;
	struct csv_baris *baris;
};

/*
 * Parses text[0..n) into t (initialised here; release with csv_release).
 * `berkas` names the file in error messages. Fully empty lines are skipped.
 */
int csv_baca(const char *text, size_t n, const char *berkas, struct csv_tabel *t,
	     struct galat *g);
void csv_release(struct csv_tabel *t);

/* Index of a header column (case-insensitive), -1 when absent. */
int csv_kolom(const struct csv_tabel *t, const char *nama);

/* The cell of row r in column c, "" when the row is shorter or c < 0. */
const char *csv_sel(const struct csv_baris *r, int c);

/* Appends one cell to b, quoted when it holds the delimiter, a quote or a line break. */
void csv_tulis_sel(struct buf *b, const char *s, char pemisah);

#endif
