/*
 * Charts as SVG text (<rect>, <path>, escaped <text>) for the pages: a bar
 * chart of capaian and a line chart over the years. Colours come from CSS classes.
 */
#ifndef KINERJA_WEB_SVG_H
#define KINERJA_WEB_SVG_H

#include "../util/util.h"

/* One bar: label, value (ada = 0: no value), CSS class of its colour. */
struct svg_batang {
	const char *label;
	int ada;
	double nilai;
	const char *kelas;
};
/* Horizontal bars of percentages with a dashed line at 100; judul is the accessible title. */
void svg_batang(struct buf *b, const char *judul, const struct svg_batang *bar, int n);

/* One series of a line chart: a value per year (ada[i] = 0: none). */
struct svg_seri {
	const char *nama;
	const double *nilai;
	const int *ada;
};
/* Lines over the years with a legend. */
void svg_garis(struct buf *b, const char *judul, const int *tahun, int ntahun,
	       const struct svg_seri *seri, int nseri);

#endif
