/*
 * The API of the year's controls (layanan/kunci.c): POST /api/kunci
 * {pemda,tahun} and POST /api/kunci/buka {pemda,tahun,alasan} for admins,
 * GET /api/jadwal?pemda= (the windows and the one open now) and PUT
 * /api/jadwal {pemda,tahun,triwulan,buka,tutup} for planners.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "../layanan/catatan.h"
#include "../layanan/kunci.h"
#include "../layanan/usulan.h"
#include "../store/store_web.h"
#include "web_int.h"

/* An integer member in 0..100000, else -1. */
static int bulat(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	json_int_t i = json_is_integer(v) ? json_integer_value(v) : -1;
	return i < 0 || i > 100000 ? -1 : (int)i;
}

static void kunci_ubah(struct web_req *r, int pasang)
{
	json_t *j = web_json_isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	const char *pemda = web_json_teks(j, "pemda");
	int tahun = bulat(j, "tahun");
	int st = pasang ? kunci_pasang(r->s, &a, pemda, tahun, &g)
			: kunci_buka(r->s, &a, pemda, tahun, web_json_teks(j, "alasan"), &g);
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
	json_t *j = web_json_isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	struct store_jadwal x = {.tahun = bulat(j, "tahun"), .triwulan = bulat(j, "triwulan")};
	const char *pemda = web_json_teks(j, "pemda"), *buka = web_json_teks(j, "buka"), *tutup = web_json_teks(j, "tutup");
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

/* POST /api/reviu/catatan {pemda,tahun,objek,ukuran,sumber,catatan}: a reviewer's note. */
void api_catatan_reviu(struct web_req *r)
{
	json_t *j = web_json_isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = catatan_reviu_simpan(r->s, &a, web_json_teks(j, "pemda"), bulat(j, "tahun"),
				      web_json_teks(j, "objek"), web_json_teks(j, "ukuran"), web_json_teks(j, "sumber"),
				      web_json_teks(j, "catatan"), &g);
	json_decref(j);
	if (st)
		return web_galat(r, st, web_pesan(r, &g));
	web_json(r, 200, json_pack("{s:s}", "status", "disimpan"));
}

static int catatan_satu(const struct store_catatan *c, void *arg)
{
	json_array_append_new(arg, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "objek", c->objek,
					     "ukuran", c->ukuran, "sumber", c->sumber, "catatan",
					     c->catatan, "oleh", c->oleh, "waktu", c->waktu));
	return 0;
}

/* GET /api/reviu/catatan?pemda=&tahun=: the notes of a pemda-year. */
void api_catatan_reviu_daftar(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda"), *t = web_param(r, "tahun");
	int tahun = t ? atoi(t) : 0;
	if (!pemda || tahun < 1900 || tahun > 2200)
		return web_galat(r, 400, "pemda dan tahun wajib diisi");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh membaca data pemda ini");
	struct galat g;
	galat_init(&g);
	json_t *a = json_array();
	if (store_catatan_daftar(r->s, pemda, tahun, catatan_satu, a, &g)) {
		json_decref(a);
		return web_galat(r, 500, "basis data: catatan reviu");
	}
	web_json(r, 200, json_pack("{s:o}", "catatan", a));
}

static int hitung_usulan(const struct store_usulan *u, void *arg)
{
	(void)u;
	(*(long *)arg)++;
	return 0;
}

/* GET /api/realisasi/usulan/jumlah[?pemda=]: pending submissions, for the navigation. */
void api_usulan_jumlah(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana"))
		return web_galat(r, 403, "hanya perencana atau admin yang memverifikasi");
	const char *pemda = web_param(r, "pemda");
	if (!pemda || !*pemda)
		pemda = r->u.pemda[0] ? r->u.pemda : NULL;
	if (!pemda)
		return web_galat(r, 400, "parameter pemda wajib");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
	long n = 0;
	struct galat g;
	galat_init(&g);
	if (store_web_usulan_daftar(r->s, pemda, 0, "diajukan", 1000000, hitung_usulan, &n, &g))
		return web_galat(r, 503, "basis data sibuk atau galat; coba lagi");
	web_json(r, 200, json_pack("{s:s, s:I}", "pemda", pemda, "jumlah", (json_int_t)n));
}

/* GET /api/skala?pemda=&indikator=: the categories of a categorical indicator's scale. */
void api_skala(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda"), *kode = web_param(r, "indikator");
	if (!pemda || !kode)
		return web_galat(r, 400, "pemda dan indikator wajib diisi");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh membaca data pemda ini");
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, &m, &g)) {
		model_release(&m);
		return web_galat(r, g.pengguna ? 404 : 500, "pemda tidak dikenal");
	}
	const struct indikator *ind = model_indikator(&m, kode);
	const struct skala *sk =
	    ind && ind->arah == ARAH_KATEGORI ? model_skala(&m, ind->skala) : NULL;
	if (!ind) {
		model_release(&m);
		return web_galat(r, 404, "indikator tidak dikenal");
	}
	json_t *k = json_array();
	for (int i = 0; sk && i < sk->n; i++)
		json_array_append_new(k, json_string(sk->kelas[i].nama));
	json_t *o = json_pack("{s:s, s:s?, s:o}", "indikator", ind->kode, "skala",
			      sk ? sk->nama : NULL, "kategori", k);
	model_release(&m);
	web_json(r, 200, o);
}

/* POST /api/realisasi/tarik {pemda,indikator,tahun,triwulan}: back to n/a. */
void api_realisasi_tarik(struct web_req *r)
{
	json_t *j = web_json_isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	json_t *tw = json_object_get(j, "triwulan");
	int st = usulan_tarik(r->s, &a, web_json_teks(j, "pemda"), web_json_teks(j, "indikator"), bulat(j, "tahun"),
			      tw ? bulat(j, "triwulan") : 0, &g);
	json_decref(j);
	if (st)
		return web_galat(r, st, web_pesan(r, &g));
	web_json(r, 200, json_pack("{s:s}", "status", "ditarik"));
}

json_t *web_realisasi_peringatan(struct web_req *r, const char *pemda, const char *kode,
				 int tahun, int triwulan, const char *teks_nilai)
{
	json_t *a = json_array();
	if (!pemda || !kode || !teks_nilai)
		return a;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	const struct indikator *ind;
	struct nilai v;
	char pesan[600];
	/* Only warnings: a failure to compute them leaves the list empty. */
	if (!store_muat_indikator(r->s, pemda, kode, &m, &g) &&
	    (ind = model_indikator(&m, kode)) &&
	    !usulan_nilai_cek(&m, ind, teks_nilai, &m.arena, &v, &g) &&
	    usulan_kewajaran(&m, ind, tahun, triwulan, &v, pesan, sizeof(pesan))) {
		for (char *p = pesan, *q; p; p = q) {
			q = strstr(p, "; ");
			if (q) {
				*q = '\0';
				q += 2;
			}
			json_array_append_new(a, json_string(p));
		}
	}
	model_release(&m);
	return a;
}
