/*
 * Capaian (achievement, %) of one indicator in one year from its target and
 * realisasi, by the rules of rumus-capaian.md. The result says which rule
 * (cabang) and which bound it took, so the review's text and the report's
 * spreadsheet formulas print that decision instead of deriving it again.
 * Pure: no I/O, no allocation (but capaian_ekspresi's buffer).
 */
#ifndef KINERJA_CAPAIAN_H
#define KINERJA_CAPAIAN_H

#include "model.h"

/* The rule that gave a capaian. R is capaian.r, B is capaian.batas. */
enum capaian_cabang {
	CABANG_TIDAK = 0,  /* not computable: catatan says why */
	CABANG_NAIK,       /* R / B x 100 */
	CABANG_RASIO,      /* turun by rumus rasio: B / R x 100 */
	CABANG_SELISIH,    /* turun by rumus selisih: (2B - R) / B x 100 */
	CABANG_TARGET_NOL, /* turun against B = 0: 100 when R <= 0, else 0 (with a catatan) */
	CABANG_DALAM,      /* R inside the range target [bawah, atas]: 100 */
	CABANG_TERCAPAI,   /* kategori: R at or above the target's rank or score: 100 */
	CABANG_SKOR,       /* kategori: score R / B x 100 (the target score or its class's bound) */
	CABANG_PERINGKAT,  /* kategori: rank(R) / rank(T) x 100; R and B are the ranks */
};

/* Where the bound B comes from. */
enum capaian_batas {
	BATAS_TARGET = 0, /* the target, a single number */
	BATAS_BAWAH,      /* the lower end of a range target (R below it, or a score band) */
	BATAS_ATAS,       /* the upper end of a range target (R above it) */
	BATAS_KELAS,      /* the lower score bound of the target's category */
	BATAS_PERINGKAT,  /* the target category's rank */
};

struct capaian {
	int ada;             /* 1 when computable: nilai holds the capaian */
	double nilai;        /* full precision; round only for display */
	const char *catatan; /* static Indonesian note (why not computable, or a caveat), or NULL */
	enum capaian_cabang cabang;
	enum capaian_batas sisi; /* which bound B is */
	double r;            /* R as the rule used it (realisasi, score, or rank) */
	double batas;        /* B */
	double bawah, atas;  /* the numeric target range (lo = hi for a single number) */
};

/*
 * Capaian of realisasi r against target t for an indicator of direction arah.
 * rumus applies to arah turun (and the upper side of rentang and of turun
 * ranges). sk is the indicator's scale for ARAH_KATEGORI (may be NULL
 * otherwise). A missing target or realisasi gives ada = 0 with a catatan.
 */
struct capaian capaian_hitung(enum arah arah, enum rumus_turun rumus, const struct nilai *t,
			      const struct nilai *r, const struct skala *sk);

/*
 * Whether the target is reached by the indicator's arah, whatever the capaian's
 * size or predikat (issue 14.1): naik R >= B, turun R <= B (a target of 0:
 * R <= 0), inside a range, a category at or above the target's; 1 reached,
 * 0 not, -1 when c is not computable. A naik target of -5 met by -3 is reached
 * although its capaian is 60; R = 99,996 against 100 is not, although it shows
 * as "100,00".
 */
int capaian_tercapai(const struct capaian *c);

/* The rumus that applies to an indicator of pemda p (its override or the pemda's). */
enum rumus_turun capaian_rumus(const struct pemda *p, const struct indikator *ind);

enum capaian_ejaan {
	EJAAN_TEKS,   /* for people: "43,33 / 67,50 x 100" */
	EJAAN_LEMBAR, /* a spreadsheet formula without '=': "E4/D4*100" */
};

/*
 * Writes the rule of decision c over the operands r (R) and b (B), as text
 * the caller formatted (numbers or cell references), into out. Returns 0
 * without writing when the decision is no computation over R and B (not
 * computable, inside a range, a category reached; ranks in EJAAN_LEMBAR).
 */
int capaian_ekspresi(struct buf *out, const struct capaian *c, const char *r, const char *b,
		     enum capaian_ejaan ejaan);

#endif
