/* Loading a parent and its children; see wilayah.h. */
#include "wilayah.h"

#include <stdlib.h>
#include <string.h>

struct kode_daftar {
	int n, cap;
	char **kode;
};

static int kode_tambah(const char *kode, void *arg)
{
	struct kode_daftar *d = arg;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->kode = xrealloc(d->kode, (size_t)d->cap * sizeof(*d->kode));
	}
	d->kode[d->n++] = xstrdup(kode);
	return 0;
}

int wilayah_muat(struct store *s, const char *induk, struct wilayah_data *w, struct galat *g)
{
	memset(w, 0, sizeof(*w));
	struct kode_daftar d = {0};
	int rc = -1;
	if (store_pemda_daftar(s, kode_tambah, &d, g))
		goto out;
	for (int i = 0; i < d.n; i++) {
		struct model m;
		model_init(&m);
		if (store_muat(s, d.kode[i], &m, g)) {
			model_release(&m);
			goto out;
		}
		if (strcmp(d.kode[i], induk) == 0 && !w->ada_induk) {
			w->induk = m;
			w->ada_induk = 1;
		} else if (strcmp(d.kode[i], "00") == 0 && !w->ada_nasional) {
			w->nasional = m;
			w->ada_nasional = 1;
		} else if (m.pemda.induk && strcmp(m.pemda.induk, induk) == 0) {
			if (w->n == w->cap) {
				w->cap = w->cap ? w->cap * 2 : 16;
				w->anak = xrealloc(w->anak, (size_t)w->cap * sizeof(*w->anak));
			}
			/* a model moves freely: its pointers lead into its arena's blocks */
			w->anak[w->n++] = m;
		} else {
			model_release(&m);
		}
	}
	if (!w->ada_induk) {
		g->pengguna = 1;
		galat_set(g, "pemda induk '%s' tidak ada", induk);
		goto out;
	}
	rc = 0;
out:
	for (int i = 0; i < d.n; i++)
		free(d.kode[i]);
	free(d.kode);
	return rc;
}

void wilayah_data_release(struct wilayah_data *w)
{
	if (w->ada_induk)
		model_release(&w->induk);
	if (w->ada_nasional)
		model_release(&w->nasional);
	for (int i = 0; i < w->n; i++)
		model_release(&w->anak[i]);
	free(w->anak);
	memset(w, 0, sizeof(*w));
}
