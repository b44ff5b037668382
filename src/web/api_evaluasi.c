/*
 * The API of the SAKIP evaluation and the surveys (siklus.md, antarmuka.md):
 * GET /api/lke?pemda=&tahun=[&opd=] (the worksheet with its answers, as
 * `evaluate --json`), PUT /api/lke/jawaban (one answer, layanan_lke_jawab)
 * and GET /api/survei?pemda=[&survei=][&periode=|&tahun=] (the IKM, as
 * `survey --json`, with every period in "riwayat").
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../layanan/evaluasi.h"
#include "../report/evaluasi_json.h"
#include "../report/ukur_json.h"
#include "api_evaluasi.h"
#include "web_int.h"

static void kirim(struct web_req *r, json_t *j)
{
	char *t = ukur_json_tulis(j);
	buf_reset(&r->out);
	buf_puts(&r->out, t);
	free(t);
	r->status = 200;
	r->jenis = "application/json; charset=utf-8";
}

/* A year parameter in 1900..2200, else -1. */
static int tahun_param(struct web_req *r, const char *nama)
{
	const char *t = web_param(r, nama);
	char *akhir;
	long v = t && *t ? strtol(t, &akhir, 10) : -1;
	return v < 1900 || v > 2200 || *akhir ? -1 : (int)v;
}

int api_evaluasi_muat(struct web_req *r, const char *pemda, int tahun, const char *opd,
		      struct model *m, struct arena *a, struct evaluasi_laporan *l,
		      const char **pesan)
{
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, m, &g)) {
		*pesan = g.pengguna ? "pemda tidak dikenal" : "basis data";
		return g.pengguna ? 404 : 500;
	}
	if (opd && *opd) {
		int ada = 0;
		for (int i = 0; i < m->n_opd; i++)
			ada |= strcmp(m->opd[i].kode, opd) == 0;
		if (!ada) {
			*pesan = "opd tidak dikenal untuk pemda ini";
			return 404;
		}
	}
	if (layanan_evaluasi_laporan(r->s, m, tahun, opd, LEMBAR_WEB, a, l, &g)) {
		*pesan = web_pesan(r, &g);
		return 500;
	}
	return 0;
}

void api_lke(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda"), *opd = web_param(r, "opd");
	int tahun = tahun_param(r, "tahun");
	if (!pemda || tahun < 0)
		return web_galat(r, 400, "parameter pemda dan tahun (YYYY) wajib");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct evaluasi_laporan l;
	const char *pesan = NULL;
	int st = api_evaluasi_muat(r, pemda, tahun, opd ? opd : "", &m, &a, &l, &pesan);
	if (st)
		web_galat(r, st, pesan);
	else
		kirim(r, evaluasi_json(&l));
	arena_release(&a);
	model_release(&m);
}

void api_lke_jawaban(struct web_req *r)
{
	json_t *j = web_json_isi(r);
	if (!j)
		return web_galat(r, 400, "isi permintaan harus objek JSON");
	/* nilai: a string as in lke_jawaban.csv ("Y", "B", "17,67"), or a number of points. */
	char angka[64] = "";
	json_t *jn = json_object_get(j, "nilai");
	const char *nilai = web_json_teks(j, "nilai");
	if (json_is_number(jn)) {
		snprintf(angka, sizeof(angka), "%.10g", json_number_value(jn));
		for (char *p = angka; *p; p++)
			if (*p == '.')
				*p = ',';
		nilai = angka;
	}
	json_t *jt = json_object_get(j, "tahun");
	json_int_t tahun = json_is_integer(jt) ? json_integer_value(jt) : -1;
	const char *ts = web_json_teks(j, "tahun");
	if (ts)
		tahun = atoi(ts);
	struct lke_isian_masuk in = {web_json_teks(j, "pemda"),
				     web_json_teks(j, "opd"),
				     web_json_teks(j, "kriteria"),
				     web_json_teks(j, "jenis"),
				     tahun < 1900 || tahun > 2200 ? -1 : (int)tahun,
				     nilai,
				     web_json_teks(j, "catatan"),
				     web_json_teks(j, "bukti")};
	struct aktor ak;
	web_aktor(r, &ak);
	struct galat g;
	int st = layanan_lke_jawab(r->s, &ak, &in, &g);
	json_decref(j);
	if (st)
		return web_galat(r, st, web_pesan(r, &g));
	web_json(r, 200, json_pack("{s:s}", "status", "disimpan"));
}

struct daftar_arg {
	json_t *a;
	char pertama[128];
};

static int survei_satu(const struct store_survei_baris *b, void *arg)
{
	struct daftar_arg *d = arg;
	if (!d->pertama[0])
		snprintf(d->pertama, sizeof(d->pertama), "%s", b->kode);
	json_array_append_new(d->a, json_pack("{s:s, s:s, s:s}", "kode", b->kode, "uraian",
					      b->uraian, "indikator", b->indikator));
	return 0;
}

int api_survei_muat(struct web_req *r, const char *pemda, const char *kode, const char *periode,
		    int tahun, struct model *m, struct arena *a, struct survei_data *d,
		    struct survei_laporan *l, json_t **daftar, const char **pesan)
{
	struct galat g;
	galat_init(&g);
	*daftar = NULL;
	if (store_muat(r->s, pemda, m, &g)) {
		*pesan = g.pengguna ? "pemda tidak dikenal" : "basis data";
		return g.pengguna ? 404 : 500;
	}
	struct daftar_arg da = {json_array(), ""};
	*daftar = da.a;
	if (store_survei_daftar(r->s, pemda, NULL, survei_satu, &da, &g) < 0) {
		*pesan = "basis data";
		return 500;
	}
	if (!kode || !*kode)
		kode = da.pertama;
	if (!*kode) {
		*pesan = "pemda ini belum memiliki survei (impor survei.csv)";
		return 404;
	}
	enum ikm_agregat ag;
	int ada = layanan_survei_muat(r->s, pemda, kode, a, d, &g);
	if (ada < 0 || layanan_ikm_agregat(r->s, pemda, &ag, &g)) {
		*pesan = "basis data";
		return 500;
	}
	if (!ada) {
		*pesan = "survei tidak dikenal untuk pemda ini";
		return 404;
	}
	if (!d->n_periode) {
		*pesan = "survei ini belum memiliki jawaban (impor survei_jawaban.csv)";
		return 404;
	}
	/* The period asked for, else the latest of the year asked for, else the latest. */
	int ip = d->n_periode - 1;
	if (periode && *periode) {
		ip = layanan_survei_periode(d, periode);
	} else if (tahun > 0) {
		ip = -1;
		for (int i = 0; i < d->n_periode; i++)
			if (atoi(d->periode[i]) == tahun)
				ip = i;
	}
	if (ip < 0) {
		*pesan = "survei ini tidak memiliki jawaban pada periode itu";
		return 404;
	}
	*l = (struct survei_laporan){m->pemda.kode,
				     m->pemda.nama,
				     d->kode,
				     d->uraian,
				     d->indikator,
				     ag,
				     model_skala(m, "ikm_mutu"),
				     &d->h,
				     (const char *const *)d->unsur,
				     (const char *const *)d->unit,
				     (const char *const *)d->periode,
				     ip};
	return 0;
}

void api_survei(struct web_req *r)
{
	const char *pemda = web_param(r, "pemda");
	int tahun = web_param(r, "tahun") ? tahun_param(r, "tahun") : 0;
	if (!pemda || tahun < 0)
		return web_galat(r, 400, "parameter pemda wajib (tahun: YYYY)");
	if (!web_boleh_pemda(r, pemda))
		return web_galat(r, 403, "Anda tidak boleh melihat pemda ini");
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct survei_data d;
	struct survei_laporan l;
	json_t *daftar = NULL;
	const char *pesan = NULL;
	int st = api_survei_muat(r, pemda, web_param(r, "survei"), web_param(r, "periode"), tahun,
				 &m, &a, &d, &l, &daftar, &pesan);
	if (st) {
		web_galat(r, st, pesan);
		json_decref(daftar);
	} else {
		json_t *j = survei_json(&l, 1);
		json_object_set_new(j, "daftar_survei", daftar);
		kirim(r, j);
	}
	arena_release(&a);
	model_release(&m);
}
