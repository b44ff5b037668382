/* Tests of the SAKIP evaluation worksheet (src/core/lke.c) against siklus.md. */
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "core/angka.h"
#include "core/lke.h"
#include "io/csv.h"
#include "uji_model.h"

#define G  LKE_GRUP
#define YT LKE_YT
#define AE LKE_AE

static struct lke_kerangka kerangka(const char *kode, struct lke_butir *b, int n, struct arena *a)
{
	struct lke_kerangka k = {kode, n, b, NULL, NULL};
	struct galat g;
	galat_init(&g);
	int rc = lke_kerangka_siapkan(&k, a, &g);
	if (rc)
		fail_msg("%s", g.pesan);
	return k;
}

static const char *gagal_siapkan(struct lke_butir *b, int n, struct arena *a, char *pesan)
{
	struct lke_kerangka k = {"uji", n, b, NULL, NULL};
	struct galat g;
	galat_init(&g);
	assert_int_equal(lke_kerangka_siapkan(&k, a, &g), -1);
	assert_int_equal(lke_cari(&k, b[0].kode), -1);
	strcpy(pesan, g.pesan);
	return pesan;
}

/* Parses one evaluator answer cell for row kode (asserting it is valid). */
static struct lke_jawaban evaluator(const struct lke_kerangka *k, const char *kode, const char *sel)
{
	struct lke_jawaban j = {kode, 0, 0, 0, 0};
	const char *alasan;
	int i = lke_cari(k, kode);
	assert_true(i >= 0);
	assert_int_equal(
	    lke_jawaban_parse(&k->butir[i], sel, &j.ada_evaluator, &j.evaluator, &alasan), 0);
	return j;
}

/*
 * 001_7ed1b80eab014377.txt Tabel 3.29 (Kota Serang, PermenPANRB 12/2015): the
 * component scores of the LHE entered directly. 2019, weights 30/25/15/10/20:
 * 17,67 + 13,06 + 9,31 + 4,58 + 10,34 = 54,96, CC; 17,67 / 30 = 58,90 %, and
 * the other percentages of the table 52,24 62,07 45,80 51,70.
 */
static void test_tabel_329(void **state)
{
	const struct skala *akip = model_skala(*state, "akip");
	assert_non_null(akip);
	struct arena a;
	arena_init(&a);
	struct lke_butir b[] = {
	    {"1", NULL, "Perencanaan Kinerja", 30, G, 0, 0, 0},
	    {"2", NULL, "Pengukuran Kinerja", 25, G, 0, 0, 0},
	    {"3", NULL, "Pelaporan Kinerja", 15, G, 0, 0, 0},
	    {"4", NULL, "Evaluasi Internal", 10, G, 0, 0, 0},
	    {"5", NULL, "Capaian Kinerja", 20, G, 0, 0, 0},
	};
	struct lke_kerangka k = kerangka("permenpanrb-12-2015", b, 5, &a);
	const struct lke_jawaban j[] = {
	    evaluator(&k, "1", "17,67"), evaluator(&k, "2", "13,06"), evaluator(&k, "3", "9,31"),
	    evaluator(&k, "4", "4,58"),	 evaluator(&k, "5", "10,34"),
	};
	struct lke_skor s[5];
	struct lke_hasil h;
	struct galat g;
	galat_init(&g);
	assert_int_equal(lke_nilai(&k, j, 5, akip, s, &h, &g), 0);
	assert_dekat(h.total.nilai, 54.96, EPS);
	assert_dekat(h.total.bobot, 100, EPS);
	assert_string_equal(h.predikat, "CC");
	assert_int_equal(h.lengkap, 1);
	assert_int_equal(h.total.sumber, LKE_SUMBER_EVALUATOR);
	assert_string_equal(lke_sumber_nama(h.total.sumber), "evaluator");
	const double persen[] = {58.90, 52.24, 62.07, 45.80, 51.70};
	for (int i = 0; i < 5; i++)
		assert_dekat(angka_bulat(s[i].persen, 2), persen[i], EPS);
	assert_dekat(s[0].nilai, 17.67, EPS);

	/* 2018 with the weights of 2017-2018 (35/20/15/10/20): 52,31 CC; 46,91 60,80 61,93 42,30
	 * 51,05 %. */
	b[0].bobot = 35;
	b[1].bobot = 20;
	k = kerangka("tabel-3.29-2018", b, 5, &a);
	const struct lke_jawaban j18[] = {
	    evaluator(&k, "1", "16,42"), evaluator(&k, "2", "12,16"), evaluator(&k, "3", "9,29"),
	    evaluator(&k, "4", "4,23"),	 evaluator(&k, "5", "10,21"),
	};
	assert_int_equal(lke_nilai(&k, j18, 5, akip, s, &h, &g), 0);
	assert_dekat(h.total.nilai, 52.31, EPS);
	assert_string_equal(h.predikat, "CC");
	const double persen18[] = {46.91, 60.80, 61.93, 42.30, 51.05};
	for (int i = 0; i < 5; i++)
		assert_dekat(angka_bulat(s[i].persen, 2), persen18[i], EPS);

	/*
	 * 2017: the printed components add up to 50,86 while the table prints
	 * 50,85 (the LHE's components carried more decimals); still CC.
	 */
	const struct lke_jawaban j17[] = {
	    evaluator(&k, "1", "15,83"), evaluator(&k, "2", "12,13"), evaluator(&k, "3", "9,24"),
	    evaluator(&k, "4", "4,22"),	 evaluator(&k, "5", "9,44"),
	};
	assert_int_equal(lke_nilai(&k, j17, 5, akip, s, &h, &g), 0);
	assert_dekat(h.total.nilai, 50.86, EPS);
	assert_true(fabs(h.total.nilai - 50.85) <= 0.0100001);
	assert_string_equal(h.predikat, "CC");
	arena_release(&a);
}

/*
 * A small framework by hand (two components; K1 split 20/30/50 % as in
 * PermenPANRB 88/2021):
 *   S1 (12): c1 Y, c2 T              mean 0,5          -> 6
 *   S2 (18): c3 B, c4 D, c5 A        mean 2/3          -> 12
 *   S3 (30): c6 C (mandiri), c7 Y (evaluator; mandiri T) mean 0,75 -> 22,5
 *   K1 = 40,5 of 60 = 67,5 %
 *   S4 (40): c8 E (weight 2, mandiri), c9 Y, c10 unanswered
 *            (2 x 0 + 1 + 0) / 4 = 0,25 -> 10;  K2 = 10 of 40 = 25 %
 *   total 50,5: CC, incomplete, campuran.
 */
static void test_kerangka_kecil(void **state)
{
	const struct skala *akip = model_skala(*state, "akip");
	struct arena a;
	arena_init(&a);
	struct lke_butir b[] = {
	    {"K1", NULL, "Komponen 1", 60, G, 0, 0, 0},
	    {"S1", "K1", "Keberadaan", 12, G, 0, 0, 0},
	    {"c1", "S1", "", 1, YT, 0, 0, 0},
	    {"c2", "S1", "", 1, YT, 0, 0, 0},
	    {"S2", "K1", "Kualitas", 18, G, 0, 0, 0},
	    {"c3", "S2", "", 1, AE, 0, 0, 0},
	    {"c4", "S2", "", 1, AE, 0, 0, 0},
	    {"c5", "S2", "", 1, AE, 0, 0, 0},
	    {"S3", "K1", "Pemanfaatan", 30, G, 0, 0, 0},
	    {"c6", "S3", "", 1, AE, 0, 0, 0},
	    {"c7", "S3", "", 1, YT, 0, 0, 0},
	    {"K2", NULL, "Komponen 2", 40, G, 0, 0, 0},
	    {"S4", "K2", "", 40, G, 0, 0, 0},
	    {"c8", "S4", "", 2, AE, 0, 0, 0},
	    {"c9", "S4", "", 1, YT, 0, 0, 0},
	    {"c10", "S4", "", 1, YT, 0, 0, 0},
	};
	enum { N = sizeof(b) / sizeof(b[0]) };
	struct lke_kerangka k = kerangka("uji", b, N, &a);
	assert_int_equal(b[lke_cari(&k, "c7")].tingkat, 2);
	assert_int_equal(b[lke_cari(&k, "K2")].n_anak, 1);
	assert_int_equal(lke_cari(&k, "c11"), -1);

	struct lke_jawaban j[] = {
	    evaluator(&k, "c1", "Y"), evaluator(&k, "c2", "t"), evaluator(&k, "c3", "B"),
	    evaluator(&k, "c4", "d"), evaluator(&k, "c5", "A"), {"c6", 1, 0, 0.5, 0},
	    {"c7", 1, 1, 0, 1},	      {"c8", 1, 0, 0, 0},	evaluator(&k, "c9", "Ya"),
	    {"c10", 0, 0, 0, 0},
	};
	struct lke_skor s[N];
	struct lke_hasil h;
	struct galat g;
	galat_init(&g);
	assert_int_equal(lke_nilai(&k, j, 10, akip, s, &h, &g), 0);
#define SKOR(kode) (&s[lke_cari(&k, kode)])
	assert_dekat(SKOR("S1")->nilai, 6, EPS);
	assert_dekat(SKOR("S1")->persen, 50, EPS);
	assert_int_equal(SKOR("S1")->sumber, LKE_SUMBER_EVALUATOR);
	assert_dekat(SKOR("S2")->nilai, 12, EPS);
	assert_dekat(SKOR("c4")->nilai, 0.25, EPS);
	assert_dekat(SKOR("S3")->nilai, 22.5, EPS);
	assert_int_equal(SKOR("S3")->sumber, LKE_SUMBER_CAMPURAN);
	assert_dekat(SKOR("c7")->nilai, 1, EPS); /* the evaluator's Y, not the self T */
	assert_int_equal(SKOR("c7")->sumber, LKE_SUMBER_EVALUATOR);
	assert_int_equal(SKOR("c6")->sumber, LKE_SUMBER_MANDIRI);
	assert_string_equal(lke_sumber_nama(SKOR("c6")->sumber), "mandiri");
	assert_dekat(SKOR("K1")->nilai, 40.5, EPS);
	assert_dekat(SKOR("K1")->persen, 67.5, EPS);
	assert_int_equal(SKOR("K1")->n_butir, 7);
	assert_int_equal(SKOR("K1")->n_mandiri, 1);
	assert_int_equal(SKOR("K1")->n_evaluator, 6);
	assert_dekat(SKOR("S4")->nilai, 10, EPS);
	assert_int_equal(SKOR("S4")->n_kosong, 1);
	assert_int_equal(SKOR("c10")->sumber, LKE_SUMBER_KOSONG);
	assert_null(lke_sumber_nama(SKOR("c10")->sumber));
	assert_dekat(SKOR("K2")->nilai, 10, EPS);
	assert_dekat(SKOR("K2")->persen, 25, EPS);
	assert_dekat(h.total.nilai, 50.5, EPS);
	assert_int_equal(h.total.n_butir, 10);
	assert_int_equal(h.total.n_kosong, 1);
	assert_int_equal(h.lengkap, 0);
	assert_int_equal(h.total.sumber, LKE_SUMBER_CAMPURAN);
	assert_string_equal(h.predikat, "CC");

	/* Self-assessment only: every score is marked mandiri. 6 x Y/A and 4 x T/E: */
	const struct lke_jawaban m[] = {
	    {"c1", 1, 0, 1, 0}, {"c2", 1, 0, 1, 0},  {"c3", 1, 0, 1, 0}, {"c4", 1, 0, 1, 0},
	    {"c5", 1, 0, 1, 0}, {"c6", 1, 0, 1, 0},  {"c7", 1, 0, 1, 0}, {"c8", 1, 0, 1, 0},
	    {"c9", 1, 0, 1, 0}, {"c10", 1, 0, 1, 0},
	};
	assert_int_equal(lke_nilai(&k, m, 10, akip, s, &h, &g), 0);
	assert_dekat(h.total.nilai, 100, EPS);
	assert_string_equal(h.predikat, "AA");
	assert_int_equal(h.lengkap, 1);
	assert_int_equal(h.total.sumber, LKE_SUMBER_MANDIRI);
	assert_int_equal(SKOR("K2")->sumber, LKE_SUMBER_MANDIRI);
	/* No answers at all: 0, D, nothing to mark. */
	assert_int_equal(lke_nilai(&k, NULL, 0, akip, s, &h, &g), 0);
	assert_dekat(h.total.nilai, 0, EPS);
	assert_string_equal(h.predikat, "D");
	assert_int_equal(h.total.sumber, LKE_SUMBER_KOSONG);
	assert_int_equal(h.total.n_kosong, 10);
#undef SKOR

	/* Answers that cannot be scored. */
	const struct lke_jawaban asing[] = {{"c99", 1, 0, 1, 0}};
	assert_int_equal(lke_nilai(&k, asing, 1, akip, s, &h, &g), -1);
	assert_string_equal(g.pesan, "kriteria c99 tidak ada dalam kerangka uji");
	const struct lke_jawaban grup[] = {{"S1", 1, 0, 1, 0}};
	assert_int_equal(lke_nilai(&k, grup, 1, akip, s, &h, &g), -1);
	const struct lke_jawaban dua[] = {{"c1", 1, 0, 1, 0}, {"c1", 0, 1, 0, 0}};
	assert_int_equal(lke_nilai(&k, dua, 2, akip, s, &h, &g), -1);
	assert_string_equal(g.pesan, "jawaban untuk c1 diberikan dua kali");
	const struct lke_jawaban lebih[] = {{"c1", 1, 0, 1.5, 0}};
	assert_int_equal(lke_nilai(&k, lebih, 1, akip, s, &h, &g), -1);
	assert_string_equal(g.pesan, "nilai jawaban untuk c1 di luar rentangnya");
	arena_release(&a);
}

/* The akip scale on the total rounded to 2 decimals: D 0-30, C >30-50, CC >50-60 ... AA >90-100. */
static void test_predikat(void **state)
{
	const struct skala *akip = model_skala(*state, "akip");
	struct arena a;
	arena_init(&a);
	struct lke_butir b[] = {{"K", NULL, "Satu komponen", 100, G, 0, 0, 0}};
	struct lke_kerangka k = kerangka("satu", b, 1, &a);
	const struct {
		const char *nilai, *predikat;
	} kasus[] = {
	    {"0", "D"},	      {"30", "D"},     {"30,01", "C"}, {"50", "C"}, {"50,004", "C"},
	    {"50,005", "CC"}, {"60", "CC"},    {"60,01", "B"}, {"70", "B"}, {"80", "BB"},
	    {"90", "A"},      {"90,01", "AA"}, {"100", "AA"},
	};
	struct lke_skor s[1];
	struct lke_hasil h;
	struct galat g;
	galat_init(&g);
	for (size_t i = 0; i < sizeof(kasus) / sizeof(kasus[0]); i++) {
		const struct lke_jawaban j = evaluator(&k, "K", kasus[i].nilai);
		assert_int_equal(lke_nilai(&k, &j, 1, akip, s, &h, &g), 0);
		assert_string_equal(h.predikat, kasus[i].predikat);
	}
	/* Without a scale there is no predikat. */
	const struct lke_jawaban j = evaluator(&k, "K", "55");
	assert_int_equal(lke_nilai(&k, &j, 1, NULL, s, &h, &g), 0);
	assert_null(h.predikat);
	arena_release(&a);
}

static void test_jawaban(void **state)
{
	(void)state;
	struct lke_butir yt = {"c", "S", "", 1, YT, 0, 0, 0};
	struct lke_butir ae = {"c", "S", "", 1, AE, 0, 0, 0};
	struct lke_butir daun = {"K", NULL, "", 30, G, -1, 0, 0};
	struct lke_butir induk = {"K", NULL, "", 30, G, -1, 0, 2};
	int ada;
	double v;
	const char *alasan;
	const struct {
		const struct lke_butir *b;
		const char *sel;
		double nilai;
	} sah[] = {
	    {&yt, "Y", 1},	     {&yt, " t ", 0},	{&yt, "Tidak", 0}, {&ae, "A", 1},
	    {&ae, "b", 0.75},	     {&ae, "C", 0.5},	{&ae, "D", 0.25},  {&ae, "E", 0},
	    {&daun, "17,67", 17.67}, {&daun, "30", 30}, {&daun, "0", 0},
	};
	for (size_t i = 0; i < sizeof(sah) / sizeof(sah[0]); i++) {
		assert_int_equal(lke_jawaban_parse(sah[i].b, sah[i].sel, &ada, &v, &alasan), 0);
		assert_int_equal(ada, 1);
		assert_dekat(v, sah[i].nilai, EPS);
	}
	assert_int_equal(lke_jawaban_parse(&ae, "  ", &ada, &v, &alasan), 0);
	assert_int_equal(ada, 0);
	assert_int_equal(lke_jawaban_parse(&ae, NULL, &ada, &v, &alasan), 0);
	assert_int_equal(ada, 0);

	assert_int_equal(lke_jawaban_parse(&yt, "A", &ada, &v, &alasan), -1);
	assert_string_equal(alasan, "jawaban kriteria ini harus Y atau T");
	assert_int_equal(lke_jawaban_parse(&ae, "F", &ada, &v, &alasan), -1);
	assert_string_equal(alasan, "jawaban kriteria ini harus A, B, C, D atau E");
	assert_int_equal(lke_jawaban_parse(&ae, "AB", &ada, &v, &alasan), -1);
	assert_int_equal(lke_jawaban_parse(&ae, "Y", &ada, &v, &alasan), -1);
	assert_int_equal(lke_jawaban_parse(&daun, "30,5", &ada, &v, &alasan), -1);
	assert_string_equal(alasan, "nilai butir ini harus antara 0 dan bobotnya");
	assert_int_equal(lke_jawaban_parse(&daun, "-1", &ada, &v, &alasan), -1);
	assert_int_equal(lke_jawaban_parse(&daun, "baik", &ada, &v, &alasan), -1);
	assert_int_equal(lke_jawaban_parse(&induk, "20", &ada, &v, &alasan), -1);
	assert_string_equal(alasan, "butir ini dinilai dari kriterianya, bukan diisi langsung");
	assert_int_equal(ada, 0);

	enum lke_tipe t;
	assert_int_equal(lke_tipe_parse("", &t), 0);
	assert_int_equal(t, LKE_GRUP);
	assert_int_equal(lke_tipe_parse("YT", &t), 0);
	assert_int_equal(t, LKE_YT);
	assert_int_equal(lke_tipe_parse("ae", &t), 0);
	assert_int_equal(t, LKE_AE);
	assert_int_equal(lke_tipe_parse("abc", &t), -1);
}

/* The evidence link of an answer: empty, http(s) or an objek of the evidence store. */
static void test_bukti(void **state)
{
	(void)state;
	const char *sah[] = {"", "https://contoh.go.id/renstra.pdf", "http://x.id/a?b=1&c=2",
			     "lke:36.73/2021/DISDIK/1.a.1"};
	for (size_t i = 0; i < sizeof(sah) / sizeof(sah[0]); i++)
		assert_null(lke_bukti_periksa(sah[i]));
	assert_null(lke_bukti_periksa(NULL));
	const char *salah[] = {"javascript:alert(1)", "https://", "lke:", "ftp://x",
			       "https://a b", "https://a\"onmouseover=x", "https://<b>",
			       "www.contoh.go.id", "data:text/html,x"};
	for (size_t i = 0; i < sizeof(salah) / sizeof(salah[0]); i++)
		assert_non_null(lke_bukti_periksa(salah[i]));
	char panjang[600];
	memset(panjang, 'a', sizeof(panjang) - 1);
	memcpy(panjang, "https://", 8);
	panjang[501] = 0; /* 501 bytes: one too many */
	assert_non_null(lke_bukti_periksa(panjang));
	panjang[500] = 0; /* 500 bytes */
	assert_null(lke_bukti_periksa(panjang));
}

static void test_kerangka_salah(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	char pesan[512];
	struct lke_butir ganda[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"K", NULL, "", 0, G, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(ganda, 2, &a, pesan),
			    "kerangka uji: kode K dipakai dua kali");
	struct lke_butir yatim[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"c", "X", "", 1, YT, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(yatim, 2, &a, pesan),
			    "kerangka uji: induk X dari c tidak ada");
	struct lke_butir kurang[] = {
	    {"K1", NULL, "", 30, G, 0, 0, 0},
	    {"K2", NULL, "", 25, G, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(kurang, 2, &a, pesan),
			    "kerangka uji: bobot komponen berjumlah 55, bukan 100");
	struct lke_butir sub[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"S1", "K", "", 20, G, 0, 0, 0},
	    {"S2", "K", "", 30, G, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(sub, 3, &a, pesan),
			    "kerangka uji: bobot di bawah K berjumlah 50, bukan 100");
	struct lke_butir campur[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"S", "K", "", 100, G, 0, 0, 0},
	    {"c", "K", "", 1, YT, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(campur, 3, &a, pesan),
			    "kerangka uji: K memuat kriteria dan subkomponen sekaligus");
	struct lke_butir akar[] = {{"c", NULL, "", 100, YT, 0, 0, 0}};
	gagal_siapkan(akar, 1, &a, pesan);
	struct lke_butir bawah_kriteria[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"c", "K", "", 1, YT, 0, 0, 0},
	    {"d", "c", "", 1, YT, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(bawah_kriteria, 3, &a, pesan),
			    "kerangka uji: induk c dari d adalah kriteria");
	struct lke_butir putar[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"A", "B", "", 0, G, 0, 0, 0},
	    {"B", "A", "", 0, G, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(putar, 3, &a, pesan), "kerangka uji: induk A berputar");
	struct lke_butir nol[] = {
	    {"K", NULL, "", 100, G, 0, 0, 0},
	    {"c", "K", "", 0, YT, 0, 0, 0},
	};
	assert_string_equal(gagal_siapkan(nol, 2, &a, pesan), "kerangka uji: bobot c tidak sah");
	arena_release(&a);
}

/*
 * 40 OPD x 90 criteria: 4 components (30/30/15/25) x 3 sub-components
 * (20/30/50 %) x 7 or 8 criteria, all answered A by the evaluator except every
 * fourth criterion answered C: prints the time; each total is computed by hand
 * below from the count of C answers per sub-component.
 */
static void test_besar(void **state)
{
	const struct skala *akip = model_skala(*state, "akip");
	enum { OPD = 40, KOMPONEN = 4, SUB = 3 };
	static const double bobot_k[KOMPONEN] = {30, 30, 15, 25};
	static const double persen_s[SUB] = {0.2, 0.3, 0.5};
	static struct lke_butir b[KOMPONEN * (1 + SUB * 9)];
	static struct lke_jawaban j[KOMPONEN * SUB * 8];
	static char kode[sizeof(b) / sizeof(b[0])][40]; /* room for three ints: -O1 with UBSan cannot bound them */
	struct arena a;
	arena_init(&a);
	int n = 0, nj = 0, c = 0;
	double harap = 0;
	for (int x = 0; x < KOMPONEN; x++) {
		int ik = n;
		snprintf(kode[n], sizeof(kode[n]), "%d", x + 1);
		b[n++] = (struct lke_butir){kode[ik], NULL, "", bobot_k[x], G, 0, 0, 0};
		for (int y = 0; y < SUB; y++) {
			int is = n;
			snprintf(kode[n], sizeof(kode[n]), "%d.%d", x + 1, y + 1);
			b[n++] = (struct lke_butir){
			    kode[is], kode[ik], "", bobot_k[x] * persen_s[y], G, 0, 0, 0};
			int m = (x + y) % 2 ? 8 : 7, n_c = 0;
			for (int z = 0; z < m; z++, c++) {
				snprintf(kode[n], sizeof(kode[n]), "%d.%d.%d", x + 1, y + 1, z + 1);
				b[n] = (struct lke_butir){kode[n], kode[is], "", 1, AE, 0, 0, 0};
				int pakai_c = c % 4 == 0;
				n_c += pakai_c;
				j[nj++] = (struct lke_jawaban){kode[n], 1, 1, 0, pakai_c ? 0.5 : 1};
				n++;
			}
			harap += bobot_k[x] * persen_s[y] * (m - 0.5 * n_c) / m;
		}
	}
	assert_int_equal(nj, 90);
	struct lke_kerangka k = kerangka("besar", b, n, &a);
	struct lke_skor *s = arena_alloc(&a, sizeof(*s) * (size_t)n);
	struct lke_hasil h;
	struct galat g;
	galat_init(&g);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	double jumlah = 0;
	for (int o = 0; o < OPD; o++) {
		assert_int_equal(lke_nilai(&k, j, nj, akip, s, &h, &g), 0);
		jumlah += h.total.nilai;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("# lke: %d OPD x %d kriteria: %.2f ms\n", OPD, nj,
	       (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
	assert_dekat(h.total.nilai, harap, EPS);
	assert_dekat(jumlah, harap * OPD, 1e-6);
	assert_int_equal(h.total.sumber, LKE_SUMBER_EVALUATOR);
	assert_int_equal(h.lengkap, 1);
	arena_release(&a);
}

/* A shipped framework (data/kerangka, kerangka.csv columns) read into rows; arena-owned. */
static struct lke_kerangka muat(const char *berkas, struct arena *a, struct csv_tabel *t)
{
	FILE *f = fopen(berkas, "rb");
	if (!f)
		fail_msg("%s tidak dapat dibuka (jalankan dari akar repositori)", berkas);
	static char teks[1 << 16];
	size_t n = fread(teks, 1, sizeof(teks), f);
	fclose(f);
	assert_true(n < sizeof(teks));
	struct galat g;
	galat_init(&g);
	if (csv_baca(teks, n, berkas, t, &g))
		fail_msg("%s", g.pesan);
	const char *kolom[] = {"kerangka", "kode", "induk", "uraian", "bobot", "jawaban"};
	int c[6];
	for (int i = 0; i < 6; i++) {
		c[i] = csv_kolom(t, kolom[i]);
		assert_true(c[i] >= 0);
	}
	struct lke_kerangka k = {NULL, (int)t->n_baris, NULL, NULL, NULL};
	k.butir = arena_alloc(a, sizeof(*k.butir) * (size_t)t->n_baris);
	for (long r = 0; r < t->n_baris; r++) {
		const struct csv_baris *b = &t->baris[r];
		struct lke_butir *x = &k.butir[r];
		memset(x, 0, sizeof(*x));
		k.kode = csv_sel(b, c[0]);
		x->kode = csv_sel(b, c[1]);
		x->induk = csv_sel(b, c[2]);
		x->uraian = csv_sel(b, c[3]);
		assert_int_equal(angka_parse(csv_sel(b, c[4]), GAYA_ID, &x->bobot, NULL), ANGKA_OK);
		assert_int_equal(lke_tipe_parse(csv_sel(b, c[5]), &x->tipe), 0);
	}
	galat_init(&g);
	if (lke_kerangka_siapkan(&k, a, &g))
		fail_msg("%s: %s", berkas, g.pesan);
	return k;
}

/*
 * The built-in frameworks as shipped: PermenPANRB 88/2021 has 4 components
 * (30/30/15/25), 12 sub-components at 20/30/50 % of their component and the
 * 80 criteria found (SUMBER.md); all answered Y or A it scores 100 (AA), all
 * T or E 0 (D). PermenPANRB 12/2015 holds the 5 components, and Tabel 3.29's
 * 2019 components entered per component give 54,96, CC.
 */
static void test_kerangka_bawaan(void **state)
{
	const struct skala *akip = model_skala(*state, "akip");
	struct arena a;
	arena_init(&a);
	struct csv_tabel t88, t12;
	struct lke_kerangka k = muat("data/kerangka/permenpanrb-88-2021.csv", &a, &t88);
	assert_string_equal(k.kode, "permenpanrb-88-2021");
	int n_komponen = 0, n_sub = 0, n_kriteria = 0;
	for (int i = 0; i < k.n; i++) {
		const struct lke_butir *b = &k.butir[i];
		if (b->tipe != LKE_GRUP)
			n_kriteria++;
		else if (b->tingkat == 0)
			n_komponen++;
		else
			n_sub++;
		if (b->tipe == LKE_GRUP && b->tingkat == 1) {
			const struct lke_butir *p = &k.butir[b->induk_i];
			const char huruf = b->kode[strlen(b->kode) - 1];
			const double persen = huruf == 'a' ? 0.2 : huruf == 'b' ? 0.3 : 0.5;
			assert_dekat(b->bobot, p->bobot * persen, EPS);
		}
	}
	assert_int_equal(n_komponen, 4);
	assert_int_equal(n_sub, 12);
	assert_int_equal(n_kriteria, 80);
	assert_dekat(k.butir[lke_cari(&k, "1")].bobot, 30, EPS);
	assert_dekat(k.butir[lke_cari(&k, "2")].bobot, 30, EPS);
	assert_dekat(k.butir[lke_cari(&k, "3")].bobot, 15, EPS);
	assert_dekat(k.butir[lke_cari(&k, "4")].bobot, 25, EPS);
	assert_dekat(k.butir[lke_cari(&k, "3.b")].bobot, 4.5, EPS);

	struct lke_jawaban *j = arena_alloc(&a, sizeof(*j) * (size_t)n_kriteria);
	struct lke_skor *s = arena_alloc(&a, sizeof(*s) * (size_t)k.n);
	struct lke_hasil h;
	struct galat g;
	galat_init(&g);
	for (int pass = 0; pass < 2; pass++) {
		int m = 0;
		for (int i = 0; i < k.n; i++)
			if (k.butir[i].tipe != LKE_GRUP) {
				const char *sel = k.butir[i].tipe == LKE_YT ? (pass ? "T" : "Y")
									    : (pass ? "E" : "A");
				j[m] = evaluator(&k, k.butir[i].kode, sel);
				m++;
			}
		assert_int_equal(lke_nilai(&k, j, m, akip, s, &h, &g), 0);
		assert_dekat(h.total.nilai, pass ? 0 : 100, EPS);
		assert_string_equal(h.predikat, pass ? "D" : "AA");
		assert_int_equal(h.lengkap, 1);
	}

	struct lke_kerangka k12 = muat("data/kerangka/permenpanrb-12-2015.csv", &a, &t12);
	assert_int_equal(k12.n, 5);
	const struct lke_jawaban j12[] = {
	    evaluator(&k12, "A", "17,67"), evaluator(&k12, "B", "13,06"),
	    evaluator(&k12, "C", "9,31"),  evaluator(&k12, "D", "4,58"),
	    evaluator(&k12, "E", "10,34"),
	};
	assert_int_equal(lke_nilai(&k12, j12, 5, akip, s, &h, &g), 0);
	assert_dekat(h.total.nilai, 54.96, EPS);
	assert_string_equal(h.predikat, "CC");
	assert_dekat(angka_bulat(s[lke_cari(&k12, "A")].persen, 2), 58.90, EPS);
	csv_release(&t12);
	csv_release(&t88);
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_tabel_329, siapkan, bereskan),
	    cmocka_unit_test_setup_teardown(test_kerangka_kecil, siapkan, bereskan),
	    cmocka_unit_test_setup_teardown(test_predikat, siapkan, bereskan),
	    cmocka_unit_test(test_jawaban),
	    cmocka_unit_test(test_bukti),
	    cmocka_unit_test(test_kerangka_salah),
	    cmocka_unit_test_setup_teardown(test_besar, siapkan, bereskan),
	    cmocka_unit_test_setup_teardown(test_kerangka_bawaan, siapkan, bereskan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
