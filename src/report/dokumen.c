/*
 * The LKjIP document model; see dokumen.h. The structure follows PermenPANRB
 * 53/2014 as the Kota Serang 2020 report applies it: cover, Kata Pengantar,
 * Ikhtisar Eksekutif, lists, Bab I-IV, Lampiran.
 */
#include "dokumen.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/angka.h"
#include "../core/kaskade.h"
#include "../core/nilai.h"
#include "../core/skala.h"
#include "banding_json.h"
#include "dok_pk.h"
#include "../core/waktu.h"
#include "narasi.h"
#include "tren.h"

#define MAKS_TAHUN 8

struct bangun {
	struct dokumen *d;
	const struct model *m;
	const struct pengukuran *p;
	int bab;      /* chapter number for table and chart numbers; 0 = lampiran */
	int n_tabel, n_grafik;
	const struct dokumen_wilayah *w; /* the regions under the pemda, or NULL */
	/* an OPD's LKj on the view of dok_opd.h (its own wording): the OPD and the pemda's name */
	const struct opd *lkj_pd;
	const char *pemda_asal;
	/* the LKj's cascade: the whole pemda's (kaskade.h), or NULL */
	const struct kaskade *kas;
	/*
	 * Who reports, for the texts both documents share: the LKjIP of the pemda and its
	 * Kepala Daerah, or the LKj of the OPD and its head (see subjek_isi).
	 */
	const char *laporan;  /* "Laporan Kinerja Instansi Pemerintah (LKjIP)" or "... (LKj)" */
	const char *kepala;   /* "Kepala Daerah", the OPD head's jabatan */
	const char *objek;    /* objek of the foreword's narasi: "pemda" or the OPD's code */
};

/* The subject of the shared texts: the pemda, or the OPD of an LKj PD and its head. */
static void subjek_isi(struct bangun *b)
{
	const struct opd *o = b->lkj_pd;
	if (!o) {
		b->laporan = "Laporan Kinerja Instansi Pemerintah (LKjIP)";
		b->kepala = "Kepala Daerah";
		b->objek = "pemda";
		return;
	}
	b->laporan = "Laporan Kinerja Perangkat Daerah (LKj)";
	b->kepala = o->jabatan && *o->jabatan ? o->jabatan : "Kepala Perangkat Daerah";
	b->objek = o->kode;
}

const char *dokumen_bulan(int bulan)
{
	static const char *const nama[12] = {"Januari", "Februari", "Maret",	 "April",
					     "Mei",	"Juni",	    "Juli",	 "Agustus",
					     "September", "Oktober", "November", "Desember"};
	return bulan >= 1 && bulan <= 12 ? nama[bulan - 1] : "";
}

void dokumen_kolom_huruf(int kolom, char *out)
{
	char tmp[8];
	int n = 0;
	kolom++;
	while (kolom > 0 && n < 3) {
		int r = (kolom - 1) % 26;
		tmp[n++] = (char)('A' + r);
		kolom = (kolom - 1) / 26;
	}
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n] = '\0';
}

struct dok_blok *dokumen_blok(struct dokumen *d, enum dok_jenis j, const char *teks)
{
	if (d->n_blok == d->cap_blok) {
		d->cap_blok = d->cap_blok ? 2 * d->cap_blok : 64;
		d->blok = xrealloc(d->blok, (size_t)d->cap_blok * sizeof(*d->blok));
	}
	struct dok_blok *b = &d->blok[d->n_blok++];
	memset(b, 0, sizeof(*b));
	b->jenis = j;
	b->teks = arena_strdup(&d->arena, teks);
	return b;
}

static struct dok_blok *blok_baru(struct dokumen *d, enum dok_jenis j)
{
	return dokumen_blok(d, j, NULL);
}

static const char *vteks(struct dokumen *d, const char *fmt, va_list ap)
{
	struct buf b = BUF_INIT;
	buf_vprintf(&b, fmt, ap);
	const char *s = arena_strdup(&d->arena, b.data ? b.data : "");
	buf_release(&b);
	return s;
}

static void __attribute__((format(printf, 3, 4))) judul(struct bangun *b, int tingkat,
							 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct dok_blok *k = blok_baru(b->d, DOK_JUDUL);
	k->tingkat = tingkat;
	k->teks = vteks(b->d, fmt, ap);
	va_end(ap);
}

static void __attribute__((format(printf, 2, 3))) paragraf(struct bangun *b, const char *fmt,
							    ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct dok_blok *k = blok_baru(b->d, DOK_PARAGRAF);
	k->teks = vteks(b->d, fmt, ap);
	va_end(ap);
}

static void butir(struct bangun *b, const char *label, const char *teks)
{
	struct dok_blok *k = blok_baru(b->d, DOK_BUTIR);
	k->nomor = arena_strdup(&b->d->arena, label);
	k->teks = teks;
}

static void halaman_baru(struct bangun *b)
{
	blok_baru(b->d, DOK_HALAMAN_BARU);
}

/* Letter label of a list item: "a.", "b.", ... "z.", "aa." */
static const char *huruf(struct bangun *b, int i)
{
	if (i < 26)
		return arena_printf(&b->d->arena, "%c.", 'a' + i);
	return arena_printf(&b->d->arena, "%c%c.", 'a' + i / 26 - 1, 'a' + i % 26);
}

struct dok_sel *dokumen_baris(struct dokumen *d, struct dok_tabel *t)
{
	if (t->n_baris == t->cap_baris) {
		int cap = t->cap_baris ? 2 * t->cap_baris : 16;
		struct dok_sel **x = arena_alloc(&d->arena, (size_t)cap * sizeof(*x));
		if (t->n_baris)
			memcpy(x, t->baris, (size_t)t->n_baris * sizeof(*x));
		t->baris = x;
		t->cap_baris = cap;
	}
	int n = t->n_kolom + t->n_bantu;
	struct dok_sel *r = arena_alloc(&d->arena, (size_t)n * sizeof(*r));
	memset(r, 0, (size_t)n * sizeof(*r));
	for (int j = 0; j < n; j++) {
		r[j].teks = "";
		r[j].gabung = 1;
	}
	t->baris[t->n_baris++] = r;
	return r;
}

static struct dok_sel *baris_baru(struct bangun *b, struct dok_tabel *t)
{
	return dokumen_baris(b->d, t);
}

struct dok_tabel *dokumen_tabel(struct dokumen *d, const char *nomor, const char *judul_tabel,
				const char *lembar, int n_kolom, const char *const *kepala,
				const double *lebar)
{
	struct dok_tabel *t = arena_alloc(&d->arena, sizeof(*t));
	memset(t, 0, sizeof(*t));
	t->nomor = arena_strdup(&d->arena, nomor);
	t->judul = arena_strdup(&d->arena, judul_tabel);
	t->lembar = lembar;
	t->n_kolom = n_kolom;
	t->lebar = arena_alloc(&d->arena, (size_t)n_kolom * sizeof(double));
	t->n_kepala = 1;
	struct dok_sel *r = dokumen_baris(d, t);
	for (int j = 0; j < n_kolom; j++) {
		t->lebar[j] = lebar ? lebar[j] : 1;
		r[j].teks = arena_strdup(&d->arena, kepala[j]);
		r[j].tebal = 1;
	}
	struct dok_blok *k = blok_baru(d, DOK_TABEL);
	k->tabel = t;
	k->nomor = t->nomor;
	k->teks = t->judul;
	return t;
}

/* The next table number of the chapter ("Tabel 3.2", "Tabel L.1"), or NULL outside chapters. */
static const char *nomor_tabel(struct bangun *b)
{
	if (b->bab > 0)
		return arena_printf(&b->d->arena, "Tabel %d.%d", b->bab, ++b->n_tabel);
	if (b->bab == 0)
		return arena_printf(&b->d->arena, "Tabel L.%d", ++b->n_tabel);
	return NULL;
}

/* A new table with one header row: `kepala` holds n_kolom names, `lebar` their widths. */
static struct dok_tabel *tabel_baru(struct bangun *b, const char *judul_tabel, const char *lembar,
				    int n_kolom, const char *const *kepala, const double *lebar)
{
	return dokumen_tabel(b->d, nomor_tabel(b), judul_tabel, lembar, n_kolom, kepala, lebar);
}

void dokumen_sel_teks(struct dokumen *d, struct dok_sel *c, const char *s)
{
	c->jenis = SEL_TEKS;
	c->teks = s ? arena_strdup(&d->arena, s) : "";
}

static void s_teks(struct bangun *b, struct dok_sel *c, const char *s)
{
	dokumen_sel_teks(b->d, c, s);
}

/* A predikat of the pemda's scale (coloured), or `tanpa` when there is none. */
static void s_predikat(struct bangun *b, struct dok_sel *c, const char *predikat,
		       const char *tanpa)
{
	const struct predikat_skala *s = &b->m->pemda.predikat;
	s_teks(b, c, predikat ? predikat : tanpa);
	for (int i = 0; predikat && i < s->n; i++)
		if (str_sama(s->kelas[i].nama, predikat))
			c->predikat = i + 1;
}

static void s_angka(struct bangun *b, struct dok_sel *c, double v, int desimal)
{
	char x[64];
	c->jenis = SEL_ANGKA;
	c->ada = 1;
	c->nilai = v;
	c->desimal = desimal;
	c->teks = arena_strdup(&b->d->arena, angka_format(v, desimal, x, sizeof(x)));
}

static void s_persen(struct bangun *b, struct dok_sel *c, int ada, double v)
{
	char x[64];
	c->jenis = SEL_PERSEN;
	c->desimal = 2;
	if (!ada) {
		c->teks = "n/a";
		return;
	}
	c->ada = 1;
	c->nilai = v;
	c->teks = arena_strdup(&b->d->arena, angka_format(v, 2, x, sizeof(x)));
}

void dokumen_sel_rp(struct dokumen *d, struct dok_sel *c, int64_t v)
{
	char x[64];
	c->jenis = SEL_RP;
	c->ada = 1;
	c->nilai = (double)v;
	c->teks = arena_strdup(&d->arena, angka_format_rp(v, x, sizeof(x)));
}

void dokumen_sel_bulat(struct dokumen *d, struct dok_sel *c, long v)
{
	char x[64];
	c->jenis = SEL_ANGKA;
	c->ada = 1;
	c->nilai = (double)v;
	c->desimal = 0;
	c->teks = arena_strdup(&d->arena, angka_format((double)v, 0, x, sizeof(x)));
}

static void s_rp(struct bangun *b, struct dok_sel *c, int64_t v)
{
	dokumen_sel_rp(b->d, c, v);
}

/*
 * A target or realisasi: a number cell when numeric, its writing otherwise; with the
 * decimals of nilai_desimal_cetak next to mitra, the other value of its row (or NULL).
 */
static void s_nilai(struct bangun *b, struct dok_sel *c, const struct nilai *v,
		    const struct nilai *mitra)
{
	char x[128];
	if (v->jenis == NILAI_ANGKA) {
		s_angka(b, c, v->a, nilai_desimal_cetak(v, mitra));
		return;
	}
	if (v->jenis == NILAI_KOSONG) {
		c->teks = "n/a";
		return;
	}
	s_teks(b, c, nilai_cetak(v, mitra, x, sizeof(x)));
}

/* u's target, or NULL: the other value of a realisasi's row. */
static const struct nilai *target_u(const struct ukur_indikator *u)
{
	return u->target ? &u->target->nilai : NULL;
}

/* A group heading: a row whose first cell spans `gabung` columns (all, or up to its figures). */
static struct dok_sel *baris_grup(struct bangun *b, struct dok_tabel *t, const char *teks,
				  int gabung)
{
	struct dok_sel *r = baris_baru(b, t);
	s_teks(b, &r[0], teks);
	r[0].gabung = gabung;
	for (int j = 0; j < t->n_kolom; j++) {
		r[j].tebal = 1;
		if (j && j < gabung)
			r[j].gabung = 0;
	}
	return r;
}

/* ---- XLSX formulas ---- */

static int induk_dari(const char *induk, const char *kode)
{
	return induk && kode && strcmp(induk, kode) == 0;
}

static const char *kolom_baris(struct bangun *b, int kolom, const char *baris)
{
	char k[8];
	dokumen_kolom_huruf(kolom, k);
	return arena_printf(&b->d->arena, "%s%s", k, baris);
}

/* Cell (baris, kolom) of table t by its sheet, for a formula on another sheet. */
static const char *ref_lembar(struct bangun *b, const struct dok_tabel *t, int baris, int kolom)
{
	char k[8];
	dokumen_kolom_huruf(kolom, k);
	return arena_printf(&b->d->arena, "'%s'!%s%d", t->lembar, k, baris + DOK_BARIS_XLSX);
}

/*
 * The formula of u's capaian, written from the engine's decision (capaian.h):
 * the rule it took over the realisasi cell in column kr and the bound it used,
 * the target cell in kt or, for a range, the helper cells kb (lo) and kb + 1
 * (hi) of the same row. NULL where the decision is no formula (inside a range,
 * a category reached or ranked) or no capaian is computable.
 */
static const char *rumus_capaian(struct bangun *b, const struct ukur_indikator *u, int kt, int kr,
				 int kb)
{
	const struct capaian *c = &u->capaian;
	if (!c->ada || !u->target || u->realisasi.jenis != NILAI_ANGKA)
		return NULL;
	const struct nilai *t = &u->target->nilai;
	const char *batas = NULL;
	switch (c->sisi) {
	case BATAS_TARGET:
		if (t->jenis == NILAI_ANGKA)
			batas = kolom_baris(b, kt, "#");
		break;
	case BATAS_BAWAH:
	case BATAS_ATAS:
		if (t->jenis == NILAI_RENTANG && kb >= 0)
			batas = kolom_baris(b, c->sisi == BATAS_BAWAH ? kb : kb + 1, "#");
		break;
	case BATAS_KELAS:
		/* the lower bound of the target category is on the scale, not in a cell */
		batas = arena_printf(&b->d->arena, "%.15g", c->batas);
		break;
	case BATAS_PERINGKAT:
		break;
	}
	if (!batas)
		return NULL;
	struct buf f = BUF_INIT;
	buf_putc(&f, '=');
	const char *hasil = NULL;
	if (capaian_ekspresi(&f, c, kolom_baris(b, kr, "#"), batas, EJAAN_LEMBAR))
		hasil = arena_strdup(&b->d->arena, f.data);
	buf_release(&f);
	return hasil;
}

/*
 * A mean (ukur_rata) as a formula over the capaian cells of column kc:
 * baris[i] is the sheet row of element i. n/a cells are text, which AVERAGE
 * over a range skips: an unweighted, uncapped mean over the rows pertama ..
 * akhir (pertama >= 0) is AVERAGE of that range; capped or weighted means, or
 * elements not in one range, name the cells one by one. lembar (may be NULL)
 * is the sheet the cells are on when not the formula's own, e.g.
 * "'Pengukuran Kinerja'!".
 */
static const char *rumus_rata_sel_lembar(struct bangun *b, const struct ukur_rata *rt,
					 const int *baris, int pertama, int akhir, int kc,
					 const char *lembar)
{
	char k0[8], k[48];
	dokumen_kolom_huruf(kc, k0);
	snprintf(k, sizeof(k), "%s%s", lembar ? lembar : "", k0);
	struct buf f = BUF_INIT, w = BUF_INIT;
	if (!rt->berbobot && !(rt->batas > 0) && pertama >= 0) {
		buf_printf(&f, "=AVERAGE(%s%d:%s%d)", k, pertama, k0, akhir);
	} else {
		buf_puts(&f, rt->berbobot ? "=(" : "=AVERAGE(");
		for (int i = 0; i < rt->n; i++) {
			const struct ukur_unsur *u = &rt->unsur[i];
			buf_puts(&f, i ? (rt->berbobot ? "+" : ",") : "");
			if (rt->berbobot) {
				buf_printf(&f, "%.15g*", u->bobot);
				buf_printf(&w, "%s%.15g", i ? "+" : "", u->bobot);
			}
			if (rt->batas > 0)
				buf_printf(&f, "MIN(%s%d,%.15g)", k, baris[i], rt->batas);
			else
				buf_printf(&f, "%s%d", k, baris[i]);
		}
		if (rt->berbobot)
			buf_printf(&f, ")/(%s)", w.data);
		else
			buf_putc(&f, ')');
	}
	const char *hasil = arena_strdup(&b->d->arena, f.data);
	buf_release(&f);
	buf_release(&w);
	return hasil;
}

static const char *rumus_rata_sel(struct bangun *b, const struct ukur_rata *rt, const int *baris,
				  int pertama, int akhir, int kc)
{
	return rumus_rata_sel_lembar(b, rt, baris, pertama, akhir, kc, NULL);
}

/*
 * The capaian of aggregate ag as a formula over the capaian cells (column
 * kc) of its indicators, whose rows start at `awal` (rumus_rata_sel). NULL
 * for a mean of sasaran or without elements.
 */
static const char *rumus_rata(struct bangun *b, const struct ukur_agregat *ag, int awal, int kc)
{
	const struct pengukuran *p = b->p;
	const struct ukur_rata *rt = &ag->rata;
	if (!rt->n || rt->dari_sasaran)
		return NULL;
	/* the row of each indicator of ag: its place among them, in model order */
	int *baris = xcalloc((size_t)p->n_indikator + 1, sizeof(*baris));
	int *unsur = xcalloc((size_t)rt->n + 1, sizeof(*unsur));
	int pertama = -1, akhir = -1;
	for (int k = 0, x = awal; k < p->n_indikator; k++)
		if (induk_dari(p->indikator[k].ind->induk, ag->r->kode)) {
			baris[k] = DOK_BARIS_XLSX + x;
			pertama = pertama < 0 ? baris[k] : pertama;
			akhir = baris[k];
			x++;
		}
	for (int i = 0; i < rt->n; i++)
		unsur[i] = baris[rt->unsur[i].indeks];
	const char *hasil = rumus_rata_sel(b, rt, unsur, pertama, akhir, kc);
	free(unsur);
	free(baris);
	return hasil;
}

static const char *rumus_bagi(struct bangun *b, int kpembilang, int kpenyebut)
{
	char x[8], y[8];
	dokumen_kolom_huruf(kpembilang, x);
	dokumen_kolom_huruf(kpenyebut, y);
	return arena_printf(&b->d->arena, "=%s#/%s#*100", x, y);
}

static const char *rumus_kurang(struct bangun *b, int kx, int ky)
{
	char x[8], y[8];
	dokumen_kolom_huruf(kx, x);
	dokumen_kolom_huruf(ky, y);
	return arena_printf(&b->d->arena, "=%s#-%s#", x, y);
}

/* Column kolom of rows awal..akhir added up. */
static const char *rumus_jumlah(struct bangun *b, int kolom, int awal, int akhir)
{
	char k[8];
	dokumen_kolom_huruf(kolom, k);
	return arena_printf(&b->d->arena, "=SUM(%s%d:%s%d)", k, awal + DOK_BARIS_XLSX, k,
			    akhir + DOK_BARIS_XLSX);
}

static int ada_target_rentang(const struct pengukuran *p)
{
	for (int k = 0; k < p->n_indikator; k++)
		if (p->indikator[k].target && p->indikator[k].target->nilai.jenis == NILAI_RENTANG)
			return 1;
	return 0;
}

/*
 * Gives a new table of indicators (header row only) the XLSX helper columns
 * "Target Bawah" and "Target Atas" when some target is a range lo-hi: the
 * capaian formula needs lo and hi as numbers, and the target cell shows "3-5".
 */
static void tabel_bantu_rentang(struct bangun *b, struct dok_tabel *t)
{
	static const char *const nama[] = {"Target Bawah", "Target Atas"};
	if (!ada_target_rentang(b->p) || t->n_baris != 1)
		return;
	const struct dok_sel *kepala = t->baris[0];
	t->n_baris = 0;
	t->n_bantu = 2;
	struct dok_sel *r = baris_baru(b, t);
	memcpy(r, kepala, (size_t)t->n_kolom * sizeof(*r));
	for (int j = 0; j < 2; j++) {
		s_teks(b, &r[t->n_kolom + j], nama[j]);
		r[t->n_kolom + j].tebal = 1;
		r[t->n_kolom + j].catatan = "Batas target rentang (lo-hi) sebagai angka, dipakai "
					    "rumus capaian pada baris yang sama.";
	}
}

/*
 * u's target in r[kt], and for a range lo and hi in the table's helper cells; kr >= 0:
 * u's realisasi in r[kr], both with the decimals of one (nilai_desimal_cetak).
 */
static void s_target(struct bangun *b, const struct dok_tabel *t, struct dok_sel *r, int kt,
		     int kr, const struct ukur_indikator *u)
{
	if (kr >= 0)
		s_nilai(b, &r[kr], &u->realisasi, target_u(u));
	if (!u->target) {
		r[kt].teks = "-";
		return;
	}
	const struct nilai *v = &u->target->nilai;
	s_nilai(b, &r[kt], v, kr >= 0 ? &u->realisasi : NULL);
	if (v->jenis == NILAI_RENTANG && t->n_bantu >= 2) {
		s_angka(b, &r[t->n_kolom], fmin(v->a, v->b), nilai_desimal(v));
		s_angka(b, &r[t->n_kolom + 1], fmax(v->a, v->b), nilai_desimal(v));
	}
}

/* u's capaian in r[kc]: a formula over its target (kt) and realisasi (kr) where one gives it. */
static void s_capaian(struct bangun *b, const struct dok_tabel *t, struct dok_sel *r, int kt,
		      int kr, int kc, const struct ukur_indikator *u)
{
	struct dok_sel *c = &r[kc];
	s_persen(b, c, u->capaian.ada, u->capaian.nilai);
	c->catatan = u->capaian.catatan;
	if (!u->capaian.ada)
		return;
	c->rumus = rumus_capaian(b, u, kt, kr, t->n_bantu >= 2 ? t->n_kolom : -1);
	if (c->rumus)
		return;
	if (u->capaian.cabang == CABANG_DALAM)
		c->catatan = "Nilai, bukan rumus: realisasi di dalam rentang target, capaian 100 "
			     "(rumus-capaian).";
	else if (u->ind->arah == ARAH_KATEGORI)
		c->catatan = arena_printf(&b->d->arena,
					  "Nilai, bukan rumus: capaian indikator kategori "
					  "mengikuti peringkat kategori pada skala %s "
					  "(rumus-capaian), yang tidak dapat ditulis sebagai rumus "
					  "lembar kerja.",
					  u->ind->skala ? u->ind->skala : "indikator");
	else
		c->catatan = "Nilai, bukan rumus: target atau realisasi bukan angka.";
}

static struct dok_grafik *grafik_baru(struct bangun *b, enum dok_grafik_jenis jenis,
				      const char *judul_grafik, int n, int n_seri)
{
	struct dokumen *d = b->d;
	struct dok_grafik *g = arena_alloc(&d->arena, sizeof(*g));
	memset(g, 0, sizeof(*g));
	g->jenis = jenis;
	g->nomor = arena_printf(&d->arena, "Grafik %d.%d", b->bab, ++b->n_grafik);
	g->judul = arena_strdup(&d->arena, judul_grafik);
	g->n = n;
	g->label = arena_alloc(&d->arena, (size_t)(n ? n : 1) * sizeof(*g->label));
	g->n_seri = n_seri;
	g->seri = arena_alloc(&d->arena, (size_t)n_seri * sizeof(*g->seri));
	for (int s = 0; s < n_seri; s++) {
		g->seri[s].nama = "";
		g->seri[s].putus = 0;
		g->seri[s].nilai = arena_alloc(&d->arena, (size_t)(n ? n : 1) * sizeof(double));
		for (int i = 0; i < n; i++)
			g->seri[s].nilai[i] = NAN;
	}
	g->kelas = arena_alloc(&d->arena, (size_t)(n ? n : 1) * sizeof(int));
	g->garis_acuan = NAN;
	g->n_kelas = d->n_predikat;
	g->kelas_nama = d->predikat;
	struct dok_blok *k = blok_baru(d, DOK_GRAFIK);
	k->grafik = g;
	k->nomor = g->nomor;
	k->teks = g->judul;
	return g;
}

/* ---- look-ups ---- */

static const char *narasi_cari(const struct model *m, int tahun, const char *objek,
			       const char *jenis)
{
	for (int i = 0; i < m->n_narasi; i++) {
		const struct narasi *n = &m->narasi[i];
		if (n->tahun == tahun && str_sama(n->objek, objek) && str_sama(n->jenis, jenis) &&
		    n->teks && *n->teks)
			return n->teks;
	}
	return NULL;
}

/* 1-based position of a sasaran in the plan (its number in sentences). */
static int nomor_sasaran(const struct pengukuran *p, const struct ukur_agregat *s)
{
	return (int)(s - p->sasaran) + 1;
}

/* The indicators of sasaran kode in keadaan k (without realisasi, or not computable). */
static int sasaran_keadaan(const struct pengukuran *p, const char *kode, enum ukur_keadaan k)
{
	int n = 0;
	for (int i = 0; i < p->n_indikator; i++)
		if (induk_dari(p->indikator[i].ind->induk, kode) &&
		    ukur_keadaan(&p->indikator[i]) == k)
			n++;
	return n;
}

/* The sentence of sasaran i (0-based). */
static const char *kalimat_sasaran(struct bangun *b, int i)
{
	const struct pengukuran *p = b->p;
	const char *kode = p->sasaran[i].r->kode;
	return narasi_sasaran(&b->d->arena, i + 1, &p->sasaran[i],
			      sasaran_keadaan(p, kode, UKUR_BELUM_ADA_DATA),
			      sasaran_keadaan(p, kode, UKUR_TIDAK_DAPAT_DIHITUNG));
}

static const char *jenis_pemerintah(const char *jenis)
{
	if (str_sama(jenis, "kota"))
		return "Pemerintah Kota";
	if (str_sama(jenis, "kabupaten"))
		return "Pemerintah Kabupaten";
	if (str_sama(jenis, "provinsi"))
		return "Pemerintah Provinsi";
	return "Pemerintah";
}

/* A comparison region as a reader knows it: "00" is national, the parent a province. */
static const char *nama_wilayah(struct bangun *b, const char *w)
{
	if (strcmp(w, "00") == 0)
		return "Nasional";
	if (b->m->pemda.induk && strcmp(w, b->m->pemda.induk) == 0)
		return arena_printf(&b->d->arena, "Provinsi (%s)", w);
	return w;
}

/* First year of the comparison series and the number of years up to tahun. */
static int tahun_awal(const struct model *m, int tahun)
{
	int a = m->pemda.periode_awal > 0 ? m->pemda.periode_awal : tahun - 4;
	if (a > tahun)
		a = tahun;
	if (tahun - a + 1 > MAKS_TAHUN)
		a = tahun - MAKS_TAHUN + 1;
	return a;
}

/* The realisasi of an indicator as a number in year y, or NAN. */
static double angka_tahun(const struct model *m, const struct indikator *ind, int y)
{
	int dt;
	struct nilai v = ukur_realisasi_tahun(m, ind, y, &dt);
	if (v.jenis == NILAI_ANGKA)
		return v.a;
	if (m->pemda.periode_awal == y && ind->kondisi_awal.jenis == NILAI_ANGKA)
		return ind->kondisi_awal.a;
	return NAN;
}

static double target_tahun(const struct model *m, const struct indikator *ind, int y)
{
	const struct target *t = model_target(m, ind->kode, y);
	if (t && t->nilai.jenis == NILAI_ANGKA)
		return t->nilai.a;
	if (y == m->pemda.periode_akhir && ind->target_akhir.jenis == NILAI_ANGKA)
		return ind->target_akhir.a;
	return NAN;
}

/* ---- chapters ---- */

/* A numbered chapter (0: the lampiran) restarts the numbers of its tables and charts. */
static void bab_mulai(struct bangun *b, int bab, const char *teks)
{
	b->bab = bab;
	b->n_tabel = b->n_grafik = 0;
	judul(b, 1, "%s", teks);
}

static void bab_sampul(struct bangun *b)
{
	const struct model *m = b->m;
	struct dok_blok *k = blok_baru(b->d, DOK_SAMPUL);
	k->teks = b->lkj_pd ? "LAPORAN KINERJA PERANGKAT DAERAH (LKj)"
			    : "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)";
	const char *jp = jenis_pemerintah(m->pemda.jenis);
	/* "Kota Serang" already names its kind: "Pemerintah Kota Serang" */
	if (strlen(jp) > 11 && strncasecmp(m->pemda.nama, jp + 11, strlen(jp + 11)) == 0)
		jp = "Pemerintah";
	k->sub = b->lkj_pd ? m->pemda.nama : arena_printf(&b->d->arena, "%s %s", jp, m->pemda.nama);
	k->nomor = arena_printf(&b->d->arena, "Tahun %d", b->p->tahun);
	halaman_baru(b);
}

/* A locked year says so (siklus.md): "Data dikunci per …" before the foreword. */
static void bab_kunci(struct bangun *b)
{
	const struct kunci_tahun *k = model_kunci(b->m, b->p->tahun);
	if (!k)
		return;
	char w[48];
	waktu_utc_wib(k->waktu, w, sizeof(w));
	struct dok_blok *x = blok_baru(b->d, DOK_PARAGRAF);
	x->teks = k->oleh && *k->oleh
			  ? arena_printf(&b->d->arena, "Data dikunci per %s oleh %s.", w, k->oleh)
			  : arena_printf(&b->d->arena, "Data dikunci per %s.", w);
}

static void bab_pengantar(struct bangun *b)
{
	const struct model *m = b->m;
	judul(b, 1, "KATA PENGANTAR");
	const char *t = narasi_cari(m, b->p->tahun, b->objek, "pengantar");
	if (t) {
		paragraf(b, "%s", t);
	} else {
		paragraf(b,
			 "[Kata pengantar belum diisi. Tuliskan kata pengantar %s sebagai "
			 "narasi jenis \"pengantar\" dengan objek \"%s\" untuk tahun %d.]",
			 b->kepala, b->objek, b->p->tahun);
		paragraf(b,
			 "%s %s Tahun %d disusun sebagai "
			 "wujud pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun %d, "
			 "sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
			 "Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun "
			 "2014.",
			 b->laporan, m->pemda.nama, b->p->tahun, b->p->tahun);
	}
	halaman_baru(b);
	blok_baru(b->d, DOK_DAFTAR_ISI);
	halaman_baru(b);
	blok_baru(b->d, DOK_DAFTAR_TABEL);
	blok_baru(b->d, DOK_DAFTAR_GRAFIK);
	halaman_baru(b);
}

static int jumlah_indikator_sasaran(const struct pengukuran *p)
{
	int n = 0;
	for (int i = 0; i < p->n_indikator; i++)
		n += p->indikator[i].sasaran;
	return n;
}

/* The table of counts and shares per predikat (Ikhtisar and Bab III). */
static void tabel_predikat(struct bangun *b, const char *lembar)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	static const char *const kp[] = {"No", "Predikat", "Jumlah Indikator", "Persentase (%)"};
	static const double lb[] = {0.6, 3, 1.6, 1.6};
	struct dok_tabel *t = tabel_baru(
		b, arena_printf(&b->d->arena, "Pencapaian Indikator Kinerja Sasaran %s Tahun %d",
				m->pemda.nama, p->tahun),
		lembar, 4, kp, lb);
	int total = jumlah_indikator_sasaran(p);
	const int np = m->pemda.predikat.n;
	for (int i = 0; i < np + 2; i++) {
		int n = i < np ? p->jumlah_predikat[i]
			: i == np ? p->belum_ada_data : p->tidak_dapat_dihitung;
		struct dok_sel *r = baris_baru(b, t);
		s_angka(b, &r[0], i + 1, 0);
		s_predikat(b, &r[1], i < np ? m->pemda.predikat.kelas[i].nama : NULL,
			   i == np ? "Belum ada data (n/a)" : "Tidak dapat dihitung (ada realisasi)");
		s_angka(b, &r[2], n, 0);
		s_persen(b, &r[3], total > 0, total ? 100.0 * n / total : 0);
		/* a share of the Jumlah row below */
		if (total)
			r[3].rumus = arena_printf(&b->d->arena, "=C#/C$%d*100",
						  np + 3 + DOK_BARIS_XLSX);
	}
	struct dok_sel *r = baris_baru(b, t);
	s_teks(b, &r[1], "Jumlah");
	s_angka(b, &r[2], total, 0);
	r[2].rumus = rumus_jumlah(b, 2, 1, np + 2);
	s_persen(b, &r[3], total > 0, 100);
	if (total)
		r[3].rumus = rumus_jumlah(b, 3, 1, np + 2);
	for (int j = 0; j < 4; j++)
		r[j].tebal = 1;
}

/* The OPD of the LKj in the cascade, or NULL. */
static const struct kaskade_opd *kas_opd(const struct bangun *b)
{
	for (int i = 0; b->kas && b->lkj_pd && i < b->kas->n_opd; i++)
		if (str_sama(b->kas->opd[i].o->kode, b->lkj_pd->kode))
			return &b->kas->opd[i];
	return NULL;
}

/* The OPD's capaian over every indicator it answers for (measure --opd, the pohon). */
static const char *kalimat_opd(struct bangun *b)
{
	const struct kaskade_opd *o = kas_opd(b);
	struct arena *a = &b->d->arena;
	if (!o)
		return NULL;
	char x[64];
	const char *sisa = "";
	if (o->belum_ada_data || o->tidak_dapat_dihitung)
		sisa = arena_printf(a, "; %d indikator belum ada data dan %d indikator tidak dapat "
				       "dihitung capaiannya",
				    o->belum_ada_data, o->tidak_dapat_dihitung);
	const char *nilai =
		o->ada_capaian
			? arena_printf(a, "%s%% (%s)", angka_format(o->capaian, 2, x, sizeof(x)),
				       o->predikat)
			: "belum dapat dihitung";
	return arena_printf(a, "Capaian kinerja %s Tahun %d, yaitu rata-rata capaian %d indikator "
			       "yang menjadi tanggung jawabnya (pada tujuan, sasaran, program, "
			       "kegiatan dan sub-kegiatan), adalah %s%s.",
			    b->lkj_pd->nama, b->p->tahun, o->n_indikator, nilai, sisa);
}

static void bab_ikhtisar(struct bangun *b)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	char x[64];
	judul(b, 1, "IKHTISAR EKSEKUTIF");
	int total = jumlah_indikator_sasaran(p);
	paragraf(b,
		 "Laporan Kinerja %s Tahun %d menyajikan capaian kinerja atas %d sasaran strategis "
		 "yang diukur dengan %d indikator kinerja sasaran sebagaimana ditetapkan dalam "
		 "Perjanjian Kinerja Tahun %d. Dari %d indikator tersebut, %d indikator telah "
		 "memiliki data realisasi dan %d indikator belum ada data (n/a)%s.",
		 m->pemda.nama, p->tahun, p->n_sasaran, total, p->tahun, total,
		 total - p->belum_ada_data, p->belum_ada_data,
		 p->tidak_dapat_dihitung
		     ? arena_printf(&b->d->arena, "; capaian %d indikator yang memiliki realisasi "
						  "tidak dapat dihitung",
				    p->tidak_dapat_dihitung)
		     : "");
	struct buf s = BUF_INIT;
	buf_puts(&s, "Menurut interpretasi predikat capaian, ");
	for (int i = 0; i < m->pemda.predikat.n; i++) {
		int n = p->jumlah_predikat[i];
		buf_printf(&s, "%s%d indikator (%s%%) %s", i ? ", " : "", n,
			   angka_format(total ? 100.0 * n / total : 0, 2, x, sizeof(x)),
			   m->pemda.predikat.kelas[i].nama);
	}
	buf_printf(&s, "%s %d indikator (%s%%) belum ada data", p->tidak_dapat_dihitung ? "," : " dan",
		   p->belum_ada_data,
		   angka_format(total ? 100.0 * p->belum_ada_data / total : 0, 2, x, sizeof(x)));
	if (p->tidak_dapat_dihitung)
		buf_printf(&s, " dan %d indikator (%s%%) tidak dapat dihitung capaiannya",
			   p->tidak_dapat_dihitung,
			   angka_format(total ? 100.0 * p->tidak_dapat_dihitung / total : 0, 2, x,
					sizeof(x)));
	buf_putc(&s, '.');
	paragraf(b, "%s", s.data);
	buf_release(&s);
	const char *ko = kalimat_opd(b);
	if (ko)
		paragraf(b, "%s", ko);
	int bab = b->bab;
	b->bab = -1; /* unnumbered */
	tabel_predikat(b, NULL);
	b->bab = bab;
	paragraf(b, "Capaian kinerja per sasaran strategis adalah sebagai berikut:");
	for (int i = 0; i < p->n_sasaran; i++)
		butir(b, huruf(b, i), kalimat_sasaran(b, i));
	if (p->n_program)
		paragraf(b, "%s",
			 narasi_serapan(&b->d->arena,
					arena_printf(&b->d->arena,
						     "Untuk mencapai sasaran tersebut, belanja %d "
						     "program",
						     p->n_program),
					p->pagu, p->realisasi_anggaran, p->ada_serapan,
					p->serapan));
	halaman_baru(b);
}

static void bab_pendahuluan(struct bangun *b)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	bab_mulai(b, 1, "BAB I PENDAHULUAN");
	judul(b, 2, "A. Latar Belakang");
	paragraf(b,
		 "Akuntabilitas kinerja adalah perwujudan kewajiban instansi pemerintah untuk "
		 "mempertanggungjawabkan keberhasilan dan kegagalan pelaksanaan misinya dalam "
		 "mencapai tujuan dan sasaran yang telah ditetapkan. Sesuai Pasal 22 Peraturan "
		 "Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
		 "Pemerintah, %s menyusun dan menyampaikan Laporan Kinerja tahunan%s.",
		 b->kepala, b->lkj_pd ? " kepada Kepala Daerah" : "");
	paragraf(b,
		 "Laporan Kinerja %s Tahun %d disusun berdasarkan Rencana Pembangunan Jangka "
		 "Menengah Daerah (RPJMD) Tahun %d-%d, Rencana Kerja Pemerintah Daerah Tahun %d dan "
		 "Perjanjian Kinerja Tahun %d, dengan mengacu pada Peraturan Menteri PANRB Nomor 53 "
		 "Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata "
		 "Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
		 m->pemda.nama, p->tahun, m->pemda.periode_awal, m->pemda.periode_akhir, p->tahun,
		 p->tahun);
	judul(b, 2, "B. Maksud dan Tujuan");
	paragraf(b,
		 "Laporan ini dimaksudkan sebagai bentuk pertanggungjawaban kinerja %s kepada "
		 "pemangku kepentingan, sebagai sumber informasi capaian kinerja, dan sebagai bahan "
		 "evaluasi untuk perbaikan kinerja pada tahun berikutnya.",
		 m->pemda.nama);
	judul(b, 2, "C. Gambaran Umum");
	if (b->lkj_pd) {
		const struct opd *o = b->lkj_pd;
		paragraf(b,
			 "%s (kode %s) adalah perangkat daerah%s%s %s. Rencana Strategis perangkat "
			 "daerah ini mendukung sasaran RPJMD %s Tahun %d-%d.",
			 o->nama, o->kode, o->jenis && *o->jenis ? " berjenis " : "",
			 o->jenis && *o->jenis ? o->jenis : "", b->pemda_asal, b->pemda_asal,
			 m->pemda.periode_awal, m->pemda.periode_akhir);
		if (o->kepala && *o->kepala)
			paragraf(b, "Perangkat daerah ini dipimpin oleh %s%s%s%s.", o->kepala,
				 o->jabatan && *o->jabatan ? " (" : "",
				 o->jabatan && *o->jabatan ? o->jabatan : "",
				 o->jabatan && *o->jabatan ? ")" : "");
	} else if (m->pemda.induk && *m->pemda.induk)
		paragraf(b,
			 "%s (kode wilayah %s) adalah pemerintah daerah berjenis %s dalam wilayah "
			 "induk berkode %s. Periode RPJMD yang berlaku adalah tahun %d-%d.",
			 m->pemda.nama, m->pemda.kode, m->pemda.jenis ? m->pemda.jenis : "-",
			 m->pemda.induk,
			 m->pemda.periode_awal, m->pemda.periode_akhir);
	else
		paragraf(b,
			 "%s (kode wilayah %s) adalah pemerintah daerah berjenis %s. Periode RPJMD "
			 "yang berlaku adalah tahun %d-%d.",
			 m->pemda.nama, m->pemda.kode, m->pemda.jenis ? m->pemda.jenis : "-",
			 m->pemda.periode_awal,
			 m->pemda.periode_akhir);
	if (m->n_opd) {
		paragraf(b,
			 "Penyelenggaraan urusan pemerintahan didukung oleh %d perangkat daerah "
			 "yang bertanggung jawab atas indikator kinerja sebagai berikut:",
			 m->n_opd);
		static const char *const kp[] = {"No", "Kode", "Perangkat Daerah",
						 "Jumlah Indikator"};
		static const double lb[] = {0.6, 1.2, 5, 1.5};
		struct dok_tabel *t =
			tabel_baru(b, arena_printf(&b->d->arena, "Perangkat Daerah %s",
						   m->pemda.nama),
				   NULL, 4, kp, lb);
		for (int i = 0; i < m->n_opd; i++) {
			int n = 0;
			for (int k = 0; k < m->n_indikator; k++)
				n += m->indikator[k].opd &&
				     strcmp(m->indikator[k].opd, m->opd[i].kode) == 0;
			struct dok_sel *r = baris_baru(b, t);
			s_angka(b, &r[0], i + 1, 0);
			s_teks(b, &r[1], m->opd[i].kode);
			s_teks(b, &r[2], m->opd[i].nama);
			s_angka(b, &r[3], n, 0);
		}
	}
	judul(b, 2, "D. Sistematika Penyajian");
	static const char *const sis[] = {
		"Bab I Pendahuluan: latar belakang, maksud dan tujuan, gambaran umum.",
		"Bab II Perencanaan dan Perjanjian Kinerja: RPJMD, Indikator Kinerja Utama dan "
		"Perjanjian Kinerja.",
		"Bab III Akuntabilitas Kinerja: capaian kinerja, analisis per sasaran dan "
		"akuntabilitas keuangan.",
		"Bab IV Penutup: kesimpulan dan langkah perbaikan.",
		"Lampiran: Perjanjian Kinerja serta rencana dan realisasi kinerja dan anggaran.",
	};
	for (int i = 0; i < 5; i++)
		butir(b, huruf(b, i), sis[i]);
	halaman_baru(b);
}

/* The Perjanjian Kinerja: each sasaran's indicators and their targets (Bab II and Lampiran 1). */
static void tabel_pk(struct bangun *b, const char *lembar)
{
	const struct pengukuran *p = b->p;
	static const char *const kp[] = {"No", "Sasaran Strategis", "Indikator Kinerja", "Satuan",
					 "Target"};
	static const double lb[] = {0.5, 3, 3.4, 1.2, 1.3};
	const char *judul_pk = arena_printf(&b->d->arena, "Perjanjian Kinerja %s Tahun %d",
					    b->m->pemda.nama, p->tahun);
	struct dok_tabel *t = tabel_baru(b, judul_pk, lembar, 5, kp, lb);
	for (int i = 0; i < p->n_sasaran; i++) {
		const struct rencana *sa = p->sasaran[i].r;
		int pertama = 1;
		for (int k = 0; k < p->n_indikator; k++) {
			const struct ukur_indikator *u = &p->indikator[k];
			if (!induk_dari(u->ind->induk, sa->kode))
				continue;
			struct dok_sel *r = baris_baru(b, t);
			if (pertama) {
				s_angka(b, &r[0], i + 1, 0);
				s_teks(b, &r[1], sa->uraian);
			}
			pertama = 0;
			s_teks(b, &r[2], u->ind->uraian);
			s_teks(b, &r[3], u->ind->satuan);
			s_target(b, t, r, 4, -1, u);
		}
	}
}

static void bab_perencanaan(struct bangun *b)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	struct arena *a = &b->d->arena;
	bab_mulai(b, 2, "BAB II PERENCANAAN DAN PERJANJIAN KINERJA");
	judul(b, 2, b->lkj_pd ? "A. Rencana Strategis Perangkat Daerah"
			      : "A. Rencana Pembangunan Jangka Menengah Daerah");
	for (int i = 0; i < m->n_rencana; i++)
		if (m->rencana[i].jenis == RENCANA_VISI)
			paragraf(b, "Visi %s Tahun %d-%d: \"%s\".", m->pemda.nama,
				 m->pemda.periode_awal, m->pemda.periode_akhir,
				 m->rencana[i].uraian);
	int nm = 0;
	for (int i = 0; i < m->n_rencana; i++)
		if (m->rencana[i].jenis == RENCANA_MISI)
			nm++;
	if (nm) {
		paragraf(b, "Visi tersebut dijabarkan dalam %d misi:", nm);
		int k = 0;
		for (int i = 0; i < m->n_rencana; i++)
			if (m->rencana[i].jenis == RENCANA_MISI)
				butir(b, arena_printf(a, "%d.", ++k), m->rencana[i].uraian);
	}
	paragraf(b, "Hubungan misi, tujuan, sasaran dan indikatornya disajikan pada tabel berikut.");
	static const char *const kp[] = {"Misi", "Tujuan", "Sasaran", "Indikator", "Satuan"};
	static const double lb[] = {2.2, 2.2, 2.4, 3, 1.2};
	struct dok_tabel *t = tabel_baru(
		b,
		arena_printf(a, "Matriks Hubungan Misi, Tujuan, Sasaran dan Indikator %s",
			     m->pemda.nama),
		"Matriks", 5, kp, lb);
	for (int i = 0; i < m->n_rencana; i++) {
		const struct rencana *tj = &m->rencana[i];
		if (tj->jenis != RENCANA_TUJUAN)
			continue;
		const struct rencana *mi = tj->induk ? model_rencana(m, tj->induk) : NULL;
		int pertama = 1;
		/* the tujuan's own indicators, then each sasaran's */
		for (int k = 0; k < m->n_indikator; k++) {
			if (!induk_dari(m->indikator[k].induk, tj->kode))
				continue;
			struct dok_sel *r = baris_baru(b, t);
			if (pertama) {
				s_teks(b, &r[0], mi ? mi->uraian : "");
				s_teks(b, &r[1], tj->uraian);
			}
			pertama = 0;
			s_teks(b, &r[2], "(indikator tujuan)");
			s_teks(b, &r[3], m->indikator[k].uraian);
			s_teks(b, &r[4], m->indikator[k].satuan);
		}
		for (int j = 0; j < m->n_rencana; j++) {
			const struct rencana *sa = &m->rencana[j];
			if (sa->jenis != RENCANA_SASARAN || !induk_dari(sa->induk, tj->kode))
				continue;
			int sp = 1;
			int ada = 0;
			for (int k = 0; k < m->n_indikator; k++) {
				if (!induk_dari(m->indikator[k].induk, sa->kode))
					continue;
				ada = 1;
				struct dok_sel *r = baris_baru(b, t);
				if (pertama) {
					s_teks(b, &r[0], mi ? mi->uraian : "");
					s_teks(b, &r[1], tj->uraian);
				}
				if (sp)
					s_teks(b, &r[2], sa->uraian);
				pertama = sp = 0;
				s_teks(b, &r[3], m->indikator[k].uraian);
				s_teks(b, &r[4], m->indikator[k].satuan);
			}
			if (!ada) {
				struct dok_sel *r = baris_baru(b, t);
				s_teks(b, &r[2], sa->uraian);
			}
		}
	}

	judul(b, 2, "B. Indikator Kinerja Utama");
	int y0 = m->pemda.periode_awal, y1 = m->pemda.periode_akhir;
	if (y0 <= 0 || y1 < y0 || y1 - y0 > 6) {
		y0 = p->tahun - 1;
		y1 = p->tahun + 3;
	}
	int ny = y1 - y0; /* target years y0+1 .. y1 */
	int nk = 4 + ny + 1;
	const char **kk = arena_alloc(a, (size_t)nk * sizeof(char *));
	double *kl = arena_alloc(a, (size_t)nk * sizeof(double));
	kk[0] = "No";
	kk[1] = "Indikator";
	kk[2] = "Satuan";
	kk[3] = arena_printf(a, "Kondisi Awal (%d)", y0);
	kl[0] = 0.5;
	kl[1] = 3.2;
	kl[2] = 1.1;
	kl[3] = 1.1;
	for (int i = 0; i < ny; i++) {
		kk[4 + i] = arena_printf(a, "Target %d", y0 + 1 + i);
		kl[4 + i] = 1;
	}
	kk[nk - 1] = "Kondisi Akhir";
	kl[nk - 1] = 1.1;
	paragraf(b,
		 "Indikator Kinerja Utama (IKU) %s ditetapkan untuk mengukur keberhasilan tujuan dan "
		 "sasaran RPJMD, dengan target tahunan sebagai berikut.",
		 m->pemda.nama);
	t = tabel_baru(b, arena_printf(a, "Indikator Kinerja Utama %s Tahun %d-%d", m->pemda.nama,
				       y0 + 1, y1),
		       "IKU", nk, kk, kl);
	for (int i = 0; i < m->n_rencana; i++) {
		const struct rencana *r0 = &m->rencana[i];
		if (r0->jenis != RENCANA_TUJUAN && r0->jenis != RENCANA_SASARAN)
			continue;
		int ada = 0;
		int no = 0;
		for (int k = 0; k < m->n_indikator; k++) {
			const struct indikator *ind = &m->indikator[k];
			if (!induk_dari(ind->induk, r0->kode))
				continue;
			if (!ada)
				baris_grup(b, t,
					   arena_printf(a, "%s: %s",
							r0->jenis == RENCANA_TUJUAN ? "Tujuan"
										    : "Sasaran",
							r0->uraian),
					   t->n_kolom);
			ada = 1;
			struct dok_sel *r = baris_baru(b, t);
			s_angka(b, &r[0], ++no, 0);
			s_teks(b, &r[1], ind->uraian);
			s_teks(b, &r[2], ind->satuan);
			s_nilai(b, &r[3], &ind->kondisi_awal, NULL);
			for (int y = 0; y < ny; y++) {
				const struct target *tg = model_target(m, ind->kode, y0 + 1 + y);
				if (tg)
					s_nilai(b, &r[4 + y], &tg->nilai, NULL);
				else
					r[4 + y].teks = "-";
			}
			s_nilai(b, &r[nk - 1], &ind->target_akhir, NULL);
		}
	}

	judul(b, 2, "C. Perjanjian Kinerja Tahun %d", p->tahun);
	paragraf(b,
		 "Perjanjian Kinerja Tahun %d memuat sasaran strategis, indikator kinerja dan "
		 "target yang akan dicapai %s pada tahun %d.",
		 p->tahun, m->pemda.nama, p->tahun);
	tabel_pk(b, "Perjanjian Kinerja");
	/* every signed version of the year, as it was frozen (siklus.md) */
	int n_versi = 0;
	for (int i = 0; i < m->n_pk; i++)
		n_versi += m->pk[i].tahun == p->tahun && !m->pk[i].opd;
	if (n_versi) {
		judul(b, 3, "Versi Perjanjian Kinerja yang Ditandatangani");
		paragraf(b,
			 "Perjanjian Kinerja Tahun %d ditandatangani dalam %d versi; isi setiap versi "
			 "dibekukan pada saat penandatanganan dan disajikan sebagai berikut.",
			 p->tahun, n_versi);
		for (int i = 0; i < m->n_pk; i++) {
			const struct pk *k = &m->pk[i];
			if (k->tahun != p->tahun || k->opd)
				continue;
			paragraf(b, "%s (versi %d)%s%s, ditandatangani %s oleh %s (%s).",
				 dok_pk_nama(b->d, k), k->versi, k->nomor && *k->nomor ? " nomor " : "",
				 k->nomor && *k->nomor ? k->nomor : "", k->tanggal, k->pihak_pertama,
				 k->jabatan_pertama);
			const char *n1 = nomor_tabel(b);
			const char *n2 = k->n_anggaran ? nomor_tabel(b) : NULL;
			dok_pk_tabel(b->d, m, k, n1, NULL, n2, NULL);
		}
	}
	int n_ubah = 0;
	for (int i = 0; i < m->n_riwayat; i++)
		n_ubah += m->riwayat[i].tahun == p->tahun;
	if (n_ubah) {
		judul(b, 3, "Perjanjian Kinerja Perubahan");
		paragraf(b,
			 "Pada tahun %d, target %d indikator diubah melalui Perjanjian Kinerja "
			 "Perubahan sebagai berikut.",
			 p->tahun, n_ubah);
		static const char *const kr[] = {"No", "Indikator", "Target Awal",
						 "Target Perubahan", "Diganti"};
		static const double lr[] = {0.5, 4, 1.4, 1.6, 1.8};
		t = tabel_baru(b, arena_printf(a, "Perjanjian Kinerja Perubahan Tahun %d", p->tahun),
			       "PK Perubahan", 5, kr, lr);
		int no = 0;
		for (int i = 0; i < m->n_riwayat; i++) {
			const struct target_riwayat *h = &m->riwayat[i];
			if (h->tahun != p->tahun)
				continue;
			const struct indikator *ind = model_indikator(m, h->indikator);
			const struct target *tg = model_target(m, h->indikator, h->tahun);
			struct dok_sel *r = baris_baru(b, t);
			s_angka(b, &r[0], ++no, 0);
			s_teks(b, &r[1], ind ? ind->uraian : h->indikator);
			s_nilai(b, &r[2], &h->nilai, tg ? &tg->nilai : NULL);
			if (tg)
				s_nilai(b, &r[3], &tg->nilai, &h->nilai);
			s_teks(b, &r[4], h->diganti);
		}
	}
	if (p->n_sasaran && p->n_program) {
		judul(b, 3, "Alokasi Anggaran per Sasaran");
		static const char *const ka[] = {"No", "Sasaran Strategis", "Jumlah Program",
						 "Pagu (Rp)"};
		static const double la[] = {0.5, 5, 1.3, 2.4};
		t = tabel_baru(b, arena_printf(a, "Alokasi Anggaran per Sasaran Tahun %d", p->tahun),
			       NULL, 4, ka, la);
		for (int i = 0; i < p->n_sasaran; i++) {
			const struct ukur_agregat *s = &p->sasaran[i];
			int np = 0;
			for (int k = 0; k < p->n_program; k++)
				np += induk_dari(p->program[k].a->sasaran, s->r->kode);
			struct dok_sel *r = baris_baru(b, t);
			s_angka(b, &r[0], i + 1, 0);
			s_teks(b, &r[1], s->r->uraian);
			s_angka(b, &r[2], np, 0);
			if (s->ada_anggaran)
				s_rp(b, &r[3], s->pagu);
			else
				r[3].teks = "-";
		}
		struct dok_sel *r = baris_baru(b, t);
		s_teks(b, &r[1], "Jumlah");
		s_angka(b, &r[2], p->n_program, 0);
		s_rp(b, &r[3], p->pagu);
		for (int j = 0; j < 4; j++)
			r[j].tebal = 1;
	}
	halaman_baru(b);
}

/* One indicator's row of a measurement table (columns as in Tabel 3.2), numbered ++*no. */
static void baris_indikator(struct bangun *b, struct dok_tabel *t, const struct ukur_indikator *u,
			    int *no)
{
	struct dok_sel *r = baris_baru(b, t);
	s_angka(b, &r[0], ++*no, 0);
	s_teks(b, &r[1], u->ind->uraian);
	s_teks(b, &r[2], u->ind->satuan);
	s_target(b, t, r, 3, 4, u);
	s_capaian(b, t, r, 3, 4, 5, u);
	s_predikat(b, &r[6], u->predikat, ukur_keadaan_nama(ukur_keadaan(u)));
}

/*
 * The indicators a table lists (indices into pengukuran.indikator, in the
 * table's order): the chart that illustrates the table shows these and no others.
 */
struct pilihan {
	int n;
	int *isi; /* room for every indicator of the measurement */
};

static void pilihan_buat(struct bangun *b, struct pilihan *pl)
{
	pl->n = 0;
	pl->isi = arena_alloc(&b->d->arena, (size_t)(b->p->n_indikator + 1) * sizeof(int));
}

/* The measurement table rows of the indicators on node induk, each noted in pl (may be NULL). */
static void baris_ukur(struct bangun *b, struct dok_tabel *t, const char *induk, int *no,
		       struct pilihan *pl)
{
	const struct pengukuran *p = b->p;
	for (int k = 0; k < p->n_indikator; k++)
		if (induk_dari(p->indikator[k].ind->induk, induk)) {
			baris_indikator(b, t, &p->indikator[k], no);
			if (pl)
				pl->isi[pl->n++] = k;
		}
}

/*
 * A tujuan's or sasaran's heading row with its capaian (the mean of its
 * indicators' capaian cells, as a formula) and predikat, then the rows of
 * its indicators. Returns the row of the heading.
 */
static int grup_ukur(struct bangun *b, struct dok_tabel *t, const char *teks,
		     const struct ukur_agregat *ag, int *no, struct pilihan *pl)
{
	int baris = t->n_baris;
	struct dok_sel *r = baris_grup(b, t, teks, 5);
	s_persen(b, &r[5], ag->ada_capaian, ag->capaian);
	s_predikat(b, &r[6], ag->predikat, ukur_keadaan_nama(UKUR_BELUM_ADA_DATA));
	baris_ukur(b, t, ag->r->kode, no, pl);
	if (ag->ada_capaian)
		r[5].rumus = rumus_rata(b, ag, baris + 1, 5);
	return baris;
}

static const char *const kolom_ukur[] = {"No",        "Indikator Kinerja", "Satuan", "Target",
					 "Realisasi", "Capaian (%)",       "Predikat"};
static const double lebar_ukur[] = {0.5, 3.8, 1.2, 1.2, 1.2, 1.1, 1.4};

/* The bars of the indicators of pl (a table's rows) that have a capaian; none, no chart. */
static void grafik_batang(struct bangun *b, const char *judul_grafik, const struct pilihan *pl)
{
	const struct pengukuran *p = b->p;
	int n = 0;
	for (int k = 0; k < pl->n; k++)
		n += p->indikator[pl->isi[k]].capaian.ada;
	if (!n)
		return;
	struct dok_grafik *g = grafik_baru(b, GRAFIK_BATANG, judul_grafik, n, 1);
	g->satuan = "%";
	g->seri[0].nama = "Capaian (%)";
	g->garis_acuan = 100;
	int i = 0;
	for (int k = 0; k < pl->n; k++) {
		const struct ukur_indikator *u = &p->indikator[pl->isi[k]];
		if (!u->capaian.ada)
			continue;
		g->label[i] = u->ind->uraian;
		g->seri[0].nilai[i] = u->capaian.nilai;
		g->kelas[i] = skala_predikat_indeks(&b->m->pemda.predikat, u->capaian.nilai);
		i++;
	}
}

/* Per sasaran: this year, previous years, end-of-RPJMD target, comparisons, charts, narasi. */
/* One sentence: the projected value at the period's end, its method, the change needed. */
static const char *kalimat_proyeksi(struct bangun *b, const struct indikator *ind)
{
	struct arena *a = &b->d->arena;
	struct proyeksi pr;
	tren_proyeksi(b->m, ind, b->p->tahun, &pr);
	if (!pr.ada)
		return arena_printf(a, "Proyeksi %s sampai akhir periode RPJMD belum dapat dihitung: "
				       "%s.",
				    ind->uraian, pr.catatan ? pr.catatan : "data belum cukup");
	const struct proyeksi_metode_hasil *h = &pr.metode[PROYEKSI_TREN_LINIER];
	char v[64], t[64], l[64];
	angka_format(h->nilai, 2, v, sizeof(v));
	angka_format(pr.target_akhir, 2, t, sizeof(t));
	const char *sisa = "";
	/* a last value already at the target by arah needs no change (a "required" -1,75 misleads) */
	int sudah = ind->arah == ARAH_NAIK    ? pr.nilai_terakhir >= pr.target_akhir
		    : ind->arah == ARAH_TURUN ? pr.nilai_terakhir <= pr.target_akhir
					      : 0;
	if (pr.ada_laju_diperlukan && sudah)
		sisa = arena_printf(a, "; nilai tahun %d (%s) sudah mencapai target akhir itu",
				    pr.tahun_terakhir, angka_format(pr.nilai_terakhir, 2, l, sizeof(l)));
	else if (pr.ada_laju_diperlukan)
		sisa = arena_printf(a, "; untuk mencapainya diperlukan perubahan %s per tahun",
				    angka_format(pr.laju_diperlukan, 2, l, sizeof(l)));
	return arena_printf(a, "Dengan kecenderungan data sampai tahun %d, %s diproyeksikan %s pada "
			       "tahun %d (%s), sehingga target akhir RPJMD %s diperkirakan %s%s.",
			    pr.tahun_terakhir, ind->uraian, v, pr.tahun_akhir,
			    tren_metode_label(PROYEKSI_TREN_LINIER), t,
			    h->status == PROYEKSI_TERCAPAI ? "tercapai" : "tidak tercapai", sisa);
}

/* An indicator's change against the year before (when it has both) and its projection. */
static void paragraf_tren(struct bangun *b, const struct indikator *ind)
{
	const struct model *m = b->m;
	int y = b->p->tahun;
	const char *tr =
		narasi_tren(&b->d->arena, ind, y, angka_tahun(m, ind, y), angka_tahun(m, ind, y - 1));
	if (tr)
		paragraf(b, "%s", tr);
	paragraf(b, "%s", kalimat_proyeksi(b, ind));
}

static void analisis_sasaran(struct bangun *b, const struct ukur_agregat *s)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	struct arena *a = &b->d->arena;
	int nomor = nomor_sasaran(p, s);
	judul(b, 3, "Sasaran %d: %s", nomor, s->r->uraian);
	paragraf(b, "%s", kalimat_sasaran(b, nomor - 1));
	struct dok_tabel *t = tabel_baru(
		b, arena_printf(a, "Capaian Kinerja Sasaran %s Tahun %d", s->r->uraian, p->tahun),
		NULL, 7, kolom_ukur, lebar_ukur);
	int no = 0;
	baris_ukur(b, t, s->r->kode, &no, NULL);
	if (!no)
		return;
	for (int k = 0; k < p->n_indikator; k++) {
		const struct ukur_indikator *u = &p->indikator[k];
		if (induk_dari(u->ind->induk, s->r->kode))
			paragraf(b, "%s", narasi_indikator(a, u));
	}

	/* this year against the previous years and the kondisi awal */
	int y0 = tahun_awal(m, p->tahun);
	int ny = p->tahun - y0 + 1;
	int nk = 2 + ny;
	const char **kk = arena_alloc(a, (size_t)nk * sizeof(char *));
	double *kl = arena_alloc(a, (size_t)nk * sizeof(double));
	kk[0] = "Indikator";
	kl[0] = 3.6;
	kk[1] = "Satuan";
	kl[1] = 1.1;
	for (int i = 0; i < ny; i++) {
		kk[2 + i] = y0 + i == m->pemda.periode_awal
				    ? arena_printf(a, "%d (Kondisi Awal)", y0 + i)
				    : arena_printf(a, "%d", y0 + i);
		kl[2 + i] = 1.1;
	}
	t = tabel_baru(b,
		       arena_printf(a, "Realisasi Indikator Sasaran %s Tahun %d-%d", s->r->uraian,
				    y0, p->tahun),
		       NULL, nk, kk, kl);
	for (int k = 0; k < p->n_indikator; k++) {
		const struct ukur_indikator *u = &p->indikator[k];
		if (!induk_dari(u->ind->induk, s->r->kode))
			continue;
		struct dok_sel *r = baris_baru(b, t);
		s_teks(b, &r[0], u->ind->uraian);
		s_teks(b, &r[1], u->ind->satuan);
		for (int y = 0; y < ny; y++) {
			int dt;
			struct nilai v = ukur_realisasi_tahun(m, u->ind, y0 + y, &dt);
			if (v.jenis == NILAI_KOSONG && y0 + y == m->pemda.periode_awal)
				v = u->ind->kondisi_awal;
			if (v.jenis == NILAI_KOSONG)
				r[2 + y].teks = "-";
			else
				s_nilai(b, &r[2 + y], &v, NULL);
		}
	}
	for (int k = 0; k < p->n_indikator; k++) {
		const struct ukur_indikator *u = &p->indikator[k];
		if (!induk_dari(u->ind->induk, s->r->kode))
			continue;
		paragraf_tren(b, u->ind);
	}

	/* against the end-of-RPJMD target */
	static const char *const ka[] = {"Indikator", "Satuan", "Realisasi",
					 "Target Akhir RPJMD", "Capaian (%)"};
	static const double la[] = {3.8, 1.2, 1.3, 1.5, 1.3};
	t = tabel_baru(b,
		       arena_printf(a, "Capaian Kinerja Sasaran %s Tahun %d Terhadap Kondisi Akhir "
				       "RPJMD (%d)",
				    s->r->uraian, p->tahun, m->pemda.periode_akhir),
		       NULL, 5, ka, la);
	for (int k = 0; k < p->n_indikator; k++) {
		const struct ukur_indikator *u = &p->indikator[k];
		if (!induk_dari(u->ind->induk, s->r->kode))
			continue;
		struct dok_sel *r = baris_baru(b, t);
		s_teks(b, &r[0], u->ind->uraian);
		s_teks(b, &r[1], u->ind->satuan);
		s_nilai(b, &r[2], &u->realisasi, &u->ind->target_akhir);
		s_nilai(b, &r[3], &u->ind->target_akhir, &u->realisasi);
		s_persen(b, &r[4], u->capaian_akhir.ada, u->capaian_akhir.nilai);
	}

	/* against the province and national values where stored */
	const char *wilayah[8];
	int nw = 0;
	for (int i = 0; i < m->n_pembanding; i++) {
		const struct pembanding *pb = &m->pembanding[i];
		const struct indikator *ind = model_indikator(m, pb->indikator);
		if (!ind || !induk_dari(ind->induk, s->r->kode) || pb->tahun > p->tahun)
			continue;
		int ada = 0;
		for (int w = 0; w < nw; w++)
			ada |= strcmp(wilayah[w], pb->wilayah) == 0;
		if (!ada && nw < 8)
			wilayah[nw++] = pb->wilayah;
	}
	if (nw) {
		int nkb = 3 + nw;
		const char **kb = arena_alloc(a, (size_t)nkb * sizeof(char *));
		double *lbb = arena_alloc(a, (size_t)nkb * sizeof(double));
		kb[0] = "Indikator";
		lbb[0] = 3.6;
		kb[1] = "Tahun";
		lbb[1] = 0.8;
		kb[2] = m->pemda.nama;
		lbb[2] = 1.3;
		for (int w = 0; w < nw; w++) {
			kb[3 + w] = nama_wilayah(b, wilayah[w]);
			lbb[3 + w] = 1.3;
		}
		t = tabel_baru(b,
			       arena_printf(a, "Perbandingan Capaian Sasaran %s dengan Wilayah Lain",
					    s->r->uraian),
			       NULL, nkb, kb, lbb);
		for (int k = 0; k < p->n_indikator; k++) {
			const struct ukur_indikator *u = &p->indikator[k];
			if (!induk_dari(u->ind->induk, s->r->kode))
				continue;
			int th = 0;
			for (int i = 0; i < m->n_pembanding; i++)
				if (strcmp(m->pembanding[i].indikator, u->ind->kode) == 0 &&
				    m->pembanding[i].tahun <= p->tahun && m->pembanding[i].tahun > th)
					th = m->pembanding[i].tahun;
			if (!th)
				continue;
			struct dok_sel *r = baris_baru(b, t);
			s_teks(b, &r[0], u->ind->uraian);
			s_teks(b, &r[1], arena_printf(a, "%d", th));
			double v = angka_tahun(m, u->ind, th);
			if (isnan(v))
				r[2].teks = "-";
			else
				s_angka(b, &r[2], v, 2);
			for (int w = 0; w < nw; w++) {
				r[3 + w].teks = "-";
				for (int i = 0; i < m->n_pembanding; i++) {
					const struct pembanding *pb = &m->pembanding[i];
					if (pb->tahun == th && strcmp(pb->indikator, u->ind->kode) == 0 &&
					    strcmp(pb->wilayah, wilayah[w]) == 0)
						s_angka(b, &r[3 + w], pb->nilai, 2);
				}
			}
		}
	}

	/* each numeric indicator over the years: realisasi, target and comparison values */
	int x1 = m->pemda.periode_akhir > p->tahun ? m->pemda.periode_akhir : p->tahun;
	if (x1 - y0 + 1 > MAKS_TAHUN)
		x1 = y0 + MAKS_TAHUN - 1;
	int nx = x1 - y0 + 1;
	for (int k = 0; k < p->n_indikator; k++) {
		const struct ukur_indikator *u = &p->indikator[k];
		const struct indikator *ind = u->ind;
		if (!induk_dari(ind->induk, s->r->kode) || ind->arah == ARAH_KATEGORI)
			continue;
		int adar = 0;
		for (int y = y0; y <= p->tahun; y++)
			adar += !isnan(angka_tahun(m, ind, y));
		if (adar == 0)
			continue;
		int nwi = 0;
		const char *wi[6];
		for (int i = 0; i < m->n_pembanding; i++) {
			if (strcmp(m->pembanding[i].indikator, ind->kode) != 0)
				continue;
			int ada = 0;
			for (int w = 0; w < nwi; w++)
				ada |= strcmp(wi[w], m->pembanding[i].wilayah) == 0;
			if (!ada && nwi < 6)
				wi[nwi++] = m->pembanding[i].wilayah;
		}
		struct dok_grafik *g = grafik_baru(
			b, GRAFIK_GARIS,
			arena_printf(a, "%s %s Tahun %d-%d", ind->uraian, m->pemda.nama, y0, x1), nx,
			2 + nwi);
		g->satuan = ind->satuan;
		g->seri[0].nama = "Realisasi";
		g->seri[1].nama = "Target";
		g->seri[1].putus = 1;
		for (int x = 0; x < nx; x++) {
			g->label[x] = arena_printf(a, "%d", y0 + x);
			if (y0 + x <= p->tahun)
				g->seri[0].nilai[x] = angka_tahun(m, ind, y0 + x);
			g->seri[1].nilai[x] = target_tahun(m, ind, y0 + x);
		}
		for (int w = 0; w < nwi; w++) {
			g->seri[2 + w].nama = nama_wilayah(b, wi[w]);
			for (int i = 0; i < m->n_pembanding; i++) {
				const struct pembanding *pb = &m->pembanding[i];
				if (strcmp(pb->indikator, ind->kode) == 0 &&
				    strcmp(pb->wilayah, wi[w]) == 0 && pb->tahun >= y0 &&
				    pb->tahun <= x1)
					g->seri[2 + w].nilai[pb->tahun - y0] = pb->nilai;
			}
		}
	}

	/* the words only people can write */
	static const char *const jenis[] = {"analisis", "kendala", "solusi"};
	static const char *const label[] = {"Analisis", "Kendala", "Solusi"};
	for (int j = 0; j < 3; j++) {
		const char *n = narasi_cari(m, p->tahun, s->r->kode, jenis[j]);
		if (n)
			paragraf(b, "%s: %s", label[j], n);
		for (int k = 0; k < p->n_indikator; k++) {
			const struct ukur_indikator *u = &p->indikator[k];
			if (!induk_dari(u->ind->induk, s->r->kode))
				continue;
			n = narasi_cari(m, p->tahun, u->ind->kode, jenis[j]);
			if (n)
				paragraf(b, "%s (%s): %s", label[j], u->ind->uraian, n);
		}
	}
}

/* ---- an OPD's LKj: the cascade below its sasaran (kaskade.h) ---- */

/* "Program A.P1: Program Dinas A". */
static const char *nama_simpul(struct bangun *b, const struct rencana *r)
{
	return arena_printf(&b->d->arena, "%s %s: %s", model_rencana_label(r->jenis), r->kode,
			    r->uraian ? r->uraian : "");
}

/*
 * Where a sasaran_pd's own indicators are shown: under its heading on the
 * Pengukuran Kinerja sheet (lembar), from table row awal, as the indicators of
 * s in the LKj's own measurement (b->p).
 */
struct baris_sasaran {
	const char *lembar;
	const struct ukur_agregat *s;
	int awal;
};

/*
 * The programs, kegiatan and sub-kegiatan atas[0..n_atas) with the nodes below
 * them, under the cascade node akar (a sasaran_pd, its own first row) or none
 * (-1): a table of their indicators grouped under each node with the node's
 * capaian and predikat (the cascade's mean, as a formula over the rows it
 * averages), the indicators' sentences and the words people wrote, and a
 * table of each node's pagu, realisasi and serapan. Both tables are main
 * tables (sheets "<lembar> Program" and "<lembar> Anggaran"). luar (may be
 * NULL): where akar's own indicators are, for its capaian's formula.
 */
static void analisis_program(struct bangun *b, int akar, const int *atas, int n_atas,
			     const char *nama, const char *lembar,
			     const struct baris_sasaran *luar)
{
	const struct kaskade *k = b->kas;
	const struct pengukuran *kp = k->p;
	struct arena *a = &b->d->arena;
	int *daftar = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	int *bawah = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	int n = 0;
	if (akar >= 0)
		daftar[n++] = akar;
	for (int i = 0; i < n_atas && n < k->n_simpul; i++) {
		daftar[n++] = atas[i];
		int nb = kaskade_turunan(k, atas[i], bawah);
		for (int j = 0; j < nb && n < k->n_simpul; j++)
			daftar[n++] = bawah[j];
	}
	free(bawah);
	paragraf(b,
		 "Program, kegiatan dan sub-kegiatan %s beserta indikatornya disajikan pada tabel "
		 "berikut. Capaian setiap simpul adalah rata-rata capaian indikatornya sendiri; "
		 "simpul tanpa indikator sendiri mengambil rata-rata capaian simpul di bawahnya.",
		 nama);
	static const char *const kk[] = {"No",	      "Program / Kegiatan / Indikator",
					 "Satuan",    "Target",
					 "Realisasi", "Capaian (%)",
					 "Predikat"};
	struct dok_tabel *t = tabel_baru(
		b, arena_printf(a, "Capaian Kinerja Program dan Kegiatan %s Tahun %d", nama,
				b->p->tahun),
		arena_printf(a, "%s Program", lembar), 7, kk, lebar_ukur);
	tabel_bantu_rentang(b, t);
	/* the sheet row of each node's heading and each indicator, for the formulas */
	int *baris_simpul = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	int *baris_ind = xcalloc((size_t)kp->n_indikator + 1, sizeof(int));
	int no = 0;
	for (int e = 0; e < n; e++) {
		const struct kaskade_simpul *ks = &k->simpul[daftar[e]];
		baris_simpul[daftar[e]] = t->n_baris + DOK_BARIS_XLSX;
		struct dok_sel *r = baris_grup(b, t, nama_simpul(b, ks->r), 5);
		/* bold down to the programs; kegiatan and sub-kegiatan plain below them */
		for (int j = 0; ks->r->jenis > RENCANA_PROGRAM && j < t->n_kolom; j++)
			r[j].tebal = 0;
		s_persen(b, &r[5], ks->ada_capaian, ks->capaian);
		s_predikat(b, &r[6], ks->predikat,
			   ks->n_indikator ? ukur_keadaan_nama(UKUR_BELUM_ADA_DATA) : "-");
		/* the sasaran_pd's own indicators are in the tables above */
		const int *x;
		int ni = daftar[e] == akar ? 0 : kaskade_indikator(k, daftar[e], &x);
		for (int j = 0; j < ni; j++) {
			baris_ind[x[j]] = t->n_baris + DOK_BARIS_XLSX;
			baris_indikator(b, t, &kp->indikator[x[j]], &no);
		}
	}
	/*
	 * The sasaran_pd's own indicators: their rows on the Pengukuran Kinerja
	 * sheet (baris_akar, by the cascade's indicator index), found by code in
	 * the LKj's measurement, in the order that sheet lists them.
	 */
	int *baris_akar = xcalloc((size_t)kp->n_indikator + 1, sizeof(int));
	int n_akar = 0;
	const char *awalan = NULL;
	if (luar && akar >= 0) {
		/* the sheet's name as the XLSX writes it (31 characters at most) */
		awalan = arena_printf(a, "'%.31s'!", luar->lembar);
		for (int x = 0; x < b->p->n_indikator; x++) {
			const struct indikator *ind = b->p->indikator[x].ind;
			if (!induk_dari(ind->induk, luar->s->r->kode))
				continue;
			const struct ukur_indikator *u = ukur_indikator_cari(kp, ind->kode);
			if (u)
				baris_akar[u - kp->indikator] =
				    DOK_BARIS_XLSX + luar->awal + n_akar;
			n_akar++;
		}
	}
	for (int e = 0, baris = 0; e < n; e++) {
		const struct kaskade_simpul *ks = &k->simpul[daftar[e]];
		const struct ukur_rata *rt = &ks->rata;
		if (!ks->ada_capaian || !rt->n)
			continue;
		int di_akar = daftar[e] == akar && !ks->dari_anak;
		int *unsur = xcalloc((size_t)rt->n + 1, sizeof(int));
		int lengkap = 1;
		for (int i = 0; i < rt->n; i++) {
			unsur[i] = ks->dari_anak ? baris_simpul[rt->unsur[i].indeks]
				   : di_akar     ? baris_akar[rt->unsur[i].indeks]
						 : baris_ind[rt->unsur[i].indeks];
			lengkap &= unsur[i] > 0;
		}
		/* own indicators follow the heading in one run; children are spread */
		const int *x;
		int ni = daftar[e] == akar ? 0 : kaskade_indikator(k, daftar[e], &x);
		baris = baris_simpul[daftar[e]];
		if (lengkap && di_akar) {
			/* one run there when that sheet shows exactly the node's indicators */
			int satu = n_akar == ks->n_indikator;
			int pertama = DOK_BARIS_XLSX + luar->awal;
			t->baris[baris - DOK_BARIS_XLSX][5].rumus = rumus_rata_sel_lembar(
			    b, rt, unsur, satu ? pertama : -1, pertama + n_akar - 1, 5, awalan);
		} else if (lengkap)
			t->baris[baris - DOK_BARIS_XLSX][5].rumus =
				rumus_rata_sel(b, rt, unsur, ks->dari_anak ? -1 : baris + 1,
					       baris + ni, 5);
		else
			t->baris[baris - DOK_BARIS_XLSX][5].catatan =
				"Nilai, bukan rumus: rata-rata capaian indikator sasaran ini pada "
				"lembar Pengukuran Kinerja.";
		free(unsur);
	}
	free(baris_akar);
	free(baris_simpul);
	free(baris_ind);
	for (int e = akar >= 0; e < n; e++) {
		const int *x;
		int ni = kaskade_indikator(k, daftar[e], &x);
		for (int j = 0; j < ni; j++) {
			paragraf(b, "%s", narasi_indikator(a, &kp->indikator[x[j]]));
			paragraf_tren(b, kp->indikator[x[j]].ind);
		}
	}
	static const char *const jenis[] = {"analisis", "kendala", "solusi"};
	static const char *const label[] = {"Analisis", "Kendala", "Solusi"};
	for (int j = 0; j < 3; j++)
		for (int e = akar >= 0; e < n; e++) {
			const struct kaskade_simpul *ks = &k->simpul[daftar[e]];
			const char *teks = narasi_cari(b->m, b->p->tahun, ks->r->kode, jenis[j]);
			if (teks)
				paragraf(b, "%s (%s %s): %s", label[j],
					 model_rencana_label(ks->r->jenis), ks->r->uraian, teks);
			const int *x;
			int ni = kaskade_indikator(k, daftar[e], &x);
			for (int i = 0; i < ni; i++) {
				const struct indikator *ind = kp->indikator[x[i]].ind;
				teks = narasi_cari(b->m, b->p->tahun, ind->kode, jenis[j]);
				if (teks)
					paragraf(b, "%s (%s): %s", label[j], ind->uraian, teks);
			}
		}

	static const char *const ka[] = {"No", "Program / Kegiatan / Sub-kegiatan", "Pagu (Rp)",
					 "Realisasi (Rp)", "Serapan (%)"};
	static const double la[] = {0.5, 5.2, 1.9, 1.9, 1.1};
	t = tabel_baru(b,
		       arena_printf(a, "Pagu dan Realisasi Anggaran Program dan Kegiatan %s Tahun %d",
				    nama, b->p->tahun),
		       arena_printf(a, "%s Anggaran", lembar), 5, ka, la);
	struct buf jp = BUF_INIT, jr = BUF_INIT;
	no = 0;
	for (int e = akar >= 0; e < n; e++) {
		const struct kaskade_simpul *ks = &k->simpul[daftar[e]];
		struct dok_sel *r = baris_baru(b, t);
		s_angka(b, &r[0], ++no, 0);
		s_teks(b, &r[1], nama_simpul(b, ks->r));
		if (ks->induk < 0 || k->simpul[ks->induk].r->jenis < RENCANA_PROGRAM) {
			/* a program: the Jumlah adds the programs */
			buf_printf(&jp, "%sC%d", jp.len ? "+" : "=", t->n_baris - 1 + DOK_BARIS_XLSX);
			buf_printf(&jr, "%sD%d", jr.len ? "+" : "=", t->n_baris - 1 + DOK_BARIS_XLSX);
			r[1].tebal = 1;
		}
		if (!ks->pagu) {
			r[2].teks = r[3].teks = r[4].teks = "-";
			continue;
		}
		s_rp(b, &r[2], ks->pagu);
		if (ks->ada_serapan)
			s_rp(b, &r[3], ks->realisasi_anggaran);
		else
			r[3].teks = "n/a";
		s_persen(b, &r[4], ks->ada_serapan, ks->serapan);
		if (ks->ada_serapan)
			r[4].rumus = rumus_bagi(b, 3, 2);
	}
	if (akar >= 0 && jp.len) {
		/* the sasaran_pd's budget is its programs' (no budget rows on a sasaran_pd) */
		const struct kaskade_simpul *ks = &k->simpul[akar];
		struct dok_sel *r = baris_baru(b, t);
		s_teks(b, &r[1], "Jumlah");
		s_rp(b, &r[2], ks->pagu);
		s_rp(b, &r[3], ks->realisasi_anggaran);
		r[2].rumus = arena_strdup(a, jp.data);
		r[3].rumus = arena_strdup(a, jr.data);
		s_persen(b, &r[4], ks->ada_serapan, ks->serapan);
		if (ks->ada_serapan)
			r[4].rumus = rumus_bagi(b, 3, 2);
		for (int j = 0; j < 5; j++)
			r[j].tebal = 1;
	}
	buf_release(&jp);
	buf_release(&jr);
	free(daftar);
}

/*
 * The programs and kegiatan below sasaran s of an OPD's LKj (its sasaran_pd in
 * the cascade; nomor, from 1); its own indicators are on sheet lembar from
 * table row awal (the Pengukuran Kinerja table).
 */
static void analisis_program_sasaran(struct bangun *b, const struct ukur_agregat *s, int nomor,
				     const char *lembar, int awal)
{
	if (!b->kas)
		return;
	int i = kaskade_cari(b->kas, s->r->kode);
	if (i < 0 || b->kas->simpul[i].r->jenis != RENCANA_SASARAN_PD)
		return;
	const struct kaskade_simpul *ks = &b->kas->simpul[i];
	const int *anak;
	int n = kaskade_anak(b->kas, i, &anak);
	if (!n)
		return;
	if (!s->rata.n && ks->ada_capaian) {
		char x[64];
		paragraf(b,
			 "Sasaran %d tidak mempunyai indikator yang terukur; menurut pohon kinerja "
			 "capaiannya adalah rata-rata capaian program di bawahnya, %s%% (%s).",
			 nomor, angka_format(ks->capaian, 2, x, sizeof(x)), ks->predikat);
	}
	struct baris_sasaran luar = {lembar, s, awal};
	analisis_program(b, i, anak, n, arena_printf(&b->d->arena, "Sasaran %d", nomor),
			 arena_printf(&b->d->arena, "Sasaran %d", nomor), &luar);
}

/* An OPD's programs directly under an RPJMD sasaran (no sasaran_pd of its own above them). */
static void analisis_program_rpjmd(struct bangun *b)
{
	const struct kaskade *k = b->kas;
	if (!k || !b->lkj_pd)
		return;
	int *atas = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	int n = 0;
	for (int i = 0; i < k->n_simpul; i++) {
		const struct kaskade_simpul *ks = &k->simpul[i];
		if (ks->r->jenis == RENCANA_PROGRAM && str_sama(ks->opd, b->lkj_pd->kode) &&
		    (ks->induk < 0 || !RENCANA_KASKADE(k->simpul[ks->induk].r->jenis)))
			atas[n++] = i;
	}
	if (n) {
		judul(b, 3, "Program yang Langsung Mendukung Sasaran RPJMD");
		for (int i = 0; i < n; i++) {
			const struct kaskade_simpul *ks = &k->simpul[atas[i]];
			const struct rencana *s = ks->induk >= 0 ? k->simpul[ks->induk].r : NULL;
			paragraf(b, "%s %s (%s) mendukung langsung sasaran RPJMD %s (%s).",
				 model_rencana_label(ks->r->jenis), ks->r->kode,
				 ks->r->uraian ? ks->r->uraian : "", s ? s->kode : "-",
				 s && s->uraian ? s->uraian : "-");
		}
		analisis_program(b, -1, atas, n, "yang langsung mendukung sasaran RPJMD",
				 "Sasaran RPJMD", NULL);
	}
	free(atas);
}

/* Bab III E: the OPD ranked by capaian (kaskade.h), when some OPD holds indicators. */
static void capaian_opd(struct bangun *b)
{
	const struct model *m = b->m;
	struct arena *a = &b->d->arena;
	struct kaskade k;
	kaskade_hitung(b->p, &k);
	int ada = 0;
	for (int i = 0; i < k.n_opd; i++)
		ada |= k.opd[i].n_indikator > 0;
	if (ada) {
		judul(b, 2, "E. Capaian Kinerja Perangkat Daerah");
		paragraf(b,
			 "Capaian setiap perangkat daerah adalah rata-rata capaian indikator yang "
			 "menjadi tanggung jawabnya; perangkat daerah diurutkan dari capaian tertinggi, "
			 "capaian yang sama berbagi peringkat.");
		static const char *const kp[] = {"Peringkat", "Perangkat Daerah", "Indikator",
						 "Capaian (%)", "Predikat", "Pagu (Rp)",
						 "Serapan (%)"};
		static const double lp[] = {0.9, 3.4, 0.9, 1.1, 1.3, 1.9, 1};
		struct dok_tabel *t = tabel_baru(
			b,
			arena_printf(a, "Capaian dan Peringkat Perangkat Daerah %s Tahun %d",
				     m->pemda.nama, b->p->tahun),
			"Capaian OPD", 7, kp, lp);
		for (int i = 0; i < k.n_opd; i++) {
			const struct kaskade_opd *o = &k.opd[k.urut[i]];
			if (!o->n_indikator && !o->pagu)
				continue;
			struct dok_sel *r = baris_baru(b, t);
			if (o->peringkat)
				s_angka(b, &r[0], o->peringkat, 0);
			else
				r[0].teks = "-";
			s_teks(b, &r[1], o->o->nama);
			s_angka(b, &r[2], o->n_indikator, 0);
			s_persen(b, &r[3], o->ada_capaian, o->capaian);
			s_predikat(b, &r[4], o->predikat, "-");
			s_rp(b, &r[5], o->pagu);
			s_persen(b, &r[6], o->ada_serapan, o->serapan);
		}
	}
	kaskade_release(&k);
}

static void bab_akuntabilitas(struct bangun *b)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	struct arena *a = &b->d->arena;
	bab_mulai(b, 3, "BAB III AKUNTABILITAS KINERJA");
	paragraf(b,
		 "Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap "
		 "indikator. Untuk indikator yang semakin tinggi semakin baik, capaian = realisasi / "
		 "target x 100%%; untuk indikator yang semakin rendah semakin baik digunakan rumus "
		 "%s. Interpretasi capaian mengikuti skala Permendagri 86/2017.",
		 m->pemda.rumus_turun == RUMUS_RASIO ? "target / realisasi x 100%"
						     : "(2 x target - realisasi) / target x 100%");
	judul(b, 2, "A. Capaian Indikator Kinerja Utama");
	struct dok_tabel *t = tabel_baru(
		b, arena_printf(a, "Capaian Indikator Kinerja Utama %s Tahun %d", m->pemda.nama,
				p->tahun),
		"Capaian IKU", 7, kolom_ukur, lebar_ukur);
	tabel_bantu_rentang(b, t);
	struct pilihan pl;
	pilihan_buat(b, &pl);
	for (int i = 0; i < p->n_tujuan; i++) {
		int no = 0;
		int awal = grup_ukur(b, t, arena_printf(a, "Tujuan: %s", p->tujuan[i].r->uraian),
				     &p->tujuan[i], &no, &pl);
		if (!no)
			t->n_baris = awal;
	}
	if (t->n_baris <= 1) /* its header only */
		paragraf(b, "Belum ada indikator kinerja pada tingkat tujuan; capaian diukur pada "
			    "tingkat sasaran (bagian B).");
	grafik_batang(b, arena_printf(a, "Capaian IKU %s Tahun %d", m->pemda.nama, p->tahun),
		      &pl);

	judul(b, 2, "B. Pengukuran Kinerja Sasaran");
	struct dok_tabel *tu = tabel_baru(
		b, arena_printf(a, "Pengukuran Kinerja %s Tahun %d", m->pemda.nama, p->tahun),
		"Pengukuran Kinerja", 7, kolom_ukur, lebar_ukur);
	tabel_bantu_rentang(b, tu);
	/* the rows of each sasaran's capaian and budget, for the formulas of Efisiensi */
	int *baris_capaian = arena_alloc(a, (size_t)(p->n_sasaran + 1) * sizeof(int));
	pilihan_buat(b, &pl);
	for (int i = 0; i < p->n_sasaran; i++) {
		int no = 0;
		const char *teks = arena_printf(a, "Sasaran %d: %s", i + 1, p->sasaran[i].r->uraian);
		baris_capaian[i] = grup_ukur(b, tu, teks, &p->sasaran[i], &no, &pl);
	}
	tabel_predikat(b, "Predikat");
	grafik_batang(b,
		      arena_printf(a, "Capaian Indikator Kinerja Sasaran %s Tahun %d",
				   m->pemda.nama, p->tahun),
		      &pl);

	judul(b, 2, "C. Analisis Capaian Kinerja per Sasaran");
	const char *ko = kalimat_opd(b);
	if (ko)
		paragraf(b, "%s Analisis setiap sasaran di bawah ini memuat juga program, kegiatan "
			    "dan sub-kegiatan di bawahnya beserta indikator dan anggarannya.",
			 ko);
	for (int i = 0; i < p->n_sasaran; i++) {
		analisis_sasaran(b, &p->sasaran[i]);
		analisis_program_sasaran(b, &p->sasaran[i], i + 1, tu->lembar, baris_capaian[i] + 1);
	}
	analisis_program_rpjmd(b);

	judul(b, 2, "D. Akuntabilitas Keuangan");
	if (p->n_program)
		paragraf(b, "%s",
			 narasi_serapan(a,
					arena_printf(a, "Belanja program %s Tahun %d",
						     m->pemda.nama, p->tahun),
					p->pagu, p->realisasi_anggaran, p->ada_serapan,
					p->serapan));
	else
		paragraf(b, "Data anggaran tahun %d belum tersedia.", p->tahun);
	static const char *const ka[] = {"No", "Sasaran Strategis", "Pagu (Rp)", "Realisasi (Rp)",
					 "Serapan (%)"};
	static const double la[] = {0.5, 4, 2.2, 2.2, 1.2};
	struct dok_tabel *ta = tabel_baru(
		b, arena_printf(a, "Pagu dan Realisasi Anggaran per Sasaran Tahun %d", p->tahun),
		"Anggaran Sasaran", 5, ka, la);
	int64_t pagu = 0, realisasi = 0;
	for (int i = 0; i < p->n_sasaran; i++) {
		const struct ukur_agregat *s = &p->sasaran[i];
		struct dok_sel *r = baris_baru(b, ta);
		s_angka(b, &r[0], i + 1, 0);
		s_teks(b, &r[1], s->r->uraian);
		if (!s->ada_anggaran) {
			r[2].teks = r[3].teks = r[4].teks = "-";
			continue;
		}
		pagu += s->pagu;
		realisasi += s->realisasi_anggaran;
		s_rp(b, &r[2], s->pagu);
		s_rp(b, &r[3], s->realisasi_anggaran);
		s_persen(b, &r[4], s->ada_serapan, s->serapan);
		if (s->ada_serapan)
			r[4].rumus = rumus_bagi(b, 3, 2);
	}
	struct dok_sel *r = baris_baru(b, ta);
	s_teks(b, &r[1], "Jumlah");
	s_rp(b, &r[2], p->pagu);
	s_rp(b, &r[3], p->realisasi_anggaran);
	/* the total is the sum of the sasaran, unless a program belongs to none */
	if (p->n_sasaran && pagu == p->pagu && realisasi == p->realisasi_anggaran) {
		r[2].rumus = rumus_jumlah(b, 2, 1, p->n_sasaran);
		r[3].rumus = rumus_jumlah(b, 3, 1, p->n_sasaran);
	} else {
		r[2].catatan = r[3].catatan = "Nilai, bukan rumus: sebagian program tidak terkait "
					      "dengan sasaran, sehingga jumlah seluruh program "
					      "melebihi jumlah baris sasaran.";
	}
	s_persen(b, &r[4], p->ada_serapan, p->serapan);
	if (p->ada_serapan)
		r[4].rumus = rumus_bagi(b, 3, 2);
	for (int j = 0; j < 5; j++)
		r[j].tebal = 1;

	paragraf(b,
		 "Efektivitas penggunaan anggaran dinilai dengan membandingkan capaian kinerja "
		 "sasaran dengan serapan anggarannya; sasaran disebut efisien bila capaian kinerja "
		 "melebihi serapan anggaran (efisiensi = capaian - serapan).");
	static const char *const ke[] = {"No", "Sasaran Strategis", "Capaian Kinerja (%)",
					 "Serapan Anggaran (%)", "Efisiensi", "Keterangan"};
	static const double le[] = {0.5, 4, 1.4, 1.4, 1.1, 1.3};
	t = tabel_baru(b, arena_printf(a, "Efektivitas dan Efisiensi Anggaran terhadap Capaian "
				       "Sasaran Tahun %d",
				       p->tahun),
		       "Efisiensi", 6, ke, le);
	for (int i = 0; i < p->n_sasaran; i++) {
		const struct ukur_agregat *s = &p->sasaran[i];
		r = baris_baru(b, t);
		s_angka(b, &r[0], i + 1, 0);
		s_teks(b, &r[1], s->r->uraian);
		/* the sheets above hold the figures; these cells point at them */
		s_persen(b, &r[2], s->ada_capaian, s->capaian);
		if (s->ada_capaian)
			r[2].rumus = arena_printf(a, "=%s", ref_lembar(b, tu, baris_capaian[i], 5));
		s_persen(b, &r[3], s->ada_serapan, s->serapan);
		if (s->ada_serapan)
			r[3].rumus = arena_printf(a, "=%s/%s*100", ref_lembar(b, ta, 1 + i, 3),
						  ref_lembar(b, ta, 1 + i, 2));
		if (s->ada_efisiensi) {
			s_angka(b, &r[4], s->efisiensi, 2);
			r[4].rumus = rumus_kurang(b, 2, 3);
		} else {
			r[4].teks = "n/a";
		}
		s_teks(b, &r[5], narasi_efisiensi(a, s));
	}
	capaian_opd(b);
	halaman_baru(b);
}

/* The regions under a province, one table and one chart per indicator they hold. */
static void bab_wilayah(struct bangun *b)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	struct arena *a = &b->d->arena;
	if (!b->w || !b->w->n_anak)
		return;
	static const char *const kk[] = {"Peringkat",	  "Kabupaten/Kota",	"Realisasi",
					 "Target",	  "Capaian (%)",	"Predikat",
					 "Terhadap Provinsi", "Terhadap Nasional"};
	static const double kl[] = {0.9, 3.0, 1.1, 1.1, 1.1, 1.4, 1.3, 1.3};
	int judul_ada = 0;
	for (int k = 0; k < p->n_indikator; k++) {
		const struct indikator *ind = p->indikator[k].ind;
		struct wilayah_hasil h;
		if (banding_json_hitung(m->pemda.kode, m, b->w->nasional, b->w->anak, b->w->n_anak,
					ind->kode, p->tahun, NULL, &h) ||
		    !h.n) {
			wilayah_hasil_release(&h);
			continue;
		}
		if (!judul_ada) {
			judul(b, 2, "E. Perbandingan Kabupaten/Kota");
			paragraf(b, "Tabel berikut membandingkan kabupaten/kota di wilayah %s pada "
				    "indikator yang juga diukur oleh kabupaten/kota, dari data yang "
				    "mereka simpan sendiri, diurutkan dari yang terbaik.",
				 m->pemda.nama);
			judul_ada = 1;
		}
		struct dok_tabel *t = tabel_baru(
		    b,
		    arena_printf(a, "Perbandingan Kabupaten/Kota: %s Tahun %d", ind->uraian, p->tahun),
		    NULL, 8, kk, kl);
		for (int i = 0; i < h.n; i++) {
			const struct wilayah_baris *w = &h.baris[i];
			struct dok_sel *r = baris_baru(b, t);
			char x[64];
			if (w->b.peringkat)
				s_angka(b, &r[0], w->b.peringkat, 0);
			else
				r[0].teks = "-";
			s_teks(b, &r[1], w->m->pemda.nama);
			if (w->realisasi.jenis)
				s_nilai(b, &r[2], &w->realisasi, NULL);
			else
				r[2].teks = "-";
			s_teks(b, &r[3], banding_json_target(w, x, sizeof(x)));
			s_persen(b, &r[4], w->capaian.ada, w->capaian.nilai);
			s_predikat(b, &r[5], w->predikat, "-");
			s_teks(b, &r[6], banding_json_posisi_label(w->b.terhadap_induk));
			s_teks(b, &r[7], banding_json_posisi_label(w->b.terhadap_nasional));
		}
		struct dok_grafik *g = banding_json_grafik(a, &h);
		g->nomor = arena_printf(a, "Grafik %d.%d", b->bab, ++b->n_grafik);
		struct dok_blok *bk = blok_baru(b->d, DOK_GRAFIK);
		bk->grafik = g;
		bk->nomor = g->nomor;
		bk->teks = g->judul;
		wilayah_hasil_release(&h);
	}
}

static void bab_penutup(struct bangun *b)
{
	const struct model *m = b->m;
	const struct pengukuran *p = b->p;
	struct arena *a = &b->d->arena;
	char x[64];
	bab_mulai(b, 4, "BAB IV PENUTUP");
	judul(b, 2, "A. Kesimpulan");
	int total = jumlah_indikator_sasaran(p);
	int tinggi = 0;
	for (int i = 0; i < m->pemda.predikat.n && i < 2; i++)
		tinggi += p->jumlah_predikat[i];
	paragraf(b,
		 "Secara umum kinerja %s Tahun %d dapat digambarkan sebagai berikut: dari %d "
		 "indikator kinerja sasaran, %d indikator (%s%%) berpredikat %s atau %s, dan %d "
		 "indikator belum ada data%s.",
		 m->pemda.nama, p->tahun, total, tinggi,
		 angka_format(total ? 100.0 * tinggi / total : 0, 2, x, sizeof(x)),
		 m->pemda.predikat.n > 0 ? m->pemda.predikat.kelas[0].nama : "-",
		 m->pemda.predikat.n > 1 ? m->pemda.predikat.kelas[1].nama : "-",
		 p->belum_ada_data,
		 p->tidak_dapat_dihitung
		     ? arena_printf(a, ", serta %d indikator yang capaiannya tidak dapat dihitung",
				    p->tidak_dapat_dihitung)
		     : "");
	for (int i = 0; i < p->n_sasaran; i++)
		butir(b, huruf(b, i), kalimat_sasaran(b, i));
	if (p->n_program)
		paragraf(b, "%s",
			 narasi_serapan(a, "Secara keseluruhan, belanja program", p->pagu,
					p->realisasi_anggaran, p->ada_serapan, p->serapan));
	judul(b, 2, "B. Langkah Perbaikan");
	int ada = 0;
	for (int i = 0; i < m->n_narasi; i++) {
		const struct narasi *n = &m->narasi[i];
		if (n->tahun == p->tahun && str_sama(n->jenis, "solusi") && n->teks && *n->teks) {
			butir(b, huruf(b, ada), n->teks);
			ada++;
		}
	}
	if (!ada)
		paragraf(b,
			 "[Langkah perbaikan belum diisi. Tuliskan narasi jenis \"solusi\" per "
			 "sasaran atau indikator untuk tahun %d.]",
			 p->tahun);
	halaman_baru(b);
}


/*
 * An OPD's LKj (b->kas): the indicators of the programs, kegiatan and
 * sub-kegiatan below the sasaran_pd `kode`, each a row of Lampiran 2 naming
 * its node, with the cascade's figures (as the analysis tables of Bab III).
 */
static void lampiran_simpul(struct bangun *b, struct dok_tabel *t, const char *kode, int *no)
{
	const struct kaskade *k = b->kas;
	int i = k && b->lkj_pd ? kaskade_cari(k, kode) : -1;
	if (i < 0)
		return;
	int *bawah = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	int nb = kaskade_turunan(k, i, bawah);
	for (int j = 0; j < nb; j++) {
		const struct rencana *rn = k->simpul[bawah[j]].r;
		const int *x;
		int ni = kaskade_indikator(k, bawah[j], &x);
		for (int q = 0; q < ni; q++) {
			const struct ukur_indikator *u = &k->p->indikator[x[q]];
			struct dok_sel *r = baris_baru(b, t);
			s_angka(b, &r[0], ++*no, 0);
			s_teks(b, &r[1], arena_printf(&b->d->arena, "Indikator %s %s: %s (%s)",
						      model_rencana_label(rn->jenis), rn->kode,
						      u->ind->uraian, u->ind->satuan));
			s_target(b, t, r, 2, 3, u);
			s_capaian(b, t, r, 2, 3, 4, u);
		}
	}
	free(bawah);
}

static void bab_lampiran(struct bangun *b)
{
	const struct pengukuran *p = b->p;
	struct arena *a = &b->d->arena;
	bab_mulai(b, 0, "LAMPIRAN");
	judul(b, 2, "Lampiran 1. Perjanjian Kinerja Tahun %d", p->tahun);
	tabel_pk(b, NULL);
	static const char *const kpg[] = {"No", "Program", "Pagu (Rp)"};
	static const double lpg[] = {0.5, 6, 2.5};
	struct dok_tabel *t = tabel_baru(
		b, arena_printf(a, "Program dan Anggaran Perjanjian Kinerja Tahun %d", p->tahun),
		NULL, 3, kpg, lpg);
	int no = 0;
	for (int k = 0; k < p->n_program; k++) {
		struct dok_sel *r = baris_baru(b, t);
		s_angka(b, &r[0], ++no, 0);
		s_teks(b, &r[1], p->program[k].a->program);
		s_rp(b, &r[2], p->program[k].a->pagu);
	}
	struct dok_sel *r = baris_baru(b, t);
	s_teks(b, &r[1], "Jumlah");
	s_rp(b, &r[2], p->pagu);
	if (p->n_program)
		r[2].rumus = rumus_jumlah(b, 2, 1, p->n_program);
	r[1].tebal = r[2].tebal = 1;

	judul(b, 2, "Lampiran 2. Rencana dan Realisasi Kinerja dan Anggaran Tahun %d", p->tahun);
	static const char *const kr[] = {"No",  "Uraian (Indikator / Program)", "Target / Pagu",
					 "Realisasi", "Capaian / Serapan (%)"};
	static const double lr[] = {0.5, 4.6, 2, 2, 1.4};
	t = tabel_baru(b, arena_printf(a, "Rencana dan Realisasi Kinerja dan Anggaran per Program "
				       "Tahun %d",
				       p->tahun),
		       "Program", 5, kr, lr);
	tabel_bantu_rentang(b, t);
	for (int i = 0; i < p->n_sasaran; i++) {
		const struct ukur_agregat *s = &p->sasaran[i];
		baris_grup(b, t, arena_printf(a, "Sasaran %d: %s", i + 1, s->r->uraian),
			   t->n_kolom);
		no = 0;
		for (int k = 0; k < p->n_indikator; k++) {
			const struct ukur_indikator *u = &p->indikator[k];
			if (!induk_dari(u->ind->induk, s->r->kode))
				continue;
			r = baris_baru(b, t);
			s_angka(b, &r[0], ++no, 0);
			s_teks(b, &r[1], arena_printf(a, "Indikator: %s (%s)", u->ind->uraian,
						      u->ind->satuan));
			s_target(b, t, r, 2, 3, u);
			s_capaian(b, t, r, 2, 3, 4, u);
		}
		lampiran_simpul(b, t, s->r->kode, &no);
		for (int k = 0; k < p->n_program; k++) {
			const struct ukur_program *pg = &p->program[k];
			if (!induk_dari(pg->a->sasaran, s->r->kode))
				continue;
			r = baris_baru(b, t);
			s_angka(b, &r[0], ++no, 0);
			s_teks(b, &r[1], arena_printf(a, "Program: %s", pg->a->program));
			s_rp(b, &r[2], pg->a->pagu);
			if (pg->a->ada_realisasi)
				s_rp(b, &r[3], pg->a->realisasi);
			else
				r[3].teks = "n/a";
			s_persen(b, &r[4], pg->ada_serapan, pg->serapan);
			if (pg->ada_serapan)
				r[4].rumus = rumus_bagi(b, 3, 2);
		}
	}
}

void dokumen_bangun(const struct model *m, const struct pengukuran *p, struct dokumen *d)
{
	dokumen_bangun_wilayah(m, p, NULL, d);
}

static void bangun(const struct model *m, const struct pengukuran *p,
		   const struct dokumen_wilayah *w, const struct opd *lkj_pd, const char *pemda_asal,
		   const struct kaskade *kas, struct dokumen *d);

void dokumen_bangun_wilayah(const struct model *m, const struct pengukuran *p,
			    const struct dokumen_wilayah *w, struct dokumen *d)
{
	bangun(m, p, w, NULL, NULL, NULL, d);
}

void dokumen_bangun_opd(const struct model *m, const struct pengukuran *p, const struct opd *o,
			const char *pemda, const struct kaskade *k, struct dokumen *d)
{
	bangun(m, p, NULL, o, pemda, k, d);
}

static void bangun(const struct model *m, const struct pengukuran *p,
		   const struct dokumen_wilayah *w, const struct opd *lkj_pd, const char *pemda_asal,
		   const struct kaskade *kas, struct dokumen *d)
{
	memset(d, 0, sizeof(*d));
	arena_init(&d->arena);
	d->pemda = m->pemda.nama;
	d->tahun = p->tahun;
	d->judul = arena_printf(&d->arena, "Laporan Kinerja %s Tahun %d", m->pemda.nama, p->tahun);
	d->n_predikat = m->pemda.predikat.n;
	d->predikat = arena_alloc(&d->arena, (size_t)(d->n_predikat + 1) * sizeof(char *));
	for (int i = 0; i < d->n_predikat; i++)
		d->predikat[i] = m->pemda.predikat.kelas[i].nama;
	struct bangun b = {d, m, p, -1, 0, 0, w, lkj_pd, pemda_asal, kas, NULL, NULL, NULL};
	subjek_isi(&b);
	bab_sampul(&b);
	bab_kunci(&b);
	bab_pengantar(&b);
	bab_ikhtisar(&b);
	bab_pendahuluan(&b);
	bab_perencanaan(&b);
	bab_akuntabilitas(&b);
	bab_wilayah(&b);
	bab_penutup(&b);
	bab_lampiran(&b);
}

void dokumen_release(struct dokumen *d)
{
	free(d->blok);
	arena_release(&d->arena);
	memset(d, 0, sizeof(*d));
}
