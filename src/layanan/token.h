/*
 * API tokens for integrators (wilayah.md): read-only, with the role
 * pimpinan or reviewer and an optional pemda scope; the token text is shown
 * once and only its hash is stored (as for sessions); revocable. Creating and
 * revoking are audited (tabel "token_api").
 */
#ifndef KINERJA_LAYANAN_TOKEN_H
#define KINERJA_LAYANAN_TOKEN_H

#include "../store/store.h"
#include "../store/store_publik.h"
#include "../util/util.h"
#include "aktor.h"

/* Length of a token's text: "knj_" and 64 hex digits. */
#define TOKEN_PANJANG 68

/*
 * Adds token nama with peran (pimpinan or reviewer) and pemda (NULL or "":
 * every pemda; else it must exist). The actor must be an admin (or the
 * system) covering pemda. The token's text goes to out (TOKEN_PANJANG + 1 bytes).
 */
int token_tambah(struct store *s, const struct aktor *a, const char *nama, const char *peran,
		 const char *pemda, char *out, struct galat *g);
/* Revokes token nama (LAYANAN_TIDAK_ADA when there is no unrevoked token of that name). */
int token_cabut(struct store *s, const struct aktor *a, const char *nama, struct galat *g);
/*
 * The token of text `teks`: 1 valid (t filled), 0 unknown or revoked, -1 error.
 * Looks it up by hash; never writes.
 */
int token_cek(struct store *s, const char *teks, struct store_token *t);

#endif
