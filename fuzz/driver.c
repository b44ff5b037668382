/*
 * Runs a fuzz target over seed files without libFuzzer: `make test` replays
 * the seed corpus under the sanitizers. Arguments are files or directories
 * (every regular file in a directory, in name order). Prints one TAP line per
 * seed and a last line saying what was checked, e.g.
 *   ok 10 - fuzz_csv: 9 seeds (4211 bytes) replayed from fuzz/seed/csv, no crash
 * A crash ends the process (the sanitizers' report); an unreadable seed or no
 * seed at all is a failure, so a missing corpus cannot pass silently.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int nomor, seed, gagal;
static size_t jumlah_byte;

/* Reads the whole file; NULL when it cannot be read. */
static uint8_t *baca(const char *jalur, size_t *n)
{
	FILE *f = fopen(jalur, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, len = 0;
	uint8_t *buf = malloc(cap);
	while (buf) {
		len += fread(buf + len, 1, cap - len, f);
		if (len < cap)
			break;
		uint8_t *lebih = realloc(buf, cap * 2);
		if (!lebih) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = lebih;
		cap *= 2;
	}
	int salah = ferror(f);
	fclose(f);
	if (salah) {
		free(buf);
		return NULL;
	}
	*n = len;
	return buf;
}

static void putar(const char *jalur)
{
	size_t n = 0;
	uint8_t *buf = baca(jalur, &n);
	nomor++;
	if (!buf) {
		printf("not ok %d - %s: cannot read\n", nomor, jalur);
		gagal++;
		return;
	}
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	seed++;
	jumlah_byte += n;
	printf("ok %d - %s (%zu bytes)\n", nomor, jalur, n);
	fflush(stdout);
}

static int banding(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays every regular file of a directory in name order. */
static void putar_folder(const char *folder)
{
	DIR *d = opendir(folder);
	if (!d) {
		printf("not ok %d - %s: cannot open the directory\n", ++nomor, folder);
		gagal++;
		return;
	}
	char **nama = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			char **lebih = realloc(nama, cap * sizeof(*nama));
			if (!lebih)
				abort(); /* out of memory in a test driver: nothing to recover */
			nama = lebih;
		}
		size_t len = strlen(folder) + strlen(e->d_name) + 2;
		nama[n] = malloc(len);
		if (!nama[n])
			abort();
		snprintf(nama[n], len, "%s/%s", folder, e->d_name);
		n++;
	}
	closedir(d);
	qsort(nama, n, sizeof(*nama), banding);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(nama[i], &st) == 0 && S_ISREG(st.st_mode))
			putar(nama[i]);
		free(nama[i]);
	}
	free(nama);
}

int main(int argc, char **argv)
{
	const char *target = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	char asal[512] = "";
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			putar_folder(argv[i]);
		else
			putar(argv[i]);
		/* Where the seeds came from, for the last line. */
		size_t len = strlen(asal);
		if (len < sizeof(asal) - 1)
			snprintf(asal + len, sizeof(asal) - len, "%s%s", len ? " " : "", argv[i]);
	}
	if (!seed) {
		printf("not ok %d - %s: no seed replayed%s%s\n", ++nomor, target,
		       *asal ? " from " : "", asal);
		gagal++;
	} else {
		printf("ok %d - %s: %d seeds (%zu bytes) replayed from %s, no crash\n", ++nomor,
		       target, seed, jumlah_byte, asal);
	}
	printf("1..%d\n", nomor);
	return gagal ? 1 : 0;
}
