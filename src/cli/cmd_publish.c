/*
 * `kinerja publish DB --pemda K --tahun Y [--withdraw]`: publishes a
 * pemda-year (public under /publik and in the open data) or withdraws it.
 * The checks are terbit_ubah's, the same as on the web.
 */
#include <stdio.h>
#include <string.h>

#include "../layanan/terbit.h"
#include "cli.h"

int cmd_publish(int argc, char **argv)
{
	int tarik = 0;
	char *arg[64];
	int n = 0;
	for (int i = 0; i < argc && n < 64; i++) {
		if (strcmp(argv[i], "--withdraw") == 0)
			tarik = 1;
		else
			arg[n++] = argv[i];
	}
	struct cli_opsi o;
	int rc = cli_opsi_parse(n, arg, "pemda,tahun", &o);
	if (rc)
		return rc;
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct aktor sistem = AKTOR_SISTEM;
	int berubah;
	int st = terbit_ubah(s, &sistem, o.pemda, o.tahun, tarik, &berubah, &g);
	store_close(s);
	if (st)
		return cli_galat(&g);
	printf("%s %s tahun %d%s.\n", o.pemda, tarik ? "ditarik dari publik" : "diterbitkan",
	       o.tahun, berubah ? "" : " (tidak ada perubahan)");
	return KELUAR_OK;
}
