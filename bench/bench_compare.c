/*
 * Benchmark of the province view (bench/compare.sh): loads every pemda of a
 * database (layanan/wilayah.h, as `kinerja compare` does) and then compares the
 * children of one parent on one indicator (report/banding_json.h), timing both.
 * Usage: bench_compare DB INDUK INDIKATOR TAHUN
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "layanan/wilayah.h"
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
	double t0 = detik();
	struct wilayah_data w;
	if (wilayah_muat(s, &w, &g)) {
		fprintf(stderr, "%s\n", g.pesan);
		wilayah_data_release(&w);
		store_close(s);
		return 1;
	}
	double t1 = detik();
	const struct model *induk = wilayah_cari(&w, argv[2]);
	int tahun = atoi(argv[4]);
	const int ulang = 200;
	int n = 0;
	size_t panjang = 0;
	for (int i = 0; i < ulang; i++) {
		struct wilayah_hasil h;
		if (banding_json_hitung(argv[2], induk, wilayah_cari(&w, "00"), w.semua, w.n,
					argv[3], tahun, NULL, &h) == 0) {
			char *j = banding_json_teks(&h);
			panjang += j ? 1 : 0;
			free(j);
		}
		n = h.n;
		wilayah_hasil_release(&h);
	}
	double t2 = detik();
	printf("pemda dimuat: %d dalam %.1f ms (store_muat setiap pemda)\n", w.n, (t1 - t0) * 1e3);
	printf("perbandingan %s/%s/%d: %d wilayah, %.3f ms per perbandingan + JSON (rata-rata %d "
	       "kali)\n",
	       argv[2], argv[3], tahun, n, (t2 - t1) * 1e3 / ulang, ulang);
	wilayah_data_release(&w);
	store_close(s);
	return panjang == (size_t)ulang ? 0 : 1;
}
