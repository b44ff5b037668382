/* Chart layout and SVG text; see svg.h. */
#include "svg.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/warna.h"

#define FONT 9.0
#define BARIS_BATANG 16.0
#define TINGGI_GARIS 230.0
#define MAKS_TITIK 64

static const char *const warna_seri[] = {"#0a4d8c", "#8c959f", "#b35900", "#6f42c1", "#1a7f37",
					 "#cf222e", "#3b8eea", "#9a6700"};

const char *svg_warna_kelas(int kelas)
{
	return warna_predikat(kelas)->latar;
}

/* s cut to at most n code points, "…" added when cut; into out. */
static const char *potong(const char *s, int n, char *out, size_t cap)
{
	size_t i = 0, o = 0;
	int cp = 0;
	while (s[i] && o + 4 < cap) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (cp == n) {
				if (o + 4 < cap)
					memcpy(out + o, "\xe2\x80\xa6", 3), o += 3;
				break;
			}
			cp++;
		}
		out[o++] = s[i++];
	}
	out[o] = '\0';
	return out;
}

/* A "nice" step for an axis spanning `rentang` with about n ticks. */
static double langkah(double rentang, int n)
{
	if (rentang <= 0)
		return 1;
	double kasar = rentang / n;
	double p = pow(10, floor(log10(kasar)));
	double f = kasar / p;
	double m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
	return m * p;
}

static void label_angka(double v, double step, char *out, size_t n)
{
	int des = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
	angka_format(v, des, out, n);
}

double svg_tinggi(const struct dok_grafik *g, double w)
{
	(void)w;
	if (g->jenis == GRAFIK_BATANG)
		return 40 + BARIS_BATANG * g->n + 34;
	return TINGGI_GARIS;
}

static void gambar_batang(const struct dok_grafik *g, double w, const struct svg_ops *o,
			  void *c)
{
	double kiri = w * 0.42, kanan = w - 40, atas = 30;
	double lo = 0, hi = 100;
	for (int i = 0; i < g->n; i++) {
		double v = g->seri[0].nilai[i];
		if (isnan(v))
			continue;
		if (v < lo)
			lo = v;
		if (v > hi)
			hi = v;
	}
	double st = langkah(hi - lo, 5);
	lo = floor(lo / st) * st;
	hi = ceil(hi / st) * st;
	double sk = (kanan - kiri) / (hi - lo);
	double bawah = atas + BARIS_BATANG * g->n;
	char x[64];
	for (double v = lo; v <= hi + st / 2; v += st) {
		double px = kiri + (v - lo) * sk;
		double xs[2] = {px, px}, ys[2] = {atas - 2, bawah};
		o->garis(c, xs, ys, 2, "#d0d7de", 0.5, 0);
		label_angka(v, st, x, sizeof(x));
		o->teks(c, px, bawah + 11, x, FONT - 1, JANGKAR_TENGAH, "#57606a");
	}
	int maks = (int)(kiri / (FONT * 0.55)) - 2;
	for (int i = 0; i < g->n; i++) {
		double y = atas + BARIS_BATANG * i;
		double v = g->seri[0].nilai[i];
		char l[256];
		o->teks(c, kiri - 4, y + BARIS_BATANG * 0.68, potong(g->label[i], maks, l, sizeof(l)),
			FONT, JANGKAR_AKHIR, "#24292f");
		if (isnan(v))
			continue;
		double x0 = kiri + (0 - lo) * sk, x1 = kiri + (v - lo) * sk;
		o->kotak(c, x0 < x1 ? x0 : x1, y + 3, fabs(x1 - x0), BARIS_BATANG - 6,
			 svg_warna_kelas(g->kelas[i]));
		angka_format(v, 2, x, sizeof(x));
		o->teks(c, (x1 > x0 ? x1 : x0) + 3, y + BARIS_BATANG * 0.68, x, FONT - 1,
			JANGKAR_AWAL, "#24292f");
	}
	if (!isnan(g->garis_acuan) && g->garis_acuan >= lo && g->garis_acuan <= hi) {
		double px = kiri + (g->garis_acuan - lo) * sk;
		double xs[2] = {px, px}, ys[2] = {atas - 4, bawah};
		o->garis(c, xs, ys, 2, "#24292f", 1, 1);
	}
	double xs[2] = {kiri + (0 - lo) * sk, kiri + (0 - lo) * sk}, ys[2] = {atas - 2, bawah};
	o->garis(c, xs, ys, 2, "#57606a", 1, 0);
	/* legend of the predikat colours */
	double lx = 10, ly = bawah + 24;
	for (int k = 0; k < g->n_kelas; k++) {
		o->kotak(c, lx, ly - 8, 9, 9, svg_warna_kelas(k));
		o->teks(c, lx + 12, ly, g->kelas_nama[k], FONT - 1, JANGKAR_AWAL, "#24292f");
		lx += 20 + strlen(g->kelas_nama[k]) * (FONT - 1) * 0.55;
	}
	o->teks(c, 10, 14, "Capaian (%)", FONT, JANGKAR_AWAL, "#24292f");
}

static void gambar_garis(const struct dok_grafik *g, double w, const struct svg_ops *o, void *c)
{
	double kiri = 52, kanan = w - 20, atas = 24, bawah = TINGGI_GARIS - 52;
	double lo = INFINITY, hi = -INFINITY;
	for (int s = 0; s < g->n_seri; s++)
		for (int i = 0; i < g->n; i++) {
			double v = g->seri[s].nilai[i];
			if (isnan(v))
				continue;
			lo = v < lo ? v : lo;
			hi = v > hi ? v : hi;
		}
	if (lo > hi)
		lo = 0, hi = 1;
	if (hi - lo < 1e-9) {
		double d = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
		lo -= d;
		hi += d;
	}
	double st = langkah(hi - lo, 5);
	lo = floor(lo / st) * st;
	hi = ceil(hi / st) * st;
	double sy = (bawah - atas) / (hi - lo);
	double dx = g->n > 1 ? (kanan - kiri - 20) / (g->n - 1) : 0;
	char x[64];
	for (double v = lo; v <= hi + st / 2; v += st) {
		double py = bawah - (v - lo) * sy;
		double xs[2] = {kiri, kanan}, ys[2] = {py, py};
		o->garis(c, xs, ys, 2, "#d0d7de", 0.5, 0);
		label_angka(v, st, x, sizeof(x));
		o->teks(c, kiri - 4, py + 3, x, FONT - 1, JANGKAR_AKHIR, "#57606a");
	}
	for (int i = 0; i < g->n; i++)
		o->teks(c, kiri + 10 + dx * i, bawah + 13, g->label[i], FONT - 1, JANGKAR_TENGAH,
			"#57606a");
	if (g->satuan && *g->satuan)
		o->teks(c, 6, 14, g->satuan, FONT, JANGKAR_AWAL, "#24292f");
	for (int s = 0; s < g->n_seri; s++) {
		const char *wr = warna_seri[s % 8];
		double xs[MAKS_TITIK], ys[MAKS_TITIK];
		int n = 0;
		for (int i = 0; i <= g->n; i++) {
			double v = i < g->n ? g->seri[s].nilai[i] : NAN;
			/* years without a value are skipped: the line joins the known ones */
			if (!isnan(v) && n < MAKS_TITIK) {
				xs[n] = kiri + 10 + dx * i;
				ys[n] = bawah - (v - lo) * sy;
				n++;
			}
			if (i < g->n)
				continue;
			if (n > 1)
				o->garis(c, xs, ys, n, wr, s == 0 ? 2 : 1.4, g->seri[s].putus);
			n = 0;
		}
		for (int i = 0; i < g->n; i++) {
			double v = g->seri[s].nilai[i];
			if (isnan(v))
				continue;
			double px = kiri + 10 + dx * i, py = bawah - (v - lo) * sy;
			o->titik(c, px, py, 2.5, wr);
			if (s == 0) {
				angka_format(v, 2, x, sizeof(x));
				o->teks(c, px, py - 5, x, FONT - 1.5, JANGKAR_TENGAH, wr);
			}
		}
	}
	double lx = kiri, ly = TINGGI_GARIS - 14;
	for (int s = 0; s < g->n_seri; s++) {
		double xs[2] = {lx, lx + 16}, ys[2] = {ly - 3, ly - 3};
		o->garis(c, xs, ys, 2, warna_seri[s % 8], 2, g->seri[s].putus);
		o->teks(c, lx + 20, ly, g->seri[s].nama, FONT - 1, JANGKAR_AWAL, "#24292f");
		lx += 30 + strlen(g->seri[s].nama) * (FONT - 1) * 0.55;
	}
}

void svg_gambar(const struct dok_grafik *g, double w, const struct svg_ops *ops, void *ctx)
{
	if (g->jenis == GRAFIK_BATANG)
		gambar_batang(g, w, ops, ctx);
	else
		gambar_garis(g, w, ops, ctx);
}

/* ---- the SVG backend ---- */

static void svg_kotak(void *c, double x, double y, double w, double h, const char *warna)
{
	buf_printf(c, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
		   x, y, w, h, warna);
}

static void svg_garis(void *c, const double *xs, const double *ys, int n, const char *warna,
		      double tebal, int putus)
{
	struct buf *b = c;
	buf_puts(b, "<path d=\"");
	for (int i = 0; i < n; i++)
		buf_printf(b, "%c%.1f %.1f", i ? 'L' : 'M', xs[i], ys[i]);
	buf_printf(b, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>\n", warna, tebal,
		   putus ? " stroke-dasharray=\"4 3\"" : "");
}

static void svg_titik(void *c, double x, double y, double r, const char *warna)
{
	buf_printf(c, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n", x, y, r, warna);
}

static void svg_teks(void *c, double x, double y, const char *s, double ukuran,
		     enum svg_jangkar j, const char *warna)
{
	static const char *const jk[] = {"start", "middle", "end"};
	struct buf *b = c;
	buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" "
		      "fill=\"%s\">",
		   x, y, ukuran, jk[j], warna);
	buf_esc_html(b, s);
	buf_puts(b, "</text>\n");
}

static const struct svg_ops ops_svg = {svg_kotak, svg_garis, svg_titik, svg_teks};

void svg_tulis(struct buf *b, const struct dok_grafik *g, double w)
{
	double h = svg_tinggi(g, w);
	buf_printf(b,
		   "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" width=\"%.0f\" "
		   "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"",
		   w, h, w, h);
	buf_esc_html(b, g->judul);
	buf_puts(b, "\" font-family=\"DejaVu Sans, sans-serif\">\n<title>");
	buf_esc_html(b, g->nomor);
	buf_putc(b, ' ');
	buf_esc_html(b, g->judul);
	buf_puts(b, "</title>\n");
	svg_gambar(g, w, &ops_svg, b);
	buf_puts(b, "</svg>\n");
}
