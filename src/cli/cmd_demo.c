/* `kinerja demo DB`: a database holding the bundled example (data/demo). */
#include <stdio.h>
#include <string.h>

#include "../io/impor.h"
#include "../util/tertanam.h"
#include "cli.h"

int cmd_demo(int argc, char **argv)
{
	if (argc != 1)
		return cli_pemakaian("pemakaian: kinerja demo DB");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(argv[0], STORE_BUAT, &s, &g))
		return cli_galat(&g);
	struct impor_tabel tabel[16];
	struct csv_tabel csv[16];
	char nama[16][32], berkas[16][64];
	int n = 0, rc = -1;
	for (const struct berkas_tertanam *b = demo_berkas; b->nama && n < 16; b++) {
		size_t len = strlen(b->nama);
		if (len < 5 || strcmp(b->nama + len - 4, ".csv") != 0)
			continue;
		snprintf(nama[n], sizeof(nama[n]), "%.*s", (int)(len - 4), b->nama);
		snprintf(berkas[n], sizeof(berkas[n]), "data/demo/%s", b->nama);
		if (csv_baca(b->isi, strlen(b->isi), berkas[n], &csv[n], &g))
			goto out;
		tabel[n].nama = nama[n];
		tabel[n].berkas = berkas[n];
		tabel[n].t = &csv[n];
		n++;
	}
	struct impor_ringkasan r;
	if (impor_jalankan(s, tabel, n, "demo", NULL, NULL, &r, &g))
		goto out;
	printf("Basis data demo %s siap: %ld baris baru, %ld diubah.\n", argv[0], r.baru,
	       r.diubah);
	printf("Coba: kinerja measure %s --pemda 36.73 --tahun 2020\n", argv[0]);
	rc = 0;
out:
	for (int i = 0; i < n; i++)
		csv_release(&csv[i]);
	store_close(s);
	return rc ? cli_galat(&g) : KELUAR_OK;
}
