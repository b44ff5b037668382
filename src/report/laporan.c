/* The LKjIP in a format; see laporan.h. */
#include "laporan.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/kaskade.h"
#include "../core/ukur.h"
#include "dok_opd.h"
#include "dok_pk.h"

static int tulis_berkas(const char *path, const char *isi, size_t n, struct galat *g)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return galat_set(g, "tidak dapat menulis %s: %s", path, strerror(errno));
	int rc = fwrite(isi, 1, n, f) == n ? 0 : -1;
	if (fclose(f) || rc)
		return galat_set(g, "gagal menulis %s: %s", path, strerror(errno));
	return 0;
}

static int format_sah(const char *format)
{
	return format && (!strcmp(format, "html") || !strcmp(format, "pdf") ||
			  !strcmp(format, "xlsx") || !strcmp(format, "csv"));
}

int laporan_tulis_dokumen(const struct dokumen *d, const char *format, const char *path,
			  struct galat *g)
{
	if (!format_sah(format)) {
		g->pengguna = 1;
		return galat_set(g, "format laporan tidak dikenal: %s (html, pdf, xlsx, csv)",
				 format ? format : "(kosong)");
	}
	int rc;
	if (strcmp(format, "html") == 0) {
		struct buf b = BUF_INIT;
		laporan_html(d, &b);
		rc = tulis_berkas(path, b.data, b.len, g);
		buf_release(&b);
	} else if (strcmp(format, "pdf") == 0) {
		rc = laporan_pdf(d, path, g);
	} else if (strcmp(format, "xlsx") == 0) {
		rc = laporan_xlsx(d, path, g);
	} else {
		rc = laporan_csv(d, path, g);
	}
	return rc;
}

int laporan_tulis(const struct model *m, int tahun, const char *format, const char *path,
		  struct galat *g)
{
	return laporan_tulis_wilayah(m, NULL, tahun, format, path, g);
}

int laporan_tulis_wilayah(const struct model *m, const struct dokumen_wilayah *w, int tahun,
			  const char *format, const char *path, struct galat *g)
{
	if (!format_sah(format))
		return laporan_tulis_dokumen(NULL, format, path, g); /* the message, once */
	struct pengukuran p;
	ukur_hitung(m, tahun, &p);
	struct dokumen d;
	dokumen_bangun_wilayah(m, &p, w, &d);
	int rc = laporan_tulis_dokumen(&d, format, path, g);
	dokumen_release(&d);
	ukur_release(&p);
	return rc;
}

int laporan_tulis_lingkup(const struct model *m, const struct laporan_lingkup *l, int tahun,
			  const char *format, const char *path, struct galat *g)
{
	const char *dok = l->dokumen ? l->dokumen : "lkjip";
	if (strcmp(dok, "pk") == 0) {
		if (!format || (strcmp(format, "pdf") && strcmp(format, "html"))) {
			g->pengguna = 1;
			return galat_set(g, "format Perjanjian Kinerja: pdf atau html");
		}
		struct dok_opd v;
		if (l->opd && dok_opd_buat(m, l->opd, &v, g))
			return -1; /* names the unknown OPD */
		if (l->opd)
			dok_opd_lepas(&v);
		const struct pk *k = dok_pk_cari(m, tahun, l->opd, l->versi);
		if (!k) {
			g->pengguna = 1;
			if (l->versi)
				return galat_set(g, "Perjanjian Kinerja %d %s versi %d tidak ada", tahun,
						 l->opd ? l->opd : "kepala daerah", l->versi);
			return galat_set(g, "Perjanjian Kinerja %d %s belum ada (pk.csv)", tahun,
					 l->opd ? l->opd : "kepala daerah");
		}
		struct dokumen d;
		dokumen_pk(m, k, &d);
		int rc = laporan_tulis_dokumen(&d, format, path, g);
		dokumen_release(&d);
		return rc;
	}
	if (strcmp(dok, "lkjip") != 0) {
		g->pengguna = 1;
		return galat_set(g, "dokumen '%s' tidak dikenal (lkjip, pk)", dok);
	}
	if (!l->opd)
		return laporan_tulis_wilayah(m, l->w, tahun, format, path, g);
	if (!format_sah(format))
		return laporan_tulis_dokumen(NULL, format, path, g);
	struct dok_opd v;
	if (dok_opd_buat(m, l->opd, &v, g))
		return -1;
	/* the whole pemda's cascade: the OPD's capaian and its nodes as measure --opd and tree */
	struct pengukuran p, penuh;
	struct kaskade k;
	ukur_hitung(m, tahun, &penuh);
	kaskade_hitung(&penuh, &k);
	ukur_hitung(&v.m, tahun, &p);
	struct dokumen d;
	dokumen_bangun_opd(&v.m, &p, v.o, m->pemda.nama, &k, &d);
	int rc = laporan_tulis_dokumen(&d, format, path, g);
	dokumen_release(&d);
	ukur_release(&p);
	kaskade_release(&k);
	ukur_release(&penuh);
	dok_opd_lepas(&v);
	return rc;
}
