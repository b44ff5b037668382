/*
 * `kinerja export DB DIR|FILE.xlsx`: the database as the CSV files of the
 * import template, or as one workbook with a sheet per table.
 */
#include <stdio.h>
#include <string.h>

#include "../io/ekspor.h"
#include "../io/xlsx.h"
#include "cli.h"

static int ekspor_xlsx(struct store *s, const char *path, struct galat *g)
{
	struct ekspor_hasil h;
	if (ekspor_bangun(s, &h, g))
		return -1;
	int rc = xlsx_tulis_templat(&h, path, g);
	ekspor_release(&h);
	return rc;
}

int cmd_export(int argc, char **argv)
{
	if (argc != 2)
		return cli_pemakaian("pemakaian: kinerja export DB FOLDER|BERKAS.xlsx");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(argv[0], STORE_ADA, &s, &g))
		return cli_galat(&g);
	size_t len = strlen(argv[1]);
	int rc;
	if (len > 5 && strcmp(argv[1] + len - 5, ".xlsx") == 0)
		rc = ekspor_xlsx(s, argv[1], &g);
	else
		rc = ekspor_folder(s, argv[1], &g);
	store_close(s);
	if (rc)
		return cli_galat(&g);
	printf("Ekspor selesai ke %s.\n", argv[1]);
	return KELUAR_OK;
}
