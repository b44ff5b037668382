/*
 * The template schema walked as data: every text column the generic loops
 * move (medan TM_TEKS*) names a `const char *` field of its table's row
 * struct, the name reaches the field of the same meaning, and the exporter's
 * generic row writes those fields in the header's order.
 */
#include "uji_model.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/lke.h"
#include "core/templat.h"
#include "core/ukuran.h"
#include "io/csv.h"
#include "io/ekspor.h"

/* The row struct of each table whose columns the generic loops move; 0: none. */
static size_t ukuran_baris(int t)
{
	switch (t) {
	case TEMPLAT_OPD:
		return sizeof(struct opd);
	case TEMPLAT_INDIKATOR:
		return sizeof(struct indikator);
	default:
		return 0;
	}
}

static void test_skema(void **state)
{
	(void)state;
	int n_medan = 0;
	for (int t = 0; t < TEMPLAT_N; t++) {
		const struct templat_tabel *tt = &templat[t];
		assert_non_null(templat_cari(tt->nama));
		for (int k = 0; k < tt->n_kolom; k++) {
			const struct templat_kolom *tk = &tt->kolom[k];
			/* names unique in the table: templat_kolom finds this very column */
			assert_int_equal(templat_kolom(tt, tk->nama), k);
			assert_non_null(tk->kolom_store);
			if (tk->medan == TM_KHUSUS) {
				assert_int_equal(tk->letak, 0);
				continue;
			}
			n_medan++;
			/* generic text only where a row struct is declared, inside it, aligned */
			size_t n = ukuran_baris(t);
			assert_true(n > 0);
			assert_true(tk->letak + sizeof(const char *) <= n);
			assert_int_equal(tk->letak % sizeof(const char *), 0);
			assert_true(tk->jenis == TJ_TEKS || tk->jenis == TJ_KODE);
			for (int j = 0; j < k; j++)
				if (tt->kolom[j].medan != TM_KHUSUS)
					assert_true(tt->kolom[j].letak != tk->letak);
		}
		/* the key columns of a generic table lead (the store binds them first) */
		if (ukuran_baris(t))
			for (int k = 1; k < tt->n_kolom; k++)
				assert_true(!tt->kolom[k].kunci || tt->kolom[k - 1].kunci);
	}
	/* opd: kode, nama, induk, jenis, kepala, nip, jabatan; indikator: kode, uraian, satuan */
	assert_int_equal(n_medan, 7 + 3);
}

/* Each generic column of opd reaches the field of its name. */
static void test_medan_opd(void **state)
{
	(void)state;
	struct opd o = {.kode = "DINKES", .nama = "Dinas Kesehatan", .induk = "SETDA",
			.jenis = "dinas", .kepala = "dr. Siti", .nip = "197001012000032001",
			.jabatan = "Kepala Dinas"};
	const char *harap[][2] = {{"kode", "DINKES"},	     {"nama", "Dinas Kesehatan"},
				  {"induk", "SETDA"},	     {"jenis", "dinas"},
				  {"kepala", "dr. Siti"},    {"nip", "197001012000032001"},
				  {"jabatan", "Kepala Dinas"}};
	const struct templat_tabel *tt = &templat[TEMPLAT_OPD];
	for (size_t i = 0; i < sizeof(harap) / sizeof(harap[0]); i++) {
		int k = templat_kolom(tt, harap[i][0]);
		assert_true(k >= 0);
		assert_string_equal(templat_teks(&tt->kolom[k], &o), harap[i][1]);
	}
	/* the setter writes the same field: nip, then the struct read by its C name */
	templat_teks_isi(&tt->kolom[templat_kolom(tt, "nip")], &o, "-");
	assert_string_equal(o.nip, "-");
	assert_string_equal(o.kepala, "dr. Siti");
	struct indikator ind = {.kode = "IPM", .uraian = "Indeks", .satuan = "poin"};
	const struct templat_tabel *ti = &templat[TEMPLAT_INDIKATOR];
	assert_string_equal(templat_teks(&ti->kolom[templat_kolom(ti, "satuan")], &ind), "poin");
	assert_string_equal(templat_teks(&ti->kolom[templat_kolom(ti, "uraian")], &ind), "Indeks");
}

/* The exporter's generic row: the opd and indikator files in the header's order. */
static void test_ekspor_baris(void **state)
{
	(void)state;
	struct model *m = model_baru();
	m->opd = arena_alloc(&m->arena, sizeof(*m->opd));
	m->opd[0] = (struct opd){.kode = "DINKES", .nama = "Dinas, Kesehatan", .kepala = "dr. Siti",
				 .nip = "197001012000032001"};
	m->n_opd = 1;
	struct indikator *ind = indikator(m, "IPM", "S1", ARAH_NAIK);
	ind->uraian = "Indeks Pembangunan Manusia";
	ind->satuan = "poin";
	ind->opd = "DINKES";
	ind->kondisi_awal = angka(70.5);
	ind->bobot = 2;
	struct ekspor_hasil h;
	ekspor_init(&h);
	ekspor_model(&h, m);
	struct galat g;
	galat_init(&g);
	struct csv_tabel t;
	assert_int_equal(
	    csv_baca(h.isi[TEMPLAT_OPD].data, h.isi[TEMPLAT_OPD].len, "opd.csv", &t, &g), 0);
	assert_int_equal(t.n_baris, 1);
	/* pemda, kode, nama, induk, jenis, kepala, nip, jabatan: the absent ones empty */
	const char *opd[] = {m->pemda.kode, "DINKES", "Dinas, Kesehatan", "", "", "dr. Siti",
			     "197001012000032001", ""};
	for (int k = 0; k < 8; k++)
		assert_string_equal(csv_sel(&t.baris[0], k), opd[k]);
	csv_release(&t);
	assert_int_equal(csv_baca(h.isi[TEMPLAT_INDIKATOR].data, h.isi[TEMPLAT_INDIKATOR].len,
				  "indikator.csv", &t, &g),
			 0);
	assert_int_equal(t.n_baris, 1);
	/* generic (kode, uraian, satuan) and the table's own (induk, arah, ..., bobot) in order */
	const char *isi[] = {m->pemda.kode, "IPM", "S1", "Indeks Pembangunan Manusia", "poin",
			     "naik", "", "DINKES", "70,5", "", "", "akhir", "2"};
	for (int k = 0; k < 13; k++)
		assert_string_equal(csv_sel(&t.baris[0], k), isi[k]);
	csv_release(&t);
	ekspor_release(&h);
	model_hapus(m);
}

/* The column `kolom` of table t. */
static const struct templat_kolom *kol(enum templat_id t, const char *kolom)
{
	int k = templat_kolom(&templat[t], kolom);
	assert_true(k >= 0);
	return &templat[t].kolom[k];
}

/*
 * Every choice column carries its words, and only choice columns do; the
 * enums' names are those very words (one list each, not a copy).
 */
static void test_pilihan(void **state)
{
	(void)state;
	int n_pilihan = 0;
	for (int t = 0; t < TEMPLAT_N; t++)
		for (int k = 0; k < templat[t].n_kolom; k++) {
			const struct templat_kolom *tk = &templat[t].kolom[k];
			if (tk->jenis != TJ_PILIHAN) {
				assert_null(tk->pilihan);
				continue;
			}
			n_pilihan++;
			assert_non_null(tk->pilihan);
			int n = 0;
			for (; tk->pilihan[n]; n++) {
				assert_true(tk->pilihan[n][0] != 0);
				/* unique: the first match is the word itself */
				assert_int_equal(templat_pilihan(tk, tk->pilihan[n]), n);
			}
			assert_true(n >= 2);
		}
	assert_int_equal(n_pilihan, 11);

	const struct templat_kolom *arah = kol(TEMPLAT_INDIKATOR, "arah");
	assert_ptr_equal(arah->pilihan, model_kata_arah);
	assert_int_equal(templat_pilihan(arah, "TURUN"), ARAH_TURUN);
	assert_int_equal(templat_pilihan(arah, "kategori"), ARAH_KATEGORI);
	assert_int_equal(templat_pilihan(arah, "naik "), -1);
	assert_int_equal(templat_pilihan(arah, ""), -1);
	char buf[64];
	assert_string_equal(templat_daftar_pilihan(arah, buf, sizeof(buf)),
			    "naik, turun, rentang, kategori");
	assert_string_equal(templat_daftar_pilihan(arah, buf, 8), "naik, t");
	/* the labels' list ends like the words' (JUMLAH counts up to the NULL) */
	assert_string_equal(model_rencana_label(RENCANA_SUBKEGIATAN), "Sub-kegiatan");
	assert_string_equal(model_rencana_label(RENCANA_VISI), "Visi");
	assert_string_equal(model_rencana_nama(RENCANA_SASARAN_PD),
			    kol(TEMPLAT_RENCANA, "jenis")->pilihan[RENCANA_SASARAN_PD]);
	assert_int_equal(templat_pilihan(kol(TEMPLAT_INDIKATOR, "agregasi"), "rata_rata"),
			 AGREGASI_RATA);
	assert_int_equal(templat_pilihan(kol(TEMPLAT_PEMDA, "rumus_turun"), "rasio"), RUMUS_RASIO);

	/* dilaporkan.csv's measures parse to the review's enum, in its order */
	const struct templat_kolom *uk = kol(TEMPLAT_DILAPORKAN, "ukuran");
	int n = 0;
	for (; uk->pilihan[n]; n++) {
		enum ukuran u = ukuran_parse(uk->pilihan[n]);
		assert_int_equal(u, UKURAN_TARGET + n);
		assert_true(ukuran_dilaporkan(u));
		assert_string_equal(ukuran_nama(u), uk->pilihan[n]);
	}
	assert_int_equal(n, UKURAN_EFISIENSI - UKURAN_TARGET + 1);
	assert_string_equal(ukuran_nama(UKURAN_SERAPAN), "serapan");
	assert_string_equal(ukuran_nama(UKURAN_INDUK), "induk");
	assert_int_equal(ukuran_parse("kondisi_awal"), UKURAN_KONDISI_AWAL);
	assert_false(ukuran_dilaporkan(UKURAN_INDUK));

	/* the data tables' files are the schema's */
	assert_string_equal(ukuran_tabel_berkas(TABEL_TARGET), "target.csv");
	assert_string_equal(ukuran_tabel_berkas(TABEL_DILAPORKAN), "dilaporkan.csv");
	assert_null(ukuran_tabel_berkas(TABEL_CETAK));

	/* kerangka.csv's jawaban: the words after the group's empty one */
	const struct templat_kolom *jw = kol(TEMPLAT_KERANGKA, "jawaban");
	assert_int_equal(templat_pilihan(jw, "AE") + 1, LKE_AE);
	enum lke_tipe tp;
	assert_int_equal(lke_tipe_parse("Yt", &tp), 0);
	assert_int_equal(tp, LKE_YT);
	assert_int_equal(lke_tipe_parse("", &tp), 0);
	assert_int_equal(tp, LKE_GRUP);
	assert_int_equal(lke_tipe_parse("ya", &tp), -1);
	assert_int_equal(templat_pilihan(kol(TEMPLAT_JADWAL, "triwulan"), "3"), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_skema),
	    cmocka_unit_test(test_medan_opd),
	    cmocka_unit_test(test_ekspor_baris),
	    cmocka_unit_test(test_pilihan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
