/* `kinerja init DB`: create an empty database. */
#include <stdio.h>

#include "cli.h"

int cmd_init(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "", &o);
	if (rc)
		return rc;
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_BUAT, &s, &g))
		return cli_galat(&g);
	printf("Basis data %s siap (skema versi %d).\n", o.db, store_versi(s));
	store_close(s);
	return KELUAR_OK;
}
