/* The evaluation's and the surveys' JSON; see evaluasi_json.h. */
#include "evaluasi_json.h"

#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/skala.h"

static json_t *angka(double v)
{
	return json_real(angka_bulat(v, 4));
}

static json_t *teks(const char *s)
{
	return s ? json_string(s) : json_null();
}

const char *evaluasi_sumber_nama(enum lke_sumber s)
{
	return s == LKE_SUMBER_EVALUATOR ? "evaluator" : s == LKE_SUMBER_KOSONG ? NULL : "mandiri";
}

static json_t *butir_json(const struct evaluasi_lembar *e, int i)
{
	const struct lke_butir *b = &e->k->butir[i];
	const struct lke_skor *sk = &e->skor[i];
	json_t *o = json_object();
	json_object_set_new(o, "kode", json_string(b->kode));
	json_object_set_new(o, "uraian", json_string(b->uraian));
	if (e->isian && (b->tipe != LKE_GRUP || b->n_anak == 0)) {
		const struct evaluasi_isian *x = &e->isian[i];
		json_object_set_new(o, "jawab",
				    json_string(b->tipe != LKE_GRUP ? lke_kata_tipe[b->tipe] : "nilai"));
		json_object_set_new(
		    o, "jawaban",
		    json_pack("{s:s, s:s, s:s, s:s}", "mandiri", x->mandiri ? x->mandiri : "",
			      "evaluator", x->evaluator ? x->evaluator : "", "catatan",
			      x->catatan ? x->catatan : "", "bukti", x->bukti ? x->bukti : ""));
	}
	if (b->tipe != LKE_GRUP) {
		json_object_set_new(o, "nilai", sk->sumber ? angka(sk->nilai) : json_null());
		json_object_set_new(o, "sumber", teks(lke_sumber_nama(sk->sumber)));
		return o;
	}
	json_object_set_new(o, "bobot", angka(b->bobot));
	json_object_set_new(o, "nilai", angka(sk->nilai));
	json_object_set_new(o, "persen", angka(sk->persen));
	json_object_set_new(o, "sumber", teks(evaluasi_sumber_nama(sk->sumber)));
	json_t *sub = json_array(), *kri = json_array();
	for (int j = 0; j < e->k->n; j++) {
		if (e->k->butir[j].induk_i != i)
			continue;
		json_array_append_new(e->k->butir[j].tipe == LKE_GRUP ? sub : kri,
				      butir_json(e, j));
	}
	json_object_set_new(o, "subkomponen", sub);
	if (json_array_size(kri))
		json_object_set_new(o, "kriteria", kri);
	else
		json_decref(kri);
	return o;
}

json_t *evaluasi_json_lembar(const struct evaluasi_lembar *e)
{
	json_t *o = json_object();
	if (!e->k) {
		json_object_set_new(o, "kerangka", json_null());
		json_object_set_new(o, "komponen", json_array());
		json_object_set_new(o, "total", json_null());
		json_object_set_new(o, "predikat", json_null());
		json_object_set_new(o, "sumber", json_null());
		json_object_set_new(o, "lengkap", json_false());
		return o;
	}
	json_object_set_new(o, "kerangka", json_string(e->k->kode));
	json_t *kom = json_array();
	for (int i = 0; i < e->k->n; i++)
		if (e->k->butir[i].induk_i < 0)
			json_array_append_new(kom, butir_json(e, i));
	json_object_set_new(o, "komponen", kom);
	json_object_set_new(o, "total", angka(e->hasil->total.nilai));
	json_object_set_new(o, "predikat", teks(e->hasil->predikat));
	json_object_set_new(o, "sumber", teks(evaluasi_sumber_nama(e->sumber)));
	json_object_set_new(o, "lengkap", json_boolean(e->hasil->lengkap));
	return o;
}

json_t *evaluasi_json(const struct evaluasi_laporan *l)
{
	json_t *akar = evaluasi_json_lembar(&l->lembar);
	json_object_set_new(akar, "pemda",
			    json_pack("{s:s, s:s}", "kode", l->pemda_kode, "nama", l->pemda_nama));
	json_object_set_new(akar, "tahun", json_integer(l->tahun));
	json_object_set_new(akar, "opd", l->opd && *l->opd ? json_string(l->opd) : json_null());
	json_t *r = json_array();
	for (int t = 0; t < l->n_riwayat; t++) {
		json_t *x = evaluasi_json_lembar(&l->riwayat[t]);
		json_object_set_new(x, "tahun", json_integer(l->riwayat[t].tahun));
		json_array_append_new(r, x);
	}
	json_object_set_new(akar, "riwayat", r);
	json_t *po = json_array();
	for (int q = 0; q < l->n_opd; q++) {
		const struct evaluasi_opd *x = &l->opd_peringkat[q];
		json_array_append_new(po, json_pack("{s:s, s:s, s:f, s:o, s:i}", "kode", x->kode,
						    "nama", x->nama, "total",
						    angka_bulat(x->total, 4), "predikat",
						    teks(x->predikat), "peringkat", x->peringkat));
	}
	json_object_set_new(akar, "opd_peringkat", po);
	json_t *rk = json_array();
	for (int i = 0; i < l->n_rekomendasi; i++) {
		const struct dok_rekomendasi *x = &l->rekomendasi[i];
		json_array_append_new(rk, json_pack("{s:s, s:s, s:s, s:s}", "nomor", x->nomor,
						    "uraian", x->uraian, "tindak_lanjut",
						    x->tindak_lanjut, "status", x->status));
	}
	json_object_set_new(akar, "rekomendasi", rk);
	return akar;
}

/* ---- surveys ---- */

static json_t *angka_ada(int ada, double v)
{
	return ada ? json_real(angka_bulat(v, 4)) : json_null();
}

const char *survei_mutu(const struct skala *mutu, int ada, double v)
{
	if (!ada || !mutu)
		return NULL;
	const struct skala_kelas *k = skala_kelas_skor(mutu, angka_bulat(v, 2));
	return k ? k->nama : NULL;
}

/* ikm, mutu, kinerja, responden, unsur[], unit[] of period ip into o. */
static void periode_json(const struct survei_laporan *l, int ip, json_t *o)
{
	const struct ikm_hitung *h = l->h;
	int nu = h->n_unsur;
	struct ikm_unsur *un = calloc((size_t)(nu > 0 ? nu : 1), sizeof(*un));
	if (!un)
		abort(); /* out of memory: as the arena does */
	struct ikm_hasil ha;
	ikm_pemda(h, ip, l->agregat, l->mutu, un, &ha);
	json_object_set_new(o, "ikm", angka_ada(ha.ada, ha.ikm));
	json_object_set_new(o, "mutu", teks(ha.mutu));
	json_object_set_new(o, "kinerja", teks(ikm_mutu_kinerja(ha.mutu)));
	json_object_set_new(o, "responden", json_integer(ha.responden));
	json_t *ju = json_array();
	for (int u = 0; u < nu; u++)
		json_array_append_new(
		    ju, json_pack("{s:s, s:o, s:o, s:o}", "kode", l->unsur[u], "nrr",
				  angka_ada(un[u].ada, un[u].nrr), "indeks",
				  angka_ada(un[u].ada, un[u].indeks), "mutu",
				  teks(survei_mutu(l->mutu, un[u].ada, un[u].indeks))));
	json_object_set_new(o, "unsur", ju);
	json_t *jt = json_array();
	for (int t = 0; t < h->n_unit; t++) {
		struct ikm_hasil hu;
		ikm_unit(h, ip, t, l->mutu, un, &hu);
		if (!hu.responden)
			continue;
		json_array_append_new(jt,
				      json_pack("{s:s, s:o, s:o, s:I}", "kode", l->unit[t], "ikm",
						angka_ada(hu.ada, hu.ikm), "mutu", teks(hu.mutu),
						"responden", (json_int_t)hu.responden));
	}
	json_object_set_new(o, "unit", jt);
	free(un);
}

json_t *survei_json(const struct survei_laporan *l, int riwayat)
{
	json_t *akar = json_object();
	json_object_set_new(akar, "pemda",
			    json_pack("{s:s, s:s}", "kode", l->pemda_kode, "nama", l->pemda_nama));
	json_object_set_new(akar, "survei", json_string(l->kode));
	json_object_set_new(akar, "periode", json_string(l->periode[l->ip]));
	json_object_set_new(akar, "ikm_agregat", json_string(ikm_agregat_nama(l->agregat)));
	json_t *p = json_object();
	periode_json(l, l->ip, p);
	json_object_update(akar, p);
	json_decref(p);
	/* The key order of antarmuka.md: indikator after responden. */
	json_t *un = json_incref(json_object_get(akar, "unsur"));
	json_t *ut = json_incref(json_object_get(akar, "unit"));
	json_object_del(akar, "unsur");
	json_object_del(akar, "unit");
	json_object_set_new(akar, "indikator",
			    l->indikator && *l->indikator ? json_string(l->indikator)
							  : json_null());
	json_object_set_new(akar, "unsur", un);
	json_object_set_new(akar, "unit", ut);
	if (riwayat) {
		json_object_set_new(akar, "uraian", json_string(l->uraian ? l->uraian : ""));
		json_t *r = json_array();
		for (int i = 0; i < l->h->n_periode; i++) {
			json_t *x = json_pack("{s:s}", "periode", l->periode[i]);
			periode_json(l, i, x);
			json_array_append_new(r, x);
		}
		json_object_set_new(akar, "riwayat", r);
	}
	return akar;
}
