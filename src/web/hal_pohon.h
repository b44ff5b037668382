/*
 * Shared by the pohon kinerja page (hal_pohon.c) and the OPD page (hal_opd.c).
 */
#ifndef KINERJA_HAL_POHON_H
#define KINERJA_HAL_POHON_H

#include "../core/model.h"
#include "../util/util.h"

struct web_req;
/* GET /pohon (hal_pohon.c) and GET /opd (hal_opd.c). */
void hal_pohon(struct web_req *r);
void hal_opd(struct web_req *r);
/* GET /pk, POST /pk and POST /api/pk: signing a Perjanjian Kinerja (hal_pk.c). */
void hal_pk(struct web_req *r);
void hal_pk_kirim(struct web_req *r);
void api_pk(struct web_req *r);
/*
 * The confirmation of a signing (the redirect's `pk=N`), only for a version N of
 * tahun and opd (NULL: the regional head's) that exists in m.
 */
void hal_pk_konfirmasi(struct web_req *r, const struct model *m, int tahun, const char *opd);
/* An OPD whose name, head or NIP says "ilustratif" (the demo marks invented values so). */
struct opd;
int hal_opd_ilustratif(const struct opd *o);
/* The note that a page shows such invented data. */
void hal_ilustratif_catat(struct buf *b);
struct pengukuran;
/* The dashboard's section: the OPD ranking of measurement u (hal_opd.c). */
void hal_opd_peringkat(struct web_req *r, const struct model *m, const struct pengukuran *u);

/* A node level for people: "Sasaran PD", "Sub-kegiatan". */
const char *hal_pohon_jenis(enum jenis_rencana j);
/* <option>s of the pemda's OPD (name and code), pilih selected, first kosong (value ""). */
void hal_opd_pilih(struct buf *b, const struct model *m, const char *pilih, const char *kosong);

#endif
