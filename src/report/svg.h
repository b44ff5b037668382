/*
 * Charts of the LKjIP and of the web pages: one layout of a dok_grafik drawn
 * through a small set of primitives, written as SVG text (report HTML, web
 * pages) or drawn with cairo (pdf.c), so all show the same chart. Every
 * primitive carries its colour and a CSS class (the web styles and tests by
 * class). Text is escaped by buf_esc_html (util.h).
 */
#ifndef KINERJA_REPORT_SVG_H
#define KINERJA_REPORT_SVG_H

#include "dokumen.h"

enum svg_jangkar { JANGKAR_AWAL, JANGKAR_TENGAH, JANGKAR_AKHIR };

/* How a primitive is drawn: a colour "#rrggbb" and a CSS class (may be NULL). */
struct svg_pena {
	const char *warna;
	const char *kelas;
};

/* Drawing primitives. */
struct svg_ops {
	void (*kotak)(void *ctx, double x, double y, double w, double h,
		      const struct svg_pena *pena);
	void (*garis)(void *ctx, const double *xs, const double *ys, int n,
		      const struct svg_pena *pena, double tebal, int putus);
	void (*titik)(void *ctx, double x, double y, double r, const struct svg_pena *pena);
	void (*teks)(void *ctx, double x, double y, const char *s, double ukuran,
		     enum svg_jangkar jangkar, const struct svg_pena *pena);
};

/* Below this width the layout is narrow: labels above the bars, legends wrapped. */
#define SVG_SEMPIT 400.0

/* Height the chart needs at width w (bars grow with their number, legends wrap). */
double svg_tinggi(const struct dok_grafik *g, double w);

/* Lays the chart out in a w x svg_tinggi(g, w) box and draws it through ops. */
void svg_gambar(const struct dok_grafik *g, double w, const struct svg_ops *ops, void *ctx);

/*
 * Appends the chart as an <svg> element of width w (text, escaped labels), with
 * CSS class `kelas` on the element (NULL: "grafik").
 */
void svg_tulis(struct buf *b, const struct dok_grafik *g, double w, const char *kelas);

/* Colour of a predikat class (0 = highest), grey for -1; from the one table (warna.h). */
const char *svg_warna_kelas(int kelas);

#endif
