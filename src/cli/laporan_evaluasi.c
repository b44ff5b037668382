/*
 * `kinerja report DB --pemda K --tahun Y [--opd KODE] --dokumen evaluasi
 * --format F -o FILE`: the evaluation report (LHE) from the stored worksheet,
 * its history and its recommendations, through report/dok_evaluasi.h.
 */
#include <stdio.h>
#include <string.h>

#include "../layanan/evaluasi.h"
#include "../report/dok_evaluasi.h"
#include "../report/laporan.h"
#include "cli.h"

int cli_laporan_evaluasi(const struct cli_opsi *o)
{
	struct galat g;
	galat_init(&g);
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct store *s = NULL;
	struct dokumen d;
	memset(&d, 0, sizeof(d));
	int rc = -1;
	const char *opd = o->opd ? o->opd : "", *opd_nama = NULL;
	if (store_open(o->db, STORE_ADA, &s, &g) || store_muat(s, o->pemda, &m, &g))
		goto out;
	for (int i = 0; i < m.n_opd && *opd; i++)
		if (strcmp(m.opd[i].kode, opd) == 0)
			opd_nama = m.opd[i].nama;
	if (*opd && !opd_nama) {
		g.pengguna = 1;
		galat_set(&g, "opd '%s' tidak dikenal untuk pemda %s", opd, o->pemda);
		goto out;
	}
	struct evaluasi_laporan l;
	if (layanan_evaluasi_laporan(s, &m, o->tahun, opd, LEMBAR_CLI, &a, &l, &g))
		goto out;
	const struct evaluasi_lembar *e = &l.lembar;
	if (!e->ada) {
		g.pengguna = 1;
		galat_set(&g, "belum ada jawaban LKE untuk %s%s%s tahun %d (impor lke_jawaban.csv)",
			  o->pemda, *opd ? " OPD " : "", opd, o->tahun);
		goto out;
	}
	struct dok_evaluasi_tahun rw[64];
	int nr = 0;
	for (int t = 0; t < l.n_riwayat && nr < 64; t++, nr++) {
		rw[nr].tahun = l.riwayat[t].tahun;
		rw[nr].total = l.riwayat[t].hasil->total.nilai;
		rw[nr].predikat = l.riwayat[t].hasil->predikat ? l.riwayat[t].hasil->predikat : "-";
	}
	struct dok_evaluasi in = {m.pemda.nama,
				  opd_nama,
				  o->tahun,
				  e->k,
				  e->skor,
				  e->hasil,
				  e->sumber == LKE_SUMBER_EVALUATOR ? "evaluator" : "mandiri",
				  nr,
				  rw,
				  l.n_rekomendasi,
				  l.rekomendasi};
	dokumen_evaluasi(&in, &d);
	rc = laporan_tulis_dokumen(&d, o->format, o->keluaran, &g);
	dokumen_release(&d);
	/* The font map and fontconfig are released (pdf.c says why only these). */
	laporan_bersihkan();
out:
	store_close(s);
	arena_release(&a);
	model_release(&m);
	if (rc)
		return cli_galat(&g);
	printf("Laporan hasil evaluasi tahun %d ditulis ke %s.\n", o->tahun, o->keluaran);
	return KELUAR_OK;
}
