/*
 * Fuzz target for the content sniffer (core/jenis_berkas.c): any input is
 * classified without reading past its end (the copy is exactly the input, so
 * ASan sees any overread); an accepted type has its magic bytes at the start
 * (PDF, PNG, JPEG) or is a ZIP that names [Content_Types].xml; the type's
 * name reads back to the type. The input, read as a file name, is made
 * harmless: only [A-Za-z0-9 ._-], no leading dot or space, at most
 * BERKAS_NAMA_MAKS bytes, never empty.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/jenis_berkas.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *p = malloc(size ? size : 1);
	if (!p)
		return 0;
	memcpy(p, data, size);
	enum jenis_berkas j = jenis_berkas_kenali(p, size);
	switch (j) {
	case JB_TIDAK:
		break;
	case JB_PDF:
		if (size < 5 || memcmp(p, "%PDF-", 5) != 0)
			abort();
		break;
	case JB_PNG:
		if (size < 8 || p[0] != 0x89 || memcmp(p + 1, "PNG", 3) != 0)
			abort();
		break;
	case JB_JPEG:
		if (size < 3 || p[0] != 0xff || p[1] != 0xd8)
			abort();
		break;
	case JB_XLSX:
	case JB_DOCX:
		if (size < 30 || memcmp(p, "PK\x03\x04", 4) != 0 ||
		    !memmem(p, size, "[Content_Types].xml", 19))
			abort();
		break;
	}
	if (jenis_berkas_dari_nama(jenis_berkas_nama(j)) != j)
		abort();
	char aman[BERKAS_NAMA_MAKS + 1], unduh[BERKAS_NAMA_MAKS + 8];
	berkas_nama_aman((const char *)p, size, aman, sizeof(aman));
	size_t n = strlen(aman);
	if (n == 0 || n > BERKAS_NAMA_MAKS || aman[0] == '.' || aman[0] == ' ')
		abort();
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)aman[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      c == '.' || c == '-' || c == '_' || c == ' '))
			abort();
	}
	berkas_nama_unduh(aman, j, unduh, sizeof(unduh));
	if (strncmp(unduh, aman, n) != 0)
		abort();
	free(p);
	return 0;
}
