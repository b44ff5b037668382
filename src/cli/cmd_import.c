/* `kinerja import DB PATH`: a folder of CSV files (or an .xlsx workbook), all or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../io/impor.h"
#include "../io/xlsx.h"
#include "cli.h"

/* Imports the sheets of a workbook named like the template's tables; others are ignored. */
static int impor_xlsx(struct store *s, const char *path, impor_progres_fn fn,
		      struct impor_ringkasan *r, struct galat *g)
{
	char *isi;
	size_t n;
	if (impor_baca_berkas(path, &isi, &n, g))
		return -1;
	const char *nama = strrchr(path, '/');
	nama = nama ? nama + 1 : path;
	struct xlsx_buku b;
	int rc = xlsx_baca(isi, n, nama, &b, g);
	free(isi);
	if (rc) {
		xlsx_release(&b);
		return -1;
	}
	struct impor_tabel *t = xcalloc((size_t)(b.n ? b.n : 1), sizeof(*t));
	char (*berkas)[300] = xcalloc((size_t)(b.n ? b.n : 1), sizeof(*berkas));
	int k = 0;
	for (int i = 0; i < b.n; i++) {
		for (int u = 0; impor_urutan[u]; u++) {
			if (!str_sama(b.lembar[i].nama, impor_urutan[u]))
				continue;
			snprintf(berkas[k], sizeof(berkas[k]), "%s:%s", nama, impor_urutan[u]);
			t[k].nama = impor_urutan[u];
			t[k].berkas = berkas[k];
			t[k].t = &b.lembar[i].t;
			k++;
			break;
		}
	}
	if (k == 0) {
		g->pengguna = 1;
		rc = galat_set(g, "%s: tidak ada lembar templat (pemda, rencana, indikator, ...)",
			       nama);
	} else {
		rc = impor_jalankan(s, t, k, "import", fn, NULL, r, g);
	}
	free(t);
	free(berkas);
	xlsx_release(&b);
	return rc;
}

static void progres(const char *berkas, long selesai, long total, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rimpor %s: %ld/%ld baris", berkas, selesai, total);
	if (selesai == total)
		fputc('\n', stderr);
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
	struct impor_ringkasan r;
	size_t len = strlen(path);
	int rc;
	if (len > 5 && strcmp(path + len - 5, ".xlsx") == 0) {
		rc = impor_xlsx(s, path, isatty(2) ? progres : NULL, &r, &g);
	} else {
		rc = impor_folder(s, path, "import", isatty(2) ? progres : NULL, NULL, &r, &g);
	}
	store_close(s);
	if (rc) {
		fprintf(stderr, "kinerja: impor dibatalkan, basis data tidak berubah.\n");
		return cli_galat(&g);
	}
	printf("Impor selesai: %ld baris baru, %ld diubah, %ld sama, %ld tanpa nilai (n/a).\n",
	       r.baru, r.diubah, r.sama, r.dilewati);
	return KELUAR_OK;
}
