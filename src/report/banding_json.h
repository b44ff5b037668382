/*
 * The regions under one parent (wilayah.md "Comparing the regions"): the
 * comparison built from loaded models (the parent, pemda 00, the children),
 * ranked by core/banding.h, written as the JSON of `compare --json` and
 * GET /api/wilayah, as a text table, and as the sorted bar chart.
 */
#ifndef KINERJA_BANDING_JSON_H
#define KINERJA_BANDING_JSON_H

#include <jansson.h>

#include "../core/banding.h"
#include "../core/capaian.h"
#include "dokumen.h"

/* One child region with its year's figures; pointers borrow from its model. */
struct wilayah_baris {
	const struct model *m;
	const struct target *target; /* NULL without a target that year */
	struct nilai realisasi;	     /* NILAI_KOSONG without a realisasi */
	struct capaian capaian;
	const char *predikat;
	int kelas; /* predikat index (0 = highest), -1 none */
	struct banding_baris b;
};

struct wilayah_hasil {
	const char *induk_kode, *induk_nama;
	const struct indikator *ind; /* from the parent, else the first child holding it */
	int tahun;
	struct banding_acuan acuan;
	int n;
	struct wilayah_baris *baris; /* ranked best first, regions without realisasi last */
};

/*
 * Compares indicator `kode` in `tahun` over anak[0..n_anak): those whose induk is
 * induk_kode and that hold the indicator with a target or realisasi that year.
 * induk and nasional (pemda 00) may be NULL; their realisasi gives the
 * references, else a pembanding row with wilayah = induk_kode (or "00") held
 * by the parent or a child. batas may be NULL. Returns 0, or -1 when no region
 * holds the indicator (h empty). Release with wilayah_hasil_release.
 */
int banding_json_hitung(const char *induk_kode, const struct model *induk,
			const struct model *nasional, const struct model *anak, int n_anak,
			const char *kode, int tahun, const double *batas, struct wilayah_hasil *h);
void wilayah_hasil_release(struct wilayah_hasil *h);

/* The JSON of wilayah.md (a new reference). */
json_t *banding_json(const struct wilayah_hasil *h);
/* The same as text (indent 2); the caller frees. */
char *banding_json_teks(const struct wilayah_hasil *h);

/* "di atas", "sama", "di bawah", "–": the positions for people. */
const char *banding_json_posisi_label(enum banding_posisi p);

/* Realisasi and target as shown to people ("9,27", "–"), into out. */
const char *banding_json_realisasi(const struct wilayah_baris *w, char *out, size_t n);
const char *banding_json_target(const struct wilayah_baris *w, char *out, size_t n);

/*
 * The sorted bar chart (names, not codes) with the parent's, the national
 * value and the batas as named lines, allocated from a. predikat names the
 * colours of the legend (the parent's scale, or the first child's).
 */
struct dok_grafik *banding_json_grafik(struct arena *a, const struct wilayah_hasil *h);

#endif
