/*
 * Comparing the regions under one parent (wilayah.md): rank by realisasi,
 * best first by the indicator's arah, ties sharing a rank, and each region's
 * position against the parent's value, the national value and a threshold.
 * Pure: no I/O; the only allocation is a scratch array freed before return.
 */
#ifndef KINERJA_BANDING_H
#define KINERJA_BANDING_H

#include "model.h"

/* Position of a value against a reference: above, equal, below (numerically). */
enum banding_posisi {
	BANDING_TIDAK_ADA = 0, /* the value or the reference is missing */
	BANDING_DI_ATAS,
	BANDING_SAMA,
	BANDING_DI_BAWAH,
};

/* One region as the store fills it; names and codes are borrowed. */
struct banding_wilayah {
	const char *kode, *nama;
	int ada;	  /* 1: realisasi holds this year's value */
	double realisasi; /* ARAH_KATEGORI: the category's rank in its scale */
};

/* The references; each used only when its ada flag is set. */
struct banding_acuan {
	int ada_induk, ada_nasional, ada_batas;
	double induk, nasional, batas;
};

/* The result for one region (same index as its input). */
struct banding_baris {
	int peringkat; /* 1 = best; ties share (1, 1, 3); 0 without realisasi */
	enum banding_posisi terhadap_induk, terhadap_nasional, terhadap_batas;
};

/*
 * Ranks w[0..n) by realisasi, best first by arah (ARAH_TURUN: lowest first;
 * any other arah: highest first), filling out[0..n). When urut is not NULL it
 * receives the indices best first, regions without realisasi last in input
 * order. Ties are values within 1e-9 (relative) of each other.
 */
void banding_hitung(const struct banding_wilayah *w, int n, enum arah arah,
		    const struct banding_acuan *acuan, struct banding_baris *out, int *urut);

/*
 * The same ranking over plain values (e.g. the OPD by evaluation score):
 * ada[i] may be NULL (all present); peringkat[i] = 0 where absent.
 */
void banding_peringkat(const double *nilai, const int *ada, int n, enum arah arah, int *peringkat,
		       int *urut);

/* Position of nilai against acuan, equal within 1e-9 (relative). */
enum banding_posisi banding_posisi(double nilai, double acuan);

/* Names as in JSON: "di_atas", "sama", "di_bawah"; NULL for BANDING_TIDAK_ADA. */
const char *banding_posisi_nama(enum banding_posisi p);

#endif
