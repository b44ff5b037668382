/*
 * The province view (wilayah.md): the regions under one parent ranked on one
 * indicator, from their own stored data. GET /wilayah (the page: ranked table,
 * sorted bar chart with the parent's and the national value, flags against a
 * threshold; stacked cards on a phone) and GET /api/wilayah (the JSON of
 * `kinerja compare --json`). A scoped user sees the regions under its own pemda.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../layanan/wilayah.h"
#include "../report/banding_json.h"
#include "../report/svg.h"
#include "hal_int.h"
#include "html.h"
#include "web_int.h"

/* What was asked for, with the defaults filled in. */
struct tanya {
	const char *induk, *indikator;
	int tahun;
	int ada_batas;
	double batas;
	const char *galat; /* a parameter that is not valid (400) */
};

/* A threshold as people write it ("1", "1,5", "1.5"); 0 when it is a number. */
static int batas_baca(const char *s, double *out)
{
	return angka_parse(s, GAYA_TIDAK_TAHU, out, NULL) == ANGKA_OK ||
		       angka_parse(s, GAYA_ID, out, NULL) == ANGKA_OK
		   ? 0
		   : -1;
}

static void tanya_baca(struct web_req *r, struct tanya *t)
{
	memset(t, 0, sizeof(*t));
	t->induk = web_param(r, "induk");
	t->indikator = web_param(r, "indikator");
	if (t->induk && !*t->induk)
		t->induk = NULL;
	if (t->indikator && !*t->indikator)
		t->indikator = NULL;
	const char *th = web_param(r, "tahun");
	if (th && *th) {
		char *end;
		long v = strtol(th, &end, 10);
		if (*end || v < 1900 || v > 2200)
			t->galat = "parameter tahun harus tahun (YYYY)";
		else
			t->tahun = (int)v;
	}
	const char *bt = web_param(r, "batas");
	if (bt && *bt) {
		if (batas_baca(bt, &t->batas))
			t->galat = "parameter batas harus angka";
		else
			t->ada_batas = 1;
	}
}

/* The latest year for which a child (w: every year loaded) holds a realisasi of kode (0: none). */
static int tahun_terakhir(const struct store_wilayah *w, const char *kode)
{
	int t = 0;
	for (int i = 0; i < w->n; i++) {
		const struct model *m = &w->anak[i];
		for (int k = 0; k < m->n_realisasi; k++)
			if (strcmp(m->realisasi[k].indikator, kode) == 0 &&
			    m->realisasi[k].tahun > t)
				t = m->realisasi[k].tahun;
	}
	return t;
}

/* The first indicator a child holds, in the store's order (NULL: none). */
static const struct indikator *indikator_pertama(const struct store_wilayah *w)
{
	for (int i = 0; i < w->n; i++) {
		const struct model *m = &w->anak[i];
		if (m->n_indikator)
			return &m->indikator[0];
	}
	return NULL;
}

/* ---- JSON ---- */

void api_wilayah(struct web_req *r)
{
	struct tanya t;
	tanya_baca(r, &t);
	if (t.galat)
		return web_galat(r, 400, t.galat);
	if (!t.induk || !t.indikator || !t.tahun)
		return web_galat(r, 400, "parameter induk, indikator dan tahun (YYYY) wajib");
	if (!web_boleh_pemda(r, t.induk))
		return web_galat(r, 403, "Anda tidak boleh melihat wilayah ini");
	struct store_wilayah w;
	struct wilayah_hasil h;
	struct galat g;
	galat_init(&g);
	switch (wilayah_banding(r->s, t.induk, t.indikator, t.tahun, t.ada_batas ? &t.batas : NULL,
				&w, &h, &g)) {
	case WILAYAH_GALAT:
		web_galat(r, 503, "basis data sibuk atau galat; coba lagi");
		break;
	case WILAYAH_INDUK_TIDAK_ADA:
		web_galat(r, 404, "pemda induk tidak dikenal");
		break;
	case WILAYAH_KOSONG:
		web_galat(r, 404, "tidak ada wilayah di bawah induk ini yang memuat indikator itu");
		break;
	case WILAYAH_OK:
		web_json(r, 200, banding_json(&h));
		break;
	}
	wilayah_hasil_release(&h);
	store_wilayah_release(&w);
}

/* ---- the page ---- */

/* The shared layout (hal_tata.c), the page inside a div.wilayah for its styles. */
static void awal(struct web_req *r, const char *judul)
{
	hal_awal(r, judul);
	html_f(&r->out, "<div class=\"wilayah\">\n");
}

static void akhir(struct web_req *r)
{
	html_f(&r->out, "</div>\n");
	hal_akhir(r);
}

static void galat_hal(struct web_req *r, int status, const char *pesan)
{
	buf_reset(&r->out);
	r->status = status;
	awal(r, "Perbandingan wilayah");
	html_f(&r->out, "<h1>Perbandingan wilayah</h1><p class=\"pesan salah\">%s</p>", pesan);
	akhir(r);
}

/* The parents the user may see (pemda with regions under them), from the arena. */
struct induk_daftar {
	int n, cap;
	const char **kode, **nama;
	struct web_req *r;
};

static int induk_satu(const char *kode, const char *nama, void *arg)
{
	struct induk_daftar *d = arg;
	if (!web_boleh_pemda(d->r, kode))
		return 0;
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		const char **k = arena_alloc(&d->r->arena, (size_t)d->cap * sizeof(*k));
		const char **n = arena_alloc(&d->r->arena, (size_t)d->cap * sizeof(*n));
		if (d->n) {
			memcpy(k, d->kode, (size_t)d->n * sizeof(*k));
			memcpy(n, d->nama, (size_t)d->n * sizeof(*n));
		}
		d->kode = k;
		d->nama = n;
	}
	d->kode[d->n] = arena_strdup(&d->r->arena, kode);
	d->nama[d->n++] = arena_strdup(&d->r->arena, nama ? nama : kode);
	return 0;
}

/* The selector: parents the user may see, the indicators their children hold, years. */
static void form_tanya(struct web_req *r, const struct induk_daftar *d,
		       const struct store_wilayah *w, const struct tanya *t,
		       const struct model *induk)
{
	struct buf *b = &r->out;
	html_f(b, "<form class=\"pilih\" method=\"get\" action=\"/wilayah\"><div><label "
		  "for=\"induk\">Wilayah induk</label><select id=\"induk\" name=\"induk\">");
	for (int i = 0; i < d->n; i++)
		html_f(b, "<option value=\"%s\"%R>%s</option>", d->kode[i],
		       strcmp(d->kode[i], t->induk) == 0 ? " selected" : "", d->nama[i]);
	html_f(b, "</select></div><div><label for=\"indikator\">Indikator</label><select "
		  "id=\"indikator\" name=\"indikator\">");
	/* each code once, named as the parent names it, else as the first child holding it */
	const char **sudah = xcalloc(1, sizeof(*sudah));
	int ns = 0;
	for (int i = 0; i < w->n; i++) {
		const struct model *m = &w->anak[i];
		for (int k = 0; k < m->n_indikator; k++) {
			const struct indikator *ind = &m->indikator[k];
			int ada = 0;
			for (int j = 0; j < ns && !ada; j++)
				ada = strcmp(sudah[j], ind->kode) == 0;
			if (ada)
				continue;
			sudah = xrealloc(sudah, (size_t)(ns + 1) * sizeof(*sudah));
			sudah[ns++] = ind->kode;
			const struct indikator *milik_induk =
			    induk ? model_indikator(induk, ind->kode) : NULL;
			html_f(b, "<option value=\"%s\"%R>%s</option>", ind->kode,
			       strcmp(ind->kode, t->indikator) == 0 ? " selected" : "",
			       (milik_induk ? milik_induk : ind)->uraian);
		}
	}
	free(sudah);
	char x[64] = "";
	if (t->ada_batas)
		angka_format(t->batas, 2, x, sizeof(x));
	html_f(b,
	       "</select></div><div><label for=\"tahun\">Tahun</label><input id=\"tahun\" "
	       "name=\"tahun\" type=\"number\" min=\"1900\" max=\"2200\" value=\"%d\"></div>"
	       "<div><label for=\"batas\">Batas (opsional)</label><input id=\"batas\" "
	       "name=\"batas\" inputmode=\"decimal\" size=\"6\" value=\"%s\"></div>"
	       "<div><button type=\"submit\">Tampilkan</button></div></form>\n",
	       t->tahun, x);
}

/* Whether a region is on the wrong side of the threshold for the indicator's arah. */
static int ditandai(const struct wilayah_hasil *h, const struct wilayah_baris *w)
{
	if (!h->acuan.ada_batas)
		return 0;
	if (h->ind->arah == ARAH_TURUN)
		return w->b.terhadap_batas == BANDING_DI_ATAS;
	return w->b.terhadap_batas == BANDING_DI_BAWAH;
}

static void kartu(struct buf *b, int ada, double v, const char *label)
{
	char x[64];
	html_f(b, "<div><b>%s</b><span>%s</span></div>",
	       ada ? angka_format(v, 2, x, sizeof(x)) : "–", label);
}

/* The stylesheet's predikat classes (.pred.p0 highest ... p4, pn none). */
static const char *const kelas_p[] = {"p0", "p1", "p2", "p3", "p4"};

static void tabel(struct web_req *r, const struct wilayah_hasil *h)
{
	struct buf *b = &r->out;
	const char *thd_induk = arena_printf(&r->arena, "Terhadap %s", h->induk_nama);
	html_f(b,
	       "<div class=\"tabel\"><table class=\"banding\"><thead><tr><th class=\"a\">"
	       "Peringkat</th><th>Kabupaten/Kota</th><th class=\"a\">Realisasi</th><th "
	       "class=\"a\">Target</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
	       "<th>%s</th><th>Terhadap nasional</th>",
	       thd_induk);
	if (h->acuan.ada_batas)
		html_f(b, "<th>Terhadap batas</th>");
	html_f(b, "</tr></thead><tbody>\n");
	for (int i = 0; i < h->n; i++) {
		const struct wilayah_baris *w = &h->baris[i];
		char rs[64], ts[64], cs[64], ps[16] = "–";
		if (w->b.peringkat)
			snprintf(ps, sizeof(ps), "%d", w->b.peringkat);
		int tanda = ditandai(h, w);
		html_f(b,
		       "<tr data-kode=\"%s\"%R><td class=\"a\" data-label=\"Peringkat\">%s</td>"
		       "<td class=\"nama\" data-label=\"Kabupaten/Kota\">",
		       w->m->pemda.kode, tanda ? " class=\"tandai\"" : "", ps);
		if (web_boleh_pemda(r, w->m->pemda.kode))
			html_f(b, "<a href=\"/dasbor?pemda=%s&amp;tahun=%d\">%s</a>",
			       w->m->pemda.kode, h->tahun, w->m->pemda.nama);
		else
			html_f(b, "%s", w->m->pemda.nama);
		if (tanda)
			html_f(b, " <span class=\"bendera\">perlu perhatian</span>");
		html_f(b,
		       "</td><td class=\"a\" data-label=\"Realisasi\">%s</td><td class=\"a\" "
		       "data-label=\"Target\">%s</td><td class=\"a\" data-label=\"Capaian (%%)\">"
		       "%s</td><td data-label=\"Predikat\"><span class=\"pred %s\">%s</span></td>",
		       banding_json_realisasi(w, rs, sizeof(rs)),
		       banding_json_target(w, ts, sizeof(ts)),
		       w->capaian.ada ? angka_format(w->capaian.nilai, 2, cs, sizeof(cs)) : "–",
		       w->kelas < 0 ? "pn" : kelas_p[w->kelas < 4 ? w->kelas : 4],
		       w->predikat ? w->predikat : "belum ada data");
		html_f(b,
		       "<td data-label=\"%s\">%s</td><td data-label=\"Terhadap nasional\">%s</td>",
		       thd_induk, banding_json_posisi_label(w->b.terhadap_induk),
		       banding_json_posisi_label(w->b.terhadap_nasional));
		if (h->acuan.ada_batas)
			html_f(b, "<td data-label=\"Terhadap batas\">%s</td>",
			       banding_json_posisi_label(w->b.terhadap_batas));
		html_f(b, "</tr>\n");
	}
	html_f(b, "</tbody></table></div>\n");
}

void hal_wilayah(struct web_req *r)
{
	struct tanya t;
	tanya_baca(r, &t);
	if (t.galat)
		return galat_hal(r, 400, t.galat);
	struct induk_daftar d = {.r = r};
	struct store_wilayah w = {0};
	struct wilayah_hasil h = {0};
	struct galat g;
	galat_init(&g);
	if (store_wilayah_induk_daftar(r->s, induk_satu, &d, &g))
		return galat_hal(r, 503, "Basis data sibuk atau galat; coba lagi.");
	if (!t.induk) {
		/* the user's own pemda when it has regions under it, else the first one visible */
		for (int i = 0; i < d.n && r->u.pemda[0]; i++)
			if (strcmp(d.kode[i], r->u.pemda) == 0)
				t.induk = d.kode[i];
		if (!t.induk && d.n)
			t.induk = d.kode[0];
	}
	if (!t.induk) {
		galat_hal(r, 404, "Tidak ada wilayah induk yang dapat Anda lihat.");
		goto out;
	}
	if (!web_boleh_pemda(r, t.induk)) {
		galat_hal(r, 403, "Anda tidak boleh melihat wilayah ini.");
		goto out;
	}
	/* every indicator of the children (the selector), of the year asked for (all: to
	 * find the latest) */
	if (store_wilayah_muat(r->s, t.induk, NULL, t.tahun, &w, &g)) {
		galat_hal(r, 503, "Basis data sibuk atau galat; coba lagi.");
		goto out;
	}
	const struct model *induk = w.induk;
	if (!induk) {
		galat_hal(r, 404, "Wilayah induk tidak dikenal.");
		goto out;
	}
	if (!t.indikator) {
		const struct indikator *ind = indikator_pertama(&w);
		t.indikator = ind ? ind->kode : "";
	}
	if (!t.tahun)
		t.tahun = tahun_terakhir(&w, t.indikator);
	int ada = banding_json_hitung(t.induk, induk, w.nasional, w.anak, w.n, t.indikator,
				      t.tahun, t.ada_batas ? &t.batas : NULL, &h) == 0;
	struct buf *b = &r->out;
	r->status = 200;
	awal(r, arena_printf(&r->arena, "Perbandingan wilayah %s", induk->pemda.nama));
	html_f(b, "<h1>Perbandingan wilayah: %s</h1>", induk->pemda.nama);
	form_tanya(r, &d, &w, &t, induk);
	if (!ada) {
		html_f(b,
		       "<p class=\"pesan salah\">Tidak ada kabupaten/kota di bawah %s yang memuat "
		       "indikator ini pada tahun %d.</p>",
		       induk->pemda.nama, t.tahun);
		akhir(r);
		goto out;
	}
	html_f(b,
	       "<h2>%s, %d</h2><p class=\"kecil\">Satuan: %s · %s · dihitung dari data "
	       "yang disimpan setiap kabupaten/kota; peringkat terbaik pertama.</p>",
	       h.ind->uraian, h.tahun, h.ind->satuan && *h.ind->satuan ? h.ind->satuan : "–",
	       h.ind->arah == ARAH_TURUN ? "makin rendah makin baik" : "makin tinggi makin baik");
	html_f(b, "<div class=\"kartu acuan-wilayah\">");
	kartu(b, h.acuan.ada_induk, h.acuan.induk, h.induk_nama);
	kartu(b, h.acuan.ada_nasional, h.acuan.nasional, "Nasional");
	if (h.acuan.ada_batas)
		kartu(b, 1, h.acuan.batas, "Batas");
	int n_tanda = 0;
	for (int i = 0; i < h.n; i++)
		n_tanda += ditandai(&h, &h.baris[i]);
	html_f(b, "<div><b>%d</b><span>kabupaten/kota</span></div>", h.n);
	if (h.acuan.ada_batas)
		html_f(b,
		       "<div class=\"perhatian\"><b>%d</b><span>perlu perhatian (%s batas)</span>"
		       "</div>",
		       n_tanda, h.ind->arah == ARAH_TURUN ? "di atas" : "di bawah");
	html_f(b, "</div>\n");
	struct dok_grafik *gr = banding_json_grafik(&r->arena, &h);
	buf_puts(b, "<div class=\"grafik\">");
	svg_tulis(b, gr, 640, "lebar");
	svg_tulis(b, gr, 280, "sempit");
	buf_puts(b, "</div>\n");
	tabel(r, &h);
	akhir(r);
out:
	wilayah_hasil_release(&h);
	store_wilayah_release(&w);
}
