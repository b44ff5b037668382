/*
 * Export from a model (no store): the template's headers from the schema,
 * values written so that they read back to the same value, the PK history
 * before the current target, and the text read back by the CSV reader.
 */
#include "uji_model.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/nilai.h"
#include "io/csv.h"
#include "io/ekspor.h"

static struct model *contoh(void)
{
	struct model *m = model_baru();
	m->pemda.jenis = "kota";
	m->pemda.induk = "36";
	m->pemda.periode_awal = 2018;
	m->pemda.periode_akhir = 2023;
	m->pemda.rumus_turun = RUMUS_RASIO;
	rencana(m, RENCANA_VISI, "V", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	struct indikator *ind = indikator(m, "RLS", "S1", ARAH_NAIK);
	ind->satuan = "Tahun";
	ind->uraian = "Rata-rata \"lama\" sekolah; SD";
	ind->kondisi_awal = angka(8.62);
	ind->target_akhir = angka(8.68);
	ind = indikator(m, "INFLASI", "S1", ARAH_RENTANG);
	ind->target_akhir = rentang(3, 5);
	ind->bobot = 2.5;
	target(m, "RLS", 2020, angka(8.64));
	m->target[0].nilai.teks = "8,640"; /* as entered: reads back alone to the same value */
	target(m, "INFLASI", 2020, rentang(3, 5));
	m->riwayat[m->n_riwayat].indikator = "RLS";
	m->riwayat[m->n_riwayat].tahun = 2020;
	m->riwayat[m->n_riwayat++].nilai = angka(8.6);
	realisasi(m, "RLS", 2020, 0, angka(8.76));
	realisasi(m, "RLS", 2020, 2, angka(-1.29));
	anggaran(m, "S1", "Program Pendidikan", 2020, 135348298396LL, 133322890570LL);
	return m;
}

static void test_ekspor(void **state)
{
	(void)state;
	struct model *m = contoh();
	struct ekspor_hasil h;
	ekspor_init(&h);
	ekspor_pengaturan(&h, "36.73", "predikat", "90,75,65,50");
	ekspor_model(&h, m);
	assert_int_equal(h.n, TEMPLAT_N);
	assert_string_equal(h.nama[TEMPLAT_TARGET], "target");
	assert_string_equal(h.isi[TEMPLAT_PEMDA].data,
			    "kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
			    "36.73,Kota Serang,kota,36,2018,2023,rasio\n");
	assert_string_equal(h.isi[TEMPLAT_PENGATURAN].data,
			    "pemda,kunci,nilai\n36.73,predikat,\"90,75,65,50\"\n");
	assert_string_equal(h.isi[TEMPLAT_INDIKATOR].data,
			    "pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,"
			    "target_akhir,rumus_turun,agregasi,bobot\n"
			    "36.73,RLS,S1,\"Rata-rata \"\"lama\"\" sekolah; SD\",Tahun,naik,,,"
			    "\"8,62\",\"8,68\",,akhir,1\n"
			    "36.73,INFLASI,S1,INFLASI,,rentang,,,,3-5,,akhir,\"2,5\"\n");
	/* the earlier PK first, so that the later row replaces it on import */
	assert_string_equal(h.isi[TEMPLAT_TARGET].data,
			    "pemda,indikator,tahun,target,triwulan\n36.73,RLS,2020,\"8,6\",\n"
			    "36.73,RLS,2020,\"8,640\",\n36.73,INFLASI,2020,3-5,\n");
	assert_string_equal(h.isi[TEMPLAT_REALISASI].data,
			    "pemda,indikator,tahun,triwulan,realisasi\n36.73,RLS,2020,,\"8,76\"\n"
			    "36.73,RLS,2020,2,\"-1,29\"\n");
	assert_string_equal(h.isi[TEMPLAT_ANGGARAN].data,
			    "pemda,sasaran,program,tahun,pagu,realisasi,opd,rencana\n"
			    "36.73,S1,Program Pendidikan,2020,135348298396,133322890570,,\n");
	assert_string_equal(h.isi[TEMPLAT_NARASI].data, "pemda,tahun,objek,jenis,teks\n");
	ekspor_release(&h);
	model_hapus(m);
}

/* Every exported table reads back with the CSV reader to the model's values. */
static void test_baca_kembali(void **state)
{
	(void)state;
	struct model *m = contoh();
	struct ekspor_hasil h;
	ekspor_init(&h);
	ekspor_model(&h, m);
	for (int i = 0; i < h.n; i++) {
		struct csv_tabel t;
		struct galat g;
		galat_init(&g);
		assert_int_equal(csv_baca(h.isi[i].data, h.isi[i].len, h.nama[i], &t, &g), 0);
		assert_int_equal(t.n_kolom, templat[i].n_kolom);
		for (int k = 0; k < t.n_kolom; k++)
			assert_string_equal(t.kolom[k], templat[i].kolom[k].nama);
		if (i == TEMPLAT_REALISASI) {
			assert_int_equal(t.n_baris, 2);
			struct arena a;
			arena_init(&a);
			for (long r = 0; r < t.n_baris; r++) {
				struct nilai v;
				assert_int_equal(nilai_parse(csv_sel(&t.baris[r], 4), GAYA_ID, NULL,
							     0, &a, &v, NULL),
						 ANGKA_OK);
				assert_true(v.a == m->realisasi[r].nilai.a);
			}
			arena_release(&a);
		}
		csv_release(&t);
	}
	ekspor_release(&h);
	model_hapus(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_ekspor),
	    cmocka_unit_test(test_baca_kembali),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
