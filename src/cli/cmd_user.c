/* `kinerja user`: placeholder until its issue lands (reports "belum tersedia"). */
#include "cli.h"

#include <stdio.h>

int cmd_user(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("kinerja: perintah user belum tersedia di versi ini\n", stderr);
	return KELUAR_GALAT;
}
