/* Projection and trend chart of an indicator; see tren.h. */
#include "tren.h"

#include <math.h>
#include <string.h>

#include "../core/ukur.h"

/* Years a chart or a series spans at most (a period is 5 years; old data adds a few). */
#define MAKS_TAHUN 48

void tren_proyeksi(const struct model *m, const struct indikator *ind, int tahun,
		   struct proyeksi *out)
{
	int a = m->pemda.periode_awal, z = m->pemda.periode_akhir;
	if (ind->arah != ARAH_NAIK && ind->arah != ARAH_TURUN) {
		/* proyeksi_hitung names the reason (arah) itself */
		proyeksi_hitung(NULL, 0, ind->arah, z, 0, out);
		return;
	}
	memset(out, 0, sizeof(*out));
	if (!a || !z || z < a || z - a >= MAKS_TAHUN) {
		out->catatan = "periode RPJMD belum diisi";
		return;
	}
	if (ind->target_akhir.jenis == NILAI_KOSONG) {
		out->catatan = "target akhir belum diisi";
		return;
	}
	if (ind->target_akhir.jenis != NILAI_ANGKA) {
		out->catatan = "target akhir bukan angka";
		return;
	}
	struct proyeksi_titik seri[MAKS_TAHUN];
	int n = 0;
	for (int t = a; t <= z && t <= tahun; t++) {
		int dt;
		struct nilai v = ukur_realisasi_tahun(m, ind, t, &dt);
		if (v.jenis == NILAI_ANGKA) {
			seri[n].tahun = t;
			seri[n].nilai = v.a;
			n++;
		}
	}
	/* A failure leaves ada = 0 with its catatan, which is all a caller shows. */
	(void)proyeksi_hitung(seri, n, ind->arah, z, ind->target_akhir.a, out);
}

const char *tren_metode_label(enum proyeksi_metode metode)
{
	return metode == PROYEKSI_LAJU_TERAKHIR ? "laju tahun terakhir" : "tren linier";
}

static void rentang(int t, int *lo, int *hi)
{
	if (t < *lo)
		*lo = t;
	if (t > *hi)
		*hi = t;
}

struct dok_grafik *tren_grafik(struct arena *a, const struct model *m, const struct indikator *ind,
			       int tahun)
{
	int pa = m->pemda.periode_awal, pz = m->pemda.periode_akhir;
	int ada_periode = pa && pz && pz >= pa && pz - pa < MAKS_TAHUN;
	int lo = ada_periode ? pa : tahun, hi = ada_periode ? pz : tahun;
	for (int i = 0; i < m->n_realisasi; i++)
		if (strcmp(m->realisasi[i].indikator, ind->kode) == 0)
			rentang(m->realisasi[i].tahun, &lo, &hi);
	for (int i = 0; i < m->n_target; i++)
		if (strcmp(m->target[i].indikator, ind->kode) == 0)
			rentang(m->target[i].tahun, &lo, &hi);
	/* the most recent years when the data spans more than a chart holds */
	if (hi - lo >= MAKS_TAHUN)
		lo = hi - MAKS_TAHUN + 1;
	int n = hi - lo + 1;
	struct proyeksi pr;
	tren_proyeksi(m, ind, tahun, &pr);
	int ns = 3 + (pr.ada ? 1 : 0);

	struct dok_grafik *g = arena_alloc(a, sizeof(*g));
	memset(g, 0, sizeof(*g));
	g->jenis = GRAFIK_GARIS;
	g->satuan = ind->satuan;
	g->garis_acuan = NAN;
	g->n = n;
	g->label = arena_alloc(a, (size_t)n * sizeof(*g->label));
	g->n_seri = ns;
	g->seri = arena_alloc(a, (size_t)ns * sizeof(*g->seri));
	static const char *const nama[] = {"Realisasi", "Target", "Target akhir RPJMD",
					   "Proyeksi (tren linier)"};
	for (int s = 0; s < ns; s++) {
		g->seri[s].nama = nama[s];
		g->seri[s].putus = s == 1 || s == 3;
		g->seri[s].nilai = arena_alloc(a, (size_t)n * sizeof(double));
		for (int i = 0; i < n; i++)
			g->seri[s].nilai[i] = NAN;
	}
	int sebelum = 0;
	for (int i = 0; i < n; i++) {
		int t = lo + i;
		int lama = ada_periode && t < pa;
		sebelum |= lama;
		g->label[i] = arena_printf(a, lama ? "%d*" : "%d", t);
		int dt;
		struct nilai v = ukur_realisasi_tahun(m, ind, t, &dt);
		if (v.jenis == NILAI_ANGKA)
			g->seri[0].nilai[i] = v.a;
		const struct target *tg = model_target(m, ind->kode, t);
		if (tg && tg->nilai.jenis == NILAI_ANGKA)
			g->seri[1].nilai[i] = tg->nilai.a;
		else if (tg && tg->nilai.jenis == NILAI_RENTANG)
			g->seri[1].nilai[i] = (tg->nilai.a + tg->nilai.b) / 2;
		if (ada_periode && t >= pa && t <= pz && ind->target_akhir.jenis == NILAI_ANGKA)
			g->seri[2].nilai[i] = ind->target_akhir.a;
		/* the fitted line from the period's start to its end */
		if (pr.ada && t >= pa && t <= pz) {
			const struct proyeksi_metode_hasil *h = &pr.metode[PROYEKSI_TREN_LINIER];
			g->seri[3].nilai[i] = h->nilai - h->laju * (pz - t);
		}
	}
	g->judul = arena_printf(a, "Perkembangan %s%s", ind->uraian,
				sebelum ? " (* sebelum periode RPJMD)" : "");
	return g;
}
