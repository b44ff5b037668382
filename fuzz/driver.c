/*
 * Runs a fuzz target over the files named on the command line, without
 * libFuzzer: `make test` replays the seed corpus under the sanitizers.
 * Prints one TAP line per file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			printf("not ok %d - %s: cannot open\n", i, argv[i]);
			continue;
		}
		uint8_t *buf = malloc(1 << 20);
		size_t n = fread(buf, 1, 1 << 20, f);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
		printf("ok %d - %s\n", i, argv[i]);
	}
	return 0;
}
