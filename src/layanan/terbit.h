/*
 * Publishing a pemda-year (wilayah.md "Publishing"): an admin publishes it
 * (diterbitkan), which makes it public under /publik and in the open data,
 * and can withdraw it. One transaction with its audit entry (tabel "terbit",
 * naming the pemda, so the web's versions of that pemda move on).
 */
#ifndef KINERJA_LAYANAN_TERBIT_H
#define KINERJA_LAYANAN_TERBIT_H

#include "../store/store.h"
#include "../util/util.h"
#include "aktor.h"

/*
 * Publishes (tarik 0) or withdraws (tarik 1) pemda-year. The actor must be an
 * admin (or the system) whose scope covers pemda; the pemda must exist and,
 * to publish, the year must be locked (terbit_boleh). Publishing a published
 * year or withdrawing an unpublished one changes nothing and is no error.
 * *berubah (may be NULL) is 1 when something changed.
 */
int terbit_ubah(struct store *s, const struct aktor *a, const char *pemda, int tahun, int tarik,
		int *berubah, struct galat *g);

/*
 * Whether pemda-year may be published: LAYANAN_OK, or LAYANAN_BENTROK with
 * the reason (the year is not locked). Inside the caller's transaction.
 */
int terbit_boleh(struct store *s, const char *pemda, int tahun, struct galat *g);

#endif
