/*
 * The template in the browser (issue 10 item 2): upload CSV files or one
 * XLSX workbook (multipart.c), a preview of what each file would change and
 * every error at once (a dry run of layanan/unggah.h), then the apply, bound
 * to the previewed content by its SHA-256: the preview keeps the uploaded
 * bytes in this process under that token for its user, and the apply imports
 * exactly those bytes. Also the download of the template pre-filled with a
 * pemda's data. Pages under /impor, JSON under /api/impor/.
 */
#include <microhttpd.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../layanan/unggah.h"
#include "hal_perencana.h"
#include "html.h"
#include "multipart.h"
#include "web_int.h"

#define BERKAS_MAKS 32
#define SIMPAN_N 4         /* previews kept at once (the oldest goes first) */
#define SIMPAN_DETIK 1800  /* a preview may be applied within this */

int web_rute_unggah(const char *path)
{
	return strcmp(path, "/impor") == 0 || strcmp(path, "/api/impor/pratinjau") == 0;
}

/* ---- previews kept until applied ---- */

struct simpanan {
	char token[65];
	int64_t pengguna;
	time_t waktu;
	int n;
	struct unggah_berkas f[BERKAS_MAKS];
	char *milik[2 * BERKAS_MAKS]; /* the copies f points to */
};
static struct simpanan simpan[SIMPAN_N];
static pthread_mutex_t kunci_simpan = PTHREAD_MUTEX_INITIALIZER;

static void simpanan_lepas(struct simpanan *s)
{
	for (int i = 0; i < 2 * s->n; i++)
		free(s->milik[i]);
	memset(s, 0, sizeof(*s));
}

/* The SHA-256 (hex) of the files: each name, its length and its bytes. */
static void sidik(const struct unggah_berkas *f, int n, char hex[65])
{
	crypto_hash_sha256_state st;
	crypto_hash_sha256_init(&st);
	for (int i = 0; i < n; i++) {
		char pjg[32];
		int k = snprintf(pjg, sizeof(pjg), ":%zu:", f[i].n);
		crypto_hash_sha256_update(&st, (const unsigned char *)f[i].nama, strlen(f[i].nama));
		crypto_hash_sha256_update(&st, (const unsigned char *)pjg, (size_t)k);
		crypto_hash_sha256_update(&st, (const unsigned char *)f[i].data, f[i].n);
	}
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&st, h);
	sodium_bin2hex(hex, 65, h, sizeof(h));
}

static void simpanan_taruh(int64_t pengguna, const char *token, const struct unggah_berkas *f,
			   int n)
{
	pthread_mutex_lock(&kunci_simpan);
	time_t kini = time(NULL);
	struct simpanan *pilih = &simpan[0];
	for (int i = 0; i < SIMPAN_N; i++) {
		struct simpanan *s = &simpan[i];
		if (s->n && kini - s->waktu > SIMPAN_DETIK)
			simpanan_lepas(s);
		if (s->n && s->pengguna == pengguna && strcmp(s->token, token) == 0)
			simpanan_lepas(s); /* the same preview again: kept once */
		if (!s->n || (pilih->n && s->waktu < pilih->waktu))
			pilih = s;
	}
	simpanan_lepas(pilih);
	snprintf(pilih->token, sizeof(pilih->token), "%s", token);
	pilih->pengguna = pengguna;
	pilih->waktu = kini;
	for (int i = 0; i < n; i++) {
		char *nama = xstrdup(f[i].nama), *d = xmalloc(f[i].n ? f[i].n : 1);
		memcpy(d, f[i].data, f[i].n);
		pilih->milik[2 * i] = nama;
		pilih->milik[2 * i + 1] = d;
		pilih->f[i].nama = nama;
		pilih->f[i].data = d;
		pilih->f[i].n = f[i].n;
	}
	pilih->n = n;
	pthread_mutex_unlock(&kunci_simpan);
}

/* Takes the preview of token for pengguna out of the store into *out; 0 or -1 (none). */
static int simpanan_ambil(int64_t pengguna, const char *token, struct simpanan *out)
{
	int rc = -1;
	pthread_mutex_lock(&kunci_simpan);
	time_t kini = time(NULL);
	for (int i = 0; i < SIMPAN_N; i++) {
		struct simpanan *s = &simpan[i];
		if (!s->n || s->pengguna != pengguna || strlen(token) != 64 ||
		    sodium_memcmp(s->token, token, 64) != 0)
			continue;
		if (kini - s->waktu <= SIMPAN_DETIK) {
			*out = *s;
			memset(s, 0, sizeof(*s));
			rc = 0;
		} else {
			simpanan_lepas(s);
		}
	}
	pthread_mutex_unlock(&kunci_simpan);
	return rc;
}

/* ---- the upload ---- */

/*
 * The multipart body of r: the files of field `berkas` (empty ones skipped)
 * into f, and the text field csrf. 0, or the HTTP status with *pesan.
 */
static int urai_unggahan(struct web_req *r, struct multipart *m, struct unggah_berkas *f, int *n,
			 const char **csrf, const char **pesan)
{
	const char *ct = MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Content-Type");
	const struct multipart_batas batas = {
	    .per_bagian = WEB_BATAS_UNGGAH, .total = WEB_BATAS_UNGGAH, .bagian = BERKAS_MAKS + 8};
	char salah[200];
	if (multipart_urai(ct, r->body, r->nbody, &batas, &r->arena, m, salah, sizeof(salah)))
		return *pesan = arena_strdup(&r->arena, salah), 400;
	*n = 0;
	for (int i = 0; i < m->n; i++) {
		const struct multipart_bagian *p = &m->bagian[i];
		if (strcmp(p->nama, "berkas") != 0 || !p->berkas || p->n == 0)
			continue;
		if (*n >= BERKAS_MAKS)
			return *pesan = "terlalu banyak berkas (paling banyak 32)", 400;
		f[(*n)++] = (struct unggah_berkas){p->berkas, p->data, p->n};
	}
	const struct multipart_bagian *c = multipart_cari(m, "csrf");
	*csrf = c ? arena_strndup(&r->arena, c->data, c->n) : NULL;
	if (*n == 0)
		return *pesan = "pilih berkas templat (.csv atau satu .xlsx) untuk diunggah", 400;
	return 0;
}

static json_t *hasil_json(const struct unggah_hasil *h)
{
	json_t *berkas = json_array(), *galat = json_array();
	for (int i = 0; i < h->n; i++) {
		const struct unggah_ringkas *f = &h->f[i];
		json_array_append_new(berkas, json_pack("{s:s, s:I, s:I, s:I, s:I, s:i}", "berkas",
							f->berkas, "baru", (json_int_t)f->baru,
							"diubah", (json_int_t)f->diubah, "sama",
							(json_int_t)f->sama, "dilewati",
							(json_int_t)f->dilewati, "galat", f->galat));
	}
	for (int i = 0; i < h->n_galat; i++) {
		const struct unggah_galat *e = &h->galat[i];
		json_array_append_new(galat, json_pack("{s:s, s:I, s:s, s:s}", "berkas", e->berkas,
						       "baris", (json_int_t)e->baris, "kolom",
						       e->kolom, "pesan", e->pesan));
	}
	return json_pack("{s:o, s:o, s:I}", "berkas", berkas, "kesalahan", galat, "kesalahan_lain",
			 (json_int_t)h->galat_lain);
}

/* Runs the preview or the apply; the layanan status, h filled. */
static int jalankan(struct web_req *r, const struct unggah_berkas *f, int n, int coba,
		    struct unggah_hasil *h, const char **pesan)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	galat_init(&g);
	int st = layanan_unggah_impor(r->s, &a, f, n, coba, h, &g);
	if (st) {
		char baris[900];
		galat_format(&g, baris, sizeof(baris));
		*pesan = st == LAYANAN_SALAH ? arena_strdup(&r->arena, baris)
		       : st >= 500	     ? "basis data tidak dapat ditulis sekarang; coba lagi"
					     : web_pesan(r, &g);
	}
	return st;
}

void api_impor_pratinjau(struct web_req *r)
{
	const char *tok = MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "X-CSRF-Token");
	if (!web_csrf_sah(r, tok))
		return web_galat(r, 403, "token CSRF tidak sah");
	struct multipart m;
	struct unggah_berkas f[BERKAS_MAKS];
	int n;
	const char *csrf, *pesan = NULL;
	int st = urai_unggahan(r, &m, f, &n, &csrf, &pesan);
	if (st)
		return web_galat(r, st, pesan);
	struct unggah_hasil h;
	st = jalankan(r, f, n, 1, &h, &pesan);
	json_t *j = hasil_json(&h);
	unggah_hasil_release(&h);
	if (st) {
		json_object_set_new(j, "galat", json_string(pesan));
		return web_json(r, st, j);
	}
	char token[65];
	sidik(f, n, token);
	simpanan_taruh(r->u.id, token, f, n);
	json_object_set_new(j, "token", json_string(token));
	web_json(r, 200, j);
}

/* Applies the preview of token; the HTTP status, h filled. */
static int terapkan(struct web_req *r, const char *token, struct unggah_hasil *h,
		    const char **pesan)
{
	memset(h, 0, sizeof(*h));
	struct simpanan s;
	if (!token || simpanan_ambil(r->u.id, token, &s))
		return *pesan = "pratinjau tidak ditemukan atau kedaluwarsa: unggah berkasnya lagi",
		       409;
	char cek[65];
	sidik(s.f, s.n, cek);
	int st = strcmp(cek, token) != 0 ? (*pesan = "isi tidak sama dengan pratinjau", 409)
					 : jalankan(r, s.f, s.n, 0, h, pesan);
	simpanan_lepas(&s);
	return st;
}

void api_impor_terapkan(struct web_req *r)
{
	json_error_t je;
	json_t *in = json_loadb(r->body, r->nbody, 0, &je);
	const char *token = json_is_object(in) ? json_string_value(json_object_get(in, "token"))
					       : NULL;
	struct unggah_hasil h;
	const char *pesan = NULL;
	int st = terapkan(r, token, &h, &pesan);
	json_decref(in);
	json_t *j = hasil_json(&h);
	unggah_hasil_release(&h);
	if (st) {
		json_object_set_new(j, "galat", json_string(pesan));
		return web_json(r, st, j);
	}
	web_json(r, 200, j);
}

void api_impor_templat(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda");
	if (!pemda || !*pemda)
		return web_galat(r, 400, "pemda wajib diisi");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	galat_init(&g);
	buf_reset(&r->out);
	int st = layanan_unggah_templat(r->s, &a, pemda, &r->out, &g);
	if (st) {
		buf_reset(&r->out);
		return web_galat(r, st, st >= 500 ? "basis data tidak dapat dibaca" : web_pesan(r, &g));
	}
	r->status = 200;
	r->jenis = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	r->unduh = arena_printf(&r->arena, "templat-%s.xlsx", pemda);
}

/* ---- pages ---- */

static void hal_tolak(struct web_req *r, int status, const char *pesan)
{
	buf_reset(&r->out);
	r->status = status;
	hal_perencana_awal(r, "Impor templat");
	html_f(&r->out, "<h1>Impor templat</h1><p class=\"pesan salah\">%s</p>"
			"<p><a href=\"/impor\">Kembali</a></p></main></body></html>\n",
	       pesan);
}

static void form_unggah(struct web_req *r)
{
	html_f(&r->out,
	       "<form method=\"post\" action=\"/impor\" enctype=\"multipart/form-data\" "
	       "class=\"unggah\"><input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	       "<label>Berkas templat (beberapa .csv atau satu .xlsx, paling besar 20 MiB)"
	       "<input type=\"file\" name=\"berkas\" multiple accept=\".csv,.xlsx\" "
	       "required></label><button type=\"submit\">Pratinjau</button></form>",
	       r->csrf);
}

void hal_impor(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana"))
		return hal_tolak(r, 403, "hanya admin dan perencana yang boleh mengimpor templat");
	hal_perencana_awal(r, "Impor templat");
	html_f(&r->out, "<h1>Impor templat</h1><p>Unggah berkas templat impor. Anda akan melihat "
			"dulu apa yang berubah per berkas dan semua kesalahan; data baru disimpan "
			"setelah Anda menekan <b>Terapkan</b>.</p>");
	form_unggah(r);
	const char *pemda = r->u.pemda[0] ? r->u.pemda : NULL;
	if (pemda)
		html_f(&r->out, "<p><a href=\"/api/impor/templat?pemda=%s\">Unduh templat berisi "
				"data pemda %s (.xlsx)</a></p>",
		       pemda, pemda);
	else
		html_f(&r->out, "<form method=\"get\" action=\"/api/impor/templat\" "
				"class=\"unggah\"><label>Kode pemda<input name=\"pemda\" "
				"placeholder=\"36.73\" required></label><button type=\"submit\" "
				"class=\"kedua\">Unduh templat berisi data (.xlsx)</button></form>");
	html_f(&r->out, "</main></body></html>\n");
}

static void tabel_hasil(struct web_req *r, const struct unggah_hasil *h)
{
	html_f(&r->out, "<div class=\"tabel\"><table class=\"kartu-hp\"><thead><tr><th>Berkas</th>"
			"<th>Baru</th><th>Diubah</th><th>Tetap</th><th>Dilewati (n/a)</th>"
			"<th>Kesalahan</th></tr></thead><tbody>");
	for (int i = 0; i < h->n; i++) {
		const struct unggah_ringkas *f = &h->f[i];
		html_f(&r->out,
		       "<tr><td data-label=\"Berkas\">%s</td><td data-label=\"Baru\">%D</td>"
		       "<td data-label=\"Diubah\">%D</td><td data-label=\"Tetap\">%D</td>"
		       "<td data-label=\"Dilewati\">%D</td><td data-label=\"Kesalahan\">%d</td></tr>",
		       f->berkas, (int64_t)f->baru, (int64_t)f->diubah, (int64_t)f->sama,
		       (int64_t)f->dilewati, f->galat);
	}
	html_f(&r->out, "</tbody></table></div>");
	if (!h->n_galat)
		return;
	html_f(&r->out, "<h2>Kesalahan (%d%s)</h2><div class=\"tabel\"><table "
			"class=\"kesalahan kartu-hp\"><thead><tr><th>Berkas</th><th>Baris</th><th>Kolom</th>"
			"<th>Pesan</th></tr></thead><tbody>",
	       h->n_galat, h->galat_lain ? " dan lainnya" : "");
	for (int i = 0; i < h->n_galat; i++) {
		const struct unggah_galat *e = &h->galat[i];
		html_f(&r->out,
		       "<tr><td data-label=\"Berkas\">%s</td><td data-label=\"Baris\">%D</td>"
		       "<td data-label=\"Kolom\">%s</td><td data-label=\"Pesan\">%s</td></tr>",
		       e->berkas, (int64_t)e->baris, e->kolom, e->pesan);
	}
	html_f(&r->out, "</tbody></table></div>");
	if (h->galat_lain)
		html_f(&r->out, "<p>… dan %D kesalahan lain.</p>", (int64_t)h->galat_lain);
}

void hal_impor_kirim(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana"))
		return hal_tolak(r, 403, "hanya admin dan perencana yang boleh mengimpor templat");
	struct multipart m;
	struct unggah_berkas f[BERKAS_MAKS];
	int n;
	const char *csrf = NULL, *pesan = NULL;
	int st = urai_unggahan(r, &m, f, &n, &csrf, &pesan);
	/* The CSRF token is a field of the multipart body, checked before anything runs. */
	if (!web_csrf_sah(r, csrf))
		return hal_tolak(r, 403, "token CSRF tidak sah");
	if (st)
		return hal_tolak(r, st, pesan);
	struct unggah_hasil h;
	st = jalankan(r, f, n, 1, &h, &pesan);
	if (st && st != LAYANAN_SALAH) {
		unggah_hasil_release(&h);
		return hal_tolak(r, st, pesan);
	}
	r->status = st ? 400 : 200;
	hal_perencana_awal(r, "Pratinjau impor");
	html_f(&r->out, "<h1>Pratinjau impor</h1>");
	if (st) {
		html_f(&r->out, "<p class=\"pesan salah\">Berkas belum dapat diimpor: perbaiki semua "
				"kesalahan di bawah lalu unggah lagi. Tidak ada yang disimpan.</p>");
	} else {
		char token[65];
		sidik(f, n, token);
		simpanan_taruh(r->u.id, token, f, n);
		html_f(&r->out,
		       "<p class=\"pesan ok\">Semua berkas sah. Periksa perubahan di bawah, lalu "
		       "terapkan. Sidik SHA-256 isi: <code>%s</code></p>",
		       token);
		tabel_hasil(r, &h);
		html_f(&r->out,
		       "<form method=\"post\" action=\"/impor/terapkan\" class=\"unggah\"><input type=\"hidden\" "
		       "name=\"csrf\" value=\"%s\"><input type=\"hidden\" name=\"token\" "
		       "value=\"%s\"><button type=\"submit\">Terapkan</button> "
		       "<a href=\"/impor\">Batal</a></form>",
		       r->csrf, token);
		unggah_hasil_release(&h);
		html_f(&r->out, "</main></body></html>\n");
		return;
	}
	tabel_hasil(r, &h);
	unggah_hasil_release(&h);
	form_unggah(r);
	html_f(&r->out, "</main></body></html>\n");
}

void hal_impor_terapkan(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana"))
		return hal_tolak(r, 403, "hanya admin dan perencana yang boleh mengimpor templat");
	struct unggah_hasil h;
	const char *pesan = NULL;
	int st = terapkan(r, web_form(r, "token"), &h, &pesan);
	if (st && st != LAYANAN_SALAH) {
		unggah_hasil_release(&h);
		return hal_tolak(r, st, pesan);
	}
	r->status = st ? 400 : 200;
	hal_perencana_awal(r, "Impor templat");
	html_f(&r->out, "<h1>Impor templat</h1><p class=\"pesan%s\">%s</p>", st ? " salah" : "",
	       st ? "Impor gagal; tidak ada yang disimpan." : "Impor selesai dan tersimpan.");
	tabel_hasil(r, &h);
	unggah_hasil_release(&h);
	html_f(&r->out, "<p><a href=\"/dasbor\">Ke dasbor</a> · <a href=\"/impor\">Impor lagi</a>"
			"</p></main></body></html>\n");
}
