/* SVG charts written as text; see svg.h. */
#include "svg.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/angka.h"
#include "html.h"

/* A label cut to about n code points with an ellipsis. */
static void potong(const char *s, int n, char *out, size_t cap)
{
	size_t i = 0;
	int cp = 0;
	while (s[i] && i + 4 < cap) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++cp > n)
			break;
		out[i] = s[i];
		i++;
	}
	out[i] = '\0';
	if (s[i] && i + 4 <= cap)
		strcpy(out + i, "\xe2\x80\xa6");
}

void svg_batang(struct buf *b, const char *judul, const struct svg_batang *bar, int n)
{
	const int kiri = 230, lebar = 640, baris = 24, atas = 10;
	double maks = 120;
	for (int i = 0; i < n; i++)
		if (bar[i].ada && bar[i].nilai > maks)
			maks = ceil(bar[i].nilai / 20) * 20;
	int tinggi = atas + n * baris + 24;
	double skala = (lebar - kiri - 60) / maks;
	html_f(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
		  "aria-label=\"%s\"><title>%s</title>\n",
	       lebar, tinggi, judul, judul);
	char t[64], lb[160];
	for (int v = 0; v <= (int)maks; v += 20) {
		int x = kiri + (int)lround(v * skala);
		html_f(b, "<line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
			  "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
		       x, atas, x, atas + n * baris, x, atas + n * baris + 14, v);
	}
	for (int i = 0; i < n; i++) {
		int y = atas + i * baris;
		potong(bar[i].label, 34, lb, sizeof(lb));
		html_f(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", kiri - 6,
		       y + 16, lb);
		if (bar[i].ada) {
			double v = bar[i].nilai < 0 ? 0 : bar[i].nilai;
			int w = (int)lround(v * skala);
			angka_format(bar[i].nilai, 2, t, sizeof(t));
			html_f(b, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\">"
				  "<title>%s: %s%%</title></rect>"
				  "<text x=\"%d\" y=\"%d\">%s</text>\n",
			       bar[i].kelas ? bar[i].kelas : "pn", kiri, y + 4, w, baris - 8,
			       bar[i].label, t, kiri + w + 4, y + 16, t);
		} else {
			html_f(b, "<text x=\"%d\" y=\"%d\" class=\"kecil\">belum ada data</text>\n",
			       kiri + 4, y + 16);
		}
	}
	int x100 = kiri + (int)lround(100 * skala);
	html_f(b, "<line class=\"seratus\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
		  "<line class=\"sumbu\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></svg>\n",
	       x100, atas - 4, x100, atas + n * baris, kiri, atas, kiri, atas + n * baris);
}

void svg_garis(struct buf *b, const char *judul, const int *tahun, int ntahun,
	       const struct svg_seri *seri, int nseri)
{
	const int lebar = 640, tinggi = 300, kiri = 60, kanan = 20, atas = 20, bawah = 70;
	double lo = INFINITY, hi = -INFINITY;
	for (int s = 0; s < nseri; s++)
		for (int i = 0; i < ntahun; i++)
			if (seri[s].ada[i]) {
				lo = fmin(lo, seri[s].nilai[i]);
				hi = fmax(hi, seri[s].nilai[i]);
			}
	if (!isfinite(lo)) {
		lo = 0;
		hi = 1;
	}
	if (hi - lo < 1e-9) {
		hi += fabs(hi) * 0.1 + 1;
		lo -= fabs(lo) * 0.1 + 1;
	} else {
		double pad = (hi - lo) * 0.1;
		hi += pad;
		lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
	}
	int ph = tinggi - atas - bawah, pw = lebar - kiri - kanan;
	html_f(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
		  "aria-label=\"%s\"><title>%s</title>\n",
	       lebar, tinggi, judul, judul);
	char t[64];
	for (int k = 0; k <= 4; k++) {
		double v = lo + (hi - lo) * k / 4;
		int y = atas + ph - (int)lround(ph * k / 4.0);
		angka_format(v, fabs(hi - lo) < 10 ? 2 : 0, t, sizeof(t));
		html_f(b, "<line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
			  "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
		       kiri, y, lebar - kanan, y, kiri - 4, y + 4, t);
	}
	for (int i = 0; i < ntahun; i++) {
		int x = kiri + (ntahun > 1 ? pw * i / (ntahun - 1) : pw / 2);
		html_f(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", x,
		       atas + ph + 16, tahun[i]);
	}
	for (int s = 0; s < nseri; s++) {
		struct buf d = BUF_INIT;
		int pena = 0;
		for (int i = 0; i < ntahun; i++) {
			if (!seri[s].ada[i]) {
				pena = 0;
				continue;
			}
			int x = kiri + (ntahun > 1 ? pw * i / (ntahun - 1) : pw / 2);
			int y = atas + ph - (int)lround(ph * (seri[s].nilai[i] - lo) / (hi - lo));
			buf_printf(&d, "%c%d %d ", pena ? 'L' : 'M', x, y);
			pena = 1;
			angka_format(seri[s].nilai[i], 2, t, sizeof(t));
			html_f(b, "<circle class=\"t%d\" cx=\"%d\" cy=\"%d\" r=\"3.5\"><title>%s %d: "
				  "%s</title></circle>\n",
			       s % 4, x, y, seri[s].nama, tahun[i], t);
		}
		if (d.len)
			html_f(b, "<path class=\"l%d\" d=\"%s\"/>\n", s % 4, d.data);
		buf_release(&d);
		int lx = kiri + s * 140, ly = tinggi - 22;
		html_f(b, "<rect class=\"t%d\" x=\"%d\" y=\"%d\" width=\"14\" height=\"4\"/>"
			  "<text x=\"%d\" y=\"%d\">%s</text>\n",
		       s % 4, lx, ly - 4, lx + 18, ly, seri[s].nama);
	}
	html_f(b, "<line class=\"sumbu\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></svg>\n", kiri,
	       atas + ph, lebar - kanan, atas + ph);
}
