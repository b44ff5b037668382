/* Loading every pemda for the province view; see wilayah.h. */
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

int wilayah_muat(struct store *s, struct wilayah_data *w, struct galat *g)
{
	memset(w, 0, sizeof(*w));
	struct kode_daftar d = {0};
	int rc = -1;
	if (store_pemda_daftar(s, kode_tambah, &d, g))
		goto out;
	w->semua = xcalloc((size_t)(d.n ? d.n : 1), sizeof(*w->semua));
	w->cap = d.n;
	for (int i = 0; i < d.n; i++) {
		struct model *m = &w->semua[w->n];
		model_init(m);
		if (store_muat(s, d.kode[i], m, g)) {
			model_release(m);
			goto out;
		}
		w->n++;
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
	for (int i = 0; i < w->n; i++)
		model_release(&w->semua[i]);
	free(w->semua);
	memset(w, 0, sizeof(*w));
}

const struct model *wilayah_cari(const struct wilayah_data *w, const char *kode)
{
	for (int i = 0; kode && i < w->n; i++)
		if (strcmp(w->semua[i].pemda.kode, kode) == 0)
			return &w->semua[i];
	return NULL;
}

int wilayah_ada_anak(const struct wilayah_data *w, const char *kode)
{
	for (int i = 0; i < w->n; i++)
		if (w->semua[i].pemda.induk && strcmp(w->semua[i].pemda.induk, kode) == 0)
			return 1;
	return 0;
}
