/* Category scales and the predicate scale; see skala.h. */
#include "skala.h"

#include <ctype.h>
#include <float.h>
#include <string.h>

/*
 * Case-insensitive equality that ignores blanks around the entered name:
 * "Sangat tinggi " typed in a spreadsheet is the class "Sangat Tinggi".
 */
static int nama_sama(const char *kelas, const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (strlen(kelas) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)kelas[i]) != tolower((unsigned char)s[i]))
			return 0;
	return 1;
}

int skala_peringkat(const struct skala *s, const char *kategori)
{
	if (!s || !kategori)
		return 0;
	for (int i = 0; i < s->n; i++)
		if (s->kelas[i].nama && nama_sama(s->kelas[i].nama, kategori))
			return i + 1;
	return 0;
}

const struct skala_kelas *skala_kelas_skor(const struct skala *s, double skor)
{
	const struct skala_kelas *terendah = NULL, *hasil = NULL, *bawahnya = NULL;

	if (!s)
		return NULL;
	/*
	 * The highest class whose lower bound the score reaches. Taking the
	 * class below for a score in a printed gap (IKM 64,995 between D and C)
	 * follows how the bounds are read: a class starts at its lower bound.
	 */
	for (int i = 0; i < s->n; i++) {
		const struct skala_kelas *k = &s->kelas[i];
		if (!k->ada_batas)
			continue;
		if (!terendah)
			terendah = k;
		int eksklusif = bawahnya && k->bawah == bawahnya->atas;
		if (eksklusif ? skor > k->bawah : skor >= k->bawah)
			hasil = k;
		bawahnya = k;
	}
	return hasil ? hasil : terendah;
}

int skala_predikat_indeks(const struct predikat_skala *p, double capaian)
{
	if (!p || p->n <= 0)
		return -1;
	for (int i = 0; i < p->n; i++)
		if (capaian >= p->kelas[i].min)
			return i;
	/* Below every minimum (or NaN): the lowest class, so the scale has no holes. */
	return p->n - 1;
}

const char *skala_predikat(const struct predikat_skala *p, double capaian)
{
	int i = skala_predikat_indeks(p, capaian);
	return i < 0 ? NULL : p->kelas[i].nama;
}

struct kelas_bawaan {
	const char *nama;
	int ada_batas;
	double bawah, atas;
};

static void isi_skala(struct arena *a, struct skala *s, const char *nama,
		      const struct kelas_bawaan *k, int n)
{
	s->nama = nama;
	s->n = n;
	s->kelas = arena_alloc(a, sizeof(*s->kelas) * (size_t)n);
	for (int i = 0; i < n; i++) {
		s->kelas[i].nama = k[i].nama;
		s->kelas[i].ada_batas = k[i].ada_batas;
		s->kelas[i].bawah = k[i].bawah;
		s->kelas[i].atas = k[i].atas;
	}
}

#define JUMLAH(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const struct kelas_bawaan opini_bpk[] = {
	{ "TMP", 0, 0, 0 },
	{ "TW", 0, 0, 0 },
	{ "WDP", 0, 0, 0 },
	{ "WTP", 0, 0, 0 },
};

/* The printed bounds "C (>30-50)": equal neighbouring bounds make the lower one exclusive. */
static const struct kelas_bawaan akip[] = {
	{ "D", 1, 0, 30 },   { "C", 1, 30, 50 },  { "CC", 1, 50, 60 }, { "B", 1, 60, 70 },
	{ "BB", 1, 70, 80 }, { "A", 1, 80, 90 }, { "AA", 1, 90, 100 },
};

static const struct kelas_bawaan lppd[] = {
	{ "Rendah", 0, 0, 0 },
	{ "Sedang", 0, 0, 0 },
	{ "Tinggi", 0, 0, 0 },
	{ "Sangat Tinggi", 0, 0, 0 },
};

/* PermenPANRB 14/2017: the bounds are printed with two decimals and do not touch. */
static const struct kelas_bawaan ikm_mutu[] = {
	{ "D", 1, 25.00, 64.99 },
	{ "C", 1, 65.00, 76.60 },
	{ "B", 1, 76.61, 88.30 },
	{ "A", 1, 88.31, 100 },
};

static const struct predikat_kelas predikat[] = {
	{ "Sangat Tinggi", 91 }, { "Tinggi", 76 }, { "Sedang", 66 }, { "Rendah", 51 },
	/* Finite (not -INFINITY) so that the setting can be written to JSON and SQL. */
	{ "Sangat Rendah", -DBL_MAX },
};

void skala_bawaan(struct model *m)
{
	struct pemda *p = &m->pemda;

	p->n_skala = 4;
	p->skala = arena_alloc(&m->arena, sizeof(*p->skala) * (size_t)p->n_skala);
	isi_skala(&m->arena, &p->skala[0], "opini_bpk", opini_bpk, JUMLAH(opini_bpk));
	isi_skala(&m->arena, &p->skala[1], "akip", akip, JUMLAH(akip));
	isi_skala(&m->arena, &p->skala[2], "lppd", lppd, JUMLAH(lppd));
	isi_skala(&m->arena, &p->skala[3], "ikm_mutu", ikm_mutu, JUMLAH(ikm_mutu));

	p->predikat.n = JUMLAH(predikat);
	p->predikat.kelas = arena_alloc(&m->arena, sizeof(predikat));
	memcpy(p->predikat.kelas, predikat, sizeof(predikat));
}
