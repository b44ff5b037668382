/* Capaian of one indicator; see capaian.h and rumus-capaian.md. */
#include "capaian.h"

#include "skala.h"

static struct capaian hasil(double nilai)
{
	struct capaian c = { 1, nilai, NULL };
	return c;
}

static struct capaian gagal(const char *catatan)
{
	struct capaian c = { 0, 0, catatan };
	return c;
}

/* Higher is better: R / T x 100. */
static struct capaian naik(double t, double r)
{
	if (t == 0)
		return gagal("tidak dapat dihitung: target 0");
	return hasil(r / t * 100);
}

/* Lower is better, by the pemda's or the indicator's rumus. */
static struct capaian turun(enum rumus_turun rumus, double t, double r)
{
	if (t == 0) {
		/* Both rumus divide by T; a target of 0 (kemiskinan ekstrem) is met or not. */
		struct capaian c = hasil(r <= 0 ? 100 : 0);
		c.catatan = "target 0: rumus tidak berlaku; realisasi <= 0 dianggap 100, "
			    "selain itu 0";
		return c;
	}
	if (rumus == RUMUS_RASIO) {
		if (r == 0)
			return gagal("tidak dapat dihitung: realisasi 0 (pembagian dengan nol) "
				     "pada rumus rasio");
		return hasil(t / r * 100);
	}
	/* selisih: (T - (R - T)) / T, negative when R > 2T; shown as computed. */
	return hasil((2 * t - r) / t * 100);
}

/* The numeric directions against a number or a range target. */
static struct capaian angka(enum arah arah, enum rumus_turun rumus, const struct nilai *t,
			    double r)
{
	double lo = t->a, hi = t->a;

	if (t->jenis == NILAI_RENTANG) {
		lo = t->a < t->b ? t->a : t->b;
		hi = t->a < t->b ? t->b : t->a;
	}
	switch (arah) {
	case ARAH_NAIK:
		if (t->jenis == NILAI_ANGKA)
			return naik(t->a, r);
		if (r < lo)
			return naik(lo, r);
		if (r > hi)
			return naik(hi, r);
		return hasil(100);
	case ARAH_TURUN:
		if (t->jenis == NILAI_ANGKA)
			return turun(rumus, t->a, r);
		if (r > hi)
			return turun(rumus, hi, r);
		if (r < lo)
			return turun(rumus, lo, r);
		return hasil(100);
	case ARAH_RENTANG:
		/* A single number is a band of width 0. */
		if (r < lo)
			return naik(lo, r);
		if (r > hi)
			return turun(rumus, hi, r);
		return hasil(100);
	case ARAH_KATEGORI:
		break;
	}
	return gagal("tidak dapat dihitung: arah tidak dikenal");
}

/* Rank of a value on the scale; a score takes the class its bounds give. 0 when unknown. */
static int peringkat(const struct skala *sk, const struct nilai *v)
{
	if (v->jenis == NILAI_KATEGORI)
		return skala_peringkat(sk, v->kategori);
	const struct skala_kelas *k = skala_kelas_skor(sk, v->a);
	return k ? (int)(k - sk->kelas) + 1 : 0;
}

/* Ordinal scale (opini BPK, AKIP, LPPD, IKM). */
static struct capaian kategori(const struct nilai *t, const struct nilai *r,
			       const struct skala *sk)
{
	struct nilai skor_t;

	if (!sk)
		return gagal("tidak dapat dihitung: skala indikator kategori tidak dikenal");
	/* Only a scale with bounds turns a score into a class (AKIP, IKM). */
	int bertingkat = skala_kelas_skor(sk, 0) != NULL;
	if (r->jenis == NILAI_RENTANG)
		return gagal("tidak dapat dihitung: realisasi berupa rentang pada indikator "
			     "kategori");
	if (r->jenis == NILAI_ANGKA && !bertingkat)
		return gagal("tidak dapat dihitung: realisasi berupa angka, tetapi skala tidak "
			     "memiliki batas nilai");
	if (t->jenis == NILAI_RENTANG) {
		/* A score band "60-70" is met from its lower end, as a range target of naik. */
		skor_t = *t;
		skor_t.jenis = NILAI_ANGKA;
		skor_t.a = t->a < t->b ? t->a : t->b;
		t = &skor_t;
	}
	if (t->jenis == NILAI_ANGKA && !bertingkat)
		return gagal("tidak dapat dihitung: target berupa angka, tetapi skala tidak "
			     "memiliki batas nilai");

	if (t->jenis == NILAI_ANGKA && r->jenis == NILAI_ANGKA) {
		/* Both scores: compare the scores themselves, finer than their classes. */
		if (r->a >= t->a)
			return hasil(100);
		if (t->a <= 0)
			return gagal("tidak dapat dihitung: target skor 0 atau negatif");
		return hasil(r->a / t->a * 100);
	}

	int pr = peringkat(sk, r), pt = peringkat(sk, t);
	if (!pr)
		return gagal("tidak dapat dihitung: kategori realisasi tidak ada pada skala "
			     "indikator");
	if (!pt)
		return gagal("tidak dapat dihitung: kategori target tidak ada pada skala "
			     "indikator");
	if (pr >= pt)
		return hasil(100);
	const struct skala_kelas *kt = &sk->kelas[pt - 1];
	if (r->jenis == NILAI_ANGKA && kt->ada_batas && kt->bawah > 0)
		return hasil(r->a / kt->bawah * 100);
	return hasil((double)pr / pt * 100);
}

struct capaian capaian_hitung(enum arah arah, enum rumus_turun rumus, const struct nilai *t,
			      const struct nilai *r, const struct skala *sk)
{
	if (!r || r->jenis == NILAI_KOSONG)
		return gagal("belum ada data");
	if (!t || t->jenis == NILAI_KOSONG)
		return gagal("belum ada target");
	if (arah == ARAH_KATEGORI)
		return kategori(t, r, sk);
	if (t->jenis == NILAI_KATEGORI || r->jenis == NILAI_KATEGORI)
		return gagal("tidak dapat dihitung: nilai kategori pada indikator yang bukan "
			     "kategori");
	if (r->jenis == NILAI_RENTANG)
		return gagal("tidak dapat dihitung: realisasi berupa rentang");
	return angka(arah, rumus, t, r->a);
}

enum rumus_turun capaian_rumus(const struct pemda *p, const struct indikator *ind)
{
	if (ind && ind->rumus_override >= 0)
		return (enum rumus_turun)ind->rumus_override;
	return p->rumus_turun;
}
