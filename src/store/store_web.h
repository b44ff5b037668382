/*
 * The tables of the web application (migration 0002_web.sql): users,
 * sessions, failed logins and realisasi submissions awaiting verification.
 * The SQL runs through the store's driver (either engine) with bound parameters.
 */
#ifndef KINERJA_STORE_WEB_H
#define KINERJA_STORE_WEB_H

#include <stdint.h>

#include "store.h"

/* One user; strings are copied into the fixed fields ("" for none). */
struct store_pengguna {
	int64_t id;
	char nama[64];
	char peran[16];
	char opd[64];
	char pemda[32];
	char hash[160];
	int aktif; /* 0 when an admin deactivated the user (migration 0003) */
};

/* Number of users, or -1. */
int store_web_pengguna_jumlah(struct store *s, struct galat *g);
/* Adds a user (opd and pemda may be NULL or ""); a taken name is a user error. */
int store_web_pengguna_tambah(struct store *s, const char *nama, const char *peran,
			      const char *opd, const char *pemda, const char *hash,
			      struct galat *g);
/* Finds a user by name: 1 found, 0 not, -1 error. */
int store_web_pengguna_cari(struct store *s, const char *nama, struct store_pengguna *out);
/* Replaces the password hash of user id. */
int store_web_pengguna_sandi(struct store *s, int64_t id, const char *hash, struct galat *g);
/* Activates (1) or deactivates (0) user id. */
int store_web_pengguna_aktif(struct store *s, int64_t id, int aktif, struct galat *g);
/* Calls fn for every user by name; stops on fn's nonzero. Hashes are left empty. */
int store_web_pengguna_daftar(struct store *s,
			      int (*fn)(const struct store_pengguna *u, void *arg), void *arg,
			      struct galat *g);

/* Stores a session by the hash of its token, expiring at unix time `kedaluwarsa`. */
int store_web_sesi_buat(struct store *s, const char *token_hash, int64_t pengguna,
			const char *csrf, int64_t kedaluwarsa, struct galat *g);
/*
 * The user and CSRF token (buffer of ncsrf bytes) of an unexpired session of an
 * active user: 1 found, 0 not (or expired, or the user deactivated), -1 error.
 */
int store_web_sesi_cari(struct store *s, const char *token_hash, int64_t sekarang,
			struct store_pengguna *u, char *csrf, size_t ncsrf);
/*
 * Deletes every session of user `pengguna` except the one whose token hash is
 * `kecuali` (NULL: all of them).
 */
int store_web_sesi_hapus_pengguna(struct store *s, int64_t pengguna, const char *kecuali,
				  struct galat *g);
/* Deletes a session (logout) and every expired one. */
int store_web_sesi_hapus(struct store *s, const char *token_hash, int64_t sekarang,
			 struct galat *g);

/* Records a failed login for kunci (a user name or an address) at unix time `waktu`. */
int store_web_gagal_catat(struct store *s, const char *kunci, int64_t waktu, struct galat *g);
/* Failed logins of kunci since unix time `sejak`, or -1. */
int store_web_gagal_jumlah(struct store *s, const char *kunci, int64_t sejak);
/* Forgets the failed logins of kunci (after a successful one). */
int store_web_gagal_hapus(struct store *s, const char *kunci, struct galat *g);

/* A realisasi submitted by an operator. */
struct store_usulan {
	int64_t id;
	char pemda[32], indikator[64];
	int tahun, triwulan;
	char nilai[128];
	char status[16]; /* diajukan, disetujui, dikembalikan */
	char diajukan_oleh[64], waktu[32], diperiksa_oleh[64];
	char alasan[512];
};

/* Adds a submission (status diajukan); *id receives its number. */
int store_web_usulan_tambah(struct store *s, const char *pemda, const char *indikator,
			    int tahun, int triwulan, const char *nilai, const char *oleh,
			    int64_t *id, struct galat *g);
/* A submission by number: 1 found, 0 not, -1 error. */
int store_web_usulan_cari(struct store *s, int64_t id, struct store_usulan *out);
/* Sets the status (disetujui or dikembalikan), the verifier and the reason. */
int store_web_usulan_status(struct store *s, int64_t id, const char *status, const char *oleh,
			    const char *alasan, struct galat *g);
/*
 * Calls fn for the submissions of pemda (and of tahun when > 0), newest first,
 * at most `batas`; only those with status `status` when it is not NULL.
 */
int store_web_usulan_daftar(struct store *s, const char *pemda, int tahun, const char *status,
			    int batas, int (*fn)(const struct store_usulan *u, void *arg),
			    void *arg, struct galat *g);

/* A number that changes whenever anything audited changes (the last audit id), or -1. */
int64_t store_web_versi(struct store *s);

/* Finalizes the statements the calling thread keeps prepared on s; call before store_close. */
void store_web_lepas(struct store *s);

/*
 * The failed logins of kunci since unix time `sejak`: their number and the
 * time of the last one (0 when none). 0, or -1 with g: the caller fails closed.
 */
int store_web_gagal_terakhir(struct store *s, const char *kunci, int64_t sejak, int *jumlah,
			     int64_t *terakhir, struct galat *g);
/* Forgets every failed login recorded before unix time `sebelum` (of any key). */
int store_web_gagal_lupakan(struct store *s, int64_t sebelum, struct galat *g);

#endif
