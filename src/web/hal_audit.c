/*
 * The audit log.
 */

#include "html.h"
#include "hal_int.h"

static int audit_baris(const struct store_audit_baris *a, void *arg)
{
	html_f(arg,
	       "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
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
	hal_awal(r, "Log audit");
	html_f(&r->out,
	       "<h1>Log audit%R%s</h1><form class=\"pilih\" method=\"get\" "
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
		return hal_galat(r, 503,
				 "Log audit tidak dapat dibaca (basis data sibuk atau "
				 "galat); coba lagi.");
	html_f(&r->out, "</tbody></table></div>");
	hal_akhir(r);
}
