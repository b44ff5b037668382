/*
 * Evidence over the API (antarmuka.md, layanan/bukti.c): POST /api/bukti
 * (multipart/form-data: `berkas`, `objek`; CSRF header) answers 201
 * {"id","sha256","ukuran","jenis"}; GET /api/bukti/ID sends the file as an
 * attachment with the type recognised from its content; GET
 * /api/bukti?objek= lists the files of an object the user may read.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/jenis_berkas.h"
#include "../layanan/bukti.h"
#include "multipart.h"
#include "web_int.h"

int web_rute_bukti(const char *method, const char *path)
{
	return method && strcmp(method, "POST") == 0 && path &&
	       (strcmp(path, "/api/bukti") == 0 || strcmp(path, "/realisasi/bukti") == 0 ||
			  strcmp(path, "/lke/bukti") == 0);
}

int web_bukti_unggah(struct web_req *r, struct store_bukti *b, int csrf_bagian,
		     const char **objek, const char **pesan)
{
	const char *csrf = NULL;
	struct multipart m;
	char salah[160];
	const struct multipart_batas batas = {
	    .per_bagian = WEB_BATAS_BUKTI, .total = WEB_BATAS_BUKTI, .bagian = 8};
	const char *ct =
	    MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	*objek = NULL;
	if (multipart_urai(ct, r->body, r->nbody, &batas, &r->arena, &m, salah, sizeof(salah)))
		return *pesan = arena_strdup(&r->arena, salah), 400;
	const struct multipart_bagian *f = multipart_cari(&m, "berkas");
	const struct multipart_bagian *o = multipart_cari(&m, "objek");
	const struct multipart_bagian *c = multipart_cari(&m, "csrf");
	if (c && !c->berkas && c->n < 100)
		csrf = arena_strndup(&r->arena, c->data, c->n);
	if (csrf_bagian && !web_csrf_sah(r, csrf))
		return *pesan = "token CSRF tidak sah", 403;
	if (o && !o->berkas && o->n < 200)
		*objek = arena_strndup(&r->arena, o->data, o->n);
	if (!f || !f->berkas)
		return *pesan = "pilih berkas bukti (bagian 'berkas')", 400;
	if (!*objek)
		return *pesan = "objek wajib diisi (bagian 'objek')", 400;
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = layanan_bukti_simpan(r->s, &a, *objek, f->berkas, f->data, f->n, b, &g);
	if (st)
		*pesan = web_pesan(r, &g);
	return st;
}

void api_bukti_unggah(struct web_req *r)
{
	struct store_bukti b;
	const char *objek, *pesan = NULL;
	/* The CSRF header was checked by the router (UBAH). */
	int st = web_bukti_unggah(r, &b, 0, &objek, &pesan);
	if (st)
		return web_galat(r, st, pesan);
	web_json(r, 201,
		 json_pack("{s:I, s:s, s:I, s:s, s:s}", "id", (json_int_t)b.id, "sha256", b.sha256,
			   "ukuran", (json_int_t)b.ukuran, "jenis", b.jenis, "nama", b.nama));
}

static int satu(const struct store_bukti *b, void *arg)
{
	json_array_append_new(
	    arg, json_pack("{s:I, s:s, s:s, s:I, s:s, s:s, s:s}", "id", (json_int_t)b->id,
			   "nama", b->nama, "jenis", b->jenis, "ukuran", (json_int_t)b->ukuran,
			   "sha256", b->sha256, "pengunggah", b->pengunggah, "waktu", b->waktu));
	return 0;
}

void api_bukti_daftar(struct web_req *r)
{
	const char *objek = web_param(r, "objek");
	if (!objek)
		return web_galat(r, 400, "objek wajib diisi");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	json_t *daftar = json_array();
	int st = layanan_bukti_daftar(r->s, &a, objek, satu, daftar, &g);
	if (st) {
		json_decref(daftar);
		return web_galat(r, st, web_pesan(r, &g));
	}
	web_json(r, 200, json_pack("{s:s, s:o}", "objek", objek, "bukti", daftar));
}

void api_bukti_unduh(struct web_req *r)
{
	const char *s = r->path + strlen("/api/bukti/");
	char *akhir;
	long long id = strtoll(s, &akhir, 10);
	if (!*s || *akhir || id < 1 || s[0] < '0' || s[0] > '9')
		return web_galat(r, 404, "bukti tidak ditemukan");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	struct store_bukti b;
	struct buf isi = BUF_INIT;
	int st = layanan_bukti_baca(r->s, &a, id, &b, &isi, &g);
	if (st) {
		buf_release(&isi);
		return web_galat(r, st, web_pesan(r, &g));
	}
	enum jenis_berkas j = jenis_berkas_dari_nama(b.jenis);
	char nama[BERKAS_NAMA_MAKS + 8];
	berkas_nama_unduh(b.nama, j, nama, sizeof(nama));
	buf_release(&r->out);
	r->out = isi; /* the response owns the bytes now */
	r->status = 200;
	r->jenis = jenis_berkas_mime(j);
	r->unduh = arena_strdup(&r->arena, nama);
}
