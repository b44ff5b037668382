/*
 * The OPD page, GET /opd?pemda=&tahun=&opd=: one OPD's measurement (core/kaskade):
 * its capaian, predikat and rank, its indicators, its Renstra nodes, its PK
 * versions (the document itself is /laporan?dokumen=pk), its budget and the
 * trend of its capaian over the RPJMD period. Also the OPD ranking section of
 * the dashboard (hal_opd_peringkat). Planners get links to the planners' form
 * prefilled with a row's values.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/kaskade.h"
#include "../core/nilai.h"
#include "../core/skala.h"
#include "hal_int.h"
#include "hal_pohon.h"
#include "html.h"

/* The trend covers at most this many years (the RPJMD period, else around the year). */
#define MAKS_TAHUN 10

void hal_opd_peringkat(struct web_req *r, const struct model *m, const struct pengukuran *u)
{
	struct buf *b = &r->out;
	if (!m->n_opd)
		return;
	struct kaskade k;
	kaskade_hitung(u, &k);
	html_f(b,
	       "<section id=\"peringkat-opd\"><h2>Peringkat OPD %d</h2><p class=\"kecil\">"
	       "Capaian OPD: rata-rata capaian indikator yang menjadi tanggung jawabnya "
	       "(dibatasi seperti capaian sasaran); OPD tanpa capaian di akhir.</p>"
	       "<div class=\"tabel\"><table class=\"kartu-hp\"><thead><tr><th class=\"a\">"
	       "Peringkat</th><th>OPD</th><th class=\"a\">Indikator</th><th class=\"a\">Capaian "
	       "(%%)</th><th>Predikat</th><th class=\"a\">Serapan (%%)</th></tr></thead><tbody>",
	       u->tahun);
	const char *milik = web_peran(r, "operator") && r->u.opd[0] ? r->u.opd : NULL;
	for (int o = 0; milik && o < k.n_opd; o++) {
		if (strcmp(k.opd[o].o->kode, milik) != 0)
			continue;
		/* an operator's own OPD first, one click from its page */
		struct buf q = BUF_INIT;
		html_url_enc(&q, milik);
		html_f(b,
		       "<p id=\"opd-saya\">OPD Anda: <a "
		       "href=\"/opd?pemda=%s&amp;tahun=%d&amp;opd=%R\">"
		       "%s</a>, peringkat %R.</p>",
		       m->pemda.kode, u->tahun, q.data,
		       k.opd[o].o->nama && *k.opd[o].o->nama ? k.opd[o].o->nama : milik,
		       k.opd[o].peringkat ? arena_printf(&r->arena, "%d", k.opd[o].peringkat)
					  : "belum ada (tanpa capaian)");
		buf_release(&q);
	}
	for (int e = 0; e < k.n_opd; e++) {
		const struct kaskade_opd *o = &k.opd[k.urut[e]];
		if (!o->n_indikator && !o->pagu)
			continue; /* a unit without indicators or budget of its own */
		char c[64], s[64];
		struct buf q = BUF_INIT;
		html_url_enc(&q, o->o->kode);
		html_f(b,
		       "<tr data-kode=\"%s\"><td class=\"a\" data-label=\"Peringkat\">%R</td>"
		       "<td data-label=\"OPD\"><a href=\"/opd?pemda=%s&amp;tahun=%d&amp;opd=%R\">%s"
		       "</a></td><td class=\"a\" data-label=\"Indikator\">%d</td><td class=\"a\" "
		       "data-label=\"Capaian (%%)\">%s</td><td data-label=\"Predikat\">",
		       o->o->kode, o->peringkat ? arena_printf(&r->arena, "%d", o->peringkat) : "–",
		       m->pemda.kode, u->tahun, q.data,
		       o->o->nama && *o->o->nama ? o->o->nama : o->o->kode, o->n_indikator,
		       hal_persen(o->ada_capaian, o->capaian, c, sizeof(c)));
		hal_predikat(b, m, o->predikat);
		html_f(b, "</td><td class=\"a\" data-label=\"Serapan (%%)\">%s</td></tr>",
		       hal_persen(o->ada_serapan, o->serapan, s, sizeof(s)));
		buf_release(&q);
	}
	html_f(b, "</tbody></table></div></section>\n");
	kaskade_release(&k);
}

/* A link to the planners' form of tabel prefilled with n column=value pairs. */
static void ubah(struct web_req *r, const char *tabel, int n, const char *const *kv)
{
	if (!web_peran(r, "admin,perencana"))
		return;
	struct buf q = BUF_INIT;
	buf_printf(&q, "/rencana?tabel=%s", tabel);
	for (int i = 0; i < n; i++) {
		if (!kv[2 * i + 1])
			continue;
		buf_printf(&q, "&%s=", kv[2 * i]);
		html_url_enc(&q, kv[2 * i + 1]);
	}
	html_f(&r->out, " <a class=\"ubah\" href=\"%s\">ubah</a>", q.data);
	buf_release(&q);
}

int hal_opd_ilustratif(const struct opd *o)
{
	const char *f[] = {o->nama, o->kepala, o->nip, o->jabatan};
	for (size_t i = 0; i < sizeof(f) / sizeof(*f); i++)
		if (f[i] && strcasestr(f[i], "ilustratif"))
			return 1;
	return 0;
}

void hal_ilustratif_catat(struct buf *b)
{
	html_f(b, "<p class=\"pesan\" id=\"ilustrasi\">Contoh (ilustrasi): sebagian data perangkat "
		  "daerah ini dikarang untuk demo dan ditandai \"ilustratif\"; sumber dan tandanya "
		  "di <code>data/demo/SUMBER.md</code>.</p>");
}

/* The OPD index of kode in m, -1 when none. */
static int cari_opd(const struct model *m, const char *kode)
{
	for (int o = 0; kode && o < m->n_opd; o++)
		if (strcmp(m->opd[o].kode, kode) == 0)
			return o;
	return -1;
}

void hal_opd(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	int io = cari_opd(&p.m, p.opd);
	if (p.opd && io < 0) {
		hal_galat(r, 404, "OPD tidak dikenal di pemda ini.");
		return hal_pilihan_lepas(&p);
	}
	struct buf *b = &r->out;
	if (io < 0) {
		/* no OPD chosen: the picker */
		hal_awal_pilihan(r, "OPD", &p);
		html_f(b,
		       "<h1>Halaman OPD</h1><form class=\"pilih\" method=\"get\" action=\"/opd\">"
		       "<input type=\"hidden\" name=\"pemda\" value=\"%s\"><input type=\"hidden\" "
		       "name=\"tahun\" value=\"%d\"><div><label for=\"opd\">OPD</label><select "
		       "id=\"opd\" name=\"opd\" required>",
		       p.pemda, p.tahun);
		hal_opd_pilih(b, &p.m, NULL, "pilih OPD");
		html_f(b, "</select></div><div><button type=\"submit\">Tampilkan</button></div>"
			  "</form>");
		hal_akhir(r);
		return hal_pilihan_lepas(&p);
	}
	const struct opd *od = &p.m.opd[io];
	struct pengukuran u;
	ukur_hitung(&p.m, p.tahun, &u);
	struct kaskade k;
	kaskade_hitung(&u, &k);
	const struct kaskade_opd *ko = &k.opd[io];
	const char *nama = od->nama && *od->nama ? od->nama : od->kode;
	hal_awal_pilihan(r, nama, &p);
	hal_form_pilih(r, &p, "/opd", 0);
	struct buf qo = BUF_INIT;
	html_url_enc(&qo, od->kode);
	html_f(b, "<h1>%s <span class=\"kecil\">(%s)</span> · %d</h1><p id=\"opd-kepala\">", nama,
	       od->kode, p.tahun);
	if (od->jabatan && *od->jabatan)
		html_f(b, "%s", od->jabatan);
	if (od->kepala && *od->kepala)
		html_f(b, ": %s", od->kepala);
	if (od->nip && *od->nip)
		html_f(b, " (NIP %s)", od->nip);
	html_f(b,
	       "</p><p><a href=\"/pohon?pemda=%s&amp;tahun=%d&amp;opd=%R\">Pohon kinerja OPD</a>"
	       " · <a href=\"/opd?pemda=%s&amp;tahun=%d\">OPD lain</a>",
	       p.pemda, p.tahun, qo.data, p.pemda, p.tahun);
	{
		const char *kv[] = {"pemda", p.pemda,	"kode",	   od->kode,   "nama",	 od->nama,
				    "induk", od->induk, "jenis",   od->jenis,  "kepala", od->kepala,
				    "nip",   od->nip,	"jabatan", od->jabatan};
		ubah(r, "opd", 8, kv);
	}
	html_f(b, "</p>");
	if (hal_opd_ilustratif(od))
		hal_ilustratif_catat(b);

	/* summary */
	char c[64], x[64], y[64], z[64];
	int n_peringkat = 0;
	for (int o = 0; o < k.n_opd; o++)
		n_peringkat += k.opd[o].peringkat > 0;
	html_f(b, "<div class=\"kartu\" id=\"ringkas-opd\"><div><b>%s%R</b><span>capaian</span>",
	       hal_persen(ko->ada_capaian, ko->capaian, c, sizeof(c)), ko->ada_capaian ? " %" : "");
	hal_predikat(b, &p.m, ko->predikat);
	html_f(b, "</div><div><b>%R</b><span>peringkat dari %d OPD</span></div>",
	       ko->peringkat ? arena_printf(&r->arena, "%d", ko->peringkat) : "–", n_peringkat);
	html_f(b,
	       "<div><b>%d</b><span>indikator; %d belum ada data, %d tidak dapat dihitung</span>"
	       "</div><div><b>%s%R</b><span>serapan anggaran</span></div></div>"
	       "<p id=\"anggaran-opd\">Anggaran %d: realisasi Rp %s dari pagu Rp %s.</p>",
	       ko->n_indikator, ko->belum_ada_data, ko->tidak_dapat_dihitung,
	       hal_persen(ko->ada_serapan, ko->serapan, x, sizeof(x)), ko->ada_serapan ? " %" : "",
	       p.tahun, angka_format_rp(ko->realisasi_anggaran, y, sizeof(y)),
	       angka_format_rp(ko->pagu, z, sizeof(z)));

	/* indicators */
	html_f(b, "<h2>Indikator</h2><div class=\"tabel\"><table class=\"kartu-hp\" "
		  "id=\"indikator-opd\"><thead><tr><th>Kode</th><th>Indikator</th><th>Simpul</th>"
		  "<th class=\"a\">Target</th><th class=\"a\">Realisasi</th><th class=\"a\">"
		  "Capaian (%%)</th><th>Predikat</th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_indikator; i++) {
		const struct ukur_indikator *ui = &u.indikator[i];
		const char *oi = kaskade_opd_indikator(&p.m, ui->ind);
		if (!oi || strcmp(oi, od->kode) != 0)
			continue;
		char t[64], rv[64], ci[64];
		html_f(
		    b,
		    "<tr data-kode=\"%s\"><td data-label=\"Kode\">%s</td><td data-label=\"Indikator"
		    "\">%s",
		    ui->ind->kode, ui->ind->kode, ui->ind->uraian);
		{
			char bobot[64];
			const char *kv[] = {
			    "pemda",
			    p.pemda,
			    "kode",
			    ui->ind->kode,
			    "induk",
			    ui->ind->induk,
			    "uraian",
			    ui->ind->uraian,
			    "satuan",
			    ui->ind->satuan,
			    "arah",
			    model_arah_nama(ui->ind->arah),
			    "skala",
			    ui->ind->skala,
			    "opd",
			    ui->ind->opd,
			    "agregasi",
			    model_agregasi_nama(ui->ind->agregasi),
			    "bobot",
			    ui->ind->bobot > 0 && ui->ind->bobot != 1
				? angka_format_kanonik(ui->ind->bobot, bobot, sizeof(bobot))
				: NULL};
			ubah(r, "indikator", 10, kv);
		}
		html_f(
		    b,
		    "</td><td data-label=\"Simpul\">%s</td><td class=\"a\" data-label=\"Target\">"
		    "%s</td><td class=\"a\" data-label=\"Realisasi\">%s</td><td class=\"a\" "
		    "data-label=\"Capaian (%%)\">%s</td><td data-label=\"Predikat\">",
		    ui->ind->induk ? ui->ind->induk : "",
		    ui->target ? nilai_tampil(&ui->target->nilai, 2, t, sizeof(t)) : "–",
		    ui->realisasi.jenis ? nilai_tampil(&ui->realisasi, 2, rv, sizeof(rv)) : "–",
		    hal_persen(ui->capaian.ada, ui->capaian.nilai, ci, sizeof(ci)));
		if (ui->predikat)
			hal_predikat(b, &p.m, ui->predikat);
		else
			html_f(b, "<span class=\"pred pn\">%s</span>",
			       ukur_keadaan_nama(ukur_keadaan(ui)));
		html_f(b, "</td></tr>\n");
	}
	html_f(b, "</tbody></table></div>");

	/* nodes */
	html_f(b, "<h2>Renstra: tujuan, sasaran, program, kegiatan, sub-kegiatan</h2>"
		  "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"simpul-opd\"><thead><tr>"
		  "<th>Tingkat</th><th>Kode</th><th>Uraian</th><th class=\"a\">Capaian (%%)</th>"
		  "<th>Predikat</th><th class=\"a\">Pagu (Rp)</th><th class=\"a\">Realisasi (Rp)"
		  "</th><th class=\"a\">Serapan (%%)</th></tr></thead><tbody>\n");
	for (int i = 0; i < k.n_simpul; i++) {
		const struct kaskade_simpul *s = &k.simpul[i];
		if (!RENCANA_KASKADE(s->r->jenis) || !s->opd || strcmp(s->opd, od->kode) != 0)
			continue;
		char cs[64], pg[64], rl[64], sp[64];
		html_f(
		    b,
		    "<tr data-kode=\"%s\"><td data-label=\"Tingkat\">%s</td><td data-label=\"Kode"
		    "\">%s</td><td data-label=\"Uraian\">%s",
		    s->r->kode, hal_pohon_jenis(s->r->jenis), s->r->kode, s->r->uraian);
		{
			const char *kv[] = {
			    "pemda",  p.pemda,	    "jenis", model_rencana_nama(s->r->jenis),
			    "kode",   s->r->kode,   "induk", s->r->induk,
			    "uraian", s->r->uraian, "opd",   s->r->opd};
			ubah(r, "rencana", 6, kv);
		}
		html_f(b,
		       "</td><td class=\"a\" data-label=\"Capaian (%%)\">%s</td><td data-label="
		       "\"Predikat\">",
		       hal_persen(s->ada_capaian, s->capaian, cs, sizeof(cs)));
		hal_predikat(b, &p.m, s->predikat);
		html_f(b,
		       "</td><td class=\"a\" data-label=\"Pagu (Rp)\">%s</td><td class=\"a\" "
		       "data-label=\"Realisasi (Rp)\">%s</td><td class=\"a\" data-label=\"Serapan "
		       "(%%)\">%s</td></tr>\n",
		       s->pagu ? angka_format_rp(s->pagu, pg, sizeof(pg)) : "–",
		       s->pagu ? angka_format_rp(s->realisasi_anggaran, rl, sizeof(rl)) : "–",
		       hal_persen(s->ada_serapan, s->serapan, sp, sizeof(sp)));
	}
	html_f(b, "</tbody></table></div>");
	if (web_peran(r, "admin,perencana")) {
		struct buf q = BUF_INIT;
		html_url_enc(&q, p.pemda);
		html_f(
		    b,
		    "<p><a href=\"/rencana?tabel=rencana&amp;pemda=%R&amp;opd=%R\">Tambah simpul "
		    "Renstra</a> · <a href=\"/rencana?tabel=indikator&amp;pemda=%R&amp;opd=%R\">"
		    "Tambah indikator</a></p>",
		    q.data, qo.data, q.data, qo.data);
		buf_release(&q);
	}

	/* PK versions; planners sign the next one (hal_pk.c) */
	html_f(b, "<h2 id=\"pk\">Perjanjian Kinerja</h2>");
	hal_pk_konfirmasi(r, &p.m, p.tahun, od->kode);
	if (web_peran(r, "admin,perencana")) {
		struct buf q = BUF_INIT;
		html_url_enc(&q, p.pemda);
		html_f(b,
		       "<p><a class=\"tombol\" id=\"pk-tanda\" href=\"/pk?pemda=%R&amp;tahun=%d&amp;"
		       "opd=%R\">Tandatangani PK %d (versi baru)</a> <span class=\"kecil\">dari "
		       "target indikator OPD ini saat ini</span></p>",
		       q.data, p.tahun, qo.data, p.tahun);
		buf_release(&q);
	}
	html_f(b, "<div class=\"tabel\"><table class=\"kartu-hp\" "
		  "id=\"pk-opd\"><thead><tr><th>Tahun</th><th>Versi</th><th>Nomor</th><th>Tanggal"
		  "</th><th>Pihak pertama</th><th>Pihak kedua</th><th>Indikator</th><th>Dokumen"
		  "</th></tr></thead><tbody>\n");
	int n_pk = 0;
	struct buf qpd = BUF_INIT;
	html_url_enc(&qpd, p.pemda);
	for (int i = 0; i < p.m.n_pk; i++) {
		const struct pk *v = &p.m.pk[i];
		if (!v->opd || strcmp(v->opd, od->kode) != 0)
			continue;
		n_pk++;
		const char *dok = arena_printf(&r->arena,
					       "/laporan?pemda=%s&amp;tahun=%d&amp;dokumen=pk&amp;"
					       "opd=%s&amp;versi=%d&amp;format=",
					       qpd.data, v->tahun, qo.data, v->versi);
		html_f(b,
		       "<tr data-tahun=\"%d\" data-versi=\"%d\"><td data-label=\"Tahun\">%d</td>"
		       "<td data-label=\"Versi\">%d%R</td><td data-label=\"Nomor\">%s</td>"
		       "<td data-label=\"Tanggal\">%s</td><td data-label=\"Pihak pertama\">%s</td>"
		       "<td data-label=\"Pihak kedua\">%s</td><td class=\"a\" data-label="
		       "\"Indikator\">%d</td><td data-label=\"Dokumen\"><a href=\"%Rpdf\">PDF</a> · "
		       "<a href=\"%Rhtml\">HTML</a></td></tr>\n",
		       v->tahun, v->versi, v->tahun, v->versi, v->versi > 1 ? " (perubahan)" : "",
		       v->nomor ? v->nomor : "", v->tanggal ? v->tanggal : "",
		       v->pihak_pertama ? v->pihak_pertama : "",
		       v->pihak_kedua ? v->pihak_kedua : "", v->n_isi, dok, dok);
	}
	if (!n_pk)
		html_f(b, "<tr><td colspan=\"8\">Belum ada PK untuk OPD ini.</td></tr>");
	buf_release(&qpd);
	html_f(b, "</tbody></table></div>");

	/* trend: the OPD's capaian per year */
	int a = p.m.pemda.periode_awal, z2 = p.m.pemda.periode_akhir;
	if (!a || !z2 || z2 < a || z2 - a >= MAKS_TAHUN)
		a = z2 = p.tahun;
	int n = z2 - a + 1;
	struct dok_grafik *g =
	    hal_grafik_baru(&r->arena, GRAFIK_GARIS, "Capaian OPD per tahun (%)", n, 1);
	g->seri[0].nama = "Capaian (%)";
	g->garis_acuan = 100;
	html_f(b, "<h2>Tren capaian</h2>");
	struct buf tabel = BUF_INIT;
	html_f(&tabel, "<div class=\"tabel\"><table id=\"tren-opd\"><thead><tr><th>Tahun</th>"
		       "<th class=\"a\">Capaian (%%)</th><th>Predikat</th><th class=\"a\">Serapan "
		       "(%%)</th></tr></thead><tbody>");
	for (int t = a; t <= z2; t++) {
		struct pengukuran ut;
		ukur_hitung(&p.m, t, &ut);
		struct kaskade kt;
		kaskade_hitung(&ut, &kt);
		const struct kaskade_opd *o = &kt.opd[io];
		g->label[t - a] = arena_printf(&r->arena, "%d", t);
		g->seri[0].nilai[t - a] = o->ada_capaian ? o->capaian : NAN;
		char ct[64], st[64];
		html_f(&tabel, "<tr><td>%d</td><td class=\"a\">%s</td><td>", t,
		       hal_persen(o->ada_capaian, o->capaian, ct, sizeof(ct)));
		hal_predikat(&tabel, &p.m, o->predikat);
		html_f(&tabel, "</td><td class=\"a\">%s</td></tr>",
		       hal_persen(o->ada_serapan, o->serapan, st, sizeof(st)));
		kaskade_release(&kt);
		ukur_release(&ut);
	}
	if (n > 1)
		hal_grafik(b, g);
	html_f(&tabel, "</tbody></table></div>");
	buf_append(b, tabel.data, tabel.len);
	buf_release(&tabel);
	buf_release(&qo);
	hal_akhir(r);
	kaskade_release(&k);
	ukur_release(&u);
	hal_pilihan_lepas(&p);
}
