/*
 * `kinerja evaluate DB --pemda K --tahun Y [--opd KODE] [--riwayat] [--json]`:
 * the SAKIP evaluation (LKE) of the pemda or one OPD: components, their
 * sub-components, total and predikat (antarmuka.md); the history per
 * component across years (--riwayat; always in the JSON) and, for the pemda,
 * the OPD ranked by their score.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../layanan/evaluasi.h"
#include "../report/evaluasi_json.h"
#include "cli.h"

static void cetak(struct buf *b, const struct evaluasi_lembar *e)
{
	char x[64], y[64], z[64];
	buf_printf(b, "Kerangka: %s\n", e->k->kode);
	buf_puts(b, "  ");
	cli_kolom(b, "Kode", 8, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Komponen", 48, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Bobot", 7, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Nilai", 7, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "% bobot", 8, 1);
	buf_putc(b, '\n');
	for (int i = 0; i < e->k->n; i++) {
		const struct lke_butir *bt = &e->k->butir[i];
		if (bt->tipe != LKE_GRUP)
			continue;
		buf_puts(b, bt->tingkat ? "    " : "  ");
		cli_kolom(b, bt->kode, bt->tingkat ? 6 : 8, 0);
		buf_putc(b, ' ');
		cli_kolom(b, bt->uraian, 48, 0);
		buf_putc(b, ' ');
		cli_kolom(b, angka_format(bt->bobot, 2, x, sizeof(x)), 7, 1);
		buf_putc(b, ' ');
		cli_kolom(b, angka_format(e->skor[i].nilai, 2, y, sizeof(y)), 7, 1);
		buf_putc(b, ' ');
		cli_kolom(b, angka_format(e->skor[i].persen, 2, z, sizeof(z)), 8, 1);
		buf_putc(b, '\n');
	}
	buf_printf(b, "Nilai total: %s   Predikat: %s   Sumber: %s%s\n",
		   angka_format(e->hasil->total.nilai, 2, x, sizeof(x)),
		   e->hasil->predikat ? e->hasil->predikat : "-",
		   evaluasi_sumber_nama(e->sumber) ? evaluasi_sumber_nama(e->sumber) : "-",
		   e->hasil->lengkap ? "" : "   (belum semua kriteria dijawab)");
}

/* Tabel 3.29: components (rows) across the years (bobot and nilai per year). */
static void cetak_riwayat(struct buf *b, const struct evaluasi_lembar *e, int n)
{
	char x[64];
	buf_puts(b, "\nRiwayat per komponen (bobot / nilai):\n  ");
	cli_kolom(b, "Komponen", 40, 0);
	for (int t = 0; t < n; t++) {
		snprintf(x, sizeof(x), "%d", e[t].tahun);
		buf_putc(b, ' ');
		cli_kolom(b, x, 15, 1);
	}
	buf_putc(b, '\n');
	/* Rows: the components of the latest year's framework, matched by their uraian. */
	const struct evaluasi_lembar *akhir = &e[n - 1];
	for (int i = 0; i < akhir->k->n; i++) {
		if (akhir->k->butir[i].induk_i >= 0)
			continue;
		buf_puts(b, "  ");
		cli_kolom(b, akhir->k->butir[i].uraian, 40, 0);
		for (int t = 0; t < n; t++) {
			int j = -1;
			for (int q = 0; q < e[t].k->n && j < 0; q++)
				if (e[t].k->butir[q].induk_i < 0 &&
				    strcmp(e[t].k->butir[q].uraian, akhir->k->butir[i].uraian) == 0)
					j = q;
			char sel[64] = "-";
			if (j >= 0) {
				char bb[32], nn[32];
				snprintf(sel, sizeof(sel), "%s / %s",
					 angka_format(e[t].k->butir[j].bobot, 0, bb, sizeof(bb)),
					 angka_format(e[t].skor[j].nilai, 2, nn, sizeof(nn)));
			}
			buf_putc(b, ' ');
			cli_kolom(b, sel, 15, 1);
		}
		buf_putc(b, '\n');
	}
	buf_puts(b, "  ");
	cli_kolom(b, "Nilai total (predikat)", 40, 0);
	for (int t = 0; t < n; t++) {
		char sel[64], nn[32];
		snprintf(sel, sizeof(sel), "%s (%s)",
			 angka_format(e[t].hasil->total.nilai, 2, nn, sizeof(nn)),
			 e[t].hasil->predikat ? e[t].hasil->predikat : "-");
		buf_putc(b, ' ');
		cli_kolom(b, sel, 15, 1);
	}
	buf_putc(b, '\n');
}

int cmd_evaluate(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,opd,riwayat,json", &o);
	if (rc)
		return rc;
	struct galat g;
	galat_init(&g);
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct store *s = NULL;
	json_t *akar = NULL;
	struct buf b = BUF_INIT;
	const char *opd = o.opd ? o.opd : "";
	rc = KELUAR_GALAT;
	if (store_open(o.db, STORE_ADA, &s, &g) || store_muat(s, o.pemda, &m, &g))
		goto galat;
	if (*opd) {
		int ada = 0;
		for (int i = 0; i < m.n_opd; i++)
			ada |= strcmp(m.opd[i].kode, opd) == 0;
		if (!ada) {
			g.pengguna = 1;
			galat_set(&g, "opd '%s' tidak dikenal untuk pemda %s", opd, o.pemda);
			goto galat;
		}
	}
	struct evaluasi_laporan l;
	if (layanan_evaluasi_laporan(s, &m, o.tahun, opd, LEMBAR_CLI, &a, &l, &g))
		goto galat;
	if (!l.lembar.ada && !l.n_opd) {
		g.pengguna = 1;
		galat_set(&g, "belum ada jawaban LKE untuk %s%s%s tahun %d (impor lke_jawaban.csv)",
			  o.pemda, *opd ? " OPD " : "", opd, o.tahun);
		goto galat;
	}
	if (o.json) {
		akar = evaluasi_json(&l);
		char *t = json_dumps(akar, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
						   JSON_REAL_PRECISION(15));
		puts(t);
		free(t);
	} else {
		buf_printf(&b, "Evaluasi AKIP %s%s%s %d\n", m.pemda.nama, *opd ? " — OPD " : "", opd,
			   o.tahun);
		if (l.lembar.ada)
			cetak(&b, &l.lembar);
		else
			buf_puts(&b, "Belum ada lembar kerja evaluasi pemda sendiri tahun ini.\n");
		if (o.riwayat && l.n_riwayat)
			cetak_riwayat(&b, l.riwayat, l.n_riwayat);
		if (l.n_opd) {
			buf_puts(&b, "\nPeringkat OPD menurut nilai evaluasi:\n");
			for (int q = 0; q < l.n_opd; q++) {
				const struct evaluasi_opd *x = &l.opd_peringkat[q];
				char t[32];
				buf_printf(&b, "  %3d  ", x->peringkat);
				cli_kolom(&b, x->kode, 16, 0);
				buf_putc(&b, ' ');
				cli_kolom(&b, angka_format(x->total, 2, t, sizeof(t)), 7, 1);
				buf_printf(&b, "  %s\n", x->predikat ? x->predikat : "-");
			}
		}
		if (l.n_rekomendasi)
			buf_puts(&b, "\nRekomendasi dan tindak lanjut:\n");
		for (int i = 0; i < l.n_rekomendasi; i++) {
			const struct dok_rekomendasi *x = &l.rekomendasi[i];
			buf_printf(&b, "  %s. %s [%s]%s%s\n", x->nomor, x->uraian, x->status,
				   *x->tindak_lanjut ? " — " : "", x->tindak_lanjut);
		}
		fputs(b.data, stdout);
	}
	rc = KELUAR_OK;
	goto out;
galat:
	rc = cli_galat(&g);
out:
	json_decref(akar);
	buf_release(&b);
	store_close(s);
	arena_release(&a);
	model_release(&m);
	return rc;
}
