/*
 * Scaffolding shared by the unit tests: value constructors, a cmocka
 * setup/teardown pair holding a default model, and a small model built row by
 * row. Header-only; every helper is static inline, so a test that does not use
 * one gets no warning.
 */
#ifndef KINERJA_UJI_MODEL_H
#define KINERJA_UJI_MODEL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "core/model.h"

#define EPS  1e-4

/*
 * Asserts |a - b| <= eps in double precision (NaN fails). cmocka 1.1.5's
 * assert_float_equal converts to float and then also accepts a relative
 * difference of FLT_EPSILON (~1e-7) whatever eps says: 105,5 equals 105,50001
 * and 1.384.644.172.872 anything within about 165.000.
 */
#define assert_dekat(a, b, eps) uji_dekat((a), (b), (eps), #a, __FILE__, __LINE__)
static inline void uji_dekat(double a, double b, double eps, const char *ekspr, const char *file,
			     int line)
{
	if (!(fabs(a - b) <= eps)) {
		print_error("%s = %.17g, expected %.17g (within %g)\n", ekspr, a, b, eps);
		_fail(file, line);
	}
}
#define MAKS 64 /* rows of each kind a test model can hold */

static inline struct nilai angka(double x)
{
	struct nilai v = { NILAI_ANGKA, x, 0, NULL, NULL };
	return v;
}

static inline struct nilai rentang(double lo, double hi)
{
	struct nilai v = { NILAI_RENTANG, lo, hi, NULL, NULL };
	return v;
}

static inline struct nilai kat(const char *k)
{
	struct nilai v = { NILAI_KATEGORI, 0, 0, k, NULL };
	return v;
}

static inline struct nilai kosong(void)
{
	struct nilai v = { NILAI_KOSONG, 0, 0, NULL, NULL };
	return v;
}

/* cmocka setup/teardown: *state is a model with the default settings and no rows. */
static inline int siapkan(void **state)
{
	struct model *m = test_malloc(sizeof(*m));
	model_init(m);
	*state = m;
	return 0;
}

static inline int bereskan(void **state)
{
	struct model *m = *state;
	model_release(m);
	test_free(m);
	return 0;
}

/*
 * A model of Kota Serang whose row arrays (rencana, indikator, target, riwayat,
 * realisasi, anggaran, dilaporkan) come from its arena, each with room for MAKS
 * rows. Other pemda settings are the defaults; a test sets its own after.
 */
static inline struct model *model_baru(void)
{
	struct model *m = test_malloc(sizeof(*m));
	model_init(m);
	m->pemda.kode = "36.73";
	m->pemda.nama = "Kota Serang";
	m->rencana = arena_alloc(&m->arena, MAKS * sizeof(*m->rencana));
	m->indikator = arena_alloc(&m->arena, MAKS * sizeof(*m->indikator));
	m->target = arena_alloc(&m->arena, MAKS * sizeof(*m->target));
	m->target_tw = arena_alloc(&m->arena, MAKS * sizeof(*m->target_tw));
	m->riwayat = arena_alloc(&m->arena, MAKS * sizeof(*m->riwayat));
	m->realisasi = arena_alloc(&m->arena, MAKS * sizeof(*m->realisasi));
	m->anggaran = arena_alloc(&m->arena, MAKS * sizeof(*m->anggaran));
	m->dilaporkan = arena_alloc(&m->arena, MAKS * sizeof(*m->dilaporkan));
	return m;
}

static inline void model_hapus(struct model *m)
{
	model_release(m);
	test_free(m);
}

static inline void rencana(struct model *m, enum jenis_rencana j, const char *kode,
			   const char *induk)
{
	assert_true(m->n_rencana < MAKS);
	struct rencana *r = &m->rencana[m->n_rencana++];
	r->jenis = j;
	r->kode = kode;
	r->induk = induk;
	r->uraian = kode;
}

/* An indicator without rows: rumus of the pemda, agregasi akhir, bobot 1. */
static inline struct indikator *indikator(struct model *m, const char *kode, const char *induk,
					  enum arah arah)
{
	assert_true(m->n_indikator < MAKS);
	struct indikator *ind = &m->indikator[m->n_indikator++];
	ind->kode = kode;
	ind->induk = induk;
	ind->uraian = kode;
	ind->arah = arah;
	ind->rumus_override = -1;
	ind->agregasi = AGREGASI_AKHIR;
	ind->bobot = 1;
	return ind;
}

static inline void target(struct model *m, const char *ind, int tahun, struct nilai v)
{
	assert_true(m->n_target < MAKS);
	struct target *t = &m->target[m->n_target++];
	t->indikator = ind;
	t->tahun = tahun;
	t->nilai = v;
}

/* A rencana aksi target of quarter 1-4. */
static inline void target_tw(struct model *m, const char *ind, int tahun, int triwulan,
			     struct nilai v)
{
	assert_true(m->n_target_tw < MAKS);
	struct target *t = &m->target_tw[m->n_target_tw++];
	t->indikator = ind;
	t->tahun = tahun;
	t->triwulan = triwulan;
	t->nilai = v;
}

/* triwulan 0 is the whole year, 1-4 a quarter. */
static inline void realisasi(struct model *m, const char *ind, int tahun, int triwulan,
			     struct nilai v)
{
	assert_true(m->n_realisasi < MAKS);
	struct realisasi *r = &m->realisasi[m->n_realisasi++];
	r->indikator = ind;
	r->tahun = tahun;
	r->triwulan = triwulan;
	r->nilai = v;
}

static inline void anggaran(struct model *m, const char *sasaran, const char *program, int tahun,
			    int64_t pagu, int64_t real)
{
	assert_true(m->n_anggaran < MAKS);
	struct anggaran *a = &m->anggaran[m->n_anggaran++];
	a->sasaran = sasaran;
	a->program = program;
	a->tahun = tahun;
	a->pagu = pagu;
	a->realisasi = real;
	a->ada_realisasi = 1;
}

#endif
