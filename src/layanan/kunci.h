/*
 * The year's controls (siklus.md "Fill windows, locks and reopening"): the
 * lock of a pemda-year, checked ONCE here by every write use case
 * (layanan/impor.c, usulan.c), and the fill windows operators submit in.
 * Functions return an enum layanan_status with the message in g.
 */
#ifndef KINERJA_LAYANAN_KUNCI_H
#define KINERJA_LAYANAN_KUNCI_H

#include <stddef.h>

#include "../store/store.h"
#include "../store/store_siklus.h"
#include "aktor.h"

/*
 * LAYANAN_OK when pemda-tahun is not locked; LAYANAN_BENTROK naming the lock
 * ("Data 36.73 tahun 2020 dikunci per 2 Des 2026 13.05 WIB oleh admin"), or
 * LAYANAN_GALAT.
 */
int kunci_cek(struct store *s, const char *pemda, int tahun, struct galat *g);
/*
 * What pages, reports and JSON of a locked year say: 1 with "Data dikunci per
 * 2 Des 2026 13.05 WIB oleh admin" in out, 0 when not locked (out ""), -1 error.
 */
int kunci_keterangan(struct store *s, const char *pemda, int tahun, char *out, size_t n);
/* Locks pemda-tahun (admin or the system); audited. LAYANAN_BENTROK when already locked. */
int kunci_pasang(struct store *s, const struct aktor *a, const char *pemda, int tahun,
		 struct galat *g);
/* Reopens pemda-tahun (admin or the system) with a reason (required); audited. */
int kunci_buka(struct store *s, const struct aktor *a, const char *pemda, int tahun,
	       const char *alasan, struct galat *g);

/* A UTC time 2006-01-02T15:04:05Z written as "2 Jan 2006 22.04 WIB". */
void kunci_wib(const char *utc, char *out, size_t n);
/* A WIB time `YYYY-MM-DD HH:MM` written as "15 Jul 2020 23.59 WIB" (as is when malformed). */
void jadwal_wib(const char *wib, char *out, size_t n);
/* The current time in WIB as `YYYY-MM-DD HH:MM`. */
void jadwal_sekarang(char out[20]);
/* Whether t is a valid `YYYY-MM-DD HH:MM`. */
int jadwal_waktu_sah(const char *t);

/*
 * Whether the actor may submit for (pemda, tahun, triwulan) now: only
 * operators are bound to windows, and only once the pemda has a window for
 * that year (a pemda that set none keeps the earlier behaviour). LAYANAN_OK,
 * or LAYANAN_BENTROK naming the window ("jendela pengisian triwulan 2 2020
 * ditutup 15 Jul 2020 23.59 WIB"), or LAYANAN_GALAT.
 */
int jadwal_cek(struct store *s, const struct aktor *a, const char *pemda, int tahun,
	       int triwulan, struct galat *g);
/*
 * The window of pemda open now (the one closing first when several are):
 * 1 with it in *out, 0 none, -1 error. For the realisasi and jadwal pages.
 */
int jadwal_terbuka(struct store *s, const char *pemda, struct store_jadwal *out,
		   struct galat *g);
/*
 * Stores a window (admin, perencana or the system; within the actor's
 * scope); checks the times and that buka < tutup; audited.
 */
int jadwal_simpan(struct store *s, const struct aktor *a, const struct store_jadwal *j,
		  struct galat *g);

#endif
