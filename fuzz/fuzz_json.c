/*
 * Fuzz target for the JSON bodies of the web API: the UTF-8 check of every
 * string (web/masukan.c) and jansson's parser as the handlers call it. Checks
 * that both agree: a body the check passes that parses holds only valid
 * UTF-8 strings, and a body the check refuses does not parse.
 */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "web/masukan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void semua_sah(json_t *j, int dalam)
{
	if (dalam > 64)
		return;
	const char *k;
	json_t *v;
	size_t i;
	if (json_is_string(j) &&
	    !masukan_utf8_sah(json_string_value(j), json_string_length(j)))
		abort();
	if (json_is_object(j)) {
		json_object_foreach(j, k, v) {
			if (!masukan_utf8_sah(k, strlen(k)))
				abort();
			semua_sah(v, dalam + 1);
		}
	}
	if (json_is_array(j)) {
		json_array_foreach(j, i, v) semua_sah(v, dalam + 1);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *teks = (const char *)data;
	char salah[64] = "";
	int cek = masukan_json_cek(teks, size, salah, sizeof(salah));
	if (cek && !salah[0])
		abort(); /* a refusal always names where */
	json_error_t e;
	json_t *j = json_loadb(teks, size, JSON_REJECT_DUPLICATES, &e);
	if (j) {
		if (cek)
			abort(); /* refused by the check, accepted by the parser */
		semua_sah(j, 0);
		json_decref(j);
	}
	return 0;
}
