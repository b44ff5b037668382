/*
 * Capaian (achievement, %) of one indicator in one year from its target and
 * realisasi, by the rules of rumus-capaian.md. Pure: no I/O, no allocation.
 */
#ifndef KINERJA_CAPAIAN_H
#define KINERJA_CAPAIAN_H

#include "model.h"

struct capaian {
	int ada;             /* 1 when computable: nilai holds the capaian */
	double nilai;        /* full precision; round only for display */
	const char *catatan; /* static Indonesian note (why not computable, or a caveat), or NULL */
};

/*
 * Capaian of realisasi r against target t for an indicator of direction arah.
 * rumus applies to arah turun (and the upper side of rentang and of turun
 * ranges). sk is the indicator's scale for ARAH_KATEGORI (may be NULL
 * otherwise). A missing target or realisasi gives ada = 0 with a catatan.
 */
struct capaian capaian_hitung(enum arah arah, enum rumus_turun rumus, const struct nilai *t,
			      const struct nilai *r, const struct skala *sk);

/* The rumus that applies to an indicator of pemda p (its override or the pemda's). */
enum rumus_turun capaian_rumus(const struct pemda *p, const struct indikator *ind);

#endif
