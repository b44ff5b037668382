/*
 * Generated Indonesian sentences of the LKjIP in the style of the reports
 * (Kota Serang 2020): per sasaran, per indicator, trends and budget.
 * Every string is allocated from the arena given.
 */
#ifndef KINERJA_NARASI_H
#define KINERJA_NARASI_H

#include "../core/ukur.h"

/*
 * "Sasaran 1 terdiri dari 2 indikator dengan nilai capaian 101,05%, melebihi target ...",
 * naming its indicators without realisasi and those whose capaian is not computable.
 */
const char *narasi_sasaran(struct arena *a, int nomor, const struct ukur_agregat *s,
			   int belum_ada_data, int tidak_dapat_dihitung);

/* "Indikator X dengan target 8,64 Tahun terealisasi 8,76 Tahun, capaian 101,39% (Sangat Tinggi)." */
const char *narasi_indikator(struct arena *a, const struct ukur_indikator *u);

/*
 * The change of an indicator's realisasi against the year before, judged by
 * its arah ("membaik"/"menurun"); NULL when either year has no number.
 */
const char *narasi_tren(struct arena *a, const struct indikator *ind, int tahun, double kini,
			double lalu);

/* "Pagu Rp X terealisasi Rp Y atau 96,33%." with the sentence's subject `subjek`. */
const char *narasi_serapan(struct arena *a, const char *subjek, int64_t pagu, int64_t realisasi,
			   int ada_serapan, double serapan);

/* "efisien" / "tidak efisien" verdict of a sasaran (capaian minus serapan). */
const char *narasi_efisiensi(struct arena *a, const struct ukur_agregat *s);

/* "melebihi target" / "mencapai target" / "belum mencapai target" for a capaian. */
const char *narasi_status(double capaian);

#endif
