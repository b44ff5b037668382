/*
 * `kinerja report DB --pemda K --tahun Y --dokumen reviu --format html|pdf -o F`:
 * the review statement (Pernyataan Telah Direviu), written only when every
 * `kesalahan` finding is corrected or answered by a reviewer's note; else
 * exit 1 naming the open ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../layanan/kunci.h"
#include "../report/laporan.h"
#include "../report/pernyataan.h"
#include "../store/store_siklus.h"
#include "cli.h"

struct kumpul {
	struct arena *a;
	struct pernyataan_catatan *c;
	int n, cap;
};

static int satu(const struct store_catatan *x, void *arg)
{
	struct kumpul *k = arg;
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->c = xrealloc(k->c, (size_t)k->cap * sizeof(*k->c));
	}
	k->c[k->n++] = (struct pernyataan_catatan){
	    arena_strdup(k->a, x->objek), arena_strdup(k->a, x->ukuran),
	    arena_strdup(k->a, x->sumber), arena_strdup(k->a, x->catatan),
	    arena_strdup(k->a, x->oleh)};
	return 0;
}

int cli_pernyataan(const struct cli_opsi *o)
{
	if (!o->format || !o->keluaran)
		return cli_pemakaian("pemakaian: kinerja report DB --pemda KODE --tahun YYYY "
				     "--dokumen reviu --format html|pdf -o BERKAS");
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(o->db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct model m;
	model_init(&m);
	struct kumpul k = {.a = &m.arena};
	char kunci[160] = "";
	int rc = KELUAR_GALAT;
	if (store_muat(s, o->pemda, &m, &g) ||
	    store_catatan_daftar(s, o->pemda, o->tahun, satu, &k, &g) ||
	    kunci_keterangan(s, o->pemda, o->tahun, kunci, sizeof(kunci)) < 0) {
		store_close(s);
		rc = cli_galat(&g);
		goto out;
	}
	store_close(s);
	struct reviu r;
	reviu_jalankan(&m, o->tahun, &r);
	struct buf terbuka = BUF_INIT;
	int buka = pernyataan_terbuka(&r, k.c, k.n, &terbuka);
	reviu_release(&r);
	if (buka) {
		fprintf(stderr,
			"kinerja: pernyataan telah direviu tidak dibuat: %d kesalahan belum dikoreksi "
			"atau dijawab catatan reviu:\n%s",
			buka, terbuka.data);
		buf_release(&terbuka);
		goto out;
	}
	buf_release(&terbuka);
	if (pernyataan_tulis(&m, o->tahun, k.c, k.n, kunci, o->format, o->keluaran, &g)) {
		rc = cli_galat(&g);
		goto out;
	}
	printf("Pernyataan telah direviu %s tahun %d ditulis ke %s (%d catatan reviu).\n",
	       o->pemda, o->tahun, o->keluaran, k.n);
	rc = KELUAR_OK;
out:
	laporan_bersihkan();
	free(k.c);
	model_release(&m);
	return rc;
}
