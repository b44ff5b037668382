/*
 * The web side of sessions: the cookie, the session of a request (memoised
 * per worker), the CSRF check, the caller as an actor of the services layer.
 * Logins, the throttle, passwords and the first admin are use cases of
 * src/layanan/pengguna.c. See web_int.h.
 */
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../layanan/pengguna.h"
#include "../layanan/token.h"
#include "web.h"
#include "web_int.h"

#define COOKIE "kinerja_sesi"

void web_aktor(const struct web_req *r, struct aktor *a)
{
	*a = (struct aktor){.nama = r->u.nama, .peran = r->u.peran, .pemda = r->u.pemda,
			    .opd = r->u.opd, .id = r->u.id};
}

const char *web_pesan(struct web_req *r, const struct galat *g)
{
	return arena_strdup(&r->arena, g->pesan[0] ? g->pesan : "basis data");
}

int web_peran(const struct web_req *r, const char *daftar)
{
	struct aktor a;
	web_aktor(r, &a);
	return r->masuk && aktor_peran(&a, daftar);
}

int web_boleh_pemda(const struct web_req *r, const char *pemda)
{
	struct aktor a;
	web_aktor(r, &a);
	return r->masuk && aktor_lingkup(&a, pemda);
}

/* A worker's memo of recent session look-ups (see web_ubah_catat). */
#define MEMO_N 8
struct sesi_memo {
	char token_hash[72];
	int64_t detik;
	uint64_t ubah;
	int masuk;
	struct store_pengguna u;
	char csrf[72];
};
static _Thread_local struct sesi_memo memo[MEMO_N];
static _Thread_local unsigned memo_berikut;

/*
 * An API token (Authorization: Bearer, on /api/ only): the request acts as a
 * user with the token's role and scope, without CSRF token (so it writes
 * nothing: router.c answers 403 to a write), r->token_api 1; an unknown or
 * revoked token sets -1 (401). 0, or -1 on a database error.
 */
static int sesi_token(struct web_req *r, const char *kepala)
{
	struct store_token t;
	int rc = token_cek(r->s, kepala + 7, &t);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		r->token_api = -1;
		return 0;
	}
	r->token_api = 1;
	r->masuk = 1;
	memset(&r->u, 0, sizeof(r->u));
	r->u.id = 0;
	snprintf(r->u.nama, sizeof(r->u.nama), "token:%.57s", t.nama); /* names have at most 50 bytes */
	snprintf(r->u.peran, sizeof(r->u.peran), "%s", t.peran);
	snprintf(r->u.pemda, sizeof(r->u.pemda), "%s", t.pemda);
	r->u.aktif = 1;
	r->csrf[0] = '\0';
	return 0;
}

int web_sesi_muat(struct web_req *r)
{
	const char *kepala = strncmp(r->path, "/api/", 5) == 0
				     ? MHD_lookup_connection_value(r->con, MHD_HEADER_KIND,
								   MHD_HTTP_HEADER_AUTHORIZATION)
				     : NULL;
	if (kepala && strncasecmp(kepala, "Bearer ", 7) == 0)
		return sesi_token(r, kepala);
	if (kepala) {
		r->token_api = -1; /* another scheme: refused rather than ignored */
		return 0;
	}
	const char *token = MHD_lookup_connection_value(r->con, MHD_COOKIE_KIND, COOKIE);
	if (!token || strlen(token) != 64)
		return 0;
	pengguna_token_hash(token, r->token_hash);
	int64_t sekarang = (int64_t)time(NULL);
	uint64_t ubah = web_ubah_sekarang();
	for (int i = 0; i < MEMO_N; i++) {
		struct sesi_memo *m = &memo[i];
		if (m->detik == sekarang && m->ubah == ubah &&
		    strcmp(m->token_hash, r->token_hash) == 0) {
			r->masuk = m->masuk;
			r->u = m->u;
			memcpy(r->csrf, m->csrf, sizeof(r->csrf));
			return 0;
		}
	}
	int rc = store_web_sesi_cari(r->s, r->token_hash, sekarang, &r->u, r->csrf,
				     sizeof(r->csrf));
	if (rc < 0)
		return -1;
	r->masuk = rc == 1;
	struct sesi_memo *m = &memo[memo_berikut++ % MEMO_N];
	memcpy(m->token_hash, r->token_hash, sizeof(m->token_hash));
	m->detik = sekarang;
	m->ubah = ubah;
	m->masuk = r->masuk;
	m->u = r->u;
	memcpy(m->csrf, r->csrf, sizeof(m->csrf));
	return 0;
}

int web_csrf_sah(struct web_req *r, const char *token)
{
	if (!r->masuk || !token || strlen(token) != strlen(r->csrf) || !r->csrf[0])
		return 0;
	return sodium_memcmp(token, r->csrf, strlen(r->csrf)) == 0;
}

/* The client's address, the key of the throttle's (address, name) pairs. */
static void alamat(struct web_req *r, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(r->con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	char a[INET6_ADDRSTRLEN] = "?";
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, a,
			  sizeof(a));
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, a,
			  sizeof(a));
	snprintf(out, n, "%s", a);
}

int web_sesi_masuk(struct web_req *r, const char *nama, const char *sandi, const char **pesan,
		   int *coba_lagi)
{
	char ip[INET6_ADDRSTRLEN + 8];
	alamat(r, ip, sizeof(ip));
	struct pengguna_sesi baru;
	struct galat g;
	int st = pengguna_masuk(r->s, nama, sandi, ip, r->token_hash[0] ? r->token_hash : NULL,
				&baru, &g);
	*coba_lagi = baru.coba_lagi;
	if (st) {
		*pesan = web_pesan(r, &g);
		return st;
	}
	free(r->cookie);
	struct buf c = BUF_INIT;
	buf_printf(&c, COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%d", baru.token,
		   PENGGUNA_SESI_DETIK);
	r->cookie = buf_detach(&c);
	sodium_memzero(baru.token, sizeof(baru.token));
	r->masuk = 1;
	r->u = baru.u;
	snprintf(r->csrf, sizeof(r->csrf), "%s", baru.csrf);
	snprintf(r->token_hash, sizeof(r->token_hash), "%s", baru.token_hash);
	return 0;
}

int web_sesi_keluar(struct web_req *r, const char **pesan)
{
	struct galat g;
	int st = pengguna_keluar(r->s, r->token_hash, &g);
	if (st) {
		/* The session stays valid: say so rather than drop the cookie and pretend. */
		*pesan = web_pesan(r, &g);
		return st;
	}
	free(r->cookie);
	r->cookie = xstrdup(COOKIE "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
	r->masuk = 0;
	return 0;
}

int web_sandi_ubah(struct web_req *r, const char *lama, const char *baru, const char **pesan)
{
	if (!r->masuk)
		return *pesan = "belum masuk", 401;
	char ip[INET6_ADDRSTRLEN + 8];
	alamat(r, ip, sizeof(ip));
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int coba_lagi;
	int st = pengguna_sandi_ubah(r->s, &a, lama, baru, r->token_hash, ip, &coba_lagi, &g);
	if (st) {
		*pesan = web_pesan(r, &g);
		return st;
	}
	return 200;
}

int web_admin_pertama(struct store *s, struct galat *g)
{
	char sandi[32];
	int dibuat;
	if (pengguna_admin_pertama(s, sandi, sizeof(sandi), &dibuat, g))
		return -1;
	if (dibuat == 2)
		printf("kinerja: pengguna pertama dibuat: nama 'admin', kata sandi '%s'\n"
		       "         (ditampilkan sekali ini saja; simpan, lalu buat pengguna lain)\n",
		       sandi);
	else if (dibuat == 1)
		printf("kinerja: pengguna pertama 'admin' dibuat dengan kata sandi dari "
		       "KINERJA_ADMIN_SANDI\n");
	fflush(stdout);
	sodium_memzero(sandi, sizeof(sandi));
	return 0;
}
