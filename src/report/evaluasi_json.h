/*
 * The JSON of the SAKIP evaluation (`evaluate --json`, GET /api/lke) and of a
 * survey's IKM (`survey --json`, GET /api/survei), antarmuka.md: one writer
 * for the command line and the web. Numbers rounded to 4 decimals.
 */
#ifndef KINERJA_EVALUASI_JSON_H
#define KINERJA_EVALUASI_JSON_H

#include <jansson.h>

#include "../core/ikm.h"
#include "../core/lke.h"
#include "dok_evaluasi.h"

/* The stored answer of one criterion, for the worksheet the web edits. */
struct evaluasi_isian {
	const char *mandiri, *evaluator, *catatan, *bukti; /* "" when none */
};

/* One scored worksheet; everything borrowed. */
struct evaluasi_lembar {
	int ada;		      /* answers stored for it */
	int tahun;		      /* written in the history's entries */
	const struct lke_kerangka *k; /* NULL: no worksheet (kerangka null) */
	const struct lke_skor *skor;  /* k->n entries */
	const struct lke_hasil *hasil;
	enum lke_sumber sumber;
	const struct evaluasi_isian *isian; /* NULL, or k->n entries: criteria carry "jawaban" */
};

/* One OPD of the ranking, in rank order. */
struct evaluasi_opd {
	const char *kode, *nama, *predikat;
	double total;
	int peringkat;
};

/* Everything `evaluate --json` writes. */
struct evaluasi_laporan {
	const char *pemda_kode, *pemda_nama;
	int tahun;
	const char *opd; /* "" = the pemda's own worksheet */
	const char *opd_nama;
	struct evaluasi_lembar lembar;
	int n_riwayat;
	const struct evaluasi_lembar *riwayat; /* years ascending, up to tahun */
	int n_opd;
	const struct evaluasi_opd *opd_peringkat;
	int n_rekomendasi;
	const struct dok_rekomendasi *rekomendasi;
};

/* "mandiri" when any score rests on self-assessment (siklus.md), "evaluator", NULL. */
const char *evaluasi_sumber_nama(enum lke_sumber s);

/* The worksheet object (kerangka, komponen, total, predikat, sumber, lengkap); new reference. */
json_t *evaluasi_json_lembar(const struct evaluasi_lembar *l);

/* The whole evaluation of antarmuka.md; a new reference. */
json_t *evaluasi_json(const struct evaluasi_laporan *l);

/* One survey computed: the counters and their labels; everything borrowed. */
struct survei_laporan {
	const char *pemda_kode, *pemda_nama, *kode, *uraian, *indikator;
	enum ikm_agregat agregat;
	const struct skala *mutu;
	const struct ikm_hitung *h;
	const char *const *unsur, *const *unit, *const *periode; /* h->n_unsur, n_unit, n_periode */
	int ip;							 /* the period shown */
};

/*
 * The IKM of period ip: pemda, survei, periode, ikm_agregat, ikm, mutu,
 * kinerja, responden, indikator, unsur[] and unit[]; with riwayat = 1 also
 * "riwayat": the same per period (every period, in order). A new reference.
 */
json_t *survei_json(const struct survei_laporan *l, int riwayat);

/* The mutu class of an index (rounded to 2 decimals as printed), or NULL. */
const char *survei_mutu(const struct skala *mutu, int ada, double v);

#endif
