/* `kinerja import DB PATH`: a folder of CSV files (or an .xlsx workbook), all or nothing. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../layanan/impor.h"
#include "cli.h"

static void progres(const char *berkas, long selesai, long total, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rimpor %s: %ld/%ld baris", berkas, selesai, total);
	if (selesai == total)
		fputc('\n', stderr);
}

/*
 * Prints every error of the refused file, then how many more there were, and
 * a failure that stopped the import (g, when it is not one of them).
 */
static int cetak_galat(const struct impor_galat *d, const struct galat *g)
{
	for (int i = 0; i < d->n; i++)
		cli_galat(&d->isi[i]);
	if (d->lain)
		fprintf(stderr, "kinerja: … dan %ld galat lain\n", d->lain);
	if (!d->n || strcmp(g->pesan, d->isi[0].pesan) != 0 || strcmp(g->berkas, d->isi[0].berkas))
		cli_galat(g);
	return KELUAR_GALAT;
}

int cmd_import(int argc, char **argv)
{
	if (argc != 2)
		return cli_pemakaian("pemakaian: kinerja import DB FOLDER|BERKAS.xlsx");
	const char *db = argv[0], *path = argv[1];
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct impor_sumber src;
	if (impor_sumber_baca(path, &src, &g)) {
		impor_sumber_release(&src);
		store_close(s);
		fprintf(stderr, "kinerja: impor dibatalkan, basis data tidak berubah.\n");
		return cli_galat(&g);
	}
	for (int i = 0; i < src.n; i++)
		if (src.tabel[i].t->cp1252)
			fprintf(stderr,
				"kinerja: catatan: %s bukan UTF-8; dibaca sebagai Windows-1252 "
				"(cp1252, simpanan Excel) dan diubah ke UTF-8\n",
				src.tabel[i].berkas);
	struct impor_ringkasan r;
	struct impor_galat d;
	impor_galat_init(&d);
	int rc = layanan_impor(s, src.tabel, src.n, "import", isatty(2) ? progres : NULL, NULL, &r,
			       &d, &g);
	impor_sumber_release(&src);
	store_close(s);
	if (rc) {
		fprintf(stderr, "kinerja: impor dibatalkan, basis data tidak berubah.\n");
		rc = cetak_galat(&d, &g);
		impor_galat_release(&d);
		return rc;
	}
	impor_galat_release(&d);
	printf("Impor selesai: %ld baris baru, %ld diubah, %ld sama, %ld tanpa nilai (n/a).\n",
	       r.baru, r.diubah, r.sama, r.dilewati);
	return KELUAR_OK;
}
