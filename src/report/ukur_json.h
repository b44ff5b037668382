/*
 * The JSON of a measurement (`measure --json`, GET /api/capaian) with exactly
 * the keys of antarmuka.md. Numbers rounded to 4 decimals.
 */
#ifndef KINERJA_UKUR_JSON_H
#define KINERJA_UKUR_JSON_H

#include <jansson.h>

#include "../core/proyeksi.h"
#include "../core/ukur.h"

/* A new reference the caller owns (json_decref). */
json_t *ukur_json(const struct pengukuran *p);

/* Serialises as antarmuka.md writes it; the returned string is the caller's to free. */
char *ukur_json_teks(const struct pengukuran *p);

/* The `proyeksi` object of wilayah.md, or null when !pr->ada (a new reference). */
json_t *ukur_json_proyeksi(const struct proyeksi *pr);

/* Serialises j as antarmuka.md writes JSON and releases it; the string is the caller's. */
char *ukur_json_tulis(json_t *j);
/* One indicator's object of the "indikator" list (a new reference). */
json_t *ukur_json_indikator(const struct ukur_indikator *u);

/* JSON number rounded to 4 decimals, or null when !ada. */
json_t *ukur_json_angka(int ada, double v);

#endif
