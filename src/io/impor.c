/* The import template; see impor.h and format-impor.md. */
#include "impor.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/angka.h"
#include "../core/ikm.h"
#include "../core/indeks.h"
#include "../core/nilai.h"
#include "../core/pegawai.h"
#include "../core/pengaturan.h"
#include "../core/skala.h"
#include "../core/waktu.h"
#include "xlsx.h"

struct impor {
	const struct impor_kait *kait;
	impor_progres_fn progres;
	void *arg;
	struct arena arena;
	/* settings (scales) of the pemda last looked at */
	struct model set;
	char set_pemda[64];
	int set_ada;
	/* the framework last looked at (lke_jawaban) */
	struct arena k_arena;
	struct lke_kerangka k;
	char k_kode[128];
	int k_ada; /* 1 found, 0 not, -1 not looked up */
};

struct ctx {
	struct impor *im;
	const struct impor_kait *kait;
	struct galat *g;
	struct impor_galat *d;
	struct impor_ringkasan *r;
	struct arena *arena;
	/* the table being imported */
	const struct impor_tabel *it;
	const struct templat_tabel *tt;
	int kol[32];  /* csv column of each template column, -1 when absent */
	int gaya_siap[32];
	enum angka_gaya gaya[32];
	char *rusak;  /* rows refused by the cell check or as a key's second row */
	char *lama;   /* templat ulang: rows whose key a later row of the file gives again */
	long n_galat; /* errors of this file */
	int fatal;    /* a look-up or the writer failed: stop */
	/* kol_idx's answers: column names asked for (string constants, told by address) */
	const char *nama_p[32];
	int nama_k[32], n_nama;
};

void impor_galat_init(struct impor_galat *d)
{
	memset(d, 0, sizeof(*d));
}

void impor_galat_release(struct impor_galat *d)
{
	free(d->isi);
	memset(d, 0, sizeof(*d));
}

/* ---- errors ---- */

static int kol_idx(struct ctx *c, const char *nama)
{
	/* Several times per row for each cell: the literal's address first, the names' search once. */
	for (int i = 0; i < c->n_nama; i++)
		if (c->nama_p[i] == nama)
			return c->nama_k[i];
	int k = templat_kolom(c->tt, nama);
	if (k < 0)
		abort(); /* a column name in this file that the schema lacks: a programming error */
	if (c->n_nama < 32) {
		c->nama_p[c->n_nama] = nama;
		c->nama_k[c->n_nama++] = k;
	}
	return k;
}

/* Records an error of the file at line `nomor` (1: the header), column `kolom` (may be NULL). */
static int galat_catat(struct ctx *c, long nomor, const char *kolom, const char *pesan)
{
	c->n_galat++;
	struct galat x;
	galat_init(&x);
	galat_di(&x, c->it->berkas, nomor, kolom, "%s", pesan);
	x.pengguna = 1;
	if (!c->g->pesan[0])
		*c->g = x;
	if (c->d->n < IMPOR_GALAT_MAKS) {
		c->d->isi = xrealloc(c->d->isi, sizeof(*c->d->isi) * (size_t)(c->d->n + 1));
		c->d->isi[c->d->n++] = x;
	} else {
		c->d->lain++;
	}
	return -1;
}

static int galat_no(struct ctx *c, long nomor, const char *kolom, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int galat_no(struct ctx *c, long nomor, const char *kolom, const char *fmt, ...)
{
	char pesan[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pesan, sizeof(pesan), fmt, ap);
	va_end(ap);
	return galat_catat(c, nomor, kolom, pesan);
}

#define galat_sel(c, b, kolom, ...) galat_no(c, (b)->nomor, kolom, __VA_ARGS__)

/* A look-up or the writer failed: the import stops. */
static int gagal(struct ctx *c, const char *apa)
{
	c->fatal = 1;
	galat_init(c->g); /* replaces a cell error copied there: this failure stops the import */
	galat_set(c->g, "basis data: gagal membaca %s", apa);
	return -1;
}

static const char *sel(struct ctx *c, const struct csv_baris *b, const char *nama)
{
	return csv_sel(b, c->kol[kol_idx(c, nama)]);
}

static int ada_kolom(struct ctx *c, const char *nama)
{
	return c->kol[kol_idx(c, nama)] >= 0;
}

/*
 * Maps the header to the schema (required columns present, no unknown
 * column) and checks every cell's bytes: valid UTF-8, not too long, nothing
 * right of the named columns. Rows with such a cell are marked rusak.
 */
static int kolom(struct ctx *c)
{
	const struct csv_tabel *t = c->it->t;
	const struct templat_tabel *tt = c->tt;
	long awal = c->n_galat;
	for (int k = 0; k < tt->n_kolom; k++) {
		c->kol[k] = csv_kolom(t, tt->kolom[k].nama);
		c->gaya_siap[k] = 0;
		if (c->kol[k] < 0 && tt->kolom[k].wajib)
			galat_no(c, 1, tt->kolom[k].nama, "kolom wajib '%s' tidak ada",
				 tt->kolom[k].nama);
	}
	for (int i = 0; i < t->n_kolom; i++) {
		if (!t->kolom[i][0] || templat_kolom(tt, t->kolom[i]) >= 0)
			continue;
		if (tt == &templat[TEMPLAT_SURVEI_JAWABAN])
			continue; /* the unsur columns: checked against each row's survey */
		char daftar[400];
		templat_daftar_kolom(tt, ", ", daftar, sizeof(daftar));
		if (!csv_utf8_sah(t->kolom[i], strlen(t->kolom[i])))
			galat_no(c, 1, NULL, "nama kolom ke-%d bukan teks UTF-8 yang sah", i + 1);
		else
			galat_no(c, 1, t->kolom[i],
				 "kolom '%s' tidak dikenal (kolom yang dikenal: %s)", t->kolom[i],
				 daftar);
	}
	if (c->n_galat > awal)
		return -1;
	for (long i = 0; i < t->n_baris; i++) {
		const struct csv_baris *b = &t->baris[i];
		for (int j = 0; j < b->n; j++) {
			const char *s = b->sel[j];
			const char *nama = j < t->n_kolom ? t->kolom[j] : NULL;
			size_t len = strlen(s);
			if (!csv_utf8_sah(s, len)) {
				galat_sel(c, b, nama,
					  "sel berisi byte yang bukan UTF-8 (simpan berkas sebagai "
					  "CSV UTF-8)");
				c->rusak[i] = 1;
			} else if (len > IMPOR_SEL_MAKS) {
				galat_sel(c, b, nama, "isi sel terlalu panjang (%zu byte, paling "
						      "banyak %d)", len, IMPOR_SEL_MAKS);
				c->rusak[i] = 1;
			} else if (j >= t->n_kolom && *s) {
				galat_sel(c, b, NULL, "sel berisi '%s' di luar kolom yang bernama",
					  s);
				c->rusak[i] = 1;
			}
		}
	}
	return 0;
}

/* ---- one row per key ---- */

static uint64_t hash_tambah(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL; /* FNV-1a */
	return h;
}

/*
 * The cell of key column k of row b as keys compare: a whole number (a year,
 * versi, urutan) by its value ("02020" is 2020, as the importer reads it), a
 * choice by the schema's spelling (read case-insensitively), any other cell as
 * written. A number's writing goes to tmp (n bytes).
 */
static const char *kunci_sel(const struct ctx *c, int k, const struct csv_baris *b, char *tmp,
			     size_t n)
{
	const struct templat_kolom *tk = &c->tt->kolom[k];
	const char *v = csv_sel(b, c->kol[k]);
	if (!*v)
		return v;
	if (tk->jenis == TJ_PILIHAN) {
		int i = templat_pilihan(tk, v);
		return i >= 0 ? tk->pilihan[i] : v;
	}
	if (tk->jenis != TJ_TAHUN && tk->jenis != TJ_TRIWULAN && tk->jenis != TJ_ANGKA)
		return v;
	const char *p = v;
	while (*p >= '0' && *p <= '9')
		p++;
	if (!*p && (v[0] != '0' || !v[1]))
		return v; /* digits without a leading zero: already the value's writing */
	char *akhir;
	errno = 0;
	long x = strtol(v, &akhir, 10);
	if (*akhir || errno)
		return v;
	snprintf(tmp, n, "%ld", x);
	return tmp;
}

/* Whether rows a and b have the same key (columns kk[0..nk)). */
static int kunci_sama(const struct ctx *c, const int *kk, int nk, const struct csv_baris *a,
		      const struct csv_baris *b)
{
	char ta[32], tb[32];
	for (int j = 0; j < nk; j++)
		if (strcmp(kunci_sel(c, kk[j], a, ta, sizeof(ta)),
			   kunci_sel(c, kk[j], b, tb, sizeof(tb))) != 0)
			return 0;
	return 1;
}

/* "kode 'X' sudah ada di baris N" at row b, column: the key's first (the pemda left out). */
static void kunci_ganda_lapor(struct ctx *c, const int *kk, int nk, const struct csv_baris *b,
			      long awal)
{
	struct buf m = BUF_INIT;
	const char *kolom = NULL;
	for (int j = 0; j < nk; j++) {
		const char *nama = c->tt->kolom[kk[j]].nama;
		if (nk > 1 && strcmp(nama, "pemda") == 0)
			continue; /* the same pemda: the other columns say which row */
		const char *v = csv_sel(b, c->kol[kk[j]]);
		buf_printf(&m, "%s%s ", kolom ? ", " : "", nama);
		if (*v)
			buf_printf(&m, "'%s'", v);
		else
			buf_puts(&m, "kosong");
		if (!kolom)
			kolom = nama;
	}
	galat_sel(c, b, kolom, "%s sudah ada di baris %ld", m.data, awal);
	buf_release(&m);
}

/*
 * Each key (the schema's kunci columns) once per file: a later row of a key
 * already given is refused, naming the earlier, and left out (rusak) before
 * any check that reads other rows (a parent, a node's OPD) sees it. A table
 * whose later row replaces the earlier (templat ulang: target.csv) has the
 * earlier marked lama instead. One pass, a hash set of the rows' keys.
 */
static void kunci_ganda(struct ctx *c)
{
	const struct csv_tabel *t = c->it->t;
	int kk[32], nk = 0;
	for (int k = 0; k < c->tt->n_kolom && nk < 32; k++)
		if (c->tt->kolom[k].kunci)
			kk[nk++] = k;
	if (!nk || t->n_baris < 2 || t->n_baris >= UINT32_MAX)
		return;
	if (c->tt->ulang)
		c->lama = xcalloc((size_t)t->n_baris, 1);
	/* a slot: the key's hash, high 32 bits, and its row + 1 (0: empty) */
	size_t cap = 16;
	while (cap < (size_t)t->n_baris + (size_t)t->n_baris / 2)
		cap *= 2;
	uint64_t *slot = xcalloc(cap, sizeof(*slot));
	for (long i = 0; i < t->n_baris; i++) {
		if (c->rusak[i])
			continue;
		const struct csv_baris *b = &t->baris[i];
		uint64_t h = 1469598103934665603ULL;
		char tmp[32];
		for (int j = 0; j < nk; j++)
			h = (hash_tambah(h, kunci_sel(c, kk[j], b, tmp, sizeof(tmp))) ^ 0x1f) *
			    1099511628211ULL;
		uint64_t tanda = h >> 32;
		size_t s = (size_t)h & (cap - 1);
		for (; slot[s]; s = (s + 1) & (cap - 1)) {
			long j = (long)(slot[s] & 0xffffffffu) - 1;
			if (slot[s] >> 32 != tanda || !kunci_sama(c, kk, nk, &t->baris[j], b))
				continue;
			if (c->lama) {
				c->lama[j] = 1;
				break; /* the slot holds the latest row */
			}
			kunci_ganda_lapor(c, kk, nk, b, t->baris[j].nomor);
			c->rusak[i] = 1;
			break;
		}
		if (!c->rusak[i])
			slot[s] = tanda << 32 | (uint64_t)(i + 1);
	}
	free(slot);
}

/* ---- cells ---- */

/* The writing of a number column, decided by the cells that prove one. */
static enum angka_gaya gaya_kolom(struct ctx *c, const char *nama)
{
	int k = kol_idx(c, nama);
	if (c->gaya_siap[k])
		return c->gaya[k];
	long id = 0, intl = 0;
	const struct csv_tabel *t = c->it->t;
	for (long i = 0; i < t->n_baris; i++) {
		const char *s = csv_sel(&t->baris[i], c->kol[k]);
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

static int galat_ambigu(struct ctx *c, const struct csv_baris *b, const char *k, const char *s)
{
	return galat_sel(c, b, k,
			 "'%s' bisa dibaca sebagai ribuan (cara Indonesia) atau desimal (cara "
			 "internasional), dan nilai lain di kolom ini tidak menentukan; tulis "
			 "misalnya 1234 atau 1,234",
			 s);
}

/*
 * What to write instead of a number as a spreadsheet shows it: "Rp 1.234,00"
 * (a currency cell) or "72,90%" (a percentage cell, the unit being the
 * indicator's satuan). Appends ": tulis tanpa ..." to out, or nothing.
 */
static void petunjuk_angka(const char *s, struct buf *out)
{
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if ((s[0] == 'R' || s[0] == 'r') && (s[1] == 'p' || s[1] == 'P')) {
		const char *x = s + 2 + (s[2] == '.');
		while (*x == ' ')
			x++;
		buf_printf(out, ": tulis tanpa \"Rp\", mis. %.*s", (int)(s + n - x), x);
	} else if (n > 1 && s[n - 1] == '%') {
		size_t m = n - 1;
		while (m && s[m - 1] == ' ')
			m--;
		buf_printf(out, ": tulis tanpa \"%%\" (satuan ada di indikator), mis. %.*s", (int)m, s);
	}
}

/* A number: 0 ok, 1 empty (n/a), -1 error. */
static int sel_angka(struct ctx *c, const struct csv_baris *b, const char *k, double *v)
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
	struct buf p = BUF_INIT;
	petunjuk_angka(s, &p);
	int rc = galat_sel(c, b, k, "'%s' bukan angka%s", s, p.data ? p.data : "");
	buf_release(&p);
	return rc;
}

/* Whole Rupiah: 0 ok, 1 empty, -1 error. */
static int sel_rupiah(struct ctx *c, const struct csv_baris *b, const char *k, int64_t *out)
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

static int sel_tahun(struct ctx *c, const struct csv_baris *b, const char *k, int wajib,
		     int *out)
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

static int sel_triwulan(struct ctx *c, const struct csv_baris *b, const char *k, int *out)
{
	const char *tw = sel(c, b, k);
	*out = 0;
	if (!*tw)
		return 0;
	if (strlen(tw) == 1 && tw[0] >= '1' && tw[0] <= '4') {
		*out = tw[0] - '0';
		return 0;
	}
	return galat_sel(c, b, k, "triwulan '%s' harus kosong (setahun) atau 1-4", tw);
}

static int sel_wajib(struct ctx *c, const struct csv_baris *b, const char *k, const char **out)
{
	*out = sel(c, b, k);
	if (!**out)
		return galat_sel(c, b, k, "kolom %s tidak boleh kosong", k);
	return 0;
}

/* The schema's column k of the table being read (it has one: the callers name their own). */
static const struct templat_kolom *kolom_ini(const struct ctx *c, const char *k)
{
	int j = templat_kolom(c->tt, k);
	return j >= 0 ? &c->tt->kolom[j] : NULL;
}

/* "k 'v' tidak dikenal (the choice's words)" at the cell; -1. */
static int galat_pilihan(struct ctx *c, const struct csv_baris *b, const char *k, const char *v)
{
	char daftar[256];
	const struct templat_kolom *tk = kolom_ini(c, k);
	return galat_sel(c, b, k, "%s '%s' tidak dikenal (%s)", k, v,
			 tk ? templat_daftar_pilihan(tk, daftar, sizeof(daftar)) : "");
}

/*
 * A required cell whose value is one of the column's choice words (the
 * schema's `pilihan`), matched case-insensitively; *out receives the list's spelling.
 */
static int sel_pilihan(struct ctx *c, const struct csv_baris *b, const char *k, const char **out)
{
	const char *s;
	if (sel_wajib(c, b, k, &s))
		return -1;
	const struct templat_kolom *tk = kolom_ini(c, k);
	int i = tk ? templat_pilihan(tk, s) : -1;
	if (i < 0)
		return galat_pilihan(c, b, k, s);
	*out = tk->pilihan[i];
	return 0;
}

/*
 * An optional cell holding one of the column's choice words, parsed to its
 * index (the enum's value); the message lists them. 0 ok (*out set), 1 empty, -1 error.
 */
static int sel_enum(struct ctx *c, const struct csv_baris *b, const char *k, int *out)
{
	const char *s = sel(c, b, k);
	if (!*s)
		return 1;
	const struct templat_kolom *tk = kolom_ini(c, k);
	int i = tk ? templat_pilihan(tk, s) : -1;
	if (i < 0)
		return galat_pilihan(c, b, k, s);
	*out = i;
	return 0;
}

static const char *sel_opsional(struct ctx *c, const struct csv_baris *b, const char *k)
{
	const char *s = sel(c, b, k);
	return *s ? s : NULL;
}

/*
 * The generic columns of the table (medan TM_TEKS*, TM_KATA, TM_PILIHAN*,
 * TM_TAHUN, templat.h) into the row struct `baris`, in the schema's order: the one loop
 * that reads every such column, so a new one needs no line here. A required
 * one empty: "kolom X tidak boleh kosong"; a choice not one of its words: the
 * words listed (galat_pilihan); the field is then left as it was. 0, or -1
 * after reporting each bad cell.
 */
static int sel_medan_semua(struct ctx *c, const struct csv_baris *b, void *baris)
{
	int bad = 0;
	for (int k = 0; k < c->tt->n_kolom; k++) {
		const struct templat_kolom *tk = &c->tt->kolom[k];
		if (tk->medan == TM_KHUSUS)
			continue;
		const char *v = csv_sel(b, c->kol[k]);
		/* a year's empty cell: sel_tahun's own message */
		int wajib = tk->medan == TM_TEKS_ISI || tk->medan == TM_KATA ||
			    tk->medan == TM_PILIHAN;
		if (wajib && !*v) {
			bad |= galat_sel(c, b, tk->nama, "kolom %s tidak boleh kosong", tk->nama) < 0;
			if (tk->medan == TM_TEKS_ISI)
				templat_teks_isi(tk, baris, v);
			continue;
		}
		switch (tk->medan) {
		case TM_TAHUN: {
			int th;
			bad |= sel_tahun(c, b, tk->nama, 1, &th) < 0;
			templat_int_isi(tk, baris, th); /* 0 after an error */
			break;
		}
		case TM_KATA:
		case TM_PILIHAN:
		case TM_PILIHAN_OPSI: {
			int i = *v ? templat_pilihan(tk, v) : -1;
			if (*v && i < 0)
				bad |= galat_pilihan(c, b, tk->nama, v) < 0;
			else if (i >= 0)
				templat_nilai_isi(tk, baris, tk->pilihan[i]);
			break;
		}
		default:
			templat_teks_isi(tk, baris, tk->medan == TM_TEKS_OPSI && !*v ? NULL : v);
		}
	}
	return bad ? -1 : 0;
}

/* Whether the cell of generic choice column `nama` was read into its field (sel_medan_semua). */
static int pilihan_sah(struct ctx *c, const struct csv_baris *b, const char *nama)
{
	return templat_pilihan(kolom_ini(c, nama), sel(c, b, nama)) >= 0;
}

/* The pemda of a row must be known (imported earlier or in pemda.csv). */
static int sel_pemda(struct ctx *c, const struct csv_baris *b, const char **out)
{
	if (sel_wajib(c, b, "pemda", out))
		return -1;
	int r = c->kait->pemda_ada(c->kait->arg, *out);
	if (r < 0)
		return gagal(c, "pemda");
	if (!r)
		return galat_sel(c, b, "pemda", "pemda '%s' tidak dikenal (tambahkan di pemda.csv)",
				 *out);
	return 0;
}

static int set_terap(const char *kunci, const char *nilai, void *arg)
{
	struct impor *im = arg;
	struct galat g;
	galat_init(&g);
	/* A stored setting was validated when it was imported; a failure leaves the default. */
	(void)pengaturan_terap(&im->set, kunci, nilai, &g);
	return 0;
}

/* A scale of a pemda's settings; settings loaded once per pemda. NULL when unknown. */
static const struct skala *skala_pemda(struct ctx *c, const char *pemda, const char *nama)
{
	struct impor *im = c->im;
	if (!im->set_ada || strcmp(im->set_pemda, pemda) != 0) {
		if (im->set_ada)
			model_release(&im->set);
		model_init(&im->set);
		im->set_ada = 1;
		snprintf(im->set_pemda, sizeof(im->set_pemda), "%s", pemda);
		if (c->kait->pengaturan_daftar(c->kait->arg, pemda, set_terap, im)) {
			gagal(c, "pengaturan");
			im->set_pemda[0] = '\0';
			return NULL;
		}
	}
	return model_skala(&im->set, nama);
}

/* Looks up an indicator of the row's pemda: arah and scale. */
static int sel_indikator(struct ctx *c, const struct csv_baris *b, const char *pemda,
			 const char **kode, enum arah *arah, const struct skala **sk)
{
	char nama_skala[128];
	if (sel_wajib(c, b, "indikator", kode))
		return -1;
	int r = c->kait->indikator_info(c->kait->arg, pemda, *kode, arah, nama_skala,
					sizeof(nama_skala));
	if (r < 0)
		return gagal(c, "indikator");
	if (!r)
		return galat_sel(c, b, "indikator",
				 "indikator '%s' tidak dikenal untuk pemda %s (tambahkan di "
				 "indikator.csv)",
				 *kode, pemda);
	*sk = *arah == ARAH_KATEGORI ? skala_pemda(c, pemda, nama_skala) : NULL;
	return c->fatal ? -1 : 0;
}

/* The message for a value that nilai_parse refused. */
static void pesan_nilai(const char *s, enum arah arah, const struct skala *sk, struct buf *out)
{
	char lo[64], hi[64];
	double x, y;
	if (angka_rentang_pisah(s, lo, sizeof(lo), hi, sizeof(hi)) &&
	    angka_parse(lo, GAYA_TIDAK_TAHU, &x, NULL) == ANGKA_OK &&
	    angka_parse(hi, GAYA_TIDAK_TAHU, &y, NULL) == ANGKA_OK && x > y) {
		buf_printf(out, "'%s': rentang ditulis dari besar ke kecil; tulis %s-%s", s, hi,
			   lo);
		return;
	}
	if (arah == ARAH_KATEGORI && sk) {
		buf_printf(out, "'%s' bukan kategori skala %s (", s, sk->nama);
		for (int i = 0; i < sk->n; i++)
			buf_printf(out, "%s%s", i ? ", " : "", sk->kelas[i].nama);
		buf_putc(out, ')');
		return;
	}
	struct buf h = BUF_INIT; /* "Rp ..." or "...%": the hint is the message */
	petunjuk_angka(s, &h);
	if (h.len)
		buf_printf(out, "'%s' bukan angka%s", s, h.data);
	else
		buf_printf(out, "'%s' bukan angka atau rentang (mis. 72,47 atau 3-5)", s);
	buf_release(&h);
}

/*
 * Checks a value of an indicator (target, realisasi, kondisi) read with the
 * column's writing gaya. 0 ok, 1 empty, -1 error with the message in pesan.
 */
static int nilai_periksa(const char *s, enum angka_gaya gaya, enum arah arah,
			 const struct skala *sk, int rentang_boleh, struct arena *a,
			 struct nilai *v, struct buf *pesan)
{
	switch (nilai_parse(s, gaya, sk, 0, a, v, NULL)) {
	case ANGKA_KOSONG:
		return 1;
	case ANGKA_AMBIGU:
		buf_printf(pesan, "'%s' bisa dibaca sebagai ribuan (cara Indonesia) atau desimal "
				  "(cara internasional), dan nilai lain di kolom ini tidak "
				  "menentukan; tulis misalnya 1234 atau 1,234",
			   s);
		return -1;
	case ANGKA_TIDAK_SAH:
		pesan_nilai(s, arah, sk, pesan);
		return -1;
	case ANGKA_OK:
		break;
	}
	if (v->jenis == NILAI_RENTANG && !rentang_boleh) {
		buf_printf(pesan, "'%s': rentang tidak boleh di sini, tulis satu angka", s);
		return -1;
	}
	if (arah == ARAH_KATEGORI && v->jenis == NILAI_ANGKA &&
	    !(sk && sk->n && sk->kelas[0].ada_batas)) {
		buf_printf(pesan, "'%s': indikator kategori dengan skala tanpa batas nilai "
				  "memerlukan nama kategori", s);
		return -1;
	}
	if (arah == ARAH_KATEGORI && v->jenis == NILAI_RENTANG) {
		buf_printf(pesan, "'%s': indikator kategori tidak memakai rentang", s);
		return -1;
	}
	return 0;
}

/* A value of an indicator (target, realisasi, kondisi): 0 ok, 1 empty, -1 error. */
static int sel_nilai(struct ctx *c, const struct csv_baris *b, const char *k, enum arah arah,
		     const struct skala *sk, int rentang_boleh, struct nilai *v)
{
	struct buf pesan = BUF_INIT;
	int r = nilai_periksa(sel(c, b, k), gaya_kolom(c, k), arah, sk, rentang_boleh, c->arena,
			      v, &pesan);
	if (r < 0)
		galat_sel(c, b, k, "%s", pesan.data);
	buf_release(&pesan);
	return r;
}

/*
 * The first three columns of target, realisasi and pembanding: pemda,
 * indikator, tahun. 0 all valid; 1 the indicator is known (arah, sk set) but
 * the year is not valid; -1 the indicator is not known.
 */
static int sel_pemda_indikator_tahun(struct ctx *c, const struct csv_baris *b, const char **pemda,
				     const char **indikator, int *tahun, enum arah *arah,
				     const struct skala **sk)
{
	int ind_ok = sel_pemda(c, b, pemda) == 0 && !c->fatal &&
		     sel_indikator(c, b, *pemda, indikator, arah, sk) == 0;
	int tahun_ok = sel_tahun(c, b, "tahun", 1, tahun) == 0;
	return !ind_ok ? -1 : !tahun_ok;
}

static void progres(struct ctx *c, long i)
{
	if (c->im->progres && (i % 20000 == 0 || i == c->it->t->n_baris))
		c->im->progres(c->it->berkas, i, c->it->t->n_baris, c->im->arg);
}

/* Hands the valid row of line `nomor` to the writer and counts what happened. */
static int tulis(struct ctx *c, long nomor, struct impor_baris *ib)
{
	ib->tabel = (enum templat_id)(c->tt - templat);
	ib->berkas = c->it->berkas;
	ib->nomor = nomor;
	enum impor_ubah u = IMPOR_SAMA;
	struct galat g;
	galat_init(&g);
	if (c->kait->tulis(c->kait->arg, ib, &u, &g)) {
		/* replaces a cell error copied into c->g: this failure stops the import */
		*c->g = g;
		c->fatal = 1;
		return -1;
	}
	if (ib->lama)
		c->r->sama++;
	else if (u == IMPOR_BARU)
		c->r->baru++;
	else if (u == IMPOR_DIUBAH)
		c->r->diubah++;
	else
		c->r->sama++;
	return 0;
}

/* Loop over the rows not refused by the cell check; stops when a look-up or the writer failed. */
#define BARIS(c, i, b)                                                                   \
	for (long i = 0; i < (c)->it->t->n_baris && !(c)->fatal; i++)                    \
		for (const struct csv_baris *b = &(c)->it->t->baris[i]; b && !(c)->rusak[i]; \
		     b = NULL)

/* ---- tables ---- */

static int impor_pemda(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct pemda *p = &ib.u.pemda;
		int bad = sel_medan_semua(c, b, p) < 0; /* kode, nama, jenis, induk, rumus_turun */
		int tahun_ok = sel_tahun(c, b, "periode_awal", 0, &p->periode_awal) == 0;
		tahun_ok &= sel_tahun(c, b, "periode_akhir", 0, &p->periode_akhir) == 0;
		bad |= !tahun_ok;
		if (tahun_ok && p->periode_awal && p->periode_akhir &&
		    p->periode_awal > p->periode_akhir)
			bad |= galat_sel(c, b, "periode_akhir", "periode_akhir %d sebelum "
				 "periode_awal %d", p->periode_akhir, p->periode_awal) < 0;
		if (bad)
			continue;
		ib.pemda = p->kode;
		tulis(c, b->nomor, &ib);
	}
	/* Parents may come later in the file than their children. */
	BARIS(c, i, b) {
		const char *induk = sel_opsional(c, b, "induk");
		if (!induk)
			continue;
		int r = c->kait->pemda_ada(c->kait->arg, induk);
		if (r < 0)
			gagal(c, "pemda");
		else if (!r)
			galat_sel(c, b, "induk", "induk '%s' bukan pemda yang dikenal", induk);
		else if (strcmp(induk, sel(c, b, "kode")) == 0)
			galat_sel(c, b, "induk", "pemda tidak boleh menjadi induknya sendiri");
	}
	return 0;
}

static int impor_pengaturan(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		const char *kunci, *nilai = sel(c, b, "nilai");
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		bad |= sel_wajib(c, b, "kunci", &kunci) < 0;
		if (!bad) {
			struct model uji;
			model_init(&uji);
			struct galat g2;
			galat_init(&g2);
			int r = pengaturan_terap(&uji, kunci, nilai, &g2);
			model_release(&uji);
			if (r)
				bad |= galat_sel(c, b, "nilai", "%s", g2.pesan) < 0;
		}
		if (bad)
			continue;
		ib.u.pengaturan.kunci = kunci;
		ib.u.pengaturan.nilai = nilai;
		tulis(c, b->nomor, &ib);
	}
	c->im->set_pemda[0] = '\0'; /* scales may have changed */
	return 0;
}

/*
 * An empty cell, "-" (no NIP, as forms write it for a regional head) or a NIP
 * (core/pegawai.c, the same rule for a PK's signatories and an OPD head); -1 after an error.
 */
static int sel_nip(struct ctx *c, const struct csv_baris *b, const char *kolom, const char *isi)
{
	if (pegawai_tanpa_nip(isi) || pegawai_nip_sah(isi))
		return 0;
	return galat_sel(c, b, kolom,
			 "NIP '%s' harus 18 angka (boleh dipisah satu spasi, mis. 19000101 200001 1 "
			 "001)",
			 isi);
}

/*
 * Walks up the OPD hierarchy from `induk`, the parent of row b's OPD `kode`, through
 * the rows as they stand now (this import's written, the stored ones): a walk
 * back to `kode` closes a cycle, refused with its codes. 0, or -1 when a look-up failed.
 */
static int siklus_opd(struct ctx *c, const struct csv_baris *b, const char *pemda,
		      const char *kode, const char *induk)
{
	char k[IMPOR_SEL_MAKS + 1], atas[IMPOR_SEL_MAKS + 1];
	struct buf jalur = BUF_INIT;
	int rc = 0;
	buf_puts(&jalur, kode);
	str_salin(k, sizeof(k), induk);
	for (int langkah = 0; langkah < 64 && k[0]; langkah++) {
		buf_printf(&jalur, " -> %s", k);
		if (strcmp(k, kode) == 0) {
			galat_sel(c, b, "induk", "induk '%s' membentuk lingkaran OPD: %s", induk,
				  jalur.data);
			break;
		}
		int r = c->kait->opd_induk(c->kait->arg, pemda, k, atas, sizeof(atas));
		if (r < 0) {
			rc = gagal(c, "opd");
			break;
		}
		if (!r)
			break; /* an unknown parent: that row's own error */
		memcpy(k, atas, strlen(atas) + 1);
	}
	buf_release(&jalur);
	return rc;
}

static int impor_opd(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		bad |= sel_medan_semua(c, b, &ib.u.opd) < 0;
		bad |= sel_nip(c, b, "nip", ib.u.opd.nip) < 0; /* the head who signs its PK */
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	/* A parent OPD may come later in the file than the units under it. */
	BARIS(c, i, b) {
		const char *induk = sel_opsional(c, b, "induk"), *pemda = sel(c, b, "pemda");
		if (!induk || c->fatal)
			continue;
		if (strcmp(induk, sel(c, b, "kode")) == 0) {
			galat_sel(c, b, "induk", "OPD tidak boleh menjadi induknya sendiri");
			continue;
		}
		int r = c->kait->opd_ada(c->kait->arg, pemda, induk);
		if (r < 0)
			gagal(c, "opd");
		else if (!r)
			galat_sel(c, b, "induk", "induk '%s' tidak ada di opd.csv pemda %s", induk,
				  pemda);
		else
			siklus_opd(c, b, pemda, sel(c, b, "kode"), induk);
	}
	return 0;
}

/*
 * The OPD a cascade node belongs to: its own, or (kegiatan, sub-kegiatan left
 * empty) its parent's. 1 found (out may be ""), 0 no such node, -1 failure.
 */
static int opd_simpul(struct ctx *c, const char *pemda, const char *kode, char *out, size_t n)
{
	char k[256], induk[256];
	str_salin(k, sizeof(k), kode);
	for (int langkah = 0; langkah < 16; langkah++) {
		enum jenis_rencana j;
		int r = c->kait->rencana_info(c->kait->arg, pemda, k, &j, out, n, induk,
					      sizeof(induk));
		if (r <= 0)
			return r;
		if (out[0] || (j != RENCANA_KEGIATAN && j != RENCANA_SUBKEGIATAN) || !induk[0])
			return 1;
		str_salin(k, sizeof(k), induk);
	}
	out[0] = '\0'; /* a loop (refused elsewhere): no OPD */
	return 1;
}

/*
 * 1 when walking up from `induk` reaches `kode` (a cycle), 0 not, -1 failure.
 * A walk stops at a node of akar, whose chain reaches a root, and adds kode
 * to akar (its key "pemda\x1fkode" in a) when it reaches one.
 */
static int siklus_rencana(struct ctx *c, const char *pemda, const char *kode, const char *induk,
			  struct indeks *akar, struct arena *a)
{
	char k[256], atas[256], o[256], kunci[600];
	str_salin(k, sizeof(k), induk);
	for (int langkah = 0; k[0]; langkah++) {
		if (strcmp(k, kode) == 0)
			return 1;
		snprintf(kunci, sizeof(kunci), "%s\x1f%s", pemda, k);
		if (indeks_cari(akar, kunci) >= 0)
			break; /* k's chain was walked to a root already */
		enum jenis_rencana j;
		int r = c->kait->rencana_info(c->kait->arg, pemda, k, &j, o, sizeof(o), atas,
					      sizeof(atas));
		if (r <= 0 || langkah == 64)
			return r < 0 ? r : 0; /* an unknown parent: that row's own error */
		str_salin(k, sizeof(k), atas);
	}
	/* kode's chain reaches a root: a later walk through kode stops there */
	indeks_tambah(akar, arena_printf(a, "%s\x1f%s", pemda, kode), 1);
	return 0;
}

/* The cascade table of siklus.md: may a `j` of OPD `opd` stand under ji of OPD opd_induk? */
static const char *aturan_kaskade(enum jenis_rencana j, const char *opd, enum jenis_rencana ji,
				  const char *opd_induk)
{
	int sama = opd && strcmp(opd, opd_induk) == 0;
	switch (j) {
	case RENCANA_TUJUAN_PD:
		return ji == RENCANA_SASARAN ? NULL : "sasaran RPJMD";
	case RENCANA_SASARAN_PD:
		return ji == RENCANA_TUJUAN_PD && sama ? NULL : "tujuan_pd OPD yang sama";
	case RENCANA_PROGRAM:
		return (ji == RENCANA_SASARAN_PD && sama) || ji == RENCANA_SASARAN
			       ? NULL
			       : "sasaran_pd OPD yang sama atau sasaran RPJMD";
	case RENCANA_KEGIATAN:
		return ji == RENCANA_PROGRAM ? NULL : "program";
	case RENCANA_SUBKEGIATAN:
		return ji == RENCANA_KEGIATAN ? NULL : "kegiatan";
	default:
		return (int)ji == (int)j - 1 ? NULL : model_rencana_nama((enum jenis_rencana)(j - 1));
	}
}

static int impor_rencana(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct rencana *r = &ib.u.rencana;
		const char *jenis = sel(c, b, "jenis");
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		bad |= sel_medan_semua(c, b, r) < 0; /* jenis, kode, induk, uraian, opd */
		int jenis_ok = pilihan_sah(c, b, "jenis");
		if (jenis_ok && !RENCANA_KASKADE(r->jenis) && r->opd)
			bad |= galat_sel(c, b, "opd", "%s RPJMD tidak mempunyai opd (opd hanya untuk "
					 "tujuan_pd, sasaran_pd, program, kegiatan, subkegiatan)",
					 jenis) < 0;
		if (jenis_ok && r->jenis >= RENCANA_TUJUAN_PD && r->jenis <= RENCANA_PROGRAM &&
		    !r->opd)
			bad |= galat_sel(c, b, "opd", "%s '%s' memerlukan opd", jenis, r->kode) < 0;
		if (r->opd && !bad && !c->fatal) {
			int x = c->kait->opd_ada(c->kait->arg, ib.pemda, r->opd);
			if (x < 0)
				return gagal(c, "opd");
			if (!x)
				bad |= galat_sel(c, b, "opd", "opd '%s' tidak ada di opd.csv pemda %s",
						 r->opd, ib.pemda) < 0;
		}
		if (jenis_ok && r->jenis == RENCANA_VISI && r->induk)
			bad |= galat_sel(c, b, "induk", "visi tidak mempunyai induk") < 0;
		if (jenis_ok && r->jenis != RENCANA_VISI && !r->induk)
			bad |= galat_sel(c, b, "induk", "%s '%s' memerlukan induk", jenis,
					 r->kode) < 0;
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	/*
	 * The plan tree: misi under visi, tujuan under misi, sasaran under tujuan.
	 * The rows are all written: the nodes whose chain reaches a root are kept
	 * (akar), so each row's walk stops at its parent's, not at the visi.
	 */
	struct indeks akar;
	struct arena ka;
	indeks_init(&akar, (int)c->it->t->n_baris);
	arena_init(&ka);
	BARIS(c, i, b) {
		const char *induk = sel_opsional(c, b, "induk"), *pemda = sel(c, b, "pemda");
		enum jenis_rencana j, ji;
		if (!induk || model_rencana_parse(sel(c, b, "jenis"), &j) || j == RENCANA_VISI)
			continue;
		int r = c->kait->rencana_jenis(c->kait->arg, pemda, induk, &ji);
		if (r < 0)
			gagal(c, "rencana");
		else if (r == 0)
			galat_sel(c, b, "induk", "induk '%s' tidak ada di rencana pemda %s", induk,
				  pemda);
		if (r <= 0)
			continue;
		const char *opd = sel_opsional(c, b, "opd");
		char oi[256] = "";
		if (RENCANA_KASKADE(j) && opd_simpul(c, pemda, induk, oi, sizeof(oi)) < 0) {
			gagal(c, "rencana");
			continue;
		}
		const char *perlu = aturan_kaskade(j, j >= RENCANA_KEGIATAN && !opd ? oi : opd, ji,
						   oi);
		/*
		 * A cycle is looked for on every row, not only where the parent rule
		 * fails: a row may close one through stored rows that passed the rule
		 * when they were written (a node stored above, made a kegiatan now).
		 */
		int lingkar = siklus_rencana(c, pemda, sel(c, b, "kode"), induk, &akar, &ka);
		if (lingkar < 0) {
			gagal(c, "rencana");
		} else if (lingkar) {
			galat_sel(c, b, "induk", "induk '%s' membentuk lingkaran: %s '%s' menjadi "
				  "leluhurnya sendiri", induk, model_rencana_nama(j),
				  sel(c, b, "kode"));
		} else if (perlu) {
			if (RENCANA_KASKADE(ji) && oi[0])
				galat_sel(c, b, "induk", "induk '%s' adalah %s OPD %s; induk sebuah "
					  "%s%s%s harus %s", induk, model_rencana_nama(ji), oi,
					  model_rencana_nama(j), opd ? " OPD " : "", opd ? opd : "",
					  perlu);
			else
				galat_sel(c, b, "induk", "induk '%s' adalah %s; induk sebuah %s harus "
					  "%s", induk, model_rencana_nama(ji), model_rencana_nama(j),
					  perlu);
		} else if (j >= RENCANA_KEGIATAN && opd && oi[0] && strcmp(opd, oi) != 0) {
			galat_sel(c, b, "opd", "%s OPD %s berada di bawah %s '%s' OPD %s; opd harus "
				  "sama dengan induknya (atau kosong)", model_rencana_nama(j), opd,
				  model_rencana_nama(ji), induk, oi);
		}
	}
	indeks_release(&akar);
	arena_release(&ka);
	return 0;
}

static int impor_indikator(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct indikator *ind = &ib.u.indikator;
		const char *pemda;
		int pemda_ok = sel_pemda(c, b, &pemda) == 0;
		int bad = !pemda_ok;
		ib.pemda = pemda;
		ind->rumus_override = -1; /* the pemda's, when rumus_turun is empty */
		/* kode, induk, uraian, satuan, arah, skala, opd, rumus_turun, agregasi */
		bad |= sel_medan_semua(c, b, ind) < 0;
		int induk_ok = *ind->induk != '\0';
		int arah_ok = pilihan_sah(c, b, "arah");
		if (pemda_ok && induk_ok && !c->fatal) {
			enum jenis_rencana j;
			int r = c->kait->rencana_jenis(c->kait->arg, pemda, ind->induk, &j);
			if (r < 0)
				return gagal(c, "rencana");
			if (r == 0)
				bad |= galat_sel(c, b, "induk", "induk '%s' tidak ada di rencana "
						 "pemda %s", ind->induk, pemda) < 0;
			else if (j == RENCANA_VISI || j == RENCANA_MISI)
				bad |= galat_sel(c, b, "induk", "induk '%s' adalah %s; indikator "
						 "berinduk tujuan, sasaran atau simpul kaskade OPD "
						 "(tujuan_pd .. subkegiatan)", ind->induk,
						 model_rencana_nama(j)) < 0;
		}
		const struct skala *sk = NULL;
		int skala_ok = arah_ok;
		if (arah_ok && ind->arah == ARAH_KATEGORI) {
			if (!ind->skala) {
				skala_ok = galat_sel(c, b, "skala", "indikator kategori memerlukan "
						     "skala (opini_bpk, akip, lppd, ikm_mutu, ...)") == 0;
			} else if (pemda_ok) {
				sk = skala_pemda(c, pemda, ind->skala);
				if (c->fatal)
					return -1;
				if (!sk)
					skala_ok = galat_sel(c, b, "skala", "skala '%s' tidak dikenal",
							     ind->skala) == 0;
				else
					ind->skala = sk->nama;
			} else {
				skala_ok = 0;
			}
		} else if (arah_ok && ind->skala) {
			skala_ok = galat_sel(c, b, "skala", "skala hanya untuk indikator berarah "
					     "kategori") == 0;
		}
		bad |= !skala_ok;
		if (ind->opd && pemda_ok) {
			int r = c->kait->opd_ada(c->kait->arg, pemda, ind->opd);
			if (r < 0)
				return gagal(c, "opd");
			if (!r)
				bad |= galat_sel(c, b, "opd", "opd '%s' tidak ada di opd.csv pemda %s",
						 ind->opd, pemda) < 0;
		}
		if (skala_ok) {
			bad |= sel_nilai(c, b, "kondisi_awal", ind->arah, sk, 0, &ind->kondisi_awal) < 0;
			bad |= sel_nilai(c, b, "target_akhir", ind->arah, sk, 1, &ind->target_akhir) < 0;
		}
		ind->bobot = 1;
		if (ada_kolom(c, "bobot")) {
			int x = sel_angka(c, b, "bobot", &ind->bobot);
			if (x < 0)
				bad = 1;
			else if (x == 1)
				ind->bobot = 1;
			else if (ind->bobot <= 0)
				bad |= galat_sel(c, b, "bobot", "bobot harus lebih dari 0") < 0;
		}
		if (bad)
			continue;
		tulis(c, b->nomor, &ib);
		progres(c, i + 1);
	}
	return 0;
}

static int impor_target(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct target *tg = &ib.u.target;
		enum arah arah;
		const struct skala *sk;
		int y = sel_pemda_indikator_tahun(c, b, &ib.pemda, &tg->indikator, &tg->tahun,
						  &arah, &sk);
		if (y < 0)
			continue; /* no arah or scale to check the value against */
		int x = sel_nilai(c, b, "target", arah, sk, 1, &tg->nilai);
		/* rencana aksi (siklus.md): empty = the year's target, 1-4 = that quarter's */
		int tw = sel_triwulan(c, b, "triwulan", &tg->triwulan);
		if (x < 0 || y || tw < 0)
			continue;
		if (x == 1) {
			c->r->dilewati++;
			continue;
		}
		/* An earlier Perjanjian Kinerja replaced by a later row (kunci_ganda). */
		ib.lama = c->lama && c->lama[i];
		tulis(c, b->nomor, &ib);
		progres(c, i + 1);
	}
	return 0;
}

static int impor_realisasi(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct realisasi *r = &ib.u.realisasi;
		enum arah arah;
		const struct skala *sk;
		int y = sel_pemda_indikator_tahun(c, b, &ib.pemda, &r->indikator, &r->tahun,
						  &arah, &sk);
		int bad = y != 0;
		bad |= sel_triwulan(c, b, "triwulan", &r->triwulan) < 0;
		if (y < 0)
			continue; /* no arah or scale to check the value against */
		int x = sel_nilai(c, b, "realisasi", arah, sk, 0, &r->nilai);
		if (x < 0 || bad)
			continue;
		if (x == 1) {
			c->r->dilewati++;
			continue;
		}
		tulis(c, b->nomor, &ib);
		progres(c, i + 1);
	}
	return 0;
}

/* anggaran.csv rencana (and opd): a program, kegiatan or subkegiatan of that OPD. */
static int sel_simpul_anggaran(struct ctx *c, const struct csv_baris *b, const char *pemda,
			       const struct anggaran *a)
{
	enum jenis_rencana j;
	int r = c->kait->rencana_jenis(c->kait->arg, pemda, a->rencana, &j);
	if (r < 0)
		return gagal(c, "rencana");
	if (r == 0)
		return galat_sel(c, b, "rencana", "rencana '%s' tidak ada di rencana pemda %s",
				 a->rencana, pemda);
	if (j != RENCANA_PROGRAM && j != RENCANA_KEGIATAN && j != RENCANA_SUBKEGIATAN)
		return galat_sel(c, b, "rencana", "rencana '%s' adalah %s; anggaran ditaruh pada "
				 "program, kegiatan atau subkegiatan", a->rencana,
				 model_rencana_nama(j));
	char o[256];
	if (opd_simpul(c, pemda, a->rencana, o, sizeof(o)) < 0)
		return gagal(c, "rencana");
	if (a->opd && strcmp(a->opd, o) != 0)
		return galat_sel(c, b, "opd", "opd '%s' berbeda dengan OPD simpul '%s' (%s)", a->opd,
				 a->rencana, o);
	return 0;
}

static int impor_anggaran(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct anggaran *a = &ib.u.anggaran;
		int pemda_ok = sel_pemda(c, b, &ib.pemda) == 0;
		a->rencana = sel_opsional(c, b, "rencana");
		a->opd = sel_opsional(c, b, "opd");
		int bad = !pemda_ok;
		int sasaran_ok = 0;
		if (a->rencana) {
			/* A budget on a cascade node: its sasaran and program come from the tree. */
			a->di_simpul = 1;
			a->sasaran = a->program = NULL;
			if (pemda_ok && !c->fatal)
				bad |= sel_simpul_anggaran(c, b, ib.pemda, a) < 0;
		} else {
			sasaran_ok = sel_wajib(c, b, "sasaran", &a->sasaran) == 0;
			bad |= !sasaran_ok;
			bad |= sel_wajib(c, b, "program", &a->program) < 0;
			if (a->opd)
				bad |= galat_sel(c, b, "opd", "opd hanya bersama kolom rencana (program, "
						 "kegiatan atau subkegiatan)") < 0;
		}
		bad |= sel_tahun(c, b, "tahun", 1, &a->tahun) < 0;
		if (pemda_ok && sasaran_ok && !c->fatal) {
			enum jenis_rencana j;
			int r = c->kait->rencana_jenis(c->kait->arg, ib.pemda, a->sasaran, &j);
			if (r < 0)
				return gagal(c, "rencana");
			if (r == 0 || j != RENCANA_SASARAN)
				bad |= galat_sel(c, b, "sasaran", "sasaran '%s' tidak ada di rencana "
						 "pemda %s", a->sasaran, ib.pemda) < 0;
		}
		int x = sel_rupiah(c, b, "pagu", &a->pagu);
		if (x == 1)
			x = galat_sel(c, b, "pagu", "pagu tidak boleh kosong");
		bad |= x < 0;
		x = sel_rupiah(c, b, "realisasi", &a->realisasi);
		bad |= x < 0;
		a->ada_realisasi = x == 0;
		if (bad)
			continue;
		tulis(c, b->nomor, &ib);
		progres(c, i + 1);
	}
	return 0;
}

static int impor_pembanding(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct pembanding *p = &ib.u.pembanding;
		enum arah arah;
		const struct skala *sk;
		int bad = sel_pemda_indikator_tahun(c, b, &ib.pemda, &p->indikator, &p->tahun,
						    &arah, &sk) != 0;
		bad |= sel_medan_semua(c, b, p) < 0; /* wilayah */
		int x = sel_angka(c, b, "nilai", &p->nilai);
		if (bad || x < 0)
			continue;
		if (x == 1) {
			c->r->dilewati++;
			continue;
		}
		tulis(c, b->nomor, &ib);
	}
	return 0;
}

/*
 * objek of narasi and dilaporkan: an indikator, sasaran or tujuan code, or `lain`; with
 * opd_boleh also an OPD's code (the foreword of its LKj).
 */
static int sel_objek(struct ctx *c, const struct csv_baris *b, const char *pemda,
		     const char *lain, int opd_boleh, const char **out)
{
	if (sel_wajib(c, b, "objek", out))
		return -1;
	if (strcmp(*out, lain) == 0)
		return 0;
	enum jenis_rencana j;
	enum arah a;
	char sk[64];
	int r = c->kait->rencana_jenis(c->kait->arg, pemda, *out, &j);
	if (r < 0)
		return gagal(c, "rencana");
	if (r == 1 && (j == RENCANA_TUJUAN || j == RENCANA_SASARAN))
		return 0;
	r = c->kait->indikator_info(c->kait->arg, pemda, *out, &a, sk, sizeof(sk));
	if (r < 0)
		return gagal(c, "indikator");
	if (r == 1)
		return 0;
	if (opd_boleh) {
		r = c->kait->opd_ada(c->kait->arg, pemda, *out);
		if (r < 0)
			return gagal(c, "opd");
		if (r == 1)
			return 0;
		return galat_sel(c, b, "objek",
				 "objek '%s' bukan kode indikator, sasaran, tujuan atau OPD pemda "
				 "%s, atau '%s'",
				 *out, pemda, lain);
	}
	return galat_sel(c, b, "objek", "objek '%s' bukan kode indikator, sasaran atau tujuan "
			 "pemda %s, atau '%s'", *out, pemda, lain);
}

/* The pemda and objek of narasi and dilaporkan; 1 when either is not valid. */
static int sel_pemda_objek(struct ctx *c, const struct csv_baris *b, const char *lain,
			   int opd_boleh, const char **pemda, const char **objek)
{
	int pemda_ok = sel_pemda(c, b, pemda) == 0;
	int bad = !pemda_ok;
	if (pemda_ok && !c->fatal)
		bad |= sel_objek(c, b, *pemda, lain, opd_boleh, objek) < 0;
	return bad;
}

static int impor_narasi(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct narasi *n = &ib.u.narasi;
		int bad = sel_pemda_objek(c, b, "pemda", 1, &ib.pemda, &n->objek);
		bad |= sel_medan_semua(c, b, n) < 0; /* tahun, jenis, teks */
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}

/* A fill window (siklus.md): triwulan 0 (or empty) = the year, 1-4; buka before tutup. */
static int impor_jadwal(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct jadwal *j = &ib.u.jadwal;
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		bad |= sel_medan_semua(c, b, j) < 0; /* tahun, buka, tutup */
		const char *tw = sel(c, b, "triwulan");
		int t = *tw ? templat_pilihan(kolom_ini(c, "triwulan"), tw) : 0;
		if (t >= 0)
			j->triwulan = t; /* the word's index is its number */
		else
			bad |= galat_sel(c, b, "triwulan",
					 "triwulan '%s' harus 0 (setahun) sampai 4", tw) < 0;
		static const char *const kolom[2] = {"buka", "tutup"};
		const char *isi[2] = {j->buka, j->tutup};
		for (int k = 0; k < 2; k++)
			if (!waktu_wib_sah(isi[k]))
				bad |= galat_sel(c, b, kolom[k],
						 "'%s' bukan waktu YYYY-MM-DD HH:MM (WIB), mis. "
						 "2020-07-15 23:59",
						 isi[k]) < 0;
		if (!bad && strcmp(j->buka, j->tutup) >= 0)
			bad |= galat_sel(c, b, "tutup", "tutup harus sesudah buka") < 0;
		if (!bad)
			tulis(c, b->nomor, &ib);
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
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct dilaporkan *d = &ib.u.dilaporkan;
		int bad = sel_pemda_objek(c, b, "total", 0, &ib.pemda, &d->objek);
		/* tahun, ukuran, nilai as printed (teks), sumber */
		bad |= sel_medan_semua(c, b, d) < 0;
		int ukuran_ok = d->ukuran != NULL;
		if (angka_kosong(d->teks)) {
			if (!bad)
				c->r->dilewati++;
			continue;
		}
		if (ukuran_ok && strcmp(d->ukuran, "predikat") != 0) {
			enum angka_gaya gy = gaya_kolom(c, "nilai");
			switch (angka_parse(d->teks, gy, &d->nilai, NULL)) {
			case ANGKA_OK:
				d->angka = 1;
				d->desimal = desimal_tertulis(d->teks, gy);
				break;
			case ANGKA_AMBIGU:
				bad |= galat_ambigu(c, b, "nilai", d->teks) < 0;
				break;
			default:
				/* Printed targets and realisasi may be ranges or categories. */
				if (strcmp(d->ukuran, "target") && strcmp(d->ukuran, "realisasi"))
					bad |= galat_sel(c, b, "nilai", "'%s' bukan angka",
							 d->teks) < 0;
			}
		}
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}


/* ---- evaluation (LKE) and surveys (IKM), siklus.md ---- */

static int impor_kerangka(struct ctx *c)
{
	const struct csv_tabel *t = c->it->t;
	struct lke_butir *butir = arena_alloc(c->arena, sizeof(*butir) * (size_t)(t->n_baris + 1));
	const char **nama = arena_alloc(c->arena, sizeof(*nama) * (size_t)(t->n_baris + 1));
	long *nomor = arena_alloc(c->arena, sizeof(*nomor) * (size_t)(t->n_baris + 1));
	int n = 0, bad_semua = 0;
	BARIS(c, i, b) {
		struct lke_butir *x = &butir[n];
		memset(x, 0, sizeof(*x));
		const char *kr;
		int bad = sel_wajib(c, b, "kerangka", &kr) < 0;
		bad |= sel_wajib(c, b, "kode", &x->kode) < 0;
		x->induk = sel(c, b, "induk");
		bad |= sel_wajib(c, b, "uraian", &x->uraian) < 0;
		int r = sel_angka(c, b, "bobot", &x->bobot);
		if (r == 1)
			bad |= galat_sel(c, b, "bobot", "kolom bobot tidak boleh kosong") < 0;
		bad |= r < 0;
		char kata[64];
		if (lke_tipe_parse(sel(c, b, "jawaban"), &x->tipe))
			bad |= galat_sel(c, b, "jawaban", "jawaban '%s' tidak dikenal (kosong untuk "
					 "komponen/subkomponen, %s)", sel(c, b, "jawaban"),
					 templat_daftar_pilihan(kolom_ini(c, "jawaban"), kata,
								sizeof(kata))) < 0;
		bad_semua |= bad;
		if (bad)
			continue;
		nama[n] = kr;
		nomor[n] = b->nomor;
		n++;
	}
	if (bad_semua || c->fatal)
		return 0;
	/* Each framework of the file is checked whole, then written. */
	char *selesai = arena_alloc(c->arena, (size_t)n + 1);
	memset(selesai, 0, (size_t)n + 1);
	for (int i = 0; i < n; i++) {
		if (selesai[i])
			continue;
		struct lke_kerangka k = {0};
		k.kode = nama[i];
		k.butir = arena_alloc(c->arena, sizeof(*k.butir) * (size_t)n);
		for (int j = i; j < n; j++)
			if (strcmp(nama[j], nama[i]) == 0) {
				k.butir[k.n++] = butir[j];
				selesai[j] = 1;
			}
		struct galat g2;
		galat_init(&g2);
		if (lke_kerangka_siapkan(&k, c->arena, &g2)) {
			galat_no(c, nomor[i], "kerangka", "%s", g2.pesan);
			continue;
		}
	}
	if (c->n_galat)
		return 0;
	for (int i = 0; i < n && !c->fatal; i++) {
		struct impor_baris ib = {0};
		ib.pemda = nama[i];
		ib.u.kerangka.kerangka = nama[i];
		ib.u.kerangka.kode = butir[i].kode;
		ib.u.kerangka.induk = butir[i].induk;
		ib.u.kerangka.uraian = butir[i].uraian;
		ib.u.kerangka.bobot = butir[i].bobot;
		ib.u.kerangka.jawaban = lke_kata_tipe[butir[i].tipe];
		tulis(c, nomor[i], &ib);
	}
	c->im->k_ada = -1; /* a framework looked at before may have changed */
	c->im->k_kode[0] = '\0';
	return 0;
}

/* The framework kode, loaded once while the rows name it; NULL when unknown. */
static const struct lke_kerangka *kerangka_ini(struct ctx *c, const char *kode)
{
	struct impor *im = c->im;
	if (strcmp(im->k_kode, kode) != 0) {
		arena_release(&im->k_arena);
		arena_init(&im->k_arena);
		memset(&im->k, 0, sizeof(im->k));
		snprintf(im->k_kode, sizeof(im->k_kode), "%s", kode);
		im->k_ada = c->kait->kerangka_muat
				    ? c->kait->kerangka_muat(c->kait->arg, kode, &im->k_arena, &im->k)
				    : 0;
		if (im->k_ada < 0) {
			im->k_kode[0] = '\0';
			gagal(c, "kerangka");
		}
	}
	return im->k_ada == 1 ? &im->k : NULL;
}

/* The OPD of an evaluation row: empty (the pemda) or an OPD of the pemda. */
static int sel_opd_lke(struct ctx *c, const struct csv_baris *b, const char *pemda,
		       const char **opd)
{
	*opd = sel(c, b, "opd");
	if (!**opd)
		return 0;
	int r = c->kait->opd_ada(c->kait->arg, pemda, *opd);
	if (r < 0)
		return gagal(c, "opd");
	if (!r)
		return galat_sel(c, b, "opd", "opd '%s' tidak dikenal untuk pemda %s (tambahkan di "
				 "opd.csv)", *opd, pemda);
	return 0;
}

static int impor_lke_jawaban(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		if (c->fatal)
			break;
		bad |= sel_tahun(c, b, "tahun", 1, &ib.u.lke.tahun) < 0;
		ib.u.lke.opd = sel(c, b, "opd");
		if (!bad && sel_opd_lke(c, b, ib.pemda, &ib.u.lke.opd))
			bad = 1;
		if (c->fatal)
			break;
		const struct lke_kerangka *k = NULL;
		if (sel_wajib(c, b, "kerangka", &ib.u.lke.kerangka) == 0) {
			k = kerangka_ini(c, ib.u.lke.kerangka);
			if (c->fatal)
				break;
			if (!k)
				bad |= galat_sel(c, b, "kerangka", "kerangka '%s' tidak dikenal "
						 "(bawaan: permenpanrb-12-2015, permenpanrb-88-2021; "
						 "yang lain dimuat lewat kerangka.csv)",
						 ib.u.lke.kerangka) < 0;
		} else {
			bad = 1;
		}
		const struct lke_butir *bt = NULL;
		if (k && sel_wajib(c, b, "kriteria", &ib.u.lke.kriteria) == 0) {
			int x = lke_cari(k, ib.u.lke.kriteria);
			if (x < 0)
				bad |= galat_sel(c, b, "kriteria", "kriteria '%s' tidak ada dalam "
						 "kerangka %s", ib.u.lke.kriteria, k->kode) < 0;
			else if (k->butir[x].n_anak > 0)
				bad |= galat_sel(c, b, "kriteria", "%s dinilai dari kriterianya, "
						 "bukan diisi langsung", ib.u.lke.kriteria) < 0;
			else
				bt = &k->butir[x];
		} else {
			bad = 1;
		}
		static const char *const kolom_jawab[] = {"mandiri", "evaluator"};
		const char **isi[] = {&ib.u.lke.mandiri, &ib.u.lke.evaluator};
		for (int j = 0; j < 2; j++) {
			*isi[j] = sel(c, b, kolom_jawab[j]);
			int ada;
			double v;
			const char *alasan;
			if (bt && lke_jawaban_parse(bt, *isi[j], &ada, &v, &alasan))
				bad |= galat_sel(c, b, kolom_jawab[j], "'%s': %s", *isi[j],
						 alasan) < 0;
		}
		ib.u.lke.catatan = ada_kolom(c, "catatan") ? sel(c, b, "catatan") : "";
		ib.u.lke.bukti = ada_kolom(c, "bukti") ? sel(c, b, "bukti") : "";
		const char *alasan_bukti = lke_bukti_periksa(ib.u.lke.bukti);
		if (alasan_bukti)
			bad |=
			    galat_sel(c, b, "bukti", "'%s': %s", ib.u.lke.bukti, alasan_bukti) < 0;
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}

/* The unsur of survei.csv: codes separated by ';', default U1-U9; canonical text into out. */
static int unsur_periksa(const char *s, char *out, size_t n, const char **alasan)
{
	*alasan = NULL;
	if (!*s)
		s = "U1;U2;U3;U4;U5;U6;U7;U8;U9";
	size_t o = 0;
	int k = 0;
	out[0] = '\0';
	while (*s) {
		const char *e = strchr(s, ';');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		while (len && (*s == ' '))
			s++, len--;
		while (len && s[len - 1] == ' ')
			len--;
		if (!len) {
			*alasan = "kode unsur kosong";
			return -1;
		}
		for (size_t j = 0; j < len; j++)
			if (s[j] == ',' || s[j] == '"') {
				*alasan = "kode unsur tidak boleh memuat koma atau tanda petik";
				return -1;
			}
		/* A code given twice (case-insensitive: the header is read lower-cased). */
		for (const char *p = out; *p;) {
			const char *q = strchr(p, ';');
			size_t l = q ? (size_t)(q - p) : strlen(p);
			if (l == len && strncasecmp(p, s, len) == 0) {
				*alasan = "kode unsur dipakai dua kali";
				return -1;
			}
			p = q ? q + 1 : p + l;
		}
		if (++k > 64 || o + len + 2 >= n) {
			*alasan = "terlalu banyak unsur (paling banyak 64)";
			return -1;
		}
		if (o)
			out[o++] = ';';
		memcpy(out + o, s, len);
		o += len;
		out[o] = '\0';
		s = e ? e + 1 : s + strlen(s);
		if (e && !*s) {
			*alasan = "kode unsur kosong";
			return -1;
		}
	}
	return 0;
}

static int impor_survei(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		if (c->fatal)
			break;
		bad |= sel_wajib(c, b, "kode", &ib.u.survei.kode) < 0;
		bad |= sel_wajib(c, b, "uraian", &ib.u.survei.uraian) < 0;
		ib.u.survei.indikator = sel(c, b, "indikator");
		if (!bad && *ib.u.survei.indikator) {
			enum arah a;
			char sk[64];
			int r = c->kait->indikator_info(c->kait->arg, ib.pemda, ib.u.survei.indikator,
							&a, sk, sizeof(sk));
			if (r < 0) {
				gagal(c, "indikator");
				break;
			}
			if (!r)
				bad |= galat_sel(c, b, "indikator", "indikator '%s' tidak dikenal "
						 "untuk pemda %s (tambahkan di indikator.csv)",
						 ib.u.survei.indikator, ib.pemda) < 0;
		}
		char unsur[1024];
		const char *alasan;
		const char *u = ada_kolom(c, "unsur") ? sel(c, b, "unsur") : "";
		if (unsur_periksa(u, unsur, sizeof(unsur), &alasan))
			bad |= galat_sel(c, b, "unsur", "unsur '%s': %s", u, alasan) < 0;
		ib.u.survei.unsur = unsur;
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}

/* The survey of the rows being read: its unsur mapped to the file's columns. */
struct survei_ini {
	char pemda[128], kode[128];
	int ada;
	int n;
	int kol[64];	     /* the csv column of each unsur, -1 when the file lacks it */
	char unsur[64][128]; /* the codes */
};

static int survei_ini(struct ctx *c, struct survei_ini *sv, const char *pemda, const char *kode)
{
	if (sv->ada >= 0 && strcmp(sv->pemda, pemda) == 0 && strcmp(sv->kode, kode) == 0)
		return sv->ada;
	snprintf(sv->pemda, sizeof(sv->pemda), "%s", pemda);
	snprintf(sv->kode, sizeof(sv->kode), "%s", kode);
	char daftar[1024];
	int r = c->kait->survei_unsur ? c->kait->survei_unsur(c->kait->arg, pemda, kode, daftar,
							      sizeof(daftar))
				      : 0;
	if (r < 0) {
		sv->ada = -1;
		sv->pemda[0] = '\0';
		return gagal(c, "survei");
	}
	sv->ada = r;
	sv->n = 0;
	for (char *p = daftar; r == 1 && *p && sv->n < 64;) {
		char *q = strchr(p, ';');
		size_t l = q ? (size_t)(q - p) : strlen(p);
		snprintf(sv->unsur[sv->n], sizeof(sv->unsur[0]), "%.*s", (int)l, p);
		sv->kol[sv->n] = -1;
		for (int j = 0; j < c->it->t->n_kolom; j++)
			if (str_sama(c->it->t->kolom[j], sv->unsur[sv->n]))
				sv->kol[sv->n] = j;
		sv->n++;
		p = q ? q + 1 : p + l;
	}
	return r;
}

static int impor_survei_jawaban(struct ctx *c)
{
	const struct csv_tabel *t = c->it->t;
	struct survei_ini *sv = xcalloc(1, sizeof(*sv));
	sv->ada = -1;
	char *milik = xcalloc((size_t)t->n_kolom + 1, 1); /* column is an unsur of the row's survey */
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		if (c->fatal)
			break;
		int sv_ok = 0;
		if (sel_wajib(c, b, "survei", &ib.u.survei_jawaban.survei) == 0 && !bad) {
			int r = survei_ini(c, sv, ib.pemda, ib.u.survei_jawaban.survei);
			if (r < 0)
				break;
			if (!r)
				bad |= galat_sel(c, b, "survei", "survei '%s' tidak dikenal untuk "
						 "pemda %s (tambahkan di survei.csv)",
						 ib.u.survei_jawaban.survei, ib.pemda) < 0;
			sv_ok = r == 1;
		} else {
			bad = 1;
		}
		int th, sm;
		if (sel_wajib(c, b, "periode", &ib.u.survei_jawaban.periode) == 0) {
			if (ikm_periode_parse(ib.u.survei_jawaban.periode, &th, &sm))
				bad |= galat_sel(c, b, "periode", "periode '%s' harus tahun (2020) "
						 "atau semester (2020-S1, 2020-S2)",
						 ib.u.survei_jawaban.periode) < 0;
		} else {
			bad = 1;
		}
		bad |= sel_wajib(c, b, "unit", &ib.u.survei_jawaban.unit) < 0;
		bad |= sel_wajib(c, b, "responden", &ib.u.survei_jawaban.responden) < 0;
		char jawab[65];
		if (sv_ok) {
			memset(milik, 0, (size_t)t->n_kolom + 1);
			for (int u = 0; u < sv->n; u++) {
				uint8_t v = 0;
				const char *alasan;
				if (sv->kol[u] >= 0) {
					milik[sv->kol[u]] = 1;
					const char *isi = csv_sel(b, sv->kol[u]);
					if (ikm_jawaban_parse(isi, &v, &alasan))
						bad |= galat_sel(c, b, t->kolom[sv->kol[u]], "'%s': %s",
								 isi, alasan) < 0;
				}
				jawab[u] = (char)('0' + v);
			}
			jawab[sv->n] = '\0';
			for (int j = 0; j < t->n_kolom; j++) {
				if (milik[j] || !t->kolom[j][0] ||
				    templat_kolom(c->tt, t->kolom[j]) >= 0 || !*csv_sel(b, j))
					continue;
				bad |= galat_sel(c, b, t->kolom[j], "kolom '%s' bukan unsur survei "
						 "%s", t->kolom[j], sv->kode) < 0;
			}
		}
		ib.u.survei_jawaban.jawaban = jawab;
		if (bad || !sv_ok)
			continue;
		tulis(c, b->nomor, &ib);
		progres(c, i + 1);
	}
	free(milik);
	free(sv);
	return 0;
}

static int impor_lke_rekomendasi(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		int bad = sel_pemda(c, b, &ib.pemda) < 0;
		if (c->fatal)
			break;
		bad |= sel_tahun(c, b, "tahun", 1, &ib.u.rekomendasi.tahun) < 0;
		if (!bad && sel_opd_lke(c, b, ib.pemda, &ib.u.rekomendasi.opd))
			bad = 1;
		if (c->fatal)
			break;
		bad |= sel_wajib(c, b, "nomor", &ib.u.rekomendasi.nomor) < 0;
		bad |= sel_wajib(c, b, "uraian", &ib.u.rekomendasi.uraian) < 0;
		ib.u.rekomendasi.tindak_lanjut =
			ada_kolom(c, "tindak_lanjut") ? sel(c, b, "tindak_lanjut") : "";
		ib.u.rekomendasi.status = "belum";
		if (ada_kolom(c, "status") && *sel(c, b, "status"))
			bad |= sel_pilihan(c, b, "status", &ib.u.rekomendasi.status) < 0;
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}

/*
 * The key of a PK version (pemda, opd, versi; tahun is the schema's generic
 * column) of a pk, pk_isi or pk_anggaran row: 0 valid, 1 invalid (reported),
 * -1 a failed look-up.
 */
static int sel_pk_kunci(struct ctx *c, const struct csv_baris *b, const char **pemda,
			const char **opd, int *versi_out)
{
	int pemda_ok = sel_pemda(c, b, pemda) == 0;
	int bad = !pemda_ok;
	*opd = sel_opsional(c, b, "opd");
	if (*opd && pemda_ok && !c->fatal) {
		int r = c->kait->opd_ada(c->kait->arg, *pemda, *opd);
		if (r < 0)
			return gagal(c, "opd");
		if (!r)
			bad |= galat_sel(c, b, "opd", "opd '%s' tidak ada di opd.csv pemda %s", *opd,
					 *pemda) < 0;
	}
	const char *v = sel(c, b, "versi");
	char *akhir;
	long versi = strtol(v, &akhir, 10);
	if (!*v || *akhir || versi < 1 || versi > 99)
		bad |= galat_sel(c, b, "versi", "versi '%s' harus bilangan bulat 1-99 (1 = PK, "
				 "2, 3 ... = PK Perubahan)", v) < 0;
	*versi_out = (int)versi;
	return bad;
}

/*
 * The key of a pk_isi or pk_anggaran row: its version's and urutan (a whole
 * number 1-100000). 0 valid, 1 invalid (reported), -1 a failed look-up.
 */
static int sel_pk_urutan(struct ctx *c, const struct csv_baris *b, const char **pemda,
			 const char **opd, int *versi, int *urutan)
{
	int bad = sel_pk_kunci(c, b, pemda, opd, versi);
	if (bad < 0)
		return -1;
	if (c->fatal)
		return 1;
	const char *v = sel(c, b, "urutan");
	char *akhir;
	long n = strtol(v, &akhir, 10);
	*urutan = (int)n;
	if (!*v || *akhir || n < 1 || n > 100000)
		bad |= galat_sel(c, b, "urutan", "urutan '%s' harus bilangan bulat 1-100000", v) < 0;
	return bad;
}

/* pk_isi.csv: one indicator and target of a signed version, as frozen (siklus.md). */
static int impor_pk_isi(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct pk_isi *x = &ib.u.pk_isi;
		int bad = sel_pk_urutan(c, b, &ib.pemda, &x->opd, &x->versi, &x->urutan);
		if (bad < 0)
			return -1;
		if (c->fatal)
			break;
		bad |= sel_medan_semua(c, b, x) < 0; /* tahun, indikator, target, ..., satuan */
		if (!ada_kolom(c, "satuan") || !x->uraian)
			x->satuan = NULL; /* the plan's uraian and satuan stand in, together */
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}

/* pk_anggaran.csv: one program and its pagu of a signed version, as frozen. */
static int impor_pk_anggaran(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct pk_anggaran *x = &ib.u.pk_anggaran;
		int bad = sel_pk_urutan(c, b, &ib.pemda, &x->opd, &x->versi, &x->urutan);
		if (bad < 0)
			return -1;
		if (c->fatal)
			break;
		bad |= sel_medan_semua(c, b, x) < 0; /* tahun, program */
		int r = sel_rupiah(c, b, "pagu", &x->pagu);
		if (r > 0)
			r = galat_sel(c, b, "pagu", "pagu tidak boleh kosong");
		bad |= r < 0;
		if (!bad)
			tulis(c, b->nomor, &ib);
	}
	return 0;
}

/*
 * The signatories' texts of a pk.csv row (core/pegawai.h, the same rules as
 * signing in the browser): each at most PEGAWAI_TEKS_MAKS characters, a NIP of
 * 18 digits. Every bad cell reported; -1 when one was.
 */
static int pk_teks_periksa(struct ctx *c, const struct csv_baris *b, const struct pk *k)
{
	const struct {
		const char *kolom, *isi;
	} teks[] = {{"nomor", k->nomor},
		    {"tempat", k->tempat},
		    {"pihak_pertama", k->pihak_pertama},
		    {"jabatan_pertama", k->jabatan_pertama},
		    {"pihak_kedua", k->pihak_kedua},
		    {"jabatan_kedua", k->jabatan_kedua}};
	int bad = 0;
	for (size_t i = 0; i < sizeof(teks) / sizeof(*teks); i++)
		if (teks[i].isi && pegawai_panjang(teks[i].isi) > PEGAWAI_TEKS_MAKS)
			bad |= galat_sel(c, b, teks[i].kolom, "paling panjang %d karakter (%zu)",
					 PEGAWAI_TEKS_MAKS, pegawai_panjang(teks[i].isi)) < 0;
	const struct {
		const char *kolom, *isi;
	} nip[] = {{"nip_pertama", k->nip_pertama}, {"nip_kedua", k->nip_kedua}};
	for (size_t i = 0; i < sizeof(nip) / sizeof(*nip); i++)
		bad |= sel_nip(c, b, nip[i].kolom, nip[i].isi) < 0;
	return bad ? -1 : 0;
}

/* pk.csv: one Perjanjian Kinerja version (siklus.md). */
static int impor_pk(struct ctx *c)
{
	BARIS(c, i, b) {
		struct impor_baris ib = {0};
		struct pk *k = &ib.u.pk;
		int bad = sel_pk_kunci(c, b, &ib.pemda, &k->opd, &k->versi);
		if (bad < 0)
			return -1;
		bad |= sel_medan_semua(c, b, k) < 0; /* tahun, nomor, tanggal, tempat, signatories */
		if (*k->tanggal && !waktu_tanggal_sah(k->tanggal))
			bad |= galat_sel(c, b, "tanggal",
					 "tanggal '%s' harus YYYY-MM-DD (tanggal yang ada)",
					 k->tanggal) < 0;
		bad |= pk_teks_periksa(c, b, k) < 0;
		if (!bad && tulis(c, b->nomor, &ib) && c->g->pengguna && !c->g->berkas[0]) {
			/* a signed version refused by the writer: name its row */
			snprintf(c->g->berkas, sizeof(c->g->berkas), "%s", c->it->berkas);
			c->g->baris = b->nomor;
			snprintf(c->g->kolom, sizeof(c->g->kolom), "versi");
		}
	}
	return 0;
}

typedef int (*impor_fn)(struct ctx *c);
static const impor_fn penangan[TEMPLAT_N] = {
	[TEMPLAT_PEMDA] = impor_pemda,	       [TEMPLAT_PENGATURAN] = impor_pengaturan,
	[TEMPLAT_OPD] = impor_opd,	       [TEMPLAT_RENCANA] = impor_rencana,
	[TEMPLAT_INDIKATOR] = impor_indikator, [TEMPLAT_TARGET] = impor_target,
	[TEMPLAT_REALISASI] = impor_realisasi, [TEMPLAT_ANGGARAN] = impor_anggaran,
	[TEMPLAT_PEMBANDING] = impor_pembanding, [TEMPLAT_NARASI] = impor_narasi,
	[TEMPLAT_DILAPORKAN] = impor_dilaporkan,
	[TEMPLAT_KERANGKA] = impor_kerangka, [TEMPLAT_LKE_JAWABAN] = impor_lke_jawaban,
	[TEMPLAT_SURVEI] = impor_survei, [TEMPLAT_SURVEI_JAWABAN] = impor_survei_jawaban,
	[TEMPLAT_LKE_REKOMENDASI] = impor_lke_rekomendasi,
	[TEMPLAT_PK_ISI] = impor_pk_isi, [TEMPLAT_PK_ANGGARAN] = impor_pk_anggaran,
	[TEMPLAT_PK] = impor_pk,
	[TEMPLAT_JADWAL] = impor_jadwal,
};

/* ---- the import ---- */

int impor_periksa_tabel(const struct impor_tabel *tabel, int n, struct galat *g)
{
	int ada_pemda = 0;
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < i; j++)
			if (strcmp(tabel[i].nama, tabel[j].nama) == 0)
				return galat_di(g, tabel[i].berkas, 0, NULL, "tabel %s muncul dua kali",
						tabel[i].nama);
		const struct templat_tabel *tt = templat_cari(tabel[i].nama);
		if (!tt) {
			char daftar[300];
			return galat_di(g, tabel[i].berkas, 0, NULL,
					"'%s' bukan tabel templat impor (%s)", tabel[i].nama,
					templat_daftar_tabel(0, daftar, sizeof(daftar)));
		}
		/* A framework belongs to no pemda: kerangka.csv may come alone. */
		ada_pemda |= tt == &templat[TEMPLAT_PEMDA] || tt == &templat[TEMPLAT_KERANGKA];
	}
	if (!ada_pemda) {
		g->pengguna = 1;
		return galat_set(g, "pemda.csv wajib ada di setiap impor (format-impor.md)");
	}
	return 0;
}

struct impor *impor_new(const struct impor_kait *kait, impor_progres_fn progres_fn, void *arg)
{
	struct impor *im = xcalloc(1, sizeof(*im));
	im->kait = kait;
	im->progres = progres_fn;
	im->arg = arg;
	arena_init(&im->arena);
	arena_init(&im->k_arena);
	im->k_ada = -1;
	return im;
}

void impor_free(struct impor *im)
{
	if (!im)
		return;
	if (im->set_ada)
		model_release(&im->set);
	arena_release(&im->arena);
	arena_release(&im->k_arena);
	free(im);
}

int impor_berkas(struct impor *im, const struct impor_tabel *it, struct impor_ringkasan *r,
		 struct impor_galat *d, struct galat *g)
{
	struct ctx c;
	memset(&c, 0, sizeof(c));
	c.im = im;
	c.kait = im->kait;
	c.g = g;
	c.d = d;
	c.r = r;
	c.arena = &im->arena;
	c.it = it;
	c.tt = templat_cari(it->nama);
	if (!c.tt)
		return galat_di(g, it->berkas, 0, NULL, "'%s' bukan tabel templat impor", it->nama);
	c.rusak = xcalloc((size_t)it->t->n_baris + 1, 1);
	if (kolom(&c) == 0) {
		kunci_ganda(&c);
		penangan[c.tt - templat](&c);
	}
	free(c.rusak);
	free(c.lama);
	return c.fatal || c.n_galat ? -1 : 0;
}

/* Look-ups of impor_sel_periksa: nothing is known, nothing is written. */
static int tak_ada(void *arg, const char *kode)
{
	(void)arg;
	(void)kode;
	return 0;
}

int impor_sel_periksa(enum templat_id t, int k, const char *isi, enum arah arah,
		      const struct skala *sk, struct galat *g)
{
	if ((int)t < 0 || t >= TEMPLAT_N || k < 0 || k >= templat[t].n_kolom)
		return galat_set(g, "kolom tidak ada");
	const struct templat_kolom *kol = &templat[t].kolom[k];
	struct impor_kait kait = {.pemda_ada = tak_ada};
	struct impor im = {.kait = &kait};
	arena_init(&im.arena);
	/* A table of one row holding the cell. */
	struct csv_tabel tab;
	memset(&tab, 0, sizeof(tab));
	arena_init(&tab.arena);
	char *nama = arena_strdup(&tab.arena, kol->nama), *sel_isi = arena_strdup(&tab.arena, isi);
	struct csv_baris br = {2, 1, &sel_isi};
	tab.n_kolom = 1;
	tab.kolom = &nama;
	tab.n_baris = 1;
	tab.baris = &br;
	struct impor_tabel it = {templat[t].nama, templat[t].berkas, &tab};
	struct impor_galat d;
	impor_galat_init(&d);
	struct impor_ringkasan r = {0};
	char rusak = 0;
	struct ctx c = {.im = &im, .kait = &kait, .g = g, .d = &d, .r = &r, .arena = &im.arena,
			.it = &it, .tt = &templat[t], .rusak = &rusak};
	for (int j = 0; j < c.tt->n_kolom; j++)
		c.kol[j] = j == k ? 0 : -1;
	const char *cel = isi;
	size_t len = strlen(isi);
	if (!csv_utf8_sah(isi, len))
		galat_sel(&c, &br, kol->nama, "sel berisi byte yang bukan UTF-8");
	else if (len > IMPOR_SEL_MAKS)
		galat_sel(&c, &br, kol->nama, "isi sel terlalu panjang");
	else {
		union {
			double x;
			int64_t rp;
			int th;
			struct nilai v;
		} u;
		switch (kol->jenis) {
		case TJ_TAHUN:
			sel_tahun(&c, &br, kol->nama, 1, &u.th);
			break;
		case TJ_TRIWULAN:
			sel_triwulan(&c, &br, kol->nama, &u.th);
			break;
		case TJ_ANGKA:
			sel_angka(&c, &br, kol->nama, &u.x);
			break;
		case TJ_RUPIAH:
			sel_rupiah(&c, &br, kol->nama, &u.rp);
			break;
		case TJ_NILAI:
			sel_nilai(&c, &br, kol->nama, arah, sk, t != TEMPLAT_REALISASI &&
				  strcmp(kol->nama, "kondisi_awal") != 0, &u.v);
			break;
		case TJ_WAKTU:
			if (!waktu_wib_sah(isi))
				galat_sel(&c, &br, kol->nama,
					  "'%s' bukan waktu YYYY-MM-DD HH:MM (WIB)", isi);
			break;
		case TJ_PILIHAN:
			/* empty is valid here: whether the column may be empty is the table's rule */
			sel_enum(&c, &br, kol->nama, &u.th);
			break;
		case TJ_KODE:
		case TJ_TEKS:
		case TJ_CETAK:
			(void)cel; /* any valid text of bounded length */
			break;
		}
	}
	impor_galat_release(&d);
	arena_release(&im.arena);
	arena_release(&tab.arena);
	return c.n_galat ? -1 : 0;
}

/* ---- reading the files ---- */

int impor_baca_berkas(const char *path, char **isi, size_t *n, struct galat *g)
{
	g->pengguna = 1;
	FILE *f = fopen(path, "rb");
	if (!f)
		return galat_set(g, "tidak dapat membaca %s: %s", path, strerror(errno));
	struct buf b = BUF_INIT;
	/* Room for the whole file at once (its size now; it may still grow), read in place. */
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    st.st_size <= IMPOR_BERKAS_MAKS)
		buf_siapkan(&b, (size_t)st.st_size);
	int besar = 0;
	for (;;) {
		size_t ruang = b.cap > b.len + 1 ? b.cap - b.len - 1 : 0, k;
		if (ruang) {
			k = fread(b.data + b.len, 1, ruang, f);
			b.len += k;
			if (k)
				b.data[b.len] = '\0';
		} else { /* no room left (or no size known): a chunk at a time */
			char tmp[65536];
			k = fread(tmp, 1, sizeof(tmp), f);
			buf_append(&b, tmp, k);
		}
		if (!k)
			break;
		if (b.len > (size_t)IMPOR_BERKAS_MAKS) {
			besar = 1;
			break;
		}
	}
	int err = ferror(f);
	fclose(f);
	if (err || besar) {
		buf_release(&b);
		if (besar)
			return galat_set(g, "%s terlalu besar (lebih dari %ld MiB)", path,
					 IMPOR_BERKAS_MAKS / (1024 * 1024));
		return galat_set(g, "gagal membaca %s", path);
	}
	g->pengguna = 0;
	*n = b.len;
	*isi = b.data ? buf_detach(&b) : xstrdup("");
	return 0;
}

static int baca_folder(const char *dir, struct impor_sumber *src, struct galat *g)
{
	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return galat_set(g, "'%s' bukan folder (atau berkas .xlsx)", dir);
	/* Unknown CSV files are refused: a misspelt name would silently import nothing. */
	DIR *d = opendir(dir);
	if (!d)
		return galat_set(g, "tidak dapat membaca folder %s: %s", dir, strerror(errno));
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		if (len < 5 || strcmp(e->d_name + len - 4, ".csv") != 0)
			continue;
		int dikenal = 0;
		for (int j = 0; j < TEMPLAT_N; j++)
			dikenal |= strcmp(e->d_name, templat[j].berkas) == 0;
		if (!dikenal) {
			char daftar[300];
			galat_di(g, e->d_name, 0, NULL,
				 "berkas tidak dikenal di templat impor (nama yang dikenal: %s)",
				 templat_daftar_tabel(1, daftar, sizeof(daftar)));
			closedir(d); /* after the message: e lives in d */
			return -1;
		}
	}
	closedir(d);
	for (int j = 0; j < TEMPLAT_N; j++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, templat[j].berkas);
		if (stat(path, &st) != 0)
			continue;
		char *isi;
		size_t len;
		if (impor_baca_berkas(path, &isi, &len, g))
			return -1;
		int i = src->n;
		src->berkas[i] = xstrdup(path);
		int x = csv_baca(isi, len, src->berkas[i], &src->csv[i], g);
		free(isi);
		if (x) {
			free(src->berkas[i]);
			src->berkas[i] = NULL;
			return -1;
		}
		src->tabel[i].nama = templat[j].nama;
		src->tabel[i].berkas = src->berkas[i];
		src->tabel[i].t = &src->csv[i];
		src->n++;
	}
	if (src->n == 0)
		return galat_set(g, "folder '%s' tidak berisi berkas templat (%s.csv, ...)", dir,
				 templat[TEMPLAT_PEMDA].nama);
	return 0;
}

static int unggahan_xlsx(const struct impor_unggahan *f, struct impor_sumber *src,
			 struct galat *g);

/* The sheets of a workbook named like the template's tables; others are ignored. */
static int baca_xlsx(const char *path, struct impor_sumber *src, struct galat *g)
{
	char *isi;
	size_t n;
	if (impor_baca_berkas(path, &isi, &n, g))
		return -1;
	const char *nama = strrchr(path, '/');
	const struct impor_unggahan f = {nama ? nama + 1 : path, isi, n};
	int rc = unggahan_xlsx(&f, src, g);
	free(isi);
	return rc;
}

int impor_sumber_baca(const char *path, struct impor_sumber *src, struct galat *g)
{
	memset(src, 0, sizeof(*src));
	size_t len = strlen(path);
	int rc = len > 5 && strcmp(path + len - 5, ".xlsx") == 0 ? baca_xlsx(path, src, g)
								  : baca_folder(path, src, g);
	if (rc)
		g->pengguna = 1;
	return rc;
}

void impor_sumber_release(struct impor_sumber *src)
{
	for (int i = 0; i < src->n; i++) {
		if (!src->buku)
			csv_release(&src->csv[i]);
		free(src->berkas[i]);
	}
	if (src->buku) {
		xlsx_release(src->buku);
		free(src->buku);
	}
	memset(src, 0, sizeof(*src));
}

/* The sheets of a workbook named like the template's tables; others are ignored. */
static int unggahan_xlsx(const struct impor_unggahan *f, struct impor_sumber *src,
			 struct galat *g)
{
	src->buku = xcalloc(1, sizeof(*src->buku));
	if (xlsx_baca(f->data, f->n, f->nama, src->buku, g))
		return -1;
	for (int i = 0; i < src->buku->n && src->n < TEMPLAT_N; i++) {
		const struct templat_tabel *tt = templat_cari(src->buku->lembar[i].nama);
		if (!tt)
			continue;
		int k = src->n++;
		char *b = xmalloc(strlen(f->nama) + strlen(tt->nama) + 2);
		sprintf(b, "%s:%s", f->nama, tt->nama);
		src->berkas[k] = b;
		src->tabel[k].nama = tt->nama;
		src->tabel[k].berkas = b;
		src->tabel[k].t = &src->buku->lembar[i].t;
	}
	if (src->n == 0) {
		char daftar[300];
		return galat_set(g, "%s: tidak ada lembar templat (%s)", f->nama,
				 templat_daftar_tabel(0, daftar, sizeof(daftar)));
	}
	return 0;
}

int impor_sumber_unggahan(const struct impor_unggahan *f, int n, struct impor_sumber *src,
			  struct galat *g)
{
	memset(src, 0, sizeof(*src));
	g->pengguna = 1;
	if (n <= 0)
		return galat_set(g, "tidak ada berkas yang diunggah");
	size_t len = strlen(f[0].nama);
	if (len > 5 && strcmp(f[0].nama + len - 5, ".xlsx") == 0) {
		if (n > 1)
			return galat_set(g, "unggah satu buku kerja .xlsx saja, atau berkas-berkas .csv");
		return unggahan_xlsx(&f[0], src, g);
	}
	for (int i = 0; i < n; i++) {
		const struct templat_tabel *tt = NULL;
		for (int j = 0; j < TEMPLAT_N; j++)
			if (strcmp(f[i].nama, templat[j].berkas) == 0)
				tt = &templat[j];
		if (!tt) {
			char daftar[300];
			return galat_di(g, f[i].nama, 0, NULL,
					"berkas tidak dikenal di templat impor (nama yang dikenal: %s)",
					templat_daftar_tabel(1, daftar, sizeof(daftar)));
		}
		for (int k = 0; k < src->n; k++)
			if (src->tabel[k].nama == tt->nama)
				return galat_di(g, f[i].nama, 0, NULL, "berkas diunggah dua kali");
		int k = src->n;
		src->berkas[k] = xstrdup(f[i].nama);
		if (csv_baca(f[i].data, f[i].n, src->berkas[k], &src->csv[k], g)) {
			free(src->berkas[k]);
			src->berkas[k] = NULL;
			return -1;
		}
		src->tabel[k].nama = tt->nama;
		src->tabel[k].berkas = src->berkas[k];
		src->tabel[k].t = &src->csv[k];
		src->n++;
	}
	return 0;
}
