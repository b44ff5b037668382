/*
 * Ordinal scales of categorical indicators (opini BPK, AKIP, LPPD, IKM) and
 * the predicate scale that turns a capaian into a rating. Pure functions.
 */
#ifndef KINERJA_SKALA_H
#define KINERJA_SKALA_H

#include "model.h"

/* Rank (1 = lowest) of a category in the scale, case-insensitive; 0 when unknown. */
int skala_peringkat(const struct skala *s, const char *kategori);

/*
 * The class a numeric score falls in, for scales with bounds; NULL when the
 * scale has none. A class's lower bound is exclusive when it equals the upper
 * bound of the class below (AKIP "C >30-50"), inclusive otherwise (IKM
 * "C 65,00-76,60"). Scores outside all bounds take the lowest or highest class.
 */
const struct skala_kelas *skala_kelas_skor(const struct skala *s, double skor);

/* The predicate name for a capaian (rumus-capaian.md, Permendagri 86/2017 by default). */
const char *skala_predikat(const struct predikat_skala *p, double capaian);
/* Index of that predicate in p->kelas (0 = highest), or -1 when p is empty. */
int skala_predikat_indeks(const struct predikat_skala *p, double capaian);

/*
 * Fills the default scales (opini_bpk, akip, lppd, ikm_mutu) and the default
 * predicate scale into the model's pemda, allocating from the model's arena.
 */
void skala_bawaan(struct model *m);

#endif
