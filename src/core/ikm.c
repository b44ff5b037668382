/* IKM from respondents' answers; see ikm.h. */
#include "ikm.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka.h"
#include "skala.h"

int ikm_jawaban_parse(const char *sel, uint8_t *nilai, const char **alasan)
{
	*nilai = 0;
	*alasan = NULL;
	if (!sel)
		return 0;
	const char *p = sel;
	while (isspace((unsigned char)*p))
		p++;
	if (!*p)
		return 0;
	/* "-" and "n/a" mean "no data" elsewhere; here only an empty cell means "not answered". */
	if (angka_kosong(p)) {
		*alasan = "jawaban tidak sah: kosongkan sel bila unsur ini tidak dijawab";
		return -1;
	}
	double v;
	enum angka_hasil r = angka_parse(p, GAYA_TIDAK_TAHU, &v, NULL);
	if (r != ANGKA_OK) {
		*alasan =
		    "jawaban bukan angka: isi 1, 2, 3 atau 4, atau kosongkan bila tidak dijawab";
		return -1;
	}
	if (v != floor(v)) {
		*alasan = "jawaban harus bilangan bulat 1, 2, 3 atau 4, bukan pecahan";
		return -1;
	}
	if (v < 1 || v > 4) {
		*alasan = "jawaban di luar skala: hanya 1, 2, 3 atau 4 yang sah";
		return -1;
	}
	*nilai = (uint8_t)v;
	return 0;
}

int ikm_periode_parse(const char *s, int *tahun, int *semester)
{
	if (!s)
		return -1;
	while (isspace((unsigned char)*s))
		s++;
	int t = 0, i = 0;
	for (; i < 4; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		t = t * 10 + (s[i] - '0');
	}
	int sem = 0;
	const char *rest = s + 4;
	if (*rest == '-') {
		if ((rest[1] != 'S' && rest[1] != 's') || (rest[2] != '1' && rest[2] != '2'))
			return -1;
		sem = rest[2] - '0';
		rest += 3;
	}
	while (isspace((unsigned char)*rest))
		rest++;
	if (*rest || t < 1900)
		return -1;
	*tahun = t;
	*semester = sem;
	return 0;
}

void ikm_hitung_init(struct ikm_hitung *h, struct arena *a, int n_periode, int n_unit, int n_unsur)
{
	h->n_periode = n_periode > 0 ? n_periode : 0;
	h->n_unit = n_unit > 0 ? n_unit : 0;
	h->n_unsur = n_unsur > 0 ? n_unsur : 0;
	size_t ns = (size_t)h->n_periode * (size_t)h->n_unit * (size_t)h->n_unsur;
	size_t nr = (size_t)h->n_periode * (size_t)h->n_unit;
	h->sel = arena_alloc(a, sizeof(*h->sel) * (ns ? ns : 1));
	h->responden = arena_alloc(a, sizeof(*h->responden) * (nr ? nr : 1));
	memset(h->sel, 0, sizeof(*h->sel) * ns);
	memset(h->responden, 0, sizeof(*h->responden) * nr);
}

static struct ikm_sel *sel_di(const struct ikm_hitung *h, int periode, int unit)
{
	return h->sel + ((size_t)periode * (size_t)h->n_unit + (size_t)unit) * (size_t)h->n_unsur;
}

int ikm_tambah(struct ikm_hitung *h, int periode, int unit, const uint8_t *jawaban)
{
	if (periode < 0 || periode >= h->n_periode || unit < 0 || unit >= h->n_unit)
		return -1;
	for (int u = 0; u < h->n_unsur; u++)
		if (jawaban[u] > 4)
			return -1;
	struct ikm_sel *s = sel_di(h, periode, unit);
	for (int u = 0; u < h->n_unsur; u++) {
		/* Branch-free: a blank (0) adds nothing to either counter. */
		s[u].jumlah += jawaban[u];
		s[u].n += jawaban[u] != 0;
	}
	h->responden[(size_t)periode * (size_t)h->n_unit + (size_t)unit]++;
	return 0;
}

/* The printed IKM has two decimals; its class is the class of what is printed. */
static const char *mutu_dari(const struct skala *mutu, double ikm)
{
	const struct skala_kelas *k = mutu ? skala_kelas_skor(mutu, angka_bulat(ikm, 2)) : NULL;
	return k ? k->nama : NULL;
}

/* IKM of the unsur filled in: mean of their NRR x 25. */
static void selesaikan(struct ikm_hasil *out, const struct skala *mutu)
{
	double jumlah = 0;
	out->n_unsur_ada = 0;
	for (int u = 0; u < out->n_unsur; u++)
		if (out->unsur[u].ada) {
			jumlah += out->unsur[u].nrr;
			out->n_unsur_ada++;
		}
	out->ada = out->n_unsur_ada > 0;
	out->ikm = out->ada ? jumlah / out->n_unsur_ada * 25.0 : 0;
	out->mutu = out->ada ? mutu_dari(mutu, out->ikm) : NULL;
}

static void kosongkan(const struct ikm_hitung *h, struct ikm_unsur *unsur, struct ikm_hasil *out)
{
	memset(out, 0, sizeof(*out));
	out->n_unsur = h->n_unsur;
	out->unsur = unsur;
	memset(unsur, 0, sizeof(*unsur) * (size_t)h->n_unsur);
}

/* Adds unit `unit`'s counters into unsur[] as pooled sums (NRR from them). */
static void gabung(const struct ikm_hitung *h, int periode, int unit, struct ikm_unsur *unsur)
{
	const struct ikm_sel *s = sel_di(h, periode, unit);
	for (int u = 0; u < h->n_unsur; u++) {
		unsur[u].jumlah += s[u].jumlah;
		unsur[u].n += s[u].n;
	}
}

static void nrr_dari_jumlah(struct ikm_unsur *unsur, int n)
{
	for (int u = 0; u < n; u++) {
		unsur[u].ada = unsur[u].n > 0;
		unsur[u].nrr = unsur[u].ada ? (double)unsur[u].jumlah / (double)unsur[u].n : 0;
		unsur[u].indeks = unsur[u].nrr * 25.0;
	}
}

void ikm_unit(const struct ikm_hitung *h, int periode, int unit, const struct skala *mutu,
	      struct ikm_unsur *unsur, struct ikm_hasil *out)
{
	kosongkan(h, unsur, out);
	if (periode < 0 || periode >= h->n_periode || unit < 0 || unit >= h->n_unit)
		return;
	gabung(h, periode, unit, unsur);
	nrr_dari_jumlah(unsur, h->n_unsur);
	out->responden = h->responden[(size_t)periode * (size_t)h->n_unit + (size_t)unit];
	selesaikan(out, mutu);
	out->n_unit_ada = out->ada;
}

void ikm_pemda(const struct ikm_hitung *h, int periode, enum ikm_agregat g,
	       const struct skala *mutu, struct ikm_unsur *unsur, struct ikm_hasil *out)
{
	kosongkan(h, unsur, out);
	if (periode < 0 || periode >= h->n_periode)
		return;
	for (int i = 0; i < h->n_unit; i++) {
		gabung(h, periode, i, unsur);
		out->responden += h->responden[(size_t)periode * (size_t)h->n_unit + (size_t)i];
	}
	if (g == IKM_GABUNGAN) {
		nrr_dari_jumlah(unsur, h->n_unsur);
		selesaikan(out, mutu);
		for (int i = 0; i < h->n_unit; i++) {
			const struct ikm_sel *s = sel_di(h, periode, i);
			for (int u = 0; u < h->n_unsur; u++)
				if (s[u].n) {
					out->n_unit_ada++;
					break;
				}
		}
		return;
	}

	/* rata_unit: each unit's IKM (and each unit's NRR of an unsur) weighs the same. */
	double jumlah_ikm = 0;
	size_t nu = h->n_unsur > 0 ? (size_t)h->n_unsur : 1;
	int *n_nrr = xcalloc(nu, sizeof(*n_nrr));
	double *jumlah_nrr = xcalloc(nu, sizeof(*jumlah_nrr));
	for (int i = 0; i < h->n_unit; i++) {
		const struct ikm_sel *s = sel_di(h, periode, i);
		double jumlah = 0;
		int n = 0;
		for (int u = 0; u < h->n_unsur; u++)
			if (s[u].n) {
				double nrr = (double)s[u].jumlah / (double)s[u].n;
				jumlah += nrr;
				n++;
				jumlah_nrr[u] += nrr;
				n_nrr[u]++;
			}
		if (n) {
			jumlah_ikm += jumlah / n * 25.0;
			out->n_unit_ada++;
		}
	}
	for (int u = 0; u < h->n_unsur; u++) {
		unsur[u].ada = n_nrr[u] > 0;
		unsur[u].nrr = n_nrr[u] ? jumlah_nrr[u] / n_nrr[u] : 0;
		unsur[u].indeks = unsur[u].nrr * 25.0;
		if (unsur[u].ada)
			out->n_unsur_ada++;
	}
	free(jumlah_nrr);
	free(n_nrr);
	out->ada = out->n_unit_ada > 0;
	out->ikm = out->ada ? jumlah_ikm / out->n_unit_ada : 0;
	out->mutu = out->ada ? mutu_dari(mutu, out->ikm) : NULL;
}

double ikm_bobot_dibulatkan(const struct ikm_hasil *h)
{
	if (!h->ada)
		return 0;
	double bobot = angka_bulat(1.0 / h->n_unsur_ada, 3), jumlah = 0;
	for (int u = 0; u < h->n_unsur; u++)
		if (h->unsur[u].ada)
			jumlah += h->unsur[u].nrr * bobot;
	return jumlah * 25.0;
}

const char *ikm_mutu_kinerja(const char *mutu)
{
	static const char *const nama[] = {"Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"};
	if (!mutu || !mutu[0] || mutu[1])
		return NULL;
	int c = toupper((unsigned char)mutu[0]);
	return c >= 'A' && c <= 'D' ? nama[c - 'A'] : NULL;
}

const char *ikm_agregat_nama(enum ikm_agregat g)
{
	return g == IKM_GABUNGAN ? "gabungan" : "rata_unit";
}

int ikm_agregat_parse(const char *s, enum ikm_agregat *out)
{
	if (s && str_sama(s, "rata_unit")) {
		*out = IKM_RATA_UNIT;
		return 0;
	}
	if (s && str_sama(s, "gabungan")) {
		*out = IKM_GABUNGAN;
		return 0;
	}
	return -1;
}
