/*
 * Login, logout and one's own account (password change).
 */
#include <string.h>

#include "html.h"
#include "hal_int.h"

static void render_masuk(struct web_req *r, const char *nama, const char *galat)
{
	hal_awal(r, "Masuk");
	html_f(&r->out, "<form class=\"masuk\" method=\"post\" action=\"/masuk\">"
			"<h1>Masuk ke e-SAKIP</h1>");
	if (galat)
		html_f(&r->out, "<p class=\"pesan salah\" role=\"alert\">%s</p>", galat);
	html_f(&r->out,
	       "<label for=\"nama\">Nama pengguna</label><input id=\"nama\" name=\"nama\" "
	       "autocomplete=\"username\" required maxlength=\"60\" value=\"%s\">"
	       "<label for=\"kata_sandi\">Kata sandi</label><input id=\"kata_sandi\" "
	       "name=\"kata_sandi\" type=\"password\" autocomplete=\"current-password\" "
	       "required maxlength=\"200\"><button type=\"submit\">Masuk</button></form>",
	       nama ? nama : "");
	hal_akhir(r);
}

/* Where a login lands: an operator with an OPD on its OPD's page, everyone else the dashboard. */
static void beranda(struct web_req *r)
{
	struct buf q = BUF_INIT;
	if (hal_opd_saya(r, 0, &q))
		buf_puts(&q, "/dasbor");
	web_alih(r, q.data);
	buf_release(&q);
}

void hal_masuk(struct web_req *r)
{
	if (r->masuk)
		return beranda(r);
	render_masuk(r, NULL, NULL);
}

void hal_masuk_kirim(struct web_req *r)
{
	const char *nama = web_form(r, "nama");
	const char *pesan;
	int coba_lagi;
	int st = web_sesi_masuk(r, nama, web_form(r, "kata_sandi"), &pesan, &coba_lagi);
	if (st == 0)
		return beranda(r);
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

static void render_akun(struct web_req *r, const char *galat, const char *ok)
{
	struct buf *b = &r->out;
	hal_awal(r, "Akun");
	html_f(b, "<h1>Akun %s</h1><p>Peran: %s%s%s%s%s</p>", r->u.nama, r->u.peran,
	       r->u.opd[0] ? ", OPD " : "", r->u.opd, r->u.pemda[0] ? ", pemda " : "", r->u.pemda);
	if (galat)
		html_f(b, "<p class=\"pesan salah\" role=\"alert\">%s</p>", galat);
	if (ok)
		html_f(b, "<p class=\"pesan ok\" role=\"status\">%s</p>", ok);
	html_f(b,
	       "<h2>Ubah kata sandi</h2>"
	       "<form class=\"pilih\" method=\"post\" action=\"/akun\">"
	       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	       "<div><label for=\"lama\">Kata sandi lama</label><input id=\"lama\" "
	       "name=\"lama\" type=\"password\" maxlength=\"200\" "
	       "autocomplete=\"current-password\" required></div><div><label for=\"baru\">Kata "
	       "sandi baru (min. 8)</label><input "
	       "id=\"baru\" name=\"baru\" type=\"password\" minlength=\"8\" maxlength=\"200\" "
	       "autocomplete=\"new-password\" required></div>"
	       "<div><label for=\"ulang\">Ulangi kata sandi baru</label><input id=\"ulang\" "
	       "name=\"ulang\" type=\"password\" minlength=\"8\" maxlength=\"200\" "
	       "autocomplete=\"new-password\" required></div>"
	       "<div><button type=\"submit\">Ubah kata sandi</button></div></form>"
	       "<p>Setelah kata sandi diubah, sesi Anda di perangkat lain diakhiri.</p>",
	       r->csrf);
	hal_akhir(r);
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
