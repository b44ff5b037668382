/*
 * The LKjIP report in one of its formats: html, pdf, xlsx or csv. One entry
 * point for the command line and the web; the renderers below are the
 * report module's own and work on the document model of dokumen.h.
 */
#ifndef KINERJA_LAPORAN_H
#define KINERJA_LAPORAN_H

#include "../core/model.h"
#include "../util/util.h"
#include "dokumen.h"

/*
 * Measures m in `tahun`, builds the document and writes it to path in
 * `format` ("html", "pdf", "xlsx", "csv"). For csv a path ending in '/' is a
 * folder that receives one file per main table; any other path is one file
 * with every table, each preceded by a title row and followed by a blank line.
 * Returns 0, or -1 with g set (an unknown format is a user error).
 */
int laporan_tulis(const struct model *m, int tahun, const char *format, const char *path,
		  struct galat *g);
/* The same with the regions under the pemda (a province's table, dokumen.h); w may be NULL. */
int laporan_tulis_wilayah(const struct model *m, const struct dokumen_wilayah *w, int tahun,
			  const char *format, const char *path, struct galat *g);

/*
 * What a report request names (antarmuka.md `report`): dokumen "lkjip"
 * (NULL too) or "pk"; opd NULL for the pemda, else the OPD's LKj or PK;
 * versi the PK version (0 = the latest). w: the province's regions or NULL.
 */
struct laporan_lingkup {
	const char *dokumen, *opd;
	int versi;
	const struct dokumen_wilayah *w;
};
/*
 * Writes that document of m for tahun to path in format: the LKjIP in every
 * format, an OPD's LKj in every format, a PK version (frozen, byte for byte
 * the same each time) as pdf or html. 0, or -1 with g (user errors marked).
 */
int laporan_tulis_lingkup(const struct model *m, const struct laporan_lingkup *l, int tahun,
			  const char *format, const char *path, struct galat *g);

/* Writes a built document d (the LKjIP or another, e.g. dok_evaluasi.h) in `format`. */
int laporan_tulis_dokumen(const struct dokumen *d, const char *format, const char *path,
			  struct galat *g);

/*
 * Releases the font caches the PDF renderer leaves in cairo, pango and
 * fontconfig, so that a short-lived process ends without leaks. Call once
 * at process exit, when no report is being written (not from the server).
 */
void laporan_bersihkan(void);

/*
 * Appends a text cell to a CSV line (quoted as needed), neutralised against
 * formula injection as the report's CSV does: text a spreadsheet would run as
 * a formula (= + - @ TAB CR first, but numbers and ranges) gets a leading '.
 * The open data of /publik writes its text cells through it.
 */
void laporan_csv_teks(struct buf *b, const char *teks, char pemisah);

/* The renderers. Each returns 0, or -1 with g set. */
void laporan_html(const struct dokumen *d, struct buf *out);
int laporan_pdf(const struct dokumen *d, const char *path, struct galat *g);
int laporan_xlsx(const struct dokumen *d, const char *path, struct galat *g);
int laporan_csv(const struct dokumen *d, const char *path, struct galat *g);

#endif
