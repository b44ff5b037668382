/*
 * Fuzz target for the urlencoded form parser of the pages (web/masukan.c):
 * when the check passes a body, every field the parser returns is valid
 * UTF-8 within the field limit; when it refuses one, it names a field in
 * printable ASCII.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "web/masukan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *body = (const char *)data;
	char salah[64] = "";
	int cek = masukan_form_cek(body, size, salah, sizeof(salah));
	if (cek) {
		if (!salah[0])
			abort();
		for (const char *c = salah; *c; c++)
			if (*c < 0x20 || *c >= 0x7F)
				abort();
		return 0;
	}
	/* The names the pages read, and the body's first field name. */
	char pertama[64] = "";
	const char *eq = memchr(body, '=', size < 60 ? size : 60);
	if (eq && !memchr(body, '&', (size_t)(eq - body))) {
		memcpy(pertama, body, (size_t)(eq - body));
		pertama[eq - body] = '\0';
	}
	const char *nama[] = {"nama", "kata_sandi", "csrf", "pemda", "tahun", pertama};
	struct arena a;
	arena_init(&a);
	for (size_t i = 0; i < sizeof(nama) / sizeof(*nama); i++) {
		const char *v = masukan_form_cari(body, size, nama[i], 1024, &a);
		if (v && (strlen(v) > 1024 || !masukan_utf8_sah(v, strlen(v))))
			abort();
	}
	arena_release(&a);
	return 0;
}
