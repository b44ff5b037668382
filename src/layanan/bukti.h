/*
 * Evidence (bukti dukung, siklus.md): files attached to a submission, a
 * realisasi cell or an evaluation answer, named by an object string
 * (antarmuka.md): `usulan:ID`, `realisasi:PEMDA/INDIKATOR/TAHUN/TRIWULAN`,
 * `lke:PEMDA/TAHUN/OPD/KRITERIA`. Who may attach: an operator for its OPD's
 * objects, an admin or perencana of the pemda, a reviewer for lke objects;
 * who may read: everyone whose scope covers the pemda except an operator of
 * another OPD. Functions return an enum layanan_status with the message in g.
 */
#ifndef KINERJA_LAYANAN_BUKTI_H
#define KINERJA_LAYANAN_BUKTI_H

#include <stddef.h>
#include <stdint.h>

#include "../store/store.h"
#include "../store/store_bukti.h"
#include "aktor.h"

/* What an object string names. */
struct bukti_objek {
	enum { BO_USULAN, BO_REALISASI, BO_LKE } jenis;
	char pemda[32];
	char indikator[64]; /* usulan, realisasi */
	char opd[64];       /* lke; usulan and realisasi: the indicator's OPD (filled by the check) */
	char kriteria[64];  /* lke */
	int64_t usulan;
	int tahun, triwulan;
};

/* Parses objek (syntax only): LAYANAN_OK or LAYANAN_SALAH with the reason. */
int bukti_objek_urai(const char *objek, struct bukti_objek *o, struct galat *g);

/*
 * Stores the file isi[0..n) named nama (made harmless here) for objek:
 * checks the object exists, the actor's scope, the year's lock, the size
 * (the pemda's batas_bukti, 10 MiB by default: 413 over it) and the content
 * (415 unless PDF, PNG, JPEG, XLSX or DOCX), hashes it (SHA-256) and stores
 * it with its audit entry in one transaction; *out receives what was stored.
 */
int layanan_bukti_simpan(struct store *s, const struct aktor *a, const char *objek,
			 const char *nama, const void *isi, size_t n, struct store_bukti *out,
			 struct galat *g);
/* Status numbers beyond aktor.h's, used only here. */
#define LAYANAN_TERLALU_BESAR 413
#define LAYANAN_JENIS_DITOLAK 415

/* The file id with its content in isi (when not NULL): 404 unknown, 403 not readable. */
int layanan_bukti_baca(struct store *s, const struct aktor *a, int64_t id,
		       struct store_bukti *out, struct buf *isi, struct galat *g);

/* Calls fn for the files of objek (oldest first) when the actor may read it. */
int layanan_bukti_daftar(struct store *s, const struct aktor *a, const char *objek,
			 int (*fn)(const struct store_bukti *b, void *arg), void *arg,
			 struct galat *g);

/*
 * Calls fn for every file of the worksheet's criteria (objek prefix
 * `lke:PEMDA/TAHUN/OPD/`, one query, by objek then id) when the actor may read them.
 */
int layanan_bukti_daftar_lke(struct store *s, const struct aktor *a, const char *pemda, int tahun,
			     const char *opd, int (*fn)(const struct store_bukti *b, void *arg),
			     void *arg, struct galat *g);
/* Whether the actor may attach to the criteria of pemda's (OPD's) worksheet. */
int layanan_bukti_boleh_lke(const struct aktor *a, const char *pemda, const char *opd);

#endif
