/*
 * Fuzz target for the rows of the Perjanjian Kinerja files (io/impor.c:
 * pk.csv, pk_isi.csv, pk_anggaran.csv): the input's first byte picks the
 * file, the rest is its CSV. Look-ups answer "known" so every row reaches
 * the cell checks; the writer checks what a valid row holds.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/csv.h"
#include "io/impor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int ada(void *arg, const char *kode)
{
	(void)arg;
	return kode && *kode;
}

static int opd_ada(void *arg, const char *pemda, const char *kode)
{
	(void)arg;
	(void)pemda;
	return kode && *kode;
}

static int tulis(void *arg, const struct impor_baris *b, enum impor_ubah *ubah, struct galat *g)
{
	(void)arg;
	(void)g;
	*ubah = IMPOR_BARU;
	if (!b->pemda || !*b->pemda)
		abort();
	if (b->tabel == TEMPLAT_PK_ISI &&
	    (b->u.pk_isi.versi < 1 || b->u.pk_isi.versi > 99 || b->u.pk_isi.urutan < 1 ||
	     !b->u.pk_isi.indikator || !*b->u.pk_isi.target))
		abort();
	if (b->tabel == TEMPLAT_PK_ANGGARAN && (b->u.pk_anggaran.pagu < 0 ||
						!*b->u.pk_anggaran.program))
		abort();
	if (b->tabel == TEMPLAT_PK && (strlen(b->u.pk.tanggal) != 10 || !*b->u.pk.pihak_pertama))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const nama[] = {"pk", "pk_isi", "pk_anggaran"};
	if (size < 1)
		return 0;
	const char *n = nama[data[0] % 3];
	struct csv_tabel t;
	struct galat g;
	galat_init(&g);
	if (csv_baca((const char *)data + 1, size - 1, "fuzz.csv", &t, &g))
		return 0;
	struct impor_kait kait = {0};
	kait.pemda_ada = ada;
	kait.opd_ada = opd_ada;
	kait.tulis = tulis;
	struct impor *im = impor_new(&kait, NULL, NULL);
	struct impor_tabel it = {n, n, &t};
	struct impor_ringkasan r = {0};
	struct impor_galat d;
	impor_galat_init(&d);
	galat_init(&g);
	(void)impor_berkas(im, &it, &r, &d, &g); /* errors are the expected outcome of most inputs */
	impor_galat_release(&d);
	impor_free(im);
	csv_release(&t);
	return 0;
}
