/*
 * `kinerja tree DB --pemda K --tahun Y [--json]`: the pohon kinerja from the
 * visi down to the sub-kegiatan, each node with its capaian and predikat.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../core/kaskade.h"
#include "../report/kaskade_json.h"
#include "cli.h"

int cmd_tree(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,json", &o);
	if (rc)
		return rc;
	struct model m;
	rc = cli_muat(&o, &m);
	if (rc)
		return rc;
	struct pengukuran p;
	ukur_hitung(&m, o.tahun, &p);
	struct kaskade k;
	kaskade_hitung(&p, &k);
	if (o.json) {
		json_t *j = kaskade_json_pohon(&p, &k);
		char *t = kaskade_json_teks(j);
		puts(t);
		free(t);
		json_decref(j);
	} else {
		struct buf b = BUF_INIT;
		kaskade_pohon_teks(&p, &k, &b);
		fputs(b.data, stdout);
		buf_release(&b);
	}
	kaskade_release(&k);
	ukur_release(&p);
	model_release(&m);
	return KELUAR_OK;
}
