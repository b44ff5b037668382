/*
 * The Indeks Kepuasan Masyarakat (IKM, PermenPANRB 14/2017; siklus.md
 * "Surveys") from respondents' raw answers: NRR and index per unsur, IKM and
 * mutu per service unit and for the pemda, per period. Answers stream in one
 * respondent at a time into fixed counters: no allocation per respondent.
 */
#ifndef KINERJA_IKM_H
#define KINERJA_IKM_H

#include <stdint.h>

#include "model.h"

/* How the pemda's IKM is formed (setting ikm_agregat). */
enum ikm_agregat {
	IKM_RATA_UNIT, /* mean of the units' IKM (default) */
	IKM_GABUNGAN,  /* every respondent pooled as one unit */
};

/* The sum and count of one unsur's answers. */
struct ikm_sel {
	int64_t jumlah, n;
};

/* Counters for n_periode x n_unit x n_unsur; indices are the caller's (importer's). */
struct ikm_hitung {
	int n_periode, n_unit, n_unsur;
	struct ikm_sel *sel; /* [periode][unit][unsur] */
	int64_t *responden;  /* [periode][unit]: respondents, blank rows included */
};

/* The result for one unsur. */
struct ikm_unsur {
	int ada;	   /* 0: nobody answered it */
	int64_t jumlah, n; /* pooled answers behind it */
	double nrr;	   /* nilai rata-rata: jumlah / n (rata_unit pemda: mean of units' NRR) */
	double indeks;	   /* nrr x 25 */
};

/* The IKM of a unit or of the pemda in one period. */
struct ikm_hasil {
	int ada;	  /* 0: no answer at all */
	double ikm;	  /* full precision; round only for display */
	const char *mutu; /* class of the ikm_mutu scale ("A".."D"), NULL without a scale */
	int64_t responden;
	int n_unsur;		 /* = the survey's unsur */
	int n_unsur_ada;	 /* unsur with at least one answer (the IKM is their mean) */
	int n_unit_ada;		 /* units with answers (pemda only; 1 for a unit with answers) */
	struct ikm_unsur *unsur; /* the caller's array of n_unsur entries */
};

/*
 * Checks one answer cell: 1, 2, 3 or 4 (an integer-valued number such as
 * "3,0" counts), or blank (spaces only) = not answered, *nilai = 0. Anything
 * else (0, 5, "3,5", text, "-") returns -1 and a static Indonesian reason.
 */
int ikm_jawaban_parse(const char *sel, uint8_t *nilai, const char **alasan);

/* Parses a period "2020", "2020-S1" or "2020-S2" (semester 0 = the year); 0 or -1. */
int ikm_periode_parse(const char *s, int *tahun, int *semester);

/* Counters for the given sizes, zeroed, from arena a. */
void ikm_hitung_init(struct ikm_hitung *h, struct arena *a, int n_periode, int n_unit, int n_unsur);

/*
 * Adds one respondent of unit `unit` in period `periode`: jawaban[0..n_unsur)
 * as ikm_jawaban_parse gave them (0 = blank). Returns -1 (nothing added) for
 * an index or a value out of range.
 */
int ikm_tambah(struct ikm_hitung *h, int periode, int unit, const uint8_t *jawaban);

/*
 * The IKM of one unit: NRR per unsur, IKM = mean of the NRR of the unsur
 * answered x 25 (each weighs 1/n), mutu by scale `mutu` (ikm_mutu) on the IKM
 * rounded to 2 decimals as printed. unsur: the caller's n_unsur entries.
 */
void ikm_unit(const struct ikm_hitung *h, int periode, int unit, const struct skala *mutu,
	      struct ikm_unsur *unsur, struct ikm_hasil *out);

/*
 * The pemda's IKM in one period by aggregation g: rata_unit = mean of the IKM
 * of the units with answers (unsur NRR: mean of those units' NRR of it);
 * gabungan = all respondents pooled.
 */
void ikm_pemda(const struct ikm_hitung *h, int periode, enum ikm_agregat g,
	       const struct skala *mutu, struct ikm_unsur *unsur, struct ikm_hasil *out);

/*
 * The IKM as the regulation's form computes it, each NRR times 1/n rounded to
 * three decimals (0,111 for 9 unsur) times 25: what a printed IKM may show.
 */
double ikm_bobot_dibulatkan(const struct ikm_hasil *h);

/* "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik" for mutu A-D; NULL otherwise. */
const char *ikm_mutu_kinerja(const char *mutu);

/* "rata_unit" / "gabungan"; parse returns 0, or -1 when unknown. */
const char *ikm_agregat_nama(enum ikm_agregat g);
int ikm_agregat_parse(const char *s, enum ikm_agregat *out);

#endif
