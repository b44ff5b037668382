/*
 * Export: writes the database back as the CSV files of the import template,
 * so that a database round-trips through the format without loss.
 */
#ifndef KINERJA_EKSPOR_H
#define KINERJA_EKSPOR_H

#include "../store/store.h"

/* Builds every template table of every pemda as CSV text; tabel[i] named impor_urutan[i]. */
struct ekspor_hasil {
	int n;
	const char *nama[16]; /* "pemda", "rencana", ... (static) */
	struct buf isi[16];
};

int ekspor_bangun(struct store *s, struct ekspor_hasil *h, struct galat *g);
void ekspor_release(struct ekspor_hasil *h);

/* Writes the files into folder dir (created when missing). */
int ekspor_folder(struct store *s, const char *dir, struct galat *g);

#endif
