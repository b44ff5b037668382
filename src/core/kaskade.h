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

#include "indeks.h"
#include "ukur.h"

struct kaskade_simpul {
	const struct rencana *r;
	const char *opd;  /* the node's OPD (its own or its parent's); NULL for the RPJMD */
	int induk;        /* index of the parent node, -1 for the visi or a missing parent */
	int dalam;        /* depth: 0 for a node without parent */
	int n_indikator;  /* its own */
	int ada_capaian;
	double capaian;
	/*
	 * How a cascade node's capaian was averaged (the XLSX formula prints it):
	 * its own indicators (unsur[].indeks into pengukuran.indikator) or, with
	 * dari_anak, its children's capaian (unsur[].indeks into simpul). n = 0 for
	 * the RPJMD nodes, whose capaian is the pemda's (ukur.h).
	 */
	struct ukur_rata rata;
	int dari_anak;
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
	const struct pengukuran *p;    /* what was measured (borrowed) */
	int n_simpul, n_opd;
	struct kaskade_simpul *simpul; /* every rencana node, in model order */
	struct kaskade_opd *opd;       /* every OPD, in model order */
	int *urut;                     /* OPD indices, ranked (without capaian last) */
	/*
	 * private: node index by code, own indicators and children per node, the
	 * indicators per OPD, the means' elements
	 */
	struct indeks kode;
	int *ind_awal, *ind_isi, *anak_awal, *anak_isi, *opd_awal, *opd_isi;
	struct ukur_unsur *unsur;
};

/* Measures the cascade of p's model; k borrows from p, which must outlive it. */
void kaskade_hitung(const struct pengukuran *p, struct kaskade *out);
void kaskade_release(struct kaskade *k);

/* The index of node kode in k->simpul, -1 when absent. */
int kaskade_cari(const struct kaskade *k, const char *kode);
/* Node i's own indicators (indices into k->p->indikator, model order) into *out; their number. */
int kaskade_indikator(const struct kaskade *k, int i, const int **out);
/*
 * The indicators OPD o (index into k->opd) answers for (indices into
 * k->p->indikator, model order) into *out; their number, which is the OPD's
 * n_indikator: its ringkasan counts exactly these, wherever they hang.
 */
int kaskade_indikator_opd(const struct kaskade *k, int o, const int **out);
/* Node i's children (indices into k->simpul, model order) into *out; their number. */
int kaskade_anak(const struct kaskade *k, int i, const int **out);
/*
 * The nodes below node i, depth first (each node before its children, children
 * in model order), into out (room for k->n_simpul); returns their number.
 */
int kaskade_turunan(const struct kaskade *k, int i, int *out);

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
