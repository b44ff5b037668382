/*
 * `kinerja copy SRC DST`: every row of one database (SQLite path or
 * postgresql:// URI) into another, empty one of either kind; sessions stay.
 */
#include <stdio.h>

#include "cli.h"

int cmd_copy(int argc, char **argv)
{
	if (argc != 2)
		return cli_pemakaian("pemakaian: kinerja copy SUMBER TUJUAN");
	struct galat g;
	galat_init(&g);
	struct store *src, *dst;
	if (store_open(argv[0], STORE_ADA, &src, &g))
		return cli_galat(&g);
	if (store_open(argv[1], STORE_BUAT, &dst, &g)) {
		store_close(src);
		return cli_galat(&g);
	}
	int rc = store_salin(src, dst, 0, &g);
	store_close(dst);
	store_close(src);
	if (rc)
		return cli_galat(&g);
	printf("Salinan selesai: %s -> %s.\n", argv[0], argv[1]);
	return KELUAR_OK;
}
