/*
 * `kinerja report DB --pemda KODE --tahun YYYY [--opd KODE] [--dokumen lkjip|pk|reviu|evaluasi]
 * [--versi N] --format html|pdf|xlsx|csv -o FILE`: the LKjIP (csv: -o ending in '/' writes
 * a folder, one file per table), an OPD's LKj, a Perjanjian Kinerja version (pdf, html).
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
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,format,o,dokumen,opd,versi", &o);
	if (rc)
		return rc;
	if (o.dokumen && strcmp(o.dokumen, "evaluasi") == 0 && o.format && o.keluaran)
		return cli_laporan_evaluasi(&o);
	if (o.dokumen && strcmp(o.dokumen, "reviu") == 0)
		return cli_pernyataan(&o);
	if (o.dokumen && strcmp(o.dokumen, "lkjip") != 0 && strcmp(o.dokumen, "pk") != 0)
		return cli_pemakaian("--dokumen '%s' tidak dikenal (lkjip, pk, evaluasi, reviu)",
				     o.dokumen);
	if (o.versi && !(o.dokumen && strcmp(o.dokumen, "pk") == 0))
		return cli_pemakaian("--versi hanya untuk --dokumen pk");
	if (!o.format || !o.keluaran)
		return cli_pemakaian("pemakaian: kinerja report DB --pemda KODE --tahun YYYY "
				     "[--opd KODE] [--dokumen lkjip|pk] [--versi N] "
				     "--format html|pdf|xlsx|csv -o BERKAS");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o.db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	/* a province with the regions under it (its comparison table) */
	struct store_wilayah w = {0};
	struct dokumen_wilayah dw = {0};
	struct model m;
	model_init(&m);
	rc = store_muat(s, o.pemda, &m, &g);
	if (!rc)
		rc = wilayah_laporan(s, &m, o.tahun, &w, &dw, &g);
	store_close(s);
	if (rc) {
		store_wilayah_release(&w);
		model_release(&m);
		return cli_galat(&g);
	}
	const struct laporan_lingkup l = {o.dokumen, o.opd, o.versi, &dw};
	rc = laporan_tulis_lingkup(&m, &l, o.tahun, o.format, o.keluaran, &g);
	laporan_bersihkan();
	store_wilayah_release(&w);
	model_release(&m);
	if (rc)
		return cli_galat(&g);
	/* the message names the document written: a PK is no "Laporan" */
	if (o.dokumen && strcmp(o.dokumen, "pk") == 0) {
		char versi[24] = "";
		if (o.versi)
			snprintf(versi, sizeof(versi), " versi %d", o.versi);
		printf("Perjanjian Kinerja %s%s tahun %d%s (%s) ditulis ke %s.\n",
		       o.opd ? "OPD " : "kepala daerah", o.opd ? o.opd : "", o.tahun, versi,
		       o.format, o.keluaran);
	} else if (o.opd)
		printf("Laporan Kinerja OPD %s tahun %d (%s) ditulis ke %s.\n", o.opd, o.tahun,
		       o.format, o.keluaran);
	else
		printf("Laporan %s tahun %d ditulis ke %s.\n", o.format, o.tahun, o.keluaran);
	return KELUAR_OK;
}
