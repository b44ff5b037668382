/* Fuzz target for the CSV reader (io/csv.c). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "io/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_tabel t;
	struct galat g;
	galat_init(&g);
	if (csv_baca((const char *)data, size, "fuzz.csv", &t, &g) == 0) {
		for (long i = 0; i < t.n_baris; i++) {
			const struct csv_baris *b = &t.baris[i];
			if (b->nomor < 2 || b->n < 1)
				abort();
			for (int c = 0; c < b->n; c++)
				(void)csv_sel(b, c);
		}
		csv_release(&t);
	}
	return 0;
}
