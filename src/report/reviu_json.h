/*
 * The JSON of a review (`review --json`, GET /api/reviu) with exactly the
 * keys of antarmuka.md. Numbers rounded to 4 decimals, null where absent.
 */
#ifndef KINERJA_REVIU_JSON_H
#define KINERJA_REVIU_JSON_H

#include <jansson.h>

#include "../core/reviu.h"

/*
 * A new reference the caller owns (json_decref). "dilaporkan" and
 * "seharusnya" are numbers, or the text of a predikat or category, or null.
 */
json_t *reviu_json(const struct reviu *r, const struct model *m);

/* Serialises as antarmuka.md writes it; the returned string is the caller's to free. */
char *reviu_json_teks(const struct reviu *r, const struct model *m);

#endif
