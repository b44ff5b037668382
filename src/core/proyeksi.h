/*
 * Trend and projection of an indicator to the end of the RPJMD period
 * (wilayah.md): the least-squares line and the last year's change carried on,
 * the status against target_akhir and the change per year still needed.
 * Pure: no I/O, no allocation.
 */
#ifndef KINERJA_PROYEKSI_H
#define KINERJA_PROYEKSI_H

#include "model.h"

/* One year's value of the series (distinct years, any order). */
struct proyeksi_titik {
	int tahun;
	double nilai;
};

enum proyeksi_metode { PROYEKSI_TREN_LINIER, PROYEKSI_LAJU_TERAKHIR, PROYEKSI_N_METODE };
enum proyeksi_status { PROYEKSI_TERCAPAI, PROYEKSI_TIDAK_TERCAPAI };

/* The projection by one method. */
struct proyeksi_metode_hasil {
	int ada;		     /* 0: the method needs more points (catatan) */
	double nilai;		     /* projected value at tahun_akhir, full precision */
	double laju;		     /* change per year */
	enum proyeksi_status status; /* against target_akhir by arah */
	const char *catatan;	     /* static Indonesian note, or NULL */
};

struct proyeksi {
	int ada; /* 1: the default method (tren_linier) projects; else catatan says why */
	const char *catatan; /* static Indonesian note, or NULL */
	int tahun_akhir;
	double target_akhir;
	int ada_laju_diperlukan; /* 0 when the last year is already tahun_akhir (or later) */
	double laju_diperlukan;	 /* (target_akhir - last value) / (tahun_akhir - last year) */
	int tahun_terakhir;	 /* the series' last year (0 without points) */
	double nilai_terakhir;
	struct proyeksi_metode_hasil
	    metode[PROYEKSI_N_METODE]; /* indexed by enum proyeksi_metode */
};

/*
 * Projects the series seri[0..n) of an indicator of direction arah (naik or
 * turun; others give ada = 0) to tahun_akhir against target_akhir. tren_linier
 * needs 2 points (2: the line through them), laju_terakhir 2; with fewer both
 * have ada = 0 and catatan "data belum cukup". Returns 0, or -1 with ada = 0
 * and a catatan when the series is unusable (repeated year, non-finite value).
 */
int proyeksi_hitung(const struct proyeksi_titik *seri, int n, enum arah arah, int tahun_akhir,
		    double target_akhir, struct proyeksi *out);

/* Names as in JSON: "tren_linier", "laju_terakhir"; "tercapai", "tidak_tercapai". */
const char *proyeksi_metode_nama(enum proyeksi_metode m);
const char *proyeksi_status_nama(enum proyeksi_status s);

#endif
