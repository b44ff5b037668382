/*
 * CSV reading and writing for the import template: UTF-8 (BOM accepted),
 * or Windows-1252 as Excel saves "CSV" (converted to UTF-8), delimiter
 * detected among ',', ';' and TAB, quoted fields with "" escapes and line
 * breaks, CRLF. The reader hands rows to its caller; no I/O here
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
	int cp1252;         /* 1: the text was Windows-1252 and has been converted to UTF-8 */
	int n_kolom;
	char **kolom;       /* header names, lower-cased and trimmed */
	long n_baris;
	struct csv_baris *baris;
};

/*
 * Parses text[0..n) into t (initialised here; release with csv_release).
 * `berkas` names the file in error messages. Fully empty lines are skipped.
 * Text that is not valid UTF-8 but holds no UTF-8 sequence at all and only
 * bytes Windows-1252 defines is read as Windows-1252 (t->cp1252 = 1); any
 * other invalid UTF-8 is left in the cells for the caller to refuse by cell.
 */
int csv_baca(const char *text, size_t n, const char *berkas, struct csv_tabel *t,
	     struct galat *g);
void csv_release(struct csv_tabel *t);

/* Index of a header column (case-insensitive), -1 when absent. */
int csv_kolom(const struct csv_tabel *t, const char *nama);

/* The cell of row r in column c, "" when the row is shorter or c < 0. */
const char *csv_sel(const struct csv_baris *r, int c);

/* 1 when s[0..n) is valid UTF-8 (no overlong forms, surrogates or code points above U+10FFFF). */
int csv_utf8_sah(const char *s, size_t n);

/*
 * When text[0..n) is not UTF-8 but reads as Windows-1252 (see csv_baca),
 * returns its conversion to UTF-8 (the caller frees; length in *out_n); else NULL.
 */
char *csv_dari_cp1252(const char *text, size_t n, size_t *out_n);

/* Appends one cell to b, quoted when it holds the delimiter, a quote or a line break. */
void csv_tulis_sel(struct buf *b, const char *s, char pemisah);

#endif
