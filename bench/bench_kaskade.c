/*
 * Benchmark (issue 11): measures every OPD of every pemda of a database for
 * one year: loads every pemda (store_muat_semua: each table read once per
 * chunk of pemda), runs the pemda's measurement and the cascade's
 * (core/kaskade.h), and prints the counts and the times of loading and
 * measuring.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/kaskade.h"
#include "store/store.h"

struct hasil {
	struct store *s;
	int tahun;
	long pemda, opd, simpul;
	double t_muat, t_ukur;
	double t_akhir; /* when the last cascade ended (or the walk began) */
	double cek; /* sum of OPD capaian, so the work cannot be optimised away */
};

static double detik(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pemda's model, loaded since the previous call's end (t_akhir): its cascade. */
static int satu(struct model *m, void *arg)
{
	struct hasil *h = arg;
	double t1 = detik();
	h->t_muat += t1 - h->t_akhir;
	if (m->n_opd) {
		struct pengukuran p;
		struct kaskade k;
		ukur_hitung(m, h->tahun, &p);
		kaskade_hitung(&p, &k);
		h->pemda++;
		h->opd += k.n_opd;
		h->simpul += k.n_simpul;
		for (int o = 0; o < k.n_opd; o++)
			if (k.opd[o].ada_capaian)
				h->cek += k.opd[o].capaian;
		kaskade_release(&k);
		ukur_release(&p);
	}
	h->t_akhir = detik();
	h->t_ukur += h->t_akhir - t1;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "pemakaian: bench_kaskade DB TAHUN\n");
		return 2;
	}
	struct galat g;
	galat_init(&g);
	struct hasil h;
	memset(&h, 0, sizeof(h));
	h.tahun = atoi(argv[2]);
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
	printf("%ld pemda, %ld OPD, %ld simpul rencana, tahun %d\n", h.pemda, h.opd, h.simpul,
	       h.tahun);
	printf("muat dari basis data: %.3f s; pengukuran pemda + setiap OPD: %.3f s; total: %.3f s "
	       "(cek %.1f)\n",
	       h.t_muat, h.t_ukur, total, h.cek);
	return rc ? 1 : 0;
}
