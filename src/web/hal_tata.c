/*
 * Layout shared by the pages: the head and navigation, the error page, predicate
 * colours, charts, and the pemda/year picker.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../layanan/kunci.h"
#include "../layanan/usulan.h"
#include "../report/svg.h"
#include "../store/store_bukti.h"
#include "html.h"
#include "hal_int.h"

/* ---- layout ---- */

/* The query string "?pemda=K&tahun=Y" that keeps the chosen pemda and year in a link. */
static void konteks(struct buf *q, const char *pemda, int tahun)
{
	if (pemda && *pemda) {
		buf_puts(q, "?pemda=");
		html_url_enc(q, pemda);
		if (tahun)
			buf_printf(q, "&tahun=%d", tahun);
	} else if (tahun) {
		buf_printf(q, "?tahun=%d", tahun);
	}
}

int hal_opd_saya(struct web_req *r, int tahun, struct buf *q)
{
	if (!r->masuk || !web_peran(r, "operator") || !r->u.opd[0] || !r->u.pemda[0])
		return -1;
	if (!tahun)
		tahun = hal_tahun_pemda(r, r->u.pemda);
	buf_puts(q, "/opd?pemda=");
	html_url_enc(q, r->u.pemda);
	if (tahun)
		buf_printf(q, "&tahun=%d", tahun);
	buf_puts(q, "&opd=");
	html_url_enc(q, r->u.opd);
	return 0;
}

void hal_awal_pilihan(struct web_req *r, const char *judul, const struct pilihan *p)
{
	struct buf *b = &r->out;
	r->jenis = "text/html; charset=utf-8";
	html_f(b,
	       "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
	       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	       "<title>%s · kinerja</title><link rel=\"stylesheet\" href=\"/aset/gaya.css\">"
	       "<link rel=\"icon\" href=\"/favicon.ico\">"
	       "<script src=\"/aset/app.js\" defer></script>",
	       judul);
	if (r->masuk)
		html_f(b, "<meta name=\"csrf\" content=\"%s\">", r->csrf);
	/* the pemda and year travel with every link: the page's, else the request's */
	const char *pemda = p ? p->pemda : web_param(r, "pemda");
	int tahun = 0;
	if (p) {
		tahun = p->tahun;
	} else {
		const char *ts = web_param(r, "tahun");
		long v = ts ? strtol(ts, NULL, 10) : 0;
		tahun = v >= 1900 && v <= 2200 ? (int)v : 0;
	}
	struct buf q = BUF_INIT, qp = BUF_INIT;
	konteks(&q, pemda, tahun);
	konteks(&qp, pemda, 0);
	const char *k = q.data ? q.data : "", *kp = qp.data ? qp.data : "";
	html_f(b, "</head><body><header><a class=\"merek\" href=\"/dasbor%s\">e-SAKIP kinerja</a>",
	       k);
	if (r->masuk) {
		struct buf saya = BUF_INIT;
		html_f(b, "<nav><a href=\"/dasbor%s\">Dasbor</a>", k);
		/* an operator's own OPD page, in the year shown (pemda: theirs, the only one) */
		if (!hal_opd_saya(r, tahun, &saya))
			html_f(b, "<a href=\"%s\" id=\"nav-opd-saya\">OPD saya</a>", saya.data);
		buf_release(&saya);
		html_f(b,
		       "<a href=\"/realisasi%s\">Realisasi</a>"
		       "<a href=\"/reviu%s\">Reviu</a><a href=\"/rencana-aksi%s\">Rencana aksi</a>"
		       "<a href=\"/lke%s\">Evaluasi</a><a href=\"/survei%s\">Survei IKM</a>"
		       "<a href=\"/wilayah%s\">Wilayah</a><a href=\"/pohon%s\">Pohon kinerja</a>"
		       "<a href=\"/opd%s\">OPD</a>",
		       k, k, k, k, k, kp, k, k);
		if (web_peran(r, "admin,perencana")) {
			/* The verification queue: one count per page (this header runs once). */
			/* A count that cannot be read (-1) only leaves the link out: a hint. */
			const char *pa = pemda && *pemda ? pemda : r->u.pemda[0] ? r->u.pemda : NULL;
			long antre = pa && web_boleh_pemda(r, pa) ? store_usulan_menunggu(r->s, pa)
				     : !pa			  ? store_usulan_menunggu(r->s, NULL)
								  : -1;
			if (antre > 0)
				html_f(b,
				       "<a href=\"/realisasi%s#antrean\" class=\"antrean\">Verifikasi "
				       "<span class=\"jumlah\" aria-label=\"%D usulan menunggu "
				       "verifikasi\">%D</span></a>",
				       k, (int64_t)antre, (int64_t)antre);
		}
		if (web_peran(r, "admin,perencana"))
			html_f(b,
			       "<a href=\"/jadwal%s\">Jadwal</a><a href=\"/rencana%s\">Perencanaan</a>"
			       "<a href=\"/impor%s\">Impor templat</a>",
			       kp, kp, kp);
		if (web_peran(r, "admin,reviewer"))
			html_f(b, "<a href=\"/audit%s\">Log audit</a>", kp);
		if (web_peran(r, "admin"))
			html_f(b, "<a href=\"/pengguna\">Pengguna</a>");
		html_f(b,
		       "</nav><div class=\"akun\"><span>%s (%s%s%s)</span>"
		       "<a href=\"/akun\">Akun</a><form method=\"post\" action=\"/keluar\">"
		       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		       "<button type=\"submit\">Keluar</button></form>"
		       "</div>",
		       r->u.nama, r->u.peran, r->u.opd[0] ? ", OPD " : "", r->u.opd, r->csrf);
	}
	buf_release(&q);
	buf_release(&qp);
	html_f(b, "</header><main>\n");
}

void hal_awal(struct web_req *r, const char *judul)
{
	hal_awal_pilihan(r, judul, NULL);
}

void hal_akhir(struct web_req *r)
{
	html_f(&r->out, "</main></body></html>\n");
}

void hal_galat(struct web_req *r, int status, const char *pesan)
{
	buf_reset(&r->out);
	r->status = status;
	hal_awal(r, status == 403 ? "Tidak diizinkan" : "Galat");
	html_f(&r->out,
	       "<h1>%s</h1><p class=\"pesan salah\">%s</p><p><a href=\"/dasbor\">"
	       "Kembali ke dasbor</a></p>",
	       status == 403   ? "Tidak diizinkan"
	       : status == 404 ? "Tidak ditemukan"
			       : "Galat",
	       pesan);
	hal_akhir(r);
}

const char *hal_nama_triwulan(int t)
{
	static const char *const n[] = {"setahun", "triwulan I", "triwulan II", "triwulan III",
					"triwulan IV"};
	return t >= 0 && t <= 4 ? n[t] : "?";
}

const char *hal_persen(int ada, double v, char *out, size_t n)
{
	return ada ? angka_format(v, 2, out, n) : "–";
}

/* CSS class of a predicate's colour: p0 (highest) .. p4, pn for none. */
const char *hal_kelas_predikat(const struct model *m, const char *predikat)
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
void hal_grafik(struct buf *b, const struct dok_grafik *g)
{
	buf_puts(b, "<div class=\"grafik\">");
	svg_tulis(b, g, 900, "lebar");
	svg_tulis(b, g, 300, "sempit");
	buf_puts(b, "</div>\n");
}

/* A chart of n points or bars and k series, its arrays from the request's arena. */
struct dok_grafik *hal_grafik_baru(struct arena *a, enum dok_grafik_jenis jenis, const char *judul,
				   int n, int k)
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

void hal_predikat(struct buf *b, const struct model *m, const char *predikat)
{
	html_f(b, "<span class=\"pred %s\">%s</span>", hal_kelas_predikat(m, predikat),
	       predikat ? predikat : "belum ada data");
}

/* ---- pemda and year ---- */

struct daftar_pemda {
	struct web_req *r;
	struct buf *b;
	const char *pilih;
};

static int opsi_pemda(const char *kode, void *arg)
{
	struct daftar_pemda *d = arg;
	if (!web_boleh_pemda(d->r, kode))
		return 0;
	const char *nama = hal_nama_pemda(d->r, kode);
	html_f(d->b, "<option value=\"%s\"%R>%s (%s)</option>", kode,
	       d->pilih && strcmp(kode, d->pilih) == 0 ? " selected" : "", nama ? nama : kode,
	       kode);
	return 0;
}

int hal_opsi_pemda(struct web_req *r, struct buf *b, const char *pilih)
{
	struct daftar_pemda d = {r, b, pilih};
	struct galat g;
	galat_init(&g);
	return store_pemda_daftar(r->s, opsi_pemda, &d, &g);
}

/* Fills p->opsi for the pemda selector; 0, or answers the error page. */
int hal_pilih_opsi(struct web_req *r, struct pilihan *p)
{
	buf_reset(&p->opsi);
	if (hal_opsi_pemda(r, &p->opsi, p->pemda)) {
		hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
		return -1;
	}
	return 0;
}

/* Loads the pemda and year asked for (or the defaults); 0, or answers the error page. */
int hal_pilih(struct web_req *r, struct pilihan *p)
{
	memset(p, 0, sizeof(*p));
	model_init(&p->m);
	p->pemda = web_param(r, "pemda");
	if (!p->pemda || !*p->pemda)
		p->pemda = r->u.pemda[0] ? r->u.pemda : NULL;
	if (!p->pemda) {
		/* the landing of an unscoped user: the pemda with the most data */
		if (hal_pemda_bawaan(r, p->pertama, sizeof(p->pertama))) {
			hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
			return -1;
		}
		if (!p->pertama[0]) {
			hal_galat(r, 404,
				  "Basis data belum berisi pemda. Impor data dengan "
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
	hal_nama_catat(&p->m);
	if (hal_pilih_opsi(r, p))
		return -1;
	const char *t = web_param(r, "tahun");
	long v = t ? strtol(t, NULL, 10) : 0;
	p->tahun = v >= 1900 && v <= 2200 ? (int)v : hal_tahun_bawaan(&p->m);
	const char *tw = web_param(r, "triwulan");
	v = tw ? strtol(tw, NULL, 10) : 0;
	p->triwulan = v >= 0 && v <= 4 ? (int)v : 0;
	/* an operator lands on their OPD; opd=semua shows every OPD */
	const char *opd = web_param(r, "opd");
	if (!opd && web_peran(r, "operator") && r->u.opd[0])
		opd = r->u.opd;
	p->opd = opd && *opd && strcmp(opd, "semua") != 0 ? opd : NULL;
	return 0;
}

void hal_pilihan_lepas(struct pilihan *p)
{
	model_release(&p->m);
	buf_release(&p->opsi);
}

void hal_form_pilih(struct web_req *r, struct pilihan *p, const char *aksi, int triwulan)
{
	struct buf *b = &r->out;
	html_f(b,
	       "<form class=\"pilih\" method=\"get\" action=\"%s\"><div><label for=\"pemda\">"
	       "Pemda</label><select id=\"pemda\" name=\"pemda\" data-otomatis>",
	       aksi);
	buf_append(b, p->opsi.data ? p->opsi.data : "", p->opsi.len);
	html_f(b, "</select></div><div><label for=\"tahun\">Tahun</label><select id=\"tahun\" "
		  "name=\"tahun\" data-otomatis>");
	int a = p->m.pemda.periode_awal, z = p->m.pemda.periode_akhir;
	if (!a || !z || z < a || z - a > 30)
		a = z = p->tahun;
	for (int i = 0; i < p->m.n_realisasi; i++) {
		int y = p->m.realisasi[i].tahun;
		if (y >= 1900 && y <= 2200 && y >= z - 30 && y < a)
			a = y;
		if (y >= 1900 && y <= 2200 && y <= a + 30 && y > z)
			z = y;
	}
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
			       t == 0	? "Setahun"
			       : t == 1 ? "Triwulan I"
			       : t == 2 ? "Triwulan II"
			       : t == 3 ? "Triwulan III"
					: "Triwulan IV");
		html_f(b, "</select></div>");
	}
	if (p->opd)
		html_f(b, "<input type=\"hidden\" name=\"opd\" value=\"%s\">", p->opd);
	html_f(b, "<div><button type=\"submit\">Tampilkan</button></div></form>\n");
}

/* ---- login ---- */

int hal_kunci_spanduk(struct web_req *r, const char *pemda, int tahun)
{
	char ket[160];
	int k = pemda ? kunci_keterangan(r->s, pemda, tahun, ket, sizeof(ket)) : 0;
	if (k == 1)
		html_f(&r->out,
		       "<p class=\"pesan salah\" id=\"kunci\" role=\"status\">%s. Data tahun %d tidak "
		       "dapat diubah sampai admin membuka kuncinya.</p>",
		       ket, tahun);
	else if (k < 0)
		html_f(&r->out, "<p class=\"pesan salah\" id=\"kunci\">Keadaan kunci data tahun %d "
				"tidak dapat dibaca; perubahan akan diperiksa saat disimpan.</p>",
		       tahun);
	return k;
}

void hal_bukti_tautan(struct buf *b, const struct store_bukti *x)
{
	html_f(b,
	       "<li><a href=\"/api/bukti/%D\" download>%s</a> <span class=\"kecil\">(%s, %D "
	       "byte)</span></li>",
	       x->id, x->nama, x->jenis, x->ukuran);
}

void hal_bukti_form(struct web_req *r, const char *aksi, const char *objek, const char *label)
{
	html_f(&r->out,
	       "<form method=\"post\" action=\"%s\" enctype=\"multipart/form-data\" "
	       "class=\"bukti\"><input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	       "<input type=\"hidden\" name=\"objek\" value=\"%s\">"
	       "<input type=\"file\" name=\"berkas\" required aria-label=\"berkas bukti %s\" "
	       "accept=\".pdf,.png,.jpg,.jpeg,.xlsx,.docx\"> "
	       "<button type=\"submit\" class=\"kedua\">Lampirkan</button></form>",
	       aksi, r->csrf, objek, label);
}
