/*
 * The use cases of users and sessions: add a user, reset a password,
 * (de)activate, change one's own password, log in (with the throttle) and
 * out, the first admin. One set of checks for the command line and the web;
 * each write is one transaction with its audit entry. Functions return an
 * enum layanan_status with the message in g.
 */
#ifndef KINERJA_LAYANAN_PENGGUNA_H
#define KINERJA_LAYANAN_PENGGUNA_H

#include <stddef.h>
#include <stdint.h>

#include "../store/store.h"
#include "../store/store_web.h"
#include "../util/util.h"
#include "aktor.h"

/*
 * Throttle of failed logins (and wrong old passwords), counted per user name
 * and per (address, name) pair, never per address alone, so that an office
 * behind one NAT address is not locked out by one person's typing:
 * PENGGUNA_GAGAL_MAKS failures of a pair (PENGGUNA_GAGAL_NAMA_MAKS of a name
 * from all addresses) within PENGGUNA_GAGAL_DETIK start a backoff of
 * PENGGUNA_TUNDA_AWAL seconds after the last failure, doubling with every
 * further failure, at most PENGGUNA_GAGAL_DETIK. Attempts during the backoff
 * answer LAYANAN_BATAS without checking the password.
 */
#define PENGGUNA_GAGAL_MAKS	 5
#define PENGGUNA_GAGAL_NAMA_MAKS 20
#define PENGGUNA_GAGAL_DETIK	 (15 * 60)
#define PENGGUNA_TUNDA_AWAL	 30
#define PENGGUNA_SESI_DETIK	 (8 * 3600)

/* Hashes a password with argon2id into out (at least crypto_pwhash_STRBYTES). 0 or -1. */
int pengguna_sandi_hash(const char *sandi, char *out, size_t n);
/* Whether peran names a role of antarmuka.md. */
int pengguna_peran_sah(const char *peran);

/*
 * Adds user nama. opd and pemda may be NULL or "". The actor must be an
 * admin (or the system), and a scoped admin can add users of its own pemda
 * only. The pemda and the OPD must exist; an operator needs an OPD and
 * always gets a pemda: the one given, the scoped actor's, or the only pemda
 * holding that OPD code.
 */
int pengguna_tambah(struct store *s, const struct aktor *a, const char *nama, const char *peran,
		    const char *opd, const char *pemda, const char *sandi, struct galat *g);
/*
 * An admin sets a new password for nama, ends its sessions (but the actor's
 * own session `sesi`, a token hash or NULL) and lifts the throttle on the name.
 */
int pengguna_sandi_reset(struct store *s, const struct aktor *a, const char *nama, const char *baru,
			 const char *sesi, struct galat *g);
/* An admin (de)activates nama; deactivating ends its sessions at once. */
int pengguna_status(struct store *s, const struct aktor *a, const char *nama, int aktif,
		    struct galat *g);
/*
 * The actor changes its own password: `lama` must verify (a wrong one counts
 * as a failed login from `alamat`), `baru` have 8 to 200 characters; every
 * other session of the actor ends. *coba_lagi: seconds to wait, with
 * LAYANAN_BATAS.
 */
int pengguna_sandi_ubah(struct store *s, const struct aktor *a, const char *lama, const char *baru,
			const char *sesi, const char *alamat, int *coba_lagi, struct galat *g);

/* A new session. */
struct pengguna_sesi {
	struct store_pengguna u; /* the user, hash wiped */
	char token[72];		 /* for the cookie: 64 hex digits */
	char token_hash[72];	 /* what is stored */
	char csrf[72];
	int coba_lagi; /* with LAYANAN_BATAS: seconds until the next attempt is checked */
};

/*
 * Logs nama in from `alamat` (the client's address): LAYANAN_OK with *out,
 * LAYANAN_DITOLAK (wrong or unknown name, wrong password, inactive user: one
 * answer after the same argon2id work), LAYANAN_BATAS, or LAYANAN_SIBUK when
 * the throttle or the session cannot be read or written (fail closed).
 * `sesi_lama`, the token hash of the session the browser still holds (or
 * NULL), ends with the new login.
 */
int pengguna_masuk(struct store *s, const char *nama, const char *sandi, const char *alamat,
		   const char *sesi_lama, struct pengguna_sesi *out, struct galat *g);
/* Ends the session of token hash `sesi` (and every expired one); LAYANAN_SIBUK on error. */
int pengguna_keluar(struct store *s, const char *sesi, struct galat *g);
/* Token hash of a session token as stored (buffer of 72 bytes). */
void pengguna_token_hash(const char *token, char out[72]);

/*
 * Creates the first admin "admin" when there are no users, with the password
 * KINERJA_ADMIN_SANDI or a generated one copied into sandi (n bytes, at least
 * 17) for the caller to show once. *dibuat: 0 none needed, 1 from the
 * environment, 2 generated. 0 or -1 with g.
 */
int pengguna_admin_pertama(struct store *s, char *sandi, size_t n, int *dibuat, struct galat *g);

#endif
