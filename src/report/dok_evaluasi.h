/*
 * The evaluation report (Laporan Hasil Evaluasi, LHE) of the SAKIP
 * evaluation as a document of dokumen.h, rendered by the LKjIP's renderers:
 * the components table, total and predikat, the history per year and the
 * recommendations with their follow-up.
 */
#ifndef KINERJA_DOK_EVALUASI_H
#define KINERJA_DOK_EVALUASI_H

#include "../core/lke.h"
#include "dokumen.h"

struct dok_rekomendasi {
	const char *nomor, *uraian, *tindak_lanjut, *status;
};

/* One earlier year of the same worksheet (borrowed). */
struct dok_evaluasi_tahun {
	int tahun;
	double total;
	const char *predikat;
};

/* What the report shows; everything borrowed for the call. */
struct dok_evaluasi {
	const char *pemda, *opd; /* names; opd NULL = the pemda's own evaluation */
	int tahun;
	const struct lke_kerangka *k;
	const struct lke_skor *skor; /* k->n entries */
	const struct lke_hasil *hasil;
	const char *sumber; /* "evaluator" or "mandiri" */
	int n_riwayat;
	const struct dok_evaluasi_tahun *riwayat;
	int n_rekomendasi;
	const struct dok_rekomendasi *rekomendasi;
};

/* Builds the LHE into d (release with dokumen_release). */
void dokumen_evaluasi(const struct dok_evaluasi *e, struct dokumen *d);

#endif
