/*
 * The reviewer's (Inspektorat) notes on review findings (siklus.md "Review
 * statement"): written by a reviewer or an admin on a finding the review of
 * that pemda-year reports, audited, refused in a locked year.
 */
#ifndef KINERJA_LAYANAN_CATATAN_H
#define KINERJA_LAYANAN_CATATAN_H

#include "../store/store.h"
#include "aktor.h"

/* Writes (or replaces) the note on finding (objek, ukuran, sumber); enum layanan_status. */
int catatan_reviu_simpan(struct store *s, const struct aktor *a, const char *pemda, int tahun,
			 const char *objek, const char *ukuran, const char *sumber,
			 const char *catatan, struct galat *g);

#endif
