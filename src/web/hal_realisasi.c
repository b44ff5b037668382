/*
 * Realisasi entry (direct or by submission) and the verification of
 * submissions: the fill window open now and the year's lock (the form
 * disabled), a dropdown for categorical indicators, plausibility warnings
 * after a write, and evidence (bukti dukung) per submission: listed with
 * download links, attached by a multipart form (POST /realisasi/bukti).
 * Planners see the verification queue first.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/ukur.h"
#include "../core/waktu.h"
#include "../layanan/bukti.h"
#include "../layanan/kunci.h"
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
	int kunci; /* the year is locked: no verification, no new evidence */
};

static int bukti_tautan(const struct store_bukti *x, void *arg)
{
	struct web_req *r = arg;
	hal_bukti_tautan(&r->out, x);
	return 0;
}

/*
 * The evidence cell of a submission: its files (download links) and, for
 * whoever may attach (the operator who submitted it, a planner), the upload
 * form while it waits for verification.
 */
static void bukti_sel(struct web_req *r, const struct store_usulan *u, int kunci)
{
	struct buf *b = &r->out;
	char objek[40];
	snprintf(objek, sizeof(objek), "usulan:%lld", (long long)u->id);
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	html_f(b, "<td class=\"bukti\" data-label=\"Bukti dukung\"><div class=\"bukti\">"
		  "<ul class=\"bukti\">");
	if (layanan_bukti_daftar(r->s, &a, objek, bukti_tautan, r, &g))
		html_f(b, "<li class=\"kecil\">%s</li>", web_pesan(r, &g));
	html_f(b, "</ul>");
	int boleh = web_peran(r, "admin,perencana") ||
		    (web_peran(r, "operator") && strcmp(u->diajukan_oleh, r->u.nama) == 0);
	if (boleh && !kunci && strcmp(u->status, "diajukan") == 0) {
		char label[40];
		snprintf(label, sizeof(label), "usulan %lld", (long long)u->id);
		hal_bukti_form(r, "/realisasi/bukti", objek, label);
	}
	html_f(b, "</div></td>");
}

static int usulan_baris(const struct store_usulan *u, void *arg)
{
	struct usulan_tabel *t = arg;
	struct web_req *r = t->r;
	struct buf *b = &r->out;
	if (web_peran(r, "operator") && strcmp(u->diajukan_oleh, r->u.nama) != 0)
		return 0;
	t->n++;
	char wib[64];
	waktu_utc_wib(u->waktu, wib, sizeof(wib)); /* stored in UTC, shown in WIB as everywhere */
	html_f(b,
	       "<tr data-id=\"%D\"><td>%D</td><td>%s</td><td>%s</td><td class=\"a\">%s</td>"
	       "<td class=\"status\">%s</td><td>%s<br><span class=\"kecil\">%s</span></td>"
	       "<td>%s%R%s</td>",
	       u->id, u->id, u->indikator, hal_nama_triwulan(u->triwulan), u->nilai, u->status,
	       u->diajukan_oleh, wib, u->diperiksa_oleh, u->alasan[0] ? ": " : "", u->alasan);
	bukti_sel(r, u, t->kunci);
	html_f(b, "<td>");
	if (strcmp(u->status, "diajukan") == 0 && web_peran(r, "admin,perencana") && !t->kunci)
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

/*
 * The fill window open now (or that none is) and the year's lock: 1 when
 * the year is locked (the form is then disabled), else 0.
 */
static int keadaan_tahun(struct web_req *r, const struct pilihan *p)
{
	struct buf *b = &r->out;
	struct galat g;
	galat_init(&g);
	struct store_jadwal j;
	int ada = jadwal_terbuka(r->s, p->pemda, &j, &g);
	if (ada == 1) {
		char tutup[48];
		jadwal_wib(j.tutup, tutup, sizeof(tutup));
		html_f(b,
		       "<p class=\"pesan\" id=\"jendela\">Jendela pengisian terbuka: %s %d, sampai "
		       "%s.</p>",
		       hal_nama_triwulan(j.triwulan), j.tahun, tutup);
	} else if (ada == 0) {
		html_f(b, "<p class=\"pesan\" id=\"jendela\">Tidak ada jendela pengisian yang "
			  "terbuka saat ini.</p>");
	}
	char ket[200];
	int k = kunci_keterangan(r->s, p->pemda, p->tahun, ket, sizeof(ket));
	if (k == 1)
		html_f(b,
		       "<p class=\"pesan salah\" id=\"kunci\">%s. Formulir realisasi dinonaktifkan."
		       "</p>",
		       ket);
	return k == 1;
}

/* The field of one indicator: a list of the scale's categories, else a text box. */
static void ruas(struct web_req *r, const struct pilihan *p, const struct indikator *ind,
		 const struct isian *f)
{
	struct buf *b = &r->out;
	const struct skala *sk = ind->arah == ARAH_KATEGORI && ind->skala
					 ? model_skala(&p->m, ind->skala)
					 : NULL;
	const char *galat = f && f->galat ? " class=\"salah\" aria-invalid=\"true\"" : "";
	if (sk && sk->n > 0) {
		html_f(b, "<select id=\"n_%s\" name=\"n_%s\"%R%R%s%R><option value=\"\">–</option>",
		       ind->kode, ind->kode, galat, f && f->galat ? " aria-describedby=\"g_" : "",
		       f && f->galat ? ind->kode : "", f && f->galat ? "\"" : "");
		for (int k = 0; k < sk->n; k++)
			html_f(b, "<option%R>%s</option>",
			       f && f->teks && strcmp(f->teks, sk->kelas[k].nama) == 0 ? " selected"
											: "",
			       sk->kelas[k].nama);
		html_f(b, "</select>");
		return;
	}
	html_f(b,
	       "<input id=\"n_%s\" name=\"n_%s\" maxlength=\"100\" size=\"10\" "
	       "inputmode=\"decimal\" value=\"%s\"%R%R%s%R>",
	       ind->kode, ind->kode, f ? f->teks : "", galat,
	       f && f->galat ? " aria-describedby=\"g_" : "", f && f->galat ? ind->kode : "",
	       f && f->galat ? "\"" : "");
}

/* The submissions of the year (the verification queue), with their evidence. */
static int bagian_usulan(struct web_req *r, struct pilihan *p, int kunci)
{
	struct buf *b = &r->out;
	html_f(b,
	       "<h2 id=\"antrean\">Usulan realisasi %d</h2><div class=\"tabel\"><table "
	       "id=\"usulan\"><thead><tr><th>No.</th><th>Indikator</th><th>Periode</th><th "
	       "class=\"a\">Nilai</th><th>Status</th><th>Diajukan</th><th>Diperiksa</th>"
	       "<th>Bukti dukung</th><th>Tindakan</th></tr></thead><tbody>\n",
	       p->tahun);
	struct usulan_tabel ut = {r, p, 0, kunci};
	struct galat g;
	galat_init(&g);
	if (store_web_usulan_daftar(r->s, p->pemda, p->tahun, NULL, 200, usulan_baris, &ut, &g)) {
		hal_galat(r, 503,
			  "Daftar usulan tidak dapat dibaca (basis data sibuk atau galat); coba lagi.");
		return -1;
	}
	if (!ut.n)
		html_f(b, "<tr><td colspan=\"9\">Belum ada usulan.</td></tr>");
	html_f(b, "</tbody></table></div>");
	return 0;
}

static void render_realisasi(struct web_req *r, struct pilihan *p, const struct isian *isi,
			     int nisi, const char *pesan, int pesan_ok, const char *peringatan)
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
	if (peringatan && *peringatan)
		html_f(b,
		       "<div class=\"pesan peringatan\" role=\"status\" id=\"peringatan\"><strong>"
		       "Periksa kembali (peringatan, bukan penolakan):</strong> %R</div>",
		       peringatan);
	int kunci = keadaan_tahun(r, p);
	int tulis = web_peran(r, "admin,perencana,operator");
	int perencana = web_peran(r, "admin,perencana");
	/* Planners verify: their queue comes first. */
	if (perencana && bagian_usulan(r, p, kunci))
		return;
	if (!tulis)
		html_f(b, "<p class=\"kecil\">Peran Anda hanya dapat melihat.</p>");
	else if (web_peran(r, "operator")) {
		const char *nama_opd = hal_nama_opd(r, p->pemda, r->u.opd);
		html_f(b,
		       "<p class=\"kecil\">Nilai yang Anda isi diajukan untuk diverifikasi "
		       "perencana sebelum dihitung dalam capaian. Setelah diajukan, lampirkan "
		       "bukti dukung (PDF, PNG, JPEG, XLSX atau DOCX, paling besar 10 MiB) pada "
		       "baris usulannya. OPD Anda: %s%R%s%R.</p>",
		       nama_opd ? nama_opd : r->u.opd, nama_opd ? " (" : "",
		       nama_opd ? r->u.opd : "", nama_opd ? ")" : "");
	}
	html_f(b,
	       "<form method=\"post\" action=\"/realisasi\" id=\"form-realisasi\">"
	       "<input type=\"hidden\" name=\"csrf\" value=\"%s\"><input type=\"hidden\" "
	       "name=\"pemda\" value=\"%s\"><input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	       "<input type=\"hidden\" name=\"triwulan\" value=\"%d\"><fieldset%R>",
	       r->csrf, p->pemda, p->tahun, p->triwulan, kunci ? " disabled" : "");
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
		/* no yearly row: the year's value made from the quarters, as the OPD page shows it */
		int dari_tw = 0;
		struct nilai tahunan = {0};
		if (!x && p->triwulan == 0)
			tahunan = ukur_realisasi_tahun(&p->m, ind, p->tahun, &dari_tw);
		int dari = !x && dari_tw && tahunan.jenis != NILAI_KOSONG;
		html_f(b,
		       "<tr><td>%s</td><td><label for=\"n_%s\">%s</label></td><td>%s</td>"
		       "<td class=\"a\">%s</td><td class=\"a\">%s%R</td><td>",
		       ind->kode, ind->kode, ind->uraian, ind->satuan,
		       t ? nilai_tampil(&t->nilai, 2, ts, sizeof(ts)) : "–",
		       x      ? nilai_tampil(&x->nilai, 2, xs, sizeof(xs))
		       : dari ? nilai_tampil(&tahunan, 2, xs, sizeof(xs))
			      : "–",
		       dari ? " <span class=\"kecil\">(dari triwulan)</span>" : "");
		if (tulis)
			ruas(r, p, ind, f);
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
	html_f(b, "</fieldset></form>");
	if (!perencana && bagian_usulan(r, p, kunci))
		return;
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
	else if (ok && strcmp(ok, "bukti") == 0)
		pesan = "Bukti dukung dilampirkan.";
	render_realisasi(r, &p, NULL, 0, pesan, 1, NULL);
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
	struct buf peringatan = BUF_INIT; /* plausibility warnings, HTML-escaped */
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
			char w[600];
			if (usulan_kewajaran(&p.m, ind, tahun, triwulan, &v, w, sizeof(w)))
				html_f(&peringatan, "%R<strong>%s</strong>: %s",
				       peringatan.len ? "<br>" : "", ind->kode, w);
		}
		salah += isi[n].galat != NULL;
		n++;
	}
	if (salah) {
		r->status = 400;
		render_realisasi(r, &p, isi, n,
				 "Periksa nilai yang ditandai; tidak ada yang disimpan.", 0, NULL);
		free(isi);
		buf_release(&peringatan);
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
				 0, NULL);
		free(isi);
		buf_release(&peringatan);
		return hal_pilihan_lepas(&p);
	}
	free(isi);
	if (!peringatan.len) {
		alih_realisasi(r, pemda, tahun, triwulan,
			       !n ? "sama" : diajukan ? "diajukan" : "disimpan");
		return hal_pilihan_lepas(&p);
	}
	/* Stored, with warnings: the page is shown here (a redirect would lose them). */
	model_release(&p.m);
	model_init(&p.m);
	if (store_muat(r->s, pemda, &p.m, &g)) {
		buf_release(&peringatan);
		alih_realisasi(r, pemda, tahun, triwulan, diajukan ? "diajukan" : "disimpan");
		return hal_pilihan_lepas(&p);
	}
	render_realisasi(r, &p, NULL, 0,
			 diajukan ? "Realisasi diajukan; menunggu verifikasi perencana."
				  : "Realisasi disimpan.",
			 1, peringatan.data);
	buf_release(&peringatan);
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

/*
 * POST /realisasi/bukti (multipart: csrf, objek, berkas): attaches evidence
 * to a submission and returns to its realisasi page. The CSRF token is a
 * part of the body, checked before anything is stored (web_bukti_unggah).
 */
void hal_realisasi_bukti(struct web_req *r)
{
	struct store_bukti b;
	const char *objek, *pesan = NULL;
	int st = web_bukti_unggah(r, &b, 1, &objek, &pesan);
	if (st)
		return hal_galat(r, st, pesan);
	struct store_usulan u;
	if (strncmp(objek, "usulan:", 7) == 0 &&
	    store_web_usulan_cari(r->s, strtoll(objek + 7, NULL, 10), &u) == 1)
		return alih_realisasi(r, u.pemda, u.tahun, u.triwulan, "bukti");
	web_alih(r, "/realisasi");
}
