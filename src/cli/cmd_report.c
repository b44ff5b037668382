/*
 * `kinerja report DB --pemda KODE --tahun YYYY --format html|pdf|xlsx|csv -o FILE`:
 * the LKjIP document (csv: -o ending in '/' writes a folder, one file per table).
 */
#include <stdio.h>
#include <string.h>

#include "../report/laporan.h"
#include "../store/store.h"
#include "cli.h"

int cmd_report(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,format,o,dokumen", &o);
	if (rc)
		return rc;
	if (o.dokumen && strcmp(o.dokumen, "reviu") == 0)
		return cli_pernyataan(&o);
	if (o.dokumen && strcmp(o.dokumen, "lkjip") != 0)
		return cli_pemakaian("--dokumen harus lkjip atau reviu");
	if (!o.format || !o.keluaran)
		return cli_pemakaian("pemakaian: kinerja report DB --pemda KODE --tahun YYYY "
				     "--format html|pdf|xlsx|csv -o BERKAS");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct model m;
	model_init(&m);
	if (store_muat(s, o.pemda, &m, &g)) {
		model_release(&m);
		store_close(s);
		return cli_galat(&g);
	}
	store_close(s);
	rc = laporan_tulis(&m, o.tahun, o.format, o.keluaran, &g);
	laporan_bersihkan();
	model_release(&m);
	if (rc)
		return cli_galat(&g);
	printf("Laporan %s tahun %d ditulis ke %s.\n", o.format, o.tahun, o.keluaran);
	return KELUAR_OK;
}
