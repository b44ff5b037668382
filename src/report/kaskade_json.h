/*
 * The JSON of the measurement below the pemda (antarmuka.md): the OPD
 * ranking of the pemda's measure JSON, one OPD's measurement (`measure
 * --opd`) and the pohon kinerja (`tree --json`).
 */
#ifndef KINERJA_KASKADE_JSON_H
#define KINERJA_KASKADE_JSON_H

#include <jansson.h>

#include "../core/kaskade.h"

/* [{kode, nama, capaian, predikat, serapan, peringkat}, ...] ranked (a new reference). */
json_t *kaskade_json_peringkat(const struct kaskade *k);

/* One OPD (index o of k->opd): pemda, tahun, opd, indikator, rencana, ringkasan. */
json_t *kaskade_json_opd(const struct pengukuran *p, const struct kaskade *k, int o);

/* The pohon kinerja: {pemda, tahun, pohon: [nested nodes]}. */
json_t *kaskade_json_pohon(const struct pengukuran *p, const struct kaskade *k);

/* Serialised as the other JSON of antarmuka.md; the caller frees. */
char *kaskade_json_teks(json_t *j);

/* The readable indented tree of `kinerja tree` into b. */
struct buf;
void kaskade_pohon_teks(const struct pengukuran *p, const struct kaskade *k, struct buf *b);

#endif
