/*
 * The review statement (Pernyataan Telah Direviu, siklus.md): produced only
 * when every `kesalahan` finding of the pemda-year is corrected (no longer
 * found) or answered by a reviewer's note; it lists those notes. Pure but
 * for writing the file: the caller loads the notes from the store.
 */
#ifndef KINERJA_PERNYATAAN_H
#define KINERJA_PERNYATAAN_H

#include "../core/model.h"
#include "../core/reviu.h"
#include "../util/util.h"

/* A reviewer's note on the finding (objek, ukuran, sumber); strings borrowed. */
struct pernyataan_catatan {
	const char *objek, *ukuran, *sumber, *catatan, *oleh;
};

/*
 * The kesalahan findings of r not answered by a note of c[0..n): their count,
 * each described in `terbuka` (one line each: "objek ukuran (sumber): pesan").
 */
int pernyataan_terbuka(const struct reviu *r, const struct pernyataan_catatan *c, int n,
		       struct buf *terbuka);

/*
 * The OPD whose jenis is `inspektorat` (opd.csv), the first in model order,
 * or NULL: its kepala, nip and jabatan sign the statement (blank lines when
 * absent).
 */
const struct opd *pernyataan_inspektorat(const struct model *m);

/*
 * Writes the statement of m's pemda for tahun to path in format ("html" or
 * "pdf"), listing the notes; `kunci` (may be NULL) the lock line. 0, or -1
 * with g. The caller checks pernyataan_terbuka first.
 */
int pernyataan_tulis(const struct model *m, int tahun, const struct pernyataan_catatan *c,
		     int n, const char *kunci, const char *format, const char *path,
		     struct galat *g);

#endif
