/*
 * `kinerja user add DB --nama NAME --peran PERAN [--opd KODE] [--pemda KODE]`:
 * adds a web user; the password is read from standard input (one line).
 * --pemda (an addition to antarmuka.md) limits the user to one pemda, which
 * an operator's OPD code needs in a database holding several pemda.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "../store/store_web.h"
#include "../web/web.h"
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
	if (!o.nama || !*o.nama || strlen(o.nama) > 60)
		return cli_pemakaian("--nama NAMA wajib (maks. 60 karakter)");
	if (!web_peran_sah(o.peran))
		return cli_pemakaian("--peran harus admin, perencana, operator, reviewer atau "
				     "pimpinan");
	if (strcmp(o.peran, "operator") == 0 && (!o.opd || !*o.opd))
		return cli_pemakaian("operator wajib punya --opd KODE");
	char sandi[256];
	if (!fgets(sandi, sizeof(sandi), stdin)) {
		fputs("kinerja: kata sandi dibaca dari stdin, tetapi stdin kosong\n", stderr);
		return KELUAR_GALAT;
	}
	sandi[strcspn(sandi, "\r\n")] = '\0';
	if (strlen(sandi) < 8) {
		fputs("kinerja: kata sandi minimal 8 karakter\n", stderr);
		return KELUAR_GALAT;
	}
	if (sodium_init() < 0) {
		fputs("kinerja: libsodium tidak dapat dimulai\n", stderr);
		return KELUAR_GALAT;
	}
	char hash[crypto_pwhash_STRBYTES];
	if (web_sandi_hash(sandi, hash, sizeof(hash))) {
		fputs("kinerja: tidak dapat membuat hash kata sandi\n", stderr);
		return KELUAR_GALAT;
	}
	sodium_memzero(sandi, sizeof(sandi));
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	if (o.pemda && store_pemda_ada(s, o.pemda) != 1) {
		store_close(s);
		fprintf(stderr, "kinerja: pemda '%s' tidak ada di basis data\n", o.pemda);
		return KELUAR_GALAT;
	}
	if (o.pemda && o.opd && store_opd_ada(s, o.pemda, o.opd) != 1) {
		store_close(s);
		fprintf(stderr, "kinerja: opd '%s' tidak ada di pemda %s\n", o.opd, o.pemda);
		return KELUAR_GALAT;
	}
	char baru[200];
	snprintf(baru, sizeof(baru), "peran=%s opd=%s pemda=%s", o.peran, o.opd ? o.opd : "",
		 o.pemda ? o.pemda : "");
	if (store_begin(s, &g) ||
	    store_web_pengguna_tambah(s, o.nama, o.peran, o.opd, o.pemda, hash, &g) ||
	    store_audit(s, "cli", NULL, "pengguna", o.nama, NULL, baru, &g) ||
	    store_commit(s, &g)) {
		store_rollback(s);
		store_close(s);
		return cli_galat(&g);
	}
	store_close(s);
	printf("Pengguna %s (%s) ditambahkan.\n", o.nama, o.peran);
	return KELUAR_OK;
}
