/*
 * Measurement below the pemda (siklus.md): the OPD cascade's nodes
 * (tujuan_pd .. subkegiatan) and the OPD. Pure: works on a measurement
 * (ukur.h) of a loaded model.
 *  - A node's capaian: the capped, weighted mean of its own indicators'
 *    capaian (as for a sasaran); a node without indicators of its own takes
 *    the mean of its children's. An RPJMD sasaran or tujuan keeps the
 *    pemda's value (ukur.h); visi and misi take their children's mean.
 *  - A node's pagu: its own rows plus its children's.
 *  - An OPD: the mean over the indicators it is responsible for (the
 *    indicator's opd, else its node's), predikat counts, budget absorption;
 *    ranked by capaian, highest first, ties sharing a rank.
 */
#ifndef KINERJA_KASKADE_H
#define KINERJA_KASKADE_H

#include "ukur.h"

struct kaskade_simpul {
	const struct rencana *r;
	const char *opd;  /* the node's OPD (its own or its parent's); NULL for the RPJMD */
	int induk;        /* index of the parent node, -1 for the visi or a missing parent */
	int n_indikator;  /* its own */
	int ada_capaian;
	double capaian;
	const char *predikat;
	int64_t pagu, realisasi_anggaran;
	int ada_serapan;
	double serapan;
};

struct kaskade_opd {
	const struct opd *o;
	int n_indikator;
	int ada_capaian;
	double capaian;
	const char *predikat;
	int *jumlah_predikat; /* per class of the pemda's predikat scale */
	int belum_ada_data, tidak_dapat_dihitung;
	int64_t pagu, realisasi_anggaran;
	int ada_serapan;
	double serapan;
	int peringkat; /* 1 = highest capaian, ties share; 0 without capaian */
};

struct kaskade {
	int n_simpul, n_opd;
	struct kaskade_simpul *simpul; /* every rencana node, in model order */
	struct kaskade_opd *opd;       /* every OPD, in model order */
	int *urut;                     /* OPD indices, ranked (without capaian last) */
};

void kaskade_hitung(const struct pengukuran *p, struct kaskade *out);
void kaskade_release(struct kaskade *k);

/* The OPD of node r (its own, or its parent's for kegiatan/subkegiatan); NULL when none. */
const char *kaskade_opd_simpul(const struct model *m, const struct rencana *r);
/* The OPD responsible for an indicator: its opd, else its node's; NULL when none. */
const char *kaskade_opd_indikator(const struct model *m, const struct indikator *ind);

/* The OPD a budget row belongs to: its cascade node's, else the row's own; NULL when none. */
const char *kaskade_opd_anggaran(const struct model *m, const struct anggaran *a);

/*
 * Fills sasaran (the RPJMD sasaran above) and program (the program node's
 * uraian) of the budget rows on cascade nodes, so the pemda's budget per
 * sasaran counts them once. Called after loading.
 */
void kaskade_anggaran_siapkan(struct model *m);

#endif
