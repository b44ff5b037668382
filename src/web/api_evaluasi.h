/*
 * The evaluation and survey reads shared by the API (api_evaluasi.c) and the
 * pages /lke and /survei (hal_lke.c, hal_survei.c).
 */
#ifndef KINERJA_API_EVALUASI_H
#define KINERJA_API_EVALUASI_H

#include "../layanan/evaluasi.h"
#include "../report/evaluasi_json.h"
#include "web_int.h"

/*
 * Loads pemda into m and its evaluation (tahun, opd "" = the pemda) into l,
 * memory from a. 0, or an HTTP status with *pesan.
 */
int api_evaluasi_muat(struct web_req *r, const char *pemda, int tahun, const char *opd,
		      struct model *m, struct arena *a, struct evaluasi_laporan *l,
		      const char **pesan);

/*
 * Loads pemda into m and survey kode (NULL or "": the first) into d and l: period
 * periode, else the latest of tahun (> 0), else the latest. *daftar: the pemda's
 * surveys as JSON (the caller releases it, also on error). 0 or an HTTP status.
 */
int api_survei_muat(struct web_req *r, const char *pemda, const char *kode, const char *periode,
		    int tahun, struct model *m, struct arena *a, struct survei_data *d,
		    struct survei_laporan *l, json_t **daftar, const char **pesan);

void api_lke(struct web_req *r);
void api_lke_jawaban(struct web_req *r);
void api_survei(struct web_req *r);
void hal_lke(struct web_req *r);
void hal_lke_kirim(struct web_req *r);
void hal_lke_bukti(struct web_req *r);
void hal_survei(struct web_req *r);

#endif
