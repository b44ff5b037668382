/*
 * Users: list, add, (de)activate, reset password (admin).
 */
#include <string.h>

#include "html.h"
#include "hal_int.h"

static int pengguna_baris(const struct store_pengguna *u, void *arg)
{
	struct web_req *r = arg;
	struct buf *b = &r->out;
	if (!web_boleh_pemda(r, u->pemda[0] ? u->pemda : NULL))
		return 0;
	const char *np = u->pemda[0] ? hal_nama_pemda(r, u->pemda) : NULL;
	const char *no = u->opd[0] ? hal_nama_opd(r, u->pemda, u->opd) : NULL;
	html_f(b,
	       "<tr><td data-label=\"Nama\">%s</td><td data-label=\"Peran\">%s</td>"
	       "<td data-label=\"OPD\">%s%R%s%R</td><td data-label=\"Pemda\">%s%R%s%R</td>"
	       "<td data-label=\"Status\">%s</td><td data-label=\"Tindakan\">",
	       u->nama, u->peran, no ? no : u->opd, no ? " (" : "", no ? u->opd : "", no ? ")" : "",
	       np ? np : u->pemda, np ? " (" : "", np ? u->pemda : "", np ? ")" : "",
	       u->aktif ? "Aktif" : "Nonaktif");
	/* An admin cannot lock themself out; the API refuses it too. */
	if (!u->aktif || u->id != r->u.id)
		html_f(b,
		       "<form method=\"post\" action=\"/pengguna/status\">"
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

/* The values of the add form, kept when it is shown again after an error. */
struct isian_pengguna {
	const char *nama, *peran, *opd, *pemda;
};

struct opsi_tambah {
	struct web_req *r;
	struct buf pemda, opd;
	const struct isian_pengguna *isi;
};

/* The OPD of every pemda r may see, one <optgroup> per pemda. */
static int opsi_tambah(const char *kode, void *arg)
{
	struct opsi_tambah *o = arg;
	if (!web_boleh_pemda(o->r, kode))
		return 0;
	const char *nama = hal_nama_pemda(o->r, kode);
	struct buf grup = BUF_INIT;
	hal_opsi_opd(o->r, &grup, kode,
		     o->isi && o->isi->pemda && strcmp(o->isi->pemda, kode) == 0 ? o->isi->opd
										 : NULL);
	if (grup.len)
		html_f(&o->opd, "<optgroup label=\"%s\" data-pemda=\"%s\">%R</optgroup>",
		       nama ? nama : kode, kode, grup.data);
	buf_release(&grup);
	return 0;
}

static void render_pengguna(struct web_req *r, const char *galat, const char *ok,
			    const struct isian_pengguna *isi)
{
	struct buf *b = &r->out;
	hal_awal(r, "Pengguna");
	html_f(b, "<h1>Pengguna</h1>");
	if (galat)
		html_f(b, "<p class=\"pesan salah\" role=\"alert\" id=\"galat\">%s</p>", galat);
	if (ok)
		html_f(b, "<p class=\"pesan ok\" role=\"status\">%s</p>", ok);
	html_f(b, "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"pengguna\"><thead><tr>"
		  "<th>Nama</th><th>Peran</th><th>OPD</th><th>Pemda</th><th>Status</th>"
		  "<th>Tindakan</th></tr></thead><tbody>\n");
	struct galat g;
	galat_init(&g);
	if (store_web_pengguna_daftar(r->s, pengguna_baris, r, &g))
		return hal_galat(r, 503,
				 "Daftar pengguna tidak dapat dibaca (basis data sibuk "
				 "atau galat); coba lagi.");
	struct opsi_tambah o = {r, BUF_INIT, BUF_INIT, isi};
	if (hal_opsi_pemda(r, &o.pemda, isi ? isi->pemda : r->u.pemda) ||
	    store_pemda_daftar(r->s, opsi_tambah, &o, &g)) {
		buf_release(&o.pemda);
		buf_release(&o.opd);
		return hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
	}
	static const char *const peran[] = {"operator", "perencana", "reviewer", "pimpinan",
					    "admin"};
	html_f(b,
	       "</tbody></table></div><h2>Tambah pengguna</h2>"
	       "<form class=\"pilih\" method=\"post\" action=\"/pengguna\" id=\"tambah\">"
	       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	       "<div><label for=\"nama\">Nama</label><input id=\"nama\" name=\"nama\" required "
	       "maxlength=\"60\" pattern=\"[A-Za-z0-9._\\-]+\" value=\"%s\" "
	       "title=\"huruf, angka, titik, garis bawah, tanda hubung\"></div>"
	       "<div><label for=\"peran\">Peran</label><select id=\"peran\" name=\"peran\">",
	       r->csrf, isi && isi->nama ? isi->nama : "");
	for (int i = 0; i < 5; i++)
		html_f(b, "<option%R>%s</option>",
		       isi && isi->peran && strcmp(isi->peran, peran[i]) == 0 ? " selected" : "",
		       peran[i]);
	html_f(b, "</select></div><div><label for=\"pemda_u\">Pemda</label><select id=\"pemda_u\" "
		  "name=\"pemda\">");
	if (!r->u.pemda[0])
		html_f(b, "<option value=\"\"%R>semua pemda (bukan operator)</option>",
		       isi && isi->pemda && *isi->pemda ? "" : (isi ? " selected" : ""));
	buf_append(b, o.pemda.data ? o.pemda.data : "", o.pemda.len);
	html_f(b, "</select></div><div><label for=\"opd\">OPD</label><select id=\"opd\" "
		  "name=\"opd\"><option value=\"\">tanpa OPD (bukan operator)</option>");
	buf_append(b, o.opd.data ? o.opd.data : "", o.opd.len);
	buf_release(&o.pemda);
	buf_release(&o.opd);
	html_f(b, "</select></div>"
		  "<div><label for=\"kata_sandi\">Kata sandi (min. 8)</label><input "
		  "id=\"kata_sandi\" name=\"kata_sandi\" type=\"password\" minlength=\"8\" "
		  "maxlength=\"200\" autocomplete=\"new-password\" required></div>"
		  "<div><button type=\"submit\">Tambah</button></div>"
		  "<p class=\"kecil\" id=\"syarat-operator\">Operator wajib punya pemda dan OPD "
		  "(OPD dari pemda itu); peran lain tanpa OPD.</p></form>");
	html_f(b,
	       "<h2>Atur ulang kata sandi</h2>"
	       "<form class=\"pilih\" method=\"post\" action=\"/pengguna/kata-sandi\">"
	       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	       "<div><label for=\"nama_r\">Pengguna</label><select id=\"nama_r\" name=\"nama\">",
	       r->csrf);
	if (store_web_pengguna_daftar(r->s, opsi_pengguna, r, &g))
		return hal_galat(r, 503,
				 "Daftar pengguna tidak dapat dibaca (basis data sibuk "
				 "atau galat); coba lagi.");
	html_f(b, "</select></div><div><label for=\"baru_r\">Kata sandi baru (min. 8)</label>"
		  "<input id=\"baru_r\" name=\"baru\" type=\"password\" minlength=\"8\" "
		  "maxlength=\"200\" autocomplete=\"new-password\" required></div>"
		  "<div><button type=\"submit\">Atur ulang</button></div></form>");
	hal_akhir(r);
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
	render_pengguna(r, NULL, pesan_ok_pengguna(web_param(r, "ok")), NULL);
}

void hal_pengguna_kirim(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return hal_galat(r, 403, "Hanya admin yang mengelola pengguna.");
	const char *pesan;
	struct isian_pengguna isi = {web_form(r, "nama"), web_form(r, "peran"), web_form(r, "opd"),
				     web_form(r, "pemda")};
	/* an empty select is "none" */
	const char *opd = isi.opd && *isi.opd ? isi.opd : NULL;
	const char *pemda = isi.pemda && *isi.pemda ? isi.pemda : NULL;
	int st = web_pengguna_tambah(r, isi.nama, isi.peran, opd, pemda, web_form(r, "kata_sandi"),
				     &pesan);
	if (st >= 400) {
		r->status = st;
		return render_pengguna(r, pesan, NULL, &isi);
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
		return render_pengguna(r, pesan, NULL, NULL);
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
		return render_pengguna(r, pesan, NULL, NULL);
	}
	web_alih(r, "/pengguna?ok=sandi");
}
