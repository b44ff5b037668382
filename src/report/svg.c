/* Chart layout and SVG text; see svg.h. */
#include "svg.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/warna.h"

#define FONT 9.0
#define BARIS_BATANG 16.0
#define BARIS_SEMPIT 30.0  /* a bar with its label above it */
#define BARIS_LEGENDA 13.0
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
	/* a step of 2,5 labels 2,5 and 7,5, not 3 and 8 */
	int bulat = fabs(step - round(step)) < 1e-9;
	int des = step >= 1 && bulat ? 0 : step >= 0.1 ? 1 : 2;
	angka_format(v, des, out, n);
}

/* CSS classes by index: predikat p0.., series l0.. (lines) and t0.. (points, their values). */
static const char *const kelas_p[] = {"p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"};
static const char *const kelas_kunci_p[] = {"kunci p0", "kunci p1", "kunci p2", "kunci p3",
					    "kunci p4", "kunci p5", "kunci p6", "kunci p7"};
static const char *const kelas_l[] = {"l0", "l1", "l2", "l3", "l4", "l5", "l6", "l7"};
static const char *const warna_acuan[] = {"#24292f", "#cf222e", "#6f42c1"};
static const char *const kelas_acuan[] = {"acuan a0", "acuan a1", "acuan a2"};
static const char *const kelas_t[] = {"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"};

static struct svg_pena pena(const char *warna, const char *kelas)
{
	struct svg_pena p = {warna, kelas};
	return p;
}

static struct svg_pena pena_kelas(int kelas, int kunci)
{
	if (kelas < 0)
		return pena(svg_warna_kelas(-1), kunci ? "kunci pn" : "pn");
	int i = kelas < 8 ? kelas : 7;
	return pena(svg_warna_kelas(kelas), kunci ? kelas_kunci_p[i] : kelas_p[i]);
}

static const struct svg_pena GRID = {"#d0d7de", "grid"}, SUMBU = {"#57606a", "sumbu"},
			       LABEL_SUMBU = {"#57606a", "label-sumbu"},
			       ACUAN = {"#24292f", "acuan"}, TEKS = {"#24292f", "label"},
			       NILAI = {"#24292f", "nilai"}, KUNCI = {"#24292f", "kunci"},
			       JUDUL = {"#24292f", "judul"}, KOSONG = {"#57606a", "kosong"};

/*
 * The legend's items (bar charts: the predikat classes; line charts: the series)
 * laid out from x0 and wrapped within w; returns its rows. Draws when o is given.
 */
static int legenda(const struct dok_grafik *g, double w, double x0, double y0,
		   const struct svg_ops *o, void *c)
{
	int batang = g->jenis == GRAFIK_BATANG;
	int n = batang ? g->n_kelas + g->n_acuan : g->n_seri;
	double lx = x0, ly = y0;
	int baris = 1;
	for (int k = 0; k < n; k++) {
		int garis_acuan = batang && k >= g->n_kelas;
		const char *nama = garis_acuan ? g->acuan_nama[k - g->n_kelas]
				   : batang    ? g->kelas_nama[k]
					       : g->seri[k].nama;
		double tanda = batang && !garis_acuan ? 12 : 20;
		double lebar = tanda + strlen(nama) * (FONT - 1) * 0.55;
		if (k && lx + lebar > w - 6) {
			lx = x0;
			ly += BARIS_LEGENDA;
			baris++;
		}
		if (o && garis_acuan) {
			double xs[2] = {lx, lx + 16}, ys[2] = {ly - 3, ly - 3};
			int j = (k - g->n_kelas) % 3;
			struct svg_pena pa = pena(warna_acuan[j], kelas_acuan[j]);
			o->garis(c, xs, ys, 2, &pa, 1.5, 1);
		} else if (o && batang) {
			struct svg_pena pk = pena_kelas(k, 1);
			o->kotak(c, lx, ly - 8, 9, 9, &pk);
		} else if (o) {
			double xs[2] = {lx, lx + 16}, ys[2] = {ly - 3, ly - 3};
			struct svg_pena pl = pena(warna_seri[k % 8], "kunci");
			o->garis(c, xs, ys, 2, &pl, 2, g->seri[k].putus);
		}
		if (o)
			o->teks(c, lx + tanda, ly, nama, FONT - 1, JANGKAR_AWAL, &KUNCI);
		lx += lebar + 10;
	}
	return baris;
}

double svg_tinggi(const struct dok_grafik *g, double w)
{
	int tambah = legenda(g, w, w < SVG_SEMPIT ? 10 : g->jenis == GRAFIK_BATANG ? 10 : 52, 0,
			     NULL, NULL) -
		     1;
	if (g->jenis == GRAFIK_BATANG)
		return 40 + (w < SVG_SEMPIT ? BARIS_SEMPIT : BARIS_BATANG) * g->n + 34 +
		       BARIS_LEGENDA * tambah;
	return TINGGI_GARIS + BARIS_LEGENDA * tambah;
}

/*
 * Horizontal bars of one series with a predikat colour each. Wide: labels left
 * of the bars; narrow (w < SVG_SEMPIT): each label above its bar, at full width.
 */
static void gambar_batang(const struct dok_grafik *g, double w, const struct svg_ops *o,
			  void *c)
{
	const int sempit = w < SVG_SEMPIT;
	const double baris = sempit ? BARIS_SEMPIT : BARIS_BATANG;
	double kiri = sempit ? 10 : w * 0.42, kanan = w - 40, atas = 30;
	double lo = 0, hi = g->skala_bebas ? 0 : 100;
	for (int k = 0; k < g->n_acuan; k++)
		hi = g->acuan[k] > hi ? g->acuan[k] : hi;
	for (int i = 0; i < g->n; i++) {
		double v = g->seri[0].nilai[i];
		if (isnan(v))
			continue;
		if (v < lo)
			lo = v;
		if (v > hi)
			hi = v;
	}
	if (hi - lo < 1e-9)
		hi = lo + 1;
	double st = langkah(hi - lo, sempit ? 4 : 5);
	lo = floor(lo / st) * st;
	hi = ceil(hi / st) * st;
	double sk = (kanan - kiri) / (hi - lo);
	double bawah = atas + baris * g->n;
	char x[64];
	for (double v = lo; v <= hi + st / 2; v += st) {
		double px = kiri + (v - lo) * sk;
		double xs[2] = {px, px}, ys[2] = {atas - 2, bawah};
		o->garis(c, xs, ys, 2, &GRID, 0.5, 0);
		label_angka(v, st, x, sizeof(x));
		o->teks(c, px, bawah + 11, x, FONT - 1, JANGKAR_TENGAH, &LABEL_SUMBU);
	}
	/* the named reference lines under the bars and their values, which stay readable */
	for (int k = 0; k < g->n_acuan; k++) {
		double px = kiri + (g->acuan[k] - lo) * sk;
		double ax[2] = {px, px}, ay[2] = {atas - 4, bawah};
		struct svg_pena pa = pena(warna_acuan[k % 3], kelas_acuan[k % 3]);
		o->garis(c, ax, ay, 2, &pa, 1.5, 1);
	}
	int maks = (int)((sempit ? w - 2 * kiri : kiri) / (FONT * 0.6)) - 2;
	for (int i = 0; i < g->n; i++) {
		double y = atas + baris * i;
		double v = g->seri[0].nilai[i];
		/* the bar's band: below its label when narrow, beside it when wide */
		double yb = sempit ? y + 13 : y + 3, hb = sempit ? baris - 17 : baris - 6;
		double yt = sempit ? y + 10 : y + baris * 0.68, yn = yb + hb * 0.5 + 3;
		char l[256];
		o->teks(c, sempit ? kiri : kiri - 4, yt, potong(g->label[i], maks, l, sizeof(l)),
			FONT, sempit ? JANGKAR_AWAL : JANGKAR_AKHIR, &TEKS);
		double x0 = kiri + (0 - lo) * sk;
		if (isnan(v)) {
			o->teks(c, x0 + 3, yn, "n/a", FONT - 1, JANGKAR_AWAL, &KOSONG);
			continue;
		}
		double x1 = kiri + (v - lo) * sk;
		struct svg_pena pk = pena_kelas(g->kelas[i], 0);
		o->kotak(c, x0 < x1 ? x0 : x1, yb, fabs(x1 - x0), hb, &pk);
		angka_format(v, 2, x, sizeof(x));
		o->teks(c, (x1 > x0 ? x1 : x0) + 3, yn, x, FONT - 1, JANGKAR_AWAL, &NILAI);
	}
	if (!isnan(g->garis_acuan) && g->garis_acuan >= lo && g->garis_acuan <= hi) {
		double px = kiri + (g->garis_acuan - lo) * sk;
		double xs[2] = {px, px}, ys[2] = {atas - 4, bawah};
		o->garis(c, xs, ys, 2, &ACUAN, 1, 1);
	}
	double xs[2] = {kiri + (0 - lo) * sk, kiri + (0 - lo) * sk}, ys[2] = {atas - 2, bawah};
	o->garis(c, xs, ys, 2, &SUMBU, 1, 0);
	/* legend of the predikat colours */
	legenda(g, w, 10, bawah + 24, o, c);
	o->teks(c, 10, 14, g->seri[0].nama && *g->seri[0].nama ? g->seri[0].nama : "Capaian (%)",
		FONT, JANGKAR_AWAL, &JUDUL);
}

static void gambar_garis(const struct dok_grafik *g, double w, const struct svg_ops *o, void *c)
{
	const int sempit = w < SVG_SEMPIT;
	double kiri = sempit ? 40 : 52, kanan = w - (sempit ? 12 : 20), atas = 24,
	       bawah = TINGGI_GARIS - 52;
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
		o->garis(c, xs, ys, 2, &GRID, 0.5, 0);
		label_angka(v, st, x, sizeof(x));
		o->teks(c, kiri - 4, py + 3, x, FONT - 1, JANGKAR_AKHIR, &LABEL_SUMBU);
	}
	for (int i = 0; i < g->n; i++)
		o->teks(c, kiri + 10 + dx * i, bawah + 13, g->label[i], FONT - 1, JANGKAR_TENGAH,
			&LABEL_SUMBU);
	if (g->satuan && *g->satuan)
		o->teks(c, 6, 14, g->satuan, FONT, JANGKAR_AWAL, &JUDUL);
	for (int s = 0; s < g->n_seri; s++) {
		struct svg_pena pl = pena(warna_seri[s % 8], kelas_l[s % 8]);
		struct svg_pena pt = pena(warna_seri[s % 8], kelas_t[s % 8]);
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
				o->garis(c, xs, ys, n, &pl, s == 0 ? 2 : 1.4, g->seri[s].putus);
			n = 0;
		}
		for (int i = 0; i < g->n; i++) {
			double v = g->seri[s].nilai[i];
			if (isnan(v))
				continue;
			double px = kiri + 10 + dx * i, py = bawah - (v - lo) * sy;
			o->titik(c, px, py, 2.5, &pt);
			if (s == 0) {
				angka_format(v, 2, x, sizeof(x));
				o->teks(c, px, py - 5, x, FONT - 1.5, JANGKAR_TENGAH, &pt);
			}
		}
	}
	legenda(g, w, sempit ? 10 : kiri, TINGGI_GARIS - 14, o, c);
}

void svg_gambar(const struct dok_grafik *g, double w, const struct svg_ops *ops, void *ctx)
{
	if (g->jenis == GRAFIK_BATANG)
		gambar_batang(g, w, ops, ctx);
	else
		gambar_garis(g, w, ops, ctx);
}

/* ---- the SVG backend ---- */

/* ` class="..."` when the pen has one. */
static void kelas_attr(struct buf *b, const struct svg_pena *p)
{
	if (p->kelas) {
		buf_puts(b, " class=\"");
		buf_esc_html(b, p->kelas);
		buf_putc(b, '"');
	}
}

static void svg_kotak(void *c, double x, double y, double w, double h, const struct svg_pena *p)
{
	buf_printf(c, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
		   x, y, w, h, p->warna);
	kelas_attr(c, p);
	buf_puts(c, "/>\n");
}

static void svg_garis(void *c, const double *xs, const double *ys, int n,
		      const struct svg_pena *p, double tebal, int putus)
{
	struct buf *b = c;
	buf_puts(b, "<path d=\"");
	for (int i = 0; i < n; i++)
		buf_printf(b, "%c%.1f %.1f", i ? 'L' : 'M', xs[i], ys[i]);
	buf_printf(b, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s", p->warna, tebal,
		   putus ? " stroke-dasharray=\"4 3\"" : "");
	kelas_attr(b, p);
	buf_puts(b, "/>\n");
}

static void svg_titik(void *c, double x, double y, double r, const struct svg_pena *p)
{
	buf_printf(c, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"", x, y, r,
		   p->warna);
	kelas_attr(c, p);
	buf_puts(c, "/>\n");
}

static void svg_teks(void *c, double x, double y, const char *s, double ukuran,
		     enum svg_jangkar j, const struct svg_pena *p)
{
	static const char *const jk[] = {"start", "middle", "end"};
	struct buf *b = c;
	buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" "
		      "fill=\"%s\"",
		   x, y, ukuran, jk[j], p->warna);
	kelas_attr(b, p);
	buf_putc(b, '>');
	buf_esc_html(b, s);
	buf_puts(b, "</text>\n");
}

static const struct svg_ops ops_svg = {svg_kotak, svg_garis, svg_titik, svg_teks};

void svg_tulis(struct buf *b, const struct dok_grafik *g, double w, const char *kelas)
{
	double h = svg_tinggi(g, w);
	buf_puts(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"");
	buf_esc_html(b, kelas ? kelas : "grafik");
	buf_printf(b, "\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
		      "aria-label=\"",
		   w, h, w, h);
	buf_esc_html(b, g->judul);
	buf_puts(b, "\" font-family=\"DejaVu Sans, sans-serif\">\n<title>");
	if (g->nomor) {
		buf_esc_html(b, g->nomor);
		buf_putc(b, ' ');
	}
	buf_esc_html(b, g->judul);
	buf_puts(b, "</title>\n");
	svg_gambar(g, w, &ops_svg, b);
	buf_puts(b, "</svg>\n");
}
