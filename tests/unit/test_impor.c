/*
 * The importer without a store: references answered by an in-memory fake
 * that also records the rows written, every error of a file reported,
 * high-low ranges refused, cells checked against scales.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/nilai.h"
#include "core/skala.h"
#include "io/impor.h"

/* The fake store: what was written, looked up by the importer. */
struct palsu {
	int n;
	struct {
		enum templat_id t;
		char pemda[32], kode[32], skala[32], induk[32];
		int jenis; /* rencana jenis or indikator arah */
	} baris[64];
	int gagal_pemda; /* 1: pemda_ada fails (a database error) */
};

static int cari(struct palsu *p, enum templat_id t, const char *pemda, const char *kode)
{
	for (int i = 0; i < p->n; i++)
		if (p->baris[i].t == t && strcmp(p->baris[i].kode, kode) == 0 &&
		    (!pemda || strcmp(p->baris[i].pemda, pemda) == 0))
			return i;
	return -1;
}

static int f_pemda_ada(void *arg, const char *kode)
{
	struct palsu *p = arg;
	if (p->gagal_pemda)
		return -1;
	return cari(p, TEMPLAT_PEMDA, NULL, kode) >= 0;
}

static int f_rencana_jenis(void *arg, const char *pemda, const char *kode,
			   enum jenis_rencana *jenis)
{
	int i = cari(arg, TEMPLAT_RENCANA, pemda, kode);
	if (i < 0)
		return 0;
	*jenis = (enum jenis_rencana)((struct palsu *)arg)->baris[i].jenis;
	return 1;
}

static int f_opd_ada(void *arg, const char *pemda, const char *kode)
{
	return cari(arg, TEMPLAT_OPD, pemda, kode) >= 0;
}

/* The row written last for a key stands: a later row of the same key replaces it. */
static int cari_akhir(struct palsu *p, enum templat_id t, const char *pemda, const char *kode)
{
	int j = -1;
	for (int i = 0; i < p->n; i++)
		if (p->baris[i].t == t && strcmp(p->baris[i].kode, kode) == 0 &&
		    strcmp(p->baris[i].pemda, pemda) == 0)
			j = i;
	return j;
}

static int f_opd_induk(void *arg, const char *pemda, const char *kode, char *induk, size_t n)
{
	int i = cari_akhir(arg, TEMPLAT_OPD, pemda, kode);
	if (i < 0)
		return 0;
	snprintf(induk, n, "%s", ((struct palsu *)arg)->baris[i].induk);
	return 1;
}

static int f_rencana_info(void *arg, const char *pemda, const char *kode,
			  enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk,
			  size_t ninduk)
{
	int i = cari_akhir(arg, TEMPLAT_RENCANA, pemda, kode);
	if (i < 0)
		return 0;
	*jenis = (enum jenis_rencana)((struct palsu *)arg)->baris[i].jenis;
	snprintf(opd, nopd, "%s", "");
	snprintf(induk, ninduk, "%s", ((struct palsu *)arg)->baris[i].induk);
	return 1;
}

static int f_indikator_info(void *arg, const char *pemda, const char *kode, enum arah *arah,
			    char *skala, size_t n)
{
	int i = cari(arg, TEMPLAT_INDIKATOR, pemda, kode);
	if (i < 0)
		return 0;
	*arah = (enum arah)((struct palsu *)arg)->baris[i].jenis;
	snprintf(skala, n, "%s", ((struct palsu *)arg)->baris[i].skala);
	return 1;
}

static int f_pengaturan_daftar(void *arg, const char *pemda,
			       int (*fn)(const char *, const char *, void *), void *fnarg)
{
	(void)arg;
	(void)pemda;
	(void)fn;
	(void)fnarg;
	return 0; /* no settings: the default scales */
}

static int f_tulis(void *arg, const struct impor_baris *b, enum impor_ubah *u, struct galat *g)
{
	struct palsu *p = arg;
	(void)g;
	assert_true(p->n < 64);
	struct palsu *x = p;
	int i = x->n++;
	memset(&x->baris[i], 0, sizeof(x->baris[i]));
	x->baris[i].t = b->tabel;
	snprintf(x->baris[i].pemda, 32, "%s", b->pemda ? b->pemda : "");
	switch (b->tabel) {
	case TEMPLAT_PEMDA:
		snprintf(x->baris[i].kode, 32, "%s", b->u.pemda.kode);
		break;
	case TEMPLAT_OPD:
		snprintf(x->baris[i].kode, 32, "%s", b->u.opd.kode);
		snprintf(x->baris[i].induk, 32, "%s", b->u.opd.induk ? b->u.opd.induk : "");
		break;
	case TEMPLAT_RENCANA:
		snprintf(x->baris[i].kode, 32, "%s", b->u.rencana.kode);
		snprintf(x->baris[i].induk, 32, "%s", b->u.rencana.induk ? b->u.rencana.induk : "");
		x->baris[i].jenis = (int)b->u.rencana.jenis;
		break;
	case TEMPLAT_INDIKATOR:
		snprintf(x->baris[i].kode, 32, "%s", b->u.indikator.kode);
		snprintf(x->baris[i].skala, 32, "%s",
			 b->u.indikator.skala ? b->u.indikator.skala : "");
		x->baris[i].jenis = (int)b->u.indikator.arah;
		break;
	case TEMPLAT_TARGET:
		snprintf(x->baris[i].kode, 32, "%s", b->u.target.indikator);
		break;
	default:
		break;
	}
	*u = IMPOR_BARU;
	return 0;
}

static const struct impor_kait kait_dasar = {
    .pemda_ada = f_pemda_ada,
    .rencana_jenis = f_rencana_jenis,
    .opd_ada = f_opd_ada,
    .opd_induk = f_opd_induk,
    .rencana_info = f_rencana_info,
    .indikator_info = f_indikator_info,
    .pengaturan_daftar = f_pengaturan_daftar,
    .tulis = f_tulis,
};

/* Imports the tables named nama[i] with text isi[i] in order; returns the first failure. */
static int impor(struct palsu *p, int n, const char *const *nama, const char *const *isi,
		 struct impor_ringkasan *r, struct impor_galat *d, struct galat *g)
{
	struct impor_kait k = kait_dasar;
	k.arg = p;
	struct impor *im = impor_new(&k, NULL, NULL);
	int rc = 0;
	memset(r, 0, sizeof(*r));
	for (int i = 0; i < n && rc == 0; i++) {
		struct csv_tabel t;
		assert_int_equal(csv_baca(isi[i], strlen(isi[i]), nama[i], &t, g), 0);
		struct impor_tabel it = {nama[i], nama[i], &t};
		rc = impor_berkas(im, &it, r, d, g);
		csv_release(&t);
	}
	impor_free(im);
	return rc;
}

#define PEMDA                                                                                      \
	"kode,nama,jenis,induk,periode_awal,periode_akhir\n36.73,Kota Serang,kota,,2018,2023\n"
#define RENCANA                                                                                    \
	"pemda,jenis,kode,induk,uraian\n36.73,visi,V,,Visi\n36.73,misi,M,V,Misi\n"                 \
	"36.73,tujuan,T,M,Tujuan\n36.73,sasaran,S,T,Sasaran\n"
#define INDIKATOR                                                                                  \
	"pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir\n"                \
	"36.73,RLS,S,Lama sekolah,Tahun,naik,,,\"8,6\",\"8,7\"\n"                                  \
	"36.73,AKIP,S,AKIP,,kategori,akip,,,BB\n"

static void test_rujukan(void **state)
{
	(void)state;
	struct palsu p = {0};
	struct impor_ringkasan r;
	struct impor_galat d;
	impor_galat_init(&d);
	struct galat g;
	galat_init(&g);
	/* References to rows earlier in the same import (same file and earlier files). */
	const char *nama[] = {"pemda", "rencana", "indikator", "target"};
	const char *isi[] = {PEMDA, RENCANA, INDIKATOR,
			     "pemda,indikator,tahun,target\n36.73,RLS,2020,\"8,64\"\n"
			     "36.73,AKIP,2020,B\n36.73,RLS,2020,\"8,65\"\n"};
	assert_int_equal(impor(&p, 4, nama, isi, &r, &d, &g), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(r.baru, 1 + 4 + 2 + 2);
	assert_int_equal(r.sama, 1); /* the earlier PK of RLS 2020, kept as history */
	impor_galat_release(&d);

	/* Unknown references are named with row and column. */
	const char *nama2[] = {"target"};
	const char *isi2[] = {"pemda,indikator,tahun,target\n99,RLS,2020,1\n36.73,XYZ,2020,1\n"
			      "36.73,AKIP,2020,ZZZ\n"};
	impor_galat_init(&d);
	galat_init(&g);
	assert_int_equal(impor(&p, 1, nama2, isi2, &r, &d, &g), -1);
	assert_int_equal(d.n, 3);
	assert_int_equal(d.isi[0].baris, 2);
	assert_string_equal(d.isi[0].kolom, "pemda");
	assert_string_equal(d.isi[1].kolom, "indikator");
	assert_int_equal(d.isi[1].baris, 3);
	assert_string_equal(d.isi[2].kolom, "target");
	assert_non_null(strstr(d.isi[2].pesan, "bukan kategori skala akip"));
	assert_string_equal(g.pesan, d.isi[0].pesan); /* g holds the first */
	assert_int_equal(g.pengguna, 1);
	impor_galat_release(&d);

	/* A failing look-up stops the import as a system error. */
	p.gagal_pemda = 1;
	impor_galat_init(&d);
	galat_init(&g);
	assert_int_equal(impor(&p, 1, nama2, isi2, &r, &d, &g), -1);
	assert_int_equal(d.n, 0);
	assert_int_equal(g.pengguna, 0);
	assert_non_null(strstr(g.pesan, "basis data"));
	impor_galat_release(&d);
}

/*
 * A key given twice in a file: the later row refused naming the earlier, and
 * not written; a choice compares case-insensitively, a year by its value.
 * opd.csv: a parent chain back to the row's OPD (C under B under A under C) refused.
 */
static void test_kunci_ganda(void **state)
{
	(void)state;
	struct palsu p = {0};
	struct impor_ringkasan r;
	struct impor_galat d;
	impor_galat_init(&d);
	struct galat g;
	galat_init(&g);
	const char *nama[] = {"pemda", "opd"};
	const char *isi[] = {PEMDA, "pemda,kode,nama,induk\n36.73,A,Dinas A,\n36.73,B,Dinas B,A\n"
				    "36.73,A,Dinas A lagi,\n36.73,C,Dinas C,B\n"};
	assert_int_equal(impor(&p, 2, nama, isi, &r, &d, &g), -1);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.isi[0].baris, 4);
	assert_string_equal(d.isi[0].kolom, "kode");
	assert_string_equal(d.isi[0].pesan, "kode 'A' sudah ada di baris 2");
	assert_int_equal(p.n, 1 + 3); /* the pemda, then A, B and C: not the second A */
	impor_galat_release(&d);

	/* narasi's key (pemda, tahun, objek, jenis): "Analisis" is analisis, 02020 is 2020 */
	memset(&p, 0, sizeof(p));
	impor_galat_init(&d);
	galat_init(&g);
	const char *nama2[] = {"pemda", "rencana", "narasi"};
	const char *isi2[] = {PEMDA, RENCANA,
			      "pemda,tahun,objek,jenis,teks\n36.73,2020,S,analisis,Satu\n"
			      "36.73,2020,S,kendala,Dua\n36.73,02020,S,Analisis,Tiga\n"};
	assert_int_equal(impor(&p, 3, nama2, isi2, &r, &d, &g), -1);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.isi[0].baris, 4);
	assert_string_equal(d.isi[0].kolom, "tahun");
	assert_string_equal(d.isi[0].pesan,
			    "tahun '02020', objek 'S', jenis 'Analisis' sudah ada di baris 2");
	impor_galat_release(&d);

	/* A cycle: C's parent B, B's A, A's C (the last row closes it, the earlier ones with it). */
	memset(&p, 0, sizeof(p));
	impor_galat_init(&d);
	galat_init(&g);
	const char *isi3[] = {PEMDA, "pemda,kode,nama,induk\n36.73,C,Dinas C,B\n36.73,B,Dinas B,A\n"
				     "36.73,A,Dinas A,C\n36.73,D,Dinas D,A\n"};
	assert_int_equal(impor(&p, 2, nama, isi3, &r, &d, &g), -1);
	assert_int_equal(d.n, 3);
	assert_string_equal(d.isi[0].pesan, "induk 'B' membentuk lingkaran OPD: C -> B -> A -> C");
	assert_string_equal(d.isi[2].pesan, "induk 'C' membentuk lingkaran OPD: A -> C -> B -> A");
	assert_int_equal(d.isi[2].baris, 4);
	assert_string_equal(d.isi[2].kolom, "induk");
	impor_galat_release(&d);
}

static void test_semua_galat(void **state)
{
	(void)state;
	struct palsu p = {0};
	struct impor_ringkasan r;
	struct impor_galat d;
	impor_galat_init(&d);
	struct galat g;
	galat_init(&g);
	/* Row 2: nama empty and jenis unknown; row 3: both years bad; row 4 fine. */
	const char *nama[] = {"pemda"};
	const char *isi[] = {"kode,nama,jenis,induk,periode_awal,periode_akhir\n"
			     "36.73,,negara,,2018,2023\n36.04,Kab,kabupaten,,20x8,abc\n"
			     "36,Banten,provinsi,,2017,2022\n"};
	assert_int_equal(impor(&p, 1, nama, isi, &r, &d, &g), -1);
	assert_int_equal(d.n, 4);
	const char *kolom[] = {"nama", "jenis", "periode_awal", "periode_akhir"};
	const long baris[] = {2, 2, 3, 3};
	for (int i = 0; i < 4; i++) {
		assert_string_equal(d.isi[i].kolom, kolom[i]);
		assert_int_equal(d.isi[i].baris, baris[i]);
		assert_string_equal(d.isi[i].berkas, "pemda");
	}
	assert_int_equal(p.n, 1); /* only the valid row reached the writer */
	impor_galat_release(&d);

	/* Value lists in messages come from the model's names. */
	const char *isi3[] = {"kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
			      "36,Banten,provinsi,,2017,2022,bagi\n"};
	impor_galat_init(&d);
	galat_init(&g);
	assert_int_equal(impor(&p, 1, nama, isi3, &r, &d, &g), -1);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.isi[0].pesan, "rumus_turun 'bagi' tidak dikenal (selisih, rasio)");
	impor_galat_release(&d);

	/* More than IMPOR_GALAT_MAKS errors: the rest counted. */
	struct buf b = BUF_INIT;
	buf_puts(&b, "kode,nama,jenis,induk,periode_awal,periode_akhir\n");
	for (int i = 0; i < 230; i++)
		buf_printf(&b, "P%d,Nama,kota,,x,\n", i);
	const char *isi2[] = {b.data};
	impor_galat_init(&d);
	galat_init(&g);
	assert_int_equal(impor(&p, 1, nama, isi2, &r, &d, &g), -1);
	assert_int_equal(d.n, IMPOR_GALAT_MAKS);
	assert_int_equal(d.lain, 30);
	assert_int_equal(d.isi[IMPOR_GALAT_MAKS - 1].baris, IMPOR_GALAT_MAKS + 1);
	impor_galat_release(&d);
	buf_release(&b);
}

static void test_rentang_terbalik(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct nilai v;
	assert_int_equal(nilai_parse("3-5", GAYA_ID, NULL, 0, &a, &v, NULL), ANGKA_OK);
	assert_true(v.jenis == NILAI_RENTANG && v.a == 3 && v.b == 5);
	assert_int_equal(nilai_parse("5-3", GAYA_ID, NULL, 0, &a, &v, NULL), ANGKA_TIDAK_SAH);
	assert_int_equal(nilai_parse("5,5 – 4,5", GAYA_ID, NULL, 1, &a, &v, NULL), ANGKA_TIDAK_SAH);
	assert_int_equal(nilai_parse("-5 - -3", GAYA_ID, NULL, 0, &a, &v, NULL), ANGKA_OK);
	assert_true(v.a == -5 && v.b == -3);
	assert_int_equal(nilai_parse("4-4", GAYA_ID, NULL, 0, &a, &v, NULL), ANGKA_OK);
	arena_release(&a);

	struct galat g;
	galat_init(&g);
	int k = templat_kolom(&templat[TEMPLAT_TARGET], "target");
	assert_int_equal(impor_sel_periksa(TEMPLAT_TARGET, k, "5-3", ARAH_RENTANG, NULL, &g), -1);
	assert_string_equal(g.pesan, "'5-3': rentang ditulis dari besar ke kecil; tulis 3-5");
	assert_string_equal(g.kolom, "target");
}

static void test_sel_skala(void **state)
{
	(void)state;
	struct model m;
	model_init(&m);
	const struct skala *opini = model_skala(&m, "opini_bpk");
	assert_non_null(opini);
	int k = templat_kolom(&templat[TEMPLAT_REALISASI], "realisasi");
	struct galat g;
	galat_init(&g);
	assert_int_equal(impor_sel_periksa(TEMPLAT_REALISASI, k, "WTP", ARAH_KATEGORI, opini, &g),
			 0);
	assert_int_equal(impor_sel_periksa(TEMPLAT_REALISASI, k, "n/a", ARAH_KATEGORI, opini, &g),
			 0);
	assert_int_equal(impor_sel_periksa(TEMPLAT_REALISASI, k, "BAGUS", ARAH_KATEGORI, opini, &g),
			 -1);
	assert_non_null(strstr(g.pesan, "bukan kategori skala opini_bpk"));
	galat_init(&g);
	/* realisasi takes no range; a target does */
	assert_int_equal(impor_sel_periksa(TEMPLAT_REALISASI, k, "3-5", ARAH_NAIK, NULL, &g), -1);
	int kt = templat_kolom(&templat[TEMPLAT_TARGET], "target");
	assert_int_equal(impor_sel_periksa(TEMPLAT_TARGET, kt, "3-5", ARAH_RENTANG, NULL, &g), 0);
	int ka = templat_kolom(&templat[TEMPLAT_ANGGARAN], "pagu");
	assert_int_equal(impor_sel_periksa(TEMPLAT_ANGGARAN, ka, "1.000,5", ARAH_NAIK, NULL, &g),
			 -1);
	assert_int_equal(impor_sel_periksa(TEMPLAT_ANGGARAN, ka, "2.000.000", ARAH_NAIK, NULL, &g),
			 0);
	assert_int_equal(impor_sel_periksa(TEMPLAT_PEMDA, 1, "Kota \x80", ARAH_NAIK, NULL, &g), -1);
	/* a choice cell is checked against the schema's words, which the message lists */
	int kr = templat_kolom(&templat[TEMPLAT_INDIKATOR], "arah");
	galat_init(&g);
	assert_int_equal(impor_sel_periksa(TEMPLAT_INDIKATOR, kr, "Turun", ARAH_NAIK, NULL, &g), 0);
	assert_int_equal(impor_sel_periksa(TEMPLAT_INDIKATOR, kr, "miring", ARAH_NAIK, NULL, &g),
			 -1);
	assert_string_equal(g.pesan, "arah 'miring' tidak dikenal (naik, turun, rentang, kategori)");
	int ks = templat_kolom(&templat[TEMPLAT_LKE_REKOMENDASI], "status");
	galat_init(&g);
	assert_int_equal(impor_sel_periksa(TEMPLAT_LKE_REKOMENDASI, ks, "tuntas", ARAH_NAIK, NULL,
					   &g), -1);
	assert_string_equal(g.pesan, "status 'tuntas' tidak dikenal (belum, proses, selesai)");
	model_release(&m);
}

static void test_templat(void **state)
{
	(void)state;
	char x[400];
	assert_string_equal(templat_daftar_kolom(&templat[TEMPLAT_TARGET], ",", x, sizeof(x)),
			    "pemda,indikator,tahun,target,triwulan");
	assert_string_equal(templat_daftar_tabel(1, x, 30),
			    "pemda.csv, pengaturan.csv, op"); /* cut at 29 bytes */
	assert_ptr_equal(templat_cari("Target"), &templat[TEMPLAT_TARGET]);
	assert_null(templat_cari("targets"));
	struct impor_tabel t[2] = {{"pemda", "pemda.csv", NULL}, {"pemda", "b.csv", NULL}};
	struct galat g;
	galat_init(&g);
	assert_int_equal(impor_periksa_tabel(t, 2, &g), -1);
	assert_string_equal(g.pesan, "tabel pemda muncul dua kali");
	t[0].nama = "opd";
	galat_init(&g);
	assert_int_equal(impor_periksa_tabel(t, 1, &g), -1);
	assert_non_null(strstr(g.pesan, "pemda.csv wajib ada"));
}

/* The row the writer got for opd.csv, copied (the importer's strings are borrowed). */
static char opd_tulis[8][64];
static int opd_n;
static int f_tulis_opd(void *arg, const struct impor_baris *b, enum impor_ubah *u,
		       struct galat *g)
{
	if (b->tabel != TEMPLAT_OPD)
		return f_tulis(arg, b, u, g);
	const struct opd *o = &b->u.opd;
	const char *f[] = {o->kode, o->nama, o->induk, o->jenis, o->kepala, o->nip, o->jabatan};
	for (int i = 0; i < 7; i++)
		snprintf(opd_tulis[i], sizeof(opd_tulis[i]), "%s", f[i] ? f[i] : "(NULL)");
	opd_n++;
	return f_tulis(arg, b, u, g);
}

/* opd.csv through the generic text loop (sel_teks_semua): each cell into its field. */
static void test_opd_teks(void **state)
{
	(void)state;
	struct palsu p = {0};
	struct impor_kait k = kait_dasar;
	k.arg = &p;
	k.tulis = f_tulis_opd;
	struct impor *im = impor_new(&k, NULL, NULL);
	struct impor_ringkasan r = {0};
	struct impor_galat d;
	impor_galat_init(&d);
	struct galat g;
	galat_init(&g);
	const char *csv[] = {PEMDA,
			     /* columns in another order than the template's; nama empty on row 3 */
			     "pemda,nip,kode,nama,kepala,jenis\n"
			     "36.73,197001012000032001,DINKES,Dinas Kesehatan,dr. Siti,\n"
			     "36.73,,DISDIK,,,dinas\n"};
	const char *nama[] = {"pemda", "opd"};
	opd_n = 0;
	int rc = 0;
	for (int i = 0; i < 2; i++) {
		struct csv_tabel t;
		assert_int_equal(csv_baca(csv[i], strlen(csv[i]), nama[i], &t, &g), 0);
		struct impor_tabel it = {nama[i], nama[i], &t};
		rc = impor_berkas(im, &it, &r, &d, &g);
		csv_release(&t);
	}
	impor_free(im);
	assert_int_equal(rc, -1);
	/* row 2 written: kode, nama, induk, jenis, kepala, nip, jabatan (absent/empty: NULL) */
	assert_int_equal(opd_n, 1);
	const char *harap[] = {"DINKES", "Dinas Kesehatan", "(NULL)", "(NULL)", "dr. Siti",
			       "197001012000032001", "(NULL)"};
	for (int i = 0; i < 7; i++)
		assert_string_equal(opd_tulis[i], harap[i]);
	/* row 3: nama is required (TM_TEKS_ISI), named with its line and column */
	assert_int_equal(d.n, 1);
	assert_string_equal(d.isi[0].pesan, "kolom nama tidak boleh kosong");
	assert_string_equal(d.isi[0].berkas, "opd");
	assert_int_equal(d.isi[0].baris, 3);
	assert_string_equal(d.isi[0].kolom, "nama");
	impor_galat_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rujukan),	     cmocka_unit_test(test_kunci_ganda),
	    cmocka_unit_test(test_semua_galat),
	    cmocka_unit_test(test_rentang_terbalik), cmocka_unit_test(test_sel_skala),
	    cmocka_unit_test(test_templat),	     cmocka_unit_test(test_opd_teks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
