/* Capaian of one indicator; see capaian.h and rumus-capaian.md. */
#include "capaian.h"

#include "skala.h"

/* A computed capaian by rule cabang of R against B. */
static struct capaian hasil(enum capaian_cabang cabang, double nilai, double r, double batas)
{
	struct capaian c = {1, nilai, NULL, cabang, BATAS_TARGET, r, batas, batas, batas};
	return c;
}

static struct capaian gagal(const char *catatan)
{
	struct capaian c = {0, 0, catatan, CABANG_TIDAK, BATAS_TARGET, 0, 0, 0, 0};
	return c;
}

/* Higher is better: R / T x 100. */
static struct capaian naik(double t, double r)
{
	if (t == 0)
		return gagal("tidak dapat dihitung: target 0");
	return hasil(CABANG_NAIK, r / t * 100, r, t);
}

/* Lower is better, by the pemda's or the indicator's rumus. */
static struct capaian turun(enum rumus_turun rumus, double t, double r)
{
	if (t == 0) {
		/* Both rumus divide by T; a target of 0 (kemiskinan ekstrem) is met or not. */
		struct capaian c = hasil(CABANG_TARGET_NOL, r <= 0 ? 100 : 0, r, t);
		c.catatan = "target 0: rumus tidak berlaku; realisasi <= 0 dianggap 100, "
			    "selain itu 0";
		return c;
	}
	if (rumus == RUMUS_RASIO) {
		if (r == 0)
			return gagal("tidak dapat dihitung: realisasi 0 (pembagian dengan nol) "
				     "pada rumus rasio");
		return hasil(CABANG_RASIO, t / r * 100, r, t);
	}
	/* selisih: (T - (R - T)) / T, negative when R > 2T; shown as computed. */
	return hasil(CABANG_SELISIH, (2 * t - r) / t * 100, r, t);
}

/* c decided against the bound `sisi` of the range lo-hi. */
static struct capaian di(struct capaian c, enum capaian_batas sisi, double lo, double hi)
{
	c.sisi = sisi;
	c.bawah = lo;
	c.atas = hi;
	return c;
}

/* The numeric directions against a number or a range target. */
static struct capaian angka(enum arah arah, enum rumus_turun rumus, const struct nilai *t, double r)
{
	double lo = t->a, hi = t->a;
	struct capaian dalam = hasil(CABANG_DALAM, 100, r, 0);

	if (t->jenis == NILAI_RENTANG) {
		lo = t->a < t->b ? t->a : t->b;
		hi = t->a < t->b ? t->b : t->a;
	}
	dalam.batas = lo;
	switch (arah) {
	case ARAH_NAIK:
		if (t->jenis == NILAI_ANGKA)
			return naik(t->a, r);
		if (r < lo)
			return di(naik(lo, r), BATAS_BAWAH, lo, hi);
		if (r > hi)
			return di(naik(hi, r), BATAS_ATAS, lo, hi);
		return di(dalam, BATAS_BAWAH, lo, hi);
	case ARAH_TURUN:
		if (t->jenis == NILAI_ANGKA)
			return turun(rumus, t->a, r);
		if (r > hi)
			return di(turun(rumus, hi, r), BATAS_ATAS, lo, hi);
		if (r < lo)
			return di(turun(rumus, lo, r), BATAS_BAWAH, lo, hi);
		return di(dalam, BATAS_BAWAH, lo, hi);
	case ARAH_RENTANG:
		/* A single number is a band of width 0. */
		if (r < lo)
			return di(naik(lo, r), BATAS_BAWAH, lo, hi);
		if (r > hi)
			return di(turun(rumus, hi, r), BATAS_ATAS, lo, hi);
		return di(dalam, BATAS_BAWAH, lo, hi);
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
static struct capaian kategori(const struct nilai *t, const struct nilai *r, const struct skala *sk)
{
	struct nilai skor_t;
	enum capaian_batas sisi = BATAS_TARGET;

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
		sisi = BATAS_BAWAH;
	}
	if (t->jenis == NILAI_ANGKA && !bertingkat)
		return gagal("tidak dapat dihitung: target berupa angka, tetapi skala tidak "
			     "memiliki batas nilai");

	if (t->jenis == NILAI_ANGKA && r->jenis == NILAI_ANGKA) {
		/* Both scores: compare the scores themselves, finer than their classes. */
		struct capaian c;
		if (r->a >= t->a)
			c = hasil(CABANG_TERCAPAI, 100, r->a, t->a);
		else if (t->a <= 0)
			return gagal("tidak dapat dihitung: target skor 0 atau negatif");
		else
			c = hasil(CABANG_SKOR, r->a / t->a * 100, r->a, t->a);
		c.sisi = sisi;
		return c;
	}

	int pr = peringkat(sk, r), pt = peringkat(sk, t);
	if (!pr)
		return gagal("tidak dapat dihitung: kategori realisasi tidak ada pada skala "
			     "indikator");
	if (!pt)
		return gagal("tidak dapat dihitung: kategori target tidak ada pada skala "
			     "indikator");
	struct capaian c;
	const struct skala_kelas *kt = &sk->kelas[pt - 1];
	if (pr >= pt) {
		c = hasil(CABANG_TERCAPAI, 100, pr, pt);
		c.sisi = BATAS_PERINGKAT;
	} else if (r->jenis == NILAI_ANGKA && kt->ada_batas && kt->bawah > 0) {
		c = hasil(CABANG_SKOR, r->a / kt->bawah * 100, r->a, kt->bawah);
		c.sisi = BATAS_KELAS;
	} else {
		c = hasil(CABANG_PERINGKAT, (double)pr / pt * 100, pr, pt);
		c.sisi = BATAS_PERINGKAT;
	}
	return c;
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

int capaian_tercapai(const struct capaian *c)
{
	if (!c->ada)
		return -1;
	switch (c->cabang) {
	case CABANG_NAIK:
		return c->r >= c->batas;
	case CABANG_RASIO:
	case CABANG_SELISIH:
		return c->r <= c->batas;
	case CABANG_TARGET_NOL:
		return c->r <= 0;
	case CABANG_DALAM:
	case CABANG_TERCAPAI:
		return 1;
	case CABANG_SKOR:      /* only below the target's score or class */
	case CABANG_PERINGKAT: /* only below the target's rank */
	case CABANG_TIDAK:
		break;
	}
	return 0;
}

enum rumus_turun capaian_rumus(const struct pemda *p, const struct indikator *ind)
{
	if (ind && ind->rumus_override >= 0)
		return (enum rumus_turun)ind->rumus_override;
	return p->rumus_turun;
}

int capaian_ekspresi(struct buf *out, const struct capaian *c, const char *r, const char *b,
		     enum capaian_ejaan ejaan)
{
	const int teks = ejaan == EJAAN_TEKS;
	const char *bagi = teks ? " / " : "/", *kali = teks ? " x 100" : "*100";

	if (!c->ada)
		return 0;
	switch (c->cabang) {
	case CABANG_NAIK:
	case CABANG_SKOR:
		buf_printf(out, "%s%s%s%s", r, bagi, b, kali);
		return 1;
	case CABANG_PERINGKAT:
		if (!teks)
			return 0;
		buf_printf(out, "peringkat %s / peringkat %s x 100", r, b);
		return 1;
	case CABANG_RASIO:
		buf_printf(out, "%s%s%s%s", b, bagi, r, kali);
		return 1;
	case CABANG_SELISIH:
		if (teks)
			buf_printf(out, "(2 x %s - %s) / %s x 100", b, r, b);
		else
			buf_printf(out, "(2*%s-%s)/%s*100", b, r, b);
		return 1;
	case CABANG_TARGET_NOL:
		if (teks)
			buf_printf(out, "realisasi %s %s target %s, maka %s", r,
				   c->nilai > 0 ? "<=" : ">", b, c->nilai > 0 ? "100" : "0");
		else
			buf_printf(out, "IF(%s<=0,100,0)", r);
		return 1;
	case CABANG_TIDAK:
	case CABANG_DALAM:
	case CABANG_TERCAPAI:
		break;
	}
	return 0;
}
