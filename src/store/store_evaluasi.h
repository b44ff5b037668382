/*
 * The store's tables of the SAKIP evaluation (kerangka, lke_jawaban) and of
 * surveys (survei, survei_jawaban), siklus.md. Writes are for src/layanan/
 * only (tools/lapisan.sh); reads stream rows to a callback.
 */
#ifndef KINERJA_STORE_EVALUASI_H
#define KINERJA_STORE_EVALUASI_H

#include "store.h"

/* One row of kerangka; strings borrowed (during a callback: until it returns). */
struct store_kerangka_baris {
	const char *kerangka, *kode, *induk, *uraian, *jawaban;
	double bobot;
};

/* One row of lke_jawaban; opd "" = the pemda as a whole. */
struct store_lke_baris {
	int tahun;
	const char *opd, *kerangka, *kriteria, *mandiri, *evaluator, *catatan;
	const char *bukti; /* a link to the evidence (migration 0060) */
};

/* Upserts (audited like every template table). */
int store_simpan_kerangka(struct store *s, const struct store_kerangka_baris *k,
			  const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_lke_jawaban(struct store *s, const char *pemda,
			     const struct store_lke_baris *j, const char *pengguna,
			     enum store_ubah *ubah, struct galat *g);
int store_simpan_survei(struct store *s, const char *pemda, const char *kode,
			const char *uraian, const char *indikator, const char *unsur,
			const char *pengguna, enum store_ubah *ubah, struct galat *g);
int store_simpan_survei_jawaban(struct store *s, const char *pemda, const char *survei,
				const char *periode, const char *unit, const char *responden,
				const char *jawaban, const char *pengguna, enum store_ubah *ubah,
				struct galat *g);

/* Calls fn for each row of framework kode (NULL: every stored one) in stored order; rows or -1. */
int store_kerangka_daftar(struct store *s, const char *kode,
			  int (*fn)(const struct store_kerangka_baris *b, void *arg), void *arg,
			  struct galat *g);

/*
 * Calls fn for each answer of pemda (tahun 0: every year; opd NULL: every
 * OPD and the pemda) ordered by year, opd, stored order; 0 or -1.
 */
int store_lke_daftar(struct store *s, const char *pemda, int tahun, const char *opd,
		     int (*fn)(const struct store_lke_baris *b, void *arg), void *arg,
		     struct galat *g);

/* One survey; strings borrowed until the callback returns. */
struct store_survei_baris {
	const char *kode, *uraian, *indikator, *unsur;
};

/* Calls fn for each survey of pemda (kode NULL: all) in stored order; the number found, or -1. */
int store_survei_daftar(struct store *s, const char *pemda, const char *kode,
			int (*fn)(const struct store_survei_baris *b, void *arg), void *arg,
			struct galat *g);

/*
 * Calls fn for each respondent of survey `survei` of pemda (periode NULL:
 * every period) with its packed answers, ordered by periode, unit,
 * responden; 0 or -1.
 */
int store_survei_jawaban_daftar(struct store *s, const char *pemda, const char *survei,
				const char *periode,
				int (*fn)(const char *periode, const char *unit,
					  const char *responden, const char *jawaban, void *arg),
				void *arg, struct galat *g);

/* One recommendation of an evaluation (LHE) and its follow-up. */
struct store_rekomendasi_baris {
	int tahun;
	const char *opd, *nomor, *uraian, *tindak_lanjut, *status; /* belum, proses, selesai */
};

int store_simpan_lke_rekomendasi(struct store *s, const char *pemda,
				 const struct store_rekomendasi_baris *r, const char *pengguna,
				 enum store_ubah *ubah, struct galat *g);

/* Calls fn for each recommendation of pemda (tahun 0: all; opd NULL: all) in stored order. */
int store_rekomendasi_daftar(struct store *s, const char *pemda, int tahun, const char *opd,
			     int (*fn)(const struct store_rekomendasi_baris *b, void *arg),
			     void *arg, struct galat *g);

#endif
