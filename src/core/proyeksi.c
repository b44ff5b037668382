/* Trend and projection to the end of the period; see proyeksi.h. */
#include "proyeksi.h"

#include <math.h>
#include <string.h>

#define BELUM_CUKUP "data belum cukup"

/*
 * Meeting the target is judged on the value as computed; a tolerance far
 * below any printed decimal keeps 5,89 projected from 5,89 a hit.
 */
static int memenuhi(enum arah arah, double nilai, double target)
{
	double tol = 1e-9 * fmax(1.0, fmax(fabs(nilai), fabs(target)));
	return arah == ARAH_TURUN ? nilai <= target + tol : nilai >= target - tol;
}

static void isi_metode(struct proyeksi_metode_hasil *h, enum arah arah, double nilai, double laju,
		       double target)
{
	h->ada = 1;
	h->nilai = nilai;
	h->laju = laju;
	h->status = memenuhi(arah, nilai, target) ? PROYEKSI_TERCAPAI : PROYEKSI_TIDAK_TERCAPAI;
	h->catatan = NULL;
}

int proyeksi_hitung(const struct proyeksi_titik *seri, int n, enum arah arah, int tahun_akhir,
		    double target_akhir, struct proyeksi *out)
{
	memset(out, 0, sizeof(*out));
	out->tahun_akhir = tahun_akhir;
	out->target_akhir = target_akhir;
	for (int m = 0; m < PROYEKSI_N_METODE; m++)
		out->metode[m].catatan = BELUM_CUKUP;

	if (arah != ARAH_NAIK && arah != ARAH_TURUN) {
		out->catatan = "proyeksi hanya untuk indikator berarah naik atau turun";
		return 0;
	}
	if (!isfinite(target_akhir)) {
		out->catatan = "target akhir bukan angka";
		return -1;
	}
	/* The last and the one before it by year; the series is short, so the repeat check is
	 * quadratic. */
	int akhir = -1, sebelum = -1;
	double sx = 0, sy = 0;
	for (int i = 0; i < n; i++) {
		if (!isfinite(seri[i].nilai)) {
			out->catatan = "deret memuat nilai yang bukan angka";
			return -1;
		}
		for (int j = 0; j < i; j++)
			if (seri[j].tahun == seri[i].tahun) {
				out->catatan = "deret memuat tahun yang sama dua kali";
				return -1;
			}
		if (akhir < 0 || seri[i].tahun > seri[akhir].tahun) {
			sebelum = akhir;
			akhir = i;
		} else if (sebelum < 0 || seri[i].tahun > seri[sebelum].tahun) {
			sebelum = i;
		}
		sx += seri[i].tahun;
		sy += seri[i].nilai;
	}
	if (akhir < 0) {
		out->catatan = BELUM_CUKUP;
		return 0;
	}
	out->tahun_terakhir = seri[akhir].tahun;
	out->nilai_terakhir = seri[akhir].nilai;
	if (tahun_akhir > out->tahun_terakhir) {
		out->ada_laju_diperlukan = 1;
		out->laju_diperlukan = (target_akhir - out->nilai_terakhir) /
				       (double)(tahun_akhir - out->tahun_terakhir);
	}
	if (n < 2) {
		out->catatan = BELUM_CUKUP;
		return 0;
	}

	/* Least squares on centred years: exact for 2 points, no cancellation for 4-digit years. */
	double mx = sx / n, my = sy / n, sxy = 0, sxx = 0;
	for (int i = 0; i < n; i++) {
		double dx = seri[i].tahun - mx;
		sxy += dx * (seri[i].nilai - my);
		sxx += dx * dx;
	}
	double b = sxy / sxx;
	isi_metode(&out->metode[PROYEKSI_TREN_LINIER], arah, my + b * (tahun_akhir - mx), b,
		   target_akhir);

	double laju = (seri[akhir].nilai - seri[sebelum].nilai) /
		      (double)(seri[akhir].tahun - seri[sebelum].tahun);
	isi_metode(&out->metode[PROYEKSI_LAJU_TERAKHIR], arah,
		   seri[akhir].nilai + laju * (tahun_akhir - seri[akhir].tahun), laju,
		   target_akhir);

	out->ada = 1;
	return 0;
}

const char *proyeksi_metode_nama(enum proyeksi_metode m)
{
	return m == PROYEKSI_LAJU_TERAKHIR ? "laju_terakhir" : "tren_linier";
}

const char *proyeksi_status_nama(enum proyeksi_status s)
{
	return s == PROYEKSI_TERCAPAI ? "tercapai" : "tidak_tercapai";
}
