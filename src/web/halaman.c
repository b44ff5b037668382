/*
 * Server-rendered pages in Bahasa Indonesia: login, dashboard, indicator
 * detail, realisasi entry and verification, review, audit log, users.
 * Everything goes through html_f, which escapes every %s.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/angka.h"
#include "../core/capaian.h"
#include "../core/nilai.h"
#include "../core/reviu.h"
#include "../core/skala.h"
#include "../core/ukur.h"
#include "../io/impor.h"
#include "../layanan/aktor.h"
#include "../layanan/usulan.h"
#include "../report/laporan.h"
#include "../report/svg.h"
#include "html.h"
#include "web_int.h"

/* ---- layout ---- */

static void awal(struct web_req *r, const char *judul)
{
	struct buf *b = &r->out;
	r->jenis = "text/html; charset=utf-8";
	html_f(b, "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
		  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		  "<title>%s · kinerja</title><link rel=\"stylesheet\" href=\"/aset/gaya.css\">"
		  "<link rel=\"icon\" href=\"/favicon.ico\">"
		  "<script src=\"/aset/app.js\" defer></script>",
	       judul);
	if (r->masuk)
		html_f(b, "<meta name=\"csrf\" content=\"%s\">", r->csrf);
	html_f(b, "</head><body><header><a class=\"merek\" href=\"/dasbor\">e-SAKIP kinerja</a>");
	if (r->masuk) {
		html_f(b, "<nav><a href=\"/dasbor\">Dasbor</a><a href=\"/realisasi\">Realisasi</a>"
			  "<a href=\"/reviu\">Reviu</a>");
		if (web_peran(r, "admin,reviewer"))
			html_f(b, "<a href=\"/audit\">Log audit</a>");
		if (web_peran(r, "admin"))
			html_f(b, "<a href=\"/pengguna\">Pengguna</a>");
		html_f(b, "</nav><div class=\"akun\"><span>%s (%s%s%s)</span>"
			  "<a href=\"/akun\">Akun</a><form method=\"post\" action=\"/keluar\">"
			  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
			  "<button type=\"submit\">Keluar</button></form>"
			  "</div>",
		       r->u.nama, r->u.peran, r->u.opd[0] ? ", OPD " : "", r->u.opd, r->csrf);
	}
	html_f(b, "</header><main>\n");
}

static void akhir(struct web_req *r)
{
	html_f(&r->out, "</main></body></html>\n");
}

static void hal_galat(struct web_req *r, int status, const char *pesan)
{
	buf_reset(&r->out);
	r->status = status;
	awal(r, status == 403 ? "Tidak diizinkan" : "Galat");
	html_f(&r->out, "<h1>%s</h1><p class=\"pesan salah\">%s</p><p><a href=\"/dasbor\">"
			"Kembali ke dasbor</a></p>",
	       status == 403 ? "Tidak diizinkan" : status == 404 ? "Tidak ditemukan" : "Galat",
	       pesan);
	akhir(r);
}

static const char *fmt_persen(int ada, double v, char *out, size_t n)
{
	return ada ? angka_format(v, 2, out, n) : "–";
}

/* CSS class of a predicate's colour: p0 (highest) .. p4, pn for none. */
static const char *kelas_predikat(const struct model *m, const char *predikat)
{
	static const char *const k[] = {"p0", "p1", "p2", "p3", "p4"};
	if (!predikat)
		return "pn";
	for (int i = 0; i < m->pemda.predikat.n; i++)
		if (strcmp(m->pemda.predikat.kelas[i].nama, predikat) == 0)
			return k[i < 4 ? i : 4];
	return "pn";
}

/*
 * A chart in the report's layout (report/svg.c), drawn twice: wide for screens and
 * narrow (labels above the bars) for phones; the stylesheet shows one, so the text
 * keeps about its size instead of shrinking with the page.
 */
static void grafik_html(struct buf *b, const struct dok_grafik *g)
{
	buf_puts(b, "<div class=\"grafik\">");
	svg_tulis(b, g, 640, "lebar");
	svg_tulis(b, g, 280, "sempit");
	buf_puts(b, "</div>\n");
}

/* A chart of n points or bars and k series, its arrays from the request's arena. */
static struct dok_grafik *grafik_baru(struct arena *a, enum dok_grafik_jenis jenis,
				      const char *judul, int n, int k)
{
	struct dok_grafik *g = arena_alloc(a, sizeof(*g));
	memset(g, 0, sizeof(*g));
	g->jenis = jenis;
	g->judul = judul;
	g->n = n;
	g->label = arena_alloc(a, (size_t)(n + 1) * sizeof(*g->label));
	g->n_seri = k;
	g->seri = arena_alloc(a, (size_t)k * sizeof(*g->seri));
	for (int s = 0; s < k; s++) {
		memset(&g->seri[s], 0, sizeof(g->seri[s]));
		g->seri[s].nama = "";
		g->seri[s].nilai = arena_alloc(a, (size_t)(n + 1) * sizeof(double));
		for (int i = 0; i < n; i++)
			g->seri[s].nilai[i] = NAN;
	}
	g->kelas = arena_alloc(a, (size_t)(n + 1) * sizeof(*g->kelas));
	g->garis_acuan = NAN;
	return g;
}

static void predikat_html(struct buf *b, const struct model *m, const char *predikat)
{
	html_f(b, "<span class=\"pred %s\">%s</span>", kelas_predikat(m, predikat),
	       predikat ? predikat : "belum ada data");
}

/* ---- pemda and year ---- */

struct pilihan {
	const char *pemda;
	int tahun;
	int triwulan;
	struct model m;
	int dimuat;
	char pertama[32];
	struct buf opsi; /* the <option>s of the pemda the user may see */
};

/* Keeps the first code; reads on, since a stop answers like an error (store_pemda_daftar). */
static int pemda_pertama(const char *kode, void *arg)
{
	char *pertama = arg;
	if (!pertama[0])
		snprintf(pertama, 32, "%s", kode);
	return 0;
}

static int tahun_bawaan(const struct model *m)
{
	int t = 0;
	for (int i = 0; i < m->n_realisasi; i++)
		if (m->realisasi[i].tahun > t && m->realisasi[i].tahun < 2200)
			t = m->realisasi[i].tahun;
	if (!t)
		t = m->pemda.periode_awal;
	if (!t) {
		time_t now = time(NULL);
		struct tm tm;
		gmtime_r(&now, &tm);
		t = tm.tm_year + 1900;
	}
	return t;
}

struct daftar_pemda {
	struct web_req *r;
	struct pilihan *p;
};

static int opsi_pemda(const char *kode, void *arg)
{
	struct daftar_pemda *d = arg;
	if (!web_boleh_pemda(d->r, kode))
		return 0;
	html_f(&d->p->opsi, "<option value=\"%s\"%R>%s</option>", kode,
	       strcmp(kode, d->p->pemda) == 0 ? " selected" : "", kode);
	return 0;
}

/* Fills p->opsi for the pemda selector; 0, or answers the error page. */
static int pilih_opsi(struct web_req *r, struct pilihan *p)
{
	struct daftar_pemda d = {r, p};
	struct galat g;
	galat_init(&g);
	buf_reset(&p->opsi);
	if (store_pemda_daftar(r->s, opsi_pemda, &d, &g)) {
		hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
		return -1;
	}
	return 0;
}

/* Loads the pemda and year asked for (or the defaults); 0, or answers the error page. */
static int pilih(struct web_req *r, struct pilihan *p)
{
	memset(p, 0, sizeof(*p));
	model_init(&p->m);
	p->pemda = web_param(r, "pemda");
	if (!p->pemda || !*p->pemda)
		p->pemda = r->u.pemda[0] ? r->u.pemda : NULL;
	if (!p->pemda) {
		struct galat g;
		galat_init(&g);
		if (store_pemda_daftar(r->s, pemda_pertama, p->pertama, &g)) {
			hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
			return -1;
		}
		if (!p->pertama[0]) {
			hal_galat(r, 404, "Basis data belum berisi pemda. Impor data dengan "
					  "`kinerja import` atau buat contoh dengan `kinerja demo`.");
			return -1;
		}
		p->pemda = p->pertama;
	}
	if (!web_boleh_pemda(r, p->pemda)) {
		hal_galat(r, 403, "Anda tidak boleh melihat pemda ini.");
		return -1;
	}
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, p->pemda, &p->m, &g)) {
		hal_galat(r, g.pengguna ? 404 : 500, g.pengguna ? "Pemda tidak dikenal." : g.pesan);
		return -1;
	}
	p->dimuat = 1;
	if (pilih_opsi(r, p))
		return -1;
	const char *t = web_param(r, "tahun");
	long v = t ? strtol(t, NULL, 10) : 0;
	p->tahun = v >= 1900 && v <= 2200 ? (int)v : tahun_bawaan(&p->m);
	const char *tw = web_param(r, "triwulan");
	v = tw ? strtol(tw, NULL, 10) : 0;
	p->triwulan = v >= 0 && v <= 4 ? (int)v : 0;
	return 0;
}

static void pilihan_lepas(struct pilihan *p)
{
	model_release(&p->m);
	buf_release(&p->opsi);
}

static void form_pilih(struct web_req *r, struct pilihan *p, const char *aksi, int triwulan)
{
	struct buf *b = &r->out;
	html_f(b, "<form class=\"pilih\" method=\"get\" action=\"%s\"><div><label for=\"pemda\">"
		  "Pemda</label><select id=\"pemda\" name=\"pemda\" data-otomatis>",
	       aksi);
	buf_append(b, p->opsi.data ? p->opsi.data : "", p->opsi.len);
	html_f(b, "</select></div><div><label for=\"tahun\">Tahun</label><select id=\"tahun\" "
		  "name=\"tahun\" data-otomatis>");
	int a = p->m.pemda.periode_awal, z = p->m.pemda.periode_akhir;
	if (!a || !z || z < a || z - a > 30)
		a = z = p->tahun;
	if (p->tahun < a)
		a = p->tahun;
	if (p->tahun > z)
		z = p->tahun;
	for (int t = a; t <= z; t++)
		html_f(b, "<option%R>%d</option>", t == p->tahun ? " selected" : "", t);
	html_f(b, "</select></div>");
	if (triwulan) {
		html_f(b, "<div><label for=\"triwulan\">Periode</label><select id=\"triwulan\" "
			  "name=\"triwulan\" data-otomatis>");
		for (int t = 0; t <= 4; t++)
			html_f(b, "<option value=\"%d\"%R>%R</option>", t,
			       t == p->triwulan ? " selected" : "",
			       t == 0 ? "Setahun" : t == 1 ? "Triwulan I" : t == 2 ? "Triwulan II"
					 : t == 3 ? "Triwulan III" : "Triwulan IV");
		html_f(b, "</select></div>");
	}
	html_f(b, "<div><button type=\"submit\">Tampilkan</button></div><div class=\"kecil\">"
		  "%s</div></form>\n",
	       p->m.pemda.nama);
}

/* ---- login ---- */

static void render_masuk(struct web_req *r, const char *nama, const char *galat)
{
	awal(r, "Masuk");
	html_f(&r->out, "<form class=\"masuk\" method=\"post\" action=\"/masuk\">"
			"<h1>Masuk ke e-SAKIP</h1>");
	if (galat)
		html_f(&r->out, "<p class=\"pesan salah\" role=\"alert\">%s</p>", galat);
	html_f(&r->out, "<label for=\"nama\">Nama pengguna</label><input id=\"nama\" name=\"nama\" "
			"autocomplete=\"username\" required maxlength=\"60\" value=\"%s\">"
			"<label for=\"kata_sandi\">Kata sandi</label><input id=\"kata_sandi\" "
			"name=\"kata_sandi\" type=\"password\" autocomplete=\"current-password\" "
			"required maxlength=\"200\"><button type=\"submit\">Masuk</button></form>",
	       nama ? nama : "");
	akhir(r);
}

void hal_masuk(struct web_req *r)
{
	if (r->masuk)
		return web_alih(r, "/dasbor");
	render_masuk(r, NULL, NULL);
}

void hal_masuk_kirim(struct web_req *r)
{
	const char *nama = web_form(r, "nama");
	const char *pesan;
	int coba_lagi;
	int st = web_sesi_masuk(r, nama, web_form(r, "kata_sandi"), &pesan, &coba_lagi);
	if (st == 0)
		return web_alih(r, "/dasbor");
	if (st == 429)
		r->coba_lagi = coba_lagi;
	r->status = st;
	render_masuk(r, nama, pesan);
}

void hal_keluar(struct web_req *r)
{
	const char *pesan;
	int st = web_sesi_keluar(r, &pesan);
	if (st)
		return hal_galat(r, st, pesan);
	web_alih(r, "/masuk");
}

/* ---- dashboard ---- */

static void sel_agregat(struct buf *b, const struct model *m, const struct ukur_agregat *a,
			const char *jenis)
{
	char c[64], ca[64], pg[64], rl[64], sp[64], ef[64];
	html_f(b, "<tr class=\"%R\"><td>%s %s</td><td>%s</td><td class=\"a\">%s</td><td>", jenis[0] == 'T' ? "agregat" : "", jenis, a->r->kode,
	       a->r->uraian, fmt_persen(a->ada_capaian, a->capaian, c, sizeof(c)));
	predikat_html(b, m, a->predikat);
	html_f(b, "</td><td class=\"a\">%s</td><td class=\"a\">%s</td><td class=\"a\">%s</td>"
		  "<td class=\"a\">%s</td><td class=\"a\">%s</td></tr>\n",
	       fmt_persen(a->ada_capaian_akhir, a->capaian_akhir, ca, sizeof(ca)),
	       a->ada_anggaran ? angka_format_rp(a->pagu, pg, sizeof(pg)) : "–",
	       a->ada_anggaran ? angka_format_rp(a->realisasi_anggaran, rl, sizeof(rl)) : "–",
	       fmt_persen(a->ada_serapan, a->serapan, sp, sizeof(sp)),
	       fmt_persen(a->ada_efisiensi, a->efisiensi, ef, sizeof(ef)));
}

void hal_dasbor(struct web_req *r)
{
	if (strcmp(r->path, "/") == 0)
		return web_alih(r, "/dasbor");
	struct pilihan p;
	if (pilih(r, &p))
		return pilihan_lepas(&p);
	struct pengukuran u;
	ukur_hitung(&p.m, p.tahun, &u);
	struct buf *b = &r->out;
	char judul[256], x[64], y[64], z[64];
	snprintf(judul, sizeof(judul), "Dasbor %s %d", p.m.pemda.nama, p.tahun);
	awal(r, judul);
	form_pilih(r, &p, "/dasbor", 0);
	html_f(b, "<h1>Capaian Kinerja %s Tahun %d</h1>", p.m.pemda.nama, p.tahun);
	html_f(b, "<div class=\"kartu\" id=\"ringkasan\">");
	for (int i = 0; i < p.m.pemda.predikat.n; i++)
		html_f(b, "<div><b>%d</b><span class=\"pred %s\">%s</span></div>",
		       u.jumlah_predikat[i], kelas_predikat(&p.m, p.m.pemda.predikat.kelas[i].nama),
		       p.m.pemda.predikat.kelas[i].nama);
	html_f(b, "<div><b>%d</b><span class=\"pred pn\">%s</span></div>"
		  "<div><b>%d</b><span class=\"pred pn\">%s</span></div>",
	       u.belum_ada_data, ukur_keadaan_nama(UKUR_BELUM_ADA_DATA), u.tidak_dapat_dihitung,
	       ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG));
	html_f(b, "<div><b>%s%%</b><span>serapan anggaran<br>Rp %s dari Rp %s</span></div></div>",
	       fmt_persen(u.ada_serapan, u.serapan, x, sizeof(x)),
	       angka_format_rp(u.realisasi_anggaran, y, sizeof(y)),
	       angka_format_rp(u.pagu, z, sizeof(z)));

	html_f(b, "<p class=\"unduh\">Unduh Laporan Kinerja (LKjIP) %d: ", p.tahun);
	static const char *const format[] = {"pdf", "html", "xlsx", "csv"};
	for (int i = 0; i < 4; i++)
		html_f(b, "%s<a href=\"/laporan?pemda=%s&amp;tahun=%d&amp;format=%s\">%s</a>",
		       i ? " · " : "", p.m.pemda.kode, p.tahun, format[i], format[i]);
	html_f(b, "</p>");

	html_f(b, "<h2>Capaian per sasaran</h2>");
	struct dok_grafik *g =
	    grafik_baru(&r->arena, GRAFIK_BATANG, "Capaian per sasaran (%)", u.n_sasaran, 1);
	g->seri[0].nama = "Capaian (%)";
	g->garis_acuan = 100;
	g->n_kelas = p.m.pemda.predikat.n;
	const char **kelas_nama = arena_alloc(&r->arena, (size_t)(g->n_kelas + 1) * sizeof(char *));
	for (int i = 0; i < g->n_kelas; i++)
		kelas_nama[i] = p.m.pemda.predikat.kelas[i].nama;
	g->kelas_nama = kelas_nama;
	for (int i = 0; i < u.n_sasaran; i++) {
		const struct ukur_agregat *a = &u.sasaran[i];
		g->label[i] = arena_printf(&r->arena, "%s %s", a->r->kode, a->r->uraian);
		g->seri[0].nilai[i] = a->ada_capaian ? a->capaian : NAN;
		g->kelas[i] = a->ada_capaian ? skala_predikat_indeks(&p.m.pemda.predikat, a->capaian)
					     : -1;
	}
	grafik_html(b, g);

	html_f(b, "<h2>Tujuan dan sasaran</h2><div class=\"tabel\"><table><thead><tr><th>Kode"
		  "</th><th>Uraian</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
		  "<th class=\"a\">Thd. target akhir (%%)</th><th class=\"a\">Pagu (Rp)</th>"
		  "<th class=\"a\">Realisasi (Rp)</th><th class=\"a\">Serapan (%%)</th>"
		  "<th class=\"a\">Efisiensi</th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_tujuan; i++) {
		sel_agregat(b, &p.m, &u.tujuan[i], "Tujuan");
		for (int k = 0; k < u.n_sasaran; k++)
			if (u.sasaran[k].r->induk &&
			    strcmp(u.sasaran[k].r->induk, u.tujuan[i].r->kode) == 0)
				sel_agregat(b, &p.m, &u.sasaran[k], "Sasaran");
	}
	html_f(b, "</tbody></table></div>");

	html_f(b, "<h2>Indikator</h2><div class=\"tabel\"><table id=\"indikator\"><thead><tr>"
		  "<th>Kode</th><th>Indikator</th><th>Satuan</th><th class=\"a\">Target</th>"
		  "<th class=\"a\">Realisasi</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
		  "<th>OPD</th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_indikator; i++) {
		const struct ukur_indikator *ui = &u.indikator[i];
		char t[64], rv[64], c[64];
		struct buf link = BUF_INIT;
		buf_puts(&link, "/indikator?pemda=");
		html_url_enc(&link, p.pemda);
		buf_puts(&link, "&kode=");
		html_url_enc(&link, ui->ind->kode);
		buf_printf(&link, "&tahun=%d", p.tahun);
		html_f(b, "<tr data-kode=\"%s\"><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td>"
			  "<td class=\"a\">%s</td><td class=\"a\">%s%R</td>"
			  "<td class=\"a capaian\">%s</td><td class=\"predikat\">",
		       ui->ind->kode, link.data, ui->ind->kode, ui->ind->uraian, ui->ind->satuan,
		       ui->target ? nilai_tampil(&ui->target->nilai, 2, t, sizeof(t)) : "–",
		       ui->realisasi.jenis ? nilai_tampil(&ui->realisasi, 2, rv, sizeof(rv)) : "–",
		       ui->dari_triwulan ? " <span class=\"kecil\">(tw)</span>" : "",
		       fmt_persen(ui->capaian.ada, ui->capaian.nilai, c, sizeof(c)));
		if (ui->predikat)
			predikat_html(b, &p.m, ui->predikat);
		else
			html_f(b, "<span class=\"pred pn\" title=\"%s\">%s</span>",
			       ui->capaian.catatan ? ui->capaian.catatan : "",
			       ukur_keadaan_nama(ukur_keadaan(ui)));
		html_f(b, "</td><td>%s</td></tr>\n", ui->ind->opd ? ui->ind->opd : "");
		buf_release(&link);
	}
	html_f(b, "</tbody></table></div>");
	akhir(r);
	ukur_release(&u);
	pilihan_lepas(&p);
}

/* ---- indicator detail ---- */

void hal_indikator(struct web_req *r)
{
	struct pilihan p;
	if (pilih(r, &p))
		return pilihan_lepas(&p);
	const char *kode = web_param(r, "kode");
	const struct indikator *ind = kode ? model_indikator(&p.m, kode) : NULL;
	if (!ind) {
		hal_galat(r, 404, "Indikator tidak dikenal.");
		return pilihan_lepas(&p);
	}
	int a = p.m.pemda.periode_awal, z = p.m.pemda.periode_akhir;
	if (!a || !z || z < a || z - a > 30)
		a = z = p.tahun;
	int n = z - a + 1;
	int *tahun = xcalloc((size_t)n, sizeof(int));
	/* series: target, realisasi, then up to two comparison regions */
	const char *wilayah[2] = {NULL, NULL};
	int nw = 0;
	for (int i = 0; i < p.m.n_pembanding && nw < 2; i++) {
		const struct pembanding *pb = &p.m.pembanding[i];
		if (strcmp(pb->indikator, ind->kode) != 0)
			continue;
		if ((nw > 0 && strcmp(wilayah[0], pb->wilayah) == 0))
			continue;
		wilayah[nw++] = pb->wilayah;
	}
	int ns = 2 + nw;
	double *nilai = xcalloc((size_t)(n * ns), sizeof(double));
	int *ada = xcalloc((size_t)(n * ns), sizeof(int));
	struct buf *b = &r->out;
	char judul[256];
	snprintf(judul, sizeof(judul), "%s %s", ind->kode, ind->uraian);
	awal(r, judul);
	html_f(b, "<p><a href=\"/dasbor?pemda=%s&amp;tahun=%d\">&larr; Dasbor</a></p>", p.pemda,
	       p.tahun);
	html_f(b, "<h1>%s — %s</h1><p class=\"kecil\">Satuan: %s · arah: %s · OPD: %s · "
		  "kondisi awal: %s · target akhir RPJMD: %s</p>",
	       ind->kode, ind->uraian, ind->satuan[0] ? ind->satuan : "–",
	       model_arah_nama(ind->arah), ind->opd ? ind->opd : "–",
	       ind->kondisi_awal.teks ? ind->kondisi_awal.teks : "–",
	       ind->target_akhir.teks ? ind->target_akhir.teks : "–");
	struct buf tab = BUF_INIT;
	html_f(&tab, "<div class=\"tabel\"><table><thead><tr><th>Tahun</th><th class=\"a\">Target"
		     "</th><th class=\"a\">Realisasi</th><th class=\"a\">Capaian (%%)</th>"
		     "<th>Predikat</th>");
	for (int w = 0; w < nw; w++)
		html_f(&tab, "<th class=\"a\">%s</th>", wilayah[w]);
	html_f(&tab, "</tr></thead><tbody>\n");
	const struct skala *sk = ind->arah == ARAH_KATEGORI ? model_skala(&p.m, ind->skala) : NULL;
	for (int i = 0; i < n; i++) {
		int th = a + i;
		tahun[i] = th;
		const struct target *t = model_target(&p.m, ind->kode, th);
		int dt;
		struct nilai rv = ukur_realisasi_tahun(&p.m, ind, th, &dt);
		struct capaian c = {0};
		if (t && rv.jenis)
			c = capaian_hitung(ind->arah, capaian_rumus(&p.m.pemda, ind), &t->nilai, &rv,
					   sk);
		if (t && t->nilai.jenis == NILAI_ANGKA) {
			nilai[0 * n + i] = t->nilai.a;
			ada[0 * n + i] = 1;
		} else if (t && t->nilai.jenis == NILAI_RENTANG) {
			nilai[0 * n + i] = (t->nilai.a + t->nilai.b) / 2;
			ada[0 * n + i] = 1;
		}
		if (rv.jenis == NILAI_ANGKA) {
			nilai[1 * n + i] = rv.a;
			ada[1 * n + i] = 1;
		}
		char ts[64], rs[64], cs[64];
		html_f(&tab, "<tr><td>%d</td><td class=\"a\">%s</td><td class=\"a\">%s</td>"
			     "<td class=\"a\">%s</td><td>",
		       th, t ? nilai_tampil(&t->nilai, 2, ts, sizeof(ts)) : "–",
		       rv.jenis ? nilai_tampil(&rv, 2, rs, sizeof(rs)) : "–",
		       fmt_persen(c.ada, c.nilai, cs, sizeof(cs)));
		predikat_html(&tab, &p.m,
			      c.ada ? skala_predikat(&p.m.pemda.predikat, c.nilai) : NULL);
		html_f(&tab, "</td>");
		for (int w = 0; w < nw; w++) {
			int found = 0;
			for (int k = 0; k < p.m.n_pembanding; k++) {
				const struct pembanding *pb = &p.m.pembanding[k];
				if (pb->tahun == th && strcmp(pb->indikator, ind->kode) == 0 &&
				    strcmp(pb->wilayah, wilayah[w]) == 0) {
					nilai[(2 + w) * n + i] = pb->nilai;
					ada[(2 + w) * n + i] = 1;
					found = 1;
					html_f(&tab, "<td class=\"a\">%s</td>",
					       angka_format(pb->nilai, 2, ts, sizeof(ts)));
					break;
				}
			}
			if (!found)
				html_f(&tab, "<td class=\"a\">–</td>");
		}
		html_f(&tab, "</tr>\n");
	}
	html_f(&tab, "</tbody></table></div>");
	/* the series in the report's order: realisasi, target (dashed), the regions */
	struct dok_grafik *g = grafik_baru(&r->arena, GRAFIK_GARIS, judul, n, ns);
	static const int urut[4] = {1, 0, 2, 3};
	const char *nama[4] = {"Target", "Realisasi", wilayah[0], wilayah[1]};
	g->satuan = ind->satuan;
	for (int s = 0; s < ns; s++) {
		g->seri[s].nama = nama[urut[s]];
		g->seri[s].putus = urut[s] == 0;
		for (int i = 0; i < n; i++)
			if (ada[urut[s] * n + i])
				g->seri[s].nilai[i] = nilai[urut[s] * n + i];
	}
	for (int i = 0; i < n; i++)
		g->label[i] = arena_printf(&r->arena, "%d", tahun[i]);
	html_f(b, "<h2>Perkembangan selama periode RPJMD</h2>");
	grafik_html(b, g);
	buf_append(b, tab.data, tab.len);
	buf_release(&tab);
	akhir(r);
	free(tahun);
	free(nilai);
	free(ada);
	pilihan_lepas(&p);
}

/* ---- realisasi entry and verification ---- */

/* A field as entered, kept with its message when the form is shown again. */
struct isian {
	const char *kode, *teks, *galat;
};

static const char *nama_triwulan(int t)
{
	static const char *const n[] = {"setahun", "triwulan I", "triwulan II", "triwulan III",
					"triwulan IV"};
	return t >= 0 && t <= 4 ? n[t] : "?";
}

static const struct realisasi *realisasi_cari(const struct model *m, const char *kode, int tahun,
					      int triwulan)
{
	for (int i = 0; i < m->n_realisasi; i++) {
		const struct realisasi *x = &m->realisasi[i];
		if (x->tahun == tahun && x->triwulan == triwulan && strcmp(x->indikator, kode) == 0)
			return x;
	}
	return NULL;
}

/* The rule of usulan_boleh: NULL when the user may enter ind's realisasi, else why not. */
static const char *larangan_isi(struct web_req *r, const char *pemda,
				const struct indikator *ind)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	galat_init(&g);
	return usulan_boleh(&a, pemda, ind, &g) ? web_pesan(r, &g) : NULL;
}

struct usulan_tabel {
	struct web_req *r;
	const struct pilihan *p;
	int n;
};

static int usulan_baris(const struct store_usulan *u, void *arg)
{
	struct usulan_tabel *t = arg;
	struct web_req *r = t->r;
	struct buf *b = &r->out;
	if (web_peran(r, "operator") && strcmp(u->diajukan_oleh, r->u.nama) != 0)
		return 0;
	t->n++;
	html_f(b, "<tr data-id=\"%D\"><td>%D</td><td>%s</td><td>%s</td><td class=\"a\">%s</td>"
		  "<td class=\"status\">%s</td><td>%s<br><span class=\"kecil\">%s</span></td>"
		  "<td>%s%R%s</td><td>",
	       u->id, u->id, u->indikator, nama_triwulan(u->triwulan), u->nilai, u->status,
	       u->diajukan_oleh, u->waktu, u->diperiksa_oleh, u->alasan[0] ? ": " : "",
	       u->alasan);
	if (strcmp(u->status, "diajukan") == 0 && web_peran(r, "admin,perencana"))
		html_f(b, "<form method=\"post\" action=\"/verifikasi\" class=\"verifikasi\">"
			  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
			  "<input type=\"hidden\" name=\"id\" value=\"%D\">"
			  "<input name=\"alasan\" maxlength=\"500\" placeholder=\"alasan (wajib bila "
			  "dikembalikan)\" aria-label=\"alasan\"> "
			  "<button type=\"submit\" name=\"setuju\" value=\"1\">Verifikasi</button> "
			  "<button type=\"submit\" name=\"setuju\" value=\"0\" class=\"kedua\" "
			  "data-kembali>Kembalikan</button></form>",
		       r->csrf, u->id);
	html_f(b, "</td></tr>\n");
	return 0;
}

static void render_realisasi(struct web_req *r, struct pilihan *p, const struct isian *isi,
			     int nisi, const char *pesan, int pesan_ok)
{
	struct buf *b = &r->out;
	char judul[200];
	snprintf(judul, sizeof(judul), "Realisasi %s %d", p->m.pemda.nama, p->tahun);
	awal(r, judul);
	form_pilih(r, p, "/realisasi", 1);
	html_f(b, "<h1>Pengisian realisasi %s %d (%s)</h1>", p->m.pemda.nama, p->tahun,
	       nama_triwulan(p->triwulan));
	if (pesan)
		html_f(b, "<p class=\"pesan %R\" role=\"status\">%s</p>", pesan_ok ? "ok" : "salah",
		       pesan);
	int tulis = web_peran(r, "admin,perencana,operator");
	if (!tulis)
		html_f(b, "<p class=\"kecil\">Peran Anda hanya dapat melihat.</p>");
	else if (web_peran(r, "operator"))
		html_f(b, "<p class=\"kecil\">Nilai yang Anda isi diajukan untuk diverifikasi "
			  "perencana sebelum dihitung dalam capaian. OPD Anda: %s.</p>",
		       r->u.opd);
	html_f(b, "<form method=\"post\" action=\"/realisasi\" id=\"form-realisasi\">"
		  "<input type=\"hidden\" name=\"csrf\" value=\"%s\"><input type=\"hidden\" "
		  "name=\"pemda\" value=\"%s\"><input type=\"hidden\" name=\"tahun\" value=\"%d\">"
		  "<input type=\"hidden\" name=\"triwulan\" value=\"%d\">",
	       r->csrf, p->pemda, p->tahun, p->triwulan);
	html_f(b, "<div class=\"tabel\"><table><thead><tr><th>Kode</th><th>Indikator</th>"
		  "<th>Satuan</th><th class=\"a\">Target %d</th><th class=\"a\">Tersimpan</th>"
		  "<th>Nilai baru</th></tr></thead><tbody>\n",
	       p->tahun);
	int n = 0;
	for (int i = 0; i < p->m.n_indikator; i++) {
		const struct indikator *ind = &p->m.indikator[i];
		if (web_peran(r, "operator") && larangan_isi(r, p->pemda, ind))
			continue;
		const struct target *t = model_target(&p->m, ind->kode, p->tahun);
		const struct realisasi *x = realisasi_cari(&p->m, ind->kode, p->tahun, p->triwulan);
		const struct isian *f = NULL;
		for (int k = 0; k < nisi; k++)
			if (strcmp(isi[k].kode, ind->kode) == 0)
				f = &isi[k];
		char ts[64], xs[64];
		html_f(b, "<tr><td>%s</td><td><label for=\"n_%s\">%s</label></td><td>%s</td>"
			  "<td class=\"a\">%s</td><td class=\"a\">%s</td><td>",
		       ind->kode, ind->kode, ind->uraian, ind->satuan,
		       t ? nilai_tampil(&t->nilai, 2, ts, sizeof(ts)) : "–",
		       x ? nilai_tampil(&x->nilai, 2, xs, sizeof(xs)) : "–");
		if (tulis)
			html_f(b, "<input id=\"n_%s\" name=\"n_%s\" maxlength=\"100\" size=\"10\" "
				  "inputmode=\"decimal\" value=\"%s\"%R%R%s%R>",
			       ind->kode, ind->kode, f ? f->teks : "",
			       f && f->galat ? " class=\"salah\" aria-invalid=\"true\"" : "",
			       f && f->galat ? " aria-describedby=\"g_" : "",
			       f && f->galat ? ind->kode : "", f && f->galat ? "\"" : "");
		if (f && f->galat)
			html_f(b, "<span class=\"galat\" id=\"g_%s\">%s</span>", ind->kode,
			       f->galat);
		html_f(b, "</td></tr>\n");
		n++;
	}
	if (!n)
		html_f(b, "<tr><td colspan=\"6\">Tidak ada indikator untuk Anda.</td></tr>");
	html_f(b, "</tbody></table></div>");
	if (tulis && n)
		html_f(b, "<p><button type=\"submit\">%R</button> <span class=\"kecil\">Tulis "
			  "angka seperti 72,47; kosongkan yang tidak diubah.</span></p>",
		       web_peran(r, "operator") ? "Ajukan untuk verifikasi" : "Simpan");
	html_f(b, "</form><h2>Usulan realisasi %d</h2><div class=\"tabel\"><table id=\"usulan\">"
		  "<thead><tr><th>No.</th><th>Indikator</th><th>Periode</th><th class=\"a\">Nilai"
		  "</th><th>Status</th><th>Diajukan</th><th>Diperiksa</th><th>Tindakan</th></tr>"
		  "</thead><tbody>\n",
	       p->tahun);
	struct usulan_tabel ut = {r, p, 0};
	struct galat g;
	galat_init(&g);
	if (store_web_usulan_daftar(r->s, p->pemda, p->tahun, NULL, 200, usulan_baris, &ut, &g))
		return hal_galat(r, 503, "Daftar usulan tidak dapat dibaca (basis data sibuk atau "
					 "galat); coba lagi.");
	if (!ut.n)
		html_f(b, "<tr><td colspan=\"8\">Belum ada usulan.</td></tr>");
	html_f(b, "</tbody></table></div>");
	akhir(r);
}

void hal_realisasi(struct web_req *r)
{
	struct pilihan p;
	if (pilih(r, &p))
		return pilihan_lepas(&p);
	const char *ok = web_param(r, "ok");
	const char *pesan = NULL;
	if (ok && strcmp(ok, "disimpan") == 0)
		pesan = "Realisasi disimpan.";
	else if (ok && strcmp(ok, "diajukan") == 0)
		pesan = "Realisasi diajukan; menunggu verifikasi perencana.";
	else if (ok && strcmp(ok, "disetujui") == 0)
		pesan = "Usulan diverifikasi dan realisasi disimpan.";
	else if (ok && strcmp(ok, "dikembalikan") == 0)
		pesan = "Usulan dikembalikan kepada operator.";
	else if (ok && strcmp(ok, "sama") == 0)
		pesan = "Tidak ada nilai yang diubah.";
	render_realisasi(r, &p, NULL, 0, pesan, 1);
	pilihan_lepas(&p);
}

static void alih_realisasi(struct web_req *r, const char *pemda, int tahun, int triwulan,
			   const char *ok)
{
	struct buf u = BUF_INIT;
	buf_puts(&u, "/realisasi?pemda=");
	html_url_enc(&u, pemda);
	buf_printf(&u, "&tahun=%d&triwulan=%d&ok=%s", tahun, triwulan, ok);
	web_alih(r, u.data);
	buf_release(&u);
}

void hal_realisasi_kirim(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana,operator"))
		return hal_galat(r, 403, "Peran Anda tidak boleh mengisi realisasi.");
	const char *pemda = web_form(r, "pemda");
	const char *th = web_form(r, "tahun"), *tw = web_form(r, "triwulan");
	int tahun = th ? atoi(th) : 0, triwulan = tw ? atoi(tw) : -1;
	if (!pemda || tahun < 1900 || tahun > 2200 || triwulan < 0 || triwulan > 4)
		return hal_galat(r, 400, "Pemda, tahun atau triwulan tidak sah.");
	if (!web_boleh_pemda(r, pemda))
		return hal_galat(r, 403, "Anda tidak boleh mengubah data pemda ini.");
	struct pilihan p;
	memset(&p, 0, sizeof(p));
	model_init(&p.m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, &p.m, &g)) {
		hal_galat(r, g.pengguna ? 404 : 500, g.pengguna ? "Pemda tidak dikenal." : g.pesan);
		return pilihan_lepas(&p);
	}
	p.pemda = pemda;
	p.tahun = tahun;
	p.triwulan = triwulan;
	if (pilih_opsi(r, &p))
		return pilihan_lepas(&p);
	struct isian *isi = xcalloc((size_t)p.m.n_indikator + 1, sizeof(*isi));
	int n = 0, salah = 0;
	/* Everything is checked before anything is written: all or nothing. */
	for (int i = 0; i < p.m.n_indikator; i++) {
		const struct indikator *ind = &p.m.indikator[i];
		char nama[96];
		snprintf(nama, sizeof(nama), "n_%s", ind->kode);
		const char *teks = web_form(r, nama);
		if (!teks || !*str_trim((char *)(uintptr_t)teks))
			continue;
		isi[n].kode = ind->kode;
		isi[n].teks = teks;
		struct nilai v;
		isi[n].galat = larangan_isi(r, pemda, ind);
		if (!isi[n].galat)
			isi[n].galat = web_nilai_cek(r, &p.m, ind, teks, &p.m.arena, &v);
		if (!isi[n].galat) {
			const struct realisasi *x = realisasi_cari(&p.m, ind->kode, tahun, triwulan);
			char a[128], bb[128];
			if (x && strcmp(nilai_kanonik(&x->nilai, a, sizeof(a)),
					nilai_kanonik(&v, bb, sizeof(bb))) == 0)
				continue; /* unchanged */
		}
		salah += isi[n].galat != NULL;
		n++;
	}
	if (salah) {
		r->status = 400;
		render_realisasi(r, &p, isi, n, "Periksa nilai yang ditandai; tidak ada yang disimpan.",
				 0);
		free(isi);
		return pilihan_lepas(&p);
	}
	/* One transaction for the whole form (usulan_realisasi). */
	struct usulan_isian *tulis = xcalloc((size_t)n + 1, sizeof(*tulis));
	for (int k = 0; k < n; k++)
		tulis[k] = (struct usulan_isian){.kode = isi[k].kode, .teks = isi[k].teks};
	struct aktor a;
	web_aktor(r, &a);
	int k_salah;
	int st = usulan_realisasi(r->s, &a, pemda, tahun, triwulan, tulis, n, &k_salah, &g);
	int diajukan = n && tulis[0].id;
	free(tulis);
	if (st) {
		const char *pesan = web_pesan(r, &g);
		if (k_salah >= 0)
			isi[k_salah].galat = pesan;
		r->status = st;
		buf_reset(&r->out);
		render_realisasi(r, &p, k_salah >= 0 ? isi + k_salah : NULL, k_salah >= 0, pesan,
				 0);
		free(isi);
		return pilihan_lepas(&p);
	}
	alih_realisasi(r, pemda, tahun, triwulan, !n ? "sama" : diajukan ? "diajukan" : "disimpan");
	free(isi);
	pilihan_lepas(&p);
}

void hal_verifikasi(struct web_req *r)
{
	const char *id = web_form(r, "id"), *setuju = web_form(r, "setuju");
	if (!id || !setuju)
		return hal_galat(r, 400, "Permintaan tidak lengkap.");
	struct store_usulan u;
	int64_t nid = strtoll(id, NULL, 10);
	int ada = store_web_usulan_cari(r->s, nid, &u);
	if (ada < 0)
		return hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
	if (!ada)
		return hal_galat(r, 404, "Usulan tidak dikenal.");
	const char *pesan;
	int ok = strcmp(setuju, "1") == 0;
	int st = web_realisasi_verifikasi(r, nid, ok, web_form(r, "alasan"), &pesan);
	if (st >= 400)
		return hal_galat(r, st, pesan);
	alih_realisasi(r, u.pemda, u.tahun, u.triwulan, ok ? "disetujui" : "dikembalikan");
}

/* ---- review, audit, users ---- */

/* GET /laporan?pemda=&tahun=&format=: the LKjIP as a download. */
void hal_laporan(struct web_req *r)
{
	static const struct {
		const char *format, *jenis;
	} jenis[] = {
		{"pdf", "application/pdf"},
		{"html", "text/html; charset=utf-8"},
		{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"csv", "text/csv; charset=utf-8"},
	};
	const char *format = web_param(r, "format");
	int k = -1;
	for (int i = 0; format && i < 4; i++)
		if (strcmp(format, jenis[i].format) == 0)
			k = i;
	if (k < 0)
		return hal_galat(r, 400, "Format laporan: pdf, html, xlsx atau csv.");
	struct pilihan p;
	if (pilih(r, &p))
		return pilihan_lepas(&p);
	/* The renderers write files; a private temporary file carries the document. */
	const char *tmpdir = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof(path), "%s/kinerja-laporan-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	int fd = mkstemp(path);
	struct galat g;
	galat_init(&g);
	char *isi = NULL;
	size_t n = 0;
	if (fd < 0) {
		hal_galat(r, 500, "Tidak dapat membuat berkas sementara.");
		goto out;
	}
	close(fd);
	if (laporan_tulis(&p.m, p.tahun, format, path, &g) || impor_baca_berkas(path, &isi, &n, &g)) {
		hal_galat(r, 500, g.pesan);
		goto out;
	}
	buf_adopt(&r->out, isi, n);
	r->status = 200;
	r->jenis = jenis[k].jenis;
	r->unduh = arena_printf(&r->arena, "LKjIP-%s-%d.%s", p.m.pemda.kode, p.tahun, format);
out:
	if (fd >= 0)
		unlink(path);
	pilihan_lepas(&p);
}

void hal_reviu(struct web_req *r)
{
	struct pilihan p;
	if (pilih(r, &p))
		return pilihan_lepas(&p);
	struct reviu rv;
	reviu_jalankan(&p.m, p.tahun, &rv);
	struct buf *b = &r->out;
	awal(r, "Reviu");
	form_pilih(r, &p, "/reviu", 0);
	html_f(b, "<h1>Reviu %s Tahun %d</h1><div class=\"kartu\">"
		  "<div><b>%d</b><span>angka laporan diperiksa</span></div>"
		  "<div><b>%d</b><span class=\"pred p4\">kesalahan</span></div>"
		  "<div><b>%d</b><span class=\"pred p2\">peringatan</span></div>"
		  "<div><b>%d</b><span class=\"pred pn\">info</span></div></div>",
	       p.m.pemda.nama, p.tahun, rv.n_diperiksa, rv.jumlah[REVIU_KESALAHAN],
	       rv.jumlah[REVIU_PERINGATAN], rv.jumlah[REVIU_INFO]);
	html_f(b, "<div class=\"tabel\"><table id=\"temuan\"><thead><tr><th>Tingkat</th>"
		  "<th>Objek</th><th>Ukuran</th><th class=\"a\">Dilaporkan</th>"
		  "<th class=\"a\">Seharusnya</th><th>Sumber</th><th>Temuan</th></tr></thead>"
		  "<tbody>\n");
	for (int i = 0; i < rv.n; i++) {
		const struct temuan *t = &rv.temuan[i];
		char d[64], s[64];
		const char *dl = t->dilaporkan_teks ? t->dilaporkan_teks
			       : t->ada_dilaporkan ? angka_format(t->dilaporkan,
								 t->desimal > 0 ? t->desimal : 2,
								 d, sizeof(d))
						   : "–";
		const char *sh = t->seharusnya_teks ? t->seharusnya_teks
			       : t->ada_seharusnya ? angka_format(t->seharusnya, 2, s, sizeof(s))
						   : "–";
		html_f(b, "<tr><td><span class=\"pred %R\">%s</span></td><td>%s</td><td>%s</td>"
			  "<td class=\"a\">%s</td><td class=\"a\">%s</td><td>%s</td><td>%s</td>"
			  "</tr>\n",
		       t->tingkat == REVIU_KESALAHAN ? "p4" : t->tingkat == REVIU_PERINGATAN ? "p2"
											   : "pn",
		       reviu_tingkat_nama(t->tingkat), t->objek, t->ukuran, dl, sh,
		       t->sumber ? t->sumber : "", t->pesan);
	}
	if (!rv.n)
		html_f(b, "<tr><td colspan=\"7\">Tidak ada temuan.</td></tr>");
	html_f(b, "</tbody></table></div>");
	akhir(r);
	reviu_release(&rv);
	pilihan_lepas(&p);
}

static int audit_baris(const struct store_audit_baris *a, void *arg)
{
	html_f(arg, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
		    "<td>%s</td></tr>\n",
	       a->waktu, a->pengguna, a->pemda ? a->pemda : "", a->tabel, a->kunci,
	       a->lama ? a->lama : "", a->baru ? a->baru : "");
	return 0;
}

void hal_audit(struct web_req *r)
{
	if (!web_peran(r, "admin,reviewer"))
		return hal_galat(r, 403, "Hanya admin dan reviewer yang melihat log audit.");
	const char *pemda = web_param(r, "pemda");
	if (pemda && !*pemda)
		pemda = NULL;
	if (!pemda && r->u.pemda[0])
		pemda = r->u.pemda;
	if (pemda && !web_boleh_pemda(r, pemda))
		return hal_galat(r, 403, "Anda tidak boleh melihat pemda ini.");
	awal(r, "Log audit");
	html_f(&r->out, "<h1>Log audit%R%s</h1><form class=\"pilih\" method=\"get\" "
			"action=\"/audit\"><div><label for=\"pemda\">Pemda%R</label>"
			"<input id=\"pemda\" name=\"pemda\" value=\"%s\" maxlength=\"30\"></div>"
			"<div><button type=\"submit\">Tampilkan</button></div></form>"
			"<p class=\"kecil\">500 perubahan terakhir, terbaru di atas.</p>"
			"<div class=\"tabel\"><table id=\"audit\"><thead><tr><th>Waktu (UTC)</th>"
			"<th>Pengguna</th><th>Pemda</th><th>Tabel</th><th>Kunci</th><th>Lama</th>"
			"<th>Baru</th></tr></thead><tbody>\n",
	       pemda ? " " : "", pemda ? pemda : "", r->u.pemda[0] ? "" : " (kosong: semua)",
	       pemda ? pemda : "");
	struct galat g;
	galat_init(&g);
	if (store_audit_daftar(r->s, pemda, 500, audit_baris, &r->out, &g))
		return hal_galat(r, 503, "Log audit tidak dapat dibaca (basis data sibuk atau "
					 "galat); coba lagi.");
	html_f(&r->out, "</tbody></table></div>");
	akhir(r);
}

static int pengguna_baris(const struct store_pengguna *u, void *arg)
{
	struct web_req *r = arg;
	struct buf *b = &r->out;
	if (!web_boleh_pemda(r, u->pemda[0] ? u->pemda : NULL))
		return 0;
	html_f(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>", u->nama,
	       u->peran, u->opd, u->pemda, u->aktif ? "Aktif" : "Nonaktif");
	/* An admin cannot lock themself out; the API refuses it too. */
	if (!u->aktif || u->id != r->u.id)
		html_f(b, "<form method=\"post\" action=\"/pengguna/status\">"
			  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
			  "<input type=\"hidden\" name=\"nama\" value=\"%s\">"
			  "<input type=\"hidden\" name=\"aktif\" value=\"%s\">"
			  "<button type=\"submit\">%s</button></form>",
		       r->csrf, u->nama, u->aktif ? "0" : "1",
		       u->aktif ? "Nonaktifkan" : "Aktifkan");
	html_f(b, "</td></tr>\n");
	return 0;
}

static int opsi_pengguna(const struct store_pengguna *u, void *arg)
{
	struct web_req *r = arg;
	if (web_boleh_pemda(r, u->pemda[0] ? u->pemda : NULL))
		html_f(&r->out, "<option>%s</option>", u->nama);
	return 0;
}

static void render_pengguna(struct web_req *r, const char *galat, const char *ok)
{
	struct buf *b = &r->out;
	awal(r, "Pengguna");
	html_f(b, "<h1>Pengguna</h1>");
	if (galat)
		html_f(b, "<p class=\"pesan salah\" role=\"alert\">%s</p>", galat);
	if (ok)
		html_f(b, "<p class=\"pesan ok\" role=\"status\">%s</p>", ok);
	html_f(b, "<div class=\"tabel\"><table id=\"pengguna\"><thead><tr><th>Nama</th><th>Peran"
		  "</th><th>OPD</th><th>Pemda</th><th>Status</th><th>Tindakan</th></tr></thead>"
		  "<tbody>\n");
	struct galat g;
	galat_init(&g);
	if (store_web_pengguna_daftar(r->s, pengguna_baris, r, &g))
		return hal_galat(r, 503, "Daftar pengguna tidak dapat dibaca (basis data sibuk "
					 "atau galat); coba lagi.");
	html_f(b, "</tbody></table></div><h2>Tambah pengguna</h2>"
		  "<form class=\"pilih\" method=\"post\" action=\"/pengguna\">"
		  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		  "<div><label for=\"nama\">Nama</label><input id=\"nama\" name=\"nama\" required "
		  "maxlength=\"60\" pattern=\"[A-Za-z0-9._-]+\"></div>"
		  "<div><label for=\"peran\">Peran</label><select id=\"peran\" name=\"peran\">"
		  "<option>operator</option><option>perencana</option><option>reviewer</option>"
		  "<option>pimpinan</option><option>admin</option></select></div>"
		  "<div><label for=\"opd\">OPD (operator)</label><input id=\"opd\" name=\"opd\" "
		  "maxlength=\"60\"></div><div><label for=\"pemda_u\">Pemda%R</label>"
		  "<input id=\"pemda_u\" name=\"pemda\" maxlength=\"30\" value=\"%s\"%R></div>"
		  "<div><label for=\"kata_sandi\">Kata sandi (min. 8)</label><input "
		  "id=\"kata_sandi\" name=\"kata_sandi\" type=\"password\" minlength=\"8\" "
		  "maxlength=\"200\" autocomplete=\"new-password\" required></div>"
		  "<div><button type=\"submit\">Tambah</button></div></form>",
	       r->csrf, r->u.pemda[0] ? "" : " (kosong: semua)", r->u.pemda,
	       r->u.pemda[0] ? " readonly" : "");
	html_f(b, "<h2>Atur ulang kata sandi</h2>"
		  "<form class=\"pilih\" method=\"post\" action=\"/pengguna/kata-sandi\">"
		  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		  "<div><label for=\"nama_r\">Pengguna</label><select id=\"nama_r\" name=\"nama\">",
	       r->csrf);
	if (store_web_pengguna_daftar(r->s, opsi_pengguna, r, &g))
		return hal_galat(r, 503, "Daftar pengguna tidak dapat dibaca (basis data sibuk "
					 "atau galat); coba lagi.");
	html_f(b, "</select></div><div><label for=\"baru_r\">Kata sandi baru (min. 8)</label>"
		  "<input id=\"baru_r\" name=\"baru\" type=\"password\" minlength=\"8\" "
		  "maxlength=\"200\" autocomplete=\"new-password\" required></div>"
		  "<div><button type=\"submit\">Atur ulang</button></div></form>");
	akhir(r);
}

static const char *pesan_ok_pengguna(const char *ok)
{
	if (!ok)
		return NULL;
	if (strcmp(ok, "status") == 0)
		return "Status pengguna diubah.";
	if (strcmp(ok, "sandi") == 0)
		return "Kata sandi pengguna diatur ulang; sesinya diakhiri.";
	return "Pengguna ditambahkan.";
}

void hal_pengguna(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return hal_galat(r, 403, "Hanya admin yang mengelola pengguna.");
	render_pengguna(r, NULL, pesan_ok_pengguna(web_param(r, "ok")));
}

void hal_pengguna_kirim(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return hal_galat(r, 403, "Hanya admin yang mengelola pengguna.");
	const char *pesan;
	int st = web_pengguna_tambah(r, web_form(r, "nama"), web_form(r, "peran"),
				     web_form(r, "opd"), web_form(r, "pemda"),
				     web_form(r, "kata_sandi"), &pesan);
	if (st >= 400) {
		r->status = st;
		return render_pengguna(r, pesan, NULL);
	}
	web_alih(r, "/pengguna?ok=1");
}

void hal_pengguna_status(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return hal_galat(r, 403, "Hanya admin yang mengelola pengguna.");
	const char *aktif = web_form(r, "aktif");
	const char *pesan = "status harus 0 atau 1";
	int st = 400;
	if (aktif && (strcmp(aktif, "0") == 0 || strcmp(aktif, "1") == 0))
		st = web_pengguna_status(r, web_form(r, "nama"), aktif[0] == '1', &pesan);
	if (st != 200) {
		r->status = st;
		return render_pengguna(r, pesan, NULL);
	}
	web_alih(r, "/pengguna?ok=status");
}

void hal_pengguna_sandi(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return hal_galat(r, 403, "Hanya admin yang mengelola pengguna.");
	const char *pesan;
	int st = web_pengguna_sandi(r, web_form(r, "nama"), web_form(r, "baru"), &pesan);
	if (st != 200) {
		r->status = st;
		return render_pengguna(r, pesan, NULL);
	}
	web_alih(r, "/pengguna?ok=sandi");
}

static void render_akun(struct web_req *r, const char *galat, const char *ok)
{
	struct buf *b = &r->out;
	awal(r, "Akun");
	html_f(b, "<h1>Akun %s</h1><p>Peran: %s%s%s%s%s</p>", r->u.nama, r->u.peran,
	       r->u.opd[0] ? ", OPD " : "", r->u.opd, r->u.pemda[0] ? ", pemda " : "",
	       r->u.pemda);
	if (galat)
		html_f(b, "<p class=\"pesan salah\" role=\"alert\">%s</p>", galat);
	if (ok)
		html_f(b, "<p class=\"pesan ok\" role=\"status\">%s</p>", ok);
	html_f(b, "<h2>Ubah kata sandi</h2>"
		  "<form class=\"pilih\" method=\"post\" action=\"/akun\">"
		  "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		  "<div><label for=\"lama\">Kata sandi lama</label><input id=\"lama\" "
		  "name=\"lama\" type=\"password\" maxlength=\"200\" "
		  "autocomplete=\"current-password\" required></div><div><label for=\"baru\">Kata sandi baru (min. 8)</label><input "
		  "id=\"baru\" name=\"baru\" type=\"password\" minlength=\"8\" maxlength=\"200\" "
		  "autocomplete=\"new-password\" required></div>"
		  "<div><label for=\"ulang\">Ulangi kata sandi baru</label><input id=\"ulang\" "
		  "name=\"ulang\" type=\"password\" minlength=\"8\" maxlength=\"200\" "
		  "autocomplete=\"new-password\" required></div>"
		  "<div><button type=\"submit\">Ubah kata sandi</button></div></form>"
		  "<p>Setelah kata sandi diubah, sesi Anda di perangkat lain diakhiri.</p>",
	       r->csrf);
	akhir(r);
}

void hal_akun(struct web_req *r)
{
	render_akun(r, NULL, web_param(r, "ok") ? "Kata sandi diubah." : NULL);
}

void hal_akun_kirim(struct web_req *r)
{
	const char *baru = web_form(r, "baru");
	const char *ulang = web_form(r, "ulang");
	const char *pesan = "kata sandi baru dan ulangannya berbeda";
	int st = 400;
	if (!ulang || (baru && strcmp(baru, ulang) == 0))
		st = web_sandi_ubah(r, web_form(r, "lama"), baru, &pesan);
	if (st != 200) {
		r->status = st;
		return render_akun(r, pesan, NULL);
	}
	web_alih(r, "/akun?ok=1");
}
