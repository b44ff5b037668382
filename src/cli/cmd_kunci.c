/*
 * `kinerja lock DB --pemda K --tahun Y` and `kinerja unlock DB --pemda K
 * --tahun Y --alasan TEXT`: lock a pemda-year (every write refused) and
 * reopen it with a reason; both audited. The rules are layanan/kunci.c's,
 * the same as on the web; the command line acts as the system actor.
 */
#include <stdio.h>

#include "../layanan/kunci.h"
#include "cli.h"

static int jalankan(int argc, char **argv, int pasang)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, pasang ? "pemda,tahun" : "pemda,tahun,alasan", &o);
	if (rc)
		return rc;
	if (!pasang && (!o.alasan || !*o.alasan))
		return cli_pemakaian("--alasan TEKS wajib untuk membuka kunci");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct aktor sistem = AKTOR_SISTEM;
	int st = pasang ? kunci_pasang(s, &sistem, o.pemda, o.tahun, &g)
			: kunci_buka(s, &sistem, o.pemda, o.tahun, o.alasan, &g);
	char ket[160] = "";
	if (!st && pasang && kunci_keterangan(s, o.pemda, o.tahun, ket, sizeof(ket)) < 0)
		ket[0] = '\0'; /* the lock is stored; only the confirmation line is shorter */
	store_close(s);
	if (st)
		return cli_galat(&g);
	if (pasang)
		printf("Data %s tahun %d dikunci. %s\n", o.pemda, o.tahun, ket);
	else
		printf("Kunci data %s tahun %d dibuka.\n", o.pemda, o.tahun);
	return KELUAR_OK;
}

int cmd_lock(int argc, char **argv)
{
	return jalankan(argc, argv, 1);
}

int cmd_unlock(int argc, char **argv)
{
	return jalankan(argc, argv, 0);
}
