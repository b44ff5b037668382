/*
 * The JSON API of antarmuka.md, and the realisasi write path (direct write
 * or submission, verification) that the pages share. See web_int.h.
 */
#include <microhttpd.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "../core/reviu.h"
#include "../report/reviu_json.h"
#include "web.h"
#include "web_int.h"

#define TULIS "admin,perencana,operator"
#define PERIKSA "admin,perencana"

/* ---- the realisasi write path ---- */

const char *web_nilai_cek(struct web_req *r, const struct model *m,
			     const struct indikator *ind, const char *teks, struct arena *a,
			     struct nilai *v)
{
	const struct skala *sk = ind->arah == ARAH_KATEGORI ? model_skala(m, ind->skala) : NULL;
	if (!teks)
		return "realisasi wajib diisi";
	if (strlen(teks) > 100)
		return "realisasi terlalu panjang";
	enum angka_hasil h = nilai_parse(teks, GAYA_TIDAK_TAHU, sk, 0, a, v, NULL);
	switch (h) {
	case ANGKA_OK:
		break;
	case ANGKA_KOSONG:
		return "realisasi wajib diisi (angka)";
	case ANGKA_AMBIGU:
		return arena_printf(&r->arena,
				    "'%s' ambigu: tulis tanpa pemisah ribuan (mis. 1234) atau "
				    "dengan koma desimal (mis. 1,234)",
				    teks);
	default:
		if (sk)
			return arena_printf(&r->arena, "'%s' bukan angka atau kategori skala %s",
					    teks, sk->nama);
		return arena_printf(&r->arena, "'%s' bukan angka (contoh: 72,47)", teks);
	}
	if (v->jenis == NILAI_RENTANG)
		return "realisasi harus satu angka, bukan rentang";
	return NULL;
}

int web_realisasi_simpan(struct web_req *r, const char *pemda, const char *kode, int tahun,
			 int triwulan, const char *teks, const char **pesan, int64_t *id)
{
	*id = 0;
	if (!web_peran(r, TULIS))
		return *pesan = "peran Anda tidak boleh mengisi realisasi", 403;
	if (!pemda || !kode)
		return *pesan = "pemda dan indikator wajib diisi", 400;
	if (!web_boleh_pemda(r, pemda))
		return *pesan = "Anda tidak boleh mengubah data pemda ini", 403;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	int status = 500;
	if (store_muat(r->s, pemda, &m, &g)) {
		status = g.pengguna ? 404 : 500;
		*pesan = g.pengguna ? "pemda tidak dikenal" : "basis data";
		goto out;
	}
	const struct indikator *ind = model_indikator(&m, kode);
	if (!ind) {
		status = 404;
		*pesan = "indikator tidak dikenal";
		goto out;
	}
	int operator = strcmp(r->u.peran, "operator") == 0;
	if (operator && (!ind->opd || strcmp(ind->opd, r->u.opd) != 0)) {
		status = 403;
		*pesan = "indikator ini milik OPD lain";
		goto out;
	}
	if (tahun < 1900 || tahun > 2200) {
		status = 400;
		*pesan = "tahun tidak sah";
		goto out;
	}
	if (triwulan < 0 || triwulan > 4) {
		status = 400;
		*pesan = "triwulan harus 0 (setahun) sampai 4";
		goto out;
	}
	struct nilai v;
	if ((*pesan = web_nilai_cek(r, &m, ind, teks, &m.arena, &v))) {
		status = 400;
		goto out;
	}
	char kanonik[128];
	nilai_kanonik(&v, kanonik, sizeof(kanonik));
	if (store_begin(r->s, &g)) {
		*pesan = "basis data sibuk";
		goto out;
	}
	if (operator) {
		char kunci[160];
		if (store_web_usulan_tambah(r->s, pemda, ind->kode, tahun, triwulan, kanonik,
					    r->u.nama, id, &g))
			goto gagal;
		snprintf(kunci, sizeof(kunci), "%s/%d/%d #%lld", ind->kode, tahun, triwulan,
			 (long long)*id);
		if (store_audit(r->s, r->u.nama, pemda, "realisasi_usulan", kunci, NULL, kanonik, &g))
			goto gagal;
		status = 202;
	} else {
		struct realisasi rr = {.indikator = ind->kode, .tahun = tahun, .triwulan = triwulan,
				       .nilai = v};
		enum store_ubah ubah;
		if (store_simpan_realisasi(r->s, pemda, &rr, r->u.nama, &ubah, &g))
			goto gagal;
		status = 200;
	}
	if (store_commit(r->s, &g))
		goto gagal;
	*pesan = NULL;
	goto out;
gagal:
	store_rollback(r->s);
	status = 500;
	*pesan = arena_strdup(&r->arena, g.pesan);
out:
	model_release(&m);
	return status;
}

int web_realisasi_verifikasi(struct web_req *r, int64_t id, int setuju, const char *alasan,
			     const char **pesan)
{
	if (!web_peran(r, PERIKSA))
		return *pesan = "hanya perencana atau admin yang memverifikasi", 403;
	struct store_usulan u;
	int ada = store_web_usulan_cari(r->s, id, &u);
	if (ada <= 0)
		return *pesan = ada < 0 ? "basis data" : "usulan tidak dikenal", ada < 0 ? 500 : 404;
	if (!web_boleh_pemda(r, u.pemda))
		return *pesan = "Anda tidak boleh mengubah data pemda ini", 403;
	if (strcmp(u.status, "diajukan") != 0)
		return *pesan = "usulan ini sudah diperiksa", 409;
	if (alasan && strlen(alasan) > 500)
		return *pesan = "alasan terlalu panjang (maks. 500 karakter)", 400;
	if (!setuju && (!alasan || !*alasan))
		return *pesan = "alasan wajib diisi bila usulan dikembalikan", 400;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	int status = 500;
	*pesan = "basis data";
	char kunci[160];
	snprintf(kunci, sizeof(kunci), "%s/%d/%d #%lld", u.indikator, u.tahun, u.triwulan,
		 (long long)u.id);
	if (setuju) {
		if (store_muat(r->s, u.pemda, &m, &g))
			goto out;
		const struct indikator *ind = model_indikator(&m, u.indikator);
		struct nilai v;
		if (!ind || (*pesan = web_nilai_cek(r, &m, ind, u.nilai, &m.arena, &v))) {
			status = 400;
			if (!ind)
				*pesan = "indikator tidak dikenal";
			goto out;
		}
		if (store_begin(r->s, &g))
			goto out;
		struct realisasi rr = {.indikator = ind->kode, .tahun = u.tahun,
				       .triwulan = u.triwulan, .nilai = v};
		enum store_ubah ubah;
		if (store_simpan_realisasi(r->s, u.pemda, &rr, r->u.nama, &ubah, &g) ||
		    store_web_usulan_status(r->s, id, "disetujui", r->u.nama, alasan, &g) ||
		    store_audit(r->s, r->u.nama, u.pemda, "realisasi_usulan", kunci, "diajukan",
				"disetujui", &g))
			goto gagal;
	} else {
		if (store_begin(r->s, &g))
			goto out;
		const char *baru = arena_printf(&r->arena, "dikembalikan: %s", alasan);
		if (store_web_usulan_status(r->s, id, "dikembalikan", r->u.nama, alasan, &g) ||
		    store_audit(r->s, r->u.nama, u.pemda, "realisasi_usulan", kunci, "diajukan",
				baru, &g))
			goto gagal;
	}
	if (store_commit(r->s, &g))
		goto gagal;
	status = 200;
	*pesan = NULL;
	goto out;
gagal:
	store_rollback(r->s);
	*pesan = arena_strdup(&r->arena, g.pesan);
out:
	model_release(&m);
	return status;
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
	json_t *j = body_json(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus JSON {\"nama\", \"kata_sandi\"}");
	const char *pesan;
	int st = web_sesi_masuk(r, str(j, "nama"), str(j, "kata_sandi"), &pesan);
	json_decref(j);
	if (st)
		return web_galat(r, st, pesan);
	web_json(r, 200,
		 json_pack("{s:s, s:s, s:s, s:s?}", "csrf", r->csrf, "peran", r->u.peran, "nama",
			   r->u.nama, "opd", r->u.opd[0] ? r->u.opd : NULL));
}

void api_keluar(struct web_req *r)
{
	web_sesi_keluar(r);
	web_json(r, 200, json_pack("{s:s}", "status", "keluar"));
}

void api_capaian(struct web_req *r)
{
	const char *pemda;
	int tahun;
	if (param_pemda_tahun(r, &pemda, &tahun))
		return;
	int status = 500;
	char *j = web_capaian_json(r, pemda, tahun, &status);
	if (!j)
		return web_galat(r, status, status == 404 ? "pemda tidak dikenal" : "basis data");
	buf_adopt(&r->out, j, strlen(j));
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
	json_decref(j);
	if (st >= 400)
		return web_galat(r, st, pesan);
	if (st == 202)
		web_json(r, 202, json_pack("{s:s, s:I}", "status", "diajukan", "id", (json_int_t)id));
	else
		web_json(r, 200, json_pack("{s:s}", "status", "disimpan"));
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
		return web_galat(r, 500, "basis data");
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
	if (pemda && !web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
	json_t *a = json_array();
	struct galat g;
	galat_init(&g);
	if (store_audit_daftar(r->s, pemda, 500, audit_satu, a, &g)) {
		json_decref(a);
		return web_galat(r, 500, "basis data");
	}
	web_json(r, 200, json_pack("{s:o}", "audit", a));
}

static int pengguna_satu(const struct store_pengguna *u, void *arg)
{
	json_array_append_new(arg, json_pack("{s:s, s:s, s:s?, s:s?, s:b}", "nama", u->nama,
					     "peran", u->peran, "opd", u->opd[0] ? u->opd : NULL,
					     "pemda", u->pemda[0] ? u->pemda : NULL, "aktif",
					     u->aktif));
	return 0;
}

void api_pengguna(struct web_req *r)
{
	if (!web_peran(r, "admin"))
		return web_galat(r, 403, "hanya admin yang mengelola pengguna");
	json_t *a = json_array();
	struct galat g;
	galat_init(&g);
	store_web_pengguna_daftar(r->s, pengguna_satu, a, &g);
	web_json(r, 200, json_pack("{s:o}", "pengguna", a));
}

int web_pengguna_tambah(struct web_req *r, const char *nama, const char *peran, const char *opd,
			const char *pemda, const char *sandi, const char **pesan)
{
	if (!web_peran(r, "admin"))
		return *pesan = "hanya admin yang mengelola pengguna", 403;
	if (!nama || !*nama || strlen(nama) > 60)
		return *pesan = "nama wajib diisi (maks. 60 karakter)", 400;
	for (const char *p = nama; *p; p++)
		if (!(*p == '.' || *p == '_' || *p == '-' || (*p >= '0' && *p <= '9') ||
		      (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			return *pesan = "nama hanya huruf, angka, titik, garis bawah", 400;
	if (!web_peran_sah(peran))
		return *pesan = "peran tidak dikenal", 400;
	if (opd && !*opd)
		opd = NULL;
	if (pemda && !*pemda)
		pemda = NULL;
	if (strcmp(peran, "operator") == 0 && !opd)
		return *pesan = "operator wajib punya OPD", 400;
	if ((opd && strlen(opd) > 60) || (pemda && strlen(pemda) > 30))
		return *pesan = "OPD atau pemda terlalu panjang", 400;
	if (!sandi || strlen(sandi) < 8 || strlen(sandi) > 200)
		return *pesan = "kata sandi minimal 8 karakter", 400;
	char hash[crypto_pwhash_STRBYTES];
	if (web_sandi_hash(sandi, hash, sizeof(hash)))
		return *pesan = "tidak dapat membuat hash", 500;
	struct galat g;
	galat_init(&g);
	char baru[200];
	snprintf(baru, sizeof(baru), "peran=%s opd=%s pemda=%s", peran, opd ? opd : "",
		 pemda ? pemda : "");
	if (store_begin(r->s, &g))
		return *pesan = "basis data sibuk", 500;
	if (store_web_pengguna_tambah(r->s, nama, peran, opd, pemda, hash, &g) ||
	    store_audit(r->s, r->u.nama, pemda, "pengguna", nama, NULL, baru, &g)) {
		store_rollback(r->s);
		*pesan = arena_strdup(&r->arena, g.pesan);
		return g.pengguna ? 409 : 500;
	}
	if (store_commit(r->s, &g))
		return *pesan = "basis data", 500;
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

/* The user an admin acts on: 0 with *u filled (hash wiped), else the HTTP status. */
static int pengguna_sasaran(struct web_req *r, const char *nama, struct store_pengguna *u,
			    const char **pesan)
{
	if (!web_peran(r, "admin"))
		return *pesan = "hanya admin yang mengelola pengguna", 403;
	if (!nama || !*nama || strlen(nama) > 60)
		return *pesan = "nama wajib diisi (maks. 60 karakter)", 400;
	int ada = store_web_pengguna_cari(r->s, nama, u);
	if (ada < 0)
		return *pesan = "basis data", 500;
	sodium_memzero(u->hash, sizeof(u->hash));
	if (!ada)
		return *pesan = "pengguna tidak dikenal", 404;
	return 0;
}

int web_pengguna_status(struct web_req *r, const char *nama, int aktif, const char **pesan)
{
	struct store_pengguna u;
	int st = pengguna_sasaran(r, nama, &u, pesan);
	if (st)
		return st;
	if (!aktif && u.id == r->u.id)
		return *pesan = "Anda tidak dapat menonaktifkan akun sendiri", 400;
	if (!u.aktif == !aktif)
		return 200;
	struct galat g;
	galat_init(&g);
	if (store_begin(r->s, &g))
		return *pesan = "basis data sibuk", 500;
	if (store_web_pengguna_aktif(r->s, u.id, aktif, &g) ||
	    (!aktif && store_web_sesi_hapus_pengguna(r->s, u.id, NULL, &g)) ||
	    store_audit(r->s, r->u.nama, u.pemda[0] ? u.pemda : NULL, "pengguna", u.nama,
			aktif ? "aktif=0" : "aktif=1", aktif ? "aktif=1" : "aktif=0", &g)) {
		store_rollback(r->s);
		return *pesan = "basis data", 500;
	}
	if (store_commit(r->s, &g))
		return *pesan = "basis data", 500;
	return 200;
}

int web_pengguna_sandi(struct web_req *r, const char *nama, const char *baru,
		       const char **pesan)
{
	struct store_pengguna u;
	int st = pengguna_sasaran(r, nama, &u, pesan);
	if (st)
		return st;
	if (!baru || strlen(baru) < 8 || strlen(baru) > 200)
		return *pesan = "kata sandi baru minimal 8 karakter (maks. 200)", 400;
	char hash[crypto_pwhash_STRBYTES];
	if (web_sandi_hash(baru, hash, sizeof(hash)))
		return *pesan = "tidak dapat membuat hash", 500;
	struct galat g;
	galat_init(&g);
	if (store_begin(r->s, &g))
		return *pesan = "basis data sibuk", 500;
	/* Whoever knew the old password is logged out; an admin resetting their own keeps this
	 * session. */
	if (store_web_pengguna_sandi(r->s, u.id, hash, &g) ||
	    store_web_sesi_hapus_pengguna(r->s, u.id, u.id == r->u.id ? r->token_hash : NULL,
					  &g) ||
	    store_audit(r->s, r->u.nama, u.pemda[0] ? u.pemda : NULL, "pengguna", u.nama, NULL,
			"kata sandi direset", &g)) {
		store_rollback(r->s);
		return *pesan = "basis data", 500;
	}
	if (store_commit(r->s, &g))
		return *pesan = "basis data", 500;
	/* A reset also lifts the throttle on the name. */
	char kunci[96];
	snprintf(kunci, sizeof(kunci), "nama:%s", u.nama);
	store_web_gagal_hapus(r->s, kunci, &g);
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
	json_array_append_new(arg, json_string(kode));
	return 0;
}

void api_pemda(struct web_req *r)
{
	json_t *a = json_array();
	struct galat g;
	galat_init(&g);
	store_pemda_daftar(r->s, pemda_satu, a, &g);
	web_json(r, 200, json_pack("{s:o}", "pemda", a));
}
