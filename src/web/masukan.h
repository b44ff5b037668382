/*
 * Checks of what a web client sends, with no libmicrohttpd and no request:
 * UTF-8 validity, the urlencoded form parser, and the strings of a JSON body.
 * Pure, so that the fuzz targets (fuzz/fuzz_form.c, fuzz/fuzz_json.c) run them alone.
 */
#ifndef KINERJA_WEB_MASUKAN_H
#define KINERJA_WEB_MASUKAN_H

#include <stddef.h>

#include "../util/util.h"

/*
 * Whether s[0..n) is well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF) without a NUL byte.
 */
int masukan_utf8_sah(const char *s, size_t n);

/*
 * The value of field `nama` of the application/x-www-form-urlencoded body
 * body[0..n), percent-decoded into a; NULL when absent, when its encoded
 * value is longer than 3 * batas or its decoded value longer than batas.
 */
const char *masukan_form_cari(const char *body, size_t n, const char *nama, size_t batas,
			      struct arena *a);

/*
 * Checks every field name and value of a urlencoded body, decoded: 0 when all
 * are valid UTF-8 without NUL, else -1 with the offending field's name
 * (printable ASCII only; "?" for the rest) in salah (nsalah bytes).
 */
int masukan_form_cek(const char *body, size_t n, char *salah, size_t nsalah);

/*
 * Checks every string of a JSON text (keys and values, raw bytes and \u
 * escapes): 0 when all are valid UTF-8 without U+0000 and without unpaired
 * surrogates, else -1 with the member whose key or value is invalid in salah
 * (the key as in masukan_form_cek; "(nama kolom)" when the key itself is
 * invalid, "(isi)" for a string outside any object). The JSON grammar itself
 * is left to the parser.
 */
int masukan_json_cek(const char *teks, size_t n, char *salah, size_t nsalah);

#endif
