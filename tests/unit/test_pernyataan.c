/*
 * The signature block of the review statement (src/report/pernyataan.c): the
 * head of the OPD whose jenis is `inspektorat` (opd.csv kepala, nip,
 * jabatan) signs it; without such an OPD, or with its columns empty, blank
 * lines are left to sign by hand. The HTML is written to a temporary file and
 * read back; the expected lines are the opd rows below, written by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/model.h"
#include "report/pernyataan.h"

/* Writes the statement of m for 2020 as HTML and returns its text (caller frees). */
static char *tulis(const struct model *m)
{
	char path[] = "/tmp/kinerja-pernyataan-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	struct galat g;
	galat_init(&g);
	assert_int_equal(pernyataan_tulis(m, 2020, NULL, 0, NULL, "html", path, &g), 0);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *isi = calloc(1, 1 << 20);
	size_t n = fread(isi, 1, (1 << 20) - 1, f);
	fclose(f);
	unlink(path);
	isi[n] = '\0';
	return isi;
}

static void model_isi(struct model *m, struct opd *opd, int n)
{
	model_init(m);
	m->pemda.kode = "99.01";
	m->pemda.nama = "Kota Contoh";
	m->opd = opd;
	m->n_opd = n;
}

static void test_kepala_inspektorat(void **state)
{
	(void)state;
	struct opd opd[] = {
	    {.kode = "DINKES", .nama = "Dinas Kesehatan", .jenis = "dinas", .kepala = "Dr. B",
	     .nip = "19000101 200001 1 002", .jabatan = "Kepala Dinas Kesehatan"},
	    {.kode = "ITKO", .nama = "Inspektorat", .jenis = "Inspektorat", .kepala = "Drs. A, Ak",
	     .nip = "19000101 190001 1 999", .jabatan = "Inspektur Kota Contoh"},
	};
	struct model m;
	model_isi(&m, opd, 2);
	assert_ptr_equal(pernyataan_inspektorat(&m), &opd[1]); /* jenis compared without case */
	char *t = tulis(&m);
	assert_non_null(strstr(t, "Inspektur Kota Contoh"));
	assert_non_null(strstr(t, "Drs. A, Ak"));
	assert_non_null(strstr(t, "NIP. 19000101 190001 1 999"));
	assert_null(strstr(t, "Dr. B")); /* another OPD's head never signs */
	assert_null(strstr(t, "Nama: ...."));
	free(t);
	m.opd = NULL; /* the rows are the test's, not the model's arena */
	m.n_opd = 0;
	model_release(&m);
}

static void test_tanpa_inspektorat(void **state)
{
	(void)state;
	struct opd opd[] = {{.kode = "DINKES", .nama = "Dinas Kesehatan", .jenis = "dinas",
			     .kepala = "Dr. B", .nip = "19000101 200001 1 002"}};
	struct model m;
	model_isi(&m, opd, 1);
	assert_null(pernyataan_inspektorat(&m));
	char *t = tulis(&m);
	assert_non_null(strstr(t, "INSPEKTUR"));
	assert_non_null(strstr(t, "Nama: .............................."));
	assert_non_null(strstr(t, "NIP. .............................."));
	assert_null(strstr(t, "Dr. B"));
	free(t);
	/* An Inspektorat without its head's columns: blank lines too. */
	struct opd kosong[] = {{.kode = "ITKO", .nama = "Inspektorat", .jenis = "inspektorat"}};
	m.opd = kosong;
	t = tulis(&m);
	assert_non_null(strstr(t, "INSPEKTUR"));
	assert_non_null(strstr(t, "Nama: ...."));
	assert_non_null(strstr(t, "NIP. ...."));
	free(t);
	m.opd = NULL;
	m.n_opd = 0;
	model_release(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_kepala_inspektorat),
	    cmocka_unit_test(test_tanpa_inspektorat),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
