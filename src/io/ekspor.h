/*
 * Export: writes models (store_muat) back as the CSV files of the import
 * template, so that a database round-trips through the format without loss.
 * The columns come from the template's schema (core/templat.h).
 */
#ifndef KINERJA_EKSPOR_H
#define KINERJA_EKSPOR_H

#include "../core/model.h"
#include "../core/templat.h"
#include "../util/util.h"

/* The template tables as CSV text, each with its header: isi[i] is templat[i] (nama[i]). */
struct ekspor_hasil {
	int n;
	const char *nama[TEMPLAT_N]; /* "pemda", "pengaturan", ... (static) */
	struct buf isi[TEMPLAT_N];
};

/* Starts every table with its header row. */
void ekspor_init(struct ekspor_hasil *h);
/* Appends one settings row of pemda (settings are not kept in the model as written). */
void ekspor_pengaturan(struct ekspor_hasil *h, const char *pemda, const char *kunci,
		       const char *nilai);
/* Appends every row of the pemda held by m (its settings excepted: ekspor_pengaturan). */
void ekspor_model(struct ekspor_hasil *h, const struct model *m);
void ekspor_release(struct ekspor_hasil *h);

/*
 * Rewrites the header of table id (before any row): the template's columns
 * followed by extra[0..n) (survei_jawaban: the unsur codes of the surveys).
 */
void ekspor_kepala_tambah(struct ekspor_hasil *h, enum templat_id id, const char *const *extra,
			  int n);
/* Appends one row of table id: n cells as text (the tables not held by a model). */
void ekspor_baris(struct ekspor_hasil *h, enum templat_id id, const char *const *sel, int n);

/* Writes the files into folder dir (created when missing), each replaced atomically. */
int ekspor_folder(const struct ekspor_hasil *h, const char *dir, struct galat *g);

#endif
