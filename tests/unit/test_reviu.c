/*
 * Tests of the review (src/core/reviu.c) on small constructed reports: each
 * check with a case that must fire and one that must not, rounding and
 * truncation tolerated; and of its JSON (src/report/reviu_json.c).
 */
#include <stdlib.h>

#include "core/angka.h"
#include "core/reviu.h"
#include "report/reviu_json.h"
#include "uji_model.h"

/* Kota Serang as its LKjIP is reviewed: periode 2018-2023, rumus turun rasio. */
static struct model *model_serang(void)
{
	struct model *m = model_baru();
	m->pemda.periode_awal = 2018;
	m->pemda.periode_akhir = 2023;
	m->pemda.rumus_turun = RUMUS_RASIO;
	return m;
}

/* An indicator with its 2020 target and realisasi, kondisi awal and target akhir set. */
static struct indikator *indikator_2020(struct model *m, const char *kode, const char *induk,
					enum arah arah, double t, double r)
{
	struct indikator *ind = indikator(m, kode, induk, arah);
	ind->kondisi_awal = angka(r);
	ind->target_akhir = angka(t);
	target(m, kode, 2020, angka(t));
	realisasi(m, kode, 2020, 0, angka(r));
	return ind;
}

/* A printed figure; numbers in Indonesian writing ("155,78"), decimals as written. */
static void lapor(struct model *m, const char *objek, const char *ukuran, const char *teks,
		  const char *sumber)
{
	struct dilaporkan *d = &m->dilaporkan[m->n_dilaporkan++];
	memset(d, 0, sizeof(*d));
	d->tahun = 2020;
	d->objek = objek;
	d->ukuran = ukuran;
	d->teks = teks;
	d->sumber = sumber;
	if (strcmp(ukuran, "predikat") && angka_parse(teks, GAYA_ID, &d->nilai, NULL) == ANGKA_OK) {
		d->angka = 1;
		const char *k = strchr(teks, ',');
		d->desimal = k ? (int)strlen(k + 1) : 0;
	}
}

/* The finding on objek/ukuran (in sumber when given), or NULL. */
static const struct temuan *cari(const struct reviu *r, const char *objek, const char *ukuran,
				 const char *sumber)
{
	for (int i = 0; i < r->n; i++) {
		const struct temuan *t = &r->temuan[i];
		if (!strcmp(t->objek, objek) && !strcmp(t->ukuran, ukuran) &&
		    (!sumber || (t->sumber && !strcmp(t->sumber, sumber))))
			return t;
	}
	return NULL;
}

static const struct temuan *ada(const struct reviu *r, const char *objek, const char *ukuran,
				const char *sumber, enum reviu_tingkat tingkat, const char *pesan)
{
	const struct temuan *t = cari(r, objek, ukuran, sumber);
	if (!t)
		fail_msg("no finding on %s %s", objek, ukuran);
	assert_int_equal(t->tingkat, tingkat);
	if (pesan && !strstr(t->pesan, pesan))
		fail_msg("message of %s %s lacks \"%s\": %s", objek, ukuran, pesan, t->pesan);
	return t;
}

/* Number of findings on printed figures (not on the data files). */
static int jumlah_cetak(const struct reviu *r)
{
	int n = 0;
	for (int i = 0; i < r->n; i++)
		n += !strstr(r->temuan[i].sumber, ".csv");
	return n;
}

/* Kota Serang sasaran 7 (Tabel 3.2, 3.17) with its budget. */
static struct model *sasaran7(void)
{
	struct model *m = model_serang();
	rencana(m, RENCANA_TUJUAN, "T3", NULL);
	rencana(m, RENCANA_SASARAN, "S7", "T3");
	indikator_2020(m, "IKU_UDARA", "S7", ARAH_NAIK, 51, 72.46);
	indikator_2020(m, "IKA_AIR", "S7", ARAH_NAIK, 67.5, 43.33);
	indikator_2020(m, "IKTL", "S7", ARAH_NAIK, 37, 39.71);
	anggaran(m, "S7", "P1", 2020, 33867420371, 33054459375);
	return m;
}

static void test_terbalik_dan_rata_rata(void **state)
{
	(void)state;
	struct model *m = sasaran7();
	struct reviu r;
	lapor(m, "IKU_UDARA", "capaian", "142,08", "Tabel 3.2");
	lapor(m, "IKA_AIR", "capaian", "155,78", "Tabel 3.2");
	lapor(m, "IKTL", "capaian", "107,32", "Tabel 3.2");
	lapor(m, "IKA_AIR", "predikat", "Sangat Tinggi", "Tabel 3.2");
	lapor(m, "S7", "capaian", "135,06", "Tabel 3.17");
	lapor(m, "S7", "serapan", "97,60", "Tabel 3.33");
	lapor(m, "S7", "efisiensi", "37,46", "Tabel 3.33");
	reviu_jalankan(m, 2020, &r);

	const struct temuan *t = ada(&r, "IKA_AIR", "capaian", "Tabel 3.2", REVIU_KESALAHAN,
				     "Capaian dihitung terbalik: 43,33 / 67,50 x 100 = 64,19");
	assert_true(t->ada_dilaporkan && t->ada_seharusnya);
	assert_dekat(t->dilaporkan, 155.78, EPS);
	assert_dekat(angka_bulat(t->seharusnya, 4), 64.1926, EPS);
	assert_null(cari(&r, "IKU_UDARA", "capaian", NULL));
	assert_null(cari(&r, "IKTL", "capaian", NULL));

	t = ada(&r, "S7", "capaian", "Tabel 3.17", REVIU_KESALAHAN,
		"rata-rata memuat angka yang salah: capaian IKA_AIR 155,78 seharusnya 64,19");
	assert_non_null(strstr(t->pesan, "(142,08 + 64,19 + 107,32) / 3 = 104,53"));
	assert_dekat(t->seharusnya, (7246.0 / 51 + 4333.0 / 67.5 + 3971.0 / 37) / 3, EPS);

	t = ada(&r, "IKA_AIR", "predikat", "Tabel 3.2", REVIU_KESALAHAN,
		"mengikuti capaian yang salah 155,78");
	assert_string_equal(t->dilaporkan_teks, "Sangat Tinggi");
	assert_string_equal(t->seharusnya_teks, "Rendah");

	ada(&r, "S7", "efisiensi", "Tabel 3.33", REVIU_KESALAHAN,
	    "dihitung dari capaian yang salah 135,06");
	assert_null(cari(&r, "S7", "serapan", NULL));
	assert_int_equal(jumlah_cetak(&r), 4);
	assert_int_equal(r.jumlah[REVIU_KESALAHAN], 4);
	/* Grouped: kesalahan first, tables in natural order. */
	assert_string_equal(r.temuan[0].sumber, "Tabel 3.2");
	assert_string_equal(r.temuan[3].sumber, "Tabel 3.33");
	reviu_release(&r);
	model_hapus(m);
}

static void test_pembulatan(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	indikator_2020(m, "LPE", "T1", ARAH_NAIK, 6.61, -1.29);
	indikator_2020(m, "RLS", "S1", ARAH_NAIK, 8.64, 8.76);
	indikator_2020(m, "HLS", "S1", ARAH_NAIK, 12.69, 12.78);
	indikator_2020(m, "UHH", "S1", ARAH_NAIK, 68.03, 68.00);
	anggaran(m, "S1", "P1", 2020, 85830702252, 77293562126);
	/* -19,5159: truncated and rounded both fine. */
	lapor(m, "LPE", "capaian", "-19,51", "Tabel 3.1");
	lapor(m, "LPE", "capaian", "-19,52", "Tabel 3.32");
	lapor(m, "T1", "capaian", "-19,5", "Tabel 3.33");
	lapor(m, "RLS", "capaian", "101,38", "Tabel 3.2");
	lapor(m, "RLS", "capaian", "101,39", "Tabel 3.4");
	lapor(m, "RLS", "capaian", "101", "Tabel 3.5");
	lapor(m, "RLS", "target", "8,64", "Tabel 3.2");
	lapor(m, "RLS", "realisasi", "8,8", "Tabel 3.2");
	lapor(m, "HLS", "capaian", "100,70", "Tabel 3.2");
	lapor(m, "UHH", "capaian", "99,95", "Tabel 3.2");
	/* Mean of the rounded figures (101,39 100,71 99,96) and of the exact ones. */
	lapor(m, "S1", "capaian", "100,68", "Tabel 3.4");
	lapor(m, "S1", "capaian", "100,69", "Tabel 3.6");
	lapor(m, "S1", "serapan", "90,05", "Tabel 3.31");
	lapor(m, "S1", "pagu", "85.830.702.252", "Tabel 3.31");
	lapor(m, "total", "serapan", "90,05", "Tabel 3.31");
	/* 100,68 - 90,05 from printed figures; exactly 10,6335. */
	lapor(m, "S1", "efisiensi", "10,63", "Tabel 3.33");
	lapor(m, "S1", "efisiensi", "10,6", "Tabel 3.33 (2)");
	lapor(m, "S1", "predikat", "sangat tinggi", "Tabel 3.4");
	reviu_jalankan(m, 2020, &r);
	for (int i = 0; i < r.n; i++)
		if (!strstr(r.temuan[i].sumber, ".csv"))
			fail_msg("rounding flagged: %s %s %s: %s", r.temuan[i].objek,
				 r.temuan[i].ukuran, r.temuan[i].sumber, r.temuan[i].pesan);
	assert_int_equal(r.n_diperiksa, 18);
	reviu_release(&r);

	/* One more in the last decimal is not rounding. */
	lapor(m, "RLS", "capaian", "101,40", "Tabel 3.9");
	lapor(m, "S1", "capaian", "100,71", "Tabel 3.9");
	reviu_jalankan(m, 2020, &r);
	ada(&r, "RLS", "capaian", "Tabel 3.9", REVIU_KESALAHAN,
	    "Capaian yang dicetak 101,40 berbeda 0,01 dari hitungan ulang: 8,76 / 8,64 x 100 = "
	    "101,39");
	ada(&r, "S1", "capaian", "Tabel 3.9", REVIU_KESALAHAN, NULL);
	assert_int_equal(jumlah_cetak(&r), 2);
	reviu_release(&r);
	model_hapus(m);
}

static void test_turun(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S9", "T1");
	struct indikator *k = indikator_2020(m, "KEMISKINAN", "S9", ARAH_TURUN, 5.16, 6.06);
	k->target_akhir = angka(4.86);
	indikator_2020(m, "TPT", "S9", ARAH_TURUN, 8.05, 9.26);
	anggaran(m, "S9", "P1", 2020, 100, 90);
	lapor(m, "KEMISKINAN", "capaian", "85,14", "Tabel 3.2");
	lapor(m, "KEMISKINAN", "capaian", "117,44", "Tabel 3.21");
	lapor(m, "KEMISKINAN", "capaian_akhir", "124,69", "Tabel 3.22");
	lapor(m, "TPT", "capaian", "86,93", "Tabel 3.2");
	reviu_jalankan(m, 2020, &r);
	ada(&r, "KEMISKINAN", "capaian", "Tabel 3.21", REVIU_KESALAHAN,
	    "Capaian dihitung terbalik: 5,16 / 6,06 x 100 = 85,15 (indikator turun");
	ada(&r, "KEMISKINAN", "capaian", "Tabel 3.21", REVIU_KESALAHAN,
	    "angka berbeda antartabel: Tabel 3.2 mencetak 85,14 (benar)");
	ada(&r, "KEMISKINAN", "capaian_akhir", "Tabel 3.22", REVIU_KESALAHAN,
	    "dihitung terbalik: 4,86 / 6,06 x 100 = 80,20");
	assert_null(cari(&r, "KEMISKINAN", "capaian", "Tabel 3.2"));
	assert_null(cari(&r, "TPT", "capaian", NULL));
	reviu_release(&r);

	/* Under rumus selisih the same printed ratio is the other rumus, not a polarity error. */
	m->pemda.rumus_turun = RUMUS_SELISIH;
	reviu_jalankan(m, 2020, &r);
	ada(&r, "KEMISKINAN", "capaian", "Tabel 3.2", REVIU_KESALAHAN,
	    "memakai rumus turun rasio, sedangkan rumus yang berlaku selisih: (2 x 5,16 - 6,06) / "
	    "5,16 x 100 = 82,56");
	reviu_release(&r);
	model_hapus(m);
}

static void test_antar_tabel_dan_digit(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	indikator_2020(m, "IRBD", "S1", ARAH_NAIK, 72.5, 70);
	indikator_2020(m, "HLS", "S1", ARAH_NAIK, 12.77, 12.78);
	anggaran(m, "S1", "P1", 2020, 100, 90);
	lapor(m, "IRBD", "target", "72,50", "Tabel 3.1");
	lapor(m, "IRBD", "target", "72,47", "Lampiran A");
	lapor(m, "HLS", "capaian", "10,07", "Bab III");
	lapor(m, "HLS", "capaian", "100,70", "Tabel 3.5");
	lapor(m, "HLS", "capaian", "1000,7", "Tabel 3.6");
	reviu_jalankan(m, 2020, &r);
	assert_null(cari(&r, "IRBD", "target", "Tabel 3.1"));
	const struct temuan *t = ada(&r, "IRBD", "target", "Lampiran A", REVIU_KESALAHAN,
				     "Target yang dicetak 72,47 berbeda dengan data: 72,50; angka "
				     "berbeda antartabel: Tabel 3.1 mencetak 72,50 (benar)");
	assert_dekat(t->seharusnya, 72.5, EPS);
	ada(&r, "HLS", "capaian", "Bab III", REVIU_KESALAHAN,
	    "kekurangan satu angka (seharusnya 100,07)");
	ada(&r, "HLS", "capaian", "Tabel 3.5", REVIU_KESALAHAN,
	    "dua angka tertukar (seharusnya 100,07)");
	ada(&r, "HLS", "capaian", "Tabel 3.6", REVIU_KESALAHAN,
	    "kelebihan satu angka (seharusnya 100,0)");
	reviu_release(&r);
	model_hapus(m);
}

static void test_predikat(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S9", "T1");
	indikator_2020(m, "A", "S9", ARAH_NAIK, 100, 90.18);
	indikator_2020(m, "B", "S9", ARAH_NAIK, 100, 90.996);
	anggaran(m, "S9", "P1", 2020, 100, 90);
	lapor(m, "A", "predikat", "Sangat Tinggi", "Bab IV");
	lapor(m, "A", "predikat", "TINGGI", "Ikhtisar");
	/* 90,996 prints as 91,00: a predikat from the printed capaian is fine. */
	lapor(m, "B", "predikat", "Sangat Tinggi", "Bab IV");
	lapor(m, "B", "predikat", "Tinggi", "Ikhtisar");
	lapor(m, "S9", "predikat", "Sangat Rendah", "Bab IV");
	reviu_jalankan(m, 2020, &r);
	ada(&r, "A", "predikat", "Bab IV", REVIU_KESALAHAN,
	    "Predikat Sangat Tinggi tidak sesuai dengan capaian 90,18: seharusnya Tinggi (76 <= c "
	    "< "
	    "91)");
	assert_null(cari(&r, "A", "predikat", "Ikhtisar"));
	assert_null(cari(&r, "B", "predikat", NULL));
	ada(&r, "S9", "predikat", "Bab IV", REVIU_KESALAHAN, "seharusnya Tinggi");
	assert_int_equal(jumlah_cetak(&r), 2);
	reviu_release(&r);
	model_hapus(m);
}

/* Tabel 3.3: counts per predikat built on a wrong capaian, and counts that are right. */
static void test_jumlah_predikat(void **state)
{
	(void)state;
	struct reviu r;
	struct model *m = sasaran7();
	lapor(m, "IKA_AIR", "capaian", "155,78", "Tabel 3.2");
	/* Right: IKU_UDARA 142,08 and IKTL 107,32 Sangat Tinggi, IKA_AIR 64,19 Rendah. */
	lapor(m, "total", "predikat", "Sangat Tinggi=3; Rendah=0", "Tabel 3.3");
	lapor(m, "total", "predikat", "Sangat Tinggi = 2; rendah: 1; Tinggi=0", "Bab IV");
	lapor(m, "total", "predikat", "Sangat Tinggi=2; Luar Biasa=1", "Ikhtisar");
	reviu_jalankan(m, 2020, &r);
	ada(&r, "total", "predikat", "Tabel 3.3", REVIU_KESALAHAN,
	    "Sangat Tinggi dicetak 3, seharusnya 2; Rendah dicetak 0, seharusnya 1. Jumlah "
	    "dihitung dari capaian yang salah: capaian IKA_AIR dicetak 155,78 (Tabel 3.2, Sangat "
	    "Tinggi), seharusnya 64,19 (Rendah)");
	assert_null(cari(&r, "total", "predikat", "Bab IV"));
	ada(&r, "total", "predikat", "Ikhtisar", REVIU_PERINGATAN, "tidak terbaca");
	reviu_release(&r);
	model_hapus(m);
}

static void test_anggaran(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	rencana(m, RENCANA_SASARAN, "S2", "T1");
	indikator_2020(m, "A", "S1", ARAH_NAIK, 100, 100);
	indikator_2020(m, "B", "S2", ARAH_NAIK, 100, 100);
	anggaran(m, "S1", "P1", 2020, 600, 500);
	anggaran(m, "S1", "P2", 2020, 400, 400);
	anggaran(m, "S2", "P3", 2020, 1000, 800);
	/* Right: sums, serapan 90 and 80 and 85. */
	lapor(m, "S1", "pagu", "1.000", "Tabel 3.31");
	lapor(m, "S1", "realisasi_anggaran", "900", "Tabel 3.31");
	lapor(m, "S1", "serapan", "90,00", "Tabel 3.31");
	lapor(m, "T1", "pagu", "2.000", "Tabel 3.32");
	lapor(m, "total", "serapan", "85", "Tabel 3.31");
	/* Wrong: a share of the whole budget, a sum carrying a wrong sasaran, swapped figures. */
	lapor(m, "S2", "serapan", "40,00", "Tabel 3.32");
	lapor(m, "S2", "pagu", "1.100", "Tabel 3.32");
	lapor(m, "T1", "pagu", "2.100", "Tabel 3.32b");
	lapor(m, "S2", "realisasi_anggaran", "1.000", "Tabel 3.33");
	lapor(m, "S1", "efisiensi", "10", "Tabel 3.33");
	reviu_jalankan(m, 2020, &r);
	assert_null(cari(&r, "S1", "pagu", NULL));
	assert_null(cari(&r, "S1", "realisasi_anggaran", NULL));
	assert_null(cari(&r, "S1", "serapan", NULL));
	assert_null(cari(&r, "T1", "pagu", "Tabel 3.32"));
	assert_null(cari(&r, "total", "serapan", NULL));
	assert_null(cari(&r, "S1", "efisiensi", NULL));
	ada(&r, "S2", "serapan", "Tabel 3.32", REVIU_KESALAHAN,
	    "Serapan dihitung terhadap total yang salah (pagu seluruh program): 800 / 2.000 x 100");
	ada(&r, "S2", "pagu", "Tabel 3.32", REVIU_KESALAHAN,
	    "Pagu yang dicetak 1.100 berbeda 100 dari hitungan ulang: jumlah 1 program sasaran ini "
	    "= 1.000");
	ada(&r, "T1", "pagu", "Tabel 3.32b", REVIU_KESALAHAN,
	    "menjumlahkan angka sasaran yang dicetak salah (S2 1.100 seharusnya 1.000)");
	ada(&r, "S2", "realisasi_anggaran", "Tabel 3.33", REVIU_KESALAHAN, "tertukar dengan Pagu");
	assert_int_equal(jumlah_cetak(&r), 4);
	reviu_release(&r);
	model_hapus(m);
}

static void test_data(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	indikator_2020(m, "BAIK", "S1", ARAH_NAIK, 10, 10);
	target(m, "BAIK", 2019, angka(9));
	target(m, "BAIK", 2023, angka(10));
	anggaran(m, "S1", "P1", 2020, 100, 90);
	reviu_jalankan(m, 2020, &r);
	/* A clean model: only the note that nothing was printed. */
	assert_int_equal(r.n, 1);
	ada(&r, "total", "dilaporkan", "dilaporkan.csv", REVIU_INFO, NULL);
	reviu_release(&r);

	/* Now everything that must fire. */
	rencana(m, RENCANA_SASARAN, "S2", "T1");
	anggaran(m, "S2", "P2", 2020, 100, 90);
	struct indikator *x = indikator_2020(m, "TURUN_T", "S2", ARAH_NAIK, 51, 72.46);
	target(m, "TURUN_T", 2019, angka(60));
	x->target_akhir = angka(55);
	target(m, "TURUN_T", 2023, angka(56));
	x->kondisi_awal.jenis = NILAI_KOSONG;
	struct indikator *y = indikator_2020(m, "TANPA", "S2", ARAH_TURUN, 5, 5);
	m->n_target--;	  /* no target */
	m->n_realisasi--; /* no realisasi */
	(void)y;
	rencana(m, RENCANA_SASARAN, "S4", "T1"); /* no indicator, no budget */
	anggaran(m, "S9", "P9", 2020, 10, 5);	 /* no such sasaran */
	anggaran(m, "S2", "P4", 2020, 100, 130); /* spent more than its pagu: 130 % */
	struct target_riwayat *h = &m->riwayat[m->n_riwayat++];
	h->indikator = "TURUN_T";
	h->tahun = 2020;
	h->nilai = angka(58); /* lowered to 51 by the PK Perubahan */
	h->diganti = "2020-09-01";
	h = &m->riwayat[m->n_riwayat++];
	h->indikator = "BAIK";
	h->tahun = 2020;
	h->nilai = angka(9.5); /* raised to 10: not listed */
	reviu_jalankan(m, 2020, &r);
	ada(&r, "TURUN_T", "target", "target.csv", REVIU_PERINGATAN,
	    "Target tahun 2020 (51) lebih rendah dari target tahun 2019 (60)");
	ada(&r, "TURUN_T", "target_akhir", "target.csv", REVIU_PERINGATAN,
	    "Target tahun 2023 (56) berbeda dengan target akhir RPJMD (55)");
	ada(&r, "TURUN_T", "kondisi_awal", "indikator.csv", REVIU_PERINGATAN, NULL);
	const struct temuan *t = NULL;
	for (int i = 0; i < r.n; i++)
		if (r.temuan[i].tingkat == REVIU_INFO && !strcmp(r.temuan[i].objek, "TURUN_T"))
			t = &r.temuan[i];
	assert_non_null(t);
	assert_non_null(strstr(t->pesan, "diturunkan oleh PK Perubahan dari 58 menjadi 51"));
	ada(&r, "TANPA", "target", "target.csv", REVIU_PERINGATAN, "tidak memiliki target");
	ada(&r, "TANPA", "realisasi", "realisasi.csv", REVIU_PERINGATAN, "belum ada data");
	ada(&r, "S4", "indikator", "indikator.csv", REVIU_PERINGATAN, NULL);
	ada(&r, "S4", "anggaran", "anggaran.csv", REVIU_PERINGATAN, NULL);
	ada(&r, "P9", "sasaran", "anggaran.csv", REVIU_PERINGATAN, "tidak terkait dengan sasaran");
	ada(&r, "P4", "realisasi_anggaran", "anggaran.csv", REVIU_PERINGATAN,
	    "Realisasi anggaran P4 tahun 2020 (Rp 130) melebihi pagunya (Rp 100): serapan 130,00 %");
	/* Must not fire: BAIK moves up as it should, its raise is not listed. */
	for (int i = 0; i < r.n; i++)
		assert_string_not_equal(r.temuan[i].objek, "BAIK");
	assert_null(cari(&r, "S1", "anggaran", NULL));
	assert_null(cari(&r, "P2", "realisasi_anggaran", NULL)); /* 90 of 100 */
	reviu_release(&r);
	model_hapus(m);
}

static void test_tidak_dikenal(void **state)
{
	(void)state;
	struct model *m = sasaran7();
	struct reviu r;
	lapor(m, "IKA_AIR", "pagu", "5", "Tabel X");
	lapor(m, "IKA_AIR", "target", "70", "Tabel X");
	lapor(m, "S7", "capaian", "64,19", "Tabel Y");
	reviu_jalankan(m, 2020, &r);
	ada(&r, "IKA_AIR", "pagu", "Tabel X", REVIU_INFO, "tidak diperiksa");
	const struct temuan *t = ada(&r, "IKA_AIR", "target", "Tabel X", REVIU_KESALAHAN,
				     "Target yang dicetak 70 berbeda dengan data: 67,50");
	assert_dekat(t->seharusnya, 67.5, EPS);
	/* No cause recognised: what differs and by how much. */
	ada(&r, "S7", "capaian", "Tabel Y", REVIU_KESALAHAN,
	    "Capaian yang dicetak 64,19 berbeda 40,34 dari hitungan ulang: (142,08 + 64,19 + "
	    "107,32) / 3 = 104,53");
	reviu_release(&r);
	model_hapus(m);
}

static void test_json(void **state)
{
	(void)state;
	struct model *m = sasaran7();
	struct reviu r;
	lapor(m, "IKA_AIR", "capaian", "155,78", "Tabel 3.2");
	lapor(m, "IKA_AIR", "predikat", "Sangat Tinggi", "Tabel 3.3");
	reviu_jalankan(m, 2020, &r);
	char *s = reviu_json_teks(&r, m);
	json_error_t e;
	json_t *j = json_loads(s, 0, &e);
	assert_non_null(j);
	assert_string_equal(json_string_value(json_object_get(json_object_get(j, "pemda"), "kode")),
			    "36.73");
	assert_int_equal(json_integer_value(json_object_get(j, "tahun")), 2020);
	json_t *t0 = json_array_get(json_object_get(j, "temuan"), 0);
	const char *kunci[] = {"tingkat",    "objek",  "ukuran", "dilaporkan",
			       "seharusnya", "sumber", "pesan"};
	const char *k;
	json_t *v;
	int i = 0;
	json_object_foreach(t0, k, v)
	{
		assert_true(i < 7);
		assert_string_equal(k, kunci[i++]);
	}
	assert_int_equal(i, 7);
	assert_string_equal(json_string_value(json_object_get(t0, "tingkat")), "kesalahan");
	assert_string_equal(json_string_value(json_object_get(t0, "objek")), "IKA_AIR");
	assert_dekat(json_real_value(json_object_get(t0, "dilaporkan")), 155.78, 1e-9);
	assert_dekat(json_real_value(json_object_get(t0, "seharusnya")), 64.1926, 1e-9);
	json_t *t1 = json_array_get(json_object_get(j, "temuan"), 1);
	assert_string_equal(json_string_value(json_object_get(t1, "seharusnya")), "Rendah");
	/* Data findings carry no figures. */
	json_t *akhir = json_array_get(json_object_get(j, "temuan"),
				       json_array_size(json_object_get(j, "temuan")) - 1);
	(void)akhir;
	json_decref(j);
	free(s);
	reviu_release(&r);
	model_hapus(m);
}

/* An indicator of S1 with a 2020 target and realisasi, no kondisi awal (no other cause). */
static struct indikator *ind_putusan(struct model *m, const char *kode, enum arah arah,
				     struct nilai t, struct nilai r)
{
	struct indikator *ind = indikator(m, kode, "S1", arah);
	ind->target_akhir = t;
	target(m, kode, 2020, t);
	realisasi(m, kode, 2020, 0, r);
	return ind;
}

/* Each rule's decision as the review prints it, never derived again (capaian.h). */
static void test_rumus_dari_putusan(void **state)
{
	(void)state;
	struct model *m = model_serang();
	struct reviu r;
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	ind_putusan(m, "INFLASI", ARAH_RENTANG, rentang(3, 5), angka(1.91));
	ind_putusan(m, "TPT", ARAH_TURUN, angka(11.22), angka(9.18))->rumus_override =
	    RUMUS_SELISIH;
	ind_putusan(m, "EKSTREM", ARAH_TURUN, angka(0), angka(0.5));
	ind_putusan(m, "APK", ARAH_NAIK, rentang(80, 90), angka(85));
	ind_putusan(m, "AKIP", ARAH_KATEGORI, kat("B"), angka(54.96))->skala = "akip";
	ind_putusan(m, "LKPD", ARAH_KATEGORI, kat("WTP"), kat("WDP"))->skala = "opini_bpk";
	lapor(m, "INFLASI", "capaian", "50,00", "Tabel 3.2");
	lapor(m, "TPT", "capaian", "100,00", "Tabel 3.2");
	lapor(m, "EKSTREM", "capaian", "50,00", "Tabel 3.2");
	lapor(m, "APK", "capaian", "94,44", "Tabel 3.2");
	lapor(m, "AKIP", "capaian", "80,00", "Tabel 3.2");
	lapor(m, "LKPD", "capaian", "50,00", "Tabel 3.2");
	reviu_jalankan(m, 2020, &r);
	/* rentang below lo: R / lo */
	ada(&r, "INFLASI", "capaian", NULL, REVIU_KESALAHAN,
	    "1,91 / 3 x 100 (batas bawah target 3-5) = 63,67");
	/* turun selisih: (2 x T - R) / T */
	ada(&r, "TPT", "capaian", NULL, REVIU_KESALAHAN, "(2 x 11,22 - 9,18) / 11,22 x 100 = 118,18");
	/* turun against 0: R > 0 gives 0, with its note */
	ada(&r, "EKSTREM", "capaian", NULL, REVIU_KESALAHAN,
	    "realisasi 0,50 > target 0, maka 0 (target 0: rumus tidak berlaku");
	/* inside the range: 100 */
	ada(&r, "APK", "capaian", NULL, REVIU_KESALAHAN, "realisasi 85 dalam rentang 80-90 = 100,00");
	/* a score against the lower bound of the target's category: 54,96 / 60 */
	ada(&r, "AKIP", "capaian", NULL, REVIU_KESALAHAN,
	    "54,96 / 60 x 100 (skor terhadap batas bawah kategori target B) = 91,60");
	/* ranks: WDP 3 against WTP 4 */
	ada(&r, "LKPD", "capaian", NULL, REVIU_KESALAHAN,
	    "realisasi WDP (peringkat 3) terhadap target WTP (peringkat 4): peringkat 3 / "
	    "peringkat 4 x 100 = 75,00");
	reviu_release(&r);
	model_hapus(m);
}

/* ukuran and the data tables are enums parsed once; names round-trip. */
static void test_ukuran(void **state)
{
	(void)state;
	for (int u = UKURAN_LAIN + 1; u < UKURAN_N; u++)
		assert_int_equal(ukuran_parse(ukuran_nama((enum ukuran)u)), u);
	assert_int_equal(ukuran_parse("Capaian"), UKURAN_LAIN); /* stored names are exact */
	assert_int_equal(ukuran_parse(NULL), UKURAN_LAIN);
	assert_string_equal(ukuran_nama(UKURAN_CAPAIAN_AKHIR), "capaian_akhir");
	assert_string_equal(ukuran_label(UKURAN_REALISASI_ANGGARAN), "Realisasi anggaran");
	assert_true(ukuran_uang(UKURAN_PAGU) && ukuran_uang(UKURAN_REALISASI_ANGGARAN));
	assert_false(ukuran_uang(UKURAN_SERAPAN));
	/* the nine measures of dilaporkan.csv, and no check name among them */
	int n = 0;
	for (int u = 0; u < UKURAN_N; u++)
		n += ukuran_dilaporkan((enum ukuran)u);
	assert_int_equal(n, 9);
	assert_false(ukuran_dilaporkan(UKURAN_KONDISI_AWAL));
	assert_string_equal(ukuran_tabel_berkas(TABEL_TARGET), "target.csv");
	assert_null(ukuran_tabel_berkas(TABEL_CETAK));

	/* Findings carry the parsed measure and table; an unknown measure stays as printed. */
	struct model *m = sasaran7();
	struct reviu r;
	lapor(m, "IKA_AIR", "capaian", "155,78", "Tabel 3.2");
	lapor(m, "S7", "pagu", "1", "Tabel 3.31");
	lapor(m, "IKA_AIR", "rasio", "1,5", "Tabel 3.9");
	indikator(m, "BARU", "S7", ARAH_NAIK); /* no rows, no kondisi awal */
	reviu_jalankan(m, 2020, &r);
	const struct temuan *t = ada(&r, "IKA_AIR", "capaian", "Tabel 3.2", REVIU_KESALAHAN, NULL);
	assert_int_equal(t->jenis_ukuran, UKURAN_CAPAIAN);
	assert_int_equal(t->tabel, TABEL_CETAK);
	t = ada(&r, "S7", "pagu", NULL, REVIU_KESALAHAN, "Pagu yang dicetak");
	assert_int_equal(t->jenis_ukuran, UKURAN_PAGU);
	t = ada(&r, "IKA_AIR", "rasio", NULL, REVIU_INFO, "rasio dicetak 1,5 untuk indikator");
	assert_int_equal(t->jenis_ukuran, UKURAN_LAIN);
	t = ada(&r, "BARU", "realisasi", NULL, REVIU_PERINGATAN, "belum ada data");
	assert_int_equal(t->tabel, TABEL_REALISASI);
	t = ada(&r, "BARU", "kondisi_awal", NULL, REVIU_PERINGATAN, NULL);
	assert_int_equal(t->jenis_ukuran, UKURAN_KONDISI_AWAL);
	assert_int_equal(t->tabel, TABEL_INDIKATOR);
	assert_string_equal(t->sumber, "indikator.csv");
	reviu_release(&r);
	model_hapus(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_terbalik_dan_rata_rata),
	    cmocka_unit_test(test_pembulatan),
	    cmocka_unit_test(test_turun),
	    cmocka_unit_test(test_antar_tabel_dan_digit),
	    cmocka_unit_test(test_predikat), cmocka_unit_test(test_jumlah_predikat),
	    cmocka_unit_test(test_anggaran),
	    cmocka_unit_test(test_data),
	    cmocka_unit_test(test_tidak_dikenal),
	    cmocka_unit_test(test_json),
	    cmocka_unit_test(test_rumus_dari_putusan),
	    cmocka_unit_test(test_ukuran),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
