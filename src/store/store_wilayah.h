/*
 * The province view's reads (wilayah.md "Comparing the regions"): the children
 * of one parent, the parent and pemda 00, each loaded only with what a
 * comparison reads, in a handful of queries whatever the number of pemda.
 */
#ifndef KINERJA_STORE_WILAYAH_H
#define KINERJA_STORE_WILAYAH_H

#include "store.h"

struct store_wilayah {
	int n;		    /* the children, in the order of first import */
	struct model *anak; /* [n] */
	/*
	 * The parent and pemda 00 (NULL when not stored; the same model when the
	 * parent is 00). Each model holds its pemda row and settings, the
	 * indicators asked for, and their targets, realisasi (also quarterly) and
	 * pembanding rows of the year asked for; nothing else.
	 */
	struct model *induk, *nasional;
	int n_lain;
	struct model *lain; /* storage of induk and nasional */
};

/*
 * Loads the pemda whose induk is `induk`, the parent itself and pemda 00 into
 * w, with indicator `indikator` (NULL: every indicator) and the rows of year
 * `tahun` (0: every year). Release w with store_wilayah_release either way.
 */
int store_wilayah_muat(struct store *s, const char *induk, const char *indikator, int tahun,
		       struct store_wilayah *w, struct galat *g);
void store_wilayah_release(struct store_wilayah *w);
/* Drops child i of w (e.g. not published that year), keeping the order. */
void store_wilayah_buang(struct store_wilayah *w, int i);

/* Calls fn for every pemda some pemda names as its induk, in the order of first import. */
int store_wilayah_induk_daftar(struct store *s,
			       int (*fn)(const char *kode, const char *nama, void *arg), void *arg,
			       struct galat *g);
#endif
