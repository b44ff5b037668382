/*
 * Fuzz target for the number parser (core/angka.c, core/nilai.c). Checks
 * that a parsed number written canonically reads back to the same value.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/angka.h"
#include "core/nilai.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char s[256];
	if (size >= sizeof(s))
		size = sizeof(s) - 1;
	memcpy(s, data, size);
	s[size] = '\0';
	const enum angka_gaya gaya[] = {GAYA_TIDAK_TAHU, GAYA_ID, GAYA_INTL};
	for (int i = 0; i < 3; i++) {
		double v;
		if (angka_parse(s, gaya[i], &v, NULL) == ANGKA_OK) {
			char k[64], f[512];
			double back;
			angka_format_kanonik(v, k, sizeof(k));
			if (angka_parse(k, GAYA_TIDAK_TAHU, &back, NULL) != ANGKA_OK || back != v)
				abort();
			angka_format(v, 2, f, sizeof(f));
		}
	}
	char lo[64], hi[64];
	angka_rentang_pisah(s, lo, sizeof(lo), hi, sizeof(hi));
	struct arena a;
	arena_init(&a);
	struct nilai n;
	if (nilai_parse(s, GAYA_TIDAK_TAHU, NULL, 1, &a, &n, NULL) == ANGKA_OK) {
		char k[256];
		nilai_kanonik(&n, k, sizeof(k));
	}
	arena_release(&a);
	return 0;
}
