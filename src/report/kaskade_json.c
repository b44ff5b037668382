/* The JSON of the measurement below the pemda; see kaskade_json.h. */
#include "kaskade_json.h"

#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../util/util.h"
#include "ukur_json.h"

static json_t *teks(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *kaskade_json_peringkat(const struct kaskade *k)
{
	json_t *arr = json_array();
	for (int i = 0; i < k->n_opd; i++) {
		const struct kaskade_opd *o = &k->opd[k->urut[i]];
		json_t *x = json_object();
		json_object_set_new(x, "kode", teks(o->o->kode));
		json_object_set_new(x, "nama", teks(o->o->nama));
		json_object_set_new(x, "capaian", ukur_json_angka(o->ada_capaian, o->capaian));
		json_object_set_new(x, "predikat", teks(o->predikat));
		json_object_set_new(x, "serapan", ukur_json_angka(o->ada_serapan, o->serapan));
		json_object_set_new(x, "peringkat",
				    o->peringkat ? json_integer(o->peringkat) : json_null());
		json_array_append_new(arr, x);
	}
	return arr;
}

static json_t *kepala(const struct pengukuran *p)
{
	json_t *root = json_object();
	json_t *pemda = json_object();
	json_object_set_new(pemda, "kode", teks(p->m->pemda.kode));
	json_object_set_new(pemda, "nama", teks(p->m->pemda.nama));
	json_object_set_new(root, "pemda", pemda);
	json_object_set_new(root, "tahun", json_integer(p->tahun));
	return root;
}

static int sama(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

json_t *kaskade_json_opd(const struct pengukuran *p, const struct kaskade *k, int o)
{
	const struct model *m = p->m;
	const struct kaskade_opd *ko = &k->opd[o];
	json_t *root = kepala(p);
	json_t *x = json_object();
	json_object_set_new(x, "kode", teks(ko->o->kode));
	json_object_set_new(x, "nama", teks(ko->o->nama));
	json_object_set_new(x, "induk", teks(ko->o->induk));
	json_object_set_new(x, "jenis", teks(ko->o->jenis));
	json_object_set_new(x, "kepala", teks(ko->o->kepala));
	json_object_set_new(x, "nip", teks(ko->o->nip));
	json_object_set_new(x, "jabatan", teks(ko->o->jabatan));
	json_object_set_new(root, "opd", x);

	json_t *arr = json_array();
	const int *milik;
	int n_milik = kaskade_indikator_opd(k, o, &milik);
	for (int i = 0; i < n_milik; i++)
		json_array_append_new(arr, ukur_json_indikator(&p->indikator[milik[i]]));
	json_object_set_new(root, "indikator", arr);

	arr = json_array();
	for (int i = 0; i < k->n_simpul; i++) {
		const struct kaskade_simpul *s = &k->simpul[i];
		if (!sama(s->opd, ko->o->kode))
			continue;
		json_t *n = json_object();
		json_object_set_new(n, "kode", teks(s->r->kode));
		json_object_set_new(n, "jenis", json_string(model_rencana_nama(s->r->jenis)));
		json_object_set_new(n, "induk", teks(s->r->induk));
		json_object_set_new(n, "uraian", teks(s->r->uraian));
		json_object_set_new(n, "capaian", ukur_json_angka(s->ada_capaian, s->capaian));
		json_object_set_new(n, "predikat", teks(s->predikat));
		json_object_set_new(n, "pagu", json_integer(s->pagu));
		json_object_set_new(n, "realisasi_anggaran", json_integer(s->realisasi_anggaran));
		json_object_set_new(n, "serapan", ukur_json_angka(s->ada_serapan, s->serapan));
		json_array_append_new(arr, n);
	}
	json_object_set_new(root, "rencana", arr);

	json_t *rk = json_object();
	json_object_set_new(rk, "jumlah_indikator", json_integer(ko->n_indikator));
	for (int i = 0; i < m->pemda.predikat.n; i++)
		json_object_set_new(rk, m->pemda.predikat.kelas[i].nama,
				    json_integer(ko->jumlah_predikat[i]));
	json_object_set_new(rk, "belum_ada_data", json_integer(ko->belum_ada_data));
	json_object_set_new(rk, "tidak_dapat_dihitung", json_integer(ko->tidak_dapat_dihitung));
	json_object_set_new(rk, "capaian", ukur_json_angka(ko->ada_capaian, ko->capaian));
	json_object_set_new(rk, "predikat", teks(ko->predikat));
	json_object_set_new(rk, "pagu", json_integer(ko->pagu));
	json_object_set_new(rk, "realisasi_anggaran", json_integer(ko->realisasi_anggaran));
	json_object_set_new(rk, "serapan", ukur_json_angka(ko->ada_serapan, ko->serapan));
	json_object_set_new(rk, "peringkat", ko->peringkat ? json_integer(ko->peringkat) : json_null());
	json_object_set_new(root, "ringkasan", rk);
	return root;
}

/* First child and next sibling of every node, in model order; roots have induk -1. */
struct anak {
	int *pertama, *berikut;
};

static void anak_susun(const struct kaskade *k, struct anak *a)
{
	a->pertama = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	a->berikut = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	int *akhir = xcalloc((size_t)k->n_simpul + 1, sizeof(int));
	for (int i = 0; i < k->n_simpul; i++)
		a->pertama[i] = a->berikut[i] = akhir[i] = -1;
	for (int i = 0; i < k->n_simpul; i++) {
		int j = k->simpul[i].induk;
		if (j < 0)
			continue;
		if (akhir[j] < 0)
			a->pertama[j] = i;
		else
			a->berikut[akhir[j]] = i;
		akhir[j] = i;
	}
	free(akhir);
}

static json_t *simpul_json(const struct pengukuran *p, const struct kaskade *k,
			   const struct anak *a, int i, int dalam)
{
	const struct kaskade_simpul *s = &k->simpul[i];
	json_t *n = json_object();
	json_object_set_new(n, "kode", teks(s->r->kode));
	json_object_set_new(n, "jenis", json_string(model_rencana_nama(s->r->jenis)));
	json_object_set_new(n, "uraian", teks(s->r->uraian));
	json_object_set_new(n, "opd", teks(s->opd));
	json_object_set_new(n, "capaian", ukur_json_angka(s->ada_capaian, s->capaian));
	json_object_set_new(n, "predikat", teks(s->predikat));
	json_t *ind = json_array();
	for (int x = 0; x < p->n_indikator; x++)
		if (sama(p->indikator[x].ind->induk, s->r->kode))
			json_array_append_new(ind, json_string(p->indikator[x].ind->kode));
	json_object_set_new(n, "indikator", ind);
	json_t *anak = json_array();
	for (int c = a->pertama[i]; c >= 0 && dalam < 64; c = a->berikut[c])
		json_array_append_new(anak, simpul_json(p, k, a, c, dalam + 1));
	json_object_set_new(n, "anak", anak);
	return n;
}

json_t *kaskade_json_pohon(const struct pengukuran *p, const struct kaskade *k)
{
	struct anak a;
	anak_susun(k, &a);
	json_t *root = kepala(p);
	json_t *arr = json_array();
	for (int i = 0; i < k->n_simpul; i++)
		if (k->simpul[i].induk < 0)
			json_array_append_new(arr, simpul_json(p, k, &a, i, 0));
	json_object_set_new(root, "pohon", arr);
	free(a.pertama);
	free(a.berikut);
	return root;
}

char *kaskade_json_teks(json_t *j)
{
	return json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
}

static void simpul_teks(const struct pengukuran *p, const struct kaskade *k, const struct anak *a,
			int i, int dalam, struct buf *b)
{
	const struct kaskade_simpul *s = &k->simpul[i];
	char c[64];
	for (int d = 0; d < dalam; d++)
		buf_puts(b, "  ");
	buf_printf(b, "%s %s %s", model_rencana_nama(s->r->jenis), s->r->kode, s->r->uraian);
	if (s->opd)
		buf_printf(b, " [%s]", s->opd);
	if (s->ada_capaian)
		buf_printf(b, " — %s%% %s", angka_format(s->capaian, 2, c, sizeof(c)), s->predikat);
	else
		buf_puts(b, " — belum ada data");
	int n = 0;
	for (int x = 0; x < p->n_indikator; x++)
		n += sama(p->indikator[x].ind->induk, s->r->kode);
	if (n)
		buf_printf(b, " (%d indikator)", n);
	buf_putc(b, '\n');
	for (int ch = a->pertama[i]; ch >= 0 && dalam < 64; ch = a->berikut[ch])
		simpul_teks(p, k, a, ch, dalam + 1, b);
}

void kaskade_pohon_teks(const struct pengukuran *p, const struct kaskade *k, struct buf *b)
{
	struct anak a;
	anak_susun(k, &a);
	buf_printf(b, "Pohon Kinerja %s (%s) Tahun %d\n", p->m->pemda.nama, p->m->pemda.kode,
		   p->tahun);
	for (int i = 0; i < k->n_simpul; i++)
		if (k->simpul[i].induk < 0)
			simpul_teks(p, k, &a, i, 0, b);
	free(a.pertama);
	free(a.berikut);
}
