/*
 * The SAKIP evaluation worksheet (lembar kerja evaluasi, LKE; siklus.md
 * "Evaluation of SAKIP"): a framework (kerangka) as data, answers per
 * criterion by the OPD (mandiri) and by the Inspektorat (evaluator), and the
 * scores per sub-component, component and total with the AKIP predikat.
 * Pure: no I/O; the framework's index and the results live in the caller's memory.
 */
#ifndef KINERJA_LKE_H
#define KINERJA_LKE_H

#include "model.h"

/* The jawaban column of kerangka.csv: empty = a group (component, sub-component). */
enum lke_tipe {
	LKE_GRUP = 0, /* scored from its children, or directly in points when it has none */
	LKE_YT,	      /* Y = 1, T = 0 */
	LKE_AE,	      /* A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0 */
};

/* One row of kerangka.csv; strings are borrowed. */
struct lke_butir {
	const char *kode;
	const char *induk; /* NULL or "" = a component */
	const char *uraian;
	double bobot; /* group: points of the total 100; criterion: its weight in the group's mean
			 (1 = equal) */
	enum lke_tipe tipe;
	/* Filled by lke_kerangka_siapkan: */
	int induk_i; /* index of the parent, -1 for a component */
	int tingkat; /* 0 = component, 1 = sub-component, ... */
	int n_anak;
};

struct lke_kerangka {
	const char *kode; /* "permenpanrb-88-2021" */
	int n;
	struct lke_butir *butir; /* the rows, in any order */
	/* Filled by lke_kerangka_siapkan: */
	int *urut_kode;	 /* indices by kode, for look-ups */
	int *urut_bawah; /* indices deepest first, for scoring */
};

/*
 * Checks the framework and builds its index (memory from arena a): codes
 * unique, parents present and not criteria, no cycles, criteria under a
 * group, a group's children all criteria or all groups, criteria weights > 0,
 * component weights summing to 100 and sub-group weights to their parent's
 * (within 0,01). Returns 0, or -1 with the reason in g (Indonesian).
 */
int lke_kerangka_siapkan(struct lke_kerangka *k, struct arena *a, struct galat *g);

/* Index of the row with kode, or -1 (after lke_kerangka_siapkan). */
int lke_cari(const struct lke_kerangka *k, const char *kode);

/* The words of enum lke_tipe ("" for a group), NULL-terminated: lke_kata_tipe[LKE_YT] = "yt". */
extern const char *const lke_kata_tipe[];
/* Parses the jawaban column: "", "yt", "ae" (case-insensitive); 0 or -1. */
int lke_tipe_parse(const char *s, enum lke_tipe *out);

/* One row of lke_jawaban.csv for one criterion (or a childless group), parsed. */
struct lke_jawaban {
	const char *kode; /* the criterion's kode; borrowed */
	int ada_mandiri, ada_evaluator;
	double mandiri, evaluator; /* criterion: 0-1; childless group: points 0-bobot */
};

/*
 * Parses one answer cell for row b: Y/T (also Ya/Tidak), A-E, or for a
 * childless group a score 0-bobot ("17,67"); blank gives *ada = 0. Returns
 * -1 with a static Indonesian reason for anything else.
 */
int lke_jawaban_parse(const struct lke_butir *b, const char *sel, int *ada, double *nilai,
		      const char **alasan);

/*
 * Checks the evidence link of an answer (bukti): empty, an http(s):// URL
 * or an objek of the evidence store ("lke:..."), at most 500 bytes, no
 * spaces or control characters. NULL when valid, else a static Indonesian reason.
 */
const char *lke_bukti_periksa(const char *s);

/* Whose answers a score rests on. */
enum lke_sumber {
	LKE_SUMBER_KOSONG = 0, /* nothing answered */
	LKE_SUMBER_MANDIRI,    /* self-assessment only */
	LKE_SUMBER_EVALUATOR,  /* the evaluator's answers only */
	LKE_SUMBER_CAMPURAN,   /* some of each */
};

struct lke_skor {
	double nilai; /* group: points; criterion: the answer value used (0-1) */
	double bobot;
	double persen; /* group: nilai / bobot x 100 (0 when bobot is 0) */
	enum lke_sumber sumber;
	int n_butir; /* criteria (and childless groups) under it, itself included */
	int n_evaluator, n_mandiri, n_kosong;
};

struct lke_hasil {
	struct lke_skor *butir; /* the caller's array of k->n, same index as k->butir */
	struct lke_skor total;	/* the sum of the components */
	const char *predikat;	/* class of the akip scale on the total rounded to 2 decimals; NULL
				   without scale */
	int lengkap;		/* 1 when every criterion has an answer */
};

/*
 * Scores one worksheet: each criterion takes the evaluator's answer where
 * given, else the self-assessment; a group with criteria scores bobot x the
 * weighted mean of their values (an unanswered criterion counts 0 and makes
 * the result incomplete); a group with groups the sum of them; the total the
 * sum of the components. skor: the caller's array of k->n entries. Returns
 * -1 with g set for an answer to an unknown code, to a group with children,
 * given twice, or with a value outside 0-1 (a childless group: 0-bobot).
 */
int lke_nilai(const struct lke_kerangka *k, const struct lke_jawaban *j, int n_j,
	      const struct skala *akip, struct lke_skor *skor, struct lke_hasil *out,
	      struct galat *g);

/* "mandiri", "evaluator", "campuran"; NULL for LKE_SUMBER_KOSONG. */
const char *lke_sumber_nama(enum lke_sumber s);

#endif
