/*
 * `kinerja token add DB --nama N --peran pimpinan|reviewer [--pemda K]`
 * prints a new read-only API token once; `kinerja token revoke DB --nama N`
 * revokes it. The checks are layanan/token.c's.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "../layanan/token.h"
#include "cli.h"

#define PAKAI                                                                                 \
	"pemakaian: kinerja token add DB --nama NAMA --peran pimpinan|reviewer [--pemda KODE]\n" \
	"       atau kinerja token revoke DB --nama NAMA"

int cmd_token(int argc, char **argv)
{
	int tambah = argc >= 1 && strcmp(argv[0], "add") == 0;
	if (!tambah && (argc < 1 || strcmp(argv[0], "revoke") != 0))
		return cli_pemakaian(PAKAI);
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc - 1, argv + 1, tambah ? "nama,peran,pemda?" : "nama", &o);
	if (rc)
		return rc;
	if (!o.nama || !*o.nama)
		return cli_pemakaian("--nama NAMA wajib");
	if (tambah && (!o.peran || (strcmp(o.peran, "pimpinan") && strcmp(o.peran, "reviewer"))))
		return cli_pemakaian("--peran harus pimpinan atau reviewer");
	if (sodium_init() < 0) {
		fputs("kinerja: libsodium tidak dapat dimulai\n", stderr);
		return KELUAR_GALAT;
	}
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct aktor sistem = AKTOR_SISTEM;
	char teks[TOKEN_PANJANG + 1];
	int st = tambah ? token_tambah(s, &sistem, o.nama, o.peran, o.pemda, teks, &g)
			: token_cabut(s, &sistem, o.nama, &g);
	store_close(s);
	if (st)
		return cli_galat(&g);
	if (tambah) {
		/* The token on stdout alone, so a script can take it; the note on stderr. */
		printf("%s\n", teks);
		fprintf(stderr, "kinerja: token %s (%s) dibuat; ditampilkan sekali ini saja\n",
			o.nama, o.peran);
		sodium_memzero(teks, sizeof(teks));
	} else {
		printf("Token %s dicabut.\n", o.nama);
	}
	return KELUAR_OK;
}
