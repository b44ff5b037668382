/*
 * The dashboard: the measurement of a pemda-year at a glance.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/capaian.h"
#include "../core/nilai.h"
#include "../core/skala.h"
#include "../core/ukur.h"
#include "../layanan/usulan.h"
#include "html.h"
#include "hal_int.h"
#include "hal_pohon.h"

/* ---- dashboard ---- */

static void sel_agregat(struct buf *b, const struct model *m, const struct ukur_agregat *a,
			const char *jenis)
{
	char c[64], ca[64], pg[64], rl[64], sp[64], ef[64];
	html_f(b, "<tr class=\"%R\"><td>%s %s</td><td>%s</td><td class=\"a\">%s</td><td>",
	       jenis[0] == 'T' ? "agregat" : "", jenis, a->r->kode, a->r->uraian,
	       hal_persen(a->ada_capaian, a->capaian, c, sizeof(c)));
	hal_predikat(b, m, a->predikat);
	html_f(b,
	       "</td><td class=\"a\">%s</td><td class=\"a\">%s</td><td class=\"a\">%s</td>"
	       "<td class=\"a\">%s</td><td class=\"a\">%s</td></tr>\n",
	       hal_persen(a->ada_capaian_akhir, a->capaian_akhir, ca, sizeof(ca)),
	       a->ada_anggaran ? angka_format_rp(a->pagu, pg, sizeof(pg)) : "–",
	       a->ada_anggaran ? angka_format_rp(a->realisasi_anggaran, rl, sizeof(rl)) : "–",
	       hal_persen(a->ada_serapan, a->serapan, sp, sizeof(sp)),
	       hal_persen(a->ada_efisiensi, a->efisiensi, ef, sizeof(ef)));
}

/* The year's target is not reached by the indicator's arah, whatever its predikat. */
static int di_bawah_target(const struct ukur_indikator *ui)
{
	return capaian_tercapai(&ui->capaian) == 0;
}

/*
 * "2 indikator atau 40 %" per predikat, as the LKjIP's Bab IV counts the IKU:
 * the indicators of the sasaran (sasaran = 1) or of the tujuan (sasaran = 0).
 */
static void hitung_kelompok(struct buf *b, const struct pengukuran *u, const struct model *m,
			    int sasaran, const char *id, const char *judul, const char *ket)
{
	int n = 0, bawah = 0, belum = 0, tdh = 0;
	int *per = xcalloc((size_t)m->pemda.predikat.n + 1, sizeof(int));
	for (int i = 0; i < u->n_indikator; i++) {
		const struct ukur_indikator *ui = &u->indikator[i];
		if (ui->sasaran != sasaran)
			continue;
		if (!sasaran && !(ui->ind->induk && model_rencana(m, ui->ind->induk) &&
				  model_rencana(m, ui->ind->induk)->jenis == RENCANA_TUJUAN))
			continue;
		n++;
		bawah += di_bawah_target(ui);
		enum ukur_keadaan k = ukur_keadaan(ui);
		belum += k == UKUR_BELUM_ADA_DATA;
		tdh += k == UKUR_TIDAK_DAPAT_DIHITUNG;
		for (int c = 0; ui->predikat && c < m->pemda.predikat.n; c++)
			if (strcmp(ui->predikat, m->pemda.predikat.kelas[c].nama) == 0)
				per[c]++;
	}
	if (!n && !sasaran) {
		free(per);
		return;
	}
	char x[32];
	html_f(
	    b,
	    "<section class=\"hitung\" id=\"%s\"><h2>%s: %d indikator</h2><p class=\"kecil\">%s</p>"
	    "<div class=\"kartu\">",
	    id, judul, n, ket);
	for (int c = 0; c < m->pemda.predikat.n; c++)
		html_f(b,
		       "<div><b>%d</b><span class=\"pred %s\">%s</span><small>%s %%</small></div>",
		       per[c], hal_kelas_predikat(m, m->pemda.predikat.kelas[c].nama),
		       m->pemda.predikat.kelas[c].nama,
		       angka_format(n ? 100.0 * per[c] / n : 0, 0, x, sizeof(x)));
	html_f(b, "<div><b>%d</b><span class=\"pred pn\">%s</span><small>%s %%</small></div>",
	       belum, ukur_keadaan_nama(UKUR_BELUM_ADA_DATA),
	       angka_format(n ? 100.0 * belum / n : 0, 0, x, sizeof(x)));
	html_f(b, "<div><b>%d</b><span class=\"pred pn\">%s</span><small>%s %%</small></div>", tdh,
	       ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG),
	       angka_format(n ? 100.0 * tdh / n : 0, 0, x, sizeof(x)));
	html_f(b, "</div><p class=\"kalimat\">");
	/* the sentence of the LKjIP's Bab IV: "2 indikator atau 40 % Sangat Tinggi; ..." */
	int pertama = 1;
	for (int c = 0; c <= m->pemda.predikat.n + 1; c++) {
		int v = c < m->pemda.predikat.n ? per[c] : c == m->pemda.predikat.n ? belum : tdh;
		const char *nm = c < m->pemda.predikat.n ? m->pemda.predikat.kelas[c].nama
				 : c == m->pemda.predikat.n
				     ? ukur_keadaan_nama(UKUR_BELUM_ADA_DATA)
				     : ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG);
		if (!v)
			continue;
		html_f(b, "%R%d indikator atau %s %% %s", pertama ? "" : "; ", v,
		       angka_format(100.0 * v / n, 0, x, sizeof(x)), nm);
		pertama = 0;
	}
	html_f(b,
	       ".</p><p class=\"bawah\"><span class=\"tanda-bawah\">&#9660;</span> <b>%d "
	       "indikator atau %s %%</b> belum mencapai target tahun ini menurut arah "
	       "indikatornya, apa pun predikatnya.</p></section>\n",
	       bawah, angka_format(n ? 100.0 * bawah / n : 0, 0, x, sizeof(x)));
	free(per);
}

/*
 * Quarterly progress of the year: per quarter the realisasi, the target it is
 * measured against (the quarter's own, else the year's) and capaian; whether the
 * year's target is on track (ukur_triwulan_jalur_dari: the latest quarter measured).
 */
static void triwulanan(struct web_req *r, const struct pilihan *p, const struct pengukuran *u)
{
	struct buf *b = &r->out;
	html_f(b, "<h2 id=\"triwulan\">Perkembangan triwulanan %d</h2>", p->tahun);
	int n = 0, jalur = 0, lepas = 0;
	int *jalur_ind = arena_alloc(&r->arena, (size_t)(u->n_indikator + 1) * sizeof(int));
	for (int i = 0; i < u->n_indikator; i++) {
		const struct ukur_indikator *ui = &u->indikator[i];
		jalur_ind[i] = -1;
		if (p->opd && (!ui->ind->opd || strcmp(ui->ind->opd, p->opd) != 0))
			continue;
		int j = jalur_ind[i] = ukur_triwulan_jalur_dari(ui->tw, ui->n_tw, NULL);
		if (j < 0)
			continue;
		n++;
		jalur += j == 1;
		lepas += j == 0;
	}
	if (!n) {
		html_f(b,
		       "<p class=\"kecil\" id=\"triwulan-kosong\">Belum ada realisasi triwulanan "
		       "tahun %d yang dapat dihitung. Realisasi triwulan I–IV diisi di halaman "
		       "Realisasi (pilih Periode); target triwulan di halaman Rencana aksi.</p>",
		       p->tahun);
		return;
	}
	char x[32];
	html_f(b,
	       "<p class=\"kalimat\" id=\"jalur-ringkas\"><b>%d indikator atau %s %%</b> sesuai "
	       "jalur target tahun %d; <b>%d indikator</b> belum (dari %d indikator yang sudah "
	       "diukur per triwulan).</p><p class=\"kecil\">Tiap triwulan: capaian, lalu "
	       "<small>realisasi / target</small>; targetnya target triwulan itu sendiri (rencana "
	       "aksi, ditandai <sup>TW</sup>) atau target tahunan bila triwulan tidak punya target "
	       "sendiri. <i>Sesuai jalur</i>: triwulan "
	       "terakhir yang terukur sudah mencapai targetnya menurut arah indikator.</p>"
	       "<details class=\"rinci\" id=\"rinci-triwulan\"><summary>Rincian per indikator (%d)"
	       "</summary>",
	       jalur, angka_format(100.0 * jalur / n, 0, x, sizeof(x)), p->tahun, lepas, n, n);
	hal_triwulan_kepala(r, p->tahun, "tabel-triwulan");
	for (int i = 0; i < u->n_indikator; i++) {
		const struct ukur_indikator *ui = &u->indikator[i];
		if (p->opd && (!ui->ind->opd || strcmp(ui->ind->opd, p->opd) != 0))
			continue;
		if (jalur_ind[i] >= 0)
			hal_triwulan_baris(r, ui, p->tahun);
	}
	html_f(b, "</tbody></table></div></details>");
}

/*
 * Capaian per sasaran across the years of the RPJMD period up to the year shown:
 * one measurement per year (ukur_hitung), a line per sasaran and the same values
 * as a table (the chart's legend gives only codes).
 */
static void tren_sasaran(struct web_req *r, const struct pilihan *p, const struct pengukuran *kini)
{
	struct buf *b = &r->out;
	int awal = p->m.pemda.periode_awal, akhir = p->tahun;
	if (awal <= 0 || awal > akhir || akhir - awal > 20 || !kini->n_sasaran)
		return;
	int n = akhir - awal + 1, ns = kini->n_sasaran;
	struct dok_grafik *g = hal_grafik_baru(&r->arena, GRAFIK_GARIS,
					       "Capaian per sasaran per tahun (%)", n, ns);
	g->satuan = "%";
	int ada = 0;
	for (int t = 0; t < n; t++) {
		g->label[t] = arena_printf(&r->arena, "%d", awal + t);
		struct pengukuran u;
		const struct pengukuran *pu = kini;
		if (awal + t != p->tahun) {
			ukur_hitung(&p->m, awal + t, &u);
			pu = &u;
		}
		for (int s = 0; s < ns; s++) {
			const struct ukur_agregat *a = ukur_sasaran(pu, kini->sasaran[s].r->kode);
			if (a && a->ada_capaian) {
				g->seri[s].nilai[t] = a->capaian;
				ada++;
			}
		}
		if (pu != kini)
			ukur_release(&u);
	}
	html_f(b, "<h2 id=\"tren\">Tren capaian sasaran %d–%d</h2>", awal, akhir);
	if (!ada) {
		html_f(b, "<p class=\"kecil\">Belum ada capaian sasaran pada tahun-tahun periode "
			  "ini.</p>");
		return;
	}
	for (int s = 0; s < ns; s++) {
		g->seri[s].nama = kini->sasaran[s].r->kode;
		g->seri[s].putus = s >= 8; /* the palette has 8 colours: dashed after them */
	}
	hal_grafik(b, g);
	html_f(b, "<p class=\"kecil\">Capaian sasaran: rata-rata capaian indikatornya pada "
		  "tahun itu; kosong (–) bila tahun itu belum ada realisasi.</p><div "
		  "class=\"tabel\"><table class=\"kartu-hp\" id=\"tabel-tren\"><thead><tr>"
		  "<th>Sasaran</th>");
	for (int t = 0; t < n; t++)
		html_f(b, "<th class=\"a\">%d</th>", awal + t);
	html_f(b, "</tr></thead><tbody>\n");
	for (int s = 0; s < ns; s++) {
		const struct rencana *rs = kini->sasaran[s].r;
		html_f(b, "<tr data-kode=\"%s\"><td data-label=\"Sasaran\">%s %s</td>", rs->kode,
		       rs->kode, rs->uraian);
		for (int t = 0; t < n; t++) {
			char c[64], th[16];
			double v = g->seri[s].nilai[t];
			snprintf(th, sizeof(th), "%d", awal + t);
			html_f(b, "<td class=\"a\" data-label=\"%s\">%s</td>", th,
			       hal_persen(!isnan(v), v, c, sizeof(c)));
		}
		html_f(b, "</tr>\n");
	}
	html_f(b, "</tbody></table></div>");
}

void hal_dasbor(struct web_req *r)
{
	if (strcmp(r->path, "/") == 0) {
		/* keep the pemda and year asked for */
		struct buf u = BUF_INIT;
		buf_puts(&u, "/dasbor");
		const char *pd = web_param(r, "pemda"), *th = web_param(r, "tahun");
		if (pd) {
			buf_puts(&u, "?pemda=");
			html_url_enc(&u, pd);
		}
		if (th) {
			buf_puts(&u, pd ? "&tahun=" : "?tahun=");
			html_url_enc(&u, th);
		}
		web_alih(r, u.data);
		buf_release(&u);
		return;
	}
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	struct pengukuran u;
	ukur_hitung(&p.m, p.tahun, &u);
	struct buf *b = &r->out;
	char judul[256], x[64], y[64], z[64];
	snprintf(judul, sizeof(judul), "Dasbor %s %d", p.m.pemda.nama, p.tahun);
	hal_awal_pilihan(r, judul, &p);
	hal_form_pilih(r, &p, "/dasbor", 0);
	html_f(b, "<h1>Capaian Kinerja %s Tahun %d</h1>", p.m.pemda.nama, p.tahun);
	hal_kunci_spanduk(r, p.pemda, p.tahun);
	int n_tujuan_ind = 0;
	for (int i = 0; i < u.n_indikator; i++)
		n_tujuan_ind += !u.indikator[i].sasaran;
	const char *ket_s = arena_printf(
	    &r->arena,
	    "Hitungan di bawah mencakup indikator sasaran saja, seperti ringkasan LKjIP%s. "
	    "Predikat menurut capaian; \"belum ada data\": realisasi belum diisi; \"tidak dapat "
	    "dihitung\": realisasi ada tetapi capaian tidak dapat dihitung (mis. target kosong).",
	    n_tujuan_ind ? "; indikator tujuan (IKU tujuan) dihitung terpisah" : "");
	hitung_kelompok(b, &u, &p.m, 1, "ringkasan", "Indikator sasaran", ket_s);
	hitung_kelompok(b, &u, &p.m, 0, "ringkasan-tujuan", "Indikator tujuan (IKU tujuan)",
			"Indikator yang melekat pada tujuan, dihitung seperti Bab IV LKjIP "
			"(mis. \"2 indikator atau 40 %\").");
	html_f(b,
	       "<div class=\"kartu\" id=\"anggaran\"><div><b>%s%%</b><span>serapan anggaran "
	       "%d<br>Rp %s dari Rp %s</span></div></div>",
	       hal_persen(u.ada_serapan, u.serapan, x, sizeof(x)), p.tahun,
	       angka_format_rp(u.realisasi_anggaran, y, sizeof(y)),
	       angka_format_rp(u.pagu, z, sizeof(z)));

	html_f(b, "<p class=\"unduh\">Unduh Laporan Kinerja (LKjIP) %d: ", p.tahun);
	static const char *const format[] = {"pdf", "html", "xlsx", "csv"};
	for (int i = 0; i < 4; i++)
		html_f(b, "%s<a href=\"/laporan?pemda=%s&amp;tahun=%d&amp;format=%s\">%s</a>",
		       i ? " · " : "", p.m.pemda.kode, p.tahun, format[i], format[i]);
	html_f(b, " · <a href=\"/laporan?pemda=%s&amp;tahun=%d\">semua unduhan (LKj OPD, "
		  "Perjanjian Kinerja)</a></p>", p.m.pemda.kode, p.tahun);

	html_f(b, "<h2>Capaian per sasaran</h2>");
	struct dok_grafik *g =
	    hal_grafik_baru(&r->arena, GRAFIK_BATANG, "Capaian per sasaran (%)", u.n_sasaran, 1);
	g->seri[0].nama = "Capaian (%)";
	g->garis_acuan = 100;
	g->n_kelas = p.m.pemda.predikat.n;
	const char **kelas_nama = arena_alloc(&r->arena, (size_t)(g->n_kelas + 1) * sizeof(char *));
	for (int i = 0; i < g->n_kelas; i++)
		kelas_nama[i] = p.m.pemda.predikat.kelas[i].nama;
	g->kelas_nama = kelas_nama;
	for (int i = 0; i < u.n_sasaran; i++) {
		const struct ukur_agregat *a = &u.sasaran[i];
		g->label[i] = arena_printf(&r->arena, "%s %s", a->r->kode, a->r->uraian);
		g->seri[0].nilai[i] = a->ada_capaian ? a->capaian : NAN;
		g->kelas[i] =
		    a->ada_capaian ? skala_predikat_indeks(&p.m.pemda.predikat, a->capaian) : -1;
	}
	hal_grafik(b, g);
	/* the chart cuts long labels to its width; the full ones are listed beside it */
	html_f(b, "<details class=\"label-grafik\"><summary>Nama lengkap sasaran pada grafik"
		  "</summary><ol>");
	for (int i = 0; i < u.n_sasaran; i++)
		html_f(b, "<li><b>%s</b> %s</li>", u.sasaran[i].r->kode, u.sasaran[i].r->uraian);
	html_f(b, "</ol></details>");

	html_f(b, "<h2>Tujuan dan sasaran</h2><div class=\"tabel\"><table class=\"kartu-hp\" "
		  "id=\"agregat\"><thead><tr><th>Kode</th><th>Uraian</th><th class=\"a\">Capaian "
		  "(%%)</th><th>Predikat</th><th class=\"a\"><abbr title=\"capaian terhadap target "
		  "akhir periode RPJMD\">Thd. target akhir</abbr> (%%)</th><th class=\"a\">Pagu "
		  "(Rp)</th><th class=\"a\">Realisasi (Rp)</th><th class=\"a\">Serapan (%%)</th>"
		  "<th class=\"a\"><abbr title=\"capaian dikurangi serapan anggaran, poin persen"
		  "\">Efisiensi</abbr></th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_tujuan; i++) {
		sel_agregat(b, &p.m, &u.tujuan[i], "Tujuan");
		for (int k = 0; k < u.n_sasaran; k++)
			if (u.sasaran[k].r->induk &&
			    strcmp(u.sasaran[k].r->induk, u.tujuan[i].r->kode) == 0)
				sel_agregat(b, &p.m, &u.sasaran[k], "Sasaran");
	}
	html_f(b,
	       "</tbody></table></div><dl class=\"keterangan\" id=\"keterangan\">"
	       "<dt>Thd. target akhir</dt><dd>capaian realisasi tahun ini terhadap target akhir "
	       "periode RPJMD (%d): seberapa jauh sasaran lima tahun sudah dicapai.</dd>"
	       "<dt>Efisiensi</dt><dd>capaian kinerja dikurangi serapan anggaran, dalam poin "
	       "persen: positif berarti kinerja tercapai dengan anggaran yang lebih sedikit; "
	       "negatif berarti anggaran terserap lebih banyak daripada kinerja yang dicapai."
	       "</dd></dl>",
	       p.m.pemda.periode_akhir);

	triwulanan(r, &p, &u);
	tren_sasaran(r, &p, &u);
	hal_opd_peringkat(r, &p.m, &u);

	html_f(b, "<h2>Indikator</h2>");
	if (p.opd) {
		const char *nama_opd = hal_nama_opd(r, p.pemda, p.opd);
		struct buf semua = BUF_INIT;
		buf_puts(&semua, "/dasbor?pemda=");
		html_url_enc(&semua, p.pemda);
		buf_printf(&semua, "&tahun=%d&opd=semua", p.tahun);
		html_f(b,
		       "<p class=\"kecil\" id=\"saring-opd\">Menampilkan indikator OPD %s (%s). "
		       "<a href=\"%s\">Tampilkan semua OPD</a></p>",
		       nama_opd ? nama_opd : p.opd, p.opd, semua.data);
		buf_release(&semua);
	}
	html_f(b, "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"indikator\"><thead><tr>"
		  "<th>Kode</th><th>Indikator</th><th>Satuan</th><th class=\"a\">Target</th>"
		  "<th class=\"a\">Realisasi</th><th class=\"a\">Capaian (%%)</th><th>Predikat · "
		  "target</th><th>OPD</th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_indikator; i++) {
		const struct ukur_indikator *ui = &u.indikator[i];
		if (p.opd && (!ui->ind->opd || strcmp(ui->ind->opd, p.opd) != 0))
			continue;
		char t[64], rv[64], c[64];
		struct buf link = BUF_INIT;
		buf_puts(&link, "/indikator?pemda=");
		html_url_enc(&link, p.pemda);
		buf_puts(&link, "&kode=");
		html_url_enc(&link, ui->ind->kode);
		buf_printf(&link, "&tahun=%d", p.tahun);
		int bawah = di_bawah_target(ui);
		html_f(b,
		       "<tr data-kode=\"%s\"%R><td data-label=\"Kode\"><a href=\"%s\">%s</a></td>"
		       "<td data-label=\"Indikator\">%s</td><td data-label=\"Satuan\">%s</td>"
		       "<td class=\"a\" data-label=\"Target\">%s</td><td class=\"a\" "
		       "data-label=\"Realisasi\">%s%R</td><td class=\"a capaian\" "
		       "data-label=\"Capaian (%%)\">%s</td><td class=\"predikat\" "
		       "data-label=\"Predikat · target\">",
		       ui->ind->kode, bawah ? " class=\"di-bawah\"" : "", link.data, ui->ind->kode,
		       ui->ind->uraian, ui->ind->satuan,
		       ui->target ? nilai_tampil(&ui->target->nilai, 2, t, sizeof(t)) : "–",
		       ui->realisasi.jenis ? nilai_tampil(&ui->realisasi, 2, rv, sizeof(rv)) : "–",
		       ui->dari_triwulan ? " <span class=\"kecil\">(dari triwulan)</span>" : "",
		       hal_persen(ui->capaian.ada, ui->capaian.nilai, c, sizeof(c)));
		if (ui->predikat)
			hal_predikat(b, &p.m, ui->predikat);
		else
			html_f(b, "<span class=\"pred pn\">%s</span>%R%s%R",
			       ukur_keadaan_nama(ukur_keadaan(ui)),
			       ui->capaian.catatan && ui->realisasi.jenis
				   ? "<br><span class=\"kecil\">"
				   : "",
			       ui->capaian.catatan && ui->realisasi.jenis ? ui->capaian.catatan
									  : "",
			       ui->capaian.catatan && ui->realisasi.jenis ? "</span>" : "");
		if (ui->capaian.ada)
			html_f(b, " <span class=\"tercapai %s\">%R</span>",
			       bawah ? "tanda-bawah" : "tanda-capai",
			       bawah ? "&#9660; belum tercapai" : "&#10003; tercapai");
		const char *nama_opd = ui->ind->opd ? hal_nama_opd(r, p.pemda, ui->ind->opd) : NULL;
		html_f(b, "</td><td data-label=\"OPD\">%s</td></tr>\n",
		       nama_opd	      ? nama_opd
		       : ui->ind->opd ? ui->ind->opd
				      : "");
		buf_release(&link);
	}
	html_f(b,
	       "</tbody></table></div><p class=\"kecil\"><span class=\"tanda-capai\">&#10003; "
	       "tercapai</span> / <span class=\"tanda-bawah\">&#9660; belum tercapai</span>: "
	       "realisasi tahun %d sudah / belum mencapai targetnya menurut arah indikator "
	       "(naik: realisasi paling sedikit target; turun: paling banyak target; rentang: di "
	       "dalam rentang), apa pun predikatnya; predikat Sangat Tinggi pun bisa belum "
	       "mencapai target.</p>",
	       p.tahun);
	hal_akhir(r);
	ukur_release(&u);
	hal_pilihan_lepas(&p);
}
