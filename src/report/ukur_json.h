/*
 * The JSON of a measurement (`measure --json`, GET /api/capaian) with exactly
 * the keys of antarmuka.md. Numbers rounded to 4 decimals.
 */
#ifndef KINERJA_UKUR_JSON_H
#define KINERJA_UKUR_JSON_H

#include <jansson.h>

#include "../core/ukur.h"

/* A new reference the caller owns (json_decref). */
json_t *ukur_json(const struct pengukuran *p);

/* Serialises as antarmuka.md writes it; the returned string is the caller's to free. */
char *ukur_json_teks(const struct pengukuran *p);


/* JSON number rounded to 4 decimals, or null when !ada. */
json_t *ukur_json_angka(int ada, double v);

#endif
