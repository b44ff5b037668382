/*
 * The JSON API of antarmuka.md, and the adapters from a request to the use
 * cases of src/layanan/ (realisasi, users) that the pages share. See web_int.h.
 */
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/angka.h"
#include "../core/reviu.h"
#include "../layanan/evaluasi.h"
#include "../layanan/pengguna.h"
#include "../layanan/usulan.h"
#include "../report/reviu_json.h"
#include "web.h"
#include "web_int.h"

#define TULIS "admin,perencana,operator"
#define PERIKSA "admin,perencana"
#define PESAN_SIBUK "basis data sibuk atau galat; coba lagi"

/* ---- the realisasi write path (src/layanan/usulan.c) ---- */

const char *web_nilai_cek(struct web_req *r, const struct model *m, const struct indikator *ind,
			  const char *teks, struct arena *a, struct nilai *v)
{
	struct galat g;
	galat_init(&g);
	return usulan_nilai_cek(m, ind, teks, a, v, &g) ? web_pesan(r, &g) : NULL;
}

int web_realisasi_simpan(struct web_req *r, const char *pemda, const char *kode, int tahun,
			 int triwulan, const char *teks, const char **pesan, int64_t *id)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	struct usulan_isian isi = {.kode = kode, .teks = teks};
	int st = usulan_realisasi(r->s, &a, pemda, tahun, triwulan, &isi, 1, NULL, &g);
	*id = isi.id;
	if (st)
		return *pesan = web_pesan(r, &g), st;
	*pesan = NULL;
	return *id ? 202 : 200;
}

int web_realisasi_verifikasi(struct web_req *r, int64_t id, int setuju, const char *alasan,
			     const char **pesan)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = usulan_verifikasi(r->s, &a, id, setuju, alasan, &g);
	if (st)
		return *pesan = web_pesan(r, &g), st;
	*pesan = NULL;
	return 200;
}

/* ---- JSON helpers ---- */

static json_t *body_json(struct web_req *r)
{
	json_error_t e;
	json_t *j = json_loadb(r->body, r->nbody, JSON_REJECT_DUPLICATES, &e);
	if (j && !json_is_object(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}

/* A string member no longer than WEB_BATAS_FIELD; NULL when absent or not a string. */
static const char *str(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	if (!json_is_string(v) || json_string_length(v) > WEB_BATAS_FIELD)
		return NULL;
	return json_string_value(v);
}

json_t *web_json_isi(struct web_req *r)
{
	return body_json(r);
}

const char *web_json_teks(json_t *o, const char *k)
{
	return str(o, k);
}

static int bil(json_t *o, const char *k, int bawaan, int *out)
{
	json_t *v = json_object_get(o, k);
	if (!v || json_is_null(v))
		return *out = bawaan, 0;
	if (!json_is_integer(v))
		return -1;
	json_int_t i = json_integer_value(v);
	if (i < -100000 || i > 100000)
		return -1;
	*out = (int)i;
	return 0;
}

static int param_tahun(struct web_req *r, int *tahun)
{
	const char *t = web_param(r, "tahun");
	char *end;
	long v = t ? strtol(t, &end, 10) : 0;
	if (!t || *end || v < 1900 || v > 2200)
		return -1;
	*tahun = (int)v;
	return 0;
}

/*
 * The pemda and tahun a read of one pemda-year names, checked against the
 * session's scope; answers 400 or 403 itself and returns -1 then.
 */
static int param_pemda_tahun(struct web_req *r, const char **pemda, int *tahun)
{
	*pemda = web_param(r, "pemda");
	if (!*pemda || param_tahun(r, tahun)) {
		web_galat(r, 400, "parameter pemda dan tahun (YYYY) wajib");
		return -1;
	}
	if (!web_boleh_pemda(r, *pemda)) {
		web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
		return -1;
	}
	return 0;
}

/* ---- handlers ---- */

void api_masuk(struct web_req *r)
{
	/* Only a JSON body: a cross-site form (text/plain) cannot log a victim in. */
	const char *jenis = MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Content-Type");
	if (!jenis || strncasecmp(jenis, "application/json", 16) != 0)
		return web_galat(r, 415, "isi permintaan harus application/json");
	json_t *j = body_json(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus JSON {\"nama\", \"kata_sandi\"}");
	const char *pesan;
	int coba_lagi;
	int st = web_sesi_masuk(r, str(j, "nama"), str(j, "kata_sandi"), &pesan, &coba_lagi);
	json_decref(j);
	if (st == 429)
		r->coba_lagi = coba_lagi;
	if (st == 429)
		return web_json(r, st, json_pack("{s:s, s:i}", "galat", pesan, "coba_lagi",
						 coba_lagi));
	if (st)
		return web_galat(r, st, pesan);
	web_json(r, 200,
		 json_pack("{s:s, s:s, s:s, s:s?}", "csrf", r->csrf, "peran", r->u.peran, "nama",
			   r->u.nama, "opd", r->u.opd[0] ? r->u.opd : NULL));
}

void api_keluar(struct web_req *r)
{
	const char *pesan;
	int st = web_sesi_keluar(r, &pesan);
	if (st)
		return web_galat(r, st, pesan);
	web_json(r, 200, json_pack("{s:s}", "status", "keluar"));
}

void api_capaian(struct web_req *r)
{
	const char *pemda;
	int tahun;
	if (param_pemda_tahun(r, &pemda, &tahun))
		return;
	int status = 500;
	struct web_badan *b = web_capaian_json(r, pemda, tahun, &status);
	if (!b)
		return web_galat(r, status, status == 404 ? "pemda tidak dikenal" : "basis data");
	r->badan = b; /* sent without a copy, the reference let go when sent */
	r->status = 200;
	r->jenis = "application/json; charset=utf-8";
}

void api_reviu(struct web_req *r)
{
	const char *pemda;
	int tahun;
	if (param_pemda_tahun(r, &pemda, &tahun))
		return;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, &m, &g)) {
		model_release(&m);
		return web_galat(r, g.pengguna ? 404 : 500,
				 g.pengguna ? "pemda tidak dikenal" : "basis data");
	}
	if (layanan_evaluasi_setara(r->s, &m, &g)) { /* a printed IKM with weight 0,111 */
		model_release(&m);
		return web_galat(r, 500, "basis data");
	}
	struct reviu rv;
	reviu_jalankan(&m, tahun, &rv);
	char *j = reviu_json_teks(&rv, &m);
	buf_reset(&r->out);
	buf_puts(&r->out, j);
	free(j);
	reviu_release(&rv);
	model_release(&m);
	r->status = 200;
	r->jenis = "application/json; charset=utf-8";
}

void api_realisasi(struct web_req *r)
{
	if (!web_peran(r, TULIS))
		return web_galat(r, 403, "peran Anda tidak boleh mengisi realisasi");
	json_t *j = body_json(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	int tahun, triwulan;
	const char *pesan = NULL;
	char angka[64];
	const char *teks = NULL;
	json_t *rv = json_object_get(j, "realisasi");
	if (json_is_string(rv) && json_string_length(rv) <= 100)
		teks = json_string_value(rv);
	else if (json_is_number(rv))
		teks = angka_format_kanonik(json_number_value(rv), angka, sizeof(angka));
	if (bil(j, "tahun", 0, &tahun) || bil(j, "triwulan", 0, &triwulan)) {
		json_decref(j);
		return web_galat(r, 400, "tahun dan triwulan harus bilangan bulat");
	}
	int64_t id;
	int st = web_realisasi_simpan(r, str(j, "pemda"), str(j, "indikator"), tahun, triwulan,
				      teks, &pesan, &id);
	/* siklus.md: plausibility warnings go back with the answer, never refuse. */
	json_t *peringatan =
	    st < 400 ? web_realisasi_peringatan(r, str(j, "pemda"), str(j, "indikator"), tahun,
					   triwulan, teks)
		     : NULL;
	json_decref(j);
	if (st >= 400)
		return web_galat(r, st, pesan);
	if (st == 202)
		web_json(r, 202, json_pack("{s:s, s:I, s:o}", "status", "diajukan", "id",
					   (json_int_t)id, "peringatan", peringatan));
	else
		web_json(r, 200, json_pack("{s:s, s:o}", "status", "disimpan", "peringatan",
					   peringatan));
}

void api_verifikasi(struct web_req *r)
{
	if (!web_peran(r, PERIKSA))
		return web_galat(r, 403, "hanya perencana atau admin yang memverifikasi");
	json_t *j = body_json(r);
	json_t *id = j ? json_object_get(j, "id") : NULL;
	json_t *setuju = j ? json_object_get(j, "setuju") : NULL;
	if (!json_is_integer(id) || !json_is_boolean(setuju)) {
		json_decref(j);
		return web_galat(r, 400, "isi permintaan harus {\"id\", \"setuju\": true|false, "
					 "\"alasan\"}");
	}
	const char *pesan;
	int st = web_realisasi_verifikasi(r, json_integer_value(id), json_is_true(setuju),
					  str(j, "alasan"), &pesan);
	int ok = json_is_true(setuju);
	json_decref(j);
	if (st >= 400)
		return web_galat(r, st, pesan);
	web_json(r, 200, json_pack("{s:s}", "status", ok ? "disetujui" : "dikembalikan"));
}

struct kumpul {
	struct web_req *r;
	json_t *a;
};

static int usulan_satu(const struct store_usulan *u, void *arg)
{
	struct kumpul *k = arg;
	if (strcmp(k->r->u.peran, "operator") == 0 && strcmp(u->diajukan_oleh, k->r->u.nama) != 0)
		return 0;
	json_array_append_new(
		k->a, json_pack("{s:I, s:s, s:s, s:i, s:i, s:s, s:s, s:s, s:s, s:s?, s:s?}", "id",
				(json_int_t)u->id, "pemda", u->pemda, "indikator", u->indikator,
				"tahun", u->tahun, "triwulan", u->triwulan, "realisasi", u->nilai,
				"status", u->status, "diajukan_oleh", u->diajukan_oleh, "waktu",
				u->waktu, "diperiksa_oleh",
				u->diperiksa_oleh[0] ? u->diperiksa_oleh : NULL, "alasan",
				u->alasan[0] ? u->alasan : NULL));
	return 0;
}

void api_usulan(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda");
	if (!pemda || !*pemda)
		pemda = r->u.pemda[0] ? r->u.pemda : NULL;
	if (!pemda)
		return web_galat(r, 400, "parameter pemda wajib");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
	int tahun = 0;
	if (web_param(r, "tahun") && param_tahun(r, &tahun))
		return web_galat(r, 400, "tahun tidak sah");
	const char *status = web_param(r, "status");
	struct kumpul k = {r, json_array()};
	struct galat g;
	galat_init(&g);
	if (store_web_usulan_daftar(r->s, pemda, tahun, status, 500, usulan_satu, &k, &g)) {
		json_decref(k.a);
		return web_galat(r, 503, PESAN_SIBUK);
	}
	web_json(r, 200, json_pack("{s:o}", "usulan", k.a));
}

static int audit_satu(const struct store_audit_baris *b, void *arg)
{
	json_array_append_new(arg, json_pack("{s:I, s:s, s:s, s:s?, s:s, s:s, s:s?, s:s?}", "id",
					     (json_int_t)b->id, "waktu", b->waktu, "pengguna",
					     b->pengguna, "pemda", b->pemda, "tabel", b->tabel,
					     "kunci", b->kunci, "lama", b->lama, "baru", b->baru));
	return 0;
}

void api_audit(struct web_req *r)
{
	if (!web_peran(r, "admin,reviewer"))
		return web_galat(r, 403, "hanya admin dan reviewer yang melihat audit");
	const char *pemda = web_param(r, "pemda");
	/* Without ?pemda a scoped caller reads its own pemda, never everyone's. */
	if (!pemda || !*pemda)
		pemda = r->u.pemda[0] ? r->u.pemda : NULL;
	if (pemda && !web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
	json_t *a = json_array();
	struct galat g;
	galat_init(&g);
	if (store_audit_daftar(r->s, pemda, 500, audit_satu, a, &g)) {
		json_decref(a);
		return web_galat(r, 503, PESAN_SIBUK);
	}
	web_json(r, 200, json_pack("{s:o}", "audit", a));
}

static int pengguna_satu(const struct store_pengguna *u, void *arg)
{
	struct kumpul *k = arg;
	if (!web_boleh_pemda(k->r, u->pemda[0] ? u->pemda : NULL))
		return 0;
	json_array_append_new(k->a, json_pack("{s:s, s:s, s:s?, s:s?, s:b}", "nama", u->nama,
					      "peran", u->peran, "opd", u->opd[0] ? u->opd : NULL,
					      "pemda", u->pemda[0] ? u->pemda : NULL, "aktif",
					      u->aktif));
	return 0;
}

void api_pengguna(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return web_galat(r, 403, "hanya admin yang mengelola pengguna");
	struct kumpul k = {r, json_array()};
	struct galat g;
	galat_init(&g);
	if (store_web_pengguna_daftar(r->s, pengguna_satu, &k, &g)) {
		json_decref(k.a);
		return web_galat(r, 503, PESAN_SIBUK);
	}
	web_json(r, 200, json_pack("{s:o}", "pengguna", k.a));
}

int web_pengguna_tambah(struct web_req *r, const char *nama, const char *peran, const char *opd,
			const char *pemda, const char *sandi, const char **pesan)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = pengguna_tambah(r->s, &a, nama, peran, opd, pemda, sandi, &g);
	if (st)
		return *pesan = web_pesan(r, &g), st;
	return 201;
}

void api_pengguna_tambah(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return web_galat(r, 403, "hanya admin yang mengelola pengguna");
	json_t *j = body_json(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	const char *pesan;
	int st = web_pengguna_tambah(r, str(j, "nama"), str(j, "peran"), str(j, "opd"),
				     str(j, "pemda"), str(j, "kata_sandi"), &pesan);
	json_decref(j);
	if (st >= 400)
		return web_galat(r, st, pesan);
	web_json(r, 201, json_pack("{s:s}", "status", "dibuat"));
}

int web_pengguna_status(struct web_req *r, const char *nama, int aktif, const char **pesan)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = pengguna_status(r->s, &a, nama, aktif, &g);
	if (st)
		return *pesan = web_pesan(r, &g), st;
	return 200;
}

int web_pengguna_sandi(struct web_req *r, const char *nama, const char *baru,
		       const char **pesan)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = pengguna_sandi_reset(r->s, &a, nama, baru, r->token_hash, &g);
	if (st)
		return *pesan = web_pesan(r, &g), st;
	return 200;
}

void api_pengguna_status(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return web_galat(r, 403, "hanya admin yang mengelola pengguna");
	json_t *j = body_json(r);
	json_t *aktif = j ? json_object_get(j, "aktif") : NULL;
	if (!json_is_boolean(aktif)) {
		json_decref(j);
		return web_galat(r, 400,
				 "isi permintaan harus JSON {\"nama\", \"aktif\": true|false}");
	}
	const char *pesan;
	int st = web_pengguna_status(r, str(j, "nama"), json_is_true(aktif), &pesan);
	int hasil = json_is_true(aktif);
	json_decref(j);
	if (st != 200)
		return web_galat(r, st, pesan);
	web_json(r, 200, json_pack("{s:s, s:b}", "status", hasil ? "aktif" : "nonaktif", "aktif",
				   hasil));
}

void api_pengguna_sandi(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return web_galat(r, 403, "hanya admin yang mengelola pengguna");
	json_t *j = body_json(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus JSON {\"nama\", \"baru\"}");
	const char *pesan;
	int st = web_pengguna_sandi(r, str(j, "nama"), str(j, "baru"), &pesan);
	json_decref(j);
	if (st != 200)
		return web_galat(r, st, pesan);
	web_json(r, 200, json_pack("{s:s}", "status", "direset"));
}

void api_sandi(struct web_req *r)
{
	json_t *j = body_json(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus JSON {\"lama\", \"baru\"}");
	const char *pesan;
	int st = web_sandi_ubah(r, str(j, "lama"), str(j, "baru"), &pesan);
	json_decref(j);
	if (st != 200)
		return web_galat(r, st, pesan);
	web_json(r, 200, json_pack("{s:s}", "status", "diubah"));
}

static int pemda_satu(const char *kode, void *arg)
{
	struct kumpul *k = arg;
	if (web_boleh_pemda(k->r, kode))
		json_array_append_new(k->a, json_string(kode));
	return 0;
}

void api_pemda(struct web_req *r)
{
	struct kumpul k = {r, json_array()};
	struct galat g;
	galat_init(&g);
	if (store_pemda_daftar(r->s, pemda_satu, &k, &g)) {
		json_decref(k.a);
		return web_galat(r, 503, PESAN_SIBUK);
	}
	web_json(r, 200, json_pack("{s:o}", "pemda", k.a));
}
