/*
 * Per-pemda settings (pengaturan.csv, an addition to the import template):
 * batas_capaian, the predicate scale and the scales of categorical
 * indicators. Settings are text; this module parses and applies them.
 *   batas_capaian      120            (0 or empty: no cap)
 *   predikat           91=Sangat Tinggi;76=Tinggi;66=Sedang;51=Rendah;=Sangat Rendah
 *   skala.NAMA         TMP;TW;WDP;WTP                 (low to high, no bounds)
 *   skala.NAMA         D=0-30;C=30-50;CC=50-60;B=60-70 (with score bounds)
 *   batas_bukti        10             (MiB per evidence file, 1-10; empty: 10)
 */
#ifndef KINERJA_PENGATURAN_H
#define KINERJA_PENGATURAN_H

#include <stddef.h>

#include "model.h"

/* Validates and applies one setting to m (strings go to m's arena); -1 with g on bad input. */
int pengaturan_terap(struct model *m, const char *kunci, const char *nilai, struct galat *g);

/* The largest evidence file any setting allows (MiB); the web's body limit follows it. */
#define BUKTI_BATAS_MIB 10

/* batas_bukti's value in bytes (empty or NULL: BUKTI_BATAS_MIB); -1 when not 1-10. */
int pengaturan_batas_bukti(const char *nilai, size_t *byte);

#endif
