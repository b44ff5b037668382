/*
 * The pohon kinerja page, GET /pohon?pemda=&tahun=[&opd=][&tingkat=][&buka=][&cari=]:
 * the cascade from the visi down to the sub-kegiatan as a server-drawn SVG
 * (layout report/pohon.c), each box in its predikat's colour (core/warna) with
 * capaian and budget. Collapsing works without script: a box with hidden
 * children links to the same page with that node in `buka`; `tingkat` is the
 * deepest level shown everywhere (sasaran by default; every level for one OPD).
 * `cari` finds nodes by code or name, opens their path and lists it. Every
 * logged-in role reads the pemda of its scope (hal_pilih).
 */
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/kaskade.h"
#include "../core/skala.h"
#include "../core/warna.h"
#include "../report/pohon.h"
#include "hal_int.h"
#include "hal_pohon.h"
#include "html.h"

/* Hits of a search listed with their path (more are counted, not listed). */
#define MAKS_HASIL 50

const char *hal_pohon_jenis(enum jenis_rencana j)
{
	return model_rencana_label(j);
}

/* What the page shows. */
struct tampilan {
	const struct model *m;
	const struct kaskade *k;
	const char *opd;
	int tingkat;	      /* deepest jenis shown everywhere */
	const char *buka;     /* codes opened, separated by spaces */
	unsigned char *boleh; /* node belongs to the view (the OPD's, or its RPJMD path) */
	unsigned char *kena;  /* node matches the search */
	unsigned char *jalur; /* node is an ancestor of a hit */
	unsigned char *tampil;
	int *induk; /* parents, -1 for nodes outside the view */
};

/* Is kode one of the space-separated codes of daftar? */
static int dalam_daftar(const char *daftar, const char *kode)
{
	size_t n = strlen(kode);
	for (const char *p = daftar; p && *p;) {
		while (*p == ' ')
			p++;
		const char *e = strchr(p, ' ');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && n && memcmp(p, kode, n) == 0)
			return 1;
		p += len;
	}
	return 0;
}

/* Does node i show its children? */
static int terbuka(const struct tampilan *t, int i)
{
	const struct rencana *r = t->k->simpul[i].r;
	return (int)r->jenis < t->tingkat || t->jalur[i] || dalam_daftar(t->buka, r->kode);
}

/* tampil[i]: a node of the view whose parent is drawn and open (a root of the view is drawn). */
static void hitung_tampil(struct tampilan *t)
{
	int n = t->k->n_simpul;
	/* parents before children: walk each node's chain once (depth bounded) */
	signed char *st = xcalloc((size_t)n + 1, 1); /* 0 unknown, 1 drawn, -1 not */
	int *rantai = xcalloc(65, sizeof(int));
	for (int i = 0; i < n; i++) {
		int d = 0, j = i;
		while (j >= 0 && !st[j] && d < 64) {
			rantai[d++] = j;
			j = t->induk[j];
		}
		while (d > 0) {
			int c = rantai[--d];
			int pi = t->induk[c];
			int ya = t->boleh[c] && (pi < 0 || (st[pi] > 0 && terbuka(t, pi)));
			st[c] = ya ? 1 : -1;
		}
	}
	for (int i = 0; i < n; i++)
		t->tampil[i] = st[i] > 0;
	free(st);
	free(rantai);
}

/* The query string of the page with buka given (the rest kept). */
static void tautan(struct buf *q, const struct web_req *r, const struct tampilan *t,
		   const char *pemda, int tahun, const char *buka, const char *cari)
{
	(void)r;
	buf_puts(q, "/pohon?pemda=");
	html_url_enc(q, pemda);
	buf_printf(q, "&tahun=%d", tahun);
	if (t->opd) {
		buf_puts(q, "&opd=");
		html_url_enc(q, t->opd);
	}
	buf_printf(q, "&tingkat=%s", model_rencana_nama((enum jenis_rencana)t->tingkat));
	if (buka && *buka) {
		buf_puts(q, "&buka=");
		html_url_enc(q, buka);
	}
	if (cari && *cari) {
		buf_puts(q, "&cari=");
		html_url_enc(q, cari);
	}
}

/* buka with kode added (tambah) or removed, into out. */
static void buka_ubah(struct buf *out, const char *buka, const char *kode, int tambah)
{
	for (const char *p = buka; p && *p;) {
		while (*p == ' ')
			p++;
		const char *e = strchr(p, ' ');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len && !(len == strlen(kode) && memcmp(p, kode, len) == 0)) {
			if (out->len)
				buf_puts(out, " ");
			buf_append(out, p, len);
		}
		p += len;
	}
	if (tambah) {
		if (out->len)
			buf_puts(out, " ");
		buf_puts(out, kode);
	}
}

/* At most maks characters (UTF-8 code points) of s, with "…" when cut, into out. */
static const char *potong(const char *s, int maks, char *out, size_t n)
{
	size_t i = 0;
	int c = 0;
	while (s[i] && c < maks) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		c++;
	}
	if (!s[i] || i + 4 > n) {
		snprintf(out, n, "%s", s);
		if (s[i] && n > 4) {
			/* too long for out: cut at a code point that fits */
			size_t j = n - 4;
			while (j > 0 && ((unsigned char)out[j] & 0xC0) == 0x80)
				j--;
			memcpy(out + j, "\xE2\x80\xA6", 4);
		}
		return out;
	}
	memcpy(out, s, i);
	memcpy(out + i, "\xE2\x80\xA6", 4);
	return out;
}

/*
 * Where a name shown on two lines breaks: the byte offset after at most maks
 * characters of s, at the last space within them (the whole of s when it
 * fits, 0 when its first word does not).
 */
static size_t belah(const char *s, int maks)
{
	size_t i = 0, spasi = 0;
	for (int c = 0; s[i] && c < maks; c++) {
		if (s[i] == ' ')
			spasi = i;
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
	}
	if (!s[i])
		return i;
	return s[i] == ' ' ? i : spasi; /* no space: the whole name on the second line */
}

/* One drawing of the tree (wide or narrow), into b. */
static void gambar(struct buf *b, struct web_req *r, const struct tampilan *t, const char *pemda,
		   int tahun, const char *cari, int sempit)
{
	const struct model *m = t->m;
	struct pohon_ukuran u =
	    sempit ? (struct pohon_ukuran){.lebar = 360,
					   .tinggi = 74, /* the name on two lines */
					   .jarak = 8,
					   .indentasi = 12,
					   .tepi = 4}
		   : (struct pohon_ukuran){
			 .lebar = 1100, .tinggi = 42, .jarak = 8, .indentasi = 22, .tepi = 4};
	int fs = sempit ? 12 : 13;
	struct pohon_tata tt;
	pohon_tata_hitung(t->induk, t->k->n_simpul, t->tampil, &u, &tt);
	html_f(b,
	       "<svg class=\"%R\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	       "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Pohon kinerja\" "
	       "font-family=\"sans-serif\" font-size=\"%d\">",
	       sempit ? "sempit" : "lebar", tt.lebar, tt.tinggi, tt.lebar, tt.tinggi, fs);
	for (int g = 0; g < tt.n_garis; g++)
		html_f(b,
		       "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a8f98\" "
		       "stroke-width=\"1.5\"/>",
		       tt.garis[g].x1, tt.garis[g].y1, tt.garis[g].x2, tt.garis[g].y2);
	struct buf q = BUF_INIT, bk = BUF_INIT;
	for (int e = 0; e < tt.n; e++) {
		const struct pohon_kotak *kt = &tt.kotak[e];
		const struct kaskade_simpul *s = &t->k->simpul[kt->simpul];
		const struct warna *w = warna_predikat(
		    s->ada_capaian ? skala_predikat_indeks(&m->pemda.predikat, s->capaian) : -1);
		int dibuka = dalam_daftar(t->buka, s->r->kode);
		int tombol = kt->tersembunyi > 0 ||
			     (dibuka && !t->jalur[kt->simpul] && (int)s->r->jenis >= t->tingkat);
		html_f(b, "<g%R id=\"%R%d\" data-kode=\"%s\">",
		       t->kena[kt->simpul] ? " class=\"kena\"" : "", sempit ? "m" : "n", kt->simpul,
		       s->r->kode);
		if (tombol) {
			buf_reset(&q);
			buf_reset(&bk);
			buka_ubah(&bk, t->buka, s->r->kode, kt->tersembunyi > 0);
			tautan(&q, r, t, pemda, tahun, bk.data ? bk.data : "", cari);
			buf_printf(&q, "#%s%d", sempit ? "m" : "n", kt->simpul);
		}
		char c[64], pg[64], sp[64], judul[512];
		const char *uraian = s->r->uraian ? s->r->uraian : "";
		html_f(b, "<title>%s %s: %s</title>", hal_pohon_jenis(s->r->jenis), s->r->kode,
		       uraian);
		html_f(b,
		       "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" fill=\"%s\" "
		       "stroke=\"%R\" stroke-width=\"%R\"/>",
		       kt->x, kt->y, kt->w, kt->h, w->latar,
		       t->kena[kt->simpul] ? "#111" : "#6b7280", t->kena[kt->simpul] ? "3" : "1");
		/* about 0,56 em per character of a sans-serif face; room kept for the toggle */
		int ruang = kt->w - 16 - (tombol ? 5 * fs : 0);
		int maks = (int)(ruang / (fs * 0.6));
		char awal[160];
		snprintf(awal, sizeof(awal), "%s %s ", hal_pohon_jenis(s->r->jenis), s->r->kode);
		int sisa = maks - (int)(strlen(awal) * 1.1);
		if (sisa < 4)
			sisa = 4;
		/* On a phone the name goes on to a second line: a touch shows no title. */
		size_t potongan = sempit ? belah(uraian, sisa) : 0;
		html_f(b,
		       "<text x=\"%d\" y=\"%d\" fill=\"%s\"><tspan font-weight=\"bold\">%s</tspan>"
		       "%s</text>",
		       kt->x + 8, kt->y + fs + 4, w->teks, awal,
		       sempit ? arena_printf(&r->arena, "%.*s", (int)potongan, uraian)
			      : potong(uraian, sisa, judul, sizeof(judul)));
		const char *lanjut = uraian + potongan;
		while (*lanjut == ' ')
			lanjut++;
		if (sempit && *lanjut)
			html_f(b, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>", kt->x + 8,
			       kt->y + 2 * fs + 7, w->teks,
			       potong(lanjut, (int)((kt->w - 16) / (fs * 0.56)), judul,
				      sizeof(judul)));
		const char *pred = s->predikat ? s->predikat : "belum ada data";
		const char *cs = hal_persen(s->ada_capaian, s->capaian, c, sizeof(c));
		const char *ss = hal_persen(s->ada_serapan, s->serapan, sp, sizeof(sp));
		if (s->pagu > 0)
			angka_format_rp(s->pagu, pg, sizeof(pg));
		char baris2[256], baris3[160], pt[300];
		snprintf(baris2, sizeof(baris2), "Capaian %s%s · %s", cs,
			 s->ada_capaian ? " %" : "", pred);
		snprintf(baris3, sizeof(baris3), "%sRp %s · serapan %s%s", sempit ? "" : "Pagu ",
			 s->pagu > 0 ? pg : "", ss, s->ada_serapan ? " %" : "");
		int perencana = web_peran(r, "admin,perencana");
		int maks_baris = (int)((kt->w - 16 - (perencana ? 4 * fs : 0)) / (fs * 0.54));
		int y2 = kt->y + (sempit ? 3 * fs + 13 : 2 * fs + 10);
		if (sempit) {
			html_f(b, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>", kt->x + 8, y2,
			       w->teks, potong(baris2, maks_baris, pt, sizeof(pt)));
			if (s->pagu > 0)
				html_f(b, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>",
				       kt->x + 8, y2 + fs + 5, w->teks,
				       potong(baris3, maks_baris, pt, sizeof(pt)));
		} else {
			html_f(b, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s%R%s</text>", kt->x + 8,
			       y2, w->teks, baris2, s->pagu > 0 ? " · " : "",
			       s->pagu > 0 ? baris3 : "");
		}
		if (tombol)
			html_f(b,
			       "<a class=\"buka\" href=\"%s\"><text x=\"%d\" y=\"%d\" "
			       "text-anchor=\"end\" fill=\"%s\" font-weight=\"bold\" "
			       "text-decoration=\"underline\">%R</text></a>",
			       q.data, kt->x + kt->w - 8, kt->y + fs + 4, w->teks,
			       kt->tersembunyi > 0
				   ? arena_printf(&r->arena, "+%d \xE2\x96\xB8", kt->tersembunyi)
				   : "tutup \xE2\x96\xBE");
		if (perencana) {
			/* the planners' form prefilled with the node's row (hal_rencana.c) */
			buf_reset(&q);
			buf_puts(&q, "/rencana?tabel=rencana&pemda=");
			html_url_enc(&q, pemda);
			buf_printf(&q, "&jenis=%s&kode=", model_rencana_nama(s->r->jenis));
			html_url_enc(&q, s->r->kode);
			if (s->r->induk) {
				buf_puts(&q, "&induk=");
				html_url_enc(&q, s->r->induk);
			}
			buf_puts(&q, "&uraian=");
			html_url_enc(&q, uraian);
			if (s->r->opd) {
				buf_puts(&q, "&opd=");
				html_url_enc(&q, s->r->opd);
			}
			html_f(b,
			       "<a class=\"ubah\" href=\"%s\"><text x=\"%d\" y=\"%d\" "
			       "text-anchor=\"end\" fill=\"%s\" text-decoration=\"underline\">ubah"
			       "</text></a>",
			       q.data, kt->x + kt->w - 8, y2, w->teks);
		}
		html_f(b, "</g>");
	}
	html_f(b, "</svg>");
	buf_release(&q);
	buf_release(&bk);
	pohon_tata_release(&tt);
}

/* The path of node i from its root ("Visi V › Misi M1 › ... › Program P1"), then its name. */
static void tulis_jalur(struct buf *b, const struct tampilan *t, int i)
{
	int rantai[65], d = 0;
	for (int j = i; j >= 0 && d < 64; j = t->k->simpul[j].induk)
		rantai[d++] = j;
	while (d > 0) {
		const struct rencana *rr = t->k->simpul[rantai[--d]].r;
		html_f(b, "%s <b>%s</b>%R", hal_pohon_jenis(rr->jenis), rr->kode,
		       d > 0 ? " › " : "");
	}
	const struct rencana *rr = t->k->simpul[i].r;
	html_f(b, ": %s", rr->uraian ? rr->uraian : "");
}

/* Case-insensitive (ASCII) substring. */
static int memuat(const char *s, const char *jarum)
{
	return s && strcasestr(s, jarum) != NULL;
}

static int opd_ada(const struct model *m, const char *kode)
{
	for (int o = 0; o < m->n_opd; o++)
		if (strcmp(m->opd[o].kode, kode) == 0)
			return 1;
	return 0;
}

void hal_opd_pilih(struct buf *b, const struct model *m, const char *pilih, const char *kosong)
{
	html_f(b, "<option value=\"\">%s</option>", kosong);
	for (int o = 0; o < m->n_opd; o++)
		html_f(b, "<option value=\"%s\"%R>%s (%s)</option>", m->opd[o].kode,
		       pilih && strcmp(pilih, m->opd[o].kode) == 0 ? " selected" : "",
		       m->opd[o].nama && *m->opd[o].nama ? m->opd[o].nama : m->opd[o].kode,
		       m->opd[o].kode);
}

void hal_pohon(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	/* the OPD picker sends opd= for the whole tree */
	const char *opd = web_param(r, "opd");
	if (opd && !*opd)
		p.opd = NULL;
	if (p.opd && !opd_ada(&p.m, p.opd)) {
		hal_galat(r, 404, "OPD tidak dikenal di pemda ini.");
		return hal_pilihan_lepas(&p);
	}
	struct pengukuran u;
	ukur_hitung(&p.m, p.tahun, &u);
	struct kaskade k;
	kaskade_hitung(&u, &k);
	int n = k.n_simpul;
	struct tampilan t = {.m = &p.m, .k = &k, .opd = p.opd};
	t.boleh = xcalloc((size_t)n + 1, 1);
	t.kena = xcalloc((size_t)n + 1, 1);
	t.jalur = xcalloc((size_t)n + 1, 1);
	t.tampil = xcalloc((size_t)n + 1, 1);
	t.induk = xcalloc((size_t)n + 1, sizeof(int));
	enum jenis_rencana tk;
	const char *ts = web_param(r, "tingkat");
	if (ts && !model_rencana_parse(ts, &tk))
		t.tingkat = (int)tk;
	else
		t.tingkat = p.opd ? RENCANA_SUBKEGIATAN : RENCANA_SASARAN;
	t.buka = web_param(r, "buka");
	const char *cari = web_param(r, "cari");
	if (cari && !*cari)
		cari = NULL;

	/* the view: every node, or one OPD's nodes and the RPJMD nodes above them */
	for (int i = 0; i < n; i++) {
		const struct kaskade_simpul *s = &k.simpul[i];
		if (!p.opd) {
			t.boleh[i] = 1;
			continue;
		}
		if (!RENCANA_KASKADE(s->r->jenis) || !s->opd || strcmp(s->opd, p.opd) != 0)
			continue;
		for (int j = i, d = 0; j >= 0 && d < 64 && !t.boleh[j]; j = k.simpul[j].induk, d++)
			if (j == i || !RENCANA_KASKADE(k.simpul[j].r->jenis) ||
			    (k.simpul[j].opd && strcmp(k.simpul[j].opd, p.opd) == 0))
				t.boleh[j] = 1;
	}
	for (int i = 0; i < n; i++) {
		int j = k.simpul[i].induk;
		t.induk[i] = t.boleh[i] && j >= 0 && t.boleh[j] ? j : -1;
	}
	int n_kena = 0;
	if (cari) {
		for (int i = 0; i < n; i++) {
			const struct rencana *rr = k.simpul[i].r;
			if (!t.boleh[i] || !(memuat(rr->kode, cari) || memuat(rr->uraian, cari)))
				continue;
			t.kena[i] = 1;
			n_kena++;
			for (int j = t.induk[i], d = 0; j >= 0 && d < 64; j = t.induk[j], d++)
				t.jalur[j] = 1;
		}
	}
	hitung_tampil(&t);
	int n_tampil = 0, n_boleh = 0;
	for (int i = 0; i < n; i++) {
		n_tampil += t.tampil[i];
		n_boleh += t.boleh[i];
	}

	hal_awal_pilihan(r, "Pohon kinerja", &p);
	struct buf *b = &r->out;
	const char *nama_pemda = hal_nama_pemda(r, p.pemda);
	html_f(b, "<h1>Pohon kinerja %s %d</h1>", nama_pemda ? nama_pemda : p.pemda, p.tahun);
	hal_form_pilih(r, &p, "/pohon", 0);
	html_f(b,
	       "<form class=\"pilih\" method=\"get\" action=\"/pohon\" id=\"saring-pohon\">"
	       "<input type=\"hidden\" name=\"pemda\" value=\"%s\">"
	       "<input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	       "<div><label for=\"opd\">OPD</label><select id=\"opd\" name=\"opd\">",
	       p.pemda, p.tahun);
	hal_opd_pilih(b, &p.m, p.opd, "Seluruh pemda");
	html_f(b, "</select></div><div><label for=\"tingkat\">Tampilkan sampai</label>"
		  "<select id=\"tingkat\" name=\"tingkat\">");
	for (int j = RENCANA_SASARAN; j <= RENCANA_SUBKEGIATAN; j++)
		html_f(b, "<option value=\"%s\"%R>%s</option>",
		       model_rencana_nama((enum jenis_rencana)j), j == t.tingkat ? " selected" : "",
		       hal_pohon_jenis((enum jenis_rencana)j));
	html_f(b,
	       "</select></div><div><label for=\"cari\">Cari kode atau nama</label>"
	       "<input id=\"cari\" name=\"cari\" type=\"search\" value=\"%s\" maxlength=\"200\">"
	       "</div><div><button type=\"submit\">Tampilkan</button></div></form>\n",
	       cari ? cari : "");
	int ilustrasi = 0;
	for (int o = 0; o < p.m.n_opd && !ilustrasi; o++)
		ilustrasi = (!p.opd || strcmp(p.m.opd[o].kode, p.opd) == 0) &&
			    hal_opd_ilustratif(&p.m.opd[o]);
	if (ilustrasi)
		hal_ilustratif_catat(b);
	if (p.opd) {
		const char *nama_opd = hal_nama_opd(r, p.pemda, p.opd);
		struct buf q = BUF_INIT;
		html_url_enc(&q, p.opd);
		html_f(b,
		       "<p id=\"opd-pohon\">OPD <b>%s</b> (%s): %d simpul. <a href=\"/opd?pemda=%s"
		       "&amp;tahun=%d&amp;opd=%R\">Halaman OPD</a> · <a href=\"/pohon?pemda=%s"
		       "&amp;tahun=%d&amp;opd=\">Seluruh pemda</a></p>",
		       nama_opd ? nama_opd : p.opd, p.opd, n_boleh, p.pemda, p.tahun, q.data,
		       p.pemda, p.tahun);
		buf_release(&q);
	}
	if (cari) {
		html_f(b, "<section id=\"hasil-cari\"><h2>Hasil pencarian \"%s\": %d simpul</h2>",
		       cari, n_kena);
		if (!n_kena)
			html_f(b, "<p>Tidak ada simpul yang kode atau namanya memuat \"%s\"%R.</p>",
			       cari, p.opd ? " di OPD ini" : "");
		html_f(b, "<ol class=\"jalur grafik\">");
		int tulis = 0;
		for (int i = 0; i < n && tulis < MAKS_HASIL; i++) {
			if (!t.kena[i])
				continue;
			tulis++;
			/* to the box of the drawing shown (.grafik shows .lebar or .sempit) */
			html_f(b, "<li><a class=\"lebar\" href=\"#n%d\">", i);
			tulis_jalur(b, &t, i);
			html_f(b, "</a><a class=\"sempit\" href=\"#m%d\">", i);
			tulis_jalur(b, &t, i);
			html_f(b, "</a></li>");
		}
		html_f(b, "</ol>");
		if (n_kena > MAKS_HASIL)
			html_f(b,
			       "<p class=\"kecil\">%d hasil pertama ditampilkan; persempit kata "
			       "kunci.</p>",
			       MAKS_HASIL);
		html_f(b, "</section>");
	}
	html_f(b,
	       "<p class=\"kecil\" id=\"ringkas-pohon\">%d dari %d simpul ditampilkan. Kotak "
	       "bertanda +N menyembunyikan N simpul di bawahnya: klik untuk membuka. Warna "
	       "mengikuti predikat capaian:",
	       n_tampil, n_boleh);
	for (int c = 0; c < p.m.pemda.predikat.n; c++) {
		html_f(b, " ");
		hal_predikat(b, &p.m, p.m.pemda.predikat.kelas[c].nama);
	}
	html_f(b, " ");
	hal_predikat(b, &p.m, NULL);
	html_f(b, "</p>");
	if (!n_boleh)
		html_f(b,
		       "<p>Belum ada rencana%R. Impor <code>rencana.csv</code> lewat "
		       "<a href=\"/impor\">Impor templat</a>.</p>",
		       p.opd ? " untuk OPD ini" : "");
	else {
		html_f(b, "<div class=\"grafik pohon\">");
		gambar(b, r, &t, p.pemda, p.tahun, cari, 0);
		gambar(b, r, &t, p.pemda, p.tahun, cari, 1);
		html_f(b, "</div>\n");
	}
	hal_akhir(r);
	free(t.boleh);
	free(t.kena);
	free(t.jalur);
	free(t.tampil);
	free(t.induk);
	kaskade_release(&k);
	ukur_release(&u);
	hal_pilihan_lepas(&p);
}
