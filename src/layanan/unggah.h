/*
 * The template in the browser: an upload (CSV files or one XLSX workbook)
 * previewed as a dry run, then applied, and the template pre-filled with a
 * pemda's data for download. Plain types only, so that the web layer (which
 * never includes io/) calls it; the work is layanan_impor_unggah (impor.h).
 */
#ifndef KINERJA_LAYANAN_UNGGAH_H
#define KINERJA_LAYANAN_UNGGAH_H

#include <stddef.h>

#include "../store/store.h"
#include "aktor.h"

struct unggah_berkas {
	const char *nama; /* a harmless file name: "target.csv", "data.xlsx" */
	const char *data;
	size_t n;
};

struct unggah_ringkas {
	char berkas[256];
	long baru, diubah, sama, dilewati;
	int galat;
};

struct unggah_galat {
	char berkas[256];
	long baris; /* 0: the whole file */
	char kolom[64];
	char pesan[512];
};

struct unggah_hasil {
	int n;
	struct unggah_ringkas f[32];
	int n_galat;
	long galat_lain; /* errors beyond those kept */
	struct unggah_galat *galat;
};
void unggah_hasil_release(struct unggah_hasil *h);

/*
 * Reads the uploaded files as the template and imports them by actor a: a
 * dry run when coba (nothing stays written), else in one transaction. h
 * holds the counts per file and every error (file, row, column, message
 * with the value). Returns a layanan_status, g the first error.
 */
int layanan_unggah_impor(struct store *s, const struct aktor *a, const struct unggah_berkas *f,
			 int n, int coba, struct unggah_hasil *h, struct galat *g);

/*
 * The template of pemda filled with its stored data as an XLSX workbook in
 * out (admin and perencana in scope). Returns a layanan_status.
 */
int layanan_unggah_templat(struct store *s, const struct aktor *a, const char *pemda,
			   struct buf *out, struct galat *g);

#endif
