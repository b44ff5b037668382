/*
 * The dashboard: the measurement of a pemda-year at a glance.
 */
#include <math.h>
#include <string.h>

#include "../core/skala.h"
#include "../layanan/usulan.h"
#include "html.h"
#include "hal_int.h"

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

void hal_dasbor(struct web_req *r)
{
	if (strcmp(r->path, "/") == 0)
		return web_alih(r, "/dasbor");
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	struct pengukuran u;
	ukur_hitung(&p.m, p.tahun, &u);
	struct buf *b = &r->out;
	char judul[256], x[64], y[64], z[64];
	snprintf(judul, sizeof(judul), "Dasbor %s %d", p.m.pemda.nama, p.tahun);
	hal_awal(r, judul);
	hal_form_pilih(r, &p, "/dasbor", 0);
	html_f(b, "<h1>Capaian Kinerja %s Tahun %d</h1>", p.m.pemda.nama, p.tahun);
	html_f(b, "<div class=\"kartu\" id=\"ringkasan\">");
	for (int i = 0; i < p.m.pemda.predikat.n; i++)
		html_f(b, "<div><b>%d</b><span class=\"pred %s\">%s</span></div>",
		       u.jumlah_predikat[i],
		       hal_kelas_predikat(&p.m, p.m.pemda.predikat.kelas[i].nama),
		       p.m.pemda.predikat.kelas[i].nama);
	html_f(b,
	       "<div><b>%d</b><span class=\"pred pn\">%s</span></div>"
	       "<div><b>%d</b><span class=\"pred pn\">%s</span></div>",
	       u.belum_ada_data, ukur_keadaan_nama(UKUR_BELUM_ADA_DATA), u.tidak_dapat_dihitung,
	       ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG));
	html_f(b, "<div><b>%s%%</b><span>serapan anggaran<br>Rp %s dari Rp %s</span></div></div>",
	       hal_persen(u.ada_serapan, u.serapan, x, sizeof(x)),
	       angka_format_rp(u.realisasi_anggaran, y, sizeof(y)),
	       angka_format_rp(u.pagu, z, sizeof(z)));

	html_f(b, "<p class=\"unduh\">Unduh Laporan Kinerja (LKjIP) %d: ", p.tahun);
	static const char *const format[] = {"pdf", "html", "xlsx", "csv"};
	for (int i = 0; i < 4; i++)
		html_f(b, "%s<a href=\"/laporan?pemda=%s&amp;tahun=%d&amp;format=%s\">%s</a>",
		       i ? " · " : "", p.m.pemda.kode, p.tahun, format[i], format[i]);
	html_f(b, "</p>");

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

	html_f(b, "<h2>Tujuan dan sasaran</h2><div class=\"tabel\"><table><thead><tr><th>Kode"
		  "</th><th>Uraian</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
		  "<th class=\"a\">Thd. target akhir (%%)</th><th class=\"a\">Pagu (Rp)</th>"
		  "<th class=\"a\">Realisasi (Rp)</th><th class=\"a\">Serapan (%%)</th>"
		  "<th class=\"a\">Efisiensi</th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_tujuan; i++) {
		sel_agregat(b, &p.m, &u.tujuan[i], "Tujuan");
		for (int k = 0; k < u.n_sasaran; k++)
			if (u.sasaran[k].r->induk &&
			    strcmp(u.sasaran[k].r->induk, u.tujuan[i].r->kode) == 0)
				sel_agregat(b, &p.m, &u.sasaran[k], "Sasaran");
	}
	html_f(b, "</tbody></table></div>");

	html_f(b, "<h2>Indikator</h2><div class=\"tabel\"><table id=\"indikator\"><thead><tr>"
		  "<th>Kode</th><th>Indikator</th><th>Satuan</th><th class=\"a\">Target</th>"
		  "<th class=\"a\">Realisasi</th><th class=\"a\">Capaian (%%)</th><th>Predikat</th>"
		  "<th>OPD</th></tr></thead><tbody>\n");
	for (int i = 0; i < u.n_indikator; i++) {
		const struct ukur_indikator *ui = &u.indikator[i];
		char t[64], rv[64], c[64];
		struct buf link = BUF_INIT;
		buf_puts(&link, "/indikator?pemda=");
		html_url_enc(&link, p.pemda);
		buf_puts(&link, "&kode=");
		html_url_enc(&link, ui->ind->kode);
		buf_printf(&link, "&tahun=%d", p.tahun);
		html_f(b,
		       "<tr data-kode=\"%s\"><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td>"
		       "<td class=\"a\">%s</td><td class=\"a\">%s%R</td>"
		       "<td class=\"a capaian\">%s</td><td class=\"predikat\">",
		       ui->ind->kode, link.data, ui->ind->kode, ui->ind->uraian, ui->ind->satuan,
		       ui->target ? nilai_tampil(&ui->target->nilai, 2, t, sizeof(t)) : "–",
		       ui->realisasi.jenis ? nilai_tampil(&ui->realisasi, 2, rv, sizeof(rv)) : "–",
		       ui->dari_triwulan ? " <span class=\"kecil\">(tw)</span>" : "",
		       hal_persen(ui->capaian.ada, ui->capaian.nilai, c, sizeof(c)));
		if (ui->predikat)
			hal_predikat(b, &p.m, ui->predikat);
		else
			html_f(b, "<span class=\"pred pn\" title=\"%s\">%s</span>",
			       ui->capaian.catatan ? ui->capaian.catatan : "",
			       ukur_keadaan_nama(ukur_keadaan(ui)));
		html_f(b, "</td><td>%s</td></tr>\n", ui->ind->opd ? ui->ind->opd : "");
		buf_release(&link);
	}
	html_f(b, "</tbody></table></div>");
	hal_akhir(r);
	ukur_release(&u);
	hal_pilihan_lepas(&p);
}
