/*
 * Per-pemda settings (pengaturan.csv, an addition to the import template):
 * batas_capaian, the predicate scale and the scales of categorical
 * indicators. Settings are text; this module parses and applies them.
 *   batas_capaian      120            (0 or empty: no cap)
 *   predikat           91=Sangat Tinggi;76=Tinggi;66=Sedang;51=Rendah;=Sangat Rendah
 *   skala.NAMA         TMP;TW;WDP;WTP                 (low to high, no bounds)
 *   skala.NAMA         D=0-30;C=30-50;CC=50-60;B=60-70 (with score bounds)
 */
#ifndef KINERJA_PENGATURAN_H
#define KINERJA_PENGATURAN_H

#include "model.h"

/* Validates and applies one setting to m (strings go to m's arena); -1 with g on bad input. */
int pengaturan_terap(struct model *m, const char *kunci, const char *nilai, struct galat *g);

#endif
