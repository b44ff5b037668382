/* The import template; see impor.h and format-impor.md. */
#include "impor.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "../core/pengaturan.h"
#include "../core/skala.h"

const char *const impor_urutan[] = {"pemda",      "pengaturan", "opd",    "rencana",
				    "indikator",  "target",     "realisasi", "anggaran",
				    "pembanding", "narasi",     "dilaporkan", NULL};

#define MAKS_KOLOM 16

struct ctx {
	struct store *s;
	const char *pengguna;
	struct galat *g;
	struct impor_ringkasan *r;
	impor_progres_fn progres;
	void *arg;
	/* the table being imported */
	const struct impor_tabel *it;
	int n_kol;
	const char *nama_kol[MAKS_KOLOM];
	int kol[MAKS_KOLOM];
	int gaya_siap[MAKS_KOLOM];
	enum angka_gaya gaya[MAKS_KOLOM];
	struct arena arena;
	/* settings (scales) of the pemda last looked at */
	struct model set;
	char set_pemda[64];
	int set_ada;
};

/* ---- cells ---- */

static int galat_sel(struct ctx *c, const struct csv_baris *b, int k, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int galat_sel(struct ctx *c, const struct csv_baris *b, int k, const char *fmt, ...)
{
	char pesan[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pesan, sizeof(pesan), fmt, ap);
	va_end(ap);
	return galat_di(c->g, c->it->berkas, b ? b->nomor : 0, k >= 0 ? c->nama_kol[k] : NULL,
			"%s", pesan);
}

static const char *sel(struct ctx *c, const struct csv_baris *b, int k)
{
	return csv_sel(b, c->kol[k]);
}

/* Maps the header: names[0..nwajib) must be present, the rest may be. */
static int kolom(struct ctx *c, const char *const *names, int nwajib, int n)
{
	const struct csv_tabel *t = c->it->t;
	c->n_kol = n;
	for (int k = 0; k < n; k++) {
		c->nama_kol[k] = names[k];
		c->kol[k] = csv_kolom(t, names[k]);
		c->gaya_siap[k] = 0;
		if (c->kol[k] < 0 && k < nwajib)
			return galat_di(c->g, c->it->berkas, 1, names[k],
					"kolom wajib '%s' tidak ada", names[k]);
	}
	for (int i = 0; i < t->n_kolom; i++) {
		if (!t->kolom[i][0])
			continue;
		int dikenal = 0;
		for (int k = 0; k < n; k++)
			dikenal |= str_sama(t->kolom[i], names[k]);
		if (!dikenal) {
			struct buf b = BUF_INIT;
			for (int k = 0; k < n; k++)
				buf_printf(&b, "%s%s", k ? ", " : "", names[k]);
			galat_di(c->g, c->it->berkas, 1, t->kolom[i],
				 "kolom '%s' tidak dikenal (kolom yang dikenal: %s)", t->kolom[i],
				 b.data);
			buf_release(&b);
			return -1;
		}
	}
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		for (int j = t->n_kolom; j < b->n; j++)
			if (b->sel[j][0])
				return galat_di(c->g, c->it->berkas, b->nomor, NULL,
						"sel berisi '%s' di luar kolom yang bernama",
						b->sel[j]);
	}
	return 0;
}

/* The writing of a number column, decided by the cells that prove one. */
static enum angka_gaya gaya_kolom(struct ctx *c, int k)
{
	if (c->gaya_siap[k])
		return c->gaya[k];
	long id = 0, intl = 0;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const char *s = sel(c, &t->baris[i], k);
		char lo[64], hi[64];
		enum angka_gaya bukti = GAYA_TIDAK_TAHU;
		double v;
		if (angka_parse(s, GAYA_TIDAK_TAHU, &v, &bukti) != ANGKA_OK &&
		    angka_rentang_pisah(s, lo, sizeof(lo), hi, sizeof(hi))) {
			enum angka_gaya b2 = GAYA_TIDAK_TAHU;
			angka_parse(lo, GAYA_TIDAK_TAHU, &v, &bukti);
			angka_parse(hi, GAYA_TIDAK_TAHU, &v, &b2);
			if (bukti == GAYA_TIDAK_TAHU)
				bukti = b2;
		}
		id += bukti == GAYA_ID;
		intl += bukti == GAYA_INTL;
	}
	c->gaya[k] = id && !intl ? GAYA_ID : intl && !id ? GAYA_INTL : GAYA_TIDAK_TAHU;
	c->gaya_siap[k] = 1;
	return c->gaya[k];
}

static int galat_ambigu(struct ctx *c, const struct csv_baris *b, int k, const char *s)
{
	return galat_sel(c, b, k,
			 "'%s' bisa dibaca sebagai ribuan (cara Indonesia) atau desimal (cara "
			 "internasional), dan nilai lain di kolom ini tidak menentukan; tulis "
			 "misalnya 1234 atau 1,234",
			 s);
}

/* A number: 0 ok, 1 empty (n/a), -1 error. */
static int sel_angka(struct ctx *c, const struct csv_baris *b, int k, double *v)
{
	const char *s = sel(c, b, k);
	switch (angka_parse(s, gaya_kolom(c, k), v, NULL)) {
	case ANGKA_OK:
		return 0;
	case ANGKA_KOSONG:
		return 1;
	case ANGKA_AMBIGU:
		return galat_ambigu(c, b, k, s);
	case ANGKA_TIDAK_SAH:
		break;
	}
	return galat_sel(c, b, k, "'%s' bukan angka", s);
}

/* Whole Rupiah: 0 ok, 1 empty, -1 error. */
static int sel_rupiah(struct ctx *c, const struct csv_baris *b, int k, int64_t *out)
{
	double v;
	int r = sel_angka(c, b, k, &v);
	if (r)
		return r;
	if (v != floor(v) || fabs(v) > 9e15)
		return galat_sel(c, b, k, "'%s' harus bilangan bulat Rupiah", sel(c, b, k));
	if (v < 0)
		return galat_sel(c, b, k, "'%s' tidak boleh negatif", sel(c, b, k));
	*out = (int64_t)v;
	return 0;
}

static int sel_tahun(struct ctx *c, const struct csv_baris *b, int k, int wajib, int *out)
{
	const char *s = sel(c, b, k);
	*out = 0;
	if (!*s && !wajib)
		return 0;
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 1900 || v > 2200)
		return galat_sel(c, b, k, "'%s' bukan tahun (empat angka, mis. 2020)", s);
	*out = (int)v;
	return 0;
}

static int sel_wajib(struct ctx *c, const struct csv_baris *b, int k, const char **out)
{
	*out = sel(c, b, k);
	if (!**out)
		return galat_sel(c, b, k, "kolom %s tidak boleh kosong", c->nama_kol[k]);
	if (strlen(*out) > 4000)
		return galat_sel(c, b, k, "isi terlalu panjang (lebih dari 4000 byte)");
	return 0;
}

/*
 * A required cell whose value is one of `daftar` (NULL-terminated), matched
 * case-insensitively; *out receives the list's spelling.
 */
static int sel_pilihan(struct ctx *c, const struct csv_baris *b, int k,
		       const char *const *daftar, const char **out)
{
	const char *s;
	if (sel_wajib(c, b, k, &s))
		return -1;
	for (int j = 0; daftar[j]; j++)
		if (str_sama(s, daftar[j])) {
			*out = daftar[j];
			return 0;
		}
	struct buf nama = BUF_INIT;
	for (int j = 0; daftar[j]; j++)
		buf_printf(&nama, "%s%s", j ? ", " : "", daftar[j]);
	galat_sel(c, b, k, "%s '%s' tidak dikenal (%s)", c->nama_kol[k], s, nama.data);
	buf_release(&nama);
	return -1;
}

static const char *sel_opsional(struct ctx *c, const struct csv_baris *b, int k)
{
	const char *s = sel(c, b, k);
	return *s ? s : NULL;
}

/* The pemda of a row must be known (imported earlier or in pemda.csv). */
static int sel_pemda(struct ctx *c, const struct csv_baris *b, int k, const char **out)
{
	if (sel_wajib(c, b, k, out))
		return -1;
	int r = store_pemda_ada(c->s, *out);
	if (r < 0)
		return galat_set(c->g, "basis data: gagal membaca pemda");
	if (!r)
		return galat_sel(c, b, k, "pemda '%s' tidak dikenal (tambahkan di pemda.csv)",
				 *out);
	return 0;
}

/* Settings of a pemda (its scales), loaded once per pemda. */
static const struct skala *skala_pemda(struct ctx *c, const char *pemda, const char *nama);

static int set_terap(const char *kunci, const char *nilai, void *arg)
{
	struct ctx *c = arg;
	return pengaturan_terap(&c->set, kunci, nilai, c->g);
}

static const struct skala *skala_pemda(struct ctx *c, const char *pemda, const char *nama)
{
	if (!c->set_ada || strcmp(c->set_pemda, pemda) != 0) {
		if (c->set_ada)
			model_release(&c->set);
		model_init(&c->set);
		c->set_ada = 1;
		snprintf(c->set_pemda, sizeof(c->set_pemda), "%s", pemda);
		struct galat g;
		galat_init(&g);
		store_pengaturan_daftar(c->s, pemda, set_terap, c, &g);
	}
	return model_skala(&c->set, nama);
}

/* Looks up an indicator of the row's pemda: arah and scale. */
static int sel_indikator(struct ctx *c, const struct csv_baris *b, int k, const char *pemda,
			 const char **kode, enum arah *arah, const struct skala **sk)
{
	char nama_skala[128];
	if (sel_wajib(c, b, k, kode))
		return -1;
	int r = store_indikator_info(c->s, pemda, *kode, arah, nama_skala, sizeof(nama_skala));
	if (r < 0)
		return galat_set(c->g, "basis data: gagal membaca indikator");
	if (!r)
		return galat_sel(c, b, k,
				 "indikator '%s' tidak dikenal untuk pemda %s (tambahkan di "
				 "indikator.csv)",
				 *kode, pemda);
	*sk = *arah == ARAH_KATEGORI ? skala_pemda(c, pemda, nama_skala) : NULL;
	return 0;
}

/* A value of an indicator (target, realisasi, kondisi): 0 ok, 1 empty, -1 error. */
static int sel_nilai(struct ctx *c, const struct csv_baris *b, int k, enum arah arah,
		     const struct skala *sk, int rentang_boleh, struct nilai *v)
{
	const char *s = sel(c, b, k);
	enum angka_hasil h = nilai_parse(s, gaya_kolom(c, k), sk, 0, &c->arena, v, NULL);
	switch (h) {
	case ANGKA_KOSONG:
		return 1;
	case ANGKA_AMBIGU:
		return galat_ambigu(c, b, k, s);
	case ANGKA_TIDAK_SAH:
		if (arah == ARAH_KATEGORI && sk) {
			struct buf daftar = BUF_INIT;
			for (int i = 0; i < sk->n; i++)
				buf_printf(&daftar, "%s%s", i ? ", " : "", sk->kelas[i].nama);
			galat_sel(c, b, k, "'%s' bukan kategori skala %s (%s)", s, sk->nama,
				  daftar.data);
			buf_release(&daftar);
			return -1;
		}
		return galat_sel(c, b, k, "'%s' bukan angka atau rentang (mis. 72,47 atau 3-5)",
				 s);
	case ANGKA_OK:
		break;
	}
	if (v->jenis == NILAI_RENTANG && !rentang_boleh)
		return galat_sel(c, b, k, "'%s': rentang tidak boleh di sini, tulis satu angka", s);
	if (arah == ARAH_KATEGORI && v->jenis == NILAI_ANGKA) {
		int berbatas = sk && sk->n && sk->kelas[0].ada_batas;
		if (!berbatas)
			return galat_sel(c, b, k,
					 "'%s': indikator kategori dengan skala tanpa batas nilai "
					 "memerlukan nama kategori",
					 s);
	}
	if (arah == ARAH_KATEGORI && v->jenis == NILAI_RENTANG)
		return galat_sel(c, b, k, "'%s': indikator kategori tidak memakai rentang", s);
	return 0;
}

/* The first three columns of target, realisasi and pembanding: pemda, indikator, tahun. */
static int sel_pemda_indikator_tahun(struct ctx *c, const struct csv_baris *b, const char **pemda,
				     const char **indikator, int *tahun, enum arah *arah,
				     const struct skala **sk)
{
	if (sel_pemda(c, b, 0, pemda) || sel_indikator(c, b, 1, *pemda, indikator, arah, sk))
		return -1;
	return sel_tahun(c, b, 2, 1, tahun);
}

static void catat(struct ctx *c, enum store_ubah u)
{
	if (u == STORE_BARU)
		c->r->baru++;
	else if (u == STORE_DIUBAH)
		c->r->diubah++;
	else
		c->r->sama++;
}

static void progres(struct ctx *c, long i)
{
	if (c->progres && (i % 20000 == 0 || i == c->it->t->n_baris))
		c->progres(c->it->berkas, i, c->it->t->n_baris, c->arg);
}

/* ---- tables ---- */

static int impor_pemda(struct ctx *c)
{
	static const char *const k[] = {"kode",         "nama",          "jenis",      "induk",
					"periode_awal", "periode_akhir", "rumus_turun"};
	if (kolom(c, k, 6, 7))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		struct pemda p = {0};
		static const char *const jenis[] = {"nasional", "provinsi", "kabupaten", "kota", NULL};
		if (sel_wajib(c, b, 0, &p.kode) || sel_wajib(c, b, 1, &p.nama) ||
		    sel_pilihan(c, b, 2, jenis, &p.jenis))
			return -1;
		p.induk = sel_opsional(c, b, 3);
		if (sel_tahun(c, b, 4, 0, &p.periode_awal) || sel_tahun(c, b, 5, 0, &p.periode_akhir))
			return -1;
		if (p.periode_awal && p.periode_akhir && p.periode_awal > p.periode_akhir)
			return galat_sel(c, b, 5, "periode_akhir %d sebelum periode_awal %d",
					 p.periode_akhir, p.periode_awal);
		const char *rt = sel_opsional(c, b, 6);
		p.rumus_turun = RUMUS_SELISIH;
		if (rt && model_rumus_parse(rt, &p.rumus_turun))
			return galat_sel(c, b, 6, "rumus_turun '%s' tidak dikenal (rasio, selisih)",
					 rt);
		enum store_ubah u;
		if (store_simpan_pemda(c->s, &p, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	/* Parents may come later in the file than their children. */
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *induk = sel_opsional(c, b, 3);
		if (induk && store_pemda_ada(c->s, induk) != 1)
			return galat_sel(c, b, 3, "induk '%s' bukan pemda yang dikenal", induk);
		if (induk && strcmp(induk, sel(c, b, 0)) == 0)
			return galat_sel(c, b, 3, "pemda tidak boleh menjadi induknya sendiri");
	}
	return 0;
}

static int impor_pengaturan(struct ctx *c)
{
	static const char *const k[] = {"pemda", "kunci", "nilai"};
	if (kolom(c, k, 3, 3))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda, *kunci, *nilai = sel(c, b, 2);
		if (sel_pemda(c, b, 0, &pemda) || sel_wajib(c, b, 1, &kunci))
			return -1;
		struct model uji;
		model_init(&uji);
		struct galat g2;
		galat_init(&g2);
		int r = pengaturan_terap(&uji, kunci, nilai, &g2);
		model_release(&uji);
		if (r)
			return galat_sel(c, b, 2, "%s", g2.pesan);
		enum store_ubah u;
		if (store_simpan_pengaturan(c->s, pemda, kunci, nilai, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	c->set_pemda[0] = '\0'; /* scales may have changed */
	return 0;
}

static int impor_opd(struct ctx *c)
{
	static const char *const k[] = {"pemda", "kode", "nama"};
	if (kolom(c, k, 3, 3))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct opd o;
		if (sel_pemda(c, b, 0, &pemda) || sel_wajib(c, b, 1, &o.kode) ||
		    sel_wajib(c, b, 2, &o.nama))
			return -1;
		enum store_ubah u;
		if (store_simpan_opd(c->s, pemda, &o, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	return 0;
}

static int impor_rencana(struct ctx *c)
{
	static const char *const k[] = {"pemda", "jenis", "kode", "induk", "uraian"};
	if (kolom(c, k, 5, 5))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda, *jenis;
		struct rencana r;
		if (sel_pemda(c, b, 0, &pemda) || sel_wajib(c, b, 1, &jenis) ||
		    sel_wajib(c, b, 2, &r.kode) || sel_wajib(c, b, 4, &r.uraian))
			return -1;
		if (model_rencana_parse(jenis, &r.jenis))
			return galat_sel(c, b, 1, "jenis '%s' tidak dikenal (visi, misi, tujuan, "
						  "sasaran)", jenis);
		r.induk = sel_opsional(c, b, 3);
		if (r.jenis == RENCANA_VISI && r.induk)
			return galat_sel(c, b, 3, "visi tidak mempunyai induk");
		if (r.jenis != RENCANA_VISI && !r.induk)
			return galat_sel(c, b, 3, "%s '%s' memerlukan induk", jenis, r.kode);
		enum store_ubah u;
		if (store_simpan_rencana(c->s, pemda, &r, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	/* The plan tree: misi under visi, tujuan under misi, sasaran under tujuan. */
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *induk = sel_opsional(c, b, 3);
		enum jenis_rencana j, ji;
		model_rencana_parse(sel(c, b, 1), &j);
		if (!induk)
			continue;
		int r = store_rencana_jenis(c->s, sel(c, b, 0), induk, &ji);
		if (r != 1)
			return galat_sel(c, b, 3, "induk '%s' tidak ada di rencana pemda %s", induk,
					 sel(c, b, 0));
		if ((int)ji != (int)j - 1)
			return galat_sel(c, b, 3, "induk '%s' adalah %s; induk sebuah %s harus %s",
					 induk, model_rencana_nama(ji), model_rencana_nama(j),
					 model_rencana_nama((enum jenis_rencana)(j - 1)));
	}
	return 0;
}

static int impor_indikator(struct ctx *c)
{
	static const char *const k[] = {"pemda",        "kode",        "induk", "uraian",
					"satuan",       "arah",        "skala", "opd",
					"kondisi_awal", "target_akhir", "rumus_turun", "agregasi",
					"bobot"};
	if (kolom(c, k, 10, 13))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda, *arah;
		struct indikator ind;
		memset(&ind, 0, sizeof(ind));
		if (sel_pemda(c, b, 0, &pemda) || sel_wajib(c, b, 1, &ind.kode) ||
		    sel_wajib(c, b, 2, &ind.induk) || sel_wajib(c, b, 3, &ind.uraian) ||
		    sel_wajib(c, b, 5, &arah))
			return -1;
		ind.satuan = sel(c, b, 4);
		enum jenis_rencana j;
		int r = store_rencana_jenis(c->s, pemda, ind.induk, &j);
		if (r != 1)
			return galat_sel(c, b, 2, "induk '%s' tidak ada di rencana pemda %s",
					 ind.induk, pemda);
		if (j != RENCANA_TUJUAN && j != RENCANA_SASARAN)
			return galat_sel(c, b, 2, "induk '%s' adalah %s; indikator berinduk tujuan "
						  "atau sasaran", ind.induk, model_rencana_nama(j));
		if (model_arah_parse(arah, &ind.arah))
			return galat_sel(c, b, 5, "arah '%s' tidak dikenal (naik, turun, rentang, "
						  "kategori)", arah);
		ind.skala = sel_opsional(c, b, 6);
		const struct skala *sk = NULL;
		if (ind.arah == ARAH_KATEGORI) {
			if (!ind.skala)
				return galat_sel(c, b, 6, "indikator kategori memerlukan skala "
							  "(opini_bpk, akip, lppd, ikm_mutu, ...)");
			sk = skala_pemda(c, pemda, ind.skala);
			if (!sk)
				return galat_sel(c, b, 6, "skala '%s' tidak dikenal", ind.skala);
			ind.skala = sk->nama;
		} else if (ind.skala) {
			return galat_sel(c, b, 6, "skala hanya untuk indikator berarah kategori");
		}
		ind.opd = sel_opsional(c, b, 7);
		if (ind.opd && store_opd_ada(c->s, pemda, ind.opd) != 1)
			return galat_sel(c, b, 7, "opd '%s' tidak ada di opd.csv pemda %s", ind.opd,
					 pemda);
		if (sel_nilai(c, b, 8, ind.arah, sk, 0, &ind.kondisi_awal) < 0 ||
		    sel_nilai(c, b, 9, ind.arah, sk, 1, &ind.target_akhir) < 0)
			return -1;
		ind.rumus_override = -1;
		const char *rt = sel_opsional(c, b, 10);
		if (rt) {
			enum rumus_turun rr;
			if (model_rumus_parse(rt, &rr))
				return galat_sel(c, b, 10, "rumus_turun '%s' tidak dikenal (rasio, "
							   "selisih)", rt);
			ind.rumus_override = (int)rr;
		}
		const char *ag = sel_opsional(c, b, 11);
		ind.agregasi = AGREGASI_AKHIR;
		if (ag && model_agregasi_parse(ag, &ind.agregasi))
			return galat_sel(c, b, 11, "agregasi '%s' tidak dikenal (akhir, jumlah, "
						   "rata_rata)", ag);
		ind.bobot = 1;
		if (c->kol[12] >= 0) {
			int x = sel_angka(c, b, 12, &ind.bobot);
			if (x < 0)
				return -1;
			if (x == 1)
				ind.bobot = 1;
			else if (ind.bobot <= 0)
				return galat_sel(c, b, 12, "bobot harus lebih dari 0");
		}
		enum store_ubah u;
		if (store_simpan_indikator(c->s, pemda, &ind, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
		progres(c, i + 1);
	}
	return 0;
}

/* Map from a row key to the last row holding it (targets: PK and PK Perubahan). */
struct peta {
	size_t cap;
	const char **kunci;
	long *baris;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static long *peta_slot(struct peta *p, const char *kunci)
{
	size_t i = hash(kunci) & (p->cap - 1);
	while (p->kunci[i] && strcmp(p->kunci[i], kunci) != 0)
		i = (i + 1) & (p->cap - 1);
	if (!p->kunci[i])
		p->kunci[i] = kunci;
	return &p->baris[i];
}

static int impor_target(struct ctx *c)
{
	static const char *const k[] = {"pemda", "indikator", "tahun", "target"};
	if (kolom(c, k, 4, 4))
		return -1;
	const struct csv_tabel *t = c->it->t;
	struct peta p;
	p.cap = 16;
	while (p.cap < (size_t)t->n_baris * 2)
		p.cap *= 2;
	p.kunci = xcalloc(p.cap, sizeof(*p.kunci));
	p.baris = xcalloc(p.cap, sizeof(*p.baris));
	int rc = -1;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *kunci = arena_printf(&c->arena, "%s\x1f%s\x1f%s", sel(c, b, 0),
						 sel(c, b, 1), sel(c, b, 2));
		*peta_slot(&p, kunci) = i;
	}
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct target tg;
		enum arah arah;
		const struct skala *sk;
		if (sel_pemda_indikator_tahun(c, b, &pemda, &tg.indikator, &tg.tahun, &arah, &sk))
			goto out;
		int x = sel_nilai(c, b, 3, arah, sk, 1, &tg.nilai);
		if (x < 0)
			goto out;
		if (x == 1) {
			c->r->dilewati++;
			continue;
		}
		const char *kunci = arena_printf(&c->arena, "%s\x1f%s\x1f%s", sel(c, b, 0),
						 sel(c, b, 1), sel(c, b, 2));
		if (*peta_slot(&p, kunci) != i) {
			/* An earlier Perjanjian Kinerja replaced by a later row. */
			if (store_simpan_target_lama(c->s, pemda, &tg, c->g))
				goto out;
			c->r->sama++;
			continue;
		}
		enum store_ubah u;
		if (store_simpan_target(c->s, pemda, &tg, c->pengguna, &u, c->g))
			goto out;
		catat(c, u);
		progres(c, i + 1);
	}
	rc = 0;
out:
	free(p.kunci);
	free(p.baris);
	return rc;
}

static int impor_realisasi(struct ctx *c)
{
	static const char *const k[] = {"pemda", "indikator", "tahun", "triwulan", "realisasi"};
	if (kolom(c, k, 5, 5))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct realisasi r;
		enum arah arah;
		const struct skala *sk;
		if (sel_pemda_indikator_tahun(c, b, &pemda, &r.indikator, &r.tahun, &arah, &sk))
			return -1;
		const char *tw = sel(c, b, 3);
		if (!*tw)
			r.triwulan = 0;
		else if (strlen(tw) == 1 && tw[0] >= '1' && tw[0] <= '4')
			r.triwulan = tw[0] - '0';
		else
			return galat_sel(c, b, 3, "triwulan '%s' harus kosong (setahun) atau 1-4", tw);
		int x = sel_nilai(c, b, 4, arah, sk, 0, &r.nilai);
		if (x < 0)
			return -1;
		if (x == 1) {
			c->r->dilewati++;
			continue;
		}
		enum store_ubah u;
		if (store_simpan_realisasi(c->s, pemda, &r, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
		progres(c, i + 1);
	}
	return 0;
}

static int impor_anggaran(struct ctx *c)
{
	static const char *const k[] = {"pemda", "sasaran", "program", "tahun", "pagu",
					"realisasi"};
	if (kolom(c, k, 6, 6))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct anggaran a = {0};
		if (sel_pemda(c, b, 0, &pemda) || sel_wajib(c, b, 1, &a.sasaran) ||
		    sel_wajib(c, b, 2, &a.program) || sel_tahun(c, b, 3, 1, &a.tahun))
			return -1;
		enum jenis_rencana j;
		if (store_rencana_jenis(c->s, pemda, a.sasaran, &j) != 1 || j != RENCANA_SASARAN)
			return galat_sel(c, b, 1, "sasaran '%s' tidak ada di rencana pemda %s",
					 a.sasaran, pemda);
		int x = sel_rupiah(c, b, 4, &a.pagu);
		if (x < 0)
			return -1;
		if (x == 1)
			return galat_sel(c, b, 4, "pagu tidak boleh kosong");
		x = sel_rupiah(c, b, 5, &a.realisasi);
		if (x < 0)
			return -1;
		a.ada_realisasi = x == 0;
		enum store_ubah u;
		if (store_simpan_anggaran(c->s, pemda, &a, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
		progres(c, i + 1);
	}
	return 0;
}

static int impor_pembanding(struct ctx *c)
{
	static const char *const k[] = {"pemda", "indikator", "tahun", "wilayah", "nilai"};
	if (kolom(c, k, 5, 5))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct pembanding p;
		enum arah arah;
		const struct skala *sk;
		if (sel_pemda_indikator_tahun(c, b, &pemda, &p.indikator, &p.tahun, &arah, &sk) ||
		    sel_wajib(c, b, 3, &p.wilayah))
			return -1;
		int x = sel_angka(c, b, 4, &p.nilai);
		if (x < 0)
			return -1;
		if (x == 1) {
			c->r->dilewati++;
			continue;
		}
		enum store_ubah u;
		if (store_simpan_pembanding(c->s, pemda, &p, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	return 0;
}

/* objek of narasi and dilaporkan: an indikator, sasaran or tujuan code, or `lain`. */
static int sel_objek(struct ctx *c, const struct csv_baris *b, int k, const char *pemda,
		     const char *lain, const char **out)
{
	if (sel_wajib(c, b, k, out))
		return -1;
	if (strcmp(*out, lain) == 0)
		return 0;
	enum jenis_rencana j;
	enum arah a;
	char sk[64];
	int r = store_rencana_jenis(c->s, pemda, *out, &j);
	if (r == 1 && (j == RENCANA_TUJUAN || j == RENCANA_SASARAN))
		return 0;
	if (store_indikator_info(c->s, pemda, *out, &a, sk, sizeof(sk)) == 1)
		return 0;
	return galat_sel(c, b, k, "objek '%s' bukan kode indikator, sasaran atau tujuan pemda %s, "
				  "atau '%s'", *out, pemda, lain);
}

static int impor_narasi(struct ctx *c)
{
	static const char *const k[] = {"pemda", "tahun", "objek", "jenis", "teks"};
	if (kolom(c, k, 5, 5))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct narasi n;
		static const char *const jenis[] = {"analisis", "kendala", "solusi", "pengantar",
						    NULL};
		if (sel_pemda(c, b, 0, &pemda) || sel_tahun(c, b, 1, 1, &n.tahun) ||
		    sel_objek(c, b, 2, pemda, "pemda", &n.objek) ||
		    sel_pilihan(c, b, 3, jenis, &n.jenis) || sel_wajib(c, b, 4, &n.teks))
			return -1;
		enum store_ubah u;
		if (store_simpan_narasi(c->s, pemda, &n, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	return 0;
}

/* Decimals as printed: digits after the decimal mark of the writing used. */
static int desimal_tertulis(const char *s, enum angka_gaya gaya)
{
	const char *koma = strrchr(s, ','), *titik = strrchr(s, '.');
	const char *mark = NULL;
	if (koma && titik)
		mark = koma > titik ? koma : titik;
	else if (koma)
		mark = strchr(s, ',') == koma ? koma : NULL; /* "1,234,567" has no decimals */
	else if (titik && strchr(s, '.') == titik && gaya != GAYA_ID)
		mark = titik;
	if (!mark)
		return 0;
	int n = 0;
	for (const char *p = mark + 1; *p >= '0' && *p <= '9'; p++)
		n++;
	return n;
}

static int impor_dilaporkan(struct ctx *c)
{
	static const char *const k[] = {"pemda", "tahun", "objek", "ukuran", "nilai", "sumber"};
	static const char *const ukuran[] = {"target",   "realisasi", "capaian", "capaian_akhir",
					     "predikat", "pagu",      "realisasi_anggaran",
					     "serapan",  "efisiensi", NULL};
	if (kolom(c, k, 5, 6))
		return -1;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		const char *pemda;
		struct dilaporkan d = {0};
		if (sel_pemda(c, b, 0, &pemda) || sel_tahun(c, b, 1, 1, &d.tahun) ||
		    sel_objek(c, b, 2, pemda, "total", &d.objek) ||
		    sel_pilihan(c, b, 3, ukuran, &d.ukuran))
			return -1;
		d.sumber = c->kol[5] >= 0 ? sel(c, b, 5) : "";
		d.teks = sel(c, b, 4);
		if (angka_kosong(d.teks)) {
			c->r->dilewati++;
			continue;
		}
		if (strcmp(d.ukuran, "predikat") != 0) {
			enum angka_gaya gy = gaya_kolom(c, 4);
			switch (angka_parse(d.teks, gy, &d.nilai, NULL)) {
			case ANGKA_OK:
				d.angka = 1;
				d.desimal = desimal_tertulis(d.teks, gy);
				break;
			case ANGKA_AMBIGU:
				return galat_ambigu(c, b, 4, d.teks);
			default:
				/* Printed targets and realisasi may be ranges or categories. */
				if (strcmp(d.ukuran, "target") && strcmp(d.ukuran, "realisasi"))
					return galat_sel(c, b, 4, "'%s' bukan angka", d.teks);
			}
		}
		enum store_ubah u;
		if (store_simpan_dilaporkan(c->s, pemda, &d, c->pengguna, &u, c->g))
			return -1;
		catat(c, u);
	}
	return 0;
}

typedef int (*impor_fn)(struct ctx *c);
static const impor_fn penangan[] = {impor_pemda,     impor_pengaturan, impor_opd,
				    impor_rencana,   impor_indikator,  impor_target,
				    impor_realisasi, impor_anggaran,   impor_pembanding,
				    impor_narasi,    impor_dilaporkan};

int impor_jalankan(struct store *s, const struct impor_tabel *tabel, int n,
		   const char *pengguna, impor_progres_fn progres_fn, void *arg,
		   struct impor_ringkasan *r, struct galat *g)
{
	struct ctx c;
	memset(&c, 0, sizeof(c));
	c.s = s;
	c.pengguna = pengguna ? pengguna : "import";
	c.g = g;
	c.r = r;
	c.progres = progres_fn;
	c.arg = arg;
	arena_init(&c.arena);
	memset(r, 0, sizeof(*r));
	for (int i = 0; i < n; i++) {
		int dikenal = 0;
		for (int j = 0; impor_urutan[j]; j++)
			dikenal |= strcmp(tabel[i].nama, impor_urutan[j]) == 0;
		for (int j = 0; j < i; j++)
			if (strcmp(tabel[i].nama, tabel[j].nama) == 0)
				return galat_di(g, tabel[i].berkas, 0, NULL, "tabel %s muncul dua kali",
						tabel[i].nama);
		if (!dikenal)
			return galat_di(g, tabel[i].berkas, 0, NULL,
					"'%s' bukan tabel templat impor (pemda, rencana, indikator, "
					"opd, target, realisasi, anggaran, pembanding, narasi, "
					"dilaporkan, pengaturan)",
					tabel[i].nama);
	}
	int ada_pemda = 0;
	for (int i = 0; i < n; i++)
		ada_pemda |= strcmp(tabel[i].nama, "pemda") == 0;
	if (!ada_pemda) {
		g->pengguna = 1;
		return galat_set(g, "pemda.csv wajib ada di setiap impor (format-impor.md)");
	}
	if (store_begin(s, g))
		return -1;
	store_audit_sisip(s, 0);
	int rc = -1;
	for (int j = 0; impor_urutan[j]; j++) {
		for (int i = 0; i < n; i++) {
			if (strcmp(tabel[i].nama, impor_urutan[j]) != 0)
				continue;
			c.it = &tabel[i];
			struct impor_ringkasan sebelum = *r;
			if (penangan[j](&c))
				goto out;
			/* One summary entry per file: new rows are not audited one by one. */
			long baru = r->baru - sebelum.baru, ubah = r->diubah - sebelum.diubah;
			if (baru || ubah) {
				char ringkas[128];
				snprintf(ringkas, sizeof(ringkas), "%ld baris baru, %ld diubah", baru,
					 ubah);
				if (store_audit(s, c.pengguna, NULL, tabel[i].nama, "impor", NULL,
						ringkas, g))
					goto out;
			}
		}
	}
	if (store_commit(s, g))
		goto out;
	rc = 0;
out:
	if (rc) {
		store_rollback(s);
		g->pengguna = g->pengguna || g->berkas[0];
	}
	store_audit_sisip(s, 1);
	if (c.set_ada)
		model_release(&c.set);
	arena_release(&c.arena);
	return rc;
}

int impor_baca_berkas(const char *path, char **isi, size_t *n, struct galat *g)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		g->pengguna = 1;
		return galat_set(g, "tidak dapat membaca %s: %s", path, strerror(errno));
	}
	struct buf b = BUF_INIT;
	char tmp[65536];
	size_t k;
	while ((k = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_append(&b, tmp, k);
	int err = ferror(f);
	fclose(f);
	if (err) {
		buf_release(&b);
		g->pengguna = 1;
		return galat_set(g, "gagal membaca %s", path);
	}
	*n = b.len;
	*isi = buf_detach(&b);
	return 0;
}

int impor_folder(struct store *s, const char *dir, const char *pengguna,
		 impor_progres_fn progres_fn, void *arg, struct impor_ringkasan *r,
		 struct galat *g)
{
	struct impor_tabel tabel[16];
	struct csv_tabel csv[16];
	char *nama[16], *berkas[16];
	int n = 0, rc = -1;
	for (int j = 0; impor_urutan[j]; j++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s.csv", dir, impor_urutan[j]);
		struct stat st;
		if (stat(path, &st) != 0)
			continue;
		char *isi;
		size_t len;
		if (impor_baca_berkas(path, &isi, &len, g))
			goto out;
		berkas[n] = xstrdup(path);
		nama[n] = xstrdup(impor_urutan[j]);
		int x = csv_baca(isi, len, berkas[n], &csv[n], g);
		free(isi);
		if (x) {
			free(berkas[n]);
			free(nama[n]);
			g->pengguna = 1;
			goto out;
		}
		tabel[n].nama = nama[n];
		tabel[n].berkas = berkas[n];
		tabel[n].t = &csv[n];
		n++;
	}
	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		g->pengguna = 1;
		galat_set(g, "'%s' bukan folder (atau berkas .xlsx)", dir);
		goto out;
	}
	/* Unknown CSV files are refused: a misspelt name would silently import nothing. */
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			size_t len = strlen(e->d_name);
			if (len < 5 || strcmp(e->d_name + len - 4, ".csv") != 0)
				continue;
			int dikenal = 0;
			for (int j = 0; impor_urutan[j]; j++)
				dikenal |= strlen(impor_urutan[j]) == len - 4 &&
					   strncmp(e->d_name, impor_urutan[j], len - 4) == 0;
			if (!dikenal) {
				closedir(d);
				g->pengguna = 1;
				galat_di(g, e->d_name, 0, NULL,
					 "berkas tidak dikenal di templat impor (nama yang dikenal: "
					 "pemda.csv, rencana.csv, indikator.csv, ...)");
				goto out;
			}
		}
		closedir(d);
	}
	if (n == 0) {
		g->pengguna = 1;
		galat_set(g, "folder '%s' tidak berisi berkas templat (pemda.csv, ...)", dir);
		goto out;
	}
	rc = impor_jalankan(s, tabel, n, pengguna, progres_fn, arg, r, g);
out:
	for (int i = 0; i < n; i++) {
		csv_release(&csv[i]);
		free(nama[i]);
		free(berkas[i]);
	}
	return rc;
}
