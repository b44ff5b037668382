/*
 * Benchmark: measures every pemda-year of a database (bench/run.sh). Loads
 * every pemda from the store (store_muat_semua: each table read once per chunk
 * of pemda) and runs the measurement for each year of its RPJMD period; prints
 * the count and the time of loading and measuring.
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
	double t_akhir; /* when the last measurement ended (or the walk began) */
	double cek; /* sum of capaian, so the work cannot be optimised away */
};

static double detik(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pemda's model, loaded since the previous call's end (t_akhir): its measurements. */
static int satu(struct model *m, void *arg)
{
	struct hasil *h = arg;
	double t1 = detik();
	h->t_muat += t1 - h->t_akhir;
	if (m->n_indikator) {
		h->pemda++;
		for (int y = m->pemda.periode_awal; y <= m->pemda.periode_akhir; y++) {
			struct pengukuran p;
			ukur_hitung(m, y, &p);
			h->ukur++;
			h->indikator += p.n_indikator;
			for (int i = 0; i < p.n_indikator; i++)
				if (p.indikator[i].capaian.ada)
					h->cek += p.indikator[i].capaian.nilai;
			ukur_release(&p);
		}
	}
	h->t_akhir = detik();
	h->t_ukur += h->t_akhir - t1;
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
	h.t_akhir = t0;
	int rc = store_muat_semua(h.s, satu, &h, &g);
	double total = detik() - t0;
	h.t_muat += t0 + total - h.t_akhir; /* the end of the walk */
	if (rc)
		fprintf(stderr, "%s\n", g.pesan);
	store_close(h.s);
	printf("%ld pemda, %ld pengukuran pemda-tahun, %ld indikator-tahun\n", h.pemda, h.ukur,
	       h.indikator);
	printf("muat dari basis data: %.3f s; pengukuran: %.3f s; total: %.3f s (cek %.1f)\n",
	       h.t_muat, h.t_ukur, total, h.cek);
	return rc ? 1 : 0;
}
