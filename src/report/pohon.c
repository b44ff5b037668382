/* The layout of the pohon kinerja; see pohon.h. */
#include "pohon.h"

#include <stdlib.h>
#include <string.h>

#include "../util/util.h"

/* A node's drawn parent: its parent when drawn, else -1 (it is then a root). */
static int induk_tampil(const int *induk, int n, const unsigned char *tampil, int i)
{
	int j = induk[i];
	return j >= 0 && j < n && j != i && tampil[j] ? j : -1;
}

void pohon_tata_hitung(const int *induk, int n, const unsigned char *tampil,
		       const struct pohon_ukuran *u, struct pohon_tata *out)
{
	memset(out, 0, sizeof(*out));
	/* children lists of drawn nodes (counting sort, index order kept) */
	int *awal = xcalloc((size_t)n + 2, sizeof(int));
	int *isi = xcalloc((size_t)n + 1, sizeof(int));
	int *anak_semua = xcalloc((size_t)n + 1, sizeof(int));
	int m = 0;
	for (int i = 0; i < n; i++) {
		if (induk[i] >= 0 && induk[i] < n && induk[i] != i)
			anak_semua[induk[i]]++;
		if (!tampil[i])
			continue;
		m++;
		int j = induk_tampil(induk, n, tampil, i);
		if (j >= 0)
			awal[j + 2]++;
	}
	for (int i = 0; i < n; i++)
		awal[i + 2] += awal[i + 1];
	for (int i = 0; i < n; i++) {
		int j = tampil[i] ? induk_tampil(induk, n, tampil, i) : -1;
		if (j >= 0)
			isi[awal[j + 1]++] = i;
	}
	out->kotak = xcalloc((size_t)m + 1, sizeof(*out->kotak));
	out->garis = xcalloc((size_t)m * 2 + 1, sizeof(*out->garis));
	/* depth-first from each root, an explicit stack (the tree may be deep) */
	int *tumpuk = xcalloc((size_t)m + 1, sizeof(int));
	int *tumpuk_dalam = xcalloc((size_t)m + 1, sizeof(int));
	int *pos = xcalloc((size_t)n + 1, sizeof(int)); /* box index of each drawn node */
	int baris = 0;
	for (int r = 0; r < n; r++) {
		if (!tampil[r] || induk_tampil(induk, n, tampil, r) >= 0)
			continue;
		int sp = 0;
		tumpuk[sp] = r;
		tumpuk_dalam[sp++] = 0;
		while (sp > 0) {
			int i = tumpuk[--sp], d = tumpuk_dalam[sp];
			if (baris >= m)
				break; /* a cycle among drawn nodes: each is drawn once */
			struct pohon_kotak *k = &out->kotak[baris];
			k->simpul = i;
			k->dalam = d;
			int dd = d < 64 ? d : 64;
			k->x = u->tepi + dd * u->indentasi;
			k->y = u->tepi + baris * (u->tinggi + u->jarak);
			k->w = u->lebar - u->tepi - k->x;
			if (k->w < 40)
				k->w = 40;
			k->h = u->tinggi;
			k->tersembunyi = anak_semua[i] - (awal[i + 1] - awal[i]);
			pos[i] = baris++;
			/* push children in reverse so the first comes out first */
			for (int e = awal[i + 1] - 1; e >= awal[i] && d < 64; e--) {
				tumpuk[sp] = isi[e];
				tumpuk_dalam[sp++] = d + 1;
			}
		}
	}
	out->n = baris;
	/* lines: one vertical per parent down to its last child's middle, one elbow per child */
	for (int b = 0; b < out->n; b++) {
		const struct pohon_kotak *c = &out->kotak[b];
		int j = induk_tampil(induk, n, tampil, c->simpul);
		if (j < 0 || c->dalam == 0)
			continue;
		const struct pohon_kotak *p = &out->kotak[pos[j]];
		int gx = p->x + u->indentasi / 2, cy = c->y + c->h / 2;
		struct pohon_garis *g = &out->garis[out->n_garis++];
		*g = (struct pohon_garis){gx, cy, c->x, cy};
		if (isi[awal[j + 1] - 1] == c->simpul) {
			g = &out->garis[out->n_garis++];
			*g = (struct pohon_garis){gx, p->y + p->h, gx, cy};
		}
	}
	out->lebar = u->lebar;
	out->tinggi = out->n ? out->kotak[out->n - 1].y + u->tinggi + u->tepi : 2 * u->tepi;
	free(awal);
	free(isi);
	free(anak_semua);
	free(tumpuk);
	free(tumpuk_dalam);
	free(pos);
}

void pohon_tata_release(struct pohon_tata *t)
{
	free(t->kotak);
	free(t->garis);
	memset(t, 0, sizeof(*t));
}
