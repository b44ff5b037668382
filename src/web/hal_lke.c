/*
 * The /lke page: the SAKIP evaluation worksheet (LKE) of the pemda or of one
 * OPD (siklus.md "Evaluation of SAKIP"): components, sub-components and
 * criteria with the self-assessment and the evaluator's answer, notes and
 * evidence, the scores per level, total and predikat; editable for the role
 * that writes (POST /lke through layanan_lke_jawab), read-only otherwise; the
 * history per component across years (Tabel 3.29), the OPD ranking and the
 * recommendations with their follow-up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../layanan/bukti.h"
#include "api_evaluasi.h"
#include "hal_int.h"
#include "html.h"

static const char *f2(double v, char *out, size_t n)
{
	return angka_format(v, 2, out, n);
}

/* What the user may write in this worksheet: bit 1 mandiri, bit 2 evaluator. */
static int hak_tulis(struct web_req *r, const char *opd)
{
	int hak = 0;
	if (web_peran(r, "admin,perencana") &&
	    !(web_peran(r, "perencana") && r->u.opd[0] && strcmp(r->u.opd, opd) != 0))
		hak |= 1;
	if (web_peran(r, "operator") && r->u.opd[0] && strcmp(r->u.opd, opd) == 0)
		hak |= 1;
	if (web_peran(r, "admin,reviewer"))
		hak |= 2;
	return hak;
}

static void link_lke(struct buf *b, const char *pemda, int tahun, const char *opd)
{
	html_f(b, "/lke?pemda=");
	html_url_enc(b, pemda);
	html_f(b, "&amp;tahun=%d&amp;opd=", tahun);
	html_url_enc(b, opd && *opd ? opd : "semua");
}

/* The answer control of one side: a select (Y/T, A-E) or a number of points. */
static void pilihan_jawab(struct buf *b, const struct lke_butir *bt, const char *nama,
			  const char *form, const char *nilai, const char *label)
{
	if (bt->tipe == LKE_GRUP) {
		char maks[32];
		html_f(b,
		       "<input name=\"%s\" form=\"%s\" value=\"%s\" size=\"5\" maxlength=\"12\" "
		       "inputmode=\"decimal\" aria-label=\"%s %s (0-%s)\" placeholder=\"0-%s\">",
		       nama, form, nilai, label, bt->kode, f2(bt->bobot, maks, sizeof(maks)), maks);
		return;
	}
	static const char *const yt[] = {"Y", "T", NULL}, *const ae[] = {"A", "B", "C",
									 "D", "E", NULL};
	const char *const *o = bt->tipe == LKE_YT ? yt : ae;
	html_f(b,
	       "<select name=\"%s\" form=\"%s\" aria-label=\"%s %s\"><option value=\"\">–</option>",
	       nama, form, label, bt->kode);
	int cocok = 0;
	for (int i = 0; o[i]; i++) {
		int pilih = str_sama(nilai, o[i]) ||
			    (bt->tipe == LKE_YT && str_sama(nilai, i ? "Tidak" : "Ya"));
		cocok |= pilih;
		html_f(b, "<option%R>%s</option>", pilih ? " selected" : "", o[i]);
	}
	if (!cocok && *nilai) /* kept as stored */
		html_f(b, "<option selected>%s</option>", nilai);
	html_f(b, "</select>");
}

static void bukti_tampil(struct buf *b, const char *bukti)
{
	if (!*bukti)
		html_f(b, "–");
	else if (strncmp(bukti, "http", 4) == 0)
		html_f(b, "<a href=\"%s\" rel=\"noopener noreferrer\" target=\"_blank\">tautan</a>",
		       bukti);
	else
		html_f(b, "<code>%s</code>", bukti);
}

struct lembar_ctx {
	struct web_req *r;
	const struct pilihan *p;
	const struct evaluasi_lembar *l;
	const char *opd;
	int hak;
	struct store_bukti *bk; /* the worksheet's evidence files, by objek (one query) */
	size_t n_bk, cap_bk;
	int lampir; /* the user may attach evidence */
};

static int bukti_kumpul(const struct store_bukti *x, void *arg)
{
	struct lembar_ctx *c = arg;
	if (c->n_bk == c->cap_bk) {
		size_t cap = c->cap_bk ? c->cap_bk * 2 : 16;
		struct store_bukti *p = realloc(c->bk, cap * sizeof(*p));
		if (!p)
			return 1; /* out of memory: the list stops short, the page still renders */
		c->bk = p;
		c->cap_bk = cap;
	}
	c->bk[c->n_bk++] = *x;
	return 0;
}

/* The stored evidence of criterion kode and, when allowed, its attach form. */
static void bukti_berkas(struct lembar_ctx *c, const char *kode)
{
	struct buf *b = &c->r->out;
	char objek[200];
	snprintf(objek, sizeof(objek), "lke:%s/%d/%s/%s", c->p->pemda, c->p->tahun, c->opd, kode);
	html_f(b, "<ul class=\"bukti\">");
	for (size_t k = 0; k < c->n_bk; k++)
		if (strcmp(c->bk[k].objek, objek) == 0)
			hal_bukti_tautan(b, &c->bk[k]);
	html_f(b, "</ul>");
	if (c->lampir)
		hal_bukti_form(c->r, "/lke/bukti", objek, kode);
}

static void baris_butir(struct lembar_ctx *c, int i)
{
	struct buf *b = &c->r->out;
	const struct lke_butir *bt = &c->l->k->butir[i];
	const struct lke_skor *sk = &c->l->skor[i];
	char x[32], y[32], z[32];
	int dijawab = bt->tipe != LKE_GRUP || bt->n_anak == 0;
	const char *kelas = bt->tingkat == 0 ? "komponen" : bt->tipe == LKE_GRUP ? "sub" : "kri";
	html_f(b,
	       "<tr class=\"%R\"><td data-label=\"Kode\">%s</td><td data-label=\"Uraian\">%s</td>",
	       kelas, bt->kode, bt->uraian);
	if (bt->tipe == LKE_GRUP)
		html_f(b,
		       "<td class=\"a\" data-label=\"Bobot\">%s</td><td class=\"a\" "
		       "data-label=\"Nilai\"><b>%s</b></td><td class=\"a\" data-label=\"%% bobot\">"
		       "%s</td>",
		       f2(bt->bobot, x, sizeof(x)), f2(sk->nilai, y, sizeof(y)),
		       f2(sk->persen, z, sizeof(z)));
	else
		html_f(b,
		       "<td class=\"a\" data-label=\"Bobot\">–</td><td class=\"a\" "
		       "data-label=\"Nilai\">%s</td><td class=\"a\" data-label=\"Sumber\">%s</td>",
		       sk->sumber ? f2(sk->nilai, y, sizeof(y)) : "–",
		       sk->sumber ? lke_sumber_nama(sk->sumber) : "belum dijawab");
	if (!dijawab) {
		html_f(b, "<td colspan=\"4\" class=\"kosong\"></td></tr>\n");
		return;
	}
	const struct evaluasi_isian *is = &c->l->isian[i];
	char form[160];
	snprintf(form, sizeof(form), "f-%s", bt->kode);
	html_f(b, "<td data-label=\"Mandiri\">");
	if (c->hak & 1)
		pilihan_jawab(b, bt, "mandiri", form, is->mandiri, "Mandiri");
	else
		html_f(b, "%s", *is->mandiri ? is->mandiri : "–");
	html_f(b, "</td><td data-label=\"Evaluator\">");
	if (c->hak & 2)
		pilihan_jawab(b, bt, "evaluator", form, is->evaluator, "Evaluator");
	else
		html_f(b, "%s", *is->evaluator ? is->evaluator : "–");
	html_f(b, "</td><td data-label=\"Catatan, bukti\" class=\"catatan\">");
	if (c->hak) {
		html_f(b,
		       "<input name=\"catatan\" form=\"%s\" value=\"%s\" maxlength=\"1000\" "
		       "placeholder=\"catatan\" aria-label=\"Catatan %s\">"
		       "<input name=\"bukti\" form=\"%s\" value=\"%s\" maxlength=\"500\" "
		       "type=\"url\" placeholder=\"tautan bukti https://…\" "
		       "aria-label=\"Tautan bukti %s\">",
		       form, is->catatan, bt->kode, form, is->bukti, bt->kode);
		if (*is->bukti)
			bukti_tampil(b, is->bukti);
	} else {
		html_f(b, "%s<br>", *is->catatan ? is->catatan : "–");
		bukti_tampil(b, is->bukti);
	}
	bukti_berkas(c, bt->kode);
	html_f(b, "</td><td>");
	if (c->hak) {
		html_f(b, "<form id=\"%s\" method=\"post\" action=\"", form);
		link_lke(b, c->p->pemda, c->p->tahun, c->opd);
		html_f(
		    b,
		    "\"><input type=\"hidden\" name=\"csrf\" value=\"%s\"><input type=\"hidden\" "
		    "name=\"kriteria\" value=\"%s\"><button type=\"submit\">Simpan</button></form>",
		    c->r->csrf, bt->kode);
	}
	html_f(b, "</td></tr>\n");
}

/* Depth first from component i, in framework order. */
static void baris_pohon(struct lembar_ctx *c, int i)
{
	baris_butir(c, i);
	for (int j = 0; j < c->l->k->n; j++)
		if (c->l->k->butir[j].induk_i == i)
			baris_pohon(c, j);
}

/* Tabel 3.29: the components (of the latest year's framework, by uraian) across years. */
static void riwayat(struct buf *b, const struct evaluasi_laporan *l)
{
	if (!l->n_riwayat)
		return;
	const struct evaluasi_lembar *akhir = &l->riwayat[l->n_riwayat - 1];
	char x[32], y[32];
	html_f(b, "<h2>Riwayat nilai per komponen</h2><div class=\"tabel\"><table "
		  "class=\"kartu-hp\" id=\"lke-riwayat\"><thead><tr><th>Komponen</th>");
	for (int t = 0; t < l->n_riwayat; t++)
		html_f(b, "<th class=\"a\">%d<br><span class=\"kecil\">bobot / nilai</span></th>",
		       l->riwayat[t].tahun);
	html_f(b, "</tr></thead><tbody>");
	for (int i = 0; i < akhir->k->n; i++) {
		if (akhir->k->butir[i].induk_i >= 0)
			continue;
		html_f(b, "<tr><td data-label=\"Komponen\">%s</td>", akhir->k->butir[i].uraian);
		for (int t = 0; t < l->n_riwayat; t++) {
			const struct evaluasi_lembar *e = &l->riwayat[t];
			int j = -1;
			for (int q = 0; q < e->k->n && j < 0; q++)
				if (e->k->butir[q].induk_i < 0 &&
				    strcmp(e->k->butir[q].uraian, akhir->k->butir[i].uraian) == 0)
					j = q;
			char lab[16];
			snprintf(lab, sizeof(lab), "%d", e->tahun);
			if (j < 0)
				html_f(b, "<td class=\"a\" data-label=\"%s\">–</td>", lab);
			else
				html_f(b, "<td class=\"a\" data-label=\"%s\">%s / %s</td>", lab,
				       angka_format(e->k->butir[j].bobot, 0, x, sizeof(x)),
				       f2(e->skor[j].nilai, y, sizeof(y)));
		}
		html_f(b, "</tr>");
	}
	html_f(b, "<tr class=\"jumlah\"><td data-label=\"\">Nilai total (predikat)</td>");
	for (int t = 0; t < l->n_riwayat; t++) {
		const struct evaluasi_lembar *e = &l->riwayat[t];
		char lab[16];
		snprintf(lab, sizeof(lab), "%d", e->tahun);
		html_f(b, "<td class=\"a\" data-label=\"%s\"><b>%s</b> (%s)</td>", lab,
		       f2(e->hasil->total.nilai, x, sizeof(x)),
		       e->hasil->predikat ? e->hasil->predikat : "-");
	}
	html_f(b, "</tr></tbody></table></div>");
}

static void peringkat(struct buf *b, const struct evaluasi_laporan *l, int tahun)
{
	if (!l->n_opd)
		return;
	char x[32];
	html_f(b,
	       "<h2>Peringkat OPD menurut nilai evaluasi %d</h2><div class=\"tabel\"><table "
	       "class=\"kartu-hp\" id=\"lke-peringkat\"><thead><tr><th class=\"a\">Peringkat</th>"
	       "<th>OPD</th><th class=\"a\">Nilai</th><th>Predikat</th></tr></thead><tbody>",
	       tahun);
	for (int i = 0; i < l->n_opd; i++) {
		const struct evaluasi_opd *o = &l->opd_peringkat[i];
		html_f(b,
		       "<tr><td class=\"a\" data-label=\"Peringkat\">%d</td><td data-label=\"OPD\">"
		       "<a href=\"",
		       o->peringkat);
		link_lke(b, l->pemda_kode, tahun, o->kode);
		html_f(b,
		       "\">%s</a> <span class=\"kecil\">(%s)</span></td><td class=\"a\" "
		       "data-label=\"Nilai\">%s</td><td data-label=\"Predikat\"><span "
		       "class=\"akip\">%s</span></td></tr>",
		       *o->nama ? o->nama : o->kode, o->kode, f2(o->total, x, sizeof(x)),
		       o->predikat ? o->predikat : "-");
	}
	html_f(b, "</tbody></table></div>");
}

static void rekomendasi(struct buf *b, const struct evaluasi_laporan *l)
{
	html_f(b, "<h2>Rekomendasi dan tindak lanjut</h2>");
	if (!l->n_rekomendasi) {
		html_f(b,
		       "<p class=\"kecil\">Belum ada rekomendasi (impor lke_rekomendasi.csv).</p>");
		return;
	}
	html_f(b,
	       "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"lke-rekomendasi\"><thead><tr>"
	       "<th>No.</th><th>Rekomendasi</th><th>Tindak lanjut</th><th>Status</th></tr>"
	       "</thead><tbody>");
	for (int i = 0; i < l->n_rekomendasi; i++) {
		const struct dok_rekomendasi *x = &l->rekomendasi[i];
		html_f(b,
		       "<tr><td data-label=\"No.\">%s</td><td data-label=\"Rekomendasi\">%s</td>"
		       "<td data-label=\"Tindak lanjut\">%s</td><td data-label=\"Status\"><span "
		       "class=\"status-tl %s\">%s</span></td></tr>",
		       x->nomor, x->uraian, *x->tindak_lanjut ? x->tindak_lanjut : "–", x->status,
		       x->status);
	}
	html_f(b, "</tbody></table></div>");
}

static void render(struct web_req *r, struct pilihan *p, const char *pesan, int pesan_ok)
{
	struct buf *b = &r->out;
	const char *opd = p->opd ? p->opd : "";
	struct arena a;
	arena_init(&a);
	struct evaluasi_laporan l;
	struct galat g;
	galat_init(&g);
	int ada_opd = !*opd;
	for (int i = 0; i < p->m.n_opd && !ada_opd; i++)
		ada_opd = strcmp(p->m.opd[i].kode, opd) == 0;
	if (!ada_opd) {
		arena_release(&a);
		return hal_galat(r, 404, "OPD tidak dikenal untuk pemda ini.");
	}
	if (layanan_evaluasi_laporan(r->s, &p->m, p->tahun, opd, LEMBAR_WEB, &a, &l, &g)) {
		arena_release(&a);
		return hal_galat(r, 500, web_pesan(r, &g));
	}
	char judul[256];
	snprintf(judul, sizeof(judul), "Evaluasi SAKIP %s %d", p->m.pemda.nama, p->tahun);
	hal_awal_pilihan(r, judul, p);
	hal_form_pilih(r, p, "/lke", 0);
	/* The worksheet picker: the pemda's own, or one OPD's, by name. */
	html_f(b,
	       "<form class=\"pilih\" method=\"get\" action=\"/lke\"><input type=\"hidden\" "
	       "name=\"pemda\" value=\"%s\"><input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	       "<div><label for=\"opd\">Lembar kerja</label><select id=\"opd\" name=\"opd\" "
	       "data-otomatis><option value=\"semua\"%R>Pemda (evaluasi oleh KemenPANRB)</option>",
	       p->pemda, p->tahun, *opd ? "" : " selected");
	hal_opsi_opd(r, b, p->pemda, opd);
	html_f(b, "</select></div><div><button type=\"submit\">Tampilkan</button></div></form>\n");
	const char *nama_opd = *opd ? (l.opd_nama ? l.opd_nama : opd) : NULL;
	html_f(b, "<h1>Lembar kerja evaluasi SAKIP %s%R%s %d</h1>", nama_opd ? nama_opd : "",
	       nama_opd ? " — " : "", p->m.pemda.nama, p->tahun);
	if (pesan)
		html_f(b, "<p class=\"pesan %R\" role=\"status\">%s</p>", pesan_ok ? "ok" : "salah",
		       pesan);
	const struct evaluasi_lembar *e = &l.lembar;
	int hak = hak_tulis(r, opd);
	const struct kunci_tahun *kt = model_kunci(&p->m, p->tahun);
	if (kt)
		hak = 0;
	char x[32];
	html_f(b,
	       "<div class=\"kartu\" id=\"lke-ringkas\"><div><span>Nilai total</span><b "
	       "id=\"lke-total\">%s</b><small>dari 100</small></div><div><span>Predikat</span>"
	       "<b id=\"lke-predikat\">%s</b><small>skala AKIP</small></div><div><span>Dasar "
	       "nilai</span><b>%s</b><small>%s</small></div><div><span>Kerangka</span><b "
	       "class=\"kecil-b\">%s</b><small>%s</small></div></div>",
	       f2(e->hasil->total.nilai, x, sizeof(x)),
	       e->hasil->predikat ? e->hasil->predikat : "-",
	       evaluasi_sumber_nama(e->sumber) ? evaluasi_sumber_nama(e->sumber) : "belum ada",
	       e->hasil->lengkap ? "semua kriteria terjawab" : "belum semua kriteria dijawab",
	       e->k->kode, e->ada ? "" : "lembar kerja baru");
	if (kt)
		html_f(b,
		       "<p class=\"pesan salah\" id=\"kunci\">Tahun %d dikunci oleh %s: jawaban "
		       "tidak dapat diubah.</p>",
		       p->tahun, kt->oleh);
	else if (hak == 1)
		html_f(b, "<p class=\"kecil\" id=\"lke-hak\">Anda mengisi <b>penilaian mandiri</b> "
			  "OPD ini; jawaban evaluator diisi Inspektorat. Nilai memakai jawaban "
			  "evaluator bila ada, selain itu jawaban mandiri.</p>");
	else if (hak == 2)
		html_f(b, "<p class=\"kecil\" id=\"lke-hak\">Anda mengisi <b>jawaban evaluator</b> "
			  "(Inspektorat); penilaian mandiri diisi OPD.</p>");
	else if (hak == 3)
		html_f(b, "<p class=\"kecil\" id=\"lke-hak\">Sebagai admin Anda dapat mengisi "
			  "penilaian mandiri dan jawaban evaluator.</p>");
	else
		html_f(b, "<p class=\"kecil\" id=\"lke-hak\">Hanya dapat dilihat: penilaian "
			  "mandiri diisi operator OPD atau perencana, jawaban evaluator diisi "
			  "Inspektorat.</p>");
	html_f(b, "<p class=\"kecil\">Jawaban: Y/T (Ya = 1, Tidak = 0) atau A-E (A = 1; B = 0,75; "
		  "C = 0,5; D = 0,25; E = 0); sub-komponen tanpa kriteria diisi nilai langsung "
		  "0 sampai bobotnya. Bukti: tautan ke dokumen pendukung, atau berkas yang "
		  "dilampirkan (PDF, PNG, JPEG, XLSX, DOCX).</p>");
	html_f(b, "<div class=\"tabel\"><table class=\"kartu-hp lke\" id=\"lke-lembar\"><thead><tr>"
		  "<th>Kode</th><th>Komponen / kriteria</th><th class=\"a\">Bobot</th><th "
		  "class=\"a\">Nilai</th><th class=\"a\">%% bobot / sumber</th><th>Mandiri</th>"
		  "<th>Evaluator</th><th>Catatan dan bukti</th><th></th></tr></thead><tbody>\n");
	struct lembar_ctx c = {r, p, e, opd, hak, NULL, 0, 0, 0};
	struct aktor ak;
	web_aktor(r, &ak);
	struct galat gb;
	/* Refused (an operator of another OPD): the rows show no files. */
	(void)layanan_bukti_daftar_lke(r->s, &ak, p->pemda, p->tahun, opd, bukti_kumpul, &c, &gb);
	c.lampir = layanan_bukti_boleh_lke(&ak, p->pemda, opd);
	for (int i = 0; i < e->k->n; i++)
		if (e->k->butir[i].induk_i < 0)
			baris_pohon(&c, i);
	free(c.bk);
	html_f(b,
	       "<tr class=\"jumlah\"><td></td><td>Nilai total</td><td class=\"a\">100</td>"
	       "<td class=\"a\" data-label=\"Nilai total\"><b>%s</b></td><td colspan=\"5\" "
	       "data-label=\"Predikat\">%s</td></tr></tbody></table></div>",
	       f2(e->hasil->total.nilai, x, sizeof(x)),
	       e->hasil->predikat ? e->hasil->predikat : "-");
	riwayat(b, &l);
	peringkat(b, &l, p->tahun);
	rekomendasi(b, &l);
	hal_akhir(r);
	arena_release(&a);
}

void hal_lke(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	r->status = 200;
	/* Back from POST /lke/bukti: the file was stored (refusals answer with their status). */
	const char *ok = web_param(r, "ok");
	render(r, &p, ok && strcmp(ok, "bukti") == 0 ? "Bukti dukung dilampirkan." : NULL, 1);
	hal_pilihan_lepas(&p);
}

/* POST /lke?pemda=&tahun=&opd=: one criterion's row (mandiri and/or evaluator, note, evidence). */
void hal_lke_kirim(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	const char *kriteria = web_form(r, "kriteria");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	galat_init(&g);
	int st = 0, n = 0;
	const char *jenis[] = {"mandiri", "evaluator"};
	for (int j = 0; j < 2 && !st; j++) {
		const char *v = web_form(r, jenis[j]);
		if (!v)
			continue;
		/* The note and the evidence go with the first side saved. */
		struct lke_isian_masuk in = {p.pemda,
					     p.opd ? p.opd : "",
					     kriteria,
					     jenis[j],
					     p.tahun,
					     v,
					     n ? NULL : web_form(r, "catatan"),
					     n ? NULL : web_form(r, "bukti")};
		st = layanan_lke_jawab(r->s, &a, &in, &g);
		n++;
	}
	if (!n) {
		st = 400;
		galat_set(&g, "tidak ada jawaban yang dikirim");
	}
	char pesan[600];
	if (st)
		snprintf(pesan, sizeof(pesan), "%s: %s", kriteria ? kriteria : "?", g.pesan);
	else
		snprintf(pesan, sizeof(pesan), "Jawaban %s disimpan.", kriteria);
	r->status = st ? st : 200;
	render(r, &p, pesan, !st);
	if (st)
		r->status = st;
	hal_pilihan_lepas(&p);
}

/*
 * POST /lke/bukti (multipart: csrf, objek `lke:PEMDA/TAHUN/OPD/KRITERIA`,
 * berkas): attaches evidence to a criterion's answer through
 * layanan_bukti_simpan (scope, lock, size and type checks) and returns to the
 * worksheet. The CSRF token is a part of the body, checked before anything is
 * stored (web_bukti_unggah), as on /realisasi/bukti.
 */
void hal_lke_bukti(struct web_req *r)
{
	struct store_bukti b;
	const char *objek, *pesan = NULL;
	int st = web_bukti_unggah(r, &b, 1, &objek, &pesan);
	if (st)
		return hal_galat(r, st, pesan);
	struct bukti_objek o;
	struct galat g;
	if (bukti_objek_urai(objek, &o, &g) || o.jenis != BO_LKE)
		return web_alih(r, "/lke");
	struct buf u = BUF_INIT;
	buf_puts(&u, "/lke?pemda=");
	html_url_enc(&u, o.pemda);
	buf_printf(&u, "&tahun=%d&opd=", o.tahun);
	html_url_enc(&u, o.opd);
	buf_puts(&u, "&ok=bukti");
	web_alih(r, u.data);
	buf_release(&u);
}
