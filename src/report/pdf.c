/*
 * The LKjIP as a PDF: A4, cairo and pango with DejaVu Sans (embedded by
 * cairo as a subset), running header and page numbers, tables that break
 * across pages with their header repeated, long cells wrapped to the column
 * width, charts drawn through svg.c's layout. Two passes: the first lays the
 * document out without drawing to learn the page of every heading, table
 * and chart for the lists; the second draws.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <dirent.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/warna.h"
#include "laporan.h"
#include "svg.h"

#define A4_W 595.28
#define A4_H 841.89
#define KIRI 62.0
#define KANAN 50.0
#define ATAS 72.0
#define BAWAH 64.0
#define LEBAR (A4_W - KIRI - KANAN)
#define PAD 3.0
#define FONT "DejaVu Sans"

struct pdf {
	const struct dokumen *d;
	cairo_t *cr;
	PangoContext *pc;
	int gambar;      /* 0: measuring pass, 1: drawing pass */
	int halaman;     /* current page, 1-based */
	double y;
	int *hal_blok;   /* page of each block (from the first pass) */
	const char *kepala; /* the running header's chapter */
	int blok;        /* index of the block being laid out */
};

/* Records the page a table or chart starts on (first pass). */
static void catat(struct pdf *p)
{
	if (!p->gambar)
		p->hal_blok[p->blok] = p->halaman;
}

static PangoLayout *tata(struct pdf *p, const char *s, double ukuran, int tebal, double lebar,
			 PangoAlignment rata)
{
	PangoLayout *l = pango_layout_new(p->pc);
	PangoFontDescription *f = pango_font_description_new();
	pango_font_description_set_family(f, FONT);
	pango_font_description_set_size(f, (int)(ukuran * PANGO_SCALE));
	pango_font_description_set_weight(f, tebal ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(l, f);
	pango_font_description_free(f);
	if (lebar > 0) {
		pango_layout_set_width(l, (int)(lebar * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_alignment(l, rata);
	pango_layout_set_text(l, s ? s : "", -1);
	return l;
}

static double tinggi(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return (double)h / PANGO_SCALE;
}

static double lebar_teks(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return (double)w / PANGO_SCALE;
}

static void tampil(struct pdf *p, PangoLayout *l, double x, double y)
{
	if (!p->gambar)
		return;
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
}

static void warna(cairo_t *cr, const char *hex)
{
	unsigned r = 0, g = 0, b = 0;
	if (hex && hex[0] == '#')
		sscanf(hex + 1, "%2x%2x%2x", &r, &g, &b);
	cairo_set_source_rgb(cr, r / 255.0, g / 255.0, b / 255.0);
}

/* A one-line layout of s (no wrapping): at most lebar wide, else ellipsized at `elips`. */
static PangoLayout *sebaris(struct pdf *p, const char *s, double ukuran, double lebar,
			    PangoEllipsizeMode elips)
{
	PangoLayout *l = tata(p, s, ukuran, 0, 0, PANGO_ALIGN_LEFT);
	if (lebar_teks(l) > lebar) {
		pango_layout_set_width(l, (int)(lebar * PANGO_SCALE));
		pango_layout_set_ellipsize(l, elips);
	}
	return l;
}

/*
 * The running header on one line: the document's title on the left, the chapter on the
 * right. The chapter keeps its natural width (at most 45 %); the title takes the rest, a
 * smaller size when it does not fit, and is then ellipsized in the middle so that its
 * start ("Laporan Kinerja ...") and its end (the year) stay.
 */
static void kepala_tulis(struct pdf *p)
{
	double wk = 0;
	PangoLayout *k = NULL;
	if (p->kepala) {
		k = sebaris(p, p->kepala, 7.5, LEBAR * 0.45, PANGO_ELLIPSIZE_END);
		wk = lebar_teks(k);
		tampil(p, k, KIRI + LEBAR - wk, 36);
		g_object_unref(k);
	}
	double sisa = LEBAR - wk - (wk > 0 ? 16 : 0);
	PangoLayout *l = tata(p, p->d->judul, 7.5, 0, 0, PANGO_ALIGN_LEFT);
	if (lebar_teks(l) > sisa) {
		g_object_unref(l);
		l = sebaris(p, p->d->judul, 6.5, sisa, PANGO_ELLIPSIZE_MIDDLE);
	}
	tampil(p, l, KIRI, 36);
	g_object_unref(l);
}

static void kepala_kaki(struct pdf *p)
{
	if (!p->gambar || p->halaman == 1)
		return;
	cairo_t *cr = p->cr;
	warna(cr, "#57606a");
	kepala_tulis(p);
	cairo_set_line_width(cr, 0.5);
	cairo_move_to(cr, KIRI, 50);
	cairo_line_to(cr, KIRI + LEBAR, 50);
	cairo_stroke(cr);
	char x[32];
	snprintf(x, sizeof(x), "Halaman %d", p->halaman);
	PangoLayout *l = tata(p, x, 8, 0, LEBAR, PANGO_ALIGN_CENTER);
	tampil(p, l, KIRI, A4_H - 40);
	g_object_unref(l);
	cairo_set_source_rgb(cr, 0, 0, 0);
}

/*
 * Ends the page: its header and footer are drawn last, when the chapter it belongs to is
 * known (a chapter starts at the top of a page), so the header is written once.
 */
static void halaman_akhir(struct pdf *p)
{
	kepala_kaki(p);
	if (p->gambar)
		cairo_show_page(p->cr);
}

static void halaman_baru(struct pdf *p)
{
	halaman_akhir(p);
	p->halaman++;
	p->y = ATAS;
}

static int di_atas(const struct pdf *p)
{
	return p->y <= ATAS + 0.5;
}

/* Makes room for h points, starting a page when they do not fit. */
static void ruang(struct pdf *p, double h)
{
	if (p->y + h > A4_H - BAWAH && !di_atas(p))
		halaman_baru(p);
}

/* Draws a wrapped text line by line so a long paragraph can continue on the next page. */
static void alir(struct pdf *p, PangoLayout *l, double x)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	do {
		PangoRectangle log;
		pango_layout_iter_get_line_extents(it, NULL, &log);
		double top = (double)log.y / PANGO_SCALE, h = (double)log.height / PANGO_SCALE;
		double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
		ruang(p, h);
		if (p->gambar) {
			PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
			cairo_move_to(p->cr, x + (double)log.x / PANGO_SCALE, p->y + (base - top));
			pango_cairo_show_layout_line(p->cr, line);
		}
		p->y += h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

static void paragraf(struct pdf *p, const char *s)
{
	PangoLayout *l = tata(p, s, 10, 0, LEBAR, PANGO_ALIGN_LEFT);
	pango_layout_set_justify(l, TRUE);
	alir(p, l, KIRI);
	g_object_unref(l);
	p->y += 6;
}

static void butir(struct pdf *p, const char *label, const char *s)
{
	PangoLayout *l = tata(p, s, 10, 0, LEBAR - 24, PANGO_ALIGN_LEFT);
	PangoLayout *k = tata(p, label, 10, 0, 0, PANGO_ALIGN_LEFT);
	ruang(p, fmin(tinggi(l), 40));
	tampil(p, k, KIRI + 6, p->y);
	alir(p, l, KIRI + 24);
	g_object_unref(l);
	g_object_unref(k);
	p->y += 3;
}

static void judul(struct pdf *p, const struct dok_blok *k)
{
	static const double ukuran[] = {0, 14, 12, 10.5};
	int t = k->tingkat < 1 ? 1 : k->tingkat > 3 ? 3 : k->tingkat;
	if (t == 1) {
		if (!di_atas(p))
			halaman_baru(p);
		p->kepala = k->teks; /* this page's header names the chapter (halaman_akhir) */
	}
	PangoLayout *l = tata(p, k->teks, ukuran[t], 1, LEBAR,
			      t == 1 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
	double h = tinggi(l);
	ruang(p, h + 60); /* keep a heading with what follows */
	if (!di_atas(p))
		p->y += t == 1 ? 6 : 8;
	tampil(p, l, KIRI, p->y);
	p->y += h + (t == 1 ? 16 : 6);
	g_object_unref(l);
}

/* ---- tables ---- */

struct sel_tata {
	PangoLayout *l;
	double x, w;
};

/* Lays out row r of t; returns its height. */
static double baris_tata(struct pdf *p, const struct dok_tabel *t, int r, const double *x,
			 const double *w, double ukuran, struct sel_tata *out)
{
	double h = 0;
	const struct dok_sel *row = t->baris[r];
	int kepala = r < t->n_kepala;
	for (int j = 0; j < t->n_kolom; j++) {
		out[j].l = NULL;
		if (row[j].gabung == 0)
			continue;
		double ww = 0;
		for (int k = j; k < j + row[j].gabung && k < t->n_kolom; k++)
			ww += w[k];
		PangoAlignment a = kepala		   ? PANGO_ALIGN_CENTER
				   : row[j].gabung > 1	   ? PANGO_ALIGN_LEFT
				   : row[j].jenis != SEL_TEKS ? PANGO_ALIGN_RIGHT
							      : PANGO_ALIGN_LEFT;
		out[j].l = tata(p, row[j].teks, ukuran, kepala || row[j].tebal, ww - 2 * PAD, a);
		if (kepala) /* a header breaks at spaces only (lebar_kepala widened it) */
			pango_layout_set_wrap(out[j].l, PANGO_WRAP_WORD);
		out[j].x = x[j];
		out[j].w = ww;
		double hh = tinggi(out[j].l);
		if (hh > h)
			h = hh;
	}
	return h + 2 * PAD;
}

static void baris_gambar(struct pdf *p, const struct dok_tabel *t, int r, struct sel_tata *s,
			 double h)
{
	const struct dok_sel *row = t->baris[r];
	int kepala = r < t->n_kepala;
	for (int j = 0; j < t->n_kolom; j++) {
		if (!s[j].l)
			continue;
		if (p->gambar) {
			cairo_t *cr = p->cr;
			const struct warna *w =
			    !kepala && row[j].predikat ? warna_predikat(row[j].predikat - 1) : NULL;
			if (kepala || row[j].gabung > 1 || w) {
				warna(cr, w ? w->latar : kepala ? "#dbe5f1" : "#f1f4f8");
				cairo_rectangle(cr, s[j].x, p->y, s[j].w, h);
				cairo_fill(cr);
			}
			warna(cr, "#8c959f");
			cairo_set_line_width(cr, 0.5);
			cairo_rectangle(cr, s[j].x, p->y, s[j].w, h);
			cairo_stroke(cr);
			if (w)
				warna(cr, w->teks);
			else
				cairo_set_source_rgb(cr, 0, 0, 0);
		}
		tampil(p, s[j].l, s[j].x + PAD, p->y + PAD);
	}
	/* a predikat cell's text colour (white on green) must not reach the next paragraph */
	if (p->gambar)
		cairo_set_source_rgb(p->cr, 0, 0, 0);
}

static void lepas(struct sel_tata *s, int n)
{
	for (int j = 0; j < n; j++)
		if (s[j].l)
			g_object_unref(s[j].l);
}

/*
 * Widens the columns whose header has a word wider than the column (bold, plus padding),
 * taking the width from the columns wider than their own longest header word, in
 * proportion to what they have to spare; unchanged when the words do not fit in all.
 */
static void lebar_kepala(struct pdf *p, const struct dok_tabel *t, double ukuran, double *w)
{
	int n = t->n_kolom;
	double *min = xcalloc((size_t)n, sizeof(double));
	for (int r = 0; r < t->n_kepala && r < t->n_baris; r++)
		for (int j = 0; j < n; j++) {
			const struct dok_sel *c = &t->baris[r][j];
			if (c->gabung != 1 || !c->teks)
				continue;
			gchar **kata = g_strsplit(c->teks, " ", -1);
			for (int i = 0; kata[i]; i++) {
				if (!*kata[i])
					continue;
				PangoLayout *l = tata(p, kata[i], ukuran, 1, 0, PANGO_ALIGN_LEFT);
				min[j] = fmax(min[j], lebar_teks(l) + 2 * PAD + 1);
				g_object_unref(l);
			}
			g_strfreev(kata);
		}
	double kurang = 0, lebih = 0;
	for (int j = 0; j < n; j++) {
		kurang += fmax(0, min[j] - w[j]);
		lebih += fmax(0, w[j] - min[j]);
	}
	if (kurang > 0 && lebih >= kurang)
		for (int j = 0; j < n; j++)
			w[j] = w[j] < min[j] ? min[j] : w[j] - (w[j] - min[j]) * kurang / lebih;
	free(min);
}

/* Whether row r of t is a group heading (dokumen.c baris_grup: its first cell spans). */
static int grup(const struct dok_tabel *t, int r)
{
	return r >= t->n_kepala && r < t->n_baris && t->baris[r][0].gabung > 1;
}

/*
 * The height of the rows from r that must stay with a group heading above them: the
 * group headings that follow it and the first row that is not one (none at the end).
 */
static double ikut_grup(struct pdf *p, const struct dok_tabel *t, int r, const double *x,
			const double *w, double ukuran)
{
	double h = 0;
	struct sel_tata *s = xcalloc((size_t)t->n_kolom, sizeof(*s));
	for (; r < t->n_baris && h < A4_H; r++) {
		h += baris_tata(p, t, r, x, w, ukuran, s);
		lepas(s, t->n_kolom);
		if (!grup(t, r))
			break;
	}
	free(s);
	return h;
}

static void tabel(struct pdf *p, const struct dok_tabel *t)
{
	double ukuran = t->n_kolom > 7 ? 7 : 8;
	double *x = xcalloc((size_t)t->n_kolom, sizeof(double));
	double *w = xcalloc((size_t)t->n_kolom, sizeof(double));
	struct sel_tata *s = xcalloc((size_t)t->n_kolom, sizeof(*s));
	double total = 0;
	for (int j = 0; j < t->n_kolom; j++)
		total += t->lebar[j];
	for (int j = 0; j < t->n_kolom; j++)
		w[j] = LEBAR * t->lebar[j] / total;
	lebar_kepala(p, t, ukuran, w);
	double cx = KIRI;
	for (int j = 0; j < t->n_kolom; j++) {
		x[j] = cx;
		cx += w[j];
	}
	struct buf jb = BUF_INIT;
	buf_printf(&jb, "%s%s%s", t->nomor ? t->nomor : "", t->nomor ? " " : "", t->judul);
	PangoLayout *cap = tata(p, jb.data, 9, 1, LEBAR, PANGO_ALIGN_CENTER);
	buf_release(&jb);
	/* the caption stays with the header and the first row */
	double hk = 0;
	for (int r = 0; r < t->n_kepala && r < t->n_baris; r++) {
		hk += baris_tata(p, t, r, x, w, ukuran, s);
		lepas(s, t->n_kolom);
	}
	double h1 = 0;
	if (t->n_baris > t->n_kepala) {
		h1 = baris_tata(p, t, t->n_kepala, x, w, ukuran, s);
		lepas(s, t->n_kolom);
		if (grup(t, t->n_kepala))
			h1 += ikut_grup(p, t, t->n_kepala + 1, x, w, ukuran);
	}
	ruang(p, tinggi(cap) + 4 + hk + h1);
	catat(p);
	p->y += 2;
	tampil(p, cap, KIRI, p->y);
	p->y += tinggi(cap) + 4;
	g_object_unref(cap);
	for (int r = 0; r < t->n_baris; r++) {
		double h = baris_tata(p, t, r, x, w, ukuran, s);
		/* a group heading and those under it stay with the first row below them */
		double hg = grup(t, r) ? h + ikut_grup(p, t, r + 1, x, w, ukuran) : h;
		if (r >= t->n_kepala &&
		    (p->y + h > A4_H - BAWAH ||
		     (p->y + hg > A4_H - BAWAH && ATAS + hk + hg <= A4_H - BAWAH))) {
			halaman_baru(p);
			/* repeat the header rows on the new page */
			struct sel_tata *sk = xcalloc((size_t)t->n_kolom, sizeof(*sk));
			for (int k = 0; k < t->n_kepala; k++) {
				double hh = baris_tata(p, t, k, x, w, ukuran, sk);
				baris_gambar(p, t, k, sk, hh);
				p->y += hh;
				lepas(sk, t->n_kolom);
			}
			free(sk);
		}
		baris_gambar(p, t, r, s, h);
		p->y += h;
		lepas(s, t->n_kolom);
	}
	p->y += 12;
	free(x);
	free(w);
	free(s);
}

/* ---- charts through svg.c's layout ---- */

static void c_kotak(void *c, double x, double y, double w, double h, const struct svg_pena *pn)
{
	struct pdf *p = c;
	warna(p->cr, pn->warna);
	cairo_rectangle(p->cr, x, y, w, h);
	cairo_fill(p->cr);
}

static void c_garis(void *c, const double *xs, const double *ys, int n,
		    const struct svg_pena *pn, double tebal, int putus)
{
	struct pdf *p = c;
	static const double dash[] = {4, 3};
	warna(p->cr, pn->warna);
	cairo_set_line_width(p->cr, tebal);
	cairo_set_dash(p->cr, dash, putus ? 2 : 0, 0);
	for (int i = 0; i < n; i++)
		(i ? cairo_line_to : cairo_move_to)(p->cr, xs[i], ys[i]);
	cairo_stroke(p->cr);
	cairo_set_dash(p->cr, dash, 0, 0);
}

static void c_titik(void *c, double x, double y, double r, const struct svg_pena *pn)
{
	struct pdf *p = c;
	warna(p->cr, pn->warna);
	cairo_new_sub_path(p->cr);
	cairo_arc(p->cr, x, y, r, 0, 2 * M_PI);
	cairo_fill(p->cr);
}

static void c_teks(void *c, double x, double y, const char *s, double ukuran,
		   enum svg_jangkar j, const struct svg_pena *pn)
{
	struct pdf *p = c;
	PangoLayout *l = tata(p, s, ukuran, 0, 0, PANGO_ALIGN_LEFT);
	double w = lebar_teks(l);
	double base = (double)pango_layout_get_baseline(l) / PANGO_SCALE;
	double x0 = j == JANGKAR_AWAL ? x : j == JANGKAR_TENGAH ? x - w / 2 : x - w;
	warna(p->cr, pn->warna);
	cairo_move_to(p->cr, x0, y - base);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

static const struct svg_ops ops_cairo = {c_kotak, c_garis, c_titik, c_teks};

static void grafik(struct pdf *p, const struct dok_grafik *g)
{
	double w = LEBAR;
	double h = svg_tinggi(g, w);
	struct buf jb = BUF_INIT;
	buf_printf(&jb, "%s %s", g->nomor, g->judul);
	PangoLayout *cap = tata(p, jb.data, 9, 1, LEBAR, PANGO_ALIGN_CENTER);
	buf_release(&jb);
	ruang(p, h + tinggi(cap) + 8);
	catat(p);
	if (p->gambar) {
		cairo_save(p->cr);
		cairo_translate(p->cr, KIRI, p->y);
		svg_gambar(g, w, &ops_cairo, p);
		cairo_restore(p->cr);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	}
	p->y += h + 2;
	tampil(p, cap, KIRI, p->y);
	p->y += tinggi(cap) + 14;
	g_object_unref(cap);
}

static void daftar(struct pdf *p, enum dok_jenis jenis, const char *judul_daftar)
{
	struct dok_blok k = {DOK_JUDUL, 1, judul_daftar, NULL, NULL, NULL, NULL, NULL};
	judul(p, &k);
	const struct dokumen *d = p->d;
	for (int i = 0; i < d->n_blok; i++) {
		const struct dok_blok *b = &d->blok[i];
		if (b->jenis != jenis || (jenis == DOK_JUDUL && b->tingkat > 2) ||
		    (jenis != DOK_JUDUL && !b->nomor))
			continue;
		struct buf t = BUF_INIT;
		if (b->nomor)
			buf_printf(&t, "%s  ", b->nomor);
		buf_puts(&t, b->teks);
		double in = jenis == DOK_JUDUL && b->tingkat == 2 ? 16 : 0;
		PangoLayout *l = tata(p, t.data, 9.5, jenis == DOK_JUDUL && b->tingkat == 1,
				      LEBAR - in - 40, PANGO_ALIGN_LEFT);
		buf_release(&t);
		char hal[16];
		snprintf(hal, sizeof(hal), "%d", p->hal_blok ? p->hal_blok[i] : 0);
		PangoLayout *n = tata(p, hal, 9.5, 0, 30, PANGO_ALIGN_RIGHT);
		double h = tinggi(l);
		ruang(p, h);
		tampil(p, l, KIRI + in, p->y);
		tampil(p, n, KIRI + LEBAR - 30, p->y + h - tinggi(n));
		p->y += h + 3;
		g_object_unref(l);
		g_object_unref(n);
	}
	p->y += 10;
}

/* One line of a signature column, centred in [x, x + w); returns its height. */
static double ttd_baris(struct pdf *p, const char *s, int tebal, double x, double w, double y)
{
	PangoLayout *l = tata(p, s, 10, tebal, w, PANGO_ALIGN_CENTER);
	double h = tinggi(l);
	if (p->gambar)
		tampil(p, l, x, y);
	if (p->gambar && tebal) { /* the name is underlined */
		double lw = fmin(lebar_teks(l), w);
		cairo_set_line_width(p->cr, 0.6);
		cairo_move_to(p->cr, x + (w - lw) / 2, y + h);
		cairo_line_to(p->cr, x + (w + lw) / 2, y + h);
		cairo_stroke(p->cr);
	}
	g_object_unref(l);
	return h;
}

/* The signature blocks side by side, place and date above the last one. */
static void ttd(struct pdf *p, const struct dok_ttd *t)
{
	int n = t->n < 1 ? 1 : t->n > 2 ? 2 : t->n;
	double w = LEBAR / 2 - 10;
	ruang(p, 150); /* a signature block is never split over pages */
	p->y += 14;
	double y0 = p->y, bawah = p->y;
	for (int i = 0; i < n; i++) {
		/* one signatory sits on the right, two share the width */
		double x = n == 1 ? KIRI + LEBAR / 2 + 10 : KIRI + i * (LEBAR / 2 + 10);
		double y = y0;
		y += ttd_baris(p, i == n - 1 && t->tempat_tanggal ? t->tempat_tanggal : " ", 0, x,
			       w, y);
		y += ttd_baris(p, t->peran[i], 0, x, w, y);
		y += ttd_baris(p, t->jabatan[i], 0, x, w, y);
		y += 60;
		y += ttd_baris(p, t->nama[i], 1, x, w, y) + 2;
		if (t->nip[i]) {
			char *nip = g_strdup_printf("NIP. %s", t->nip[i]);
			y += ttd_baris(p, nip, 0, x, w, y);
			g_free(nip);
		}
		bawah = fmax(bawah, y);
	}
	p->y = bawah + 10;
}

static void sampul(struct pdf *p, const struct dok_blok *k)
{
	if (p->gambar) {
		warna(p->cr, "#0a4d8c");
		cairo_rectangle(p->cr, KIRI, 150, LEBAR, 4);
		cairo_fill(p->cr);
		cairo_rectangle(p->cr, KIRI, 560, LEBAR, 4);
		cairo_fill(p->cr);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	}
	PangoLayout *l = tata(p, k->teks, 20, 1, LEBAR, PANGO_ALIGN_CENTER);
	tampil(p, l, KIRI, 220);
	g_object_unref(l);
	l = tata(p, k->sub, 17, 1, LEBAR, PANGO_ALIGN_CENTER);
	tampil(p, l, KIRI, 340);
	g_object_unref(l);
	l = tata(p, k->nomor, 17, 1, LEBAR, PANGO_ALIGN_CENTER);
	tampil(p, l, KIRI, 400);
	g_object_unref(l);
	p->y = A4_H; /* the cover is a page of its own */
}

static void jalankan(struct pdf *p)
{
	const struct dokumen *d = p->d;
	p->halaman = 1;
	p->y = ATAS;
	p->kepala = NULL;
	for (int i = 0; i < d->n_blok; i++) {
		const struct dok_blok *k = &d->blok[i];
		if (k->jenis == DOK_HALAMAN_BARU) {
			if (!di_atas(p))
				halaman_baru(p);
			continue;
		}
		p->blok = i;
		catat(p);
		switch (k->jenis) {
		case DOK_SAMPUL:
			sampul(p, k);
			break;
		case DOK_JUDUL:
			judul(p, k);
			break;
		case DOK_PARAGRAF:
			paragraf(p, k->teks);
			break;
		case DOK_BUTIR:
			butir(p, k->nomor, k->teks);
			break;
		case DOK_TABEL:
			tabel(p, k->tabel);
			break;
		case DOK_GRAFIK:
			grafik(p, k->grafik);
			break;
		case DOK_DAFTAR_ISI:
			daftar(p, DOK_JUDUL, "DAFTAR ISI");
			break;
		case DOK_DAFTAR_TABEL:
			daftar(p, DOK_TABEL, "DAFTAR TABEL");
			break;
		case DOK_DAFTAR_GRAFIK:
			daftar(p, DOK_GRAFIK, "DAFTAR GRAFIK");
			break;
		case DOK_TTD:
			ttd(p, k->ttd);
			break;
		case DOK_HALAMAN_BARU:
			break;
		}
		if (k->jenis == DOK_JUDUL)
			catat(p); /* a chapter may have moved to a new page */
	}
}

static cairo_status_t buang(void *c, const unsigned char *data, unsigned int n)
{
	(void)c;
	(void)data;
	(void)n;
	return CAIRO_STATUS_SUCCESS;
}

static void siapkan(struct pdf *p, cairo_surface_t *sf)
{
	p->cr = cairo_create(sf);
	p->pc = pango_cairo_create_context(p->cr);
	pango_cairo_context_set_resolution(p->pc, 72);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p->pc, fo);
	cairo_font_options_destroy(fo);
}

static void selesai(struct pdf *p)
{
	g_object_unref(p->pc);
	cairo_destroy(p->cr);
}

/* Whether a thread of this process other than the caller is running (Linux /proc). */
static int thread_lain_jalan(void)
{
	DIR *d = opendir("/proc/self/task");
	if (!d)
		return 0; /* no /proc: nothing to wait for that can be seen */
	char diri[32];
	snprintf(diri, sizeof(diri), "%ld", (long)gettid());
	int jalan = 0;
	struct dirent *e;
	while (!jalan && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || strcmp(e->d_name, diri) == 0)
			continue;
		char path[64], isi[512];
		snprintf(path, sizeof(path), "/proc/self/task/%.20s/stat", e->d_name);
		FILE *f = fopen(path, "r");
		if (!f)
			continue; /* the thread ended meanwhile */
		size_t n = fread(isi, 1, sizeof(isi) - 1, f);
		fclose(f);
		isi[n] = '\0';
		/* "tid (name) S ...": the state follows the last ')' */
		const char *k = strrchr(isi, ')');
		jalan = k && k[1] == ' ' && (k[2] == 'R' || k[2] == 'D');
	}
	closedir(d);
	return jalan;
}

void laporan_bersihkan(void)
{
	/*
	 * The default font map and fontconfig are released. cairo_debug_reset_static_data() was
	 * called here too, for a tidier valgrind report, but pango may still
	 * hold a font face from its background fontconfig thread: cairo then aborts
	 * ("_cairo_hash_table_destroy: live_entries == 0"), seen about one PDF in three
	 * under load. cairo's static data stays reachable, which is not a leak; fontconfig's
	 * configuration would be reported lost, so FcFini() stays.
	 */
	pango_cairo_font_map_set_default(NULL);
	/*
	 * pango (1.50) sorts font sets in a background thread pool that holds
	 * fontconfig's caches while it works; a short document (a PK) can end
	 * before that work does, and FcFini then aborts (fccache.c
	 * "fcCacheChains[i] == NULL"; 3 of 20 PK PDFs under load). The pool
	 * cannot be joined from outside: wait while another thread of the
	 * process is running (at most 1 s; usually not at all).
	 */
	for (int i = 0; i < 200 && thread_lain_jalan(); i++)
		g_usleep(5000);
	FcFini();
}

int laporan_pdf(const struct dokumen *d, const char *path, struct galat *g)
{
	struct pdf p = {0};
	p.d = d;
	p.hal_blok = xcalloc((size_t)(d->n_blok ? d->n_blok : 1), sizeof(int));

	cairo_surface_t *sf = cairo_pdf_surface_create_for_stream(buang, NULL, A4_W, A4_H);
	siapkan(&p, sf);
	p.gambar = 0;
	jalankan(&p);
	selesai(&p);
	cairo_surface_destroy(sf);

	sf = cairo_pdf_surface_create(path, A4_W, A4_H);
	if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(sf);
		free(p.hal_blok);
		return galat_set(g, "tidak dapat menulis %s", path);
	}
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, d->judul);
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR, "kinerja");
	if (d->tanggal) /* frozen data: a fixed date, the same bytes every time */
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE, d->tanggal);
	siapkan(&p, sf);
	p.gambar = 1;
	jalankan(&p);
	halaman_akhir(&p);
	selesai(&p);
	cairo_surface_finish(sf);
	cairo_status_t st = cairo_surface_status(sf);
	cairo_surface_destroy(sf);
	free(p.hal_blok);
	if (st != CAIRO_STATUS_SUCCESS)
		return galat_set(g, "gagal menulis %s: %s", path, cairo_status_to_string(st));
	return 0;
}
