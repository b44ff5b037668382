/*
 * An indicator across the years (wilayah.md): its projection to the end of the
 * RPJMD period from the stored year values, and the trend chart of the
 * indicator page (every stored year, targets, target akhir, the projection).
 */
#ifndef KINERJA_TREN_H
#define KINERJA_TREN_H

#include "../core/proyeksi.h"
#include "dokumen.h"

/*
 * Projects indicator ind of m measured in `tahun`: the series is the numeric year
 * values (ukur_realisasi_tahun) of the period's years up to tahun, projected to
 * periode_akhir against target_akhir. out->ada = 0 with out->catatan (static
 * Indonesian) when not computable (no period, target akhir not a number, arah, data).
 */
void tren_proyeksi(const struct model *m, const struct indikator *ind, int tahun,
		   struct proyeksi *out);

/*
 * The trend chart of ind measured in `tahun`, allocated from a: x = every year
 * with a stored target or realisasi and every year of the period (a year before
 * the period is labelled "2019*" and the title says so); series "Realisasi",
 * "Target" (dashed), "Target akhir RPJMD" (a level line over the period) and
 * "Proyeksi (tren linier)" (dashed, the least-squares line up to periode_akhir)
 * when tren_proyeksi projects. Draw it with svg_tulis or as a DOK_GRAFIK block.
 */
struct dok_grafik *tren_grafik(struct arena *a, const struct model *m, const struct indikator *ind,
			       int tahun);

/* The method's name for people: "tren linier", "laju tahun terakhir". */
const char *tren_metode_label(enum proyeksi_metode metode);

#endif
