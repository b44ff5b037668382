/* Ranking the regions under a parent; see banding.h. */
#include "banding.h"

#include <math.h>
#include <stdlib.h>

/* Values that print the same and came from the same text must compare equal, not by noise. */
static int hampir_sama(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

enum banding_posisi banding_posisi(double nilai, double acuan)
{
	if (!isfinite(nilai) || !isfinite(acuan))
		return BANDING_TIDAK_ADA;
	if (hampir_sama(nilai, acuan))
		return BANDING_SAMA;
	return nilai > acuan ? BANDING_DI_ATAS : BANDING_DI_BAWAH;
}

const char *banding_posisi_nama(enum banding_posisi p)
{
	switch (p) {
	case BANDING_DI_ATAS:
		return "di_atas";
	case BANDING_SAMA:
		return "sama";
	case BANDING_DI_BAWAH:
		return "di_bawah";
	case BANDING_TIDAK_ADA:
		break;
	}
	return NULL;
}

struct entri {
	double kunci; /* oriented so that smaller is better */
	int i;
};

/* Best first; equal keys keep input order so that ties list as given. */
static int banding_entri(const void *pa, const void *pb)
{
	const struct entri *a = pa, *b = pb;
	if (a->kunci < b->kunci)
		return -1;
	if (a->kunci > b->kunci)
		return 1;
	return (a->i > b->i) - (a->i < b->i);
}

void banding_peringkat(const double *nilai, const int *ada, int n, enum arah arah, int *peringkat,
		       int *urut)
{
	if (n <= 0)
		return;
	struct entri *e = xmalloc(sizeof(*e) * (size_t)n);
	int m = 0;
	for (int i = 0; i < n; i++) {
		peringkat[i] = 0;
		if ((ada && !ada[i]) || !isfinite(nilai[i]))
			continue;
		e[m].kunci = arah == ARAH_TURUN ? nilai[i] : -nilai[i];
		e[m].i = i;
		m++;
	}
	qsort(e, (size_t)m, sizeof(*e), banding_entri);
	for (int k = 0; k < m; k++) {
		int sama = k > 0 && hampir_sama(e[k].kunci, e[k - 1].kunci);
		peringkat[e[k].i] = sama ? peringkat[e[k - 1].i] : k + 1;
		if (urut)
			urut[k] = e[k].i;
	}
	if (urut)
		for (int i = 0, k = m; i < n; i++)
			if (peringkat[i] == 0)
				urut[k++] = i;
	free(e);
}

void banding_hitung(const struct banding_wilayah *w, int n, enum arah arah,
		    const struct banding_acuan *acuan, struct banding_baris *out, int *urut)
{
	if (n <= 0)
		return;
	double *nilai = xmalloc(sizeof(*nilai) * (size_t)n);
	int *ada = xmalloc(sizeof(*ada) * (size_t)n);
	int *peringkat = xmalloc(sizeof(*peringkat) * (size_t)n);
	for (int i = 0; i < n; i++) {
		nilai[i] = w[i].realisasi;
		ada[i] = w[i].ada;
	}
	banding_peringkat(nilai, ada, n, arah, peringkat, urut);
	for (int i = 0; i < n; i++) {
		struct banding_baris *b = &out[i];
		b->peringkat = peringkat[i];
		b->terhadap_induk = b->terhadap_nasional = b->terhadap_batas = BANDING_TIDAK_ADA;
		if (!w[i].ada || !acuan)
			continue;
		if (acuan->ada_induk)
			b->terhadap_induk = banding_posisi(w[i].realisasi, acuan->induk);
		if (acuan->ada_nasional)
			b->terhadap_nasional = banding_posisi(w[i].realisasi, acuan->nasional);
		if (acuan->ada_batas)
			b->terhadap_batas = banding_posisi(w[i].realisasi, acuan->batas);
	}
	free(peringkat);
	free(ada);
	free(nilai);
}
