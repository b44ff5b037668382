/*
 * Helper of tests/cli/muat_semua.sh: prints every pemda's model of DB as
 * store_muat_semua loads it (`semua`), or as store_muat loads it pemda by
 * pemda (`satu`), both in the order of the codes: its rows as the export
 * writes them (io/ekspor), its locked years, each PK version's content and
 * the measurement JSON of every year of its period. `henti N`: a walk whose
 * callback stops it at the Nth pemda prints the count and the status.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ukur.h"
#include "io/ekspor.h"
#include "report/ukur_json.h"
#include "store/store.h"

struct uji {
	struct store *s;
	int n, henti;
	char **kode;
	int n_kode;
};

static int cetak(struct model *m, void *arg)
{
	struct uji *u = arg;
	if (u->henti)
		return ++u->n == u->henti;
	printf("== pemda %s\n", m->pemda.kode);
	struct ekspor_hasil h;
	ekspor_init(&h);
	ekspor_model(&h, m);
	for (int i = 0; i < h.n; i++)
		printf("-- %s\n%s", h.nama[i], h.isi[i].data ? h.isi[i].data : "");
	ekspor_release(&h);
	for (int i = 0; i < m->n_kunci; i++)
		printf("kunci %d %s %s\n", m->kunci[i].tahun, m->kunci[i].waktu, m->kunci[i].oleh);
	for (int i = 0; i < m->n_pk; i++) {
		const struct pk *k = &m->pk[i];
		printf("pk %d %s %d:", k->tahun, k->opd ? k->opd : "", k->versi);
		for (int j = 0; j < k->n_isi; j++)
			printf(" %s=%s", k->isi[j].indikator, k->isi[j].target);
		for (int j = 0; j < k->n_anggaran; j++)
			printf(" %s:%lld", k->anggaran[j].program, (long long)k->anggaran[j].pagu);
		printf("\n");
	}
	for (int y = m->pemda.periode_awal; y <= m->pemda.periode_akhir; y++) {
		struct pengukuran p;
		ukur_hitung(m, y, &p);
		char *j = ukur_json_teks(&p);
		printf("ukur %d %s\n", y, j);
		free(j);
		ukur_release(&p);
	}
	return 0;
}

static int simpan_kode(const char *kode, void *arg)
{
	struct uji *u = arg;
	u->kode = realloc(u->kode, (size_t)(u->n_kode + 1) * sizeof(*u->kode));
	if (!u->kode)
		abort();
	u->kode[u->n_kode++] = strdup(kode);
	return 0;
}

static int banding_kode(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "pemakaian: uji_muat DB semua|satu|henti N\n");
		return 2;
	}
	struct galat g;
	galat_init(&g);
	struct uji u = {0};
	if (store_open(argv[1], STORE_ADA, &u.s, &g)) {
		fprintf(stderr, "%s\n", g.pesan);
		return 1;
	}
	int rc;
	if (strcmp(argv[2], "semua") == 0) {
		rc = store_muat_semua(u.s, cetak, &u, &g);
	} else if (strcmp(argv[2], "henti") == 0 && argc == 4) {
		u.henti = atoi(argv[3]);
		rc = store_muat_semua(u.s, cetak, &u, &g);
		printf("%d %d\n", u.n, rc);
		rc = 0;
	} else {
		rc = store_pemda_daftar(u.s, simpan_kode, &u, &g);
		qsort(u.kode, (size_t)u.n_kode, sizeof(*u.kode), banding_kode);
		for (int i = 0; i < u.n_kode && rc == 0; i++) {
			struct model m;
			model_init(&m);
			rc = store_muat(u.s, u.kode[i], &m, &g);
			if (rc == 0)
				cetak(&m, &u);
			model_release(&m);
		}
		for (int i = 0; i < u.n_kode; i++)
			free(u.kode[i]);
		free(u.kode);
	}
	if (rc)
		fprintf(stderr, "%s\n", g.pesan);
	store_close(u.s);
	return rc ? 1 : 0;
}
