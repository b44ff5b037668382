/* `kinerja demo DB`: a database holding the bundled example (data/demo). */
#include <stdio.h>
#include <string.h>

#include "../layanan/impor.h"
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
	struct impor_tabel tabel[TEMPLAT_N];
	struct csv_tabel csv[TEMPLAT_N];
	char nama[TEMPLAT_N][32], berkas[TEMPLAT_N][64];
	int n = 0, rc = -1;
	struct impor_galat d;
	impor_galat_init(&d);
	for (const struct berkas_tertanam *b = demo_berkas; b->nama && n < TEMPLAT_N; b++) {
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
	if (layanan_impor(s, tabel, n, "demo", NULL, NULL, &r, &d, &g))
		goto out;
	printf("Basis data demo %s siap: %ld baris baru, %ld diubah.\n", argv[0], r.baru, r.diubah);
	printf("Coba: kinerja measure %s --pemda 36.73 --tahun 2020\n", argv[0]);
	rc = 0;
out:
	impor_galat_release(&d);
	for (int i = 0; i < n; i++)
		csv_release(&csv[i]);
	store_close(s);
	return rc ? cli_galat(&g) : KELUAR_OK;
}
