/*
 * `kinerja report DB --pemda KODE --tahun YYYY --format html|pdf|xlsx|csv -o FILE`:
 * the LKjIP document (csv: -o ending in '/' writes a folder, one file per table).
 */
#include <stdio.h>
#include <string.h>

#include "../layanan/wilayah.h"
#include "../report/laporan.h"
#include "../store/store.h"
#include "cli.h"

int cmd_report(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,format,o", &o);
	if (rc)
		return rc;
	if (!o.format || !o.keluaran)
		return cli_pemakaian("pemakaian: kinerja report DB --pemda KODE --tahun YYYY "
				     "--format html|pdf|xlsx|csv -o BERKAS");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	/* a province with the regions under it (its comparison table) */
	struct wilayah_data w = {0};
	model_init(&w.induk);
	rc = store_muat(s, o.pemda, &w.induk, &g);
	w.ada_induk = 1;
	if (!rc && w.induk.pemda.jenis && strcmp(w.induk.pemda.jenis, "provinsi") == 0) {
		wilayah_data_release(&w);
		rc = wilayah_muat(s, o.pemda, &w, &g);
	}
	if (rc) {
		wilayah_data_release(&w);
		store_close(s);
		return cli_galat(&g);
	}
	store_close(s);
	struct dokumen_wilayah dw = {w.anak, w.n, w.ada_nasional ? &w.nasional : NULL};
	rc = laporan_tulis_wilayah(&w.induk, &dw, o.tahun, o.format, o.keluaran, &g);
	laporan_bersihkan();
	wilayah_data_release(&w);
	if (rc)
		return cli_galat(&g);
	printf("Laporan %s tahun %d ditulis ke %s.\n", o.format, o.tahun, o.keluaran);
	return KELUAR_OK;
}
