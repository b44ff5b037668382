/*
 * The names of the pemda and their OPD by code, for pickers ("Kota Serang
 * (36.73)"), comparison series ("Provinsi Banten") and the landing pemda. The
 * store lists codes only (store_pemda_daftar), so a pemda is loaded once per
 * process to learn its name (the landing pemda's choice reads them all at once:
 * hal_pemda_bawaan); every page that loads a pemda refreshes its entry
 * (hal_nama_catat), so a renamed pemda shows its new name at the next visit.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hal_int.h"
#include "html.h"

#define NAMA_MAKS 128

struct nama_pemda {
	char kode[32];
	char nama[NAMA_MAKS];
	int tahun_data; /* the latest year with a realisasi, 0 for none */
	int tahun_bawaan; /* the year pages show by default (hal_tahun_bawaan) */
	int n_data;	/* realisasi rows */
	int n_opd;
	char (*opd_kode)[32];
	char (*opd_nama)[NAMA_MAKS];
};

static pthread_mutex_t kunci = PTHREAD_MUTEX_INITIALIZER;
static struct nama_pemda *tabel;
static int n_tabel, cap_tabel;

static struct nama_pemda *cari(const char *kode)
{
	for (int i = 0; i < n_tabel; i++)
		if (strcmp(tabel[i].kode, kode) == 0)
			return &tabel[i];
	return NULL;
}

int hal_tahun_data(const struct model *m)
{
	/* realisasi per year; the latest year holding at least half as many as the fullest */
	enum { AWAL = 1900, N = 300 };
	int n[N] = {0}, maks = 0, t = 0;
	for (int i = 0; i < m->n_realisasi; i++) {
		int y = m->realisasi[i].tahun - AWAL;
		if (y >= 0 && y < N && ++n[y] > maks)
			maks = n[y];
	}
	for (int y = 0; y < N; y++)
		if (n[y] && 2 * n[y] >= maks)
			t = AWAL + y;
	return t;
}

int hal_tahun_bawaan(const struct model *m)
{
	int t = hal_tahun_data(m);
	if (!t)
		t = m->pemda.periode_awal;
	if (!t) {
		time_t now = time(NULL);
		struct tm tm;
		gmtime_r(&now, &tm);
		t = tm.tm_year + 1900;
	}
	return t;
}

void hal_nama_catat(const struct model *m)
{
	if (!m->pemda.kode || strlen(m->pemda.kode) >= 32)
		return;
	pthread_mutex_lock(&kunci);
	struct nama_pemda *e = cari(m->pemda.kode);
	if (!e) {
		if (n_tabel == cap_tabel) {
			cap_tabel = cap_tabel ? 2 * cap_tabel : 32;
			tabel = xrealloc(tabel, (size_t)cap_tabel * sizeof(*tabel));
		}
		e = &tabel[n_tabel++];
		memset(e, 0, sizeof(*e));
		snprintf(e->kode, sizeof(e->kode), "%s", m->pemda.kode);
	}
	snprintf(e->nama, sizeof(e->nama), "%s", m->pemda.nama ? m->pemda.nama : "");
	e->tahun_data = hal_tahun_data(m);
	e->tahun_bawaan = hal_tahun_bawaan(m);
	e->n_data = m->n_realisasi;
	int n = m->n_opd; /* every one: a city's kelurahan make 100 and more */
	free(e->opd_kode);
	free(e->opd_nama);
	e->opd_kode = xcalloc((size_t)n + 1, sizeof(*e->opd_kode));
	e->opd_nama = xcalloc((size_t)n + 1, sizeof(*e->opd_nama));
	e->n_opd = n;
	for (int i = 0; i < n; i++) {
		snprintf(e->opd_kode[i], sizeof(e->opd_kode[i]), "%s", m->opd[i].kode);
		snprintf(e->opd_nama[i], sizeof(e->opd_nama[i]), "%s",
			 m->opd[i].nama ? m->opd[i].nama : "");
	}
	pthread_mutex_unlock(&kunci);
}

/* Makes sure kode has an entry, loading the pemda when it has none; 0, or -1. */
static int pastikan(struct web_req *r, const char *kode)
{
	pthread_mutex_lock(&kunci);
	int ada = cari(kode) != NULL;
	pthread_mutex_unlock(&kunci);
	if (ada)
		return 0;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	int rc = store_muat(r->s, kode, &m, &g);
	if (!rc)
		hal_nama_catat(&m);
	model_release(&m);
	return rc ? -1 : 0;
}

const char *hal_nama_pemda(struct web_req *r, const char *kode)
{
	if (!kode || !*kode || pastikan(r, kode))
		return NULL;
	const char *nama = NULL;
	pthread_mutex_lock(&kunci);
	const struct nama_pemda *e = cari(kode);
	if (e && e->nama[0])
		nama = arena_printf(&r->arena, "%s", e->nama);
	pthread_mutex_unlock(&kunci);
	return nama;
}

int hal_tahun_pemda(struct web_req *r, const char *kode)
{
	if (!kode || !*kode || pastikan(r, kode))
		return 0;
	pthread_mutex_lock(&kunci);
	const struct nama_pemda *e = cari(kode);
	int t = e ? e->tahun_bawaan : 0;
	pthread_mutex_unlock(&kunci);
	return t;
}

const char *hal_nama_wilayah(struct web_req *r, const char *kode)
{
	/* 00, the nation's code in the data: "Nasional" reads better than the pemda "Indonesia" */
	if (kode && strcmp(kode, "00") == 0)
		return "Nasional";
	const char *nama = hal_nama_pemda(r, kode);
	if (nama)
		return nama;
	return arena_printf(&r->arena, "wilayah %s", kode ? kode : "?");
}

void hal_opsi_opd(struct web_req *r, struct buf *b, const char *kode, const char *pilihan)
{
	if (pastikan(r, kode))
		return;
	pthread_mutex_lock(&kunci);
	const struct nama_pemda *e = cari(kode);
	for (int i = 0; e && i < e->n_opd; i++)
		html_f(b, "<option value=\"%s\" data-pemda=\"%s\"%R>%s (%s)</option>",
		       e->opd_kode[i], kode,
		       pilihan && strcmp(pilihan, e->opd_kode[i]) == 0 ? " selected" : "",
		       e->opd_nama[i][0] ? e->opd_nama[i] : e->opd_kode[i], e->opd_kode[i]);
	pthread_mutex_unlock(&kunci);
}

const char *hal_nama_opd(struct web_req *r, const char *pemda, const char *opd)
{
	if (!opd || !*opd || !pemda || pastikan(r, pemda))
		return NULL;
	const char *nama = NULL;
	pthread_mutex_lock(&kunci);
	const struct nama_pemda *e = cari(pemda);
	for (int i = 0; e && i < e->n_opd; i++)
		if (strcmp(e->opd_kode[i], opd) == 0 && e->opd_nama[i][0])
			nama = arena_printf(&r->arena, "%s", e->opd_nama[i]);
	pthread_mutex_unlock(&kunci);
	return nama;
}

struct bawaan {
	struct web_req *r;
	char kode[32];
	int n_data, tahun_data;
	int n_semua, n_kurang; /* the pemda; those of the user's with no entry yet */
};

static int hitung_satu(const char *kode, void *arg)
{
	struct bawaan *w = arg;
	w->n_semua++;
	if (web_boleh_pemda(w->r, kode)) {
		pthread_mutex_lock(&kunci);
		w->n_kurang += cari(kode) == NULL;
		pthread_mutex_unlock(&kunci);
	}
	return 0;
}

static int bawaan_satu(const char *kode, void *arg)
{
	struct bawaan *w = arg;
	if (!web_boleh_pemda(w->r, kode))
		return 0;
	if (pastikan(w->r, kode))
		return 0; /* a pemda that cannot be loaded is no landing; the others still are */
	pthread_mutex_lock(&kunci);
	const struct nama_pemda *e = cari(kode);
	/* the pemda with the most data, then the most recent: Kota Serang in the demo */
	if (e && (!w->kode[0] || e->n_data > w->n_data ||
		  (e->n_data == w->n_data && e->tahun_data > w->tahun_data))) {
		snprintf(w->kode, sizeof(w->kode), "%s", kode);
		w->n_data = e->n_data;
		w->tahun_data = e->tahun_data;
	}
	pthread_mutex_unlock(&kunci);
	return 0;
}

static int catat_satu(struct model *m, void *arg)
{
	(void)arg;
	hal_nama_catat(m);
	return 0;
}

int hal_pemda_bawaan(struct web_req *r, char *out, size_t n)
{
	struct bawaan w;
	memset(&w, 0, sizeof(w));
	w.r = r;
	struct galat g;
	galat_init(&g);
	/*
	 * When most pemda are the user's and not known yet (the first visit),
	 * every pemda's entry in one walk (each table read once per chunk of
	 * pemda) instead of a load per pemda in bawaan_satu; should it fail,
	 * bawaan_satu loads what is missing one by one, as it always could.
	 */
	if (store_pemda_daftar(r->s, hitung_satu, &w, &g))
		return -1;
	if (w.n_kurang > 1 && 2 * w.n_kurang >= w.n_semua &&
	    store_muat_semua(r->s, catat_satu, NULL, &g))
		galat_init(&g);
	if (store_pemda_daftar(r->s, bawaan_satu, &w, &g))
		return -1;
	snprintf(out, n, "%s", w.kode);
	return 0;
}
