/* The import use case; see impor.h. */
#include "impor.h"

#include "evaluasi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../report/dok_pk.h"
#include "kunci.h"
#include "pk.h"

struct tulis {
	struct store *s;
	const char *pengguna;
	const struct aktor *a; /* layanan_impor_unggah: rows outside its scope are refused */
	int terlarang;
	/* pemda whose surveys or evaluations may have changed: their realisasi are made again */
	int n_ubah, cap_ubah;
	char **ubah; /* their codes (malloc'd), in the order first met */
	int ubah_semua; /* every pemda: a framework changed */
	/* The pemda as written so far in this import, loaded for the PK content. */
	struct model m;
	int ada_m;
	char m_pemda[64];
	/*
	 * The frozen PK content of pk_isi.csv and pk_anggaran.csv (an export's),
	 * kept until pk.csv names its version: copied into a_isi, with each row's
	 * pemda and whether a version took it.
	 */
	struct arena a_isi;
	int n_isi, cap_isi, n_ang, cap_ang;
	struct pk_isi *isi;
	struct pk_anggaran *ang;
	const char **isi_pemda, **ang_pemda;
	char *isi_pakai, *ang_pakai;
	long *isi_nomor, *ang_nomor;	    /* each row's line in its file */
	const char *isi_berkas, *ang_berkas; /* the files, for messages */
	/*
	 * The last answers of two look-ups every target and realisasi row makes
	 * (a file holds the rows of one indicator together): the pemda last found,
	 * and the indicator last looked up with its answer, forgotten when an
	 * indicator row is written.
	 */
	char ada_pemda[64];
	struct {
		int r; /* 0 none kept, else the look-up's answer (1 found, 0 not: kept as 2) */
		char pemda[64], kode[128], skala[128];
		enum arah arah;
	} ind;
};

/*
 * Tells the store which pemda the rows of table it belong to, in order, so
 * that on PostgreSQL it reads ahead the rows of many pemda at once
 * (store_impor_pemda). The codes are the cells as given: only a hint.
 */
static void pemda_umumkan(struct store *s, const struct impor_tabel *it)
{
	const struct csv_tabel *t = it->t;
	int c = csv_kolom(t, "pemda");
	if (c < 0 && templat_cari(it->nama) == &templat[TEMPLAT_PEMDA])
		c = csv_kolom(t, "kode");
	if (c < 0 || t->n_baris <= 0)
		return;
	const char **kode = xcalloc((size_t)t->n_baris, sizeof(*kode));
	size_t n = 0;
	for (long i = 0; i < t->n_baris; i++) {
		const char *v = csv_sel(&t->baris[i], c);
		if (*v && (n == 0 || strcmp(kode[n - 1], v) != 0))
			kode[n++] = v; /* runs of one pemda once; the store drops later repeats */
	}
	store_impor_pemda(s, kode, n);
	free(kode);
}

static void simpan_isi(struct tulis *w, const struct impor_baris *b)
{
	const struct pk_isi *x = &b->u.pk_isi;
	if (w->n_isi == w->cap_isi) {
		w->cap_isi = w->cap_isi ? 2 * w->cap_isi : 64;
		w->isi = xrealloc(w->isi, sizeof(*w->isi) * (size_t)w->cap_isi);
		w->isi_pemda = xrealloc(w->isi_pemda, sizeof(char *) * (size_t)w->cap_isi);
		w->isi_pakai = xrealloc(w->isi_pakai, (size_t)w->cap_isi);
		w->isi_nomor = xrealloc(w->isi_nomor, sizeof(long) * (size_t)w->cap_isi);
	}
	struct pk_isi *y = &w->isi[w->n_isi];
	*y = *x;
	templat_teks_salin(&templat[TEMPLAT_PK_ISI], y, &w->a_isi);
	y->opd = arena_strdup(&w->a_isi, x->opd ? x->opd : "");
	w->isi_pemda[w->n_isi] = arena_strdup(&w->a_isi, b->pemda);
	w->isi_nomor[w->n_isi] = b->nomor;
	if (!w->isi_berkas)
		w->isi_berkas = arena_strdup(&w->a_isi, b->berkas ? b->berkas : "");
	w->isi_pakai[w->n_isi++] = 0;
}

static void simpan_ang(struct tulis *w, const struct impor_baris *b)
{
	const struct pk_anggaran *x = &b->u.pk_anggaran;
	if (w->n_ang == w->cap_ang) {
		w->cap_ang = w->cap_ang ? 2 * w->cap_ang : 64;
		w->ang = xrealloc(w->ang, sizeof(*w->ang) * (size_t)w->cap_ang);
		w->ang_pemda = xrealloc(w->ang_pemda, sizeof(char *) * (size_t)w->cap_ang);
		w->ang_pakai = xrealloc(w->ang_pakai, (size_t)w->cap_ang);
		w->ang_nomor = xrealloc(w->ang_nomor, sizeof(long) * (size_t)w->cap_ang);
	}
	struct pk_anggaran *y = &w->ang[w->n_ang];
	*y = *x;
	templat_teks_salin(&templat[TEMPLAT_PK_ANGGARAN], y, &w->a_isi);
	y->opd = arena_strdup(&w->a_isi, x->opd ? x->opd : "");
	w->ang_pemda[w->n_ang] = arena_strdup(&w->a_isi, b->pemda);
	w->ang_nomor[w->n_ang] = b->nomor;
	if (!w->ang_berkas)
		w->ang_berkas = arena_strdup(&w->a_isi, b->berkas ? b->berkas : "");
	w->ang_pakai[w->n_ang++] = 0;
}

static void tulis_lepas(struct tulis *w)
{
	for (int i = 0; i < w->n_ubah; i++)
		free(w->ubah[i]);
	free(w->ubah);
	free(w->isi);
	free(w->isi_pemda);
	free(w->isi_pakai);
	free(w->isi_nomor);
	free(w->ang);
	free(w->ang_pemda);
	free(w->ang_pakai);
	free(w->ang_nomor);
	arena_release(&w->a_isi);
}

/* Frozen content no pk.csv row of the import took: refused (it would be lost). */
static int sisa_isi(struct tulis *w, struct galat *g)
{
	for (int i = 0; i < w->n_isi + w->n_ang; i++) {
		int isi = i < w->n_isi;
		int j = isi ? i : i - w->n_isi;
		if (isi ? w->isi_pakai[j] : w->ang_pakai[j])
			continue;
		g->pengguna = 1;
		return galat_set(g, "%s: PK %d %s versi %d pemda %s tidak ada di pk.csv impor ini; "
				 "isi PK yang dibekukan diimpor bersama versinya",
				 isi ? "pk_isi.csv" : "pk_anggaran.csv",
				 isi ? w->isi[j].tahun : w->ang[j].tahun,
				 *(isi ? w->isi[j].opd : w->ang[j].opd) ? (isi ? w->isi[j].opd : w->ang[j].opd)
									  : "kepala daerah",
				 isi ? w->isi[j].versi : w->ang[j].versi,
				 isi ? w->isi_pemda[j] : w->ang_pemda[j]);
	}
	return 0;
}

static int urut_isi(const void *a, const void *b)
{
	return ((const struct pk_isi *)a)->urutan - ((const struct pk_isi *)b)->urutan;
}

static int urut_ang(const void *a, const void *b)
{
	return ((const struct pk_anggaran *)a)->urutan - ((const struct pk_anggaran *)b)->urutan;
}

static int versi_sama(const char *pemda, int tahun, const char *opd, int versi,
		      const char *p2, int t2, const char *o2, int v2)
{
	return t2 == tahun && v2 == versi && strcmp(p2, pemda) == 0 &&
	       strcmp(o2 ? o2 : "", opd ? opd : "") == 0;
}

/* Where supplied frozen content first differs from the stored version's (isi_beda). */
struct beda {
	enum templat_id t; /* TEMPLAT_PK_ISI or TEMPLAT_PK_ANGGARAN */
	int i;		   /* the given row, in urutan order */
	int kolom; /* its schema column; -1 a row whose urutan is not stored, -2 rows missing */
	int n, n_ada;	   /* rows given and stored */
	int hilang;	   /* -2: the first urutan stored but not given (0: none found) */
	char baru[128], ada[128]; /* the column's value given and stored */
};

/* Column k's value of row struct `baris` of table t as a message shows it. */
static void nilai_tulis(enum templat_id t, int k, const void *baris, char *out, size_t n)
{
	const struct templat_kolom *tk = &templat[t].kolom[k];
	if (tk->medan == TM_TAHUN) {
		snprintf(out, n, "%d", templat_int(tk, baris));
		return;
	}
	const char *v = templat_nilai_teks(tk, baris);
	snprintf(out, n, "%s", v ? v : "");
}

/* The urutan of row i of an array of table t's rows (pk_isi or pk_anggaran). */
static int urutan_ke(enum templat_id t, const void *x, int i)
{
	return t == TEMPLAT_PK_ANGGARAN ? ((const struct pk_anggaran *)x)[i].urutan
					: ((const struct pk_isi *)x)[i].urutan;
}

/* The first row of x (n rows) whose urutan is none of y's (m rows), -1 when none. */
static int urutan_lain(enum templat_id t, const void *x, int n, const void *y, int m)
{
	for (int i = 0; i < n; i++) {
		int j = 0;
		while (j < m && urutan_ke(t, y, j) != urutan_ke(t, x, i))
			j++;
		if (j == m)
			return i;
	}
	return -1;
}

/*
 * One table's rows: 1 and d filled where given (x, n) and stored (y, n_ada)
 * first differ. As many rows: compared in order, column by column (the order
 * is the content's, urutan only numbers it); a row more or fewer: the row
 * whose urutan the other side lacks.
 */
static int baris_beda(enum templat_id t, const void *x, int n, const void *y, int n_ada,
		      size_t ukuran, struct beda *d)
{
	d->t = t;
	d->n = n;
	d->n_ada = n_ada;
	d->hilang = 0;
	if (n != n_ada) {
		int i = urutan_lain(t, x, n, y, n_ada), j = urutan_lain(t, y, n_ada, x, n);
		d->i = i;
		d->kolom = i >= 0 ? -1 : -2;
		d->hilang = j >= 0 ? urutan_ke(t, y, j) : 0;
		return 1;
	}
	/* the generic columns by the schema */
	for (int i = 0; i < n; i++) {
		const void *a = (const char *)x + (size_t)i * ukuran;
		const void *b = (const char *)y + (size_t)i * ukuran;
		int k = templat_medan_beda(&templat[t], b, a);
		if (k < 0 && t == TEMPLAT_PK_ANGGARAN &&
		    ((const struct pk_anggaran *)a)->pagu != ((const struct pk_anggaran *)b)->pagu) {
			k = templat_kolom(&templat[t], "pagu");
			snprintf(d->baru, sizeof(d->baru), "%lld",
				 (long long)((const struct pk_anggaran *)a)->pagu);
			snprintf(d->ada, sizeof(d->ada), "%lld",
				 (long long)((const struct pk_anggaran *)b)->pagu);
		} else if (k >= 0) {
			nilai_tulis(t, k, a, d->baru, sizeof(d->baru));
			nilai_tulis(t, k, b, d->ada, sizeof(d->ada));
		}
		if (k >= 0) {
			d->i = i;
			d->kolom = k;
			return 1;
		}
	}
	return 0;
}

/* Whether the supplied content differs from the stored version's (k: as loaded); where in d. */
static int isi_beda(const struct pk *k, const struct pk_isi *isi, int n,
		    const struct pk_anggaran *ang, int na, struct beda *d)
{
	return baris_beda(TEMPLAT_PK_ISI, isi, n, k->isi, k->n_isi, sizeof(*isi), d) ||
	       baris_beda(TEMPLAT_PK_ANGGARAN, ang, na, k->anggaran, k->n_anggaran, sizeof(*ang),
			  d);
}

/*
 * Refuses frozen content given for signed version k that differs from what it
 * holds (d): at the given row and column that differs (pk_isi.csv or
 * pk_anggaran.csv), or, rows missing, with the counts (the caller names the
 * version's pk.csv row). -1.
 */
static int beku_tolak(struct tulis *w, const char *pemda, const struct pk *k,
		      const struct pk_isi *isi, const struct pk_anggaran *ang,
		      const struct beda *d, struct galat *g)
{
	char versi[256];
	snprintf(versi, sizeof(versi), "PK %d %s versi %d sudah ditandatangani dan dibekukan",
		 k->tahun, k->opd ? k->opd : "kepala daerah", k->versi);
	const char *akhir = "perubahan memerlukan versi baru (PK Perubahan)";
	int anggaran = d->t == TEMPLAT_PK_ANGGARAN;
	if (d->kolom == -2) {
		char hilang[64] = "";
		if (d->hilang)
			snprintf(hilang, sizeof(hilang), " (urutan %d tidak ada)", d->hilang);
		g->pengguna = 1;
		return galat_set(g, "%s; %s memberi %d baris untuk versi ini, yang tersimpan %d%s; %s",
				 versi, templat[d->t].berkas, d->n, d->n_ada, hilang, akhir);
	}
	/* the given row's line: its urutan is its own in the version (the key) */
	int urutan = anggaran ? ang[d->i].urutan : isi[d->i].urutan;
	long nomor = 0;
	for (int j = 0; j < (anggaran ? w->n_ang : w->n_isi); j++) {
		const char *p = anggaran ? w->ang_pemda[j] : w->isi_pemda[j];
		const struct pk_isi *x = anggaran ? NULL : &w->isi[j];
		const struct pk_anggaran *y = anggaran ? &w->ang[j] : NULL;
		if (versi_sama(pemda, k->tahun, k->opd, k->versi, p, x ? x->tahun : y->tahun,
			       x ? x->opd : y->opd, x ? x->versi : y->versi) &&
		    (x ? x->urutan : y->urutan) == urutan)
			nomor = anggaran ? w->ang_nomor[j] : w->isi_nomor[j];
	}
	const char *berkas = anggaran ? w->ang_berkas : w->isi_berkas;
	if (d->kolom == -1)
		return galat_di(g, berkas, nomor, "urutan",
				"%s; urutan %d tidak ada dalam isi yang tersimpan (%d baris); %s",
				versi, urutan, d->n_ada, akhir);
	const char *kolom = templat[d->t].kolom[d->kolom].nama;
	return galat_di(g, berkas, nomor, kolom,
			"%s; %s '%s' berbeda dari isi yang tersimpan ('%s'); %s", versi, kolom,
			d->baru, d->ada, akhir);
}

static void catat_ubah(struct tulis *w, const char *pemda)
{
	/* rows come in runs of one pemda: the last one first */
	for (int i = w->n_ubah - 1; i >= 0; i--)
		if (strcmp(w->ubah[i], pemda) == 0)
			return;
	if (w->n_ubah == w->cap_ubah) {
		w->cap_ubah = w->cap_ubah ? 2 * w->cap_ubah : 64;
		w->ubah = xrealloc(w->ubah, sizeof(*w->ubah) * (size_t)w->cap_ubah);
	}
	w->ubah[w->n_ubah++] = xstrdup(pemda);
}

static int k_kerangka_muat(void *arg, const char *kode, struct arena *a,
			   struct lke_kerangka *out)
{
	struct tulis *w = arg;
	struct galat g;
	galat_init(&g);
	return layanan_kerangka_muat(w->s, kode, a, out, &g);
}

struct unsur_arg {
	char *unsur;
	size_t n;
};

static int unsur_satu(const struct store_survei_baris *b, void *arg)
{
	struct unsur_arg *u = arg;
	snprintf(u->unsur, u->n, "%s", b->unsur);
	return 0;
}

static int k_survei_unsur(void *arg, const char *pemda, const char *kode, char *unsur, size_t n)
{
	struct tulis *w = arg;
	struct galat g;
	galat_init(&g);
	struct unsur_arg u = {unsur, n};
	int r = store_survei_daftar(w->s, pemda, kode, unsur_satu, &u, &g);
	return r < 0 ? -1 : r > 0;
}

static int pemda_semua(const char *kode, void *arg)
{
	catat_ubah(arg, kode);
	return 0;
}

static int k_rencana_info(void *arg, const char *pemda, const char *kode,
			  enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk,
			  size_t ninduk)
{
	struct tulis *w = arg;
	return store_rencana_info(w->s, pemda, kode, jenis, opd, nopd, induk, ninduk);
}

/*
 * tulis_pk of version k, its instansi and tempat settled; w->m holds its pemda,
 * ada the version as stored (NULL: a new one).
 */
static int tulis_pk_isi(struct tulis *w, const char *pemda, const struct pk *k,
			const struct pk *ada, enum store_ubah *u, struct galat *g)
{
	const struct model *m = &w->m;
	/* content given with the version (an export's pk_isi.csv, pk_anggaran.csv) */
	int nb = 0, nab = 0;
	for (int i = 0; i < w->n_isi; i++)
		nb += versi_sama(pemda, k->tahun, k->opd, k->versi, w->isi_pemda[i], w->isi[i].tahun,
				 w->isi[i].opd, w->isi[i].versi);
	for (int i = 0; i < w->n_ang; i++)
		nab += versi_sama(pemda, k->tahun, k->opd, k->versi, w->ang_pemda[i],
				  w->ang[i].tahun, w->ang[i].opd, w->ang[i].versi);
	if (nb || nab) {
		struct pk_isi *isi = xcalloc((size_t)nb + 1, sizeof(*isi));
		struct pk_anggaran *ag = xcalloc((size_t)nab + 1, sizeof(*ag));
		int n = 0, na = 0;
		for (int i = 0; i < w->n_isi; i++)
			if (versi_sama(pemda, k->tahun, k->opd, k->versi, w->isi_pemda[i],
				       w->isi[i].tahun, w->isi[i].opd, w->isi[i].versi)) {
				isi[n++] = w->isi[i];
				w->isi_pakai[i] = 1;
			}
		for (int i = 0; i < w->n_ang; i++)
			if (versi_sama(pemda, k->tahun, k->opd, k->versi, w->ang_pemda[i],
				       w->ang[i].tahun, w->ang[i].opd, w->ang[i].versi)) {
				ag[na++] = w->ang[i];
				w->ang_pakai[i] = 1;
			}
		qsort(isi, (size_t)n, sizeof(*isi), urut_isi);
		qsort(ag, (size_t)na, sizeof(*ag), urut_ang);
		struct pk kk = *k;
		kk.n_anggaran = na;
		kk.anggaran = ag;
		int rc = store_simpan_pk(w->s, pemda, &kk, isi, n, w->pengguna, u, g);
		/* a version signed before: what is given must be what it holds */
		struct beda d;
		if (!rc && *u == STORE_SAMA && ada && isi_beda(ada, isi, n, ag, na, &d))
			rc = beku_tolak(w, pemda, k, isi, ag, &d, g);
		free(isi);
		free(ag);
		return rc;
	}
	struct layanan_pk_isi x;
	layanan_pk_isi(m, k, &x);
	struct pk kk = *k;
	kk.n_anggaran = x.n_anggaran;
	kk.anggaran = x.anggaran;
	int rc = store_simpan_pk(w->s, pemda, &kk, x.isi, x.n_isi, w->pengguna, u, g);
	layanan_pk_isi_lepas(&x);
	return rc;
}

/*
 * A PK version: its content is what layanan_pk_isi makes of the pemda as it
 * stands now (the rows of this import included), or the frozen content given
 * with it (an export's pk_isi.csv, pk_anggaran.csv). Its organisation line
 * (instansi) and place (tempat), when the row gives none, are those of the
 * version already signed (a pk.csv imported again is the same version), else
 * the names of now: frozen at signing, so renaming the OPD or the pemda later
 * leaves the signed document as it was (dok_pk.h).
 */
static int tulis_pk(struct tulis *w, const char *pemda, const struct pk *k, enum store_ubah *u,
		    struct galat *g)
{
	if (!w->ada_m || strcmp(w->m_pemda, pemda) != 0) {
		if (w->ada_m)
			model_release(&w->m);
		w->ada_m = 0;
		if (store_muat(w->s, pemda, &w->m, g))
			return -1;
		w->ada_m = 1;
		snprintf(w->m_pemda, sizeof(w->m_pemda), "%s", pemda);
	}
	const struct pk *ada = dok_pk_cari(&w->m, k->tahun, k->opd, k->versi); /* signed before */
	struct arena a;
	arena_init(&a);
	struct pk kk = *k;
	if (!kk.instansi || !*kk.instansi)
		kk.instansi = ada ? ada->instansi : dok_pk_instansi(&a, &w->m, k->opd);
	if (!kk.tempat || !*kk.tempat)
		kk.tempat = ada ? ada->tempat : dok_pk_tempat(&w->m);
	int rc = tulis_pk_isi(w, pemda, &kk, ada, u, g);
	arena_release(&a);
	return rc;
}


static int k_pemda_ada(void *arg, const char *kode)
{
	struct tulis *w = arg;
	if (w->ada_pemda[0] && strcmp(w->ada_pemda, kode) == 0)
		return 1; /* a pemda once there stays there for the whole transaction */
	int r = store_pemda_ada(w->s, kode);
	if (r == 1 && strlen(kode) < sizeof(w->ada_pemda))
		snprintf(w->ada_pemda, sizeof(w->ada_pemda), "%s", kode);
	return r;
}

static int k_rencana_jenis(void *arg, const char *pemda, const char *kode,
			   enum jenis_rencana *jenis)
{
	struct tulis *w = arg;
	return store_rencana_jenis(w->s, pemda, kode, jenis);
}

static int k_opd_ada(void *arg, const char *pemda, const char *kode)
{
	struct tulis *w = arg;
	return store_opd_ada(w->s, pemda, kode);
}

static int k_opd_induk(void *arg, const char *pemda, const char *kode, char *induk, size_t n)
{
	struct tulis *w = arg;
	return store_opd_induk(w->s, pemda, kode, induk, n);
}

static int k_indikator_info(void *arg, const char *pemda, const char *kode, enum arah *arah,
			    char *skala, size_t nskala)
{
	struct tulis *w = arg;
	if (w->ind.r && strcmp(w->ind.kode, kode) == 0 && strcmp(w->ind.pemda, pemda) == 0) {
		*arah = w->ind.arah;
		str_salin(skala, nskala, w->ind.skala);
		return w->ind.r == 1;
	}
	skala[0] = '\0'; /* what the cache keeps for an indicator without scale */
	int r = store_indikator_info(w->s, pemda, kode, arah, skala, nskala);
	w->ind.r = 0;
	if (r >= 0 && strlen(pemda) < sizeof(w->ind.pemda) && strlen(kode) < sizeof(w->ind.kode) &&
	    strlen(skala) < sizeof(w->ind.skala)) {
		w->ind.r = r == 1 ? 1 : 2;
		str_salin(w->ind.pemda, sizeof(w->ind.pemda), pemda);
		str_salin(w->ind.kode, sizeof(w->ind.kode), kode);
		str_salin(w->ind.skala, sizeof(w->ind.skala), r == 1 ? skala : "");
		w->ind.arah = r == 1 ? *arah : ARAH_NAIK;
	}
	return r;
}

static int k_pengaturan_daftar(void *arg, const char *pemda,
			       int (*fn)(const char *kunci, const char *nilai, void *fnarg),
			       void *fnarg)
{
	struct tulis *w = arg;
	struct galat g;
	galat_init(&g);
	return store_pengaturan_daftar(w->s, pemda, fn, fnarg, &g) ? -1 : 0;
}

static int k_tulis(void *arg, const struct impor_baris *b, enum impor_ubah *ubah, struct galat *g)
{
	struct tulis *w = arg;
	enum store_ubah u = STORE_SAMA;
	int rc = -1;
	if (w->a && !aktor_lingkup(w->a, b->pemda)) {
		w->terlarang = 1;
		return galat_set(g, "pemda %s di luar lingkup pengguna %s", b->pemda, w->a->nama);
	}
	switch (b->tabel) {
	case TEMPLAT_PEMDA:
		rc = store_simpan_pemda(w->s, &b->u.pemda, w->pengguna, &u, g);
		break;
	case TEMPLAT_PENGATURAN:
		rc = store_simpan_pengaturan(w->s, b->pemda, b->u.pengaturan.kunci,
					     b->u.pengaturan.nilai, w->pengguna, &u, g);
		break;
	case TEMPLAT_OPD:
		rc = store_simpan_opd(w->s, b->pemda, &b->u.opd, w->pengguna, &u, g);
		break;
	case TEMPLAT_RENCANA:
		rc = store_simpan_rencana(w->s, b->pemda, &b->u.rencana, w->pengguna, &u, g);
		break;
	case TEMPLAT_INDIKATOR:
		w->ind.r = 0; /* the indicator looked up last may be this one */
		rc = store_simpan_indikator(w->s, b->pemda, &b->u.indikator, w->pengguna, &u, g);
		break;
	case TEMPLAT_TARGET:
		rc = b->lama
			 ? store_simpan_target_lama(w->s, b->pemda, &b->u.target, g)
			 : store_simpan_target(w->s, b->pemda, &b->u.target, w->pengguna, &u, g);
		break;
	case TEMPLAT_REALISASI:
		rc = store_simpan_realisasi(w->s, b->pemda, &b->u.realisasi, w->pengguna, &u, g);
		break;
	case TEMPLAT_ANGGARAN:
		rc = store_simpan_anggaran(w->s, b->pemda, &b->u.anggaran, w->pengguna, &u, g);
		break;
	case TEMPLAT_PEMBANDING:
		rc = store_simpan_pembanding(w->s, b->pemda, &b->u.pembanding, w->pengguna, &u, g);
		break;
	case TEMPLAT_NARASI:
		rc = store_simpan_narasi(w->s, b->pemda, &b->u.narasi, w->pengguna, &u, g);
		break;
	case TEMPLAT_DILAPORKAN:
		rc = store_simpan_dilaporkan(w->s, b->pemda, &b->u.dilaporkan, w->pengguna, &u, g);
		break;
	case TEMPLAT_KERANGKA: {
		const struct store_kerangka_baris k = {
		    b->u.kerangka.kerangka, b->u.kerangka.kode, b->u.kerangka.induk,
		    b->u.kerangka.uraian, b->u.kerangka.jawaban, b->u.kerangka.bobot};
		rc = store_simpan_kerangka(w->s, &k, w->pengguna, &u, g);
		if (u != STORE_SAMA)
			w->ubah_semua = 1; /* a framework is shared by every pemda */
		break;
	}
	case TEMPLAT_LKE_JAWABAN: {
		const struct store_lke_baris j = {b->u.lke.tahun,    b->u.lke.opd,
						  b->u.lke.kerangka, b->u.lke.kriteria,
						  b->u.lke.mandiri,  b->u.lke.evaluator,
						  b->u.lke.catatan,  b->u.lke.bukti};
		rc = store_simpan_lke_jawaban(w->s, b->pemda, &j, w->pengguna, &u, g);
		break;
	}
	case TEMPLAT_SURVEI:
		rc = store_simpan_survei(w->s, b->pemda, b->u.survei.kode, b->u.survei.uraian,
					 b->u.survei.indikator, b->u.survei.unsur, w->pengguna, &u, g);
		break;
	case TEMPLAT_SURVEI_JAWABAN:
		rc = store_simpan_survei_jawaban(
			w->s, b->pemda, b->u.survei_jawaban.survei, b->u.survei_jawaban.periode,
			b->u.survei_jawaban.unit, b->u.survei_jawaban.responden,
			b->u.survei_jawaban.jawaban, w->pengguna, &u, g);
		break;
	case TEMPLAT_LKE_REKOMENDASI: {
		const struct store_rekomendasi_baris r = {
		    b->u.rekomendasi.tahun,	     b->u.rekomendasi.opd,
		    b->u.rekomendasi.nomor,	     b->u.rekomendasi.uraian,
		    b->u.rekomendasi.tindak_lanjut, b->u.rekomendasi.status};
		rc = store_simpan_lke_rekomendasi(w->s, b->pemda, &r, w->pengguna, &u, g);
		break;
	}
	case TEMPLAT_PK_ISI: /* kept for the version pk.csv names (tulis_pk) */
		simpan_isi(w, b);
		rc = 0;
		break;
	case TEMPLAT_PK_ANGGARAN:
		simpan_ang(w, b);
		rc = 0;
		break;
	case TEMPLAT_PK:
		rc = tulis_pk(w, b->pemda, &b->u.pk, &u, g);
		break;
	case TEMPLAT_JADWAL:
		rc = store_simpan_jadwal(w->s, b->pemda, &b->u.jadwal, w->pengguna, &u, g);
		break;
	case TEMPLAT_N:
		rc = galat_set(g, "tabel tidak dikenal");
		break;
	}
	if (rc == 0 && u != STORE_SAMA &&
	    (b->tabel == TEMPLAT_LKE_JAWABAN || b->tabel == TEMPLAT_SURVEI ||
	     b->tabel == TEMPLAT_SURVEI_JAWABAN || b->tabel == TEMPLAT_PENGATURAN ||
	     b->tabel == TEMPLAT_INDIKATOR))
		catat_ubah(w, b->pemda);
	*ubah = u == STORE_BARU ? IMPOR_BARU : u == STORE_DIUBAH ? IMPOR_DIUBAH : IMPOR_SAMA;
	return rc;
}

/* The importer's look-ups and writer over the store, for w. */
static struct impor_kait kait_store(struct tulis *w)
{
	return (struct impor_kait){
	    .pemda_ada = k_pemda_ada,
	    .rencana_jenis = k_rencana_jenis,
	    .opd_ada = k_opd_ada,
	    .opd_induk = k_opd_induk,
	    .rencana_info = k_rencana_info,
	    .indikator_info = k_indikator_info,
	    .pengaturan_daftar = k_pengaturan_daftar,
	    .kerangka_muat = k_kerangka_muat,
	    .survei_unsur = k_survei_unsur,
	    .tulis = k_tulis,
	    .arg = w,
	};
}

/*
 * Refuses the rows of a locked pemda-year (siklus.md): every row of every file
 * with pemda and tahun columns, with file and row in d and g. 0 none, -1 refused.
 */
static int kunci_periksa(struct store *s, const struct impor_tabel *tabel, int n,
			 struct impor_galat *d, struct galat *g)
{
	long ada = store_kunci_jumlah(s, g);
	if (ada < 0)
		return -1;
	if (!ada)
		return 0; /* nothing locked: the common case costs one query */
	int tolak = 0;
	for (int i = 0; i < n && !tolak; i++) {
		const struct csv_tabel *t = tabel[i].t;
		int kp = -1, kt = -1;
		for (int c = 0; c < t->n_kolom; c++) {
			if (strcmp(t->kolom[c], "pemda") == 0)
				kp = c;
			else if (strcmp(t->kolom[c], "tahun") == 0)
				kt = c;
		}
		if (kp < 0 || kt < 0)
			continue;
		char lalu_pemda[64] = "";
		int lalu_tahun = 0, lalu_st = 0;
		for (long r = 0; r < t->n_baris; r++) {
			const struct csv_baris *b = &t->baris[r];
			if (kp >= b->n || kt >= b->n)
				continue;
			char *akhir;
			long th = strtol(b->sel[kt], &akhir, 10);
			if (*akhir || th < 1900 || th > 2200)
				continue; /* a bad year is the parser's error to report */
			struct galat x;
			galat_init(&x);
			int st = lalu_st;
			if (strcmp(lalu_pemda, b->sel[kp]) != 0 || lalu_tahun != th) {
				st = kunci_cek(s, b->sel[kp], (int)th, &x);
				snprintf(lalu_pemda, sizeof(lalu_pemda), "%s", b->sel[kp]);
				lalu_tahun = (int)th;
				lalu_st = st;
			} else if (st) {
				kunci_cek(s, b->sel[kp], (int)th, &x);
			}
			if (st == LAYANAN_GALAT) {
				*g = x;
				return -1;
			}
			if (!st)
				continue;
			char pesan[512];
			snprintf(pesan, sizeof(pesan), "%s", x.pesan);
			galat_di(&x, tabel[i].berkas, b->nomor, "tahun", "%s; baris ini ditolak",
				 pesan);
			x.pengguna = 1;
			if (!tolak)
				*g = x;
			tolak = 1;
			if (d->n < IMPOR_GALAT_MAKS) {
				d->isi = xrealloc(d->isi, sizeof(*d->isi) * (size_t)(d->n + 1));
				d->isi[d->n++] = x;
			} else {
				d->lain++;
			}
		}
	}
	return tolak ? -1 : 0;
}

/* The summary audit entry of one imported file ("N baris baru, M diubah"); none when unchanged. */
static int audit_berkas(struct tulis *w, const char *tabel, long baru, long ubah, struct galat *g)
{
	if (!baru && !ubah)
		return 0;
	char ringkas[128];
	snprintf(ringkas, sizeof(ringkas), "%ld baris baru, %ld diubah", baru, ubah);
	return store_audit(w->s, w->pengguna, NULL, tabel, "impor", NULL, ringkas, g);
}

/*
 * Surveys and evaluations make realisasi: those of every pemda the import touched
 * are made again inside its transaction, each change audited one by one.
 */
static int realisasi_ulang(struct tulis *w, struct galat *g)
{
	store_audit_sisip(w->s, 1);
	if (w->ubah_semua) {
		for (int i = 0; i < w->n_ubah; i++)
			free(w->ubah[i]);
		w->n_ubah = 0;
		w->ubah_semua = 0;
		if (store_pemda_daftar(w->s, pemda_semua, w, g))
			return -1;
	}
	for (int i = 0; i < w->n_ubah; i++)
		if (layanan_evaluasi_realisasi(w->s, w->ubah[i], w->pengguna, g))
			return -1;
	return 0;
}

/*
 * A connection lost mid-import may first show as a failed look-up or write with
 * another wording: whatever the step, the message says the connection was lost.
 */
static void putus_sebut(struct store *s, struct galat *g)
{
	if (!store_putus(s) || strstr(g->pesan, "terputus"))
		return;
	char asal[sizeof(g->pesan)];
	snprintf(asal, sizeof(asal), "%s", g->pesan);
	snprintf(g->pesan, sizeof(g->pesan), "koneksi ke %s terputus (%.400s)", store_mesin(s),
		 asal);
	g->pengguna = 0;
}

int layanan_impor(struct store *s, const struct impor_tabel *tabel, int n, const char *pengguna,
		  impor_progres_fn progres, void *arg, struct impor_ringkasan *r,
		  struct impor_galat *d, struct galat *g)
{
	memset(r, 0, sizeof(*r));
	if (impor_periksa_tabel(tabel, n, g)) {
		g->pengguna = 1;
		return -1;
	}
	if (kunci_periksa(s, tabel, n, d, g))
		return -1;
	struct tulis w;
	memset(&w, 0, sizeof(w));
	arena_init(&w.a_isi);
	w.s = s;
	w.pengguna = pengguna ? pengguna : "import";
	const struct impor_kait kait = kait_store(&w);
	if (store_begin_curah(s, g))
		return -1;
	/* New rows are not audited one by one: one summary entry per file. */
	store_audit_sisip(s, 0);
	struct impor *im = impor_new(&kait, progres, arg);
	int rc = -1;
	for (int j = 0; j < TEMPLAT_N; j++) {
		for (int i = 0; i < n; i++) {
			if (templat_cari(tabel[i].nama) != &templat[j])
				continue;
			struct impor_ringkasan sebelum = *r;
			pemda_umumkan(s, &tabel[i]);
			if (impor_berkas(im, &tabel[i], r, d, g))
				goto out;
			long baru = r->baru - sebelum.baru, ubah = r->diubah - sebelum.diubah;
			if (audit_berkas(&w, templat[j].nama, baru, ubah, g))
				goto out;
		}
	}
	if (sisa_isi(&w, g))
		goto out;
	/* Surveys and evaluations make realisasi: again, each change audited one by one. */
	if (realisasi_ulang(&w, g))
		goto out;
	if (store_commit(s, g))
		goto out;
	rc = 0;
out:
	if (rc) {
		store_rollback(s);
		g->pengguna = g->pengguna || g->berkas[0];
		putus_sebut(s, g);
	}
	store_audit_sisip(s, 1);
	impor_free(im);
	if (w.ada_m)
		model_release(&w.m);
	tulis_lepas(&w);
	return rc;
}

/*
 * layanan_impor_unggah and layanan_impor_baris: formulir = rows entered
 * in a form (any table, pemda need not be among them; every row audited).
 */
static int impor_oleh(struct store *s, const struct aktor *a, const struct impor_tabel *tabel,
		      int n, int coba, int formulir, const char *peran,
		      struct layanan_impor_hasil *h, struct impor_galat *d, struct galat *g)
{
	memset(h, 0, sizeof(*h));
	if (!aktor_peran(a, peran ? peran : "admin,perencana"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya admin dan perencana yang boleh mengubah data perencanaan");
	if (!formulir && impor_periksa_tabel(tabel, n, g)) {
		g->pengguna = 1;
		return LAYANAN_SALAH;
	}
	if (kunci_periksa(s, tabel, n, d, g))
		return g->pengguna ? LAYANAN_BENTROK : LAYANAN_GALAT;
	struct tulis w;
	memset(&w, 0, sizeof(w));
	arena_init(&w.a_isi);
	w.s = s;
	w.pengguna = a->nama ? a->nama : "import";
	w.a = a;
	const struct impor_kait kait = kait_store(&w);
	if (store_begin(s, g))
		return store_putus(s) ? LAYANAN_SIBUK : LAYANAN_GALAT;
	store_audit_sisip(s, formulir);
	struct impor *im = impor_new(&kait, NULL, NULL);
	int st = LAYANAN_GALAT, salah = 0;
	for (int j = 0; j < TEMPLAT_N; j++) {
		for (int i = 0; i < n; i++) {
			if (templat_cari(tabel[i].nama) != &templat[j])
				continue;
			struct layanan_impor_berkas *f = &h->f[h->n++];
			snprintf(f->berkas, sizeof(f->berkas), "%s", tabel[i].berkas);
			long sebelum = d->n + d->lain;
			struct galat gb;
			galat_init(&gb);
			pemda_umumkan(s, &tabel[i]);
			if (impor_berkas(im, &tabel[i], &f->r, d, &gb)) {
				f->galat = (int)(d->n + d->lain - sebelum);
				if (w.terlarang) {
					st = layanan_tolak(g, LAYANAN_TERLARANG, "%s", gb.pesan);
					goto out;
				}
				if (!f->galat) { /* a look-up or the writer failed */
					*g = gb;
					st = store_putus(s) ? LAYANAN_SIBUK : LAYANAN_GALAT;
					goto out;
				}
				/* Invalid cells: the next files are still checked. */
				if (!salah)
					*g = gb;
				salah = 1;
				continue;
			}
			if (!formulir && audit_berkas(&w, templat[j].nama, f->r.baru, f->r.diubah, g))
				goto out;
		}
	}
	if (salah) {
		g->pengguna = 1;
		st = LAYANAN_SALAH;
		goto out;
	}
	if (sisa_isi(&w, g)) {
		st = LAYANAN_SALAH;
		goto out;
	}
	if (realisasi_ulang(&w, g))
		goto out;
	if (coba) {
		st = LAYANAN_OK; /* rolled back below */
		goto out;
	}
	if (store_commit(s, g)) {
		st = store_putus(s) ? LAYANAN_SIBUK : LAYANAN_GALAT;
		goto out;
	}
	st = LAYANAN_OK;
	store_audit_sisip(s, 1);
	impor_free(im);
	if (w.ada_m)
		model_release(&w.m);
	tulis_lepas(&w);
	return st;
out:
	store_rollback(s);
	putus_sebut(s, g);
	store_audit_sisip(s, 1);
	impor_free(im);
	if (w.ada_m)
		model_release(&w.m);
	tulis_lepas(&w);
	return st;
}

int layanan_impor_unggah(struct store *s, const struct aktor *a, const struct impor_tabel *tabel,
			 int n, int coba, struct layanan_impor_hasil *h, struct impor_galat *d,
			 struct galat *g)
{
	return impor_oleh(s, a, tabel, n, coba, 0, NULL, h, d, g);
}

int layanan_impor_baris(struct store *s, const struct aktor *a, const char *peran,
			const struct templat_tabel *tt, const char *const *kolom,
			const char *const *nilai, int n, struct layanan_impor_hasil *h,
			struct impor_galat *d, struct galat *g)
{
	/* The form as a file of one row (line 2: the header is line 1), every column present. */
	struct csv_tabel t;
	memset(&t, 0, sizeof(t));
	arena_init(&t.arena);
	t.pemisah = ',';
	t.n_kolom = tt->n_kolom;
	t.kolom = arena_alloc(&t.arena, (size_t)tt->n_kolom * sizeof(char *));
	char **sel = arena_alloc(&t.arena, (size_t)tt->n_kolom * sizeof(char *));
	for (int k = 0; k < tt->n_kolom; k++) {
		t.kolom[k] = arena_strdup(&t.arena, tt->kolom[k].nama);
		const char *v = "";
		for (int i = 0; i < n; i++)
			if (kolom[i] && str_sama(kolom[i], tt->kolom[k].nama) && nilai[i])
				v = nilai[i];
		sel[k] = str_trim(arena_strdup(&t.arena, v));
	}
	struct csv_baris b = {2, tt->n_kolom, sel};
	t.n_baris = 1;
	t.baris = &b;
	const struct impor_tabel it = {tt->nama, "formulir", &t};
	int st = impor_oleh(s, a, &it, 1, 0, 1, peran, h, d, g);
	arena_release(&t.arena); /* not csv_release: the row is not its allocation */
	return st;
}
