/*
 * Benchmark of the province view (bench/compare.sh): reads the children of one
 * parent with the one indicator and year (store/store_wilayah.h, as `kinerja
 * compare` does) and compares them (report/banding_json.h), timing both.
 * Usage: bench_compare DB INDUK INDIKATOR TAHUN
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "layanan/wilayah.h"
#include "store/store_wilayah.h"
#include "report/banding_json.h"

static double detik(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "pemakaian: bench_compare DB INDUK INDIKATOR TAHUN\n");
		return 2;
	}
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(argv[1], STORE_ADA, &s, &g)) {
		fprintf(stderr, "%s\n", g.pesan);
		return 1;
	}
	int tahun = atoi(argv[4]);
	const int ulang = 200;
	int n = 0, n_pemda = 0;
	size_t panjang = 0;
	double t_muat = 0, t_banding = 0;
	for (int i = 0; i < ulang; i++) {
		double t0 = detik();
		struct store_wilayah w;
		if (store_wilayah_muat(s, argv[2], argv[3], tahun, &w, &g)) {
			fprintf(stderr, "%s\n", g.pesan);
			store_wilayah_release(&w);
			store_close(s);
			return 1;
		}
		double t1 = detik();
		struct wilayah_hasil h;
		if (banding_json_hitung(argv[2], w.induk, w.nasional, w.anak, w.n, argv[3], tahun,
					NULL, &h) == 0) {
			char *j = banding_json_teks(&h);
			panjang += j ? 1 : 0;
			free(j);
		}
		n = h.n;
		n_pemda = w.n + w.n_lain;
		wilayah_hasil_release(&h);
		store_wilayah_release(&w);
		t_muat += t1 - t0;
		t_banding += detik() - t1;
	}
	printf("pemda dibaca: %d dalam %.3f ms (store_wilayah_muat, rata-rata %d kali)\n", n_pemda,
	       t_muat * 1e3 / ulang, ulang);
	printf("perbandingan %s/%s/%d: %d wilayah, %.3f ms per perbandingan + JSON (rata-rata %d "
	       "kali)\n",
	       argv[2], argv[3], tahun, n, t_banding * 1e3 / ulang, ulang);
	store_close(s);
	return panjang == (size_t)ulang ? 0 : 1;
}
