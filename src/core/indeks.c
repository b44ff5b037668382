/* Index from a code to a row; see indeks.h. */
#include "indeks.h"

#include <stdlib.h>
#include <string.h>

#include "../util/util.h"

static size_t kode_hash(const char *s)
{
	size_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

void indeks_init(struct indeks *x, int n)
{
	size_t cap = 16;
	while (cap < 2 * (size_t)n)
		cap *= 2;
	x->isi = xcalloc(cap, sizeof(*x->isi));
	x->mask = cap - 1;
}

void indeks_release(struct indeks *x)
{
	free(x->isi);
	x->isi = NULL;
}

/* Adds kode -> i unless kode is already there: the first row wins, as in model_indikator. */
void indeks_tambah(struct indeks *x, const char *kode, int i)
{
	if (!kode)
		return;
	for (size_t h = kode_hash(kode) & x->mask;; h = (h + 1) & x->mask) {
		if (!x->isi[h].kode) {
			x->isi[h].kode = kode;
			x->isi[h].i = i;
			return;
		}
		if (!strcmp(x->isi[h].kode, kode))
			return;
	}
}

int indeks_cari(const struct indeks *x, const char *kode)
{
	if (!kode)
		return -1;
	for (size_t h = kode_hash(kode) & x->mask; x->isi[h].kode; h = (h + 1) & x->mask)
		if (!strcmp(x->isi[h].kode, kode))
			return x->isi[h].i;
	return -1;
}

