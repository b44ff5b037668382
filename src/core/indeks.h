/*
 * Index from a code to the first row holding it. The measurement looks up
 * every indicator's targets, realisasi and parent; a national model has
 * thousands of rows, so it hashes once instead of scanning per indicator.
 * Used by ukur.c and kaskade.c.
 */
#ifndef KINERJA_INDEKS_H
#define KINERJA_INDEKS_H

#include <stddef.h>

struct indeks_isi {
	const char *kode;
	int i;
};
struct indeks {
	struct indeks_isi *isi;
	size_t mask;
};

/* Room for n codes; release with indeks_release. */
void indeks_init(struct indeks *x, int n);
void indeks_release(struct indeks *x);
/* Adds kode -> i unless kode is already there (the first row wins); NULL is ignored. */
void indeks_tambah(struct indeks *x, const char *kode, int i);
/* The row of kode, -1 when absent or NULL. */
int indeks_cari(const struct indeks *x, const char *kode);

#endif
