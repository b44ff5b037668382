/*
 * The measurement (pengukuran kinerja) of one pemda in one year: capaian and
 * predikat per indicator, aggregates per sasaran and tujuan, budget per
 * program, sasaran, tujuan and in total. Pure: works on a loaded model.
 */
#ifndef KINERJA_UKUR_H
#define KINERJA_UKUR_H

#include "capaian.h"
#include "model.h"

/*
 * One quarter of the rencana aksi (siklus.md): the quarter's own target when
 * it has one, else the year's (capaian against that, by the same rules).
 */
struct ukur_tw {
	int triwulan;                  /* 1-4 */
	const struct target *target;   /* the quarter's own target, NULL when none */
	const struct target *acuan;    /* what capaian is against: target, else the year's */
	const struct nilai *realisasi; /* NULL when none */
	struct capaian capaian;
};

struct ukur_indikator {
	const struct indikator *ind;
	const struct target *target;  /* NULL when the year has no target */
	struct nilai realisasi;       /* the year's: entered, or made from quarters */
	int dari_triwulan;            /* 1 when realisasi was made from quarters */
	struct capaian capaian;       /* against the year's target */
	struct capaian capaian_akhir; /* against the end-of-RPJMD target */
	const char *predikat;         /* NULL when capaian is not computable */
	int sasaran;                  /* 1 when the induk is a sasaran (counts in ringkasan) */
	/* The quarters with a target of their own or a realisasi, in order (ukur_triwulan_daftar). */
	int n_tw;
	struct ukur_tw tw[4];
};

/* An element of an aggregate's mean: an indicator's capaian, or a sasaran's for a tujuan. */
struct ukur_unsur {
	const char *kode;
	int indeks;    /* in pengukuran.indikator, or in pengukuran.sasaran when dari_sasaran */
	double nilai;  /* its own value, uncapped */
	double bobot;  /* its weight, > 0 */
};

/* How an aggregate's capaian was averaged: the review and the XLSX print this. */
struct ukur_rata {
	int n;
	const struct ukur_unsur *unsur; /* the elements with data, in model order */
	int dari_sasaran;               /* a tujuan without indicators: the mean of its sasaran */
	int berbobot;                   /* the weights are not all equal */
	double batas;                   /* each element capped at this (batas_capaian), 0 none */
};

/* The capped, weighted mean of r's elements, taking v[i] for element i when v is given. */
double ukur_rata_hitung(const struct ukur_rata *r, const double *v);

/* A sasaran or a tujuan. */
struct ukur_agregat {
	const struct rencana *r;
	int jumlah_indikator;        /* its own indicators */
	struct ukur_rata rata, rata_akhir; /* how capaian and capaian_akhir were averaged */
	int ada_capaian;
	double capaian;
	int ada_capaian_akhir;
	double capaian_akhir;
	const char *predikat;        /* NULL when no capaian */
	int64_t pagu, realisasi_anggaran;
	int ada_anggaran;            /* at least one program */
	int ada_serapan;
	double serapan;              /* realisasi / pagu x 100 */
	int ada_efisiensi;
	double efisiensi;            /* capaian - serapan, percentage points */
};

struct ukur_program {
	const struct anggaran *a;
	int ada_serapan;
	double serapan;
};

struct pengukuran {
	const struct model *m;
	int tahun;
	int n_indikator, n_sasaran, n_tujuan, n_program;
	struct ukur_indikator *indikator; /* in model order */
	struct ukur_agregat *sasaran;     /* in model order */
	struct ukur_agregat *tujuan;      /* in model order */
	struct ukur_program *program;     /* the year's programs, in model order */
	struct ukur_unsur *unsur;         /* the elements of every ukur_rata */
	int *jumlah_predikat;             /* per class of m->pemda.predikat, sasaran indicators */
	int belum_ada_data;               /* sasaran indicators without realisasi */
	int tidak_dapat_dihitung;         /* sasaran indicators with realisasi but no capaian */
	int64_t pagu, realisasi_anggaran; /* total of the year's programs */
	int ada_serapan;
	double serapan;
	/* The programs made of budget rows on cascade nodes (program[i].a may point here). */
	struct anggaran *program_gabungan;
};

/*
 * Measures the model's pemda in `tahun`. The result borrows from m (which must
 * outlive it) and owns its arrays; release with ukur_release.
 */
void ukur_hitung(const struct model *m, int tahun, struct pengukuran *out);
void ukur_release(struct pengukuran *p);

/*
 * The year's realisasi of an indicator: the yearly value if entered, else
 * made from the quarters by the indicator's agregasi. *dari_triwulan is set
 * when quarters were used. NILAI_KOSONG when there is nothing.
 */
struct nilai ukur_realisasi_tahun(const struct model *m, const struct indikator *ind, int tahun,
				  int *dari_triwulan);

/* Capaian of one quarter's realisasi against the year's target (dashboard progress). */
struct capaian ukur_triwulan(const struct model *m, const struct indikator *ind, int tahun,
			     int triwulan);

/*
 * The quarters of ind in tahun that have a target of their own or a realisasi,
 * in order, into out (4 slots); returns their number.
 */
int ukur_triwulan_daftar(const struct model *m, const struct indikator *ind, int tahun,
			 struct ukur_tw out[4]);
/*
 * Whether the year's target is on track, from an indicator's quarters (q, n:
 * ukur_indikator.tw or ukur_triwulan_daftar): the latest quarter with a
 * computable capaian reaches its target by arah (capaian_tercapai) (1) or not
 * (0); -1 when no quarter has one yet. *tw (may be NULL) receives that quarter.
 */
int ukur_triwulan_jalur_dari(const struct ukur_tw *q, int n, int *tw);

/* Why an indicator has no predikat in the ringkasan. */
enum ukur_keadaan {
	UKUR_ADA = 0,               /* capaian computed */
	UKUR_BELUM_ADA_DATA,        /* no realisasi for the year */
	UKUR_TIDAK_DAPAT_DIHITUNG,  /* realisasi entered, capaian not computable (catatan says why) */
};
enum ukur_keadaan ukur_keadaan(const struct ukur_indikator *u);
/* "belum ada data", "tidak dapat dihitung" (NULL for UKUR_ADA): the words of every summary. */
const char *ukur_keadaan_nama(enum ukur_keadaan k);

/* Lookup of an aggregate by code in a measurement; NULL when absent. */
const struct ukur_agregat *ukur_sasaran(const struct pengukuran *p, const char *kode);
const struct ukur_agregat *ukur_tujuan(const struct pengukuran *p, const char *kode);
const struct ukur_indikator *ukur_indikator_cari(const struct pengukuran *p, const char *kode);

#endif
