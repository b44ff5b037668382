/*
 * The template schema walked as data: every text column the generic loops
 * move (medan TM_TEKS*) names a `const char *` field of its table's row
 * struct, the name reaches the field of the same meaning, and the exporter's
 * generic row writes those fields in the header's order.
 */
#include "uji_model.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/templat.h"
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_skema),
	    cmocka_unit_test(test_medan_opd),
	    cmocka_unit_test(test_ekspor_baris),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
