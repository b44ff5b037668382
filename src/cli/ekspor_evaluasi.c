/*
 * Export of the evaluation and survey tables (kerangka, lke_jawaban, survei,
 * survei_jawaban) for `kinerja export`: they are not part of the model, so
 * they are read from the store here and written row by row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../io/ekspor.h"
#include "../store/store_evaluasi.h"
#include "cli.h"

struct ek {
	struct store *s;
	struct ekspor_hasil *h;
	struct galat *g;
	const char *pemda;
	/* the unsur columns of every survey, in order of first appearance */
	int n_kol;
	char kol[256][128];
	/* the survey being written: its unsur mapped to the columns */
	int n_unsur;
	int peta[64];
	const char *survei;
};

static int k_satu(const struct store_kerangka_baris *b, void *arg)
{
	struct ek *e = arg;
	char bobot[64];
	snprintf(bobot, sizeof(bobot), "%.15g", b->bobot);
	for (char *p = bobot; *p; p++)
		if (*p == '.')
			*p = ','; /* the template's numbers are written the Indonesian way */
	const char *sel[] = {b->kerangka, b->kode, b->induk, b->uraian, bobot, b->jawaban};
	ekspor_baris(e->h, TEMPLAT_KERANGKA, sel, 6);
	return 0;
}

static int l_satu(const struct store_lke_baris *b, void *arg)
{
	struct ek *e = arg;
	char tahun[16];
	snprintf(tahun, sizeof(tahun), "%d", b->tahun);
	const char *sel[] = {e->pemda,	   tahun,	 b->opd,       b->kerangka,
			     b->kriteria, b->mandiri, b->evaluator, b->catatan};
	ekspor_baris(e->h, TEMPLAT_LKE_JAWABAN, sel, 8);
	return 0;
}

static int r_satu(const struct store_rekomendasi_baris *b, void *arg)
{
	struct ek *e = arg;
	char tahun[16];
	snprintf(tahun, sizeof(tahun), "%d", b->tahun);
	const char *sel[] = {e->pemda, tahun, b->opd, b->nomor, b->uraian, b->tindak_lanjut,
			     b->status};
	ekspor_baris(e->h, TEMPLAT_LKE_REKOMENDASI, sel, 7);
	return 0;
}

static int kolom_idx(struct ek *e, const char *kode, int tambah)
{
	for (int i = 0; i < e->n_kol; i++)
		if (str_sama(e->kol[i], kode))
			return i;
	if (!tambah || e->n_kol >= 256)
		return -1;
	snprintf(e->kol[e->n_kol], sizeof(e->kol[0]), "%s", kode);
	return e->n_kol++;
}

/* Calls fn(e, kode i, i) for each unsur code of the list "U1;U2". */
static void unsur_tiap(struct ek *e, const char *daftar, void (*fn)(struct ek *e, const char *k, int i))
{
	char kode[128];
	int i = 0;
	for (const char *p = daftar; *p;) {
		const char *q = strchr(p, ';');
		size_t l = q ? (size_t)(q - p) : strlen(p);
		snprintf(kode, sizeof(kode), "%.*s", (int)l, p);
		fn(e, kode, i++);
		p = q ? q + 1 : p + l;
	}
}

static void unsur_kumpul(struct ek *e, const char *k, int i)
{
	(void)i;
	kolom_idx(e, k, 1);
}

static void unsur_peta(struct ek *e, const char *k, int i)
{
	if (i < 64) {
		e->peta[i] = kolom_idx(e, k, 0);
		e->n_unsur = i + 1;
	}
}

static int s_kumpul(const struct store_survei_baris *b, void *arg)
{
	struct ek *e = arg;
	const char *sel[] = {e->pemda, b->kode, b->uraian, b->indikator, b->unsur};
	ekspor_baris(e->h, TEMPLAT_SURVEI, sel, 5);
	unsur_tiap(e, b->unsur, unsur_kumpul);
	return 0;
}

static int j_satu(const char *periode, const char *unit, const char *responden,
		  const char *jawaban, void *arg)
{
	struct ek *e = arg;
	const char *sel[5 + 256];
	char isi[256][2];
	sel[0] = e->pemda;
	sel[1] = e->survei;
	sel[2] = periode;
	sel[3] = unit;
	sel[4] = responden;
	for (int i = 0; i < e->n_kol; i++)
		sel[5 + i] = "";
	for (int u = 0; u < e->n_unsur && jawaban[u]; u++) {
		if (e->peta[u] < 0 || jawaban[u] == '0')
			continue;
		isi[u][0] = jawaban[u];
		isi[u][1] = '\0';
		sel[5 + e->peta[u]] = isi[u];
	}
	ekspor_baris(e->h, TEMPLAT_SURVEI_JAWABAN, sel, 5 + e->n_kol);
	return 0;
}

static int s_jawaban(const struct store_survei_baris *b, void *arg)
{
	struct ek *e = arg;
	e->n_unsur = 0;
	unsur_tiap(e, b->unsur, unsur_peta);
	e->survei = b->kode;
	return store_survei_jawaban_daftar(e->s, e->pemda, b->kode, NULL, j_satu, e, e->g);
}

static int pemda_survei(const char *kode, void *arg)
{
	struct ek *e = arg;
	e->pemda = kode;
	return store_lke_daftar(e->s, kode, 0, NULL, l_satu, e, e->g) ||
		       store_rekomendasi_daftar(e->s, kode, 0, NULL, r_satu, e, e->g) ||
		       store_survei_daftar(e->s, kode, NULL, s_kumpul, e, e->g) < 0
		   ? -1
		   : 0;
}

static int pemda_jawaban(const char *kode, void *arg)
{
	struct ek *e = arg;
	e->pemda = kode;
	return store_survei_daftar(e->s, kode, NULL, s_jawaban, e, e->g) < 0 ? -1 : 0;
}

int cli_ekspor_evaluasi(struct store *s, struct ekspor_hasil *h, struct galat *g)
{
	struct ek *e = xcalloc(1, sizeof(*e));
	e->s = s;
	e->h = h;
	e->g = g;
	int rc = -1;
	if (store_kerangka_daftar(s, NULL, k_satu, e, g) < 0 ||
	    store_pemda_daftar(s, pemda_survei, e, g))
		goto out;
	const char *kol[256];
	for (int i = 0; i < e->n_kol; i++)
		kol[i] = e->kol[i];
	ekspor_kepala_tambah(h, TEMPLAT_SURVEI_JAWABAN, kol, e->n_kol);
	if (store_pemda_daftar(s, pemda_jawaban, e, g))
		goto out;
	rc = 0;
out:
	free(e);
	return rc;
}
