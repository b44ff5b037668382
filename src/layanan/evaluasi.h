/*
 * The SAKIP evaluation (LKE) and the surveys (IKM) over the store: the
 * framework (stored, else built in), one worksheet scored, one survey
 * computed, and the realisasi these make for the indicators that name them
 * (the only write here: layanan_evaluasi_realisasi, audited).
 */
#ifndef KINERJA_LAYANAN_EVALUASI_H
#define KINERJA_LAYANAN_EVALUASI_H

#include "../core/ikm.h"
#include "../core/lke.h"
#include "../store/store_evaluasi.h"
#include "aktor.h"

/*
 * Framework kode prepared (lke_kerangka_siapkan) into out, memory from a:
 * the stored rows when there are any, else the built-in data/kerangka/KODE.csv.
 * 1 found, 0 unknown, -1 error (g).
 */
int layanan_kerangka_muat(struct store *s, const char *kode, struct arena *a,
			  struct lke_kerangka *out, struct galat *g);

/* One scored worksheet. */
struct evaluasi {
	int ada; /* 0: no answer for that pemda, year and OPD */
	struct lke_kerangka k;
	struct lke_skor *skor; /* k.n entries */
	struct lke_hasil hasil;
	enum lke_sumber sumber;
};

/*
 * Scores the worksheet of pemda, tahun, opd ("" = the pemda) with the akip
 * scale (may be NULL); memory from a. 0 (out->ada tells), -1 with g.
 */
int layanan_evaluasi_hitung(struct store *s, const char *pemda, int tahun, const char *opd,
			    const struct skala *akip, struct arena *a, struct evaluasi *out,
			    struct galat *g);

/* The years with answers of pemda for opd (""): years[] ascending, at most n; the count or -1. */
int layanan_evaluasi_tahun(struct store *s, const char *pemda, const char *opd, int *tahun, int n,
			   struct galat *g);

/* The OPD codes with answers of pemda in tahun (strings in a); the count or -1. */
int layanan_evaluasi_opd(struct store *s, const char *pemda, int tahun, struct arena *a,
			 const char ***opd, struct galat *g);

/*
 * Everything `evaluate --json` and GET /api/lke show for pemda m (loaded by
 * store_muat), tahun and opd ("" = the pemda): the worksheet, the history up
 * to tahun, the OPD ranked by score (for the pemda's evaluation, or always
 * with LEMBAR_WEB) and the recommendations. LEMBAR_WEB also gives an OPD
 * without answers the empty worksheet of its default framework
 * (layanan_kerangka_bawaan) and each criterion its stored answer. Memory
 * from a (strings borrowed from m). 0, or -1 with g.
 */
#include "../report/evaluasi_json.h"
enum { LEMBAR_CLI = 0, LEMBAR_WEB = 1 };
int layanan_evaluasi_laporan(struct store *s, const struct model *m, int tahun, const char *opd,
			     int mode, struct arena *a, struct evaluasi_laporan *out,
			     struct galat *g);

/*
 * The framework of a worksheet of pemda, tahun with no answers yet: that of
 * the pemda's other worksheets that year, else permenpanrb-88-2021 from 2022
 * (the year PermenPANRB 88/2021 applies to), else permenpanrb-12-2015.
 */
int layanan_kerangka_bawaan(struct store *s, const char *pemda, int tahun, char *out, size_t n,
			    struct galat *g);

/* One answer entered on /lke (PUT /api/lke/jawaban). */
struct lke_isian_masuk {
	const char *pemda, *opd, *kriteria, *jenis; /* jenis: "mandiri" or "evaluator" */
	int tahun;
	const char *nilai;	     /* the answer: Y/T, A-E or points; "" clears it */
	const char *catatan, *bukti; /* NULL: keep the stored one */
};

/*
 * Writes one answer: `mandiri` by the OPD's operator (its own OPD), a
 * perencana or an admin; `evaluator` by a reviewer (Inspektorat) or an admin;
 * within the actor's pemda. The row goes through the import of
 * lke_jawaban.csv (the same checks; one transaction, audited; a locked year
 * refused with 409), keeping the other side's answer. A layanan_status.
 */
int layanan_lke_jawab(struct store *s, const struct aktor *a, const struct lke_isian_masuk *in,
		      struct galat *g);

/* One survey's answers counted: periods and units in order of first appearance. */
struct survei_data {
	char kode[128], uraian[512], indikator[128];
	int n_unsur;
	char **unsur;
	int n_periode, n_unit;
	char **periode, **unit;
	struct ikm_hitung h;
};

/* Reads survey kode of pemda (all periods) into d, memory from a. 1 found, 0 unknown, -1 (g). */
int layanan_survei_muat(struct store *s, const char *pemda, const char *kode, struct arena *a,
			struct survei_data *d, struct galat *g);

/* Index of period p in d, or -1. */
int layanan_survei_periode(const struct survei_data *d, const char *p);

/* The pemda's setting ikm_agregat (default rata_unit); -1 with g on a read failure. */
int layanan_ikm_agregat(struct store *s, const char *pemda, enum ikm_agregat *out,
			struct galat *g);

/*
 * Writes the realisasi the surveys and evaluations of pemda make: each survey
 * with an indikator (the year's period, else its semesters by the indicator's
 * agregasi) and each indicator named by a setting sumber.KODE = lke:KERANGKA
 * (the pemda's worksheet of that framework per year). Every change is audited
 * under `pengguna`. Runs inside the caller's transaction.
 */
int layanan_evaluasi_realisasi(struct store *s, const char *pemda, const char *pengguna,
			       struct galat *g);

/*
 * Adds to m (loaded by store_muat) the values a printed IKM may rightly show:
 * each survey's yearly result with the rounded weight 0,111 (for the review).
 */
int layanan_evaluasi_setara(struct store *s, struct model *m, struct galat *g);

#endif
