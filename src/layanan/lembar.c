/*
 * The evaluation as shown (evaluate --json, GET /api/lke) and the answers
 * entered on /lke; see evaluasi.h.
 */
#include <stdio.h>
#include <string.h>

#include "../core/banding.h"
#include "evaluasi.h"
#include "impor.h"

struct b_arg {
	char *out;
	size_t n;
};

static int b_baris(const struct store_lke_baris *b, void *arg)
{
	struct b_arg *x = arg;
	if (!x->out[0])
		snprintf(x->out, x->n, "%s", b->kerangka);
	return 0;
}

int layanan_kerangka_bawaan(struct store *s, const char *pemda, int tahun, char *out, size_t n,
			    struct galat *g)
{
	out[0] = 0;
	struct b_arg x = {out, n};
	if (store_lke_daftar(s, pemda, tahun, NULL, b_baris, &x, g))
		return -1;
	if (!out[0])
		snprintf(out, n, "%s",
			 tahun >= 2022 ? "permenpanrb-88-2021" : "permenpanrb-12-2015");
	return 0;
}

/* The stored answers of one worksheet, by criterion index. */
struct i_arg {
	struct arena *a;
	const struct lke_kerangka *k;
	const char *opd;
	struct evaluasi_isian *isi;
};

static int i_baris(const struct store_lke_baris *b, void *arg)
{
	struct i_arg *x = arg;
	if (strcmp(b->opd, x->opd) != 0 || strcmp(b->kerangka, x->k->kode) != 0)
		return 0;
	int i = lke_cari(x->k, b->kriteria);
	if (i < 0)
		return 0;
	x->isi[i] = (struct evaluasi_isian){
	    arena_strdup(x->a, b->mandiri), arena_strdup(x->a, b->evaluator),
	    arena_strdup(x->a, b->catatan), arena_strdup(x->a, b->bukti ? b->bukti : "")};
	return 0;
}

static const char *opd_nama(const struct model *m, const char *kode)
{
	for (int i = 0; i < m->n_opd; i++)
		if (strcmp(m->opd[i].kode, kode) == 0)
			return m->opd[i].nama;
	return NULL;
}

static void lembar_isi(struct evaluasi_lembar *l, const struct evaluasi *e, int tahun)
{
	*l = (struct evaluasi_lembar){e->ada,	 tahun, e->k.n ? &e->k : NULL, e->skor, &e->hasil,
				      e->sumber, NULL};
}

struct r_arg {
	struct arena *a;
	const char *opd;
	int n, cap;
	struct dok_rekomendasi *isi;
};

static int r_baris(const struct store_rekomendasi_baris *b, void *arg)
{
	struct r_arg *r = arg;
	if (strcmp(b->opd, r->opd) != 0)
		return 0;
	if (r->n == r->cap) {
		int cap = r->cap ? r->cap * 2 : 16;
		struct dok_rekomendasi *baru = arena_alloc(r->a, sizeof(*baru) * (size_t)cap);
		if (r->n)
			memcpy(baru, r->isi, sizeof(*baru) * (size_t)r->n);
		r->isi = baru;
		r->cap = cap;
	}
	r->isi[r->n++] = (struct dok_rekomendasi){
	    arena_strdup(r->a, b->nomor), arena_strdup(r->a, b->uraian),
	    arena_strdup(r->a, b->tindak_lanjut), arena_strdup(r->a, b->status)};
	return 0;
}

int layanan_evaluasi_laporan(struct store *s, const struct model *m, int tahun, const char *opd,
			     int mode, struct arena *a, struct evaluasi_laporan *out,
			     struct galat *g)
{
	memset(out, 0, sizeof(*out));
	opd = opd ? opd : "";
	const char *pemda = m->pemda.kode;
	const struct skala *akip = model_skala(m, "akip");
	out->pemda_kode = pemda;
	out->pemda_nama = m->pemda.nama;
	out->tahun = tahun;
	out->opd = opd;
	out->opd_nama = *opd ? opd_nama(m, opd) : NULL;
	struct evaluasi *e = arena_alloc(a, sizeof(*e));
	if (layanan_evaluasi_hitung(s, pemda, tahun, opd, akip, a, e, g))
		return -1;
	if (!e->ada && mode == LEMBAR_WEB) {
		/* The empty worksheet of the default framework, to be filled. */
		char kode[128];
		if (layanan_kerangka_bawaan(s, pemda, tahun, kode, sizeof(kode), g))
			return -1;
		int r = layanan_kerangka_muat(s, kode, a, &e->k, g);
		if (r <= 0)
			return r < 0 ? -1 : galat_set(g, "kerangka %s tidak dikenal", kode);
		e->skor = arena_alloc(a, sizeof(*e->skor) * (size_t)e->k.n);
		if (lke_nilai(&e->k, NULL, 0, akip, e->skor, &e->hasil, g))
			return -1;
		e->sumber = LKE_SUMBER_KOSONG;
	}
	lembar_isi(&out->lembar, e, tahun);
	if (mode == LEMBAR_WEB && out->lembar.k) {
		struct evaluasi_isian *isi = arena_alloc(a, sizeof(*isi) * (size_t)e->k.n);
		for (int i = 0; i < e->k.n; i++)
			isi[i] = (struct evaluasi_isian){"", "", "", ""};
		struct i_arg x = {a, &e->k, opd, isi};
		if (store_lke_daftar(s, pemda, tahun, opd, i_baris, &x, g))
			return -1;
		out->lembar.isian = isi;
	}
	/* The history: every year with answers up to this one. */
	int th[64];
	int nt = layanan_evaluasi_tahun(s, pemda, opd, th, 64, g);
	if (nt < 0)
		return -1;
	struct evaluasi_lembar *rw = arena_alloc(a, sizeof(*rw) * (size_t)(nt ? nt : 1));
	for (int t = 0; t < nt; t++) {
		if (th[t] > tahun)
			continue;
		struct evaluasi *x = arena_alloc(a, sizeof(*x));
		if (layanan_evaluasi_hitung(s, pemda, th[t], opd, akip, a, x, g))
			return -1;
		lembar_isi(&rw[out->n_riwayat++], x, th[t]);
	}
	out->riwayat = rw;
	/* The OPD ranked by their score. */
	if (!*opd || mode == LEMBAR_WEB) {
		const char **kode = NULL;
		int nk = layanan_evaluasi_opd(s, pemda, tahun, a, &kode, g);
		if (nk < 0)
			return -1;
		size_t n1 = (size_t)(nk ? nk : 1);
		double *nilai = arena_alloc(a, sizeof(double) * n1);
		int *urut = arena_alloc(a, sizeof(int) * n1),
		    *pk = arena_alloc(a, sizeof(int) * n1);
		const char **pred = arena_alloc(a, sizeof(char *) * n1);
		for (int i = 0; i < nk; i++) {
			struct evaluasi x;
			if (layanan_evaluasi_hitung(s, pemda, tahun, kode[i], akip, a, &x, g))
				return -1;
			nilai[i] = x.hasil.total.nilai;
			pred[i] = x.hasil.predikat;
		}
		banding_peringkat(nilai, NULL, nk, ARAH_NAIK, pk, urut);
		struct evaluasi_opd *po = arena_alloc(a, sizeof(*po) * n1);
		for (int q = 0; q < nk; q++) {
			int i = urut[q];
			const char *nm = opd_nama(m, kode[i]);
			po[q] =
			    (struct evaluasi_opd){kode[i], nm ? nm : "", pred[i], nilai[i], pk[i]};
		}
		out->n_opd = nk;
		out->opd_peringkat = po;
	}
	struct r_arg rk = {a, opd, 0, 0, NULL};
	if (store_rekomendasi_daftar(s, pemda, tahun, opd, r_baris, &rk, g))
		return -1;
	out->n_rekomendasi = rk.n;
	out->rekomendasi = rk.isi;
	return 0;
}

/* ---- one answer entered on /lke ---- */

struct j_arg {
	const char *opd, *kriteria;
	char kerangka[128];
	struct buf mandiri, evaluator, catatan, bukti;
	int ada;
};

static int j_baris(const struct store_lke_baris *b, void *arg)
{
	struct j_arg *x = arg;
	if (strcmp(b->opd, x->opd) != 0)
		return 0;
	if (!x->kerangka[0])
		snprintf(x->kerangka, sizeof(x->kerangka), "%s", b->kerangka);
	if (strcmp(b->kerangka, x->kerangka) != 0 || strcmp(b->kriteria, x->kriteria) != 0)
		return 0;
	x->ada = 1;
	buf_puts(&x->mandiri, b->mandiri);
	buf_puts(&x->evaluator, b->evaluator);
	buf_puts(&x->catatan, b->catatan);
	buf_puts(&x->bukti, b->bukti ? b->bukti : "");
	return 0;
}

static const char *isi(const struct buf *b)
{
	return b->data ? b->data : "";
}

int layanan_lke_jawab(struct store *s, const struct aktor *a, const struct lke_isian_masuk *in,
		      struct galat *g)
{
	galat_init(g);
	const char *jenis = in->jenis ? in->jenis : "";
	int evaluator = strcmp(jenis, "evaluator") == 0;
	if (!evaluator && strcmp(jenis, "mandiri") != 0)
		return layanan_tolak(g, LAYANAN_SALAH, "jenis harus 'mandiri' atau 'evaluator'");
	if (!in->pemda || !*in->pemda || !in->kriteria || !*in->kriteria || !in->nilai ||
	    in->tahun < 1900 || in->tahun > 2200)
		return layanan_tolak(g, LAYANAN_SALAH,
				     "pemda, tahun, kriteria, jenis dan nilai wajib diisi");
	const char *opd = in->opd ? in->opd : "";
	const char *peran = evaluator ? "admin,reviewer" : "admin,perencana,operator";
	if (!aktor_peran(a, peran))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     evaluator ? "hanya evaluator (Inspektorat) yang mengisi "
						 "jawaban evaluator"
					       : "hanya operator OPD atau perencana yang mengisi "
						 "penilaian mandiri");
	if (!aktor_lingkup(a, in->pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda tidak boleh mengubah data pemda ini");
	/* An operator answers for its own OPD only (a perencana with an OPD likewise). */
	if (!evaluator && a->peran && a->opd && *a->opd && strcmp(a->opd, opd) != 0 &&
	    !aktor_peran(a, "admin"))
		return layanan_tolak(
		    g, LAYANAN_TERLARANG,
		    "operator hanya mengisi penilaian mandiri OPD-nya sendiri (%s)", a->opd);
	if (!evaluator && aktor_peran(a, "operator") && a->peran && !aktor_peran(a, "admin") &&
	    (!a->opd || !*a->opd))
		return layanan_tolak(g, LAYANAN_TERLARANG, "operator tanpa OPD tidak mengisi LKE");
	struct j_arg x = {opd, in->kriteria, "", BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, 0};
	int st = LAYANAN_GALAT;
	if (store_lke_daftar(s, in->pemda, in->tahun, opd, j_baris, &x, g))
		goto out;
	if (!x.kerangka[0] &&
	    layanan_kerangka_bawaan(s, in->pemda, in->tahun, x.kerangka, sizeof(x.kerangka), g))
		goto out;
	char tahun[16];
	snprintf(tahun, sizeof(tahun), "%d", in->tahun);
	const char *kolom[] = {"pemda",	  "tahun",     "opd",	  "kerangka", "kriteria",
			       "mandiri", "evaluator", "catatan", "bukti"};
	const char *nilai[] = {in->pemda,
			       tahun,
			       opd,
			       x.kerangka,
			       in->kriteria,
			       evaluator ? isi(&x.mandiri) : in->nilai,
			       evaluator ? in->nilai : isi(&x.evaluator),
			       in->catatan ? in->catatan : isi(&x.catatan),
			       in->bukti ? in->bukti : isi(&x.bukti)};
	/* The answer as a row of lke_jawaban.csv, through the import's checks. */
	struct layanan_impor_hasil hi;
	struct impor_galat d;
	impor_galat_init(&d);
	st = layanan_impor_baris(s, a, peran, templat_cari("lke_jawaban"), kolom, nilai,
				 (int)(sizeof(kolom) / sizeof(*kolom)), &hi, &d, g);
	impor_galat_release(&d);
out:
	buf_release(&x.mandiri);
	buf_release(&x.evaluator);
	buf_release(&x.catatan);
	buf_release(&x.bukti);
	return st;
}
