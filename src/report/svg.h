/*
 * Charts of the LKjIP: one layout of a dok_grafik drawn through a small set
 * of primitives, written as SVG text (html.c) or drawn with cairo (pdf.c),
 * so both show the same chart. Text is escaped by buf_esc_html (util.h).
 */
#ifndef KINERJA_REPORT_SVG_H
#define KINERJA_REPORT_SVG_H

#include "dokumen.h"

enum svg_jangkar { JANGKAR_AWAL, JANGKAR_TENGAH, JANGKAR_AKHIR };

/* Drawing primitives; colours are "#rrggbb". */
struct svg_ops {
	void (*kotak)(void *ctx, double x, double y, double w, double h, const char *warna);
	void (*garis)(void *ctx, const double *xs, const double *ys, int n, const char *warna,
		      double tebal, int putus);
	void (*titik)(void *ctx, double x, double y, double r, const char *warna);
	void (*teks)(void *ctx, double x, double y, const char *s, double ukuran,
		     enum svg_jangkar jangkar, const char *warna);
};

/* Height the chart needs at width w (bars grow with their number). */
double svg_tinggi(const struct dok_grafik *g, double w);

/* Lays the chart out in a w x svg_tinggi(g, w) box and draws it through ops. */
void svg_gambar(const struct dok_grafik *g, double w, const struct svg_ops *ops, void *ctx);

/* Appends the chart as an <svg> element (text, escaped labels) of width w. */
void svg_tulis(struct buf *b, const struct dok_grafik *g, double w);


/* Colour of a predikat class (0 = highest), grey for -1. */
const char *svg_warna_kelas(int kelas);

#endif
