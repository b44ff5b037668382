/*
 * `kinerja review DB --pemda KODE --tahun YYYY [--json]`: the review (reviu)
 * of the year's report, grouped by tingkat and by source table, or the JSON
 * of antarmuka.md. Findings are the report, not a failure: exit 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/reviu.h"
#include "../report/reviu_json.h"
#include "../layanan/evaluasi.h"
#include "cli.h"

#define LEBAR 100
#define INDEN 6

static const char *angka_temuan(const struct temuan *t, int ada, double v, const char *s,
				int desimal, char *out, size_t n)
{
	if (ada)
		return angka_format(v, ukuran_uang(t->jenis_ukuran) ? 0 : desimal, out, n);
	return s ? s : "-";
}

/* Appends s wrapped at word boundaries to LEBAR columns, each line indented by INDEN. */
static void bungkus(struct buf *b, const char *s)
{
	while (*s) {
		int kolom = INDEN;
		for (int i = 0; i < INDEN; i++)
			buf_putc(b, ' ');
		const char *akhir = s, *p = s;
		int lebar = 0;
		/* Take words while they fit; a single long word is taken whole. */
		while (*p) {
			const char *q = p;
			while (*q && *q != ' ')
				q++;
			int w = 0;
			for (const char *r = p; r < q; r++)
				w += ((unsigned char)*r & 0xC0) != 0x80;
			if (akhir != s && kolom + lebar + 1 + w > LEBAR)
				break;
			lebar += (akhir != s ? 1 : 0) + w;
			akhir = q;
			p = *q ? q + 1 : q;
		}
		buf_append(b, s, (size_t)(akhir - s));
		buf_putc(b, '\n');
		s = akhir;
		while (*s == ' ')
			s++;
	}
}

static void cetak(struct buf *b, const struct reviu *r, const struct model *m)
{
	static const char *const judul[REVIU_N_TINGKAT] = {"KESALAHAN", "PERINGATAN", "INFO"};
	char x[80], y[80];

	buf_printf(b, "Reviu LKjIP %s (%s) Tahun %d\n", m->pemda.nama, m->pemda.kode, r->tahun);
	buf_printf(b, "Angka laporan yang diperiksa: %d\n", r->n_diperiksa);
	for (int k = 0; k < REVIU_N_TINGKAT; k++) {
		if (!r->jumlah[k])
			continue;
		buf_printf(b, "\n%s (%d)\n", judul[k], r->jumlah[k]);
		const char *sumber = NULL;
		for (int i = 0; i < r->n; i++) {
			const struct temuan *t = &r->temuan[i];
			if ((int)t->tingkat != k)
				continue;
			const char *s = t->sumber && *t->sumber ? t->sumber : "(tanpa sumber)";
			if (!sumber || strcmp(sumber, s)) {
				buf_printf(b, "  %s\n", s);
				sumber = s;
			}
			buf_puts(b, "    ");
			cli_kolom(b, t->objek, 14, 0);
			buf_putc(b, ' ');
			if (t->ada_dilaporkan || t->dilaporkan_teks) {
				cli_kolom(b, t->ukuran, 18, 0);
				buf_puts(b, " dicetak ");
				cli_kolom(b,
					  angka_temuan(t, t->ada_dilaporkan, t->dilaporkan,
						       t->dilaporkan_teks, t->desimal, x,
						       sizeof(x)),
					  19, 1);
				buf_puts(b, "  seharusnya ");
				cli_kolom(b,
					  angka_temuan(t, t->ada_seharusnya, t->seharusnya,
						       t->seharusnya_teks, 2, y, sizeof(y)),
					  19, 1);
			} else {
				buf_puts(b, t->ukuran ? t->ukuran : "");
			}
			buf_putc(b, '\n');
			bungkus(b, t->pesan ? t->pesan : "");
		}
	}
	if (!r->n)
		buf_puts(b, "\nTidak ada temuan.\n");
	buf_printf(b, "\nRingkasan: %d kesalahan, %d peringatan, %d info\n",
		   r->jumlah[REVIU_KESALAHAN], r->jumlah[REVIU_PERINGATAN], r->jumlah[REVIU_INFO]);
}

int cmd_review(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,json", &o);
	if (rc)
		return rc;
	struct model m;
	rc = cli_muat(&o, &m);
	if (rc)
		return rc;
	/* A printed IKM computed with the weight 0,111 is rounding (siklus.md). */
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g) == 0) {
		rc = layanan_evaluasi_setara(s, &m, &g);
		store_close(s);
	}
	if (rc || g.pesan[0]) {
		model_release(&m);
		return cli_galat(&g);
	}
	struct reviu r;
	reviu_jalankan(&m, o.tahun, &r);
	if (o.json) {
		char *j = reviu_json_teks(&r, &m);
		puts(j);
		free(j);
	} else {
		struct buf b = BUF_INIT;
		cetak(&b, &r, &m);
		fputs(b.data, stdout);
		buf_release(&b);
	}
	reviu_release(&r);
	model_release(&m);
	return KELUAR_OK;
}
