/*
 * The /survei page: the IKM of a survey (PermenPANRB 14/2017; siklus.md
 * "Surveys") from its respondents' answers: the index per unsur of a period
 * against the IKM (above/below the mean, Grafik 3.19), per unsur across
 * periods, the IKM per service unit across periods (Tabel 3.27) and the mutu.
 * Charts through hal_grafik (report/svg.c's layout).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/angka.h"
#include "api_evaluasi.h"
#include "hal_int.h"
#include "html.h"

static const char *f2(int ada, double v, char *out, size_t n)
{
	return ada ? angka_format(v, 2, out, n) : "–";
}

/* The colour index of a mutu (A highest = 0) for the chart, -1 none. */
static int kelas_mutu(const struct skala *mutu, const char *nama)
{
	if (!mutu || !nama)
		return -1;
	for (int i = 0; i < mutu->n; i++)
		if (strcmp(mutu->kelas[i].nama, nama) == 0)
			return mutu->n - 1 - i;
	return -1;
}

static void link_survei(struct buf *b, const char *pemda, const char *kode, const char *periode)
{
	html_f(b, "/api/survei?pemda=");
	html_url_enc(b, pemda);
	html_f(b, "&amp;survei=");
	html_url_enc(b, kode);
	html_f(b, "&amp;periode=");
	html_url_enc(b, periode);
}

void hal_survei(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct survei_data d;
	struct survei_laporan l;
	json_t *daftar = NULL;
	const char *pesan = NULL;
	int tahun = web_param(r, "tahun") && !web_param(r, "periode") ? p.tahun : 0;
	int st = api_survei_muat(r, p.pemda, web_param(r, "survei"), web_param(r, "periode"), tahun,
				 &m, &a, &d, &l, &daftar, &pesan);
	if (st == 404 && tahun && !web_param(r, "survei")) /* no period that year: the latest */
		st = api_survei_muat(r, p.pemda, NULL, NULL, 0, &m, &a, &d, &l, &daftar, &pesan);
	struct buf *b = &r->out;
	char judul[256];
	snprintf(judul, sizeof(judul), "Survei IKM %s", p.m.pemda.nama);
	r->status = 200;
	hal_awal_pilihan(r, judul, &p);
	html_f(b, "<h1>Indeks Kepuasan Masyarakat %s</h1>", p.m.pemda.nama);
	if (st) {
		html_f(b,
		       "<p class=\"pesan salah\">%s</p><p class=\"kecil\">IKM dihitung dari "
		       "jawaban responden: impor survei.csv dan survei_jawaban.csv (lihat "
		       "panduan).</p>",
		       pesan);
		goto selesai;
	}
	const struct ikm_hitung *h = &d.h;
	int nu = d.n_unsur, np = d.n_periode;
	/* The picker: survey and period. */
	html_f(b,
	       "<form class=\"pilih\" method=\"get\" action=\"/survei\"><input type=\"hidden\" "
	       "name=\"pemda\" value=\"%s\"><div><label for=\"survei\">Survei</label><select "
	       "id=\"survei\" name=\"survei\" data-otomatis>",
	       p.pemda);
	for (size_t i = 0; i < json_array_size(daftar); i++) {
		json_t *x = json_array_get(daftar, i);
		const char *kode = json_string_value(json_object_get(x, "kode"));
		html_f(b, "<option value=\"%s\"%R>%s (%s)</option>", kode,
		       strcmp(kode, d.kode) == 0 ? " selected" : "",
		       json_string_value(json_object_get(x, "uraian")), kode);
	}
	html_f(b,
	       "</select></div><div><label for=\"periode\">Periode</label><select id=\"periode\" "
	       "name=\"periode\" data-otomatis>");
	for (int i = 0; i < np; i++)
		html_f(b, "<option%R>%s</option>", i == l.ip ? " selected" : "", d.periode[i]);
	html_f(b, "</select></div><div><button type=\"submit\">Tampilkan</button></div></form>\n");

	struct ikm_unsur *un = arena_alloc(&a, sizeof(*un) * (size_t)(nu * np));
	struct ikm_hasil *hp = arena_alloc(&a, sizeof(*hp) * (size_t)np);
	for (int i = 0; i < np; i++)
		ikm_pemda(h, i, l.agregat, l.mutu, &un[(size_t)i * (size_t)nu], &hp[i]);
	const struct ikm_hasil *hi = &hp[l.ip];
	const struct ikm_unsur *ui = &un[(size_t)l.ip * (size_t)nu];
	char x[32], y[32];
	html_f(b,
	       "<h2>%s — periode %s</h2><div class=\"kartu\" id=\"ikm-ringkas\"><div><span>IKM"
	       "</span><b id=\"ikm-nilai\">%s</b><small>%s</small></div><div><span>Mutu "
	       "pelayanan</span><b id=\"ikm-mutu\">%s</b><small>%s</small></div><div><span>"
	       "Responden</span><b>%D</b><small>%d unit layanan</small></div><div><span>Unsur"
	       "</span><b>%d</b><small>dijawab %d</small></div></div>",
	       d.uraian, d.periode[l.ip], f2(hi->ada, hi->ikm, x, sizeof(x)),
	       l.agregat == IKM_RATA_UNIT ? "rata-rata IKM unit" : "semua responden digabung",
	       hi->mutu ? hi->mutu : "-",
	       ikm_mutu_kinerja(hi->mutu) ? ikm_mutu_kinerja(hi->mutu) : "", (int64_t)hi->responden,
	       hi->n_unit_ada, nu, hi->n_unsur_ada);

	/* Grafik 3.19: the index per unsur of the period, the IKM as the reference line. */
	struct dok_grafik *g = hal_grafik_baru(
	    &r->arena, GRAFIK_BATANG,
	    arena_printf(&r->arena, "Indeks per unsur, %s", d.periode[l.ip]), nu, 1);
	g->seri[0].nama = "Indeks unsur";
	g->garis_acuan = hi->ada ? hi->ikm : NAN;
	static const char *const mutu_nama[] = {"A", "B", "C", "D"};
	g->n_kelas = 4;
	g->kelas_nama = mutu_nama;
	for (int u = 0; u < nu; u++) {
		g->label[u] = d.unsur[u];
		g->seri[0].nilai[u] = ui[u].ada ? ui[u].indeks : NAN;
		g->kelas[u] =
		    ui[u].ada ? kelas_mutu(l.mutu, survei_mutu(l.mutu, 1, ui[u].indeks)) : -1;
	}
	hal_grafik(b, g);
	html_f(b,
	       "<p class=\"kecil\">Garis acuan: IKM periode ini. Unsur di atas garis bernilai di "
	       "atas rata-rata (▲), di bawah garis di bawah rata-rata (▼).</p>");

	/* Per unsur across periods, marked above/below each period's IKM. */
	html_f(b, "<h2>Nilai per unsur menurut periode</h2><div class=\"tabel\"><table "
		  "class=\"kartu-hp\" id=\"ikm-unsur\"><thead><tr><th>Unsur</th>");
	for (int i = 0; i < np; i++)
		html_f(b, "<th class=\"a\">%s<br><span class=\"kecil\">NRR / indeks</span></th>",
		       d.periode[i]);
	html_f(b, "</tr></thead><tbody>");
	for (int u = 0; u < nu; u++) {
		html_f(b, "<tr><td data-label=\"Unsur\">%s</td>", d.unsur[u]);
		for (int i = 0; i < np; i++) {
			const struct ikm_unsur *q = &un[(size_t)i * (size_t)nu + (size_t)u];
			char n4[32];
			int atas = q->ada && hp[i].ada &&
				   angka_bulat(q->indeks, 2) >= angka_bulat(hp[i].ikm, 2);
			html_f(b, "<td class=\"a\" data-label=\"%s\">", d.periode[i]);
			if (q->ada)
				html_f(
				    b,
				    "%s / %s <span class=\"%R\" title=\"%R rata-rata\">%R</span>",
				    angka_format(q->nrr, 3, n4, sizeof(n4)),
				    f2(1, q->indeks, y, sizeof(y)), atas ? "atas" : "bawah",
				    atas ? "di atas" : "di bawah", atas ? "▲" : "▼");
			else
				html_f(b, "–");
			html_f(b, "</td>");
		}
		html_f(b, "</tr>");
	}
	html_f(b, "<tr class=\"jumlah\"><td data-label=\"\">IKM (mutu)</td>");
	for (int i = 0; i < np; i++)
		html_f(b, "<td class=\"a\" data-label=\"%s\"><b>%s</b> %s</td>", d.periode[i],
		       f2(hp[i].ada, hp[i].ikm, x, sizeof(x)), hp[i].mutu ? hp[i].mutu : "");
	html_f(b, "</tr></tbody></table></div>");

	/* Tabel 3.27: the IKM per unit across periods. */
	html_f(b, "<h2>IKM per unit layanan menurut periode</h2><div class=\"tabel\"><table "
		  "class=\"kartu-hp\" id=\"ikm-unit\"><thead><tr><th>Unit layanan</th>");
	for (int i = 0; i < np; i++)
		html_f(b, "<th class=\"a\">%s</th>", d.periode[i]);
	html_f(b, "</tr></thead><tbody>");
	struct ikm_unsur *tmp = arena_alloc(&a, sizeof(*tmp) * (size_t)nu);
	for (int t = 0; t < d.n_unit; t++) {
		const char *nama = hal_nama_opd(r, p.pemda, d.unit[t]);
		html_f(b, "<tr><td data-label=\"Unit\">%s%R%s%R</td>", nama ? nama : d.unit[t],
		       nama ? " <span class=\"kecil\">(" : "", nama ? d.unit[t] : "",
		       nama ? ")</span>" : "");
		for (int i = 0; i < np; i++) {
			struct ikm_hasil hu;
			ikm_unit(h, i, t, l.mutu, tmp, &hu);
			html_f(b, "<td class=\"a\" data-label=\"%s\">%s %s%R%D%R</td>",
			       d.periode[i], f2(hu.ada, hu.ikm, x, sizeof(x)),
			       hu.ada && hu.mutu ? hu.mutu : "",
			       hu.responden ? " <span class=\"kecil\">(" : "",
			       (int64_t)hu.responden, hu.responden ? " resp.)</span>" : "");
		}
		html_f(b, "</tr>");
	}
	html_f(b, "</tbody></table></div>");

	/* The IKM across periods, the pemda and each unit (a line per unit). */
	if (np > 1) {
		int ns = 1 + (d.n_unit <= 6 ? d.n_unit : 0);
		struct dok_grafik *gl =
		    hal_grafik_baru(&r->arena, GRAFIK_GARIS, "IKM menurut periode", np, ns);
		gl->seri[0].nama = "Pemda";
		for (int i = 0; i < np; i++) {
			gl->label[i] = d.periode[i];
			gl->seri[0].nilai[i] = hp[i].ada ? hp[i].ikm : NAN;
		}
		for (int s = 1; s < ns; s++) {
			gl->seri[s].nama = d.unit[s - 1];
			for (int i = 0; i < np; i++) {
				struct ikm_hasil hu;
				ikm_unit(h, i, s - 1, l.mutu, tmp, &hu);
				gl->seri[s].nilai[i] = hu.ada ? hu.ikm : NAN;
			}
		}
		hal_grafik(b, gl);
	}
	html_f(b, "<p class=\"kecil\">NRR = jumlah nilai jawaban / jumlah jawaban (1-4, jawaban "
		  "kosong tidak dihitung); indeks = NRR × 25; IKM = rata-rata NRR unsur × 25 "
		  "(PermenPANRB 14/2017). Mutu:");
	for (int i = l.mutu ? l.mutu->n - 1 : -1; i >= 0; i--) {
		const struct skala_kelas *kl = &l.mutu->kelas[i];
		html_f(b, " %s (%s-%s)%R", kl->nama, angka_format(kl->bawah, 2, x, sizeof(x)),
		       angka_format(kl->atas, 2, y, sizeof(y)), i ? "," : ".");
	}
	html_f(b, " Angka lengkap: <a href=\"");
	link_survei(b, p.pemda, d.kode, d.periode[l.ip]);
	html_f(b, "\">JSON</a>.</p>");
selesai:
	hal_akhir(r);
	json_decref(daftar);
	arena_release(&a);
	model_release(&m);
	hal_pilihan_lepas(&p);
}
