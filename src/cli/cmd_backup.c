/*
 * `kinerja backup DB FILE`: a consistent SQLite snapshot of the database
 * (either engine) in a new file, also while a server is writing.
 */
#include <stdio.h>

#include "cli.h"

int cmd_backup(int argc, char **argv)
{
	if (argc != 2)
		return cli_pemakaian("pemakaian: kinerja backup DB BERKAS");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(argv[0], STORE_ADA, &s, &g))
		return cli_galat(&g);
	int rc = store_cadang(s, argv[1], &g);
	store_close(s);
	if (rc)
		return cli_galat(&g);
	printf("Cadangan tertulis ke %s.\n", argv[1]);
	return KELUAR_OK;
}
