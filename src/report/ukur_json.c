/* The JSON of a measurement; see ukur_json.h. */
#include "ukur_json.h"

#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "kaskade_json.h"
#include "tren.h"
#include "../core/waktu.h"

json_t *ukur_json_angka(int ada, double v)
{
	if (!ada)
		return json_null();
	return json_real(angka_bulat(v, 4));
}

static json_t *teks(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *agregat(const struct ukur_agregat *a)
{
	json_t *o = json_object();
	json_object_set_new(o, "kode", teks(a->r->kode));
	json_object_set_new(o, "induk", teks(a->r->induk));
	json_object_set_new(o, "uraian", teks(a->r->uraian));
	json_object_set_new(o, "jumlah_indikator", json_integer(a->jumlah_indikator));
	json_object_set_new(o, "capaian", ukur_json_angka(a->ada_capaian, a->capaian));
	json_object_set_new(o, "predikat", teks(a->predikat));
	json_object_set_new(o, "capaian_akhir",
			    ukur_json_angka(a->ada_capaian_akhir, a->capaian_akhir));
	/* Sums are always computable (0 without programs); only ratios can be null. */
	json_object_set_new(o, "pagu", json_integer(a->pagu));
	json_object_set_new(o, "realisasi_anggaran", json_integer(a->realisasi_anggaran));
	json_object_set_new(o, "serapan", ukur_json_angka(a->ada_serapan, a->serapan));
	json_object_set_new(o, "efisiensi", ukur_json_angka(a->ada_efisiensi, a->efisiensi));
	return o;
}

json_t *ukur_json_proyeksi(const struct proyeksi *pr)
{
	if (!pr->ada)
		return json_null();
	json_t *o = json_object();
	json_object_set_new(o, "tahun_akhir", json_integer(pr->tahun_akhir));
	json_object_set_new(o, "target_akhir", json_real(angka_bulat(pr->target_akhir, 4)));
	json_object_set_new(o, "laju_diperlukan",
			    ukur_json_angka(pr->ada_laju_diperlukan, pr->laju_diperlukan));
	json_t *arr = json_array();
	for (int k = 0; k < PROYEKSI_N_METODE; k++) {
		const struct proyeksi_metode_hasil *h = &pr->metode[k];
		if (!h->ada)
			continue;
		json_t *mo = json_object();
		json_object_set_new(mo, "nama", json_string(proyeksi_metode_nama(k)));
		json_object_set_new(mo, "nilai", json_real(angka_bulat(h->nilai, 4)));
		json_object_set_new(mo, "laju", json_real(angka_bulat(h->laju, 4)));
		json_object_set_new(mo, "status", json_string(proyeksi_status_nama(h->status)));
		json_array_append_new(arr, mo);
	}
	json_object_set_new(o, "metode", arr);
	return o;
}

/* The capaian's note, and why there is no projection when there is none. */
static json_t *catatan(const struct ukur_indikator *u, const struct proyeksi *pr)
{
	if (pr->ada || !pr->catatan)
		return teks(u->capaian.catatan);
	if (!u->capaian.catatan)
		return json_sprintf("proyeksi: %s", pr->catatan);
	return json_sprintf("%s; proyeksi: %s", u->capaian.catatan, pr->catatan);
}

json_t *ukur_json_indikator(const struct ukur_indikator *u)
{
	const struct indikator *ind = u->ind;
	json_t *o = json_object();
	json_object_set_new(o, "kode", teks(ind->kode));
	json_object_set_new(o, "induk", teks(ind->induk));
	json_object_set_new(o, "uraian", teks(ind->uraian));
	json_object_set_new(o, "satuan", teks(ind->satuan));
	json_object_set_new(o, "arah", json_string(model_arah_nama(ind->arah)));
	if (u->target) {
		char buf[128];
		const char *t = u->target->nilai.teks
					? u->target->nilai.teks
					: nilai_tampil(&u->target->nilai, 2, buf, sizeof(buf));
		json_object_set_new(o, "target", json_string(t));
	} else {
		json_object_set_new(o, "target", json_null());
	}
	json_t *r = json_null();
	if (u->realisasi.jenis == NILAI_ANGKA)
		r = json_real(angka_bulat(u->realisasi.a, 4));
	else if (u->realisasi.jenis == NILAI_KATEGORI)
		r = json_string(u->realisasi.kategori);
	json_object_set_new(o, "realisasi", r);
	json_object_set_new(o, "capaian", ukur_json_angka(u->capaian.ada, u->capaian.nilai));
	json_object_set_new(o, "predikat", teks(u->predikat));
	json_object_set_new(o, "capaian_akhir",
			    ukur_json_angka(u->capaian_akhir.ada, u->capaian_akhir.nilai));
	json_object_set_new(o, "catatan", teks(u->capaian.catatan));
	return o;
}

/* A value as the JSON writes it: a number, a category, or null. */
static json_t *nilai_json(const struct nilai *v)
{
	if (v && v->jenis == NILAI_ANGKA)
		return json_real(angka_bulat(v->a, 4));
	if (v && v->jenis == NILAI_KATEGORI)
		return json_string(v->kategori);
	return json_null();
}

static json_t *target_json(const struct target *t)
{
	if (!t)
		return json_null();
	char buf[128];
	return json_string(t->nilai.teks ? t->nilai.teks : nilai_tampil(&t->nilai, 2, buf, sizeof(buf)));
}

/*
 * The rencana aksi of an indicator: its quarters with a target or a realisasi
 * (siklus.md). target is what the quarter was measured against (acuan: its
 * own target, else the year's); target_triwulan says which.
 */
static json_t *triwulan_json(const struct ukur_indikator *u)
{
	const struct ukur_tw *q = u->tw;
	int n = u->n_tw;
	json_t *a = json_array();
	for (int i = 0; i < n; i++)
		json_array_append_new(
		    a, json_pack("{s:i, s:o, s:b, s:o, s:o}", "triwulan", q[i].triwulan, "target",
				 target_json(q[i].acuan), "target_triwulan", q[i].target != NULL,
				 "realisasi", nilai_json(q[i].realisasi), "capaian",
				 ukur_json_angka(q[i].capaian.ada, q[i].capaian.nilai)));
	return a;
}

json_t *ukur_json(const struct pengukuran *p)
{
	const struct model *m = p->m;
	json_t *root = json_object();
	json_t *pemda = json_object();
	json_object_set_new(pemda, "kode", teks(m->pemda.kode));
	json_object_set_new(pemda, "nama", teks(m->pemda.nama));
	json_object_set_new(root, "pemda", pemda);
	json_object_set_new(root, "tahun", json_integer(p->tahun));

	json_t *arr = json_array();
	for (int i = 0; i < p->n_indikator; i++) {
		const struct ukur_indikator *u = &p->indikator[i];
		json_t *o = ukur_json_indikator(u);
		struct proyeksi pr;
		tren_proyeksi(m, u->ind, p->tahun, &pr);
		json_object_set_new(o, "catatan", catatan(u, &pr));
		json_object_set_new(o, "proyeksi", ukur_json_proyeksi(&pr));
		json_object_set_new(o, "triwulan", triwulan_json(u));
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "indikator", arr);

	arr = json_array();
	for (int i = 0; i < p->n_sasaran; i++)
		json_array_append_new(arr, agregat(&p->sasaran[i]));
	json_object_set_new(root, "sasaran", arr);
	arr = json_array();
	for (int i = 0; i < p->n_tujuan; i++)
		json_array_append_new(arr, agregat(&p->tujuan[i]));
	json_object_set_new(root, "tujuan", arr);

	json_t *rk = json_object();
	for (int i = 0; i < m->pemda.predikat.n; i++)
		json_object_set_new(rk, m->pemda.predikat.kelas[i].nama,
				    json_integer(p->jumlah_predikat[i]));
	json_object_set_new(rk, "belum_ada_data", json_integer(p->belum_ada_data));
	json_object_set_new(rk, "tidak_dapat_dihitung", json_integer(p->tidak_dapat_dihitung));
	json_object_set_new(rk, "pagu", json_integer(p->pagu));
	json_object_set_new(rk, "realisasi_anggaran", json_integer(p->realisasi_anggaran));
	json_object_set_new(rk, "serapan", ukur_json_angka(p->ada_serapan, p->serapan));
	json_object_set_new(root, "ringkasan", rk);
	/* The OPD ranked (siklus.md); empty without OPD. */
	struct kaskade k;
	kaskade_hitung(p, &k);
	json_object_set_new(root, "opd", kaskade_json_peringkat(&k));
	kaskade_release(&k);
	/* siklus.md: a locked year says so ("Data dikunci per …"), else null. */
	const struct kunci_tahun *kt = model_kunci(m, p->tahun);
	json_t *kj = json_null();
	if (kt) {
		char w[48];
		waktu_utc_wib(kt->waktu, w, sizeof(w));
		json_decref(kj);
		kj = json_pack("s+++", "Data dikunci per ", w, " oleh ", kt->oleh);
	}
	json_object_set_new(root, "kunci", kj);
	return root;
}

char *ukur_json_tulis(json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
	json_decref(j);
	return s;
}

char *ukur_json_teks(const struct pengukuran *p)
{
	return ukur_json_tulis(ukur_json(p));
}
