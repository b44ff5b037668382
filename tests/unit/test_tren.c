/*
 * Tests of src/report/tren.c (the projection from the stored years and the trend
 * chart of the indicator page) and src/report/banding_json.c (the regions under
 * one parent, over models built here: hand-computed ranks with ties).
 */
#include <math.h>
#include <string.h>

#include "report/banding_json.h"
#include "report/svg.h"
#include "report/tren.h"
#include "uji_model.h"

/* Kota Pekalongan (wilayah.md): 2021-2026, angka kemiskinan 7,59 7,00 6,81, target 5,89. */
static struct model *pekalongan(void)
{
	struct model *m = model_baru();
	m->pemda.periode_awal = 2021;
	m->pemda.periode_akhir = 2026;
	memset(m->indikator, 0, sizeof(*m->indikator));
	struct indikator *ind = indikator(m, "KEMISKINAN", "S1", ARAH_TURUN);
	ind->satuan = "%";
	ind->uraian = "Angka Kemiskinan";
	ind->target_akhir = angka(5.89);
	realisasi(m, "KEMISKINAN", 2019, 0, angka(8.0)); /* before the period: charted only */
	realisasi(m, "KEMISKINAN", 2021, 0, angka(7.59));
	realisasi(m, "KEMISKINAN", 2022, 0, angka(7.00));
	realisasi(m, "KEMISKINAN", 2023, 0, angka(6.81));
	realisasi(m, "KEMISKINAN", 2024, 0, angka(1.0)); /* after the year measured */
	target(m, "KEMISKINAN", 2021, angka(6.94));
	target(m, "KEMISKINAN", 2026, angka(5.89));
	return m;
}

static void test_proyeksi(void **state)
{
	(void)state;
	struct model *m = pekalongan();
	struct proyeksi pr;
	tren_proyeksi(m, &m->indikator[0], 2023, &pr);
	assert_true(pr.ada);
	assert_int_equal(pr.tahun_akhir, 2026);
	assert_dekat(pr.metode[PROYEKSI_TREN_LINIER].laju, -0.39, 1e-9);
	assert_dekat(pr.metode[PROYEKSI_TREN_LINIER].nilai, 5.573333333, 1e-6);
	assert_int_equal(pr.metode[PROYEKSI_TREN_LINIER].status, PROYEKSI_TERCAPAI);
	assert_dekat(pr.metode[PROYEKSI_LAJU_TERAKHIR].nilai, 6.24, 1e-9);
	assert_int_equal(pr.metode[PROYEKSI_LAJU_TERAKHIR].status, PROYEKSI_TIDAK_TERCAPAI);
	assert_dekat(pr.laju_diperlukan, (5.89 - 6.81) / 3, 1e-9);

	tren_proyeksi(m, &m->indikator[0], 2021, &pr);
	assert_false(pr.ada);
	assert_string_equal(pr.catatan, "data belum cukup");
	m->indikator[0].target_akhir = kosong();
	tren_proyeksi(m, &m->indikator[0], 2023, &pr);
	assert_false(pr.ada);
	assert_string_equal(pr.catatan, "target akhir belum diisi");
	m->indikator[0].target_akhir = angka(5.89);
	m->pemda.periode_akhir = 0;
	tren_proyeksi(m, &m->indikator[0], 2023, &pr);
	assert_false(pr.ada);
	assert_string_equal(pr.catatan, "periode RPJMD belum diisi");
	m->indikator[0].arah = ARAH_RENTANG;
	tren_proyeksi(m, &m->indikator[0], 2023, &pr);
	assert_false(pr.ada);
	assert_non_null(strstr(pr.catatan, "naik atau turun"));
	model_hapus(m);
}

static void test_grafik(void **state)
{
	(void)state;
	struct model *m = pekalongan();
	struct arena a;
	arena_init(&a);
	struct dok_grafik *g = tren_grafik(&a, m, &m->indikator[0], 2023);
	/* 2019 (before the period) to 2026: 8 years */
	assert_int_equal(g->jenis, GRAFIK_GARIS);
	assert_int_equal(g->n, 8);
	assert_string_equal(g->label[0], "2019*");
	assert_string_equal(g->label[2], "2021");
	assert_non_null(strstr(g->judul, "sebelum periode RPJMD"));
	assert_int_equal(g->n_seri, 4);
	assert_string_equal(g->seri[0].nama, "Realisasi");
	assert_dekat(g->seri[0].nilai[0], 8.0, 1e-9);
	assert_true(isnan(g->seri[0].nilai[1]));
	assert_string_equal(g->seri[1].nama, "Target");
	assert_true(g->seri[1].putus);
	assert_dekat(g->seri[1].nilai[2], 6.94, 1e-9);
	assert_string_equal(g->seri[2].nama, "Target akhir RPJMD");
	assert_true(isnan(g->seri[2].nilai[0]));
	assert_dekat(g->seri[2].nilai[7], 5.89, 1e-9);
	assert_string_equal(g->seri[3].nama, "Proyeksi (tren linier)");
	assert_true(g->seri[3].putus);
	assert_dekat(g->seri[3].nilai[7], 5.573333333, 1e-6); /* 2026 */
	assert_dekat(g->seri[3].nilai[3], 7.133333333, 1e-6); /* 2022: the mean */
	assert_true(isnan(g->seri[3].nilai[1]));
	struct buf b = BUF_INIT;
	svg_tulis(&b, g, 640, NULL);
	assert_non_null(strstr(b.data, "stroke-dasharray"));
	assert_non_null(strstr(b.data, "Proyeksi (tren linier)"));
	buf_release(&b);
	arena_release(&a);
	model_hapus(m);
}

/* A child of `induk` holding IKU (naik) with realisasi r in 2022 (NAN: none, a target). */
static void anak(struct model *m, const char *kode, const char *nama, const char *induk, double r)
{
	model_init(m);
	m->pemda.kode = kode;
	m->pemda.nama = nama;
	m->pemda.induk = induk;
	m->indikator = arena_alloc(&m->arena, sizeof(*m->indikator));
	m->realisasi = arena_alloc(&m->arena, sizeof(*m->realisasi));
	m->target = arena_alloc(&m->arena, sizeof(*m->target));
	memset(m->indikator, 0, sizeof(*m->indikator));
	indikator(m, "IKU", "S1", ARAH_NAIK);
	if (isnan(r))
		target(m, "IKU", 2022, angka(50));
	else
		realisasi(m, "IKU", 2022, 0, angka(r));
}

static void test_banding(void **state)
{
	(void)state;
	struct model m[7];
	anak(&m[0], "91.01", "Satu", "91", 60);
	anak(&m[1], "91.02", "Dua", "91", 80);
	anak(&m[2], "91.03", "Tiga", "91", NAN);
	anak(&m[3], "91.04", "Empat", "91", 80);
	anak(&m[4], "92.01", "Lain", "92", 99); /* another parent */
	anak(&m[5], "91.05", "Lima", "91", 70);
	/* the parent without the indicator: its value from a child's pembanding row */
	model_init(&m[6]);
	m[6].pemda.kode = "91";
	m[6].pemda.nama = "Provinsi Uji";
	struct pembanding pb = {"IKU", 2022, "91", 70};
	m[5].pembanding = &pb;
	m[5].n_pembanding = 1;
	double batas = 65;
	struct wilayah_hasil h;
	assert_int_equal(banding_json_hitung("91", &m[6], NULL, m, 6, "IKU", 2022, &batas, &h), 0);
	assert_int_equal(h.n, 5);
	static const char *const kode[] = {"91.02", "91.04", "91.05", "91.01", "91.03"};
	static const int peringkat[] = {1, 1, 3, 4, 0};
	static const enum banding_posisi induk[] = {BANDING_DI_ATAS, BANDING_DI_ATAS, BANDING_SAMA,
						    BANDING_DI_BAWAH, BANDING_TIDAK_ADA};
	for (int i = 0; i < 5; i++) {
		assert_string_equal(h.baris[i].m->pemda.kode, kode[i]);
		assert_int_equal(h.baris[i].b.peringkat, peringkat[i]);
		assert_int_equal(h.baris[i].b.terhadap_induk, induk[i]);
	}
	assert_true(h.acuan.ada_induk);
	assert_dekat(h.acuan.induk, 70, 1e-9);
	assert_false(h.acuan.ada_nasional);
	assert_int_equal(h.baris[3].b.terhadap_batas, BANDING_DI_BAWAH);
	struct arena a;
	arena_init(&a);
	struct dok_grafik *g = banding_json_grafik(&a, &h);
	assert_int_equal(g->n, 5);
	assert_string_equal(g->label[0], "Dua");
	assert_int_equal(g->n_acuan, 2);
	assert_string_equal(g->acuan_nama[0], "Provinsi Uji 70,00");
	assert_string_equal(g->acuan_nama[1], "Batas 65,00");
	assert_int_equal(g->n_kelas, 0); /* no bar has a predikat: no legend of colours */
	arena_release(&a);
	char *j = banding_json_teks(&h);
	assert_non_null(strstr(j, "\"peringkat\": null"));
	free(j);
	wilayah_hasil_release(&h);
	assert_int_equal(banding_json_hitung("91", &m[6], NULL, m, 6, "TIDAKADA", 2022, NULL, &h),
			 -1);
	wilayah_hasil_release(&h);
	for (int i = 0; i < 7; i++)
		model_release(&m[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_proyeksi),
	    cmocka_unit_test(test_grafik),
	    cmocka_unit_test(test_banding),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
