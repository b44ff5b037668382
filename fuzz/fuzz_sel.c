/*
 * Fuzz target for the import's cell validation (io/impor.c impor_sel_periksa):
 * byte 0 picks a column of the template, byte 1 the indicator's arah (bits
 * 0-1) and scale (bits 2-4: none, opini_bpk, akip, lppd, ikm_mutu); the rest
 * is the cell. An accepted cell must be valid UTF-8 of bounded length, and an
 * accepted category must belong to the scale.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/nilai.h"
#include "core/skala.h"
#include "io/impor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	int semua = 0;
	for (int t = 0; t < TEMPLAT_N; t++)
		semua += templat[t].n_kolom;
	int pilih = data[0] % semua, t = 0;
	while (pilih >= templat[t].n_kolom)
		pilih -= templat[t++].n_kolom;
	enum arah arah = (enum arah)(data[1] & 3);
	static const char *const skala[] = {NULL, "opini_bpk", "akip", "lppd", "ikm_mutu"};
	const char *nama = skala[((data[1] >> 2) & 7) % 5];
	char *isi = malloc(size - 1);
	memcpy(isi, data + 2, size - 2);
	isi[size - 2] = '\0';
	struct model m;
	model_init(&m);
	const struct skala *sk = nama ? model_skala(&m, nama) : NULL;
	struct galat g;
	galat_init(&g);
	int r = impor_sel_periksa((enum templat_id)t, pilih, isi, arah, sk, &g);
	if (r == 0) {
		size_t n = strlen(isi);
		if (!csv_utf8_sah(isi, n) || n > IMPOR_SEL_MAKS)
			abort();
		const struct templat_kolom *k = &templat[t].kolom[pilih];
		if (k->jenis == TJ_NILAI && arah == ARAH_KATEGORI && sk && !angka_kosong(isi)) {
			struct arena a;
			arena_init(&a);
			struct nilai v;
			if (nilai_parse(isi, GAYA_ID, sk, 0, &a, &v, NULL) == ANGKA_OK &&
			    v.jenis == NILAI_KATEGORI && !skala_peringkat(sk, v.kategori))
				abort();
			arena_release(&a);
		}
	} else if (!g.pesan[0]) {
		abort(); /* a refusal always says why */
	}
	model_release(&m);
	free(isi);
	return 0;
}
