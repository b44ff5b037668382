/*
 * Benchmark: measures every pemda-year of a database (bench/run.sh). Loads
 * each pemda once from the store and runs the measurement for each year of
 * its RPJMD period; prints the count and the time of loading and measuring.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/ukur.h"
#include "store/store.h"

struct hasil {
	struct store *s;
	long pemda, ukur, indikator;
	double t_muat, t_ukur;
	double cek; /* sum of capaian, so the work cannot be optimised away */
};

static double detik(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int satu(const char *kode, void *arg)
{
	struct hasil *h = arg;
	struct galat g;
	galat_init(&g);
	struct model m;
	model_init(&m);
	double t0 = detik();
	if (store_muat(h->s, kode, &m, &g)) {
		fprintf(stderr, "%s: %s\n", kode, g.pesan);
		model_release(&m);
		return -1;
	}
	double t1 = detik();
	h->t_muat += t1 - t0;
	if (m.n_indikator) {
		h->pemda++;
		for (int y = m.pemda.periode_awal; y <= m.pemda.periode_akhir; y++) {
			struct pengukuran p;
			ukur_hitung(&m, y, &p);
			h->ukur++;
			h->indikator += p.n_indikator;
			for (int i = 0; i < p.n_indikator; i++)
				if (p.indikator[i].capaian.ada)
					h->cek += p.indikator[i].capaian.nilai;
			ukur_release(&p);
		}
	}
	h->t_ukur += detik() - t1;
	model_release(&m);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "pemakaian: bench_ukur DB\n");
		return 2;
	}
	struct galat g;
	galat_init(&g);
	struct hasil h;
	memset(&h, 0, sizeof(h));
	if (store_open(argv[1], STORE_ADA, &h.s, &g)) {
		fprintf(stderr, "%s\n", g.pesan);
		return 1;
	}
	double t0 = detik();
	int rc = store_pemda_daftar(h.s, satu, &h, &g);
	double total = detik() - t0;
	store_close(h.s);
	printf("%ld pemda, %ld pengukuran pemda-tahun, %ld indikator-tahun\n", h.pemda, h.ukur,
	       h.indikator);
	printf("muat dari basis data: %.3f s; pengukuran: %.3f s; total: %.3f s (cek %.1f)\n",
	       h.t_muat, h.t_ukur, total, h.cek);
	return rc ? 1 : 0;
}
