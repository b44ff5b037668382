/*
 * Fuzz target for the multipart/form-data parser (web/multipart.c). The
 * input's first line is the Content-Type header, the rest the body. When the
 * parser accepts, every part lies inside the body and within the part limit,
 * its name is non-empty valid UTF-8, a text field is valid UTF-8 and a file
 * name holds only [A-Za-z0-9 ._-] with no leading dot and no path; when it
 * refuses, the message is printable ASCII.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "web/masukan.h"
#include "web/multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *nl = memchr(s, '\n', size < 300 ? size : 300);
	char ct[301] = "multipart/form-data; boundary=x";
	size_t awal = 0;
	if (nl) {
		size_t k = (size_t)(nl - s);
		memcpy(ct, s, k);
		ct[k] = '\0';
		awal = k + 1;
	}
	/* A copy of exactly the body, so that ASan sees any read past its end. */
	size_t n = size - awal;
	char *body = malloc(n ? n : 1);
	if (!body)
		return 0;
	memcpy(body, s + awal, n);
	const struct multipart_batas batas = {.per_bagian = 4096, .total = 1 << 20, .bagian = 8};
	struct arena a;
	arena_init(&a);
	struct multipart m;
	char pesan[200] = "";
	if (multipart_urai(ct, body, n, &batas, &a, &m, pesan, sizeof(pesan))) {
		if (!pesan[0])
			abort();
		for (const char *c = pesan; *c; c++)
			if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7F)
				abort();
	} else {
		if (m.n > batas.bagian)
			abort();
		for (int i = 0; i < m.n; i++) {
			const struct multipart_bagian *p = &m.bagian[i];
			if (!p->nama[0] || !masukan_utf8_sah(p->nama, strlen(p->nama)) || !p->jenis)
				abort();
			if (p->data < body || p->data + p->n > body + n || p->n > batas.per_bagian)
				abort();
			if (!p->berkas && !masukan_utf8_sah(p->data, p->n))
				abort();
			if (p->berkas) {
				if (!p->berkas[0] || p->berkas[0] == '.' ||
				    strlen(p->berkas) > MULTIPART_BERKAS_MAKS)
					abort();
				for (const char *c = p->berkas; *c; c++)
					if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
						    "0123456789 ._-",
						    *c))
						abort();
			}
			if (multipart_cari(&m, p->nama) == NULL)
				abort();
		}
	}
	arena_release(&a);
	free(body);
	return 0;
}
