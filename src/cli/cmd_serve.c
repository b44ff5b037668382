/* `kinerja serve DB [--listen 127.0.0.1:8080]`: the web application (src/web). */
#include <stdio.h>

#include "../web/web.h"
#include "cli.h"

int cmd_serve(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "listen", &o);
	if (rc)
		return rc;
	struct galat g;
	galat_init(&g);
	if (web_jalankan(o.db, o.listen ? o.listen : "127.0.0.1:8080", &g))
		return cli_galat(&g);
	return KELUAR_OK;
}
