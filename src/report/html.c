/*
 * The LKjIP as one self-contained HTML page: every text goes through
 * buf_esc_html, charts are inline SVG text.
 */
#include <stdio.h>
#include <string.h>

#include "../core/warna.h"
#include "laporan.h"
#include "svg.h"

#define LEBAR_GRAFIK 640.0

static const char gaya[] =
	"body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;max-width:900px;margin:2em "
	"auto;padding:0 1em;color:#24292f;line-height:1.45}\n"
	"h1{font-size:16pt;text-align:center;margin-top:2em;page-break-before:always}\n"
	"h2{font-size:13pt;margin-top:1.5em}h3{font-size:11.5pt}\n"
	".sampul{text-align:center;padding:8em 0}.sampul h1{page-break-before:auto;font-size:20pt}\n"
	"table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em;font-size:9.5pt}\n"
	"caption{font-weight:bold;text-align:center;padding:.3em}\n"
	"th,td{border:1px solid #8c959f;padding:2px 5px;vertical-align:top}\n"
	"th{background:#dbe5f1}td.n{text-align:right;white-space:nowrap}td.g{background:#f1f4f8;"
	"font-weight:bold}tr.b td{font-weight:bold}\n"
	"figure{margin:1em 0;text-align:center}figcaption{font-weight:bold;font-size:9.5pt}\n"
	"ol.daftar{list-style:none;padding-left:0}ol.daftar li.t2{padding-left:1.5em}\n"
	"ul.butir{list-style:none;padding-left:1em}ul.butir span{display:inline-block;"
	"min-width:1.6em}\n"
	".ttd{display:flex;justify-content:space-around;flex-wrap:wrap;gap:1em;margin:2em 0;"
	"text-align:center}.ttd div{min-width:14em;max-width:24em}.ttd p{margin:.2em 0}"
	".ttd p.ruang{height:4.5em}.ttd p.nama{font-weight:bold;text-decoration:underline}\n"
	"@media print{body{max-width:none}}\n";

static void daftar(struct buf *b, const struct dokumen *d, enum dok_jenis jenis,
		   const char *judul)
{
	buf_printf(b, "<h1 id=\"daftar-%d\">", (int)jenis);
	buf_esc_html(b, judul);
	buf_puts(b, "</h1>\n<ol class=\"daftar\">\n");
	for (int i = 0; i < d->n_blok; i++) {
		const struct dok_blok *k = &d->blok[i];
		if (k->jenis != jenis)
			continue;
		if (jenis == DOK_JUDUL && k->tingkat > 2)
			continue;
		if (jenis != DOK_JUDUL && !k->nomor)
			continue;
		buf_printf(b, "<li class=\"t%d\"><a href=\"#b%d\">", k->tingkat, i);
		if (k->nomor) {
			buf_esc_html(b, k->nomor);
			buf_putc(b, ' ');
		}
		buf_esc_html(b, k->teks);
		buf_puts(b, "</a></li>\n");
	}
	buf_puts(b, "</ol>\n");
}

/* The signature blocks side by side, place and date above the last (dokumen.h). */
static void ttd(struct buf *b, const struct dok_ttd *t)
{
	buf_puts(b, "<div class=\"ttd\">\n");
	for (int i = 0; i < t->n && i < 2; i++) {
		buf_puts(b, "<div>\n<p>");
		if (i == t->n - 1 && t->tempat_tanggal)
			buf_esc_html(b, t->tempat_tanggal);
		else
			buf_puts(b, "&nbsp;");
		buf_puts(b, "</p>\n<p>");
		buf_esc_html(b, t->peran[i]);
		buf_puts(b, "</p>\n<p>");
		buf_esc_html(b, t->jabatan[i]);
		buf_puts(b, "</p>\n<p class=\"ruang\"></p>\n<p class=\"nama\">");
		buf_esc_html(b, t->nama[i]);
		buf_puts(b, "</p>\n");
		if (t->nip[i]) {
			buf_puts(b, "<p>NIP. ");
			buf_esc_html(b, t->nip[i]);
			buf_puts(b, "</p>\n");
		}
		buf_puts(b, "</div>\n");
	}
	buf_puts(b, "</div>\n");
}

static void tabel(struct buf *b, const struct dok_tabel *t, int id)
{
	buf_printf(b, "<table id=\"b%d\">\n<caption>", id);
	if (t->nomor) {
		buf_esc_html(b, t->nomor);
		buf_putc(b, ' ');
	}
	buf_esc_html(b, t->judul);
	buf_puts(b, "</caption>\n");
	for (int i = 0; i < t->n_baris; i++) {
		int kepala = i < t->n_kepala;
		if (i == 0)
			buf_puts(b, "<thead>\n");
		if (i == t->n_kepala)
			buf_puts(b, "<tbody>\n");
		const struct dok_sel *r = t->baris[i];
		int tebal = !kepala && t->n_kolom > 1 && r[1].tebal && r[0].gabung == 1;
		buf_puts(b, tebal ? "<tr class=\"b\">" : "<tr>");
		for (int j = 0; j < t->n_kolom; j++) {
			const struct dok_sel *c = &r[j];
			if (c->gabung == 0)
				continue;
			buf_puts(b, kepala ? "<th" : "<td");
			if (c->gabung > 1)
				buf_printf(b, " colspan=\"%d\" class=\"g\"", c->gabung);
			else if (!kepala && c->jenis != SEL_TEKS)
				buf_puts(b, " class=\"n\"");
			else if (!kepala && c->predikat)
				buf_printf(b, " class=\"p%d\"", c->predikat - 1);
			buf_putc(b, '>');
			buf_esc_html(b, c->teks);
			buf_puts(b, kepala ? "</th>" : "</td>");
		}
		buf_puts(b, "</tr>\n");
		if (i == t->n_kepala - 1)
			buf_puts(b, "</thead>\n");
	}
	buf_puts(b, "</tbody>\n</table>\n");
}

void laporan_html(const struct dokumen *d, struct buf *b)
{
	buf_puts(b, "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
		    "<title>");
	buf_esc_html(b, d->judul);
	buf_printf(b, "</title>\n<style>\n%s", gaya);
	/* the predikat colours of the one table (warna.h) */
	for (int k = 0; k < WARNA_N_KELAS; k++)
		buf_printf(b, "td.p%d{background:%s;color:%s}\n", k, warna_predikat(k)->latar,
			   warna_predikat(k)->teks);
	buf_puts(b, "</style>\n</head>\n<body>\n");
	int ul = 0;
	for (int i = 0; i < d->n_blok; i++) {
		const struct dok_blok *k = &d->blok[i];
		if (ul && k->jenis != DOK_BUTIR) {
			buf_puts(b, "</ul>\n");
			ul = 0;
		}
		switch (k->jenis) {
		case DOK_SAMPUL:
			buf_puts(b, "<div class=\"sampul\">\n<h1>");
			buf_esc_html(b, k->teks);
			buf_puts(b, "</h1>\n<h2>");
			buf_esc_html(b, k->sub);
			buf_puts(b, "</h2>\n<h2>");
			buf_esc_html(b, k->nomor);
			buf_puts(b, "</h2>\n</div>\n");
			break;
		case DOK_JUDUL:
			buf_printf(b, "<h%d id=\"b%d\">", k->tingkat, i);
			buf_esc_html(b, k->teks);
			buf_printf(b, "</h%d>\n", k->tingkat);
			break;
		case DOK_PARAGRAF:
			buf_puts(b, "<p>");
			buf_esc_html(b, k->teks);
			buf_puts(b, "</p>\n");
			break;
		case DOK_BUTIR:
			if (!ul)
				buf_puts(b, "<ul class=\"butir\">\n");
			ul = 1;
			buf_puts(b, "<li><span>");
			buf_esc_html(b, k->nomor);
			buf_puts(b, "</span> ");
			buf_esc_html(b, k->teks);
			buf_puts(b, "</li>\n");
			break;
		case DOK_TABEL:
			tabel(b, k->tabel, i);
			break;
		case DOK_GRAFIK:
			buf_printf(b, "<figure id=\"b%d\">\n", i);
			svg_tulis(b, k->grafik, LEBAR_GRAFIK, NULL);
			buf_puts(b, "<figcaption>");
			buf_esc_html(b, k->nomor);
			buf_putc(b, ' ');
			buf_esc_html(b, k->teks);
			buf_puts(b, "</figcaption>\n</figure>\n");
			break;
		case DOK_DAFTAR_ISI:
			daftar(b, d, DOK_JUDUL, "DAFTAR ISI");
			break;
		case DOK_DAFTAR_TABEL:
			daftar(b, d, DOK_TABEL, "DAFTAR TABEL");
			break;
		case DOK_DAFTAR_GRAFIK:
			daftar(b, d, DOK_GRAFIK, "DAFTAR GRAFIK");
			break;
		case DOK_TTD:
			ttd(b, k->ttd);
			break;
		case DOK_HALAMAN_BARU:
			break;
		}
	}
	if (ul)
		buf_puts(b, "</ul>\n");
	buf_puts(b, "</body>\n</html>\n");
}
