/* The regions under one parent; see banding_json.h. */
#include "banding_json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "../core/skala.h"
#include "../core/ukur.h"
#include "ukur_json.h"

/* The year's value of kode in m as a number (a category by its rank); 0 when none. */
static int nilai_tahun(const struct model *m, const struct indikator *ind, int tahun,
		       struct nilai *v, double *out)
{
	int dt;
	*v = ukur_realisasi_tahun(m, ind, tahun, &dt);
	if (v->jenis == NILAI_ANGKA) {
		*out = v->a;
		return 1;
	}
	if (v->jenis == NILAI_KATEGORI) {
		const struct skala *sk = model_skala(m, ind->skala);
		int r = sk ? skala_peringkat(sk, v->kategori) : 0;
		if (r > 0) {
			*out = r;
			return 1;
		}
	}
	return 0;
}

/* A pembanding row of m for (kode, tahun, wilayah). */
static int pembanding(const struct model *m, const char *kode, int tahun, const char *wilayah,
		      double *out)
{
	for (int i = 0; m && i < m->n_pembanding; i++) {
		const struct pembanding *p = &m->pembanding[i];
		if (p->tahun == tahun && strcmp(p->indikator, kode) == 0 &&
		    strcmp(p->wilayah, wilayah) == 0) {
			*out = p->nilai;
			return 1;
		}
	}
	return 0;
}

/* A reference value: own realisasi of `pemilik`, else a pembanding row for wilayah. */
static int acuan(const struct model *pemilik, const struct model *induk,
		 const struct wilayah_hasil *h, const char *kode, const char *wilayah, double *out)
{
	if (pemilik) {
		const struct indikator *ind = model_indikator(pemilik, kode);
		struct nilai v;
		if (ind && nilai_tahun(pemilik, ind, h->tahun, &v, out))
			return 1;
	}
	if (pembanding(induk, kode, h->tahun, wilayah, out))
		return 1;
	for (int i = 0; i < h->n; i++)
		if (pembanding(h->baris[i].m, kode, h->tahun, wilayah, out))
			return 1;
	return 0;
}

int banding_json_hitung(const char *induk_kode, const struct model *induk,
			const struct model *nasional, const struct model *anak, int n_anak,
			const char *kode, int tahun, const double *batas, struct wilayah_hasil *h)
{
	memset(h, 0, sizeof(*h));
	h->induk_kode = induk_kode;
	h->induk_nama = induk ? induk->pemda.nama : induk_kode;
	h->tahun = tahun;
	h->ind = induk ? model_indikator(induk, kode) : NULL;
	int cap = n_anak ? n_anak : 1;
	struct wilayah_baris *w = xcalloc((size_t)cap, sizeof(*w));
	struct banding_wilayah *bw = xcalloc((size_t)cap, sizeof(*bw));
	for (int i = 0; i < n_anak; i++) {
		const struct model *m = &anak[i];
		if (!m->pemda.induk || strcmp(m->pemda.induk, induk_kode) != 0)
			continue;
		const struct indikator *ind = model_indikator(m, kode);
		if (!ind)
			continue;
		struct wilayah_baris *b = &w[h->n];
		memset(b, 0, sizeof(*b));
		b->m = m;
		b->kelas = -1;
		b->target = model_target(m, kode, tahun);
		bw[h->n].kode = m->pemda.kode;
		bw[h->n].nama = m->pemda.nama;
		bw[h->n].ada = nilai_tahun(m, ind, tahun, &b->realisasi, &bw[h->n].realisasi);
		if (!b->target && b->realisasi.jenis == NILAI_KOSONG)
			continue; /* the indicator, but nothing that year */
		if (b->target && b->realisasi.jenis) {
			const struct skala *sk =
			    ind->arah == ARAH_KATEGORI ? model_skala(m, ind->skala) : NULL;
			b->capaian = capaian_hitung(ind->arah, capaian_rumus(&m->pemda, ind),
						    &b->target->nilai, &b->realisasi, sk);
			if (b->capaian.ada) {
				b->predikat = skala_predikat(&m->pemda.predikat, b->capaian.nilai);
				b->kelas =
				    skala_predikat_indeks(&m->pemda.predikat, b->capaian.nilai);
			}
		}
		if (!h->ind)
			h->ind = ind;
		h->n++;
	}
	h->baris = w;
	if (!h->ind) {
		free(bw);
		return -1;
	}
	h->acuan.ada_induk = acuan(induk, induk, h, kode, induk_kode, &h->acuan.induk);
	h->acuan.ada_nasional = acuan(nasional, induk, h, kode, "00", &h->acuan.nasional);
	if (batas) {
		h->acuan.ada_batas = 1;
		h->acuan.batas = *batas;
	}

	/* rank, then put the rows in that order */
	struct banding_baris *out = xcalloc((size_t)cap, sizeof(*out));
	int *urut = xcalloc((size_t)cap, sizeof(*urut));
	banding_hitung(bw, h->n, h->ind->arah, &h->acuan, out, urut);
	struct wilayah_baris *urutan = xcalloc((size_t)cap, sizeof(*urutan));
	for (int i = 0; i < h->n; i++) {
		urutan[i] = w[urut[i]];
		urutan[i].b = out[urut[i]];
	}
	h->baris = urutan;
	free(w);
	free(bw);
	free(out);
	free(urut);
	return 0;
}

void wilayah_hasil_release(struct wilayah_hasil *h)
{
	free(h->baris);
	h->baris = NULL;
	h->n = 0;
}

static json_t *teks(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *posisi(enum banding_posisi p)
{
	return teks(banding_posisi_nama(p));
}

const char *banding_json_posisi_label(enum banding_posisi p)
{
	switch (p) {
	case BANDING_DI_ATAS:
		return "di atas";
	case BANDING_SAMA:
		return "sama";
	case BANDING_DI_BAWAH:
		return "di bawah";
	default:
		return "–";
	}
}

const char *banding_json_realisasi(const struct wilayah_baris *w, char *out, size_t n)
{
	if (!w->realisasi.jenis)
		return "–";
	return nilai_tampil(&w->realisasi, 2, out, n);
}

const char *banding_json_target(const struct wilayah_baris *w, char *out, size_t n)
{
	if (!w->target)
		return "–";
	if (w->target->nilai.teks)
		return w->target->nilai.teks;
	return nilai_tampil(&w->target->nilai, 2, out, n);
}

json_t *banding_json(const struct wilayah_hasil *h)
{
	json_t *root = json_object();
	json_t *o = json_object();
	json_object_set_new(o, "kode", json_string(h->induk_kode));
	json_object_set_new(o, "nama", teks(h->induk_nama));
	json_object_set_new(root, "induk", o);
	o = json_object();
	json_object_set_new(o, "kode", teks(h->ind ? h->ind->kode : NULL));
	json_object_set_new(o, "uraian", teks(h->ind ? h->ind->uraian : NULL));
	json_object_set_new(o, "satuan", teks(h->ind ? h->ind->satuan : NULL));
	json_object_set_new(o, "arah", teks(h->ind ? model_arah_nama(h->ind->arah) : NULL));
	json_object_set_new(root, "indikator", o);
	json_object_set_new(root, "tahun", json_integer(h->tahun));
	json_object_set_new(root, "nilai_induk",
			    ukur_json_angka(h->acuan.ada_induk, h->acuan.induk));
	json_object_set_new(root, "nilai_nasional",
			    ukur_json_angka(h->acuan.ada_nasional, h->acuan.nasional));
	json_t *arr = json_array();
	for (int i = 0; i < h->n; i++) {
		const struct wilayah_baris *w = &h->baris[i];
		char buf[128];
		o = json_object();
		json_object_set_new(o, "kode", teks(w->m->pemda.kode));
		json_object_set_new(o, "nama", teks(w->m->pemda.nama));
		json_t *r = json_null();
		if (w->realisasi.jenis == NILAI_ANGKA)
			r = json_real(angka_bulat(w->realisasi.a, 4));
		else if (w->realisasi.jenis == NILAI_KATEGORI)
			r = json_string(w->realisasi.kategori);
		json_object_set_new(o, "realisasi", r);
		json_object_set_new(o, "target",
				    w->target
					? json_string(banding_json_target(w, buf, sizeof(buf)))
					: json_null());
		json_object_set_new(o, "capaian",
				    ukur_json_angka(w->capaian.ada, w->capaian.nilai));
		json_object_set_new(o, "predikat", teks(w->predikat));
		json_object_set_new(o, "peringkat",
				    w->b.peringkat ? json_integer(w->b.peringkat) : json_null());
		json_object_set_new(o, "terhadap_induk", posisi(w->b.terhadap_induk));
		json_object_set_new(o, "terhadap_nasional", posisi(w->b.terhadap_nasional));
		json_object_set_new(o, "terhadap_batas", posisi(w->b.terhadap_batas));
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "wilayah", arr);
	return root;
}

char *banding_json_teks(const struct wilayah_hasil *h)
{
	return ukur_json_tulis(banding_json(h));
}

struct dok_grafik *banding_json_grafik(struct arena *a, const struct wilayah_hasil *h)
{
	struct dok_grafik *g = arena_alloc(a, sizeof(*g));
	memset(g, 0, sizeof(*g));
	g->jenis = GRAFIK_BATANG;
	g->judul =
	    arena_printf(a, "%s %d: %s", h->ind ? h->ind->uraian : "", h->tahun, h->induk_nama);
	g->satuan = h->ind ? h->ind->satuan : NULL;
	g->garis_acuan = NAN;
	g->skala_bebas = 1;
	int n = h->n > 0 ? h->n : 1;
	g->n = h->n;
	g->label = arena_alloc(a, (size_t)n * sizeof(*g->label));
	g->kelas = arena_alloc(a, (size_t)n * sizeof(*g->kelas));
	g->n_seri = 1;
	g->seri = arena_alloc(a, sizeof(*g->seri));
	memset(g->seri, 0, sizeof(*g->seri));
	g->seri[0].nama =
	    arena_printf(a, "Realisasi%s%s%s", g->satuan && *g->satuan ? " (" : "",
			 g->satuan ? g->satuan : "", g->satuan && *g->satuan ? ")" : "");
	g->seri[0].nilai = arena_alloc(a, (size_t)n * sizeof(double));
	for (int i = 0; i < h->n; i++) {
		const struct wilayah_baris *w = &h->baris[i];
		g->label[i] = w->m->pemda.nama;
		g->seri[0].nilai[i] = w->realisasi.jenis == NILAI_ANGKA ? w->realisasi.a : NAN;
		g->kelas[i] = w->kelas;
	}
	/* the predikat legend of the first region's scale (the default one when shared), when a
	 * bar has a predikat */
	const struct model *skala = h->n ? h->baris[0].m : NULL;
	int ada_kelas = 0;
	for (int i = 0; i < h->n; i++)
		ada_kelas |= h->baris[i].kelas >= 0;
	if (skala && ada_kelas) {
		g->n_kelas = skala->pemda.predikat.n;
		const char **nama = arena_alloc(a, (size_t)(g->n_kelas + 1) * sizeof(*nama));
		for (int k = 0; k < g->n_kelas; k++)
			nama[k] = skala->pemda.predikat.kelas[k].nama;
		g->kelas_nama = nama;
	}
	double *nilai = arena_alloc(a, 3 * sizeof(double));
	const char **nama = arena_alloc(a, 3 * sizeof(*nama));
	char x[64];
	if (h->acuan.ada_induk) {
		nama[g->n_acuan] = arena_printf(a, "%s %s", h->induk_nama,
						angka_format(h->acuan.induk, 2, x, sizeof(x)));
		nilai[g->n_acuan++] = h->acuan.induk;
	}
	if (h->acuan.ada_nasional) {
		nama[g->n_acuan] = arena_printf(a, "Nasional %s",
						angka_format(h->acuan.nasional, 2, x, sizeof(x)));
		nilai[g->n_acuan++] = h->acuan.nasional;
	}
	if (h->acuan.ada_batas) {
		nama[g->n_acuan] =
		    arena_printf(a, "Batas %s", angka_format(h->acuan.batas, 2, x, sizeof(x)));
		nilai[g->n_acuan++] = h->acuan.batas;
	}
	g->acuan = nilai;
	g->acuan_nama = nama;
	return g;
}
