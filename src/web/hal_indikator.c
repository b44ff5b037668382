/*
 * One indicator over the plan period, with its comparison regions.
 */
#include <string.h>

#include "../core/skala.h"
#include "../layanan/usulan.h"
#include "html.h"
#include "hal_int.h"

/* ---- indicator detail ---- */

void hal_indikator(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	const char *kode = web_param(r, "kode");
	const struct indikator *ind = kode ? model_indikator(&p.m, kode) : NULL;
	if (!ind) {
		hal_galat(r, 404, "Indikator tidak dikenal.");
		return hal_pilihan_lepas(&p);
	}
	int a = p.m.pemda.periode_awal, z = p.m.pemda.periode_akhir;
	if (!a || !z || z < a || z - a > 30)
		a = z = p.tahun;
	int n = z - a + 1;
	int *tahun = xcalloc((size_t)n, sizeof(int));
	/* series: target, realisasi, then up to two comparison regions */
	const char *wilayah[2] = {NULL, NULL};
	int nw = 0;
	for (int i = 0; i < p.m.n_pembanding && nw < 2; i++) {
		const struct pembanding *pb = &p.m.pembanding[i];
		if (strcmp(pb->indikator, ind->kode) != 0)
			continue;
		if ((nw > 0 && strcmp(wilayah[0], pb->wilayah) == 0))
			continue;
		wilayah[nw++] = pb->wilayah;
	}
	int ns = 2 + nw;
	/* comparison regions by name ("Provinsi Banten", "Nasional"), never bare codes */
	const char *nama_w[2] = {NULL, NULL};
	for (int w = 0; w < nw; w++)
		nama_w[w] = hal_nama_wilayah(r, wilayah[w]);
	double *nilai = xcalloc((size_t)(n * ns), sizeof(double));
	int *ada = xcalloc((size_t)(n * ns), sizeof(int));
	struct buf *b = &r->out;
	char judul[256];
	snprintf(judul, sizeof(judul), "%s %s", ind->kode, ind->uraian);
	hal_awal_pilihan(r, judul, &p);
	html_f(b, "<p><a href=\"/dasbor?pemda=%s&amp;tahun=%d\">&larr; Dasbor</a></p>", p.pemda,
	       p.tahun);
	hal_kunci_spanduk(r, p.pemda, p.tahun);
	const char *nama_opd = ind->opd ? hal_nama_opd(r, p.pemda, ind->opd) : NULL;
	html_f(b,
	       "<h1>%s — %s</h1><p class=\"kecil\">Satuan: %s · arah: %s · OPD: %s · "
	       "kondisi awal: %s · target akhir RPJMD: %s</p>",
	       ind->kode, ind->uraian, ind->satuan[0] ? ind->satuan : "–",
	       model_arah_nama(ind->arah),
	       nama_opd	  ? nama_opd
	       : ind->opd ? ind->opd
			  : "–",
	       ind->kondisi_awal.teks ? ind->kondisi_awal.teks : "–",
	       ind->target_akhir.teks ? ind->target_akhir.teks : "–");
	struct buf tab = BUF_INIT;
	html_f(&tab, "<div class=\"tabel\"><table><thead><tr><th>Tahun</th><th class=\"a\">Target"
		     "</th><th class=\"a\">Realisasi</th><th class=\"a\">Capaian (%%)</th>"
		     "<th>Predikat</th>");
	for (int w = 0; w < nw; w++)
		html_f(&tab, "<th class=\"a\">%s</th>", nama_w[w]);
	html_f(&tab, "</tr></thead><tbody>\n");
	const struct skala *sk = ind->arah == ARAH_KATEGORI ? model_skala(&p.m, ind->skala) : NULL;
	for (int i = 0; i < n; i++) {
		int th = a + i;
		tahun[i] = th;
		const struct target *t = model_target(&p.m, ind->kode, th);
		int dt;
		struct nilai rv = ukur_realisasi_tahun(&p.m, ind, th, &dt);
		struct capaian c = {0};
		if (t && rv.jenis)
			c = capaian_hitung(ind->arah, capaian_rumus(&p.m.pemda, ind), &t->nilai,
					   &rv, sk);
		if (t && t->nilai.jenis == NILAI_ANGKA) {
			nilai[0 * n + i] = t->nilai.a;
			ada[0 * n + i] = 1;
		} else if (t && t->nilai.jenis == NILAI_RENTANG) {
			nilai[0 * n + i] = (t->nilai.a + t->nilai.b) / 2;
			ada[0 * n + i] = 1;
		}
		if (rv.jenis == NILAI_ANGKA) {
			nilai[1 * n + i] = rv.a;
			ada[1 * n + i] = 1;
		}
		char ts[64], rs[64], cs[64];
		html_f(&tab,
		       "<tr><td>%d</td><td class=\"a\">%s</td><td class=\"a\">%s</td>"
		       "<td class=\"a\">%s</td><td>",
		       th, t ? nilai_tampil(&t->nilai, 2, ts, sizeof(ts)) : "–",
		       rv.jenis ? nilai_tampil(&rv, 2, rs, sizeof(rs)) : "–",
		       hal_persen(c.ada, c.nilai, cs, sizeof(cs)));
		if (c.ada || !rv.jenis) /* "belum ada data" only where realisasi is missing */
			hal_predikat(&tab, &p.m,
				     c.ada ? skala_predikat(&p.m.pemda.predikat, c.nilai) : NULL);
		else
			html_f(&tab,
			       "<span class=\"pred pn\">%s</span> <span class=\"kecil\">%s</span>",
			       ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG),
			       !t	   ? "target tahun ini belum ada"
			       : c.catatan ? c.catatan
					   : "");
		html_f(&tab, "</td>");
		for (int w = 0; w < nw; w++) {
			int found = 0;
			for (int k = 0; k < p.m.n_pembanding; k++) {
				const struct pembanding *pb = &p.m.pembanding[k];
				if (pb->tahun == th && strcmp(pb->indikator, ind->kode) == 0 &&
				    strcmp(pb->wilayah, wilayah[w]) == 0) {
					nilai[(2 + w) * n + i] = pb->nilai;
					ada[(2 + w) * n + i] = 1;
					found = 1;
					html_f(&tab, "<td class=\"a\">%s</td>",
					       angka_format(pb->nilai, 2, ts, sizeof(ts)));
					break;
				}
			}
			if (!found)
				html_f(&tab, "<td class=\"a\">–</td>");
		}
		html_f(&tab, "</tr>\n");
	}
	html_f(&tab, "</tbody></table></div>");
	/* the series in the report's order: realisasi, target (dashed), the regions */
	struct dok_grafik *g = hal_grafik_baru(&r->arena, GRAFIK_GARIS, judul, n, ns);
	static const int urut[4] = {1, 0, 2, 3};
	const char *nama[4] = {"Target", "Realisasi", nama_w[0], nama_w[1]};
	g->satuan = ind->satuan;
	for (int s = 0; s < ns; s++) {
		g->seri[s].nama = nama[urut[s]];
		g->seri[s].putus = urut[s] == 0;
		for (int i = 0; i < n; i++)
			if (ada[urut[s] * n + i])
				g->seri[s].nilai[i] = nilai[urut[s] * n + i];
	}
	for (int i = 0; i < n; i++)
		g->label[i] = arena_printf(&r->arena, "%d", tahun[i]);
	html_f(b, "<h2>Perkembangan selama periode RPJMD</h2>");
	hal_grafik(b, g);
	buf_append(b, tab.data, tab.len);
	buf_release(&tab);
	hal_akhir(r);
	free(tahun);
	free(nilai);
	free(ada);
	hal_pilihan_lepas(&p);
}
