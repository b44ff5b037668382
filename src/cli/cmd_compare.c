/*
 * `kinerja compare DB --induk KODE --indikator KODE --tahun YYYY [--batas X] [--json]`:
 * the regions under one parent (wilayah.md), from their own stored data.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../core/angka.h"
#include "../layanan/wilayah.h"
#include "../report/banding_json.h"
#include "cli.h"

/* The readable table: names, values, rank, and the positions. */
static void tabel(const struct wilayah_hasil *h)
{
	struct buf b = BUF_INIT;
	char x[64];
	buf_printf(&b, "%s — %s (%s), %d\n", h->induk_nama, h->ind->uraian, h->ind->kode, h->tahun);
	buf_printf(&b, "Nilai %s: %s", h->induk_nama,
		   h->acuan.ada_induk ? angka_format(h->acuan.induk, 2, x, sizeof(x)) : "–");
	buf_printf(&b, " · nasional: %s",
		   h->acuan.ada_nasional ? angka_format(h->acuan.nasional, 2, x, sizeof(x)) : "–");
	if (h->acuan.ada_batas)
		buf_printf(&b, " · batas: %s", angka_format(h->acuan.batas, 2, x, sizeof(x)));
	buf_puts(&b, "\n\n");
	cli_kolom(&b, "No", 3, 1);
	buf_putc(&b, ' ');
	cli_kolom(&b, "Wilayah", 26, 0);
	cli_kolom(&b, "Realisasi", 10, 1);
	cli_kolom(&b, "Target", 10, 1);
	cli_kolom(&b, "Capaian", 9, 1);
	buf_puts(&b, "  ");
	cli_kolom(&b, "Predikat", 14, 0);
	cli_kolom(&b, "Thd induk", 10, 0);
	cli_kolom(&b, "Thd nasional", 13, 0);
	if (h->acuan.ada_batas)
		cli_kolom(&b, "Thd batas", 10, 0);
	buf_putc(&b, '\n');
	for (int i = 0; i < h->n; i++) {
		const struct wilayah_baris *w = &h->baris[i];
		char r[64], t[64], c[64], p[16];
		if (w->b.peringkat)
			snprintf(p, sizeof(p), "%d", w->b.peringkat);
		else
			snprintf(p, sizeof(p), "–");
		cli_kolom(&b, p, 3, 1);
		buf_putc(&b, ' ');
		cli_kolom(&b, w->m->pemda.nama, 26, 0);
		cli_kolom(&b, banding_json_realisasi(w, r, sizeof(r)), 10, 1);
		cli_kolom(&b, banding_json_target(w, t, sizeof(t)), 10, 1);
		cli_kolom(&b,
			  w->capaian.ada ? angka_format(w->capaian.nilai, 2, c, sizeof(c)) : "–", 9,
			  1);
		buf_puts(&b, "  ");
		cli_kolom(&b, w->predikat ? w->predikat : "–", 14, 0);
		cli_kolom(&b, banding_json_posisi_label(w->b.terhadap_induk), 10, 0);
		cli_kolom(&b, banding_json_posisi_label(w->b.terhadap_nasional), 13, 0);
		if (h->acuan.ada_batas)
			cli_kolom(&b, banding_json_posisi_label(w->b.terhadap_batas), 10, 0);
		buf_putc(&b, '\n');
	}
	fwrite(b.data, 1, b.len, stdout);
	buf_release(&b);
}

int cmd_compare(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "induk,indikator,tahun,batas,json", &o);
	if (rc)
		return rc;
	if (!o.induk || !o.indikator)
		return cli_pemakaian("pemakaian: kinerja compare DB --induk KODE --indikator KODE "
				     "--tahun YYYY [--batas X] [--json]");
	double batas = 0;
	if (o.batas && angka_parse(o.batas, GAYA_TIDAK_TAHU, &batas, NULL) != ANGKA_OK &&
	    angka_parse(o.batas, GAYA_ID, &batas, NULL) != ANGKA_OK)
		return cli_pemakaian("--batas '%s' bukan angka", o.batas);
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct store_wilayah w;
	struct wilayah_hasil h;
	enum wilayah_hasil_kode k = wilayah_banding(s, o.induk, o.indikator, o.tahun,
						    o.batas ? &batas : NULL, &w, &h, &g);
	store_close(s);
	if (k == WILAYAH_GALAT) {
		rc = cli_galat(&g);
	} else if (k == WILAYAH_INDUK_TIDAK_ADA) {
		fprintf(stderr, "kinerja: --induk: pemda induk '%s' tidak ada\n", o.induk);
		rc = KELUAR_GALAT;
	} else if (k == WILAYAH_KOSONG) {
		fprintf(stderr,
			"kinerja: tidak ada wilayah di bawah %s (%s) yang memuat indikator %s "
			"tahun %d\n",
			w.induk->pemda.nama, o.induk, o.indikator, o.tahun);
		rc = KELUAR_GALAT;
	} else if (o.json) {
		char *j = banding_json_teks(&h);
		puts(j);
		free(j);
	} else {
		tabel(&h);
	}
	wilayah_hasil_release(&h);
	store_wilayah_release(&w);
	return rc;
}
