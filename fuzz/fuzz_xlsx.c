/* libFuzzer target for the XLSX reader: any bytes must be read or refused, never crash. */
#include <stddef.h>
#include <stdint.h>

#include "../src/io/xlsx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xlsx_buku b;
	struct galat g;
	galat_init(&g);
	xlsx_baca(data, size, "fuzz.xlsx", &b, &g);
	xlsx_release(&b);
	return 0;
}
