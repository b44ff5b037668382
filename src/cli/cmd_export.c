/*
 * `kinerja export DB DIR|FILE.xlsx`: the database as the CSV files of the
 * import template, or as one workbook with a sheet per table. The models are
 * loaded from the store here; io/ekspor writes them.
 */
#include <stdio.h>
#include <string.h>

#include "../io/ekspor.h"
#include "../io/xlsx.h"
#include "cli.h"

struct muat {
	struct store *s;
	struct ekspor_hasil *h;
	struct galat *g;
	const char *pemda;
};

static int satu_pengaturan(const char *kunci, const char *nilai, void *arg)
{
	struct muat *c = arg;
	ekspor_pengaturan(c->h, c->pemda, kunci, nilai);
	return 0;
}

static int satu_pemda(const char *kode, void *arg)
{
	struct muat *c = arg;
	struct model m;
	model_init(&m);
	int rc = store_muat(c->s, kode, &m, c->g);
	if (rc == 0) {
		c->pemda = m.pemda.kode;
		rc = store_pengaturan_daftar(c->s, kode, satu_pengaturan, c, c->g);
	}
	if (rc == 0)
		ekspor_model(c->h, &m);
	model_release(&m);
	return rc;
}

int cmd_export(int argc, char **argv)
{
	if (argc != 2)
		return cli_pemakaian("pemakaian: kinerja export DB FOLDER|BERKAS.xlsx");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(argv[0], STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct ekspor_hasil h;
	ekspor_init(&h);
	struct muat c = {s, &h, &g, NULL};
	int rc = store_pemda_daftar(s, satu_pemda, &c, &g);
	if (rc == 0)
		rc = cli_ekspor_evaluasi(s, &h, &g);
	store_close(s);
	if (rc == 0) {
		size_t len = strlen(argv[1]);
		if (len > 5 && strcmp(argv[1] + len - 5, ".xlsx") == 0)
			rc = xlsx_tulis_templat(&h, argv[1], &g);
		else
			rc = ekspor_folder(&h, argv[1], &g);
	}
	ekspor_release(&h);
	if (rc)
		return cli_galat(&g);
	printf("Ekspor selesai ke %s.\n", argv[1]);
	return KELUAR_OK;
}
