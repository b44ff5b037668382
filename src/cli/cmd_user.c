/*
 * `kinerja user add DB --nama NAME --peran PERAN [--opd KODE] [--pemda KODE]`:
 * adds a web user; the password is read from standard input (one line).
 * --pemda (an addition to antarmuka.md) limits the user to one pemda; an
 * operator always has one (the only pemda holding its OPD code when not
 * given). The checks are pengguna_tambah's, the same as on the web; the
 * command line acts as the unscoped system actor.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "../layanan/pengguna.h"
#include "cli.h"

int cmd_user(int argc, char **argv)
{
	if (argc < 1 || strcmp(argv[0], "add") != 0)
		return cli_pemakaian("pemakaian: kinerja user add DB --nama NAMA --peran PERAN "
				     "[--opd KODE] [--pemda KODE]");
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc - 1, argv + 1, "nama,peran,opd,pemda?", &o);
	if (rc)
		return rc;
	if (!o.nama || !*o.nama)
		return cli_pemakaian("--nama NAMA wajib");
	/* A flag's value that is no role is a usage error; every other check is the service's. */
	if (!pengguna_peran_sah(o.peran))
		return cli_pemakaian("--peran harus admin, perencana, operator, reviewer atau "
				     "pimpinan");
	char sandi[256];
	if (!fgets(sandi, sizeof(sandi), stdin)) {
		fputs("kinerja: kata sandi dibaca dari stdin, tetapi stdin kosong\n", stderr);
		return KELUAR_GALAT;
	}
	sandi[strcspn(sandi, "\r\n")] = '\0';
	if (sodium_init() < 0) {
		fputs("kinerja: libsodium tidak dapat dimulai\n", stderr);
		return KELUAR_GALAT;
	}
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g)) {
		sodium_memzero(sandi, sizeof(sandi));
		return cli_galat(&g);
	}
	struct aktor sistem = AKTOR_SISTEM;
	int st = pengguna_tambah(s, &sistem, o.nama, o.peran, o.opd, o.pemda, sandi, &g);
	sodium_memzero(sandi, sizeof(sandi));
	store_close(s);
	if (st)
		return cli_galat(&g);
	printf("Pengguna %s (%s) ditambahkan.\n", o.nama, o.peran);
	return KELUAR_OK;
}
