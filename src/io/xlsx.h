/*
 * XLSX workbooks of the import template: a reader (libzip + expat) that turns
 * every sheet into a csv_tabel the importer takes, and a writer
 * (libxlsxwriter) of the template tables built by ekspor_init and ekspor_model.
 */
#ifndef KINERJA_XLSX_H
#define KINERJA_XLSX_H

#include <stddef.h>

#include "csv.h"
#include "ekspor.h"

struct xlsx_lembar {
	char *nama;         /* the sheet's name as in the workbook */
	struct csv_tabel t; /* its cells as text: row N of the sheet is line N */
};

struct xlsx_buku {
	int n;
	struct xlsx_lembar *lembar; /* in workbook order */
};

/*
 * Reads the workbook data[0..n) into b (release with xlsx_release, also after
 * a failure). Shared and inline strings are taken as they are; numbers become
 * their shortest Indonesian writing ("8,64", angka_format_kanonik); cells
 * formatted as dates become "YYYY-MM-DD"; booleans "1"/"0"; a formula's
 * cached result is its value. `berkas` names the file in messages.
 */
int xlsx_baca(const void *data, size_t n, const char *berkas, struct xlsx_buku *b,
	      struct galat *g);
void xlsx_release(struct xlsx_buku *b);

/*
 * Writes the template tables of h as a workbook at path, one sheet per table
 * named like its CSV file without ".csv". Values that read back exactly are
 * numbers (years, budgets, targets); codes and texts stay strings.
 */
int xlsx_tulis_templat(const struct ekspor_hasil *h, const char *path, struct galat *g);

#endif
