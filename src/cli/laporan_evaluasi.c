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

struct rek {
	struct arena *a;
	const char *opd;
	int n, cap;
	struct dok_rekomendasi *isi;
};

static int rek_satu(const struct store_rekomendasi_baris *b, void *arg)
{
	struct rek *r = arg;
	if (strcmp(b->opd, r->opd) != 0)
		return 0;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		struct dok_rekomendasi *baru = arena_alloc(r->a, sizeof(*baru) * (size_t)r->cap);
		if (r->n)
			memcpy(baru, r->isi, sizeof(*baru) * (size_t)r->n);
		r->isi = baru;
	}
	struct dok_rekomendasi *x = &r->isi[r->n++];
	x->nomor = arena_strdup(r->a, b->nomor);
	x->uraian = arena_strdup(r->a, b->uraian);
	x->tindak_lanjut = arena_strdup(r->a, b->tindak_lanjut);
	x->status = arena_strdup(r->a, b->status);
	return 0;
}

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
	const struct skala *akip = model_skala(&m, "akip");
	struct evaluasi e;
	if (layanan_evaluasi_hitung(s, o->pemda, o->tahun, opd, akip, &a, &e, &g))
		goto out;
	if (!e.ada) {
		g.pengguna = 1;
		galat_set(&g, "belum ada jawaban LKE untuk %s%s%s tahun %d (impor lke_jawaban.csv)",
			  o->pemda, *opd ? " OPD " : "", opd, o->tahun);
		goto out;
	}
	int tahun[64];
	int nt = layanan_evaluasi_tahun(s, o->pemda, opd, tahun, 64, &g);
	if (nt < 0)
		goto out;
	struct dok_evaluasi_tahun rw[64];
	int nr = 0;
	for (int t = 0; t < nt; t++) {
		struct evaluasi x;
		if (tahun[t] > o->tahun)
			continue;
		if (layanan_evaluasi_hitung(s, o->pemda, tahun[t], opd, akip, &a, &x, &g))
			goto out;
		rw[nr].tahun = tahun[t];
		rw[nr].total = x.hasil.total.nilai;
		rw[nr++].predikat = x.hasil.predikat ? x.hasil.predikat : "-";
	}
	struct rek rk = {&a, opd, 0, 0, NULL};
	if (store_rekomendasi_daftar(s, o->pemda, o->tahun, opd, rek_satu, &rk, &g))
		goto out;
	struct dok_evaluasi in = {m.pemda.nama,
				  opd_nama,
				  o->tahun,
				  &e.k,
				  e.skor,
				  &e.hasil,
				  e.sumber == LKE_SUMBER_EVALUATOR ? "evaluator" : "mandiri",
				  nr,
				  rw,
				  rk.n,
				  rk.isi};
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
