/*
 * Tests of the domain model (src/core/model.c) and the arena it lives in
 * (src/util/util.c): the defaults of a new model, allocation, look-ups by code
 * and the names of its enums as in the import format.
 */
#include <float.h>
#include <stdalign.h>

#include "uji_model.h"

static void test_model_baru(void **state)
{
	struct model *m = *state;
	/* Nothing loaded; the settings are those of rumus-capaian.md. */
	assert_int_equal(m->n_rencana + m->n_opd + m->n_indikator + m->n_target + m->n_riwayat +
			     m->n_realisasi + m->n_anggaran + m->n_pembanding + m->n_narasi +
			     m->n_dilaporkan,
			 0);
	assert_null(m->pemda.kode);
	assert_int_equal(m->pemda.rumus_turun, RUMUS_SELISIH);
	assert_dekat(m->pemda.batas_capaian, 0, 0);
	assert_int_equal(m->pemda.predikat.n, 5);
	assert_int_equal(m->pemda.n_skala, 4);
	const char *skala[] = {"opini_bpk", "akip", "lppd", "ikm_mutu"};
	const int kelas[] = {4, 7, 4, 4};
	for (int i = 0; i < 4; i++) {
		assert_string_equal(m->pemda.skala[i].nama, skala[i]);
		assert_int_equal(m->pemda.skala[i].n, kelas[i]);
	}
}

static void test_model_lepas(void **state)
{
	(void)state;
	struct model m;
	model_init(&m);
	m.pemda.kode = arena_strdup(&m.arena, "36.73");
	model_release(&m);
	/* Released: everything zero (a second release is harmless), memory freed (ASan). */
	assert_null(m.arena.head);
	assert_null(m.pemda.kode);
	assert_int_equal(m.pemda.n_skala, 0);
	model_release(&m);
}

static void test_arena(void **state)
{
	struct model *m = *state;
	struct arena *a = &m->arena;
	/* Zeroed and aligned for any type, also for an odd size and for 0 bytes. */
	unsigned char *p = arena_alloc(a, 3);
	unsigned char *q = arena_alloc(a, 0);
	double *d = arena_alloc(a, sizeof(double));
	assert_non_null(p);
	assert_non_null(q);
	assert_true(p != q && (void *)q != (void *)d);
	assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
	assert_int_equal((uintptr_t)q % alignof(max_align_t), 0);
	assert_int_equal((uintptr_t)d % alignof(max_align_t), 0);
	assert_int_equal(p[0] | p[1] | p[2], 0);
	assert_dekat(*d, 0, 0);
	/* Copies are copies. */
	char asal[] = "Kota Serang";
	char *s = arena_strdup(a, asal);
	asal[0] = 'X';
	assert_string_equal(s, "Kota Serang");
	assert_null(arena_strdup(a, NULL));
	assert_null(arena_strndup(a, NULL, 3));
	assert_string_equal(arena_strndup(a, "36.73.01", 5), "36.73");
	assert_string_equal(arena_printf(a, "%s %d,%02d", "capaian", 101, 39), "capaian 101,39");
	assert_string_equal(arena_printf(a, "%s", ""), "");
}

static void test_arena_banyak_blok(void **state)
{
	struct model *m = *state;
	struct arena *a = &m->arena;
	/* 3000 allocations of 100 bytes (over 64 KiB blocks) and one of 1 MiB (a block of
	 * its own): every earlier allocation keeps its bytes. */
	enum { N = 3000, UKURAN = 100 };
	unsigned char **p = test_malloc(N * sizeof(*p));
	for (int i = 0; i < N; i++) {
		p[i] = arena_alloc(a, UKURAN);
		memset(p[i], i % 251, UKURAN);
	}
	unsigned char *besar = arena_alloc(a, 1 << 20);
	assert_int_equal(besar[0] | besar[(1 << 20) - 1], 0);
	memset(besar, 0xAB, 1 << 20);
	unsigned char *lagi = arena_alloc(a, UKURAN);
	assert_int_equal(lagi[0], 0);
	for (int i = 0; i < N; i++)
		for (int k = 0; k < UKURAN; k++)
			if (p[i][k] != i % 251)
				fail_msg("allocation %d byte %d overwritten", i, k);
	assert_int_equal(besar[12345], 0xAB);
	test_free(p);
}

static void test_cari_rencana_indikator(void **state)
{
	(void)state;
	struct model *m = model_baru();
	rencana(m, RENCANA_TUJUAN, "T1", NULL);
	rencana(m, RENCANA_SASARAN, "S1", "T1");
	rencana(m, RENCANA_SASARAN, NULL, "T1"); /* a row without a code matches nothing */
	indikator(m, "RLS", "S1", ARAH_NAIK);
	indikator(m, "KEMISKINAN", "S1", ARAH_TURUN);

	const struct rencana *r = model_rencana(m, "S1");
	assert_non_null(r);
	assert_ptr_equal(r, &m->rencana[1]);
	assert_string_equal(r->induk, "T1");
	assert_int_equal(model_rencana(m, "T1")->jenis, RENCANA_TUJUAN);
	/* Codes are keys: exact, case and blanks included; NULL finds nothing. */
	assert_null(model_rencana(m, "s1"));
	assert_null(model_rencana(m, "S1 "));
	assert_null(model_rencana(m, NULL));
	assert_null(model_rencana(m, "S2"));

	assert_ptr_equal(model_indikator(m, "KEMISKINAN"), &m->indikator[1]);
	assert_int_equal(model_indikator(m, "RLS")->arah, ARAH_NAIK);
	assert_null(model_indikator(m, "rls"));
	assert_null(model_indikator(m, NULL));
	/* A plan code is not an indicator code. */
	assert_null(model_indikator(m, "S1"));
	model_hapus(m);
}

static void test_cari_target(void **state)
{
	(void)state;
	struct model *m = model_baru();
	indikator(m, "IPM", "S1", ARAH_NAIK);
	target(m, "IPM", 2020, angka(72.40));
	target(m, "IPM", 2021, angka(72.90));
	target(m, "IPM", 2020, angka(72.47)); /* the PK Perubahan of 2020 */
	target(m, "RLS", 2020, angka(8.64));

	const struct target *t = model_target(m, "IPM", 2020);
	assert_non_null(t);
	assert_ptr_equal(t, &m->target[2]);
	assert_dekat(t->nilai.a, 72.47, 0);
	assert_dekat(model_target(m, "IPM", 2021)->nilai.a, 72.90, 0);
	assert_dekat(model_target(m, "RLS", 2020)->nilai.a, 8.64, 0);
	assert_null(model_target(m, "IPM", 2019));
	assert_null(model_target(m, "ipm", 2020));
	assert_null(model_target(m, NULL, 2020));
	model_hapus(m);
}

static void test_cari_skala(void **state)
{
	struct model *m = *state;
	/* Scale names are compared without case (they are typed in settings). */
	const struct skala *s = model_skala(m, "AKIP");
	assert_non_null(s);
	assert_ptr_equal(s, &m->pemda.skala[1]);
	assert_string_equal(s->kelas[0].nama, "D");
	assert_string_equal(s->kelas[6].nama, "AA");
	assert_ptr_equal(model_skala(m, "Opini_BPK"), &m->pemda.skala[0]);
	assert_null(model_skala(m, "akip2"));
	assert_null(model_skala(m, ""));
	assert_null(model_skala(m, NULL));
}

static void test_nama_enum(void **state)
{
	(void)state;
	assert_string_equal(model_arah_nama(ARAH_NAIK), "naik");
	assert_string_equal(model_arah_nama(ARAH_TURUN), "turun");
	assert_string_equal(model_arah_nama(ARAH_RENTANG), "rentang");
	assert_string_equal(model_arah_nama(ARAH_KATEGORI), "kategori");
	assert_string_equal(model_rumus_nama(RUMUS_SELISIH), "selisih");
	assert_string_equal(model_rumus_nama(RUMUS_RASIO), "rasio");
	assert_string_equal(model_agregasi_nama(AGREGASI_AKHIR), "akhir");
	assert_string_equal(model_agregasi_nama(AGREGASI_JUMLAH), "jumlah");
	assert_string_equal(model_agregasi_nama(AGREGASI_RATA), "rata_rata");
	assert_string_equal(model_rencana_nama(RENCANA_VISI), "visi");
	assert_string_equal(model_rencana_nama(RENCANA_MISI), "misi");
	assert_string_equal(model_rencana_nama(RENCANA_TUJUAN), "tujuan");
	assert_string_equal(model_rencana_nama(RENCANA_SASARAN), "sasaran");
	/* A value outside the enum is named "?", not read out of bounds. */
	assert_string_equal(model_arah_nama((enum arah)4), "?");
	assert_string_equal(model_arah_nama((enum arah) - 1), "?");
	assert_string_equal(model_rumus_nama((enum rumus_turun)2), "?");
	assert_string_equal(model_agregasi_nama((enum agregasi)3), "?");
	assert_string_equal(model_rencana_nama(RENCANA_TUJUAN_PD), "tujuan_pd");
	assert_string_equal(model_rencana_nama(RENCANA_SUBKEGIATAN), "subkegiatan");
	assert_string_equal(model_rencana_nama((enum jenis_rencana)9), "?");
}

static void test_baca_enum(void **state)
{
	(void)state;
	enum arah a = ARAH_KATEGORI;
	assert_int_equal(model_arah_parse("turun", &a), 0);
	assert_int_equal(a, ARAH_TURUN);
	assert_int_equal(model_arah_parse("RENTANG", &a), 0);
	assert_int_equal(a, ARAH_RENTANG);
	/* Unknown: -1 and the output untouched. */
	assert_int_equal(model_arah_parse("menurun", &a), -1);
	assert_int_equal(model_arah_parse("", &a), -1);
	assert_int_equal(model_arah_parse(NULL, &a), -1);
	assert_int_equal(a, ARAH_RENTANG);

	enum rumus_turun r = RUMUS_SELISIH;
	assert_int_equal(model_rumus_parse("Rasio", &r), 0);
	assert_int_equal(r, RUMUS_RASIO);
	assert_int_equal(model_rumus_parse("persen", &r), -1);
	assert_int_equal(r, RUMUS_RASIO);

	enum agregasi g = AGREGASI_AKHIR;
	assert_int_equal(model_agregasi_parse("rata_rata", &g), 0);
	assert_int_equal(g, AGREGASI_RATA);
	assert_int_equal(model_agregasi_parse("JUMLAH", &g), 0);
	assert_int_equal(g, AGREGASI_JUMLAH);
	assert_int_equal(model_agregasi_parse("rata-rata", &g), -1);
	assert_int_equal(g, AGREGASI_JUMLAH);

	enum jenis_rencana j = RENCANA_VISI;
	assert_int_equal(model_rencana_parse("Sasaran", &j), 0);
	assert_int_equal(j, RENCANA_SASARAN);
	assert_int_equal(model_rencana_parse("program", &j), 0);
	assert_int_equal(j, RENCANA_PROGRAM);
	assert_int_equal(model_rencana_parse("urusan", &j), -1);
	assert_int_equal(j, RENCANA_PROGRAM);
	/* Every name reads back as its value. */
	for (int i = 0; i < 4; i++) {
		assert_int_equal(model_arah_parse(model_arah_nama((enum arah)i), &a), 0);
		assert_int_equal(a, i);
		assert_int_equal(model_rencana_parse(model_rencana_nama((enum jenis_rencana)i), &j),
				 0);
		assert_int_equal(j, i);
	}
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, siapkan, bereskan)
	const struct CMUnitTest tests[] = {
	    T(test_model_baru),
	    cmocka_unit_test(test_model_lepas),
	    T(test_arena),
	    T(test_arena_banyak_blok),
	    cmocka_unit_test(test_cari_rencana_indikator),
	    cmocka_unit_test(test_cari_target),
	    T(test_cari_skala),
	    cmocka_unit_test(test_nama_enum),
	    cmocka_unit_test(test_baca_enum),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
