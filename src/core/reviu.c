/*
 * The review of a year's report; see reviu.h. Two passes over the printed
 * figures: the first decides which are wrong, the second explains each wrong
 * one, and may then name a wrong figure another one was computed from.
 */
#include "reviu.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka.h"
#include "capaian.h"
#include "nilai.h"
#include "skala.h"
#include "ukur.h"
#include "ukuran.h"

enum jenis_objek { OBJEK_LAIN, OBJEK_INDIKATOR, OBJEK_SASARAN, OBJEK_TUJUAN, OBJEK_TOTAL };

/* One printed figure of the year. */
struct cetak {
	const struct dilaporkan *d;
	enum ukuran uk;			/* d->ukuran, parsed once */
	enum jenis_objek jenis;
	const struct ukur_indikator *u; /* OBJEK_INDIKATOR */
	const struct ukur_agregat *a;	/* OBJEK_SASARAN, OBJEK_TUJUAN */
	int desimal;			/* as printed, at least what the value needs */
	int ada_benar;			/* the recomputed value is known */
	double benar;
	int salah; /* differs beyond rounding and truncation */
};

struct ctx {
	const struct model *m;
	int tahun;
	struct pengukuran p;
	struct arena arena; /* scratch: parsed printed values */
	struct cetak *c;
	int nc;
	struct temuan *t;
	int nt, cap;
};

/* An element of a mean or a sum: an indicator's capaian, a sasaran's capaian or money. */
struct komponen {
	const char *kode;
	double v;
	double bobot;
};

/* ---- numbers ---------------------------------------------------------------------------- */

static int sama(double a, double b)
{
	return fabs(a - b) <= 1e-9 * (1 + fabs(a) + fabs(b));
}

/* Truncation to d decimals, forgiving binary representation (64,19 stored as 64,18999...). */
static double potong(double v, int d)
{
	double p = pow(10.0, d);
	double x = v * p;
	return trunc(x + (x >= 0 ? 1e-6 : -1e-6)) / p;
}

/* A printed value with d decimals is right when it is v rounded or truncated to d decimals. */
static int cocok(double cetak, int d, double v)
{
	return sama(cetak, angka_bulat(v, d)) || sama(cetak, potong(v, d));
}

/* Decimals needed to write v exactly (at most 6). */
static int desimal_alami(double v)
{
	int k = 0;
	while (k < 6 && !sama(angka_bulat(v, k), v))
		k++;
	return k;
}

/*
 * The decimals a figure was printed with. The importer counts them from the
 * column's writing, which misses "-19.51" in an Indonesian column; the value
 * itself then tells.
 */
static int desimal_cetak(const struct dilaporkan *d)
{
	int k = desimal_alami(d->nilai);
	return k > d->desimal ? k : d->desimal;
}

static void tulis(struct buf *b, double v, int d)
{
	char s[80];
	buf_puts(b, angka_format(v, d, s, sizeof(s)));
}

/* An input of a computation: as many decimals as it has, at least two when it has any. */
static void tulis_masukan(struct buf *b, double v)
{
	int d = desimal_alami(v);
	tulis(b, v, d == 0 ? 0 : d < 2 ? 2 : d);
}

static void tulis_rp(struct buf *b, double v)
{
	char s[80];
	buf_puts(b, angka_format_rp((int64_t)llround(v), s, sizeof(s)));
}

static void tulis_nilai(struct buf *b, const struct nilai *v)
{
	char s[128];
	switch (v->jenis) {
	case NILAI_ANGKA:
		tulis_masukan(b, v->a);
		break;
	case NILAI_RENTANG:
		tulis_masukan(b, v->a);
		buf_putc(b, '-');
		tulis_masukan(b, v->b);
		break;
	default:
		buf_puts(b, nilai_tampil(v, 2, s, sizeof(s)));
		break;
	}
}

/* The label of a printed figure's measure in sentences; an unknown one as printed. */
static const char *label(const struct cetak *x)
{
	return x->uk == UKURAN_LAIN ? x->d->ukuran : ukuran_label(x->uk);
}

/* ---- findings ----------------------------------------------------------------------------- */

static struct temuan *temuan_baru(struct ctx *c, enum reviu_tingkat tingkat, const char *objek,
				  enum ukuran uk, const char *ukuran, const char *sumber,
				  enum tabel_data tabel)
{
	if (c->nt == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 32;
		c->t = xrealloc(c->t, (size_t)c->cap * sizeof(*c->t));
	}
	struct temuan *t = &c->t[c->nt++];
	memset(t, 0, sizeof(*t));
	t->tingkat = tingkat;
	t->objek = objek;
	t->jenis_ukuran = uk;
	t->ukuran = ukuran;
	t->sumber = sumber;
	t->tabel = tabel;
	return t;
}

/* A finding on a printed figure; takes the message from b. */
static struct temuan *temuan_cetak(struct ctx *c, enum reviu_tingkat tingkat, const struct cetak *x,
				   struct buf *b)
{
	struct temuan *t =
	    temuan_baru(c, tingkat, x->d->objek, x->uk, x->d->ukuran, x->d->sumber, TABEL_CETAK);
	t->ada_dilaporkan = x->d->angka;
	t->dilaporkan = x->d->nilai;
	t->dilaporkan_teks = x->d->angka ? NULL : x->d->teks;
	t->desimal = x->d->angka ? x->desimal : 0;
	t->ada_seharusnya = x->ada_benar;
	t->seharusnya = x->benar;
	t->pesan = buf_detach(b);
	return t;
}

/* A finding on the stored data; takes the message from b. */
static void temuan_data(struct ctx *c, enum reviu_tingkat tingkat, const char *objek,
			enum ukuran uk, enum tabel_data tabel, struct buf *b)
{
	struct temuan *t = temuan_baru(c, tingkat, objek, uk, ukuran_nama(uk),
				       ukuran_tabel_berkas(tabel), tabel);
	t->pesan = buf_detach(b);
}

/* ---- printed figures: look-ups ------------------------------------------------------------ */

static int kode_sama(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/*
 * A printed figure of objek/ukuran, preferring the table `sumber`; with
 * hanya_salah only a wrong one. NULL when there is none.
 */
static const struct cetak *cetak_cari(const struct ctx *c, const char *objek, enum ukuran uk,
				      const char *sumber, int hanya_salah)
{
	const struct cetak *lain = NULL;
	for (int i = 0; i < c->nc; i++) {
		const struct cetak *x = &c->c[i];
		if (!x->d->angka || !kode_sama(x->d->objek, objek) ||
		    x->uk != uk || (hanya_salah && !x->salah))
			continue;
		if (kode_sama(x->d->sumber, sumber))
			return x;
		if (!lain)
			lain = x;
	}
	return lain;
}

/*
 * Appends what the other tables print for the same figure where they print
 * something else. Returns 1 when one of them prints it right.
 */
static int antar_tabel(struct buf *b, const struct ctx *c, const struct cetak *x)
{
	int benar = 0;
	for (int i = 0; i < c->nc; i++) {
		const struct cetak *y = &c->c[i];
		if (y == x || !kode_sama(y->d->objek, x->d->objek) ||
		    y->uk != x->uk || kode_sama(y->d->sumber, x->d->sumber))
			continue;
		if (y->d->angka && x->d->angka && sama(y->d->nilai, x->d->nilai))
			continue;
		if (!y->d->angka && !x->d->angka && str_sama(y->d->teks, x->d->teks))
			continue;
		buf_printf(b, "; angka berbeda antartabel: %s mencetak %s",
			   y->d->sumber && *y->d->sumber ? y->d->sumber : "tabel lain", y->d->teks);
		if (y->ada_benar && !y->salah && y->d->angka) {
			buf_puts(b, " (benar)");
			benar = 1;
		}
	}
	return benar;
}

static void digit(const char *s, char *out, size_t n)
{
	size_t k = 0;
	for (; *s && k + 1 < n; s++)
		if (isdigit((unsigned char)*s))
			out[k++] = *s;
	out[k] = '\0';
}

/* 1 when removing one character of `panjang` gives `pendek`. */
static int satu_lebih(const char *panjang, const char *pendek)
{
	size_t n = strlen(pendek);
	if (strlen(panjang) != n + 1)
		return 0;
	size_t i = 0;
	while (i < n && panjang[i] == pendek[i])
		i++;
	return !strcmp(panjang + i + 1, pendek + i);
}

/* 1 when the two differ by two neighbouring digits swapped. */
static int tertukar(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (strlen(b) != n)
		return 0;
	for (size_t i = 0; i + 1 < n; i++)
		if (a[i] != b[i])
			return a[i] == b[i + 1] && a[i + 1] == b[i] &&
			       !strcmp(a + i + 2, b + i + 2);
	return 0;
}

/* Recognises a digit too many, too few, or two swapped against the right value. */
static int salah_ketik(struct buf *b, const struct cetak *x, double v)
{
	char p[64], r[64], s[80];
	int d = x->desimal;
	digit(x->d->teks, p, sizeof(p));
	for (int k = 0; k < 2; k++) {
		double w = k ? potong(v, d) : angka_bulat(v, d);
		if (ukuran_uang(x->uk))
			angka_format_rp((int64_t)llround(v), s, sizeof(s));
		else
			angka_format(w, d, s, sizeof(s));
		digit(s, r, sizeof(r));
		if (strlen(r) < 2 || !strcmp(p, r))
			continue;
		if (satu_lebih(p, r)) {
			buf_printf(b, "; tampaknya kelebihan satu angka (seharusnya %s)", s);
			return 1;
		}
		if (satu_lebih(r, p)) {
			buf_printf(b, "; tampaknya kekurangan satu angka (seharusnya %s)", s);
			return 1;
		}
		if (tertukar(p, r)) {
			buf_printf(b, "; tampaknya dua angka tertukar (seharusnya %s)", s);
			return 1;
		}
	}
	return 0;
}

/* The printed figure in the writing of kinerja (the text as printed when not a number). */
static void tulis_cetak(struct buf *b, const struct cetak *x)
{
	if (!x->d->angka)
		buf_puts(b, x->d->teks);
	else if (ukuran_uang(x->uk))
		tulis_rp(b, x->d->nilai);
	else
		tulis(b, x->d->nilai, x->desimal);
}

/* "berbeda 91,59 dari hitungan ulang" */
static void beda(struct buf *b, const struct cetak *x)
{
	buf_printf(b, "%s yang dicetak ", label(x));
	tulis_cetak(b, x);
	buf_puts(b, " berbeda ");
	if (ukuran_uang(x->uk))
		tulis_rp(b, fabs(x->d->nilai - x->benar));
	else
		tulis(b, fabs(x->d->nilai - x->benar), x->desimal > 2 ? x->desimal : 2);
	buf_puts(b, " dari hitungan ulang: ");
}

/* ---- capaian of an indicator -------------------------------------------------------------- */

/* A category value with its rank: "WDP (peringkat 3)". */
static void tulis_kategori(struct buf *b, const struct nilai *v, double peringkat)
{
	tulis_nilai(b, v);
	buf_printf(b, " (peringkat %.0f)", peringkat);
}

/*
 * How capaian cp of r against t was computed, printed from its decision
 * (capaian.h): "43,33 / 67,50 x 100 = 64,19". t and r only name categories.
 */
static void tulis_rumus(struct buf *b, const struct nilai *t, const struct nilai *r,
			const struct capaian *cp)
{
	struct buf rs = BUF_INIT, bs = BUF_INIT;

	if (!cp->ada) {
		buf_puts(b, cp->catatan ? cp->catatan : "tidak dapat dihitung");
		return;
	}
	tulis_masukan(&rs, cp->r);
	tulis_masukan(&bs, cp->batas);
	if (cp->cabang == CABANG_DALAM) {
		buf_puts(b, "realisasi ");
		tulis_masukan(b, cp->r);
		buf_puts(b, " dalam rentang ");
		tulis_nilai(b, t);
	} else if (cp->cabang == CABANG_TERCAPAI || cp->cabang == CABANG_PERINGKAT) {
		buf_puts(b, "realisasi ");
		if (cp->sisi == BATAS_PERINGKAT)
			tulis_kategori(b, r, cp->r);
		else
			tulis_nilai(b, r);
		buf_puts(b, cp->cabang == CABANG_TERCAPAI ? " mencapai target " : " terhadap target ");
		if (cp->sisi == BATAS_PERINGKAT)
			tulis_kategori(b, t, cp->batas);
		else
			tulis_nilai(b, t);
		if (cp->cabang == CABANG_PERINGKAT) {
			buf_puts(b, ": ");
			capaian_ekspresi(b, cp, rs.data, bs.data, EJAAN_TEKS);
		}
	} else {
		capaian_ekspresi(b, cp, rs.data, bs.data, EJAAN_TEKS);
		if (cp->sisi == BATAS_KELAS) {
			buf_puts(b, " (skor terhadap batas bawah kategori target ");
			tulis_nilai(b, t);
			buf_puts(b, ")");
		} else if (cp->sisi == BATAS_BAWAH || cp->sisi == BATAS_ATAS) {
			buf_printf(b, " (batas %s target ", cp->sisi == BATAS_BAWAH ? "bawah" : "atas");
			tulis_nilai(b, t);
			buf_puts(b, ")");
		}
		if (cp->catatan)
			buf_printf(b, " (%s)", cp->catatan);
	}
	buf_puts(b, " = ");
	tulis(b, cp->nilai, 2);
	buf_release(&rs);
	buf_release(&bs);
}

static const struct skala *skala_ind(const struct ctx *c, const struct indikator *ind)
{
	return ind->skala ? model_skala(c->m, ind->skala) : NULL;
}

static const char *arah_kata(enum arah a)
{
	switch (a) {
	case ARAH_NAIK:
		return "indikator naik: makin tinggi makin baik";
	case ARAH_TURUN:
		return "indikator turun: makin rendah makin baik";
	case ARAH_RENTANG:
		return "indikator rentang: terbaik di dalam rentang";
	default:
		return "indikator kategori";
	}
}

/*
 * Recognises a capaian computed by another rule (inverted, the higher-is-better
 * formula for a lower-is-better indicator, the other rumus turun) or against
 * the other target. Writes the whole message and returns 1 when recognised.
 */
static int capaian_sebab(struct buf *b, const struct ctx *c, const struct cetak *x,
			 const struct nilai *t, const struct nilai *ta)
{
	const struct ukur_indikator *u = x->u;
	const struct indikator *ind = u->ind;
	const struct nilai *r = &u->realisasi;
	int akhir = x->uk == UKURAN_CAPAIAN_AKHIR;
	const struct capaian *benar = akhir ? &u->capaian_akhir : &u->capaian;
	enum rumus_turun rumus = capaian_rumus(&c->m->pemda, ind);
	const double p = x->d->nilai;

	const struct nilai *tt = akhir ? ta : t;
	if (ind->arah == ARAH_KATEGORI || r->jenis != NILAI_ANGKA ||
	    (tt->jenis != NILAI_ANGKA && tt->jenis != NILAI_RENTANG))
		goto target_lain;
	static const struct {
		enum arah arah;
		enum rumus_turun rumus;
	} alt[] = {
	    {ARAH_NAIK, RUMUS_RASIO}, {ARAH_TURUN, RUMUS_RASIO}, {ARAH_TURUN, RUMUS_SELISIH}};
	for (size_t i = 0; i < sizeof(alt) / sizeof(alt[0]); i++) {
		if (alt[i].arah == ind->arah && (ind->arah != ARAH_TURUN || alt[i].rumus == rumus))
			continue;
		struct capaian a = capaian_hitung(alt[i].arah, alt[i].rumus, tt, r, NULL);
		if (!a.ada || !cocok(p, x->desimal, a.nilai) || cocok(p, x->desimal, benar->nilai))
			continue;
		int terbalik = (ind->arah == ARAH_NAIK && alt[i].arah == ARAH_TURUN &&
				alt[i].rumus == RUMUS_RASIO) ||
			       (ind->arah == ARAH_TURUN && alt[i].arah == ARAH_NAIK);
		if (terbalik)
			buf_printf(b, "%s dihitung terbalik: ", label(x));
		else if (ind->arah == ARAH_TURUN)
			buf_printf(b,
				   "%s memakai rumus turun %s, sedangkan rumus yang berlaku %s: ",
				   label(x), model_rumus_nama(alt[i].rumus),
				   model_rumus_nama(rumus));
		else
			buf_printf(b, "%s dihitung dengan rumus indikator %s: ",
				   label(x), model_arah_nama(alt[i].arah));
		tulis_rumus(b, tt, r, benar);
		buf_printf(b, " (%s; yang dicetak ", arah_kata(ind->arah));
		tulis_rumus(b, tt, r, &a);
		if (terbalik && ind->arah == ARAH_TURUN)
			buf_puts(b, " memakai rumus indikator naik");
		buf_puts(b, ")");
		if (ind->arah == ARAH_TURUN && !terbalik)
			buf_puts(b, ". Jika pemda memang memakai rumus itu, ubah pengaturan "
				    "rumus_turun");
		return 1;
	}
target_lain:
	/* The year's target and the end-of-RPJMD target mixed up. */
	{
		const struct capaian *lain = akhir ? &u->capaian : &u->capaian_akhir;
		if (lain->ada && benar->ada && cocok(p, x->desimal, lain->nilai) &&
		    !cocok(p, x->desimal, benar->nilai)) {
			if (akhir)
				buf_printf(b,
					   "Capaian terhadap target akhir RPJMD dihitung dengan "
					   "target tahun %d, bukan target akhir ",
					   c->tahun);
			else
				buf_printf(b,
					   "Capaian dihitung terhadap target akhir RPJMD, bukan "
					   "target tahun %d ",
					   c->tahun);
			tulis_nilai(b, akhir ? ta : t);
			buf_puts(b, ": ");
			tulis_rumus(b, akhir ? ta : t, r, benar);
			return 1;
		}
	}
	/* Computed against the baseline instead of a target. */
	if (ind->kondisi_awal.jenis == NILAI_ANGKA && r->jenis == NILAI_ANGKA) {
		struct capaian a =
		    capaian_hitung(ind->arah, rumus, &ind->kondisi_awal, r, skala_ind(c, ind));
		if (a.ada && cocok(p, x->desimal, a.nilai) && !cocok(p, x->desimal, benar->nilai)) {
			buf_printf(b, "%s dihitung terhadap kondisi awal (",
				   label(x));
			tulis_nilai(b, &ind->kondisi_awal);
			buf_puts(b, "), bukan target: ");
			tulis_rumus(b, akhir ? ta : t, r, benar);
			return 1;
		}
	}
	/* Computed from a target or realisasi printed differently from the data. */
	if (!akhir) {
		const struct cetak *ct = cetak_cari(c, ind->kode, UKURAN_TARGET, x->d->sumber, 1);
		const struct cetak *cr = cetak_cari(c, ind->kode, UKURAN_REALISASI, x->d->sumber, 1);
		struct nilai t2 = *t, r2 = *r;
		if (ct)
			t2.jenis = NILAI_ANGKA, t2.a = ct->d->nilai;
		if (cr)
			r2.jenis = NILAI_ANGKA, r2.a = cr->d->nilai;
		if (ct || cr) {
			struct capaian a =
			    capaian_hitung(ind->arah, rumus, &t2, &r2, skala_ind(c, ind));
			if (a.ada && cocok(p, x->desimal, a.nilai)) {
				buf_puts(b, "Capaian dihitung dari ");
				buf_puts(b, ct ? "target" : "realisasi");
				buf_printf(
				    b, " yang dicetak %s, yang berbeda dengan data; seharusnya ",
				    (ct ? ct : cr)->d->teks);
				tulis_rumus(b, t, r, benar);
				return 1;
			}
		}
	}
	return 0;
}

static void periksa_capaian_indikator(struct ctx *c, const struct cetak *x)
{
	const struct ukur_indikator *u = x->u;
	const struct indikator *ind = u->ind;
	int akhir = x->uk == UKURAN_CAPAIAN_AKHIR;
	const struct capaian *benar = akhir ? &u->capaian_akhir : &u->capaian;
	struct nilai kosong;
	memset(&kosong, 0, sizeof(kosong));
	const struct nilai *t = u->target ? &u->target->nilai : &kosong;
	const struct nilai *ta = &ind->target_akhir;
	struct buf b = BUF_INIT;

	if (!benar->ada) {
		buf_printf(&b, "%s dicetak %s, tetapi tidak dapat dihitung ulang: %s",
			   label(x), x->d->teks,
			   benar->catatan ? benar->catatan : "data tidak lengkap");
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	if (!capaian_sebab(&b, c, x, t, ta)) {
		beda(&b, x);
		tulis_rumus(&b, akhir ? ta : t, &u->realisasi, benar);
	}
	antar_tabel(&b, c, x);
	salah_ketik(&b, x, x->benar);
	temuan_cetak(c, REVIU_KESALAHAN, x, &b);
}

/* ---- target and realisasi as printed against the data --------------------------------------- */

static int nilai_cocok(const struct cetak *x, const struct nilai *v, struct arena *a)
{
	if (v->jenis == NILAI_KOSONG)
		return 0;
	if (x->d->angka)
		return v->jenis == NILAI_ANGKA && cocok(x->d->nilai, x->desimal, v->a);
	struct nilai p;
	if (nilai_parse(x->d->teks, GAYA_ID, NULL, 1, a, &p, NULL) != ANGKA_OK ||
	    p.jenis != v->jenis)
		return 0;
	if (p.jenis == NILAI_RENTANG)
		return cocok(p.a, desimal_alami(p.a), v->a) && cocok(p.b, desimal_alami(p.b), v->b);
	if (p.jenis == NILAI_KATEGORI)
		return str_sama(p.kategori, v->kategori);
	return 0;
}

static const struct nilai *nilai_data(const struct cetak *x)
{
	if (x->uk == UKURAN_TARGET)
		return x->u->target ? &x->u->target->nilai : NULL;
	return &x->u->realisasi;
}

/* A printed realisasi that is another rightful value of it (model.setara), or NULL. */
static const struct realisasi_setara *setara_cari(const struct ctx *c, const struct cetak *x)
{
	if (x->uk != UKURAN_REALISASI || !x->d->angka)
		return NULL;
	for (int i = 0; i < c->m->n_setara; i++) {
		const struct realisasi_setara *st = &c->m->setara[i];
		if (st->tahun == c->tahun && kode_sama(st->indikator, x->d->objek) &&
		    cocok(x->d->nilai, x->desimal, st->nilai))
			return st;
	}
	return NULL;
}

static void periksa_nilai(struct ctx *c, const struct cetak *x)
{
	const struct nilai *v = nilai_data(x);
	struct buf b = BUF_INIT;
	const struct realisasi_setara *st = v && v->jenis != NILAI_KOSONG ? setara_cari(c, x) : NULL;
	if (st) {
		/* Rounding, not a mistake (siklus.md): said as info only. */
		buf_printf(&b, "%s yang dicetak %s %s; nilai tepatnya ", label(x), x->d->teks,
			   st->alasan);
		tulis_nilai(&b, v);
		temuan_cetak(c, REVIU_INFO, x, &b);
		return;
	}
	if (!v || v->jenis == NILAI_KOSONG) {
		buf_printf(&b, "%s dicetak %s, tetapi data tidak memuat %s tahun %d",
			   label(x), x->d->teks, ukuran_nama(x->uk), c->tahun);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	buf_printf(&b, "%s yang dicetak %s berbeda dengan data: ", label(x),
		   x->d->teks);
	tulis_nilai(&b, v);
	antar_tabel(&b, c, x);
	if (x->ada_benar)
		salah_ketik(&b, x, x->benar);
	struct temuan *t = temuan_cetak(c, REVIU_KESALAHAN, x, &b);
	if (v->jenis == NILAI_KATEGORI)
		t->seharusnya_teks = v->kategori;
}

/* ---- aggregates: sasaran and tujuan ----------------------------------------------------- */

/* How the measurement averaged an aggregate's capaian (akhir: capaian_akhir). */
static const struct ukur_rata *rata_agregat(const struct ukur_agregat *a, int akhir)
{
	return akhir ? &a->rata_akhir : &a->rata;
}

/* "(142,08 + 64,19 + 107,32) / 3 = 104,53", printed from the mean r (elements as v if given). */
static void tulis_rata(struct buf *b, const struct ukur_rata *r, const double *v)
{
	if (r->berbobot)
		buf_puts(b, "rata-rata berbobot ");
	buf_putc(b, '(');
	for (int i = 0; i < r->n; i++) {
		if (i)
			buf_puts(b, " + ");
		tulis(b, v ? v[i] : r->unsur[i].nilai, 2);
	}
	buf_printf(b, ") / %d = ", r->n);
	tulis(b, ukur_rata_hitung(r, v), 2);
	if (r->batas > 0) {
		buf_puts(b, " (tiap capaian dibatasi ");
		tulis(b, r->batas, 2);
		buf_puts(b, ")");
	}
}

/* Right within the rounding of its elements: reports average the rounded figures they print. */
static int rata_toleran(const struct cetak *x, const struct ukur_rata *r)
{
	if (cocok(x->d->nilai, x->desimal, ukur_rata_hitung(r, NULL)))
		return 1;
	double *v = xcalloc((size_t)r->n + 1, sizeof(*v));
	int ok = 0;
	for (int cara = 0; cara < 2 && !ok; cara++) {
		for (int i = 0; i < r->n; i++)
			v[i] = cara ? potong(r->unsur[i].nilai, 2) : angka_bulat(r->unsur[i].nilai, 2);
		ok = cocok(x->d->nilai, x->desimal, ukur_rata_hitung(r, v));
	}
	free(v);
	return ok;
}

static enum ukuran komponen_ukuran(int akhir)
{
	return akhir ? UKURAN_CAPAIAN_AKHIR : UKURAN_CAPAIAN;
}

static void periksa_capaian_agregat(struct ctx *c, const struct cetak *x)
{
	const struct ukur_agregat *a = x->a;
	int akhir = x->uk == UKURAN_CAPAIAN_AKHIR;
	const struct ukur_rata *rt = rata_agregat(a, akhir);
	const struct ukur_unsur *k = rt->unsur;
	const int n = rt->n, dari_sasaran = rt->dari_sasaran;
	struct buf b = BUF_INIT;
	const double p = x->d->nilai;
	int dikenali = 0;

	if (!x->ada_benar) {
		buf_printf(&b,
			   "%s dicetak %s, tetapi tidak dapat dihitung ulang: tidak ada "
			   "indikator dengan data",
			   label(x), x->d->teks);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	/* An average that carries a wrong figure printed for one of its elements. */
	double *v = xcalloc((size_t)n + 1, sizeof(*v));
	const struct cetak **salah = xcalloc((size_t)n + 1, sizeof(*salah));
	int ada_salah = 0;
	for (int i = 0; i < n; i++) {
		salah[i] = cetak_cari(c, k[i].kode, komponen_ukuran(akhir), x->d->sumber, 1);
		v[i] = salah[i] ? salah[i]->d->nilai : angka_bulat(k[i].nilai, 2);
		ada_salah |= salah[i] != NULL;
	}
	if (ada_salah && cocok(p, x->desimal, ukur_rata_hitung(rt, v))) {
		buf_printf(&b, "%s%s memuat angka yang salah:", label(x),
			   n == 1 ? "" : ": rata-rata");
		for (int i = 0, j = 0; i < n; i++) {
			if (!salah[i])
				continue;
			buf_printf(&b, "%s %s %s %s seharusnya ", j++ ? ";" : "",
				   ukuran_nama(komponen_ukuran(akhir)), k[i].kode, salah[i]->d->teks);
			tulis(&b, k[i].nilai, 2);
		}
		if (n == 1) {
			buf_printf(&b, "; %s seharusnya sama dengan %s %s = ", a->r->kode,
				   ukuran_nama(komponen_ukuran(akhir)), k[0].kode);
			tulis(&b, k[0].nilai, 2);
		} else {
			buf_puts(&b, "; rata-rata seharusnya ");
			tulis_rata(&b, rt, NULL);
		}
		dikenali = 1;
	}
	/* Divided by all indicators, those without data too. */
	if (!dikenali && !dari_sasaran && a->jumlah_indikator > n && n > 0) {
		double jumlah = 0;
		for (int i = 0; i < n; i++)
			jumlah += k[i].nilai * k[i].bobot;
		if (cocok(p, x->desimal, jumlah / a->jumlah_indikator)) {
			buf_printf(&b,
				   "%s: rata-rata dibagi %d indikator, termasuk yang belum ada "
				   "data; seharusnya hanya indikator yang ada datanya: ",
				   label(x), a->jumlah_indikator);
			tulis_rata(&b, rt, NULL);
			dikenali = 1;
		}
	}
	/* A tujuan measured by its own indicator, printed as the mean of its sasaran. */
	if (!dikenali && a->r->jenis == RENCANA_TUJUAN && !dari_sasaran) {
		/* the other rule, as the measurement applies it to a tujuan without indicators */
		struct ukur_unsur *ks = xcalloc((size_t)c->p.n_sasaran + 1, sizeof(*ks));
		struct ukur_rata lain = {0, ks, 1, 0, rt->batas};
		for (int i = 0; i < c->p.n_sasaran; i++) {
			const struct ukur_agregat *s = &c->p.sasaran[i];
			int ada = akhir ? s->ada_capaian_akhir : s->ada_capaian;
			if (ada && kode_sama(s->r->induk, a->r->kode)) {
				ks[lain.n].kode = s->r->kode;
				ks[lain.n].nilai = akhir ? s->capaian_akhir : s->capaian;
				ks[lain.n++].bobot = 1;
			}
		}
		if (lain.n && cocok(p, x->desimal, ukur_rata_hitung(&lain, NULL))) {
			buf_printf(&b,
				   "%s tujuan diambil dari rata-rata sasarannya, padahal tujuan "
				   "diukur dengan indikatornya sendiri: ",
				   label(x));
			tulis_rata(&b, rt, NULL);
			dikenali = 1;
		}
		free(ks);
	}
	if (!dikenali) {
		beda(&b, x);
		if (n == 1) {
			buf_printf(&b, "capaian %s = ", k[0].kode);
			tulis(&b, k[0].nilai, 2);
		} else {
			tulis_rata(&b, rt, NULL);
		}
	}
	antar_tabel(&b, c, x);
	salah_ketik(&b, x, x->benar);
	temuan_cetak(c, REVIU_KESALAHAN, x, &b);
	free(salah);
	free(v);
}

/* ---- predikat ------------------------------------------------------------------------------ */

/* "51 <= c < 66" for the class of capaian v. */
static void tulis_kelas(struct buf *b, const struct predikat_skala *s, double v)
{
	int i = skala_predikat_indeks(s, v);
	if (i < 0)
		return;
	if (i == s->n - 1 && i > 0) {
		buf_puts(b, "c < ");
		tulis_masukan(b, s->kelas[i - 1].min);
	} else {
		tulis_masukan(b, s->kelas[i].min);
		buf_puts(b, " <= c");
		if (i > 0) {
			buf_puts(b, " < ");
			tulis_masukan(b, s->kelas[i - 1].min);
		}
	}
}

static void periksa_predikat(struct ctx *c, const struct cetak *x)
{
	const struct predikat_skala *s = &c->m->pemda.predikat;
	int ada;
	double v;
	const char *benar;
	if (x->u) {
		ada = x->u->capaian.ada;
		v = x->u->capaian.nilai;
		benar = x->u->predikat;
	} else {
		ada = x->a->ada_capaian;
		v = x->a->capaian;
		benar = x->a->predikat;
	}
	struct buf b = BUF_INIT;
	if (!ada || !benar) {
		buf_printf(&b, "Predikat dicetak %s, tetapi capaian tidak dapat dihitung ulang",
			   x->d->teks);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	if (str_sama(x->d->teks, benar) ||
	    str_sama(x->d->teks, skala_predikat(s, angka_bulat(v, 2))) ||
	    str_sama(x->d->teks, skala_predikat(s, potong(v, 2))))
		return;
	const struct cetak *cs = cetak_cari(c, x->d->objek, UKURAN_CAPAIAN, x->d->sumber, 0);
	if (cs && cs->salah && str_sama(x->d->teks, skala_predikat(s, cs->d->nilai))) {
		buf_printf(&b, "Predikat mengikuti capaian yang salah %s (%s); capaian seharusnya ",
			   cs->d->teks, cs->d->sumber ? cs->d->sumber : "");
		tulis(&b, v, 2);
		buf_printf(&b, ", predikat %s (", benar);
		tulis_kelas(&b, s, v);
		buf_puts(&b, ")");
	} else {
		buf_printf(&b, "Predikat %s tidak sesuai dengan capaian ", x->d->teks);
		tulis(&b, v, 2);
		buf_printf(&b, ": seharusnya %s (", benar);
		tulis_kelas(&b, s, v);
		buf_puts(&b, ")");
	}
	antar_tabel(&b, c, x);
	struct temuan *t = temuan_cetak(c, REVIU_KESALAHAN, x, &b);
	t->ada_seharusnya = 0;
	t->seharusnya_teks = benar;
}

/*
 * The counts of indicators per predikat as printed (objek `total`, ukuran
 * `predikat`, e.g. Tabel 3.3): "Sangat Tinggi=12; Tinggi=2; ...". The counts
 * cover the sasaran indicators with data, as the measurement's ringkasan.
 */
static void periksa_jumlah_predikat(struct ctx *c, const struct cetak *x)
{
	const struct predikat_skala *s = &c->m->pemda.predikat;
	int cetak[16];
	int ada[16] = {0};
	struct buf b = BUF_INIT;
	if (s->n > 16)
		return;
	/* Parse "Nama=N" items separated by ';'. */
	const char *p = x->d->teks;
	while (*p) {
		const char *akhir = strchr(p, ';');
		size_t n = akhir ? (size_t)(akhir - p) : strlen(p);
		char item[96];
		snprintf(item, sizeof(item), "%.*s", (int)(n < sizeof(item) ? n : sizeof(item) - 1), p);
		p += n + (akhir ? 1 : 0);
		str_trim(item);
		if (!*item)
			continue;
		char *eq = strchr(item, '=');
		if (!eq)
			eq = strchr(item, ':');
		char *end = NULL;
		long v = -1;
		if (eq) {
			*eq = '\0';
			v = strtol(eq + 1, &end, 10);
			while (end && (*end == ' ' || *end == '\t'))
				end++;
		}
		str_trim(item);
		int k = -1;
		for (int i = 0; i < s->n; i++)
			if (str_sama(item, s->kelas[i].nama))
				k = i;
		if (k < 0 || v < 0 || !end || *end) {
			buf_printf(&b, "Jumlah per predikat tidak terbaca pada '%s'; tulis misalnya "
				       "\"Sangat Tinggi=12; Tinggi=2\" dengan nama predikat skala",
				   x->d->teks);
			temuan_cetak(c, REVIU_PERINGATAN, x, &b);
			return;
		}
		cetak[k] = (int)v;
		ada[k] = 1;
	}
	int beda = 0;
	for (int i = 0; i < s->n; i++)
		if (ada[i] && cetak[i] != c->p.jumlah_predikat[i]) {
			buf_printf(&b, "%s%s dicetak %d, seharusnya %d", beda ? "; " : "",
				   s->kelas[i].nama, cetak[i], c->p.jumlah_predikat[i]);
			beda = 1;
		}
	if (!beda) {
		buf_release(&b);
		return;
	}
	/* Which printed capaian put an indicator in another class than its right one? */
	int geser[16] = {0}, n_sebab = 0;
	struct buf sebab = BUF_INIT;
	for (int i = 0; i < c->p.n_indikator; i++) {
		const struct ukur_indikator *u = &c->p.indikator[i];
		if (!u->sasaran || !u->capaian.ada)
			continue;
		for (int k = 0; k < c->nc; k++) {
			const struct cetak *y = &c->c[k];
			if (y->u != u || !y->salah || !y->d->angka || y->uk != UKURAN_CAPAIAN)
				continue;
			int salah = skala_predikat_indeks(s, y->d->nilai);
			int benar = skala_predikat_indeks(s, u->capaian.nilai);
			if (salah < 0 || benar < 0 || salah == benar)
				break;
			geser[salah]++;
			geser[benar]--;
			buf_printf(&sebab, "%scapaian %s dicetak %s (%s, %s), seharusnya ",
				   n_sebab++ ? "; " : "", u->ind->kode, y->d->teks,
				   y->d->sumber ? y->d->sumber : "", s->kelas[salah].nama);
			tulis(&sebab, u->capaian.nilai, 2);
			buf_printf(&sebab, " (%s)", s->kelas[benar].nama);
			break;
		}
	}
	int jelas = n_sebab > 0;
	for (int i = 0; i < s->n && jelas; i++)
		if (ada[i] && cetak[i] != c->p.jumlah_predikat[i] + geser[i])
			jelas = 0;
	if (jelas)
		buf_printf(&b, ". Jumlah dihitung dari capaian yang salah: %s", sebab.data);
	else if (n_sebab)
		buf_printf(&b, ". Sebagian karena capaian yang salah: %s", sebab.data);
	buf_puts(&b, ". Jumlah yang benar: ");
	for (int i = 0; i < s->n; i++)
		buf_printf(&b, "%s%s %d", i ? ", " : "", s->kelas[i].nama, c->p.jumlah_predikat[i]);
	buf_printf(&b, "; belum ada data %d", c->p.belum_ada_data);
	buf_release(&sebab);
	temuan_cetak(c, REVIU_KESALAHAN, x, &b);
}

/* ---- budget ------------------------------------------------------------------------------ */

static double uang_agregat(const struct ukur_agregat *a, int realisasi)
{
	return (double)(realisasi ? a->realisasi_anggaran : a->pagu);
}

/* The sasaran under a tujuan, or under none (all, for the total). */
static int komponen_uang(const struct ctx *c, const char *tujuan, int realisasi,
			 struct komponen **out)
{
	int n = 0;
	*out = xcalloc((size_t)c->p.n_sasaran + 1, sizeof(**out));
	for (int i = 0; i < c->p.n_sasaran; i++) {
		const struct ukur_agregat *s = &c->p.sasaran[i];
		if (!s->ada_anggaran || (tujuan && !kode_sama(s->r->induk, tujuan)))
			continue;
		(*out)[n].kode = s->r->kode;
		(*out)[n].v = uang_agregat(s, realisasi);
		(*out)[n++].bobot = 1;
	}
	return n;
}

static void periksa_uang(struct ctx *c, const struct cetak *x)
{
	int realisasi = x->uk == UKURAN_REALISASI_ANGGARAN;
	enum ukuran lawan = realisasi ? UKURAN_PAGU : UKURAN_REALISASI_ANGGARAN;
	struct buf b = BUF_INIT;
	const double p = x->d->nilai;
	double lain;

	if (!x->ada_benar) {
		buf_printf(&b, "%s dicetak %s, tetapi data tidak memuat anggaran %s tahun %d",
			   label(x), x->d->teks, x->d->objek, c->tahun);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	if (x->jenis == OBJEK_TOTAL)
		lain = (double)(realisasi ? c->p.pagu : c->p.realisasi_anggaran);
	else
		lain = uang_agregat(x->a, !realisasi);
	if (sama(p, lain)) {
		buf_printf(&b, "%s tertukar dengan %s: seharusnya ", label(x),
			   ukuran_label(lawan));
		tulis_rp(&b, x->benar);
	} else if (x->jenis == OBJEK_SASARAN) {
		int np = 0;
		for (int i = 0; i < c->p.n_program; i++)
			np += kode_sama(c->p.program[i].a->sasaran, x->d->objek);
		beda(&b, x);
		buf_printf(&b, "jumlah %d program sasaran ini = ", np);
		tulis_rp(&b, x->benar);
	} else {
		struct komponen *k;
		int n =
		    komponen_uang(c, x->jenis == OBJEK_TUJUAN ? x->d->objek : NULL, realisasi, &k);
		double jumlah_cetak = 0;
		int ada_salah = 0, lengkap = 1;
		for (int i = 0; i < n; i++) {
			const struct cetak *y =
			    cetak_cari(c, k[i].kode, x->uk, x->d->sumber, 0);
			if (!y) {
				lengkap = 0;
				break;
			}
			ada_salah |= y->salah;
			jumlah_cetak += y->d->nilai;
		}
		if (lengkap && n && ada_salah && sama(p, jumlah_cetak)) {
			buf_printf(&b, "%s menjumlahkan angka sasaran yang dicetak salah (",
				   label(x));
			for (int i = 0, j = 0; i < n; i++) {
				const struct cetak *y =
				    cetak_cari(c, k[i].kode, x->uk, x->d->sumber, 0);
				if (!y->salah)
					continue;
				buf_printf(&b, "%s%s ", j++ ? "; " : "", k[i].kode);
				tulis_rp(&b, y->d->nilai);
				buf_puts(&b, " seharusnya ");
				tulis_rp(&b, k[i].v);
			}
			buf_puts(&b, "); jumlah seharusnya ");
		} else {
			beda(&b, x);
			buf_puts(&b, "jumlah sasarannya ");
		}
		for (int i = 0; i < n && n <= 12; i++) {
			if (i)
				buf_puts(&b, " + ");
			tulis_rp(&b, k[i].v);
		}
		buf_puts(&b, n <= 12 && n ? " = " : "");
		tulis_rp(&b, x->benar);
		if (x->jenis == OBJEK_TOTAL && c->p.n_program) {
			double semua = (double)(realisasi ? c->p.realisasi_anggaran : c->p.pagu);
			double jumlah = 0;
			for (int i = 0; i < n; i++)
				jumlah += k[i].v;
			if (!sama(jumlah, semua)) {
				buf_puts(
				    &b,
				    " (termasuk program tanpa sasaran; jumlah seluruh program ");
				tulis_rp(&b, semua);
				buf_puts(&b, ")");
			}
		}
		free(k);
	}
	antar_tabel(&b, c, x);
	salah_ketik(&b, x, x->benar);
	temuan_cetak(c, REVIU_KESALAHAN, x, &b);
}

/* pagu and realisasi of an objek as recomputed. */
static void uang_objek(const struct ctx *c, const struct cetak *x, double *pagu, double *real)
{
	if (x->jenis == OBJEK_TOTAL) {
		*pagu = (double)c->p.pagu;
		*real = (double)c->p.realisasi_anggaran;
	} else {
		*pagu = (double)x->a->pagu;
		*real = (double)x->a->realisasi_anggaran;
	}
}

static void periksa_serapan(struct ctx *c, const struct cetak *x)
{
	struct buf b = BUF_INIT;
	const double p = x->d->nilai;
	double pagu, real;
	int dikenali = 0;

	if (!x->ada_benar) {
		buf_printf(&b,
			   "Serapan dicetak %s, tetapi tidak dapat dihitung ulang: tidak ada "
			   "pagu atau realisasi anggaran",
			   x->d->teks);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	uang_objek(c, x, &pagu, &real);
	/* Computed from a pagu or realisasi printed differently (another total). */
	const struct cetak *cp = cetak_cari(c, x->d->objek, UKURAN_PAGU, x->d->sumber, 1);
	const struct cetak *cr = cetak_cari(c, x->d->objek, UKURAN_REALISASI_ANGGARAN, x->d->sumber, 1);
	if (cp || cr) {
		double p2 = cp ? cp->d->nilai : pagu, r2 = cr ? cr->d->nilai : real;
		if (p2 > 0 && cocok(p, x->desimal, r2 / p2 * 100)) {
			buf_puts(&b, "Serapan dihitung dari angka yang tidak sesuai data: ");
			tulis_rp(&b, r2);
			buf_puts(&b, " / ");
			tulis_rp(&b, p2);
			buf_puts(&b, " x 100; seharusnya ");
			dikenali = 1;
		}
	}
	/* A share on the wrong total. */
	struct {
		double pembagi;
		const char *nama;
	} salah_total[4];
	int ns = 0;
	if (x->jenis != OBJEK_TOTAL) {
		salah_total[ns].pembagi = (double)c->p.pagu;
		salah_total[ns++].nama = "pagu seluruh program";
		salah_total[ns].pembagi = (double)c->p.realisasi_anggaran;
		salah_total[ns++].nama = "realisasi seluruh program";
		const struct ukur_agregat *t =
		    x->jenis == OBJEK_SASARAN ? ukur_tujuan(&c->p, x->a->r->induk) : NULL;
		if (t) {
			salah_total[ns].pembagi = (double)t->pagu;
			salah_total[ns++].nama = "pagu tujuannya";
			salah_total[ns].pembagi = (double)t->realisasi_anggaran;
			salah_total[ns++].nama = "realisasi tujuannya";
		}
	}
	for (int i = 0; i < ns && !dikenali; i++) {
		if (salah_total[i].pembagi > 0 &&
		    cocok(p, x->desimal, real / salah_total[i].pembagi * 100)) {
			buf_printf(&b, "Serapan dihitung terhadap total yang salah (%s): ",
				   salah_total[i].nama);
			tulis_rp(&b, real);
			buf_puts(&b, " / ");
			tulis_rp(&b, salah_total[i].pembagi);
			buf_puts(&b, " x 100; seharusnya terhadap pagunya sendiri: ");
			dikenali = 1;
		}
	}
	if (!dikenali && real > 0 && cocok(p, x->desimal, pagu / real * 100)) {
		buf_puts(&b, "Serapan dihitung terbalik (pagu / realisasi): seharusnya ");
		dikenali = 1;
	}
	if (!dikenali)
		beda(&b, x);
	buf_puts(&b, "realisasi / pagu x 100 = ");
	tulis_rp(&b, real);
	buf_puts(&b, " / ");
	tulis_rp(&b, pagu);
	buf_puts(&b, " x 100 = ");
	tulis(&b, x->benar, 2);
	/* A figure of another row copied. */
	if (!dikenali && x->jenis != OBJEK_TOTAL) {
		int k = 0;
		for (int i = 0; i < c->p.n_sasaran + c->p.n_tujuan; i++) {
			const struct ukur_agregat *a = i < c->p.n_sasaran
							   ? &c->p.sasaran[i]
							   : &c->p.tujuan[i - c->p.n_sasaran];
			if (a == x->a || !a->ada_serapan || !cocok(p, x->desimal, a->serapan))
				continue;
			buf_printf(&b, "%s %s", k++ ? "," : "; sama dengan serapan", a->r->kode);
		}
		if (k)
			buf_puts(&b, " (tersalin dari baris lain?)");
	}
	antar_tabel(&b, c, x);
	salah_ketik(&b, x, x->benar);
	temuan_cetak(c, REVIU_KESALAHAN, x, &b);
}

static int efisiensi_toleran(const struct cetak *x)
{
	const struct ukur_agregat *a = x->a;
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			double cp = i == 0   ? a->capaian
				    : i == 1 ? angka_bulat(a->capaian, 2)
					     : potong(a->capaian, 2);
			double sp = j == 0   ? a->serapan
				    : j == 1 ? angka_bulat(a->serapan, 2)
					     : potong(a->serapan, 2);
			if (cocok(x->d->nilai, x->desimal, cp - sp))
				return 1;
		}
	return 0;
}

static void periksa_efisiensi(struct ctx *c, const struct cetak *x)
{
	struct buf b = BUF_INIT;
	const double p = x->d->nilai;
	const struct ukur_agregat *a = x->a;

	if (!x->ada_benar) {
		buf_printf(&b,
			   "Efisiensi dicetak %s, tetapi tidak dapat dihitung ulang: capaian "
			   "atau serapan tidak ada",
			   x->d->teks);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	}
	const struct cetak *cc = cetak_cari(c, x->d->objek, UKURAN_CAPAIAN, x->d->sumber, 0);
	const struct cetak *cs = cetak_cari(c, x->d->objek, UKURAN_SERAPAN, x->d->sumber, 0);
	double pc = cc ? cc->d->nilai : angka_bulat(a->capaian, 2);
	double ps = cs ? cs->d->nilai : angka_bulat(a->serapan, 2);
	if (((cc && cc->salah) || (cs && cs->salah)) && cocok(p, x->desimal, pc - ps)) {
		buf_puts(&b, "Efisiensi dihitung dari ");
		if (cc && cc->salah) {
			buf_printf(&b, "capaian yang salah %s (seharusnya ", cc->d->teks);
			tulis(&b, a->capaian, 2);
			buf_puts(&b, ")");
		}
		if (cs && cs->salah) {
			buf_printf(&b, "%sserapan yang salah %s (seharusnya ",
				   cc && cc->salah ? " dan " : "", cs->d->teks);
			tulis(&b, a->serapan, 2);
			buf_puts(&b, ")");
		}
		buf_puts(&b, "; seharusnya ");
	} else if (cocok(p, x->desimal, a->serapan - a->capaian)) {
		buf_puts(&b, "Efisiensi dihitung terbalik (serapan - capaian); seharusnya ");
	} else {
		beda(&b, x);
	}
	buf_puts(&b, "capaian - serapan = ");
	tulis(&b, a->capaian, 2);
	buf_puts(&b, " - ");
	tulis(&b, a->serapan, 2);
	buf_puts(&b, " = ");
	tulis(&b, a->efisiensi, 2);
	antar_tabel(&b, c, x);
	salah_ketik(&b, x, x->benar);
	temuan_cetak(c, REVIU_KESALAHAN, x, &b);
}

/* ---- pass 1: what each printed figure should be -----------------------------------------------
 */

/* 1 for capaian and capaian_akhir. */
static int ukuran_capaian(enum ukuran u)
{
	return u == UKURAN_CAPAIAN || u == UKURAN_CAPAIAN_AKHIR;
}

/* 1 for target and realisasi (of an indicator). */
static int ukuran_nilai(enum ukuran u)
{
	return u == UKURAN_TARGET || u == UKURAN_REALISASI;
}

static void cetak_siapkan(struct ctx *c, struct cetak *x)
{
	const struct dilaporkan *d = x->d;
	const enum ukuran u = x->uk;

	x->desimal = d->angka ? desimal_cetak(d) : 0;
	if (!strcmp(d->objek, "total")) {
		x->jenis = OBJEK_TOTAL;
	} else if ((x->u = ukur_indikator_cari(&c->p, d->objek))) {
		x->jenis = OBJEK_INDIKATOR;
	} else if ((x->a = ukur_sasaran(&c->p, d->objek))) {
		x->jenis = OBJEK_SASARAN;
	} else if ((x->a = ukur_tujuan(&c->p, d->objek))) {
		x->jenis = OBJEK_TUJUAN;
	} else {
		x->jenis = OBJEK_LAIN;
		return;
	}

	if (x->jenis == OBJEK_INDIKATOR) {
		const struct ukur_indikator *ui = x->u;
		if (ukuran_capaian(u)) {
			const struct capaian *cp =
			    u == UKURAN_CAPAIAN_AKHIR ? &ui->capaian_akhir : &ui->capaian;
			x->ada_benar = cp->ada;
			x->benar = cp->nilai;
			x->salah = !cp->ada || !d->angka || !cocok(d->nilai, x->desimal, cp->nilai);
		} else if (ukuran_nilai(u)) {
			const struct nilai *v = nilai_data(x);
			x->ada_benar = v && v->jenis == NILAI_ANGKA;
			x->benar = x->ada_benar ? v->a : 0;
			x->salah = !v || !nilai_cocok(x, v, &c->arena);
		}
		return;
	}
	if (x->jenis == OBJEK_TOTAL) {
		if (ukuran_uang(u)) {
			x->ada_benar = c->p.n_program > 0;
			x->benar =
			    (double)(u == UKURAN_PAGU ? c->p.pagu : c->p.realisasi_anggaran);
		} else if (u == UKURAN_SERAPAN) {
			x->ada_benar = c->p.ada_serapan;
			x->benar = c->p.serapan;
		} else {
			return;
		}
		x->salah = !x->ada_benar || !d->angka || !cocok(d->nilai, x->desimal, x->benar);
		if (x->ada_benar && ukuran_uang(u))
			x->salah = !sama(d->nilai, x->benar);
		return;
	}
	const struct ukur_agregat *a = x->a;
	if (ukuran_capaian(u)) {
		int akhir = u == UKURAN_CAPAIAN_AKHIR;
		x->ada_benar = akhir ? a->ada_capaian_akhir : a->ada_capaian;
		x->benar = akhir ? a->capaian_akhir : a->capaian;
		if (x->ada_benar && d->angka) {
			x->salah = !rata_toleran(x, rata_agregat(a, akhir));
		} else {
			x->salah = 1;
		}
	} else if (ukuran_uang(u)) {
		x->ada_benar = a->ada_anggaran;
		x->benar = uang_agregat(a, u == UKURAN_REALISASI_ANGGARAN);
		x->salah = !x->ada_benar || !sama(d->nilai, x->benar);
	} else if (u == UKURAN_SERAPAN) {
		x->ada_benar = a->ada_serapan;
		x->benar = a->serapan;
		x->salah = !x->ada_benar || !cocok(d->nilai, x->desimal, x->benar);
	} else if (u == UKURAN_EFISIENSI) {
		x->ada_benar = a->ada_efisiensi;
		x->benar = a->efisiensi;
		x->salah = !x->ada_benar || !efisiensi_toleran(x);
	}
}

/* ---- pass 2: explain --------------------------------------------------------------------- */

static void tidak_berlaku(struct ctx *c, const struct cetak *x, const char *apa)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s dicetak %s untuk %s; tidak diperiksa", label(x),
		   x->d->teks, apa);
	temuan_cetak(c, REVIU_INFO, x, &b);
}

static void cetak_periksa(struct ctx *c, const struct cetak *x)
{
	const enum ukuran u = x->uk;
	struct buf b = BUF_INIT;

	switch (x->jenis) {
	case OBJEK_LAIN:
		buf_printf(&b, "Objek %s tidak dikenal pada data; angka %s tidak diperiksa",
			   x->d->objek, x->d->teks);
		temuan_cetak(c, REVIU_PERINGATAN, x, &b);
		return;
	case OBJEK_INDIKATOR:
		if (u == UKURAN_PREDIKAT)
			periksa_predikat(c, x);
		else if (!ukuran_capaian(u) && !ukuran_nilai(u))
			tidak_berlaku(c, x, "indikator");
		else if (!x->salah)
			return;
		else if (ukuran_capaian(u))
			periksa_capaian_indikator(c, x);
		else
			periksa_nilai(c, x);
		return;
	case OBJEK_TOTAL:
		if (ukuran_uang(u)) {
			if (x->salah)
				periksa_uang(c, x);
		} else if (u == UKURAN_SERAPAN) {
			if (x->salah)
				periksa_serapan(c, x);
		} else if (u == UKURAN_PREDIKAT) {
			periksa_jumlah_predikat(c, x);
		} else {
			tidak_berlaku(c, x, "total");
		}
		return;
	case OBJEK_SASARAN:
	case OBJEK_TUJUAN:
		if (u == UKURAN_PREDIKAT)
			periksa_predikat(c, x);
		else if (ukuran_nilai(u))
			tidak_berlaku(c, x, x->jenis == OBJEK_SASARAN ? "sasaran" : "tujuan");
		else if (!x->salah)
			return;
		else if (ukuran_capaian(u))
			periksa_capaian_agregat(c, x);
		else if (ukuran_uang(u))
			periksa_uang(c, x);
		else if (u == UKURAN_SERAPAN)
			periksa_serapan(c, x);
		else if (u == UKURAN_EFISIENSI)
			periksa_efisiensi(c, x);
		return;
	}
}

/* ---- the stored data ------------------------------------------------------------------------ */

/* The target of an indicator in the latest year before `tahun` that has one (or the earliest
 * after). */
static const struct target *target_tetangga(const struct ctx *c, const char *ind, int tahun,
					    int arah)
{
	const struct target *hasil = NULL;
	for (int i = 0; i < c->m->n_target; i++) {
		const struct target *t = &c->m->target[i];
		if (!kode_sama(t->indikator, ind) || t->nilai.jenis != NILAI_ANGKA)
			continue;
		if (arah < 0 && t->tahun < tahun && (!hasil || t->tahun >= hasil->tahun))
			hasil = t;
		if (arah > 0 && t->tahun > tahun && (!hasil || t->tahun <= hasil->tahun))
			hasil = t;
	}
	return hasil;
}

/* 1 when going from a to b moves against the indicator's direction. */
static int melawan(enum arah arah, double a, double b)
{
	return (arah == ARAH_NAIK && b < a && !sama(a, b)) ||
	       (arah == ARAH_TURUN && b > a && !sama(a, b));
}

static int nilai_sama(const struct nilai *a, const struct nilai *b)
{
	if (a->jenis != b->jenis)
		return 0;
	switch (a->jenis) {
	case NILAI_ANGKA:
		return sama(a->a, b->a);
	case NILAI_RENTANG:
		return sama(a->a, b->a) && sama(a->b, b->b);
	case NILAI_KATEGORI:
		return str_sama(a->kategori, b->kategori);
	default:
		return 1;
	}
}

static void periksa_arah_target(struct ctx *c, const struct ukur_indikator *u)
{
	const struct indikator *ind = u->ind;
	struct buf b = BUF_INIT;
	if ((ind->arah != ARAH_NAIK && ind->arah != ARAH_TURUN) || !u->target ||
	    u->target->nilai.jenis != NILAI_ANGKA)
		return;
	const double t = u->target->nilai.a;
	const char *kata = ind->arah == ARAH_NAIK ? "lebih rendah" : "lebih tinggi";
	const struct target *seb = target_tetangga(c, ind->kode, c->tahun, -1);
	if (seb && melawan(ind->arah, seb->nilai.a, t)) {
		buf_printf(&b, "Target tahun %d (", c->tahun);
		tulis_masukan(&b, t);
		buf_printf(&b, ") %s dari target tahun %d (", kata, seb->tahun);
		tulis_masukan(&b, seb->nilai.a);
		buf_printf(&b, "), berlawanan dengan arah indikator (%s)", arah_kata(ind->arah));
		temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_TARGET, TABEL_TARGET, &b);
	}
	const struct target *ssd = target_tetangga(c, ind->kode, c->tahun, 1);
	if (ssd && melawan(ind->arah, t, ssd->nilai.a)) {
		buf_printf(&b, "Target tahun %d (", ssd->tahun);
		tulis_masukan(&b, ssd->nilai.a);
		buf_printf(&b, ") %s dari target tahun %d (", kata, c->tahun);
		tulis_masukan(&b, t);
		buf_printf(&b, "), berlawanan dengan arah indikator (%s)", arah_kata(ind->arah));
		temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_TARGET, TABEL_TARGET, &b);
	}
	const struct nilai *ta = &ind->target_akhir;
	if (!ssd && ta->jenis == NILAI_ANGKA && c->tahun < c->m->pemda.periode_akhir &&
	    melawan(ind->arah, t, ta->a)) {
		buf_puts(&b, "Target akhir RPJMD (");
		tulis_masukan(&b, ta->a);
		buf_printf(&b, ") %s dari target tahun %d (", kata, c->tahun);
		tulis_masukan(&b, t);
		buf_printf(&b, "), berlawanan dengan arah indikator (%s)", arah_kata(ind->arah));
		temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_TARGET_AKHIR, TABEL_INDIKATOR, &b);
	}
}

/* Superseded targets of the year that the PK Perubahan made easier to reach. */
static void periksa_riwayat(struct ctx *c, const struct ukur_indikator *u)
{
	const struct indikator *ind = u->ind;
	const struct skala *sk = skala_ind(c, ind);
	if (!u->target)
		return;
	for (int i = 0; i < c->m->n_riwayat; i++) {
		const struct target_riwayat *r = &c->m->riwayat[i];
		if (r->tahun != c->tahun || !kode_sama(r->indikator, ind->kode) ||
		    nilai_sama(&r->nilai, &u->target->nilai))
			continue;
		const struct nilai *lama = &r->nilai, *baru = &u->target->nilai;
		int turun = 0;
		if (lama->jenis == NILAI_ANGKA && baru->jenis == NILAI_ANGKA)
			turun = melawan(ind->arah, lama->a, baru->a);
		else if (lama->jenis == NILAI_KATEGORI && baru->jenis == NILAI_KATEGORI && sk)
			turun = skala_peringkat(sk, baru->kategori) <
				skala_peringkat(sk, lama->kategori);
		if (!turun)
			continue;
		struct buf b = BUF_INIT;
		buf_printf(&b, "Target tahun %d diturunkan oleh PK Perubahan dari ", c->tahun);
		tulis_nilai(&b, lama);
		buf_puts(&b, " menjadi ");
		tulis_nilai(&b, baru);
		if (r->diganti && *r->diganti)
			buf_printf(&b, " (diganti %s)", r->diganti);
		struct capaian semula = capaian_hitung(ind->arah, capaian_rumus(&c->m->pemda, ind),
						       lama, &u->realisasi, sk);
		if (semula.ada && u->capaian.ada) {
			buf_puts(&b, "; capaian terhadap target semula ");
			tulis(&b, semula.nilai, 2);
			buf_puts(&b, ", terhadap target perubahan ");
			tulis(&b, u->capaian.nilai, 2);
		}
		buf_puts(&b, ". Dicatat sebagai informasi, bukan kesalahan");
		temuan_data(c, REVIU_INFO, ind->kode, UKURAN_TARGET, TABEL_TARGET, &b);
	}
}

static void periksa_data(struct ctx *c)
{
	const struct model *m = c->m;
	const struct pengukuran *p = &c->p;
	struct buf b = BUF_INIT;

	for (int i = 0; i < p->n_indikator; i++) {
		const struct ukur_indikator *u = &p->indikator[i];
		const struct indikator *ind = u->ind;
		const struct rencana *r = model_rencana(m, ind->induk);
		if (r && RENCANA_KASKADE(r->jenis))
			continue; /* an OPD's indicator: its LKj PD, not the LKjIP (siklus.md) */
		if (!r || (r->jenis != RENCANA_SASARAN && r->jenis != RENCANA_TUJUAN)) {
			buf_printf(&b,
				   "Indikator %s terkait dengan %s, yang bukan sasaran atau "
				   "tujuan; tidak ikut dalam pengukuran",
				   ind->uraian, ind->induk ? ind->induk : "(kosong)");
			temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_INDUK, TABEL_INDIKATOR, &b);
		}
		if (!u->target) {
			buf_printf(&b, "Indikator %s tidak memiliki target tahun %d", ind->uraian,
				   c->tahun);
			temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_TARGET, TABEL_TARGET, &b);
		}
		if (u->realisasi.jenis == NILAI_KOSONG) {
			buf_printf(&b,
				   "Indikator %s belum memiliki realisasi tahun %d (belum ada "
				   "data); tidak ikut dalam rata-rata dan jumlah predikat",
				   ind->uraian, c->tahun);
			temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_REALISASI, TABEL_REALISASI,
				    &b);
		} else if (u->target && !u->capaian.ada) {
			buf_printf(&b, "Capaian indikator %s tidak dapat dihitung: %s", ind->uraian,
				   u->capaian.catatan ? u->capaian.catatan : "data tidak lengkap");
			temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_CAPAIAN, TABEL_INDIKATOR, &b);
		}
		if (ind->kondisi_awal.jenis == NILAI_KOSONG) {
			buf_printf(&b, "Indikator %s tidak memiliki kondisi awal", ind->uraian);
			temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_KONDISI_AWAL, TABEL_INDIKATOR,
				    &b);
		}
		if (ind->target_akhir.jenis == NILAI_KOSONG) {
			buf_printf(&b,
				   "Indikator %s tidak memiliki target akhir RPJMD; capaian "
				   "terhadap target akhir tidak dapat dihitung",
				   ind->uraian);
			temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_TARGET_AKHIR, TABEL_INDIKATOR,
				    &b);
		} else if (m->pemda.periode_akhir > 0) {
			const struct target *tt =
			    model_target(m, ind->kode, m->pemda.periode_akhir);
			if (tt && tt->nilai.jenis != NILAI_KOSONG &&
			    !nilai_sama(&tt->nilai, &ind->target_akhir)) {
				buf_printf(&b, "Target tahun %d (", m->pemda.periode_akhir);
				tulis_nilai(&b, &tt->nilai);
				buf_puts(&b, ") berbeda dengan target akhir RPJMD (");
				tulis_nilai(&b, &ind->target_akhir);
				buf_puts(&b, ")");
				temuan_data(c, REVIU_PERINGATAN, ind->kode, UKURAN_TARGET_AKHIR,
					    TABEL_TARGET, &b);
			}
		}
		periksa_arah_target(c, u);
		periksa_riwayat(c, u);
	}
	for (int i = 0; i < p->n_sasaran; i++) {
		const struct ukur_agregat *a = &p->sasaran[i];
		if (!a->jumlah_indikator) {
			buf_printf(&b, "Sasaran %s tidak memiliki indikator", a->r->uraian);
			temuan_data(c, REVIU_PERINGATAN, a->r->kode, UKURAN_INDIKATOR, TABEL_INDIKATOR,
				    &b);
		}
		if (p->n_program && !a->ada_anggaran) {
			buf_printf(&b, "Sasaran %s tidak memiliki anggaran (program) tahun %d",
				   a->r->uraian, c->tahun);
			temuan_data(c, REVIU_PERINGATAN, a->r->kode, UKURAN_ANGGARAN, TABEL_ANGGARAN,
				    &b);
		}
		const struct rencana *t = model_rencana(m, a->r->induk);
		if (!t || t->jenis != RENCANA_TUJUAN) {
			buf_printf(&b, "Sasaran %s tidak berada di bawah tujuan", a->r->uraian);
			temuan_data(c, REVIU_PERINGATAN, a->r->kode, UKURAN_INDUK, TABEL_RENCANA, &b);
		}
	}
	for (int i = 0; i < p->n_tujuan; i++) {
		const struct ukur_agregat *a = &p->tujuan[i];
		int ns = 0;
		for (int k = 0; k < p->n_sasaran; k++)
			ns += kode_sama(p->sasaran[k].r->induk, a->r->kode);
		if (!a->jumlah_indikator && !ns) {
			buf_printf(&b, "Tujuan %s tidak memiliki indikator maupun sasaran",
				   a->r->uraian);
			temuan_data(c, REVIU_PERINGATAN, a->r->kode, UKURAN_INDIKATOR, TABEL_INDIKATOR,
				    &b);
		}
	}
	if (!p->n_program) {
		buf_printf(&b, "Tidak ada data anggaran (program) tahun %d", c->tahun);
		temuan_data(c, REVIU_PERINGATAN, "total", UKURAN_ANGGARAN, TABEL_ANGGARAN, &b);
	}
	for (int i = 0; i < p->n_program; i++) {
		const struct anggaran *a = p->program[i].a;
		const struct rencana *r = model_rencana(m, a->sasaran);
		if (!r || r->jenis != RENCANA_SASARAN) {
			buf_printf(&b,
				   "Program %s tidak terkait dengan sasaran (%s bukan kode "
				   "sasaran); anggarannya hanya masuk total",
				   a->program, a->sasaran ? a->sasaran : "kosong");
			temuan_data(c, REVIU_PERINGATAN, a->program, UKURAN_SASARAN, TABEL_ANGGARAN, &b);
		}
		if (!a->ada_realisasi) {
			buf_printf(&b, "Program %s belum memiliki realisasi anggaran tahun %d",
				   a->program, c->tahun);
			temuan_data(c, REVIU_PERINGATAN, a->program, UKURAN_REALISASI_ANGGARAN,
				    TABEL_ANGGARAN, &b);
		}
	}
	/* Spent more than the pagu: a program's row or a cascade node's (anggaran simpul). */
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *a = &m->anggaran[i];
		if (a->tahun != c->tahun || !a->ada_realisasi || a->pagu <= 0 ||
		    a->realisasi <= a->pagu)
			continue;
		const char *objek = a->rencana ? a->rencana : a->program ? a->program : "?";
		char rp[48], pg[48], sp[48];
		buf_printf(&b, "Realisasi anggaran %s tahun %d (Rp %s) melebihi pagunya (Rp %s): "
			   "serapan %s %%", objek, c->tahun, angka_format_rp(a->realisasi, rp, sizeof(rp)),
			   angka_format_rp(a->pagu, pg, sizeof(pg)),
			   angka_format((double)a->realisasi / (double)a->pagu * 100, 2, sp, sizeof(sp)));
		temuan_data(c, REVIU_PERINGATAN, objek, UKURAN_REALISASI_ANGGARAN, TABEL_ANGGARAN,
			    &b);
	}
	buf_release(&b);
}

/* ---- order and entry points -------------------------------------------------------------- */

/* Natural order: "Tabel 3.2" before "Tabel 3.17". */
static int alami(const char *a, const char *b)
{
	a = a ? a : "";
	b = b ? b : "";
	while (*a && *b) {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			char *ea, *eb;
			unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
			if (x != y)
				return x < y ? -1 : 1;
			a = ea;
			b = eb;
			continue;
		}
		int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
		if (ca != cb)
			return ca - cb;
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

static int dari_data(const struct temuan *t)
{
	return t->tabel != TABEL_CETAK;
}

struct urut {
	struct temuan t;
	int i;
};

static int urut_banding(const void *pa, const void *pb)
{
	const struct urut *a = pa, *b = pb;
	if (a->t.tingkat != b->t.tingkat)
		return (int)a->t.tingkat - (int)b->t.tingkat;
	if (dari_data(&a->t) != dari_data(&b->t))
		return dari_data(&a->t) - dari_data(&b->t);
	int k = alami(a->t.sumber, b->t.sumber);
	if (k)
		return k;
	return a->i - b->i;
}

void reviu_jalankan(const struct model *m, int tahun, struct reviu *out)
{
	struct ctx c;
	memset(&c, 0, sizeof(c));
	memset(out, 0, sizeof(*out));
	c.m = m;
	c.tahun = tahun;
	arena_init(&c.arena);
	ukur_hitung(m, tahun, &c.p);

	c.c = xcalloc((size_t)m->n_dilaporkan + 1, sizeof(*c.c));
	for (int i = 0; i < m->n_dilaporkan; i++)
		if (m->dilaporkan[i].tahun == tahun && m->dilaporkan[i].objek &&
		    m->dilaporkan[i].ukuran && m->dilaporkan[i].teks)
		{
			c.c[c.nc].d = &m->dilaporkan[i];
			c.c[c.nc++].uk = ukuran_parse(m->dilaporkan[i].ukuran);
		}
	for (int i = 0; i < c.nc; i++)
		cetak_siapkan(&c, &c.c[i]);
	for (int i = 0; i < c.nc; i++)
		cetak_periksa(&c, &c.c[i]);
	periksa_data(&c);
	if (!c.nc) {
		struct buf b = BUF_INIT;
		buf_printf(&b,
			   "Tidak ada angka laporan (dilaporkan.csv) tahun %d; hanya data yang "
			   "diperiksa",
			   tahun);
		temuan_data(&c, REVIU_INFO, "total", UKURAN_DILAPORKAN, TABEL_DILAPORKAN, &b);
	}

	struct urut *u = xcalloc((size_t)c.nt + 1, sizeof(*u));
	for (int i = 0; i < c.nt; i++) {
		u[i].t = c.t[i];
		u[i].i = i;
	}
	qsort(u, (size_t)c.nt, sizeof(*u), urut_banding);
	for (int i = 0; i < c.nt; i++) {
		c.t[i] = u[i].t;
		out->jumlah[c.t[i].tingkat]++;
	}
	free(u);

	out->m = m;
	out->tahun = tahun;
	out->n = c.nt;
	out->temuan = c.t;
	out->n_diperiksa = c.nc;
	free(c.c);
	ukur_release(&c.p);
	arena_release(&c.arena);
}

void reviu_release(struct reviu *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->n; i++)
		free(r->temuan[i].pesan);
	free(r->temuan);
	memset(r, 0, sizeof(*r));
}

const char *reviu_tingkat_nama(enum reviu_tingkat t)
{
	switch (t) {
	case REVIU_KESALAHAN:
		return "kesalahan";
	case REVIU_PERINGATAN:
		return "peringatan";
	default:
		return "info";
	}
}
