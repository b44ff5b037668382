/* `kinerja export DB DIR`: the database as the CSV files of the import template. */
#include <stdio.h>

#include "../io/ekspor.h"
#include "cli.h"

int cmd_export(int argc, char **argv)
{
	if (argc != 2)
		return cli_pemakaian("pemakaian: kinerja export DB FOLDER");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(argv[0], STORE_ADA, &s, &g))
		return cli_galat(&g);
	int rc = ekspor_folder(s, argv[1], &g);
	store_close(s);
	if (rc)
		return cli_galat(&g);
	printf("Ekspor selesai ke %s.\n", argv[1]);
	return KELUAR_OK;
}
