/*
 * What the public sees without logging in (wilayah.md "Publishing"): the
 * pemda with published years, per published pemda-year the dashboard, the
 * indicator pages and the LKjIP download, and the open data as CSV and JSON;
 * and the admins' API to publish and withdraw (layanan/terbit.c).
 *
 * Nothing unpublished: every answer starts from the published years read
 * from the database for this request (table terbit); a year that is not
 * published answers 404, and every model shown is cut down to the published
 * years of its pemda before anything is measured or drawn (series, the
 * LKjIP's comparisons), with no reported figures (the review's input) and
 * no target history. No user names, no audit, no notes: the pages are built
 * here from the measurement only.
 *
 * Answers are cached per request key, the list of published years and the
 * data version of cache.c (any audited write moves it on), with an ETag (a
 * hash of the body) and a Last-Modified (when the body last changed in this
 * process); a matching If-None-Match, or else an If-Modified-Since not older
 * than Last-Modified, answers 304.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/angka.h"
#include "../core/capaian.h"
#include "../core/nilai.h"
#include "../core/skala.h"
#include "../core/ukur.h"
#include "../layanan/aktor.h"
#include "../layanan/terbit.h"
#include "../layanan/wilayah.h"
#include "../report/banding_json.h"
#include "../report/laporan.h"
#include "../report/svg.h"
#include "../store/store_publik.h"
#include "hal_int.h"
#include "html.h"
#include "web_int.h"

/* ---- the published years ---- */

struct terbit_isi {
	char pemda[32];
	char nama[256];
	int tahun;
};
struct terbit_daftar {
	int n, cap;
	struct terbit_isi *isi;
	uint64_t tanda;		  /* a hash of the list: part of every cache key */
	struct terbit_salinan *s; /* isi borrowed from this copy (terbit_baca), or NULL: own */
};

/*
 * The list of every published pemda-year, read once and shared by the
 * requests while the data version of cache.c is the same: publishing and
 * withdrawing are audited writes, so one made here is seen at once, one made
 * by another process (kinerja publish) within a second, as every cached answer.
 */
struct terbit_salinan {
	atomic_int ref;
	int64_t versi;
	struct terbit_daftar d;
};
static struct terbit_salinan *salinan;
static pthread_mutex_t salinan_kunci = PTHREAD_MUTEX_INITIALIZER;

static void salinan_lepas(struct terbit_salinan *c)
{
	if (c && atomic_fetch_sub(&c->ref, 1) == 1) {
		free(c->d.isi);
		free(c);
	}
}

static void terbit_lepas(struct terbit_daftar *d)
{
	if (d->s)
		salinan_lepas(d->s);
	else
		free(d->isi);
	memset(d, 0, sizeof(*d));
}

static int terbit_satu(const char *pemda, const char *nama, int tahun, void *arg)
{
	struct terbit_daftar *d = arg;
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->isi = xrealloc(d->isi, (size_t)d->cap * sizeof(*d->isi));
	}
	struct terbit_isi *t = &d->isi[d->n++];
	snprintf(t->pemda, sizeof(t->pemda), "%s", pemda);
	snprintf(t->nama, sizeof(t->nama), "%s", nama);
	t->tahun = tahun;
	for (const unsigned char *p = (const unsigned char *)pemda; *p; p++)
		d->tanda = (d->tanda ^ *p) * 1099511628211u;
	d->tanda = (d->tanda ^ (uint64_t)(unsigned)tahun) * 1099511628211u;
	return 0;
}

/*
 * Every published pemda-year into d (borrowed from the shared copy; release
 * with terbit_lepas): 0, or -1 (the database failed).
 */
static int terbit_baca(struct web_req *r, struct terbit_daftar *d)
{
	memset(d, 0, sizeof(*d));
	int64_t versi = web_versi_lihat(r, NULL, 0);
	if (versi < 0)
		return -1;
	pthread_mutex_lock(&salinan_kunci);
	struct terbit_salinan *c = salinan;
	if (c && c->versi == versi)
		atomic_fetch_add(&c->ref, 1);
	else
		c = NULL;
	pthread_mutex_unlock(&salinan_kunci);
	if (!c) {
		c = xcalloc(1, sizeof(*c));
		atomic_init(&c->ref, 1);
		c->versi = versi;
		c->d.tanda = 1469598103934665603u;
		struct galat g;
		galat_init(&g);
		if (store_terbit_daftar(r->s, NULL, terbit_satu, &c->d, &g)) {
			salinan_lepas(c);
			return -1;
		}
		/* kept for the next requests (a moment newer than versi at worst: then it is read
		 * again once the version moves on) */
		pthread_mutex_lock(&salinan_kunci);
		struct terbit_salinan *lama = salinan;
		atomic_fetch_add(&c->ref, 1);
		salinan = c;
		pthread_mutex_unlock(&salinan_kunci);
		salinan_lepas(lama);
	}
	*d = c->d;
	d->s = c;
	return 0;
}

static int terbit_punya(const struct terbit_daftar *d, const char *pemda, int tahun)
{
	for (int i = 0; i < d->n; i++)
		if (d->isi[i].tahun == tahun && strcmp(d->isi[i].pemda, pemda) == 0)
			return 1;
	return 0;
}

/*
 * Keeps in m only what the public may see: the rows of the published years
 * (d, the pemda's own list), no reported figures and no target history.
 */
static void model_saring(struct model *m, const struct terbit_daftar *d)
{
	const char *k = m->pemda.kode;
#define SARING(arr, n)                                                                        \
	do {                                                                                  \
		int j = 0;                                                                    \
		for (int i = 0; i < (n); i++)                                                 \
			if (terbit_punya(d, k, (arr)[i].tahun))                               \
				(arr)[j++] = (arr)[i];                                        \
		(n) = j;                                                                      \
	} while (0)
	SARING(m->target, m->n_target);
	SARING(m->realisasi, m->n_realisasi);
	SARING(m->anggaran, m->n_anggaran);
	SARING(m->pembanding, m->n_pembanding);
	SARING(m->narasi, m->n_narasi);
	SARING(m->target_tw, m->n_target_tw);
#undef SARING
	m->n_riwayat = 0;
	m->n_dilaporkan = 0;
	/* A published year is locked: the pages may say since when, never by whom. */
	for (int i = 0; i < m->n_kunci; i++)
		m->kunci[i].oleh = NULL;
}

/* Loads pemda cut down to its published years d: 0, 404 or 500. */
static int muat_publik(struct web_req *r, const char *pemda, const struct terbit_daftar *d,
		       struct model *m)
{
	model_init(m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, m, &g))
		return g.pengguna ? 404 : 500;
	model_saring(m, d);
	return 0;
}

/*
 * The regions under m's pemda (a province) that the public may see in tahun:
 * only the children (and pemda 00) that published that year, each cut down as
 * muat_publik does. 0, or -1 (the database failed); release w either way.
 */
static int wilayah_publik(struct web_req *r, const struct model *m, int tahun,
			  const struct terbit_daftar *semua, struct store_wilayah *w,
			  struct dokumen_wilayah *dw)
{
	struct galat g;
	galat_init(&g);
	if (wilayah_laporan(r->s, m, tahun, w, dw, &g))
		return -1;
	for (int i = w->n - 1; i >= 0; i--) {
		if (!terbit_punya(semua, w->anak[i].pemda.kode, tahun))
			store_wilayah_buang(w, i);
		else
			model_saring(&w->anak[i], semua);
	}
	dw->anak = w->anak;
	dw->n_anak = w->n;
	dw->nasional = NULL;
	if (w->nasional && terbit_punya(semua, w->nasional->pemda.kode, tahun)) {
		model_saring(w->nasional, semua);
		dw->nasional = w->nasional;
	}
	return 0;
}

/* ---- the response cache ---- */

#define PC_N 64
#define KUNCI_MAKS 200

struct pc_isi {
	char kunci[KUNCI_MAKS];
	int64_t versi;
	struct web_badan *badan; /* the body, sent as it is (web_badan) */
	const char *jenis;	 /* a string constant */
	char unduh[96];
	char etag[40];
	time_t diubah;
	char tgl[40]; /* diubah as an HTTP date */
	unsigned long pakai;
};
static struct pc_isi pc[PC_N];
static unsigned long pc_pakai;
static pthread_mutex_t pc_kunci = PTHREAD_MUTEX_INITIALIZER;

/* What a page builder fills: the body in r->out, its type and download name. */
struct jawab {
	const char *jenis;
	const char *unduh;
};

static void tanggal_http(time_t t, char *out, size_t n)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

static time_t tanggal_baca(const char *s)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	const char *e = s ? strptime(s, "%a, %d %b %Y %H:%M:%S GMT", &tm) : NULL;
	return e && !*e ? timegm(&tm) : (time_t)-1;
}

/* Whether the entity tag list of If-None-Match names etag (or is "*"). */
static int etag_cocok(const char *daftar, const char *etag)
{
	/* A weak comparison (W/"x" matches "x"), as If-None-Match asks. */
	return strcmp(daftar, "*") == 0 || strstr(daftar, etag) != NULL;
}

/*
 * Sets the validators of the answer in r->out and turns it into 304 when they
 * match. tanggal_sah 0: Last-Modified is only the time of this answer (no
 * cache behind it), so If-Modified-Since is not trusted.
 */
static void validator(struct web_req *r, const char *etag, time_t diubah, const char *tgl,
		      int tanggal_sah)
{
	r->etag = arena_strdup(&r->arena, etag);
	r->diubah = arena_strdup(&r->arena, tgl);
	const char *inm = MHD_lookup_connection_value(r->con, MHD_HEADER_KIND,
						      MHD_HTTP_HEADER_IF_NONE_MATCH);
	const char *ims = inm ? NULL
			      : MHD_lookup_connection_value(r->con, MHD_HEADER_KIND,
							    MHD_HTTP_HEADER_IF_MODIFIED_SINCE);
	int sama = 0;
	if (inm) {
		sama = etag_cocok(inm, etag); /* it takes precedence (RFC 9110 13.2.2) */
	} else if (ims) {
		time_t t = tanggal_baca(ims);
		sama = tanggal_sah && t != (time_t)-1 && diubah <= t;
	}
	if (sama) {
		web_badan_lepas(r->badan);
		r->badan = NULL;
		buf_reset(&r->out);
		r->status = 304;
		r->unduh = NULL;
	}
}

static void etag_hitung(const char *isi, size_t len, char out[40])
{
	unsigned char h[16];
	crypto_generichash(h, sizeof(h), (const unsigned char *)isi, len, NULL, 0);
	out[0] = '"';
	sodium_bin2hex(out + 1, 33, h, sizeof(h));
	out[33] = '"';
	out[34] = '\0';
}

/*
 * Answers the request from the cache under kunci, or builds it with buat
 * (which fills r->out and j, and returns the HTTP status; only a 200 is kept).
 */
static void sajikan(struct web_req *r, const char *kunci,
		    int (*buat)(struct web_req *r, void *arg, struct jawab *j), void *arg)
{
	int64_t versi = web_versi_lihat(r, NULL, 0);
	if (versi >= 0 && strlen(kunci) < KUNCI_MAKS) {
		pthread_mutex_lock(&pc_kunci);
		for (int i = 0; i < PC_N; i++) {
			struct pc_isi *c = &pc[i];
			if (c->badan && c->versi == versi && strcmp(c->kunci, kunci) == 0) {
				c->pakai = ++pc_pakai;
				buf_reset(&r->out);
				r->badan = web_badan_ambil(c->badan);
				r->status = 200;
				r->jenis = c->jenis;
				r->unduh = c->unduh[0] ? arena_strdup(&r->arena, c->unduh) : NULL;
				char etag[40], tgl[40];
				memcpy(etag, c->etag, sizeof(etag));
				memcpy(tgl, c->tgl, sizeof(tgl));
				time_t diubah = c->diubah;
				pthread_mutex_unlock(&pc_kunci);
				return validator(r, etag, diubah, tgl, 1);
			}
		}
		pthread_mutex_unlock(&pc_kunci);
	}
	struct jawab j = {.jenis = "text/html; charset=utf-8", .unduh = NULL};
	buf_reset(&r->out);
	int st = buat(r, arg, &j);
	r->status = st;
	if (st != 200)
		return; /* the builder set the refusal's type */
	r->jenis = j.jenis;
	r->unduh = j.unduh;
	char etag[40];
	etag_hitung(r->out.data ? r->out.data : "", r->out.len, etag);
	time_t sekarang = time(NULL), diubah = sekarang;
	if (versi >= 0 && strlen(kunci) < KUNCI_MAKS) {
		pthread_mutex_lock(&pc_kunci);
		struct pc_isi *c = NULL, *tua = NULL;
		for (int i = 0; i < PC_N && !c; i++) {
			if (pc[i].kunci[0] && strcmp(pc[i].kunci, kunci) == 0)
				c = &pc[i];
			else if (!tua || pc[i].pakai < tua->pakai)
				tua = &pc[i];
		}
		if (c && strcmp(c->etag, etag) == 0) {
			diubah = c->diubah; /* the same body: it did not change */
		} else if (c && c->diubah >= sekarang) {
			diubah = c->diubah + 1; /* changed within the second it was served */
		}
		if (!c) {
			c = tua;
			c->kunci[0] = '\0';
		}
		if (c->versi <= versi) {
			web_badan_lepas(c->badan);
			c->badan = web_badan_baru(r->out.data ? r->out.data : "", r->out.len);
			snprintf(c->kunci, sizeof(c->kunci), "%s", kunci);
			c->versi = versi;
			c->jenis = j.jenis;
			snprintf(c->unduh, sizeof(c->unduh), "%s", j.unduh ? j.unduh : "");
			memcpy(c->etag, etag, sizeof(etag));
			c->diubah = diubah;
			tanggal_http(diubah, c->tgl, sizeof(c->tgl));
			c->pakai = ++pc_pakai;
		}
		pthread_mutex_unlock(&pc_kunci);
	}
	char tgl[40];
	tanggal_http(diubah, tgl, sizeof(tgl));
	validator(r, etag, diubah, tgl, versi >= 0);
}

/* ---- layout ---- */

static void awal(struct buf *b, const char *judul)
{
	html_f(b, "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
		  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		  "<title>%s · kinerja publik</title><link rel=\"stylesheet\" "
		  "href=\"/aset/gaya.css\"><link rel=\"icon\" href=\"/favicon.ico\"></head>"
		  "<body><header><a class=\"merek\" href=\"/publik\">e-SAKIP kinerja · Data "
		  "Publik</a></header><main>\n",
	       judul);
}

static void akhir(struct buf *b)
{
	html_f(b, "<p class=\"kecil\">Hanya tahun yang telah diterbitkan oleh pemerintah daerah "
		  "yang ditampilkan. Data terbuka: <a href=\"/publik/data.csv\">CSV</a> · "
		  "<a href=\"/publik/data.json\">JSON</a>.</p></main></body></html>\n");
}

static int tidak_ada(struct web_req *r, const char *pesan)
{
	buf_reset(&r->out);
	awal(&r->out, "Tidak ditemukan");
	html_f(&r->out, "<h1>Tidak ditemukan</h1><p class=\"pesan salah\">%s</p>"
			"<p><a href=\"/publik\">Daftar data publik</a></p>",
	       pesan);
	akhir(&r->out);
	r->jenis = "text/html; charset=utf-8";
	r->status = 404;
	return 404;
}

static void galat_db(struct web_req *r)
{
	buf_reset(&r->out);
	r->jenis = "text/plain; charset=utf-8";
	buf_puts(&r->out, "503 basis data sibuk atau galat; coba lagi\n");
	r->status = 503;
}

static const char *persen(int ada, double v, char *out, size_t n)
{
	return ada ? angka_format(v, 2, out, n) : "–";
}

static void predikat(struct buf *b, const struct model *m, const char *p)
{
	if (!p)
		return html_f(b, "–"); /* nothing to colour */
	html_f(b, "<span class=\"pred %s\">%s</span>", hal_kelas_predikat(m, p), p);
}

static void grafik_tulis(struct buf *b, const struct dok_grafik *g)
{
	buf_puts(b, "<div class=\"grafik\">");
	svg_tulis(b, g, 640, "lebar");
	svg_tulis(b, g, 280, "sempit");
	buf_puts(b, "</div>\n");
}

/* The pemda and year of the query, which must be published; else a 404 page. */
struct pilih {
	const char *pemda;
	int tahun;
	struct terbit_daftar d;	    /* the pemda's published years (pilih_milik) */
	struct terbit_daftar semua; /* every published pemda-year (a province's children) */
};

static void pilih_lepas(struct pilih *p)
{
	terbit_lepas(&p->d);
	terbit_lepas(&p->semua);
}

/* The pemda's own published years into p->d, for a builder (a cache hit needs none). */
static void pilih_milik(struct pilih *p)
{
	terbit_lepas(&p->d);
	p->d.tanda = 1469598103934665603u;
	for (int i = 0; i < p->semua.n; i++)
		if (strcmp(p->semua.isi[i].pemda, p->pemda) == 0)
			terbit_satu(p->pemda, p->semua.isi[i].nama, p->semua.isi[i].tahun, &p->d);
}

static int pilih_baca(struct web_req *r, struct pilih *p)
{
	memset(p, 0, sizeof(*p));
	p->pemda = web_param(r, "pemda");
	const char *t = web_param(r, "tahun");
	char *end = NULL;
	long th = t ? strtol(t, &end, 10) : 0;
	if (!p->pemda || !*p->pemda || strlen(p->pemda) >= 32 || !t || *end || th < 1900 ||
	    th > 2200)
		return tidak_ada(r, "Pemda dan tahun ini tidak diterbitkan.");
	p->tahun = (int)th;
	/* one read of every published pemda-year; the pemda's own are a part of it */
	if (terbit_baca(r, &p->semua)) {
		galat_db(r);
		return 503;
	}
	if (!terbit_punya(&p->semua, p->pemda, p->tahun))
		return tidak_ada(r, "Pemda dan tahun ini tidak diterbitkan.");
	return 0;
}

/* ---- the list ---- */

static int buat_daftar(struct web_req *r, void *arg, struct jawab *j)
{
	const struct terbit_daftar *d = arg;
	struct buf *b = &r->out;
	(void)j;
	awal(b, "Data kinerja yang diterbitkan");
	html_f(b, "<h1>Data Kinerja Pemerintah Daerah yang Diterbitkan</h1>");
	if (!d->n)
		html_f(b, "<p>Belum ada data yang diterbitkan.</p>");
	else
		html_f(b, "<div class=\"tabel\"><table id=\"terbit\"><thead><tr><th>Kode</th>"
			  "<th>Pemerintah daerah</th><th>Tahun yang diterbitkan</th></tr></thead>"
			  "<tbody>\n");
	for (int i = 0; i < d->n;) {
		const struct terbit_isi *t = &d->isi[i];
		html_f(b, "<tr><td>%s</td><td>%s</td><td>", t->pemda, t->nama);
		int k = i;
		for (; k < d->n && strcmp(d->isi[k].pemda, t->pemda) == 0; k++) {
			struct buf u = BUF_INIT;
			html_url_enc(&u, t->pemda);
			html_f(b, "%R<a href=\"/publik/pemda?pemda=%s&amp;tahun=%d\">%d</a>",
			       k > i ? " · " : "", u.data, d->isi[k].tahun, d->isi[k].tahun);
			buf_release(&u);
		}
		html_f(b, "</td></tr>\n");
		i = k;
	}
	if (d->n)
		html_f(b, "</tbody></table></div>");
	akhir(b);
	return 200;
}

void hal_publik(struct web_req *r)
{
	struct terbit_daftar d;
	if (terbit_baca(r, &d)) {
		terbit_lepas(&d);
		return galat_db(r);
	}
	char kunci[64];
	snprintf(kunci, sizeof(kunci), "daftar|%016llx", (unsigned long long)d.tanda);
	sajikan(r, kunci, buat_daftar, &d);
	terbit_lepas(&d);
}

/* ---- a pemda-year ---- */

static void tautan(struct buf *b, const char *jalan, const char *pemda, int tahun)
{
	buf_puts(b, jalan);
	buf_puts(b, "?pemda=");
	html_url_enc(b, pemda);
	buf_printf(b, "&tahun=%d", tahun);
}

static void sel_agregat(struct buf *b, const struct model *m, const struct ukur_agregat *a,
			const char *jenis)
{
	char c[64], ca[64], pg[64], rl[64], sp[64];
	html_f(b, "<tr class=\"%R\"><td data-label=\"Kode\">%s %s</td><td data-label=\"Uraian\">"
		  "%s</td><td class=\"a\" data-label=\"Capaian (%%)\">%s</td>"
		  "<td data-label=\"Predikat\">",
	       jenis[0] == 'T' ? "agregat" : "", jenis, a->r->kode, a->r->uraian,
	       persen(a->ada_capaian, a->capaian, c, sizeof(c)));
	predikat(b, m, a->predikat);
	html_f(b, "</td><td class=\"a\" data-label=\"Thd. target akhir (%%)\">%s</td>"
		  "<td class=\"a\" data-label=\"Pagu (Rp)\">%s</td><td class=\"a\" "
		  "data-label=\"Realisasi (Rp)\">%s</td><td class=\"a\" "
		  "data-label=\"Serapan (%%)\">%s</td></tr>\n",
	       persen(a->ada_capaian_akhir, a->capaian_akhir, ca, sizeof(ca)),
	       a->ada_anggaran ? angka_format_rp(a->pagu, pg, sizeof(pg)) : "–",
	       a->ada_anggaran ? angka_format_rp(a->realisasi_anggaran, rl, sizeof(rl)) : "–",
	       persen(a->ada_serapan, a->serapan, sp, sizeof(sp)));
}

/*
 * A province's page: per indicator its regions that published the year,
 * ranked (the province view of wilayah.md, report/banding_json.h). 0 or -1.
 */
static int wilayah_tulis(struct web_req *r, const struct model *m, const struct pengukuran *u,
			 const struct pilih *p)
{
	struct store_wilayah w;
	struct dokumen_wilayah dw;
	if (wilayah_publik(r, m, p->tahun, &p->semua, &w, &dw)) {
		store_wilayah_release(&w);
		return -1;
	}
	struct buf *b = &r->out;
	int judul = 0;
	for (int i = 0; i < u->n_indikator && w.n; i++) {
		const struct indikator *ind = u->indikator[i].ind;
		struct wilayah_hasil h;
		if (banding_json_hitung(m->pemda.kode, m, dw.nasional, w.anak, w.n, ind->kode,
					p->tahun, NULL, &h) ||
		    !h.n) {
			wilayah_hasil_release(&h);
			continue;
		}
		if (!judul++)
			html_f(b, "<h2>Perbandingan kabupaten/kota</h2><p class=\"kecil\">Hanya "
				  "kabupaten/kota yang telah menerbitkan tahun %d; peringkat terbaik "
				  "pertama.</p>",
			       p->tahun);
		html_f(b, "<h3>%s</h3>", ind->uraian);
		grafik_tulis(b, banding_json_grafik(&r->arena, &h));
		html_f(b, "<div class=\"tabel\"><table class=\"wilayah\" data-indikator=\"%s\">"
			  "<thead><tr><th class=\"a\">Peringkat</th><th>Kabupaten/Kota</th>"
			  "<th class=\"a\">Realisasi</th><th class=\"a\">Target</th>"
			  "<th class=\"a\">Capaian (%%)</th><th>Predikat</th><th>Terhadap %s</th>"
			  "</tr></thead><tbody>\n",
		       ind->kode, m->pemda.nama);
		for (int k = 0; k < h.n; k++) {
			const struct wilayah_baris *wb = &h.baris[k];
			char pr[16] = "–", rs[64], ts[64], cs[64];
			if (wb->b.peringkat)
				snprintf(pr, sizeof(pr), "%d", wb->b.peringkat);
			struct buf l = BUF_INIT;
			tautan(&l, "/publik/pemda", wb->m->pemda.kode, p->tahun);
			html_f(b, "<tr data-kode=\"%s\"><td class=\"a\" data-label=\"Peringkat\">%s</td>"
				  "<td data-label=\"Kabupaten/Kota\"><a href=\"%s\">%s</a></td>"
				  "<td class=\"a\" data-label=\"Realisasi\">%s</td><td class=\"a\" "
				  "data-label=\"Target\">%s</td><td class=\"a\" "
				  "data-label=\"Capaian (%%)\">%s</td><td data-label=\"Predikat\">",
			       wb->m->pemda.kode, pr, l.data, wb->m->pemda.nama,
			       banding_json_realisasi(wb, rs, sizeof(rs)),
			       banding_json_target(wb, ts, sizeof(ts)),
			       persen(wb->capaian.ada, wb->capaian.nilai, cs, sizeof(cs)));
			buf_release(&l);
			predikat(b, wb->m, wb->predikat);
			html_f(b, "</td><td data-label=\"Terhadap %s\">%s</td></tr>\n", m->pemda.nama,
			       banding_json_posisi_label(wb->b.terhadap_induk));
		}
		html_f(b, "</tbody></table></div>");
		wilayah_hasil_release(&h);
	}
	store_wilayah_release(&w);
	return 0;
}

static int buat_pemda(struct web_req *r, void *arg, struct jawab *j)
{
	struct pilih *p = arg;
	(void)j;
	struct model m;
	pilih_milik(p);
	int st = muat_publik(r, p->pemda, &p->d, &m);
	if (st) {
		model_release(&m);
		return st == 404 ? tidak_ada(r, "Pemda tidak dikenal.") : (galat_db(r), 503);
	}
	struct pengukuran u;
	ukur_hitung(&m, p->tahun, &u);
	struct buf *b = &r->out;
	char judul[320], x[64], y[64], z[64];
	snprintf(judul, sizeof(judul), "Capaian Kinerja %s Tahun %d", m.pemda.nama, p->tahun);
	awal(b, judul);
	html_f(b, "<p><a href=\"/publik\">&larr; Daftar data publik</a></p><h1>%s</h1>", judul);
	if (p->d.n > 1) {
		html_f(b, "<p class=\"kecil\">Tahun lain yang diterbitkan: ");
		for (int i = 0, k = 0; i < p->d.n; i++) {
			if (p->d.isi[i].tahun == p->tahun)
				continue;
			struct buf l = BUF_INIT;
			tautan(&l, "/publik/pemda", p->pemda, p->d.isi[i].tahun);
			html_f(b, "%R<a href=\"%s\">%d</a>", k++ ? " · " : "", l.data,
			       p->d.isi[i].tahun);
			buf_release(&l);
		}
		html_f(b, "</p>");
	}
	html_f(b, "<div class=\"kartu\" id=\"ringkasan\">");
	for (int i = 0; i < m.pemda.predikat.n; i++) {
		html_f(b, "<div><b>%d</b>", u.jumlah_predikat[i]);
		predikat(b, &m, m.pemda.predikat.kelas[i].nama);
		html_f(b, "</div>");
	}
	html_f(b, "<div><b>%d</b><span class=\"pred pn\">%s</span></div>"
		  "<div><b>%d</b><span class=\"pred pn\">%s</span></div>",
	       u.belum_ada_data, ukur_keadaan_nama(UKUR_BELUM_ADA_DATA), u.tidak_dapat_dihitung,
	       ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG));
	html_f(b, "<div><b>%s%%</b><span>serapan anggaran<br>Rp %s dari Rp %s</span></div></div>",
	       persen(u.ada_serapan, u.serapan, x, sizeof(x)),
	       angka_format_rp(u.realisasi_anggaran, y, sizeof(y)),
	       angka_format_rp(u.pagu, z, sizeof(z)));

	html_f(b, "<p class=\"unduh\">Unduh Laporan Kinerja (LKjIP) %d: ", p->tahun);
	static const char *const format[] = {"pdf", "html", "xlsx", "csv"};
	for (int i = 0; i < 4; i++) {
		struct buf l = BUF_INIT;
		tautan(&l, "/publik/laporan", p->pemda, p->tahun);
		buf_printf(&l, "&format=%s", format[i]);
		html_f(b, "%R<a href=\"%s\">%s</a>", i ? " · " : "", l.data, format[i]);
		buf_release(&l);
	}
	struct buf l = BUF_INIT;
	tautan(&l, "/publik/data.csv", p->pemda, p->tahun);
	struct buf lj = BUF_INIT;
	tautan(&lj, "/publik/data.json", p->pemda, p->tahun);
	html_f(b, " · data terbuka: <a href=\"%s\">CSV</a> · <a href=\"%s\">JSON</a></p>", l.data,
	       lj.data);
	buf_release(&l);
	buf_release(&lj);

	html_f(b, "<h2>Capaian per sasaran</h2>");
	struct dok_grafik *g =
		hal_grafik_baru(&r->arena, GRAFIK_BATANG, "Capaian per sasaran (%)", u.n_sasaran, 1);
	g->seri[0].nama = "Capaian (%)";
	g->garis_acuan = 100;
	g->n_kelas = m.pemda.predikat.n;
	const char **kelas_nama = arena_alloc(&r->arena, (size_t)(g->n_kelas + 1) * sizeof(char *));
	for (int i = 0; i < g->n_kelas; i++)
		kelas_nama[i] = m.pemda.predikat.kelas[i].nama;
	g->kelas_nama = kelas_nama;
	for (int i = 0; i < u.n_sasaran; i++) {
		const struct ukur_agregat *a = &u.sasaran[i];
		g->label[i] = arena_printf(&r->arena, "%s %s", a->r->kode, a->r->uraian);
		g->seri[0].nilai[i] = a->ada_capaian ? a->capaian : NAN;
		g->kelas[i] =
			a->ada_capaian ? skala_predikat_indeks(&m.pemda.predikat, a->capaian) : -1;
	}
	grafik_tulis(b, g);

	html_f(b, "<h2>Tujuan dan sasaran</h2><div class=\"tabel\"><table><thead><tr><th>Kode"
		  "</th><th>Uraian</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
		  "<th class=\"a\">Thd. target akhir (%%)</th><th class=\"a\">Pagu (Rp)</th>"
		  "<th class=\"a\">Realisasi (Rp)</th><th class=\"a\">Serapan (%%)</th>"
		  "</tr></thead><tbody>\n");
	for (int i = 0; i < u.n_tujuan; i++) {
		sel_agregat(b, &m, &u.tujuan[i], "Tujuan");
		for (int k = 0; k < u.n_sasaran; k++)
			if (u.sasaran[k].r->induk &&
			    strcmp(u.sasaran[k].r->induk, u.tujuan[i].r->kode) == 0)
				sel_agregat(b, &m, &u.sasaran[k], "Sasaran");
	}
	html_f(b, "</tbody></table></div>");

	html_f(b, "<h2>Indikator</h2><div class=\"tabel\"><table id=\"indikator\"><thead><tr>"
		  "<th>Kode</th><th>Indikator</th><th>Satuan</th><th class=\"a\">Target</th>"
		  "<th class=\"a\">Realisasi</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
		  "</tr></thead><tbody>\n");
	for (int i = 0; i < u.n_indikator; i++) {
		const struct ukur_indikator *ui = &u.indikator[i];
		char t[64], rv[64], c[64];
		struct buf k = BUF_INIT;
		tautan(&k, "/publik/indikator", p->pemda, p->tahun);
		buf_puts(&k, "&kode=");
		html_url_enc(&k, ui->ind->kode);
		html_f(b, "<tr data-kode=\"%s\"><td data-label=\"Kode\"><a href=\"%s\">%s</a></td>"
			  "<td data-label=\"Indikator\">%s</td><td data-label=\"Satuan\">%s</td>"
			  "<td class=\"a\" data-label=\"Target\">%s</td><td class=\"a\" "
			  "data-label=\"Realisasi\">%s</td><td class=\"a capaian\" "
			  "data-label=\"Capaian (%%)\">%s</td><td class=\"predikat\" "
			  "data-label=\"Predikat\">",
		       ui->ind->kode, k.data, ui->ind->kode, ui->ind->uraian, ui->ind->satuan,
		       ui->target ? nilai_tampil(&ui->target->nilai, 2, t, sizeof(t)) : "–",
		       ui->realisasi.jenis ? nilai_tampil(&ui->realisasi, 2, rv, sizeof(rv)) : "–",
		       persen(ui->capaian.ada, ui->capaian.nilai, c, sizeof(c)));
		if (ui->predikat)
			predikat(b, &m, ui->predikat);
		else
			html_f(b, "<span class=\"pred pn\">%s</span>",
			       ukur_keadaan_nama(ukur_keadaan(ui)));
		html_f(b, "</td></tr>\n");
		buf_release(&k);
	}
	html_f(b, "</tbody></table></div>");
	int st_w = wilayah_tulis(r, &m, &u, p);
	akhir(b);
	ukur_release(&u);
	model_release(&m);
	if (st_w) {
		buf_reset(b);
		galat_db(r);
		return 503;
	}
	return 200;
}

void hal_publik_pemda(struct web_req *r)
{
	struct pilih p;
	if (pilih_baca(r, &p))
		return pilih_lepas(&p);
	char kunci[KUNCI_MAKS];
	snprintf(kunci, sizeof(kunci), "pemda|%016llx|%s|%d", (unsigned long long)p.semua.tanda,
		 p.pemda, p.tahun);
	sajikan(r, kunci, buat_pemda, &p);
	pilih_lepas(&p);
}

/* ---- an indicator ---- */

struct pilih_ind {
	struct pilih p;
	const char *kode;
};

static int buat_indikator(struct web_req *r, void *arg, struct jawab *j)
{
	struct pilih_ind *pi = arg;
	struct pilih *p = &pi->p;
	(void)j;
	struct model m;
	pilih_milik(p);
	int st = muat_publik(r, p->pemda, &p->d, &m);
	if (st) {
		model_release(&m);
		return st == 404 ? tidak_ada(r, "Pemda tidak dikenal.") : (galat_db(r), 503);
	}
	const struct indikator *ind = pi->kode ? model_indikator(&m, pi->kode) : NULL;
	if (!ind) {
		model_release(&m);
		return tidak_ada(r, "Indikator tidak dikenal.");
	}
	/* The series: the published years only. */
	int n = p->d.n;
	struct buf *b = &r->out;
	char judul[320];
	snprintf(judul, sizeof(judul), "%s %s", ind->kode, ind->uraian);
	awal(b, judul);
	struct buf l = BUF_INIT;
	tautan(&l, "/publik/pemda", p->pemda, p->tahun);
	html_f(b, "<p><a href=\"%s\">&larr; %s %d</a></p>", l.data, m.pemda.nama, p->tahun);
	buf_release(&l);
	html_f(b, "<h1>%s — %s</h1><p class=\"kecil\">Satuan: %s · arah: %s · "
		  "kondisi awal: %s · target akhir RPJMD: %s</p>",
	       ind->kode, ind->uraian, ind->satuan[0] ? ind->satuan : "–",
	       model_arah_nama(ind->arah), ind->kondisi_awal.teks ? ind->kondisi_awal.teks : "–",
	       ind->target_akhir.teks ? ind->target_akhir.teks : "–");
	struct dok_grafik *g = hal_grafik_baru(&r->arena, GRAFIK_GARIS, judul, n, 2);
	g->satuan = ind->satuan;
	g->seri[0].nama = "Realisasi";
	g->seri[1].nama = "Target";
	g->seri[1].putus = 1;
	struct buf tab = BUF_INIT;
	html_f(&tab, "<div class=\"tabel\"><table id=\"seri\"><thead><tr><th>Tahun</th>"
		     "<th class=\"a\">Target</th><th class=\"a\">Realisasi</th>"
		     "<th class=\"a\">Capaian (%%)</th><th>Predikat</th></tr></thead><tbody>\n");
	const struct skala *sk = ind->arah == ARAH_KATEGORI ? model_skala(&m, ind->skala) : NULL;
	for (int i = 0; i < n; i++) {
		int th = p->d.isi[i].tahun;
		g->label[i] = arena_printf(&r->arena, "%d", th);
		const struct target *t = model_target(&m, ind->kode, th);
		int dt;
		struct nilai rv = ukur_realisasi_tahun(&m, ind, th, &dt);
		struct capaian c = {0};
		if (t && rv.jenis)
			c = capaian_hitung(ind->arah, capaian_rumus(&m.pemda, ind), &t->nilai, &rv, sk);
		if (t && t->nilai.jenis == NILAI_ANGKA)
			g->seri[1].nilai[i] = t->nilai.a;
		else if (t && t->nilai.jenis == NILAI_RENTANG)
			g->seri[1].nilai[i] = (t->nilai.a + t->nilai.b) / 2;
		if (rv.jenis == NILAI_ANGKA)
			g->seri[0].nilai[i] = rv.a;
		char ts[64], rs[64], cs[64];
		html_f(&tab, "<tr><td>%d</td><td class=\"a\">%s</td><td class=\"a\">%s</td>"
			     "<td class=\"a\">%s</td><td>",
		       th, t ? nilai_tampil(&t->nilai, 2, ts, sizeof(ts)) : "–",
		       rv.jenis ? nilai_tampil(&rv, 2, rs, sizeof(rs)) : "–",
		       persen(c.ada, c.nilai, cs, sizeof(cs)));
		predikat(&tab, &m, c.ada ? skala_predikat(&m.pemda.predikat, c.nilai) : NULL);
		html_f(&tab, "</td></tr>\n");
	}
	html_f(&tab, "</tbody></table></div>");
	html_f(b, "<h2>Perkembangan pada tahun yang diterbitkan</h2>");
	grafik_tulis(b, g);
	buf_append(b, tab.data, tab.len);
	buf_release(&tab);
	akhir(b);
	model_release(&m);
	return 200;
}

void hal_publik_indikator(struct web_req *r)
{
	struct pilih_ind pi;
	if (pilih_baca(r, &pi.p))
		return pilih_lepas(&pi.p);
	pi.kode = web_param(r, "kode");
	if (!pi.kode || strlen(pi.kode) > 64) {
		tidak_ada(r, "Indikator tidak dikenal.");
		return pilih_lepas(&pi.p);
	}
	char kunci[KUNCI_MAKS];
	snprintf(kunci, sizeof(kunci), "ind|%016llx|%s|%d|%s", (unsigned long long)pi.p.semua.tanda,
		 pi.p.pemda, pi.p.tahun, pi.kode);
	sajikan(r, kunci, buat_indikator, &pi);
	pilih_lepas(&pi.p);
}

/* ---- the LKjIP ---- */

static const struct {
	const char *format, *jenis;
} lap_jenis[] = {
	{"pdf", "application/pdf"},
	{"html", "text/html; charset=utf-8"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"csv", "text/csv; charset=utf-8"},
};

struct pilih_lap {
	struct pilih p;
	int k;
};

/* Reads the whole file path into b: 0 or -1. */
static int berkas_baca(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_append(b, tmp, n);
	int salah = ferror(f);
	fclose(f); /* read only: nothing to lose on close */
	return salah ? -1 : 0;
}

static int buat_laporan(struct web_req *r, void *arg, struct jawab *j)
{
	struct pilih_lap *pl = arg;
	struct pilih *p = &pl->p;
	struct model m;
	pilih_milik(p);
	int st = muat_publik(r, p->pemda, &p->d, &m);
	if (st) {
		model_release(&m);
		return st == 404 ? tidak_ada(r, "Pemda tidak dikenal.") : (galat_db(r), 503);
	}
	/* The renderers write files; a private temporary file carries the document. */
	const char *tmpdir = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof(path), "%s/kinerja-publik-XXXXXX",
		 tmpdir && *tmpdir ? tmpdir : "/tmp");
	int fd = mkstemp(path);
	struct galat g;
	galat_init(&g);
	struct store_wilayah w = {0};
	struct dokumen_wilayah dw = {0};
	st = 200;
	if (fd < 0) {
		st = 500;
	} else {
		close(fd);
		if (wilayah_publik(r, &m, p->tahun, &p->semua, &w, &dw))
			st = 503;
		else if (laporan_tulis_wilayah(&m, &dw, p->tahun, lap_jenis[pl->k].format, path,
					       &g) ||
			 berkas_baca(path, &r->out))
			st = 500;
		unlink(path);
	}
	store_wilayah_release(&w);
	model_release(&m);
	if (st == 503) {
		galat_db(r);
		return st;
	}
	if (st != 200) {
		buf_reset(&r->out);
		buf_puts(&r->out, "500 laporan tidak dapat dibuat\n");
		r->jenis = "text/plain; charset=utf-8";
		return st;
	}
	j->jenis = lap_jenis[pl->k].jenis;
	j->unduh = arena_printf(&r->arena, "LKjIP-%s-%d.%s", p->pemda, p->tahun,
				lap_jenis[pl->k].format);
	return 200;
}

void hal_publik_laporan(struct web_req *r)
{
	struct pilih_lap pl;
	const char *format = web_param(r, "format");
	pl.k = -1;
	for (int i = 0; format && i < 4; i++)
		if (strcmp(format, lap_jenis[i].format) == 0)
			pl.k = i;
	if (pilih_baca(r, &pl.p))
		return pilih_lepas(&pl.p);
	if (pl.k < 0) {
		pilih_lepas(&pl.p);
		buf_reset(&r->out);
		buf_puts(&r->out, "400 format laporan: pdf, html, xlsx atau csv\n");
		r->jenis = "text/plain; charset=utf-8";
		r->status = 400;
		return;
	}
	char kunci[KUNCI_MAKS];
	snprintf(kunci, sizeof(kunci), "lap|%016llx|%s|%d|%s", (unsigned long long)pl.p.semua.tanda,
		 pl.p.pemda, pl.p.tahun, lap_jenis[pl.k].format);
	sajikan(r, kunci, buat_laporan, &pl);
	pilih_lepas(&pl.p);
}

/* ---- open data ---- */

/* The columns of wilayah.md, in order. */
static const char *const kolom[] = {
	"kode_provinsi", "nama_provinsi", "kode_kabupaten_kota", "nama_kabupaten_kota",
	"kode_indikator", "indikator", "satuan", "tahun", "target", "realisasi", "capaian",
	"predikat",
};
#define N_KOLOM ((int)(sizeof(kolom) / sizeof(*kolom)))

/* One cell: text (t), a number (angka), or empty (both absent). */
struct sel {
	const char *t;
	int angka;
	double v;
};

/*
 * A number with a dot decimal mark: the fewest decimals (at most `desimal`)
 * that read back as the value rounded to `desimal` decimals.
 */
static void titik(double v, int desimal, char *out, size_t n)
{
	double x = desimal < 15 ? angka_bulat(v, desimal) : v; /* 15: the stored value */
	for (int d = 0; d <= desimal; d++) {
		snprintf(out, n, "%.*f", d, x);
		if (strtod(out, NULL) == x)
			break;
	}
	char *p = strchr(out, '.');
	if (p) {
		char *e = out + strlen(out) - 1;
		while (e > p && *e == '0')
			*e-- = '\0';
		if (e == p)
			*e = '\0';
	}
	if (strcmp(out, "-0") == 0)
		snprintf(out, n, "0");
}

/* A target or realisasi as a cell: numbers as numbers, a range "lo-hi" with dots. */
static struct sel sel_nilai(const struct nilai *v, struct arena *a)
{
	struct sel s = {0};
	if (!v || v->jenis == NILAI_KOSONG)
		return s;
	if (v->jenis == NILAI_ANGKA) {
		s.angka = 1;
		s.v = v->a;
	} else if (v->jenis == NILAI_RENTANG) {
		char lo[64], hi[64];
		titik(v->a, 15, lo, sizeof(lo));
		titik(v->b, 15, hi, sizeof(hi));
		s.t = arena_printf(a, "%s-%s", lo, hi);
	} else {
		s.t = v->kategori ? v->kategori : "";
	}
	return s;
}

struct data_keluar {
	int json;
	struct buf *b;
	json_t *arr;
	struct arena a;
	int desimal[N_KOLOM];
};

static void baris_tulis(struct data_keluar *k, const struct sel *s)
{
	if (k->json) {
		json_t *o = json_object();
		for (int i = 0; i < N_KOLOM; i++) {
			json_t *v;
			if (s[i].angka)
				v = i == 7 ? json_integer((json_int_t)s[i].v)
					   : json_real(k->desimal[i] < 15 ? angka_bulat(s[i].v, k->desimal[i])
								  : s[i].v);
			else if (s[i].t)
				v = json_string(s[i].t);
			else
				v = i < 4 ? json_string("") : json_null();
			json_object_set_new(o, kolom[i], v);
		}
		json_array_append_new(k->arr, o);
		return;
	}
	for (int i = 0; i < N_KOLOM; i++) {
		if (i)
			buf_putc(k->b, ',');
		if (s[i].angka) {
			char x[64];
			titik(s[i].v, k->desimal[i], x, sizeof(x));
			buf_puts(k->b, x);
		} else if (s[i].t) {
			laporan_csv_teks(k->b, s[i].t, ',');
		}
	}
	buf_puts(k->b, "\r\n");
}

/* The rows of one published pemda-year: 0, 404 or 503. */
static int data_pemda(struct web_req *r, struct data_keluar *k, const struct terbit_daftar *semua,
		      const char *pemda, int tahun)
{
	struct terbit_daftar d = {0};
	for (int i = 0; i < semua->n; i++)
		if (strcmp(semua->isi[i].pemda, pemda) == 0)
			terbit_satu(semua->isi[i].pemda, semua->isi[i].nama, semua->isi[i].tahun, &d);
	struct model m;
	int st = muat_publik(r, pemda, &d, &m);
	terbit_lepas(&d);
	if (st) {
		model_release(&m);
		return st == 404 ? 404 : 503;
	}
	char nama_induk[256] = "";
	const char *kprov, *nprov, *kkab, *nkab;
	int prov = !m.pemda.induk || !*m.pemda.induk ||
		   (m.pemda.jenis && (strcmp(m.pemda.jenis, "provinsi") == 0 ||
				      strcmp(m.pemda.jenis, "nasional") == 0));
	if (prov) {
		kprov = m.pemda.kode;
		nprov = m.pemda.nama;
		kkab = nkab = NULL;
	} else {
		if (store_pemda_nama(r->s, m.pemda.induk, nama_induk, sizeof(nama_induk)) < 0) {
			model_release(&m);
			return 503;
		}
		kprov = m.pemda.induk;
		nprov = nama_induk;
		kkab = m.pemda.kode;
		nkab = m.pemda.nama;
	}
	struct pengukuran u;
	ukur_hitung(&m, tahun, &u);
	for (int i = 0; i < u.n_indikator; i++) {
		const struct ukur_indikator *ui = &u.indikator[i];
		struct sel s[N_KOLOM];
		memset(s, 0, sizeof(s));
		s[0].t = kprov;
		s[1].t = nprov;
		s[2].t = kkab;
		s[3].t = nkab;
		s[4].t = ui->ind->kode;
		s[5].t = ui->ind->uraian;
		s[6].t = ui->ind->satuan ? ui->ind->satuan : "";
		s[7].angka = 1;
		s[7].v = tahun;
		s[8] = sel_nilai(ui->target ? &ui->target->nilai : NULL, &k->a);
		s[9] = sel_nilai(&ui->realisasi, &k->a);
		if (ui->capaian.ada) {
			s[10].angka = 1;
			s[10].v = ui->capaian.nilai;
		}
		s[11].t = ui->predikat;
		baris_tulis(k, s);
	}
	ukur_release(&u);
	model_release(&m);
	return 0;
}

struct pilih_data {
	const char *pemda;
	int tahun;
	int json;
	struct terbit_daftar d; /* every published pemda-year */
};

static int buat_data(struct web_req *r, void *arg, struct jawab *j)
{
	struct pilih_data *pd = arg;
	struct data_keluar k = {.json = pd->json, .b = &r->out};
	for (int i = 0; i < N_KOLOM; i++)
		k.desimal[i] = i == 10 ? 4 : 15;
	arena_init(&k.a);
	if (pd->json)
		k.arr = json_array();
	else
		for (int i = 0; i < N_KOLOM; i++)
			buf_printf(&r->out, "%s%s", i ? "," : "", kolom[i]);
	if (!pd->json)
		buf_puts(&r->out, "\r\n");
	int st = 0;
	for (int i = 0; i < pd->d.n && !st; i++) {
		const struct terbit_isi *t = &pd->d.isi[i];
		if ((pd->pemda && strcmp(pd->pemda, t->pemda) != 0) ||
		    (pd->tahun && pd->tahun != t->tahun))
			continue;
		st = data_pemda(r, &k, &pd->d, t->pemda, t->tahun);
	}
	arena_release(&k.a);
	if (pd->json) {
		char *teks = json_dumps(k.arr, JSON_COMPACT | JSON_REAL_PRECISION(15));
		json_decref(k.arr);
		buf_reset(&r->out);
		buf_puts(&r->out, teks ? teks : "[]");
		free(teks);
	}
	if (st) {
		buf_reset(&r->out);
		if (st == 404)
			return tidak_ada(r, "Pemda tidak dikenal.");
		galat_db(r);
		return 503;
	}
	j->jenis = pd->json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
	return 200;
}

static void data(struct web_req *r, int json)
{
	struct pilih_data pd = {.json = json};
	pd.pemda = web_param(r, "pemda");
	const char *t = web_param(r, "tahun");
	if (pd.pemda && !*pd.pemda)
		pd.pemda = NULL;
	if (t && *t) {
		char *end;
		long th = strtol(t, &end, 10);
		if (*end || th < 1900 || th > 2200) {
			tidak_ada(r, "Pemda dan tahun ini tidak diterbitkan.");
			return;
		}
		pd.tahun = (int)th;
	}
	if (pd.pemda && strlen(pd.pemda) >= 32) {
		tidak_ada(r, "Pemda dan tahun ini tidak diterbitkan.");
		return;
	}
	if (terbit_baca(r, &pd.d)) {
		terbit_lepas(&pd.d);
		return galat_db(r);
	}
	/* A pemda or year asked for must have something published. */
	int ada = 0;
	for (int i = 0; i < pd.d.n; i++)
		if ((!pd.pemda || strcmp(pd.pemda, pd.d.isi[i].pemda) == 0) &&
		    (!pd.tahun || pd.tahun == pd.d.isi[i].tahun))
			ada = 1;
	if ((pd.pemda || pd.tahun) && !ada) {
		tidak_ada(r, "Pemda dan tahun ini tidak diterbitkan.");
		return terbit_lepas(&pd.d);
	}
	char kunci[KUNCI_MAKS];
	snprintf(kunci, sizeof(kunci), "data|%016llx|%d|%s|%d", (unsigned long long)pd.d.tanda,
		 json, pd.pemda ? pd.pemda : "", pd.tahun);
	sajikan(r, kunci, buat_data, &pd);
	terbit_lepas(&pd.d);
}

void hal_publik_csv(struct web_req *r)
{
	data(r, 0);
}

void hal_publik_json(struct web_req *r)
{
	data(r, 1);
}

/* ---- publishing (admins, the API) ---- */

static void terbit_api(struct web_req *r, int tarik)
{
	json_error_t e;
	json_t *j = json_loadb(r->body, r->nbody, JSON_REJECT_DUPLICATES, &e);
	json_t *jp = j ? json_object_get(j, "pemda") : NULL;
	json_t *jt = j ? json_object_get(j, "tahun") : NULL;
	if (!json_is_object(j) || !json_is_string(jp) || !json_is_integer(jt) ||
	    json_string_length(jp) > WEB_BATAS_FIELD) {
		json_decref(j);
		return web_galat(r, 400, "isi harus {\"pemda\": KODE, \"tahun\": TAHUN}");
	}
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int berubah = 0;
	json_int_t tahun = json_integer_value(jt);
	const char *pemda = json_string_value(jp);
	int st = terbit_ubah(r->s, &a, pemda, tahun < 1900 || tahun > 2200 ? 0 : (int)tahun, tarik,
			     &berubah, &g);
	if (st) {
		json_decref(j);
		return web_galat(r, st, web_pesan(r, &g));
	}
	web_json(r, 200, json_pack("{s:s,s:I,s:b,s:b}", "pemda", pemda, "tahun", tahun,
				   "diterbitkan", !tarik, "berubah", berubah));
	json_decref(j);
}

void api_terbit(struct web_req *r)
{
	terbit_api(r, 0);
}

void api_terbit_tarik(struct web_req *r)
{
	terbit_api(r, 1);
}

void api_terbit_daftar(struct web_req *r)
{
	struct terbit_daftar d;
	if (terbit_baca(r, &d)) {
		terbit_lepas(&d);
		return web_galat(r, 503, "basis data sibuk atau galat; coba lagi");
	}
	json_t *arr = json_array();
	for (int i = 0; i < d.n; i++)
		json_array_append_new(arr, json_pack("{s:s,s:s,s:i}", "pemda", d.isi[i].pemda, "nama",
						     d.isi[i].nama, "tahun", d.isi[i].tahun));
	terbit_lepas(&d);
	web_json(r, 200, arr);
}
