/*
 * Realisasi entry (direct or by submission) and the verification of submissions.
 */
#include <string.h>

#include "../layanan/usulan.h"
#include "html.h"
#include "hal_int.h"

/* A field as entered, kept with its message when the form is shown again. */
struct isian {
	const char *kode, *teks, *galat;
};

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
static const char *larangan_isi(struct web_req *r, const char *pemda, const struct indikator *ind)
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
	html_f(b,
	       "<tr data-id=\"%D\"><td>%D</td><td>%s</td><td>%s</td><td class=\"a\">%s</td>"
	       "<td class=\"status\">%s</td><td>%s<br><span class=\"kecil\">%s</span></td>"
	       "<td>%s%R%s</td><td>",
	       u->id, u->id, u->indikator, hal_nama_triwulan(u->triwulan), u->nilai, u->status,
	       u->diajukan_oleh, u->waktu, u->diperiksa_oleh, u->alasan[0] ? ": " : "", u->alasan);
	if (strcmp(u->status, "diajukan") == 0 && web_peran(r, "admin,perencana"))
		html_f(b,
		       "<form method=\"post\" action=\"/verifikasi\" class=\"verifikasi\">"
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
	hal_awal_pilihan(r, judul, p);
	hal_form_pilih(r, p, "/realisasi", 1);
	html_f(b, "<h1>Pengisian realisasi %s %d (%s)</h1>", p->m.pemda.nama, p->tahun,
	       hal_nama_triwulan(p->triwulan));
	if (pesan)
		html_f(b, "<p class=\"pesan %R\" role=\"status\">%s</p>", pesan_ok ? "ok" : "salah",
		       pesan);
	int tulis = web_peran(r, "admin,perencana,operator");
	if (!tulis)
		html_f(b, "<p class=\"kecil\">Peran Anda hanya dapat melihat.</p>");
	else if (web_peran(r, "operator")) {
		const char *nama_opd = hal_nama_opd(r, p->pemda, r->u.opd);
		html_f(b,
		       "<p class=\"kecil\">Nilai yang Anda isi diajukan untuk diverifikasi "
		       "perencana sebelum dihitung dalam capaian. OPD Anda: %s%R%s%R.</p>",
		       nama_opd ? nama_opd : r->u.opd, nama_opd ? " (" : "",
		       nama_opd ? r->u.opd : "", nama_opd ? ")" : "");
	}
	html_f(b,
	       "<form method=\"post\" action=\"/realisasi\" id=\"form-realisasi\">"
	       "<input type=\"hidden\" name=\"csrf\" value=\"%s\"><input type=\"hidden\" "
	       "name=\"pemda\" value=\"%s\"><input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	       "<input type=\"hidden\" name=\"triwulan\" value=\"%d\">",
	       r->csrf, p->pemda, p->tahun, p->triwulan);
	html_f(b,
	       "<div class=\"tabel\"><table><thead><tr><th>Kode</th><th>Indikator</th>"
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
		html_f(b,
		       "<tr><td>%s</td><td><label for=\"n_%s\">%s</label></td><td>%s</td>"
		       "<td class=\"a\">%s</td><td class=\"a\">%s</td><td>",
		       ind->kode, ind->kode, ind->uraian, ind->satuan,
		       t ? nilai_tampil(&t->nilai, 2, ts, sizeof(ts)) : "–",
		       x ? nilai_tampil(&x->nilai, 2, xs, sizeof(xs)) : "–");
		if (tulis)
			html_f(b,
			       "<input id=\"n_%s\" name=\"n_%s\" maxlength=\"100\" size=\"10\" "
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
		html_f(b,
		       "<p><button type=\"submit\">%R</button> <span class=\"kecil\">Tulis "
		       "angka seperti 72,47; kosongkan yang tidak diubah.</span></p>",
		       web_peran(r, "operator") ? "Ajukan untuk verifikasi" : "Simpan");
	html_f(b,
	       "</form><h2>Usulan realisasi %d</h2><div class=\"tabel\"><table id=\"usulan\">"
	       "<thead><tr><th>No.</th><th>Indikator</th><th>Periode</th><th class=\"a\">Nilai"
	       "</th><th>Status</th><th>Diajukan</th><th>Diperiksa</th><th>Tindakan</th></tr>"
	       "</thead><tbody>\n",
	       p->tahun);
	struct usulan_tabel ut = {r, p, 0};
	struct galat g;
	galat_init(&g);
	if (store_web_usulan_daftar(r->s, p->pemda, p->tahun, NULL, 200, usulan_baris, &ut, &g))
		return hal_galat(r, 503,
				 "Daftar usulan tidak dapat dibaca (basis data sibuk atau "
				 "galat); coba lagi.");
	if (!ut.n)
		html_f(b, "<tr><td colspan=\"8\">Belum ada usulan.</td></tr>");
	html_f(b, "</tbody></table></div>");
	hal_akhir(r);
}

void hal_realisasi(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
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
	hal_pilihan_lepas(&p);
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
		return hal_pilihan_lepas(&p);
	}
	p.pemda = pemda;
	p.tahun = tahun;
	p.triwulan = triwulan;
	if (hal_pilih_opsi(r, &p))
		return hal_pilihan_lepas(&p);
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
			const struct realisasi *x =
			    realisasi_cari(&p.m, ind->kode, tahun, triwulan);
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
		render_realisasi(r, &p, isi, n,
				 "Periksa nilai yang ditandai; tidak ada yang disimpan.", 0);
		free(isi);
		return hal_pilihan_lepas(&p);
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
		return hal_pilihan_lepas(&p);
	}
	alih_realisasi(r, pemda, tahun, triwulan, !n ? "sama" : diajukan ? "diajukan" : "disimpan");
	free(isi);
	hal_pilihan_lepas(&p);
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
