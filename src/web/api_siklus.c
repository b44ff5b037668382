/*
 * The API of the year's controls (layanan/kunci.c): POST /api/kunci
 * {pemda,tahun} and POST /api/kunci/buka {pemda,tahun,alasan} for admins,
 * GET /api/jadwal?pemda= (the windows and the one open now) and PUT
 * /api/jadwal {pemda,tahun,triwulan,buka,tutup} for planners.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "../layanan/kunci.h"
#include "web_int.h"

/* The body as an object, with its string and integer members (NULL / -1 when absent). */
static json_t *isi(struct web_req *r)
{
	json_error_t e;
	json_t *j = json_loadb(r->body, r->nbody, JSON_REJECT_DUPLICATES, &e);
	if (j && !json_is_object(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}

static const char *teks(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) && json_string_length(v) <= WEB_BATAS_FIELD ? json_string_value(v)
									      : NULL;
}

static int bulat(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	json_int_t i = json_is_integer(v) ? json_integer_value(v) : -1;
	return i < 0 || i > 100000 ? -1 : (int)i;
}

static void kunci_ubah(struct web_req *r, int pasang)
{
	json_t *j = isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	const char *pemda = teks(j, "pemda");
	int tahun = bulat(j, "tahun");
	int st = pasang ? kunci_pasang(r->s, &a, pemda, tahun, &g)
			: kunci_buka(r->s, &a, pemda, tahun, teks(j, "alasan"), &g);
	json_decref(j);
	if (st)
		return web_galat(r, st, web_pesan(r, &g));
	web_json(r, 200, json_pack("{s:s}", "status", pasang ? "dikunci" : "dibuka"));
}

void api_kunci(struct web_req *r)
{
	kunci_ubah(r, 1);
}

void api_kunci_buka(struct web_req *r)
{
	kunci_ubah(r, 0);
}

static json_t *jadwal_json(const struct store_jadwal *j)
{
	char buka[48], tutup[48];
	jadwal_wib(j->buka, buka, sizeof(buka));
	jadwal_wib(j->tutup, tutup, sizeof(tutup));
	return json_pack("{s:i, s:i, s:s, s:s, s:s, s:s}", "tahun", j->tahun, "triwulan",
			 j->triwulan, "buka", j->buka, "tutup", j->tutup, "buka_teks", buka,
			 "tutup_teks", tutup);
}

static int jadwal_satu(const struct store_jadwal *j, void *arg)
{
	json_array_append_new(arg, jadwal_json(j));
	return 0;
}

void api_jadwal(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda");
	if (!pemda)
		return web_galat(r, 400, "pemda wajib diisi");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh membaca data pemda ini");
	struct galat g;
	galat_init(&g);
	json_t *daftar = json_array();
	struct store_jadwal buka;
	int ada;
	if (store_jadwal_daftar(r->s, pemda, 0, jadwal_satu, daftar, &g) ||
	    (ada = jadwal_terbuka(r->s, pemda, &buka, &g)) < 0) {
		json_decref(daftar);
		return web_galat(r, 500, "basis data: jadwal");
	}
	web_json(r, 200, json_pack("{s:o, s:o}", "jadwal", daftar, "terbuka",
				   ada ? jadwal_json(&buka) : json_null()));
}

void api_jadwal_simpan(struct web_req *r)
{
	json_t *j = isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	struct store_jadwal x = {.tahun = bulat(j, "tahun"), .triwulan = bulat(j, "triwulan")};
	const char *pemda = teks(j, "pemda"), *buka = teks(j, "buka"), *tutup = teks(j, "tutup");
	snprintf(x.pemda, sizeof(x.pemda), "%s", pemda ? pemda : "");
	snprintf(x.buka, sizeof(x.buka), "%s", buka ? buka : "");
	snprintf(x.tutup, sizeof(x.tutup), "%s", tutup ? tutup : "");
	json_decref(j);
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = jadwal_simpan(r->s, &a, &x, &g);
	if (st)
		return web_galat(r, st, web_pesan(r, &g));
	web_json(r, 200, json_pack("{s:s}", "status", "disimpan"));
}
