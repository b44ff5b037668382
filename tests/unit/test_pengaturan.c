/*
 * Tests of the per-pemda settings (src/core/pengaturan.c): batas_capaian, the
 * predicate scale and the scales of categorical indicators (skala.NAMA), their
 * defaults, and bad values refused with a message while the setting in force
 * stays as it was. Expected values written by hand from pengaturan.h.
 */
#include <float.h>
#include <stdio.h>

#include "core/pengaturan.h"
#include "core/skala.h"
#include "uji_model.h"

/* Applies a setting that must be accepted. */
static void terap(struct model *m, const char *kunci, const char *nilai)
{
	struct galat g;
	galat_init(&g);
	int r = pengaturan_terap(m, kunci, nilai, &g);
	if (r)
		print_error("%s = '%s': %s\n", kunci, nilai, g.pesan);
	assert_int_equal(r, 0);
}

/* A setting that must be refused, and the message it must give. */
struct tolakan {
	const char *kunci, *nilai, *pesan;
};

/* Applies each setting of t, which must be refused with its message. */
static void tolak(struct model *m, const struct tolakan *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct galat g;
		galat_init(&g);
		if (pengaturan_terap(m, t[i].kunci, t[i].nilai, &g) != -1)
			fail_msg("%s = '%s' was accepted", t[i].kunci, t[i].nilai);
		assert_string_equal(g.pesan, t[i].pesan);
	}
}

#define JUMLAH(a) (sizeof(a) / sizeof((a)[0]))

static void test_bawaan(void **state)
{
	struct model *m = *state;
	/* Permendagri 86/2017: >= 91, 76, 66, 51, below. */
	const struct predikat_skala *p = &m->pemda.predikat;
	const char *nama[] = {"Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"};
	const double min[] = {91, 76, 66, 51, -DBL_MAX};
	assert_int_equal(p->n, 5);
	for (int i = 0; i < 5; i++) {
		assert_string_equal(p->kelas[i].nama, nama[i]);
		assert_dekat(p->kelas[i].min, min[i], 0);
	}
	assert_dekat(m->pemda.batas_capaian, 0, 0);
	assert_int_equal(m->pemda.rumus_turun, RUMUS_SELISIH);
	/* model_pengaturan_bawaan restores them after a change. */
	terap(m, "batas_capaian", "120");
	terap(m, "predikat", "50=Baik;=Kurang");
	model_pengaturan_bawaan(m);
	assert_dekat(m->pemda.batas_capaian, 0, 0);
	assert_int_equal(m->pemda.predikat.n, 5);
	assert_string_equal(skala_predikat(&m->pemda.predikat, 91), "Sangat Tinggi");
}

static void test_batas_capaian(void **state)
{
	struct model *m = *state;
	/* Each value after the one before it, and the cap it gives. */
	const struct {
		const char *nilai;
		double batas;
	} sah[] = {
	    {"120", 120}, {"105,5", 105.5}, {"1.000", 1000}, /* read as Indonesian: a thousand */
	    {"", 0},					     /* empty, "-" and "0": no cap */
	    {"110", 110}, {"-", 0},	    {"0", 0},	     {"130", 130},
	};
	for (size_t i = 0; i < JUMLAH(sah); i++) {
		terap(m, i == JUMLAH(sah) - 1 ? "BATAS_CAPAIAN" : "batas_capaian", sah[i].nilai);
		assert_dekat(m->pemda.batas_capaian, sah[i].batas, 0);
	}
	/* Refused: negative or not a number; the cap in force stays. */
	const struct tolakan t[] = {
	    {"batas_capaian", "-5", "batas_capaian '-5' harus angka positif"},
	    {"batas_capaian", "seratus", "batas_capaian 'seratus' harus angka positif"},
	    {"batas_capaian", "120%", "batas_capaian '120%' harus angka positif"},
	};
	tolak(m, t, JUMLAH(t));
	assert_dekat(m->pemda.batas_capaian, 130, 0);
}

static void test_predikat(void **state)
{
	struct model *m = *state;
	/* Blanks around the parts and an empty item at the end are ignored. */
	terap(m, "predikat", " 90 = Baik ; 50,5=Cukup; = Kurang ;");
	const struct predikat_skala *p = &m->pemda.predikat;
	assert_int_equal(p->n, 3);
	assert_string_equal(p->kelas[0].nama, "Baik");
	assert_dekat(p->kelas[0].min, 90, 0);
	assert_string_equal(p->kelas[1].nama, "Cukup");
	assert_dekat(p->kelas[1].min, 50.5, 0);
	assert_string_equal(p->kelas[2].nama, "Kurang");
	assert_true(p->kelas[2].min < -1e300);
	/* Applied: a class starts at its minimum. */
	const struct {
		double capaian;
		const char *predikat;
	} k[] = {
	    {101.39, "Baik"}, {90, "Baik"},	 {89.99, "Cukup"},
	    {50.5, "Cukup"},  {50.49, "Kurang"}, {-19.5159, "Kurang"},
	};
	for (size_t i = 0; i < JUMLAH(k); i++)
		assert_string_equal(skala_predikat(p, k[i].capaian), k[i].predikat);
	/* Without an open last class, a capaian below every minimum takes the lowest class. */
	terap(m, "predikat", "80=A;60=B");
	assert_int_equal(m->pemda.predikat.n, 2);
	assert_string_equal(skala_predikat(&m->pemda.predikat, 10), "B");
}

static void test_predikat_salah(void **state)
{
	struct model *m = *state;
	terap(m, "predikat", "90=Baik;50=Cukup;=Kurang");
	const struct tolakan t[] = {
	    {"predikat", "", "pengaturan predikat kosong"},
	    {"predikat", " ; ", "pengaturan predikat kosong"},
	    {"predikat", "90;=Kurang", "pengaturan predikat: '90' harus berbentuk BATAS=NAMA"},
	    {"predikat", "90=;=Kurang", "pengaturan predikat: nama kosong"},
	    {"predikat", "=Kurang;50=Cukup",
	     "pengaturan predikat: hanya kelas terakhir yang boleh tanpa batas"},
	    {"predikat", "50=A;90=B", "pengaturan predikat: batas harus menurun"},
	    {"predikat", "50=A;50=B", "pengaturan predikat: batas harus menurun"},
	    {"predikat", "tinggi=A;=B", "pengaturan predikat: batas 'tinggi' bukan angka"},
	};
	tolak(m, t, JUMLAH(t));
	/* The scale in force is still the last accepted one. */
	const struct predikat_skala *p = &m->pemda.predikat;
	assert_int_equal(p->n, 3);
	assert_string_equal(p->kelas[0].nama, "Baik");
	assert_string_equal(p->kelas[2].nama, "Kurang");
}

static void test_skala_baru(void **state)
{
	struct model *m = *state;
	/* Without bounds, low to high; a new name adds a scale. */
	terap(m, "skala.ikk", "Kurang; Cukup ;Baik");
	assert_int_equal(m->pemda.n_skala, 5);
	const struct skala *s = model_skala(m, "ikk");
	assert_non_null(s);
	assert_int_equal(s->n, 3);
	assert_string_equal(s->kelas[1].nama, "Cukup");
	assert_int_equal(s->kelas[1].ada_batas, 0);
	assert_int_equal(skala_peringkat(s, "baik"), 3);
	assert_int_equal(skala_peringkat(s, "Kurang"), 1);
	assert_int_equal(skala_peringkat(s, "Sedang"), 0);
	assert_null(skala_kelas_skor(s, 50));
	/* The defaults are still there. */
	assert_non_null(model_skala(m, "opini_bpk"));
	assert_int_equal(model_skala(m, "akip")->n, 7);

	/* With bounds: a score maps to its class; equal neighbouring bounds make the
	 * lower one exclusive (30 is D, 30,01 is C). */
	terap(m, "skala.nilai", "D=0-30;C=30-50;B=50-100");
	assert_int_equal(m->pemda.n_skala, 6);
	s = model_skala(m, "nilai");
	assert_int_equal(s->n, 3);
	assert_int_equal(s->kelas[2].ada_batas, 1);
	assert_dekat(s->kelas[2].bawah, 50, 0);
	assert_dekat(s->kelas[2].atas, 100, 0);
	assert_string_equal(skala_kelas_skor(s, 0)->nama, "D");
	assert_string_equal(skala_kelas_skor(s, 30)->nama, "D");
	assert_string_equal(skala_kelas_skor(s, 30.01)->nama, "C");
	assert_string_equal(skala_kelas_skor(s, 50)->nama, "C");
	assert_string_equal(skala_kelas_skor(s, 75)->nama, "B");
	/* Decimal bounds in Indonesian writing. */
	terap(m, "skala.mutu", "Buruk=0-64,99;Baik=65-100");
	s = model_skala(m, "mutu");
	assert_dekat(s->kelas[0].atas, 64.99, 1e-12);
	assert_string_equal(skala_kelas_skor(s, 64.99)->nama, "Buruk");
	assert_string_equal(skala_kelas_skor(s, 65)->nama, "Baik");
}

static void test_skala_ganti(void **state)
{
	struct model *m = *state;
	/* The same name (in any case) replaces the scale instead of adding one. */
	terap(m, "skala.AKIP", "C=0-50;B=50-100");
	assert_int_equal(m->pemda.n_skala, 4);
	const struct skala *s = model_skala(m, "akip");
	assert_int_equal(s->n, 2);
	assert_string_equal(skala_kelas_skor(s, 54.96)->nama, "B");
	assert_int_equal(skala_peringkat(s, "AA"), 0);
	/* The scale's own name is kept as first written. */
	assert_string_equal(s->nama, "akip");
}

static void test_skala_salah(void **state)
{
	struct model *m = *state;
	const char *campur =
	    "skala opini_bpk: semua kategori harus sama-sama memakai batas atau tidak";
	const struct tolakan t[] = {
	    {"skala.opini_bpk", "WTP", "skala opini_bpk: perlu sedikitnya dua kategori"},
	    {"skala.opini_bpk", " ; ", "skala opini_bpk: perlu sedikitnya dua kategori"},
	    {"skala.opini_bpk", "TW=0-50;WTP", campur},
	    {"skala.opini_bpk", "TW;WTP=50-100", campur},
	    {"skala.opini_bpk", "TW=rendah;WTP=50-100",
	     "skala opini_bpk: batas 'rendah' harus berbentuk BAWAH-ATAS"},
	    {"skala.opini_bpk", "TW=50;WTP=50-100",
	     "skala opini_bpk: batas '50' harus berbentuk BAWAH-ATAS"},
	    {"skala.opini_bpk", "TW=0-x;WTP=50-100",
	     "skala opini_bpk: batas '0-x' harus berbentuk BAWAH-ATAS"},
	};
	tolak(m, t, JUMLAH(t));
	/* Nothing of a refused scale is applied: the default opini_bpk is intact. */
	const struct skala *s = model_skala(m, "opini_bpk");
	assert_int_equal(s->n, 4);
	assert_string_equal(s->kelas[0].nama, "TMP");
	assert_string_equal(s->kelas[3].nama, "WTP");
	assert_int_equal(m->pemda.n_skala, 4);
}

static void test_kunci_salah(void **state)
{
	struct model *m = *state;
	const char *kunci[] = {"batas", "skala.", "skala", "predikat_skala", ""};
	for (size_t i = 0; i < JUMLAH(kunci); i++) {
		char ingin[256];
		snprintf(
		    ingin, sizeof(ingin),
		    "kunci pengaturan tidak dikenal: '%s' (batas_capaian, predikat, skala.NAMA, "
		    "ikm_agregat, sumber.INDIKATOR, batas_bukti)",
		    kunci[i]);
		struct tolakan t = {kunci[i], "1", ingin};
		tolak(m, &t, 1);
	}
	assert_int_equal(m->pemda.n_skala, 4);
	assert_dekat(m->pemda.batas_capaian, 0, 0);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, siapkan, bereskan)
	const struct CMUnitTest tests[] = {
	    T(test_bawaan),	T(test_batas_capaian), T(test_predikat),    T(test_predikat_salah),
	    T(test_skala_baru), T(test_skala_ganti),   T(test_skala_salah), T(test_kunci_salah),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
