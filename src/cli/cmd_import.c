/* `kinerja import DB PATH`: a folder of CSV files (or an .xlsx workbook), all or nothing. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../io/impor.h"
#include "cli.h"

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
		g.pengguna = 1;
		galat_set(&g, "impor .xlsx belum tersedia; simpan lembar kerja sebagai CSV per "
			      "tabel (format-impor.md)");
		rc = -1;
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
