/* The template in the browser; see unggah.h. */
#include "unggah.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../io/ekspor.h"
#include "../io/xlsx.h"
#include "impor.h"

void unggah_hasil_release(struct unggah_hasil *h)
{
	free(h->galat);
	memset(h, 0, sizeof(*h));
}

void unggah_hasil_isi(struct unggah_hasil *h, const struct layanan_impor_hasil *hi,
		      const struct impor_galat *d)
{
	for (int i = 0; i < hi->n && i < 32; i++) {
		struct unggah_ringkas *r = &h->f[h->n++];
		snprintf(r->berkas, sizeof(r->berkas), "%s", hi->f[i].berkas);
		r->baru = hi->f[i].r.baru;
		r->diubah = hi->f[i].r.diubah;
		r->sama = hi->f[i].r.sama;
		r->dilewati = hi->f[i].r.dilewati;
		r->galat = hi->f[i].galat;
	}
	if (!d->n)
		return;
	h->galat = calloc((size_t)d->n, sizeof(*h->galat));
	for (int i = 0; h->galat && i < d->n; i++) {
		struct unggah_galat *e = &h->galat[i];
		snprintf(e->berkas, sizeof(e->berkas), "%s", d->isi[i].berkas);
		e->baris = d->isi[i].baris;
		snprintf(e->kolom, sizeof(e->kolom), "%s", d->isi[i].kolom);
		snprintf(e->pesan, sizeof(e->pesan), "%s", d->isi[i].pesan);
	}
	h->n_galat = h->galat ? d->n : 0;
	h->galat_lain = d->lain;
}

int layanan_unggah_impor(struct store *s, const struct aktor *a, const struct unggah_berkas *f,
			 int n, int coba, struct unggah_hasil *h, struct galat *g)
{
	memset(h, 0, sizeof(*h));
	if (!aktor_peran(a, "admin,perencana"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya admin dan perencana yang boleh mengimpor templat");
	if (n > 32)
		return layanan_tolak(g, LAYANAN_SALAH, "terlalu banyak berkas (paling banyak 32)");
	struct impor_unggahan u[32];
	for (int i = 0; i < n; i++)
		u[i] = (struct impor_unggahan){f[i].nama, f[i].data, f[i].n};
	struct impor_sumber src;
	if (impor_sumber_unggahan(u, n, &src, g)) {
		impor_sumber_release(&src);
		h->galat = calloc(1, sizeof(*h->galat));
		if (h->galat) {
			struct unggah_galat *e = &h->galat[0];
			snprintf(e->berkas, sizeof(e->berkas), "%s", g->berkas);
			e->baris = g->baris;
			snprintf(e->kolom, sizeof(e->kolom), "%s", g->kolom);
			snprintf(e->pesan, sizeof(e->pesan), "%s", g->pesan);
			h->n_galat = 1;
		}
		return LAYANAN_SALAH;
	}
	struct layanan_impor_hasil hi;
	struct impor_galat d;
	impor_galat_init(&d);
	int st = layanan_impor_unggah(s, a, src.tabel, src.n, coba, &hi, &d, g);
	unggah_hasil_isi(h, &hi, &d);
	impor_galat_release(&d);
	impor_sumber_release(&src);
	return st;
}

struct muat {
	struct store *s;
	struct ekspor_hasil *h;
	const char *pemda;
};

static int satu_pengaturan(const char *kunci, const char *nilai, void *arg)
{
	struct muat *c = arg;
	ekspor_pengaturan(c->h, c->pemda, kunci, nilai);
	return 0;
}

int layanan_unggah_templat(struct store *s, const struct aktor *a, const char *pemda,
			   struct buf *out, struct galat *g)
{
	if (!aktor_peran(a, "admin,perencana") || !aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "templat hanya untuk admin dan perencana pemda ini");
	struct ekspor_hasil h;
	ekspor_init(&h);
	struct model m;
	model_init(&m);
	int st = LAYANAN_GALAT;
	struct muat c = {s, &h, pemda};
	/* store_muat reads in one snapshot; store_pemda_ada would leave a statement open. */
	int rc = store_muat(s, pemda, &m, g);
	if (rc && g->pengguna)
		st = layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda %s tidak ada", pemda);
	if (rc == 0 &&
	    store_pengaturan_daftar(s, pemda, satu_pengaturan, &c, g) == 0) {
		ekspor_model(&h, &m);
		/* The XLSX writer writes a file: a private temporary one, read back and removed. */
		char jalur[] = "/tmp/kinerja-templat-XXXXXX.xlsx";
		int fd = mkstemps(jalur, 5);
		if (fd < 0) {
			galat_set(g, "berkas sementara tidak dapat dibuat");
		} else {
			close(fd);
			if (xlsx_tulis_templat(&h, jalur, g) == 0) {
				FILE *fp = fopen(jalur, "rb");
				if (fp) {
					char blok[65536];
					size_t k;
					while ((k = fread(blok, 1, sizeof(blok), fp)) > 0)
						buf_append(out, blok, k);
					st = ferror(fp) ? LAYANAN_GALAT : LAYANAN_OK;
					fclose(fp);
				}
			}
			unlink(jalur); /* a failure leaves a private file in /tmp, nothing worse */
		}
	}
	model_release(&m);
	ekspor_release(&h);
	return st;
}
