/*
 * Sessions and passwords: argon2id hashes, random session tokens of which
 * only a hash is stored, a CSRF token per session, throttling of failed
 * logins, the first admin. See web_int.h.
 */
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "web.h"
#include "web_int.h"

#define COOKIE "kinerja_sesi"

static void acak_hex(char *out, size_t nbytes)
{
	unsigned char b[64];
	randombytes_buf(b, nbytes);
	sodium_bin2hex(out, nbytes * 2 + 1, b, nbytes);
}

static void token_hash(const char *token, char out[72])
{
	unsigned char h[32];
	crypto_generichash(h, sizeof(h), (const unsigned char *)token, strlen(token), NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof(h));
}

int web_sandi_hash(const char *sandi, char *out, size_t n)
{
	if (n < crypto_pwhash_STRBYTES)
		return -1;
	if (crypto_pwhash_str_alg(out, sandi, strlen(sandi), crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE,
				  crypto_pwhash_ALG_ARGON2ID13) != 0)
		return -1;
	return 0;
}

int web_peran_sah(const char *peran)
{
	static const char *const semua[] = {"admin", "perencana", "operator", "reviewer",
					    "pimpinan"};
	for (size_t i = 0; i < sizeof(semua) / sizeof(*semua); i++)
		if (peran && strcmp(peran, semua[i]) == 0)
			return 1;
	return 0;
}

int web_peran(const struct web_req *r, const char *daftar)
{
	if (!r->masuk)
		return 0;
	size_t n = strlen(r->u.peran);
	for (const char *p = daftar; p && *p;) {
		const char *koma = strchr(p, ',');
		size_t len = koma ? (size_t)(koma - p) : strlen(p);
		if (len == n && strncmp(p, r->u.peran, n) == 0)
			return 1;
		p = koma ? koma + 1 : NULL;
	}
	return 0;
}

int web_boleh_pemda(const struct web_req *r, const char *pemda)
{
	return r->masuk && (!r->u.pemda[0] || strcmp(r->u.pemda, pemda) == 0);
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

int web_sesi_muat(struct web_req *r)
{
	const char *token = MHD_lookup_connection_value(r->con, MHD_COOKIE_KIND, COOKIE);
	if (!token || strlen(token) != 64)
		return 0;
	token_hash(token, r->token_hash);
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

static void alamat(struct web_req *r, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(r->con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	snprintf(out, n, "ip:?");
	if (ci && ci->client_addr && ci->client_addr->sa_family == AF_INET) {
		char a[INET_ADDRSTRLEN];
		const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)ci->client_addr;
		inet_ntop(AF_INET, &in->sin_addr, a, sizeof(a));
		snprintf(out, n, "ip:%s", a);
	}
}

static char palsu_hash[crypto_pwhash_STRBYTES];

static void hash_palsu_buat(void)
{
	char sandi[40];
	acak_hex(sandi, 16);
	if (crypto_pwhash_str_alg(palsu_hash, sandi, strlen(sandi),
				  crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE,
				  crypto_pwhash_ALG_ARGON2ID13) != 0)
		palsu_hash[0] = '\0';
}

int web_sesi_masuk(struct web_req *r, const char *nama, const char *sandi, const char **pesan)
{
	*pesan = "nama atau kata sandi salah";
	if (!nama || !sandi || !*nama || strlen(nama) > 60 || strlen(sandi) > 200)
		return 401;
	int64_t sekarang = (int64_t)time(NULL);
	char kunci_nama[96], kunci_ip[64];
	snprintf(kunci_nama, sizeof(kunci_nama), "nama:%s", nama);
	alamat(r, kunci_ip, sizeof(kunci_ip));
	int n_nama = store_web_gagal_jumlah(r->s, kunci_nama, sekarang - WEB_GAGAL_DETIK);
	int n_ip = store_web_gagal_jumlah(r->s, kunci_ip, sekarang - WEB_GAGAL_DETIK);
	if (n_nama >= WEB_GAGAL_MAKS || n_ip >= 10 * WEB_GAGAL_MAKS) {
		*pesan = "terlalu banyak percobaan masuk yang gagal; coba lagi 15 menit lagi";
		return 429;
	}
	struct store_pengguna u;
	int ada = store_web_pengguna_cari(r->s, nama, &u);
	if (ada < 0)
		return *pesan = "basis data", 500;
	if (!ada) {
		/*
		 * Spend the time a real check takes, so that the answer's delay does not
		 * tell which names exist. The hash is made once, of a random password.
		 */
		static pthread_once_t sekali = PTHREAD_ONCE_INIT;
		pthread_once(&sekali, hash_palsu_buat);
		snprintf(u.hash, sizeof(u.hash), "%s", palsu_hash);
	}
	/* A deactivated user gets the answer of a wrong password, after the same work. */
	if (!ada || crypto_pwhash_str_verify(u.hash, sandi, strlen(sandi)) != 0 || !u.aktif) {
		struct galat g;
		galat_init(&g);
		store_web_gagal_catat(r->s, kunci_nama, sekarang, &g);
		store_web_gagal_catat(r->s, kunci_ip, sekarang, &g);
		return 401;
	}
	char token[72], hash[72], csrf[72];
	acak_hex(token, 32);
	acak_hex(csrf, 32);
	token_hash(token, hash);
	struct galat g;
	galat_init(&g);
	store_web_gagal_hapus(r->s, kunci_nama, &g);
	store_web_sesi_hapus(r->s, NULL, sekarang, &g);
	if (store_web_sesi_buat(r->s, hash, u.id, csrf, sekarang + WEB_SESI_DETIK, &g))
		return *pesan = "basis data", 500;
	free(r->cookie);
	struct buf c = BUF_INIT;
	buf_printf(&c, COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%d", token,
		   WEB_SESI_DETIK);
	r->cookie = buf_detach(&c);
	r->masuk = 1;
	r->u = u;
	memset(r->u.hash, 0, sizeof(r->u.hash));
	snprintf(r->csrf, sizeof(r->csrf), "%s", csrf);
	snprintf(r->token_hash, sizeof(r->token_hash), "%s", hash);
	return 0;
}

void web_sesi_keluar(struct web_req *r)
{
	struct galat g;
	galat_init(&g);
	store_web_sesi_hapus(r->s, r->token_hash, (int64_t)time(NULL), &g);
	free(r->cookie);
	r->cookie = xstrdup(COOKIE "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
	r->masuk = 0;
}

int web_sandi_ubah(struct web_req *r, const char *lama, const char *baru, const char **pesan)
{
	if (!r->masuk)
		return *pesan = "belum masuk", 401;
	if (!baru || strlen(baru) < 8 || strlen(baru) > 200)
		return *pesan = "kata sandi baru minimal 8 karakter (maks. 200)", 400;
	/*
	 * Wrong old passwords count as failed logins of the name, so that a stolen
	 * session cannot be used to guess the password at leisure.
	 */
	int64_t sekarang = (int64_t)time(NULL);
	char kunci[96];
	snprintf(kunci, sizeof(kunci), "nama:%s", r->u.nama);
	if (store_web_gagal_jumlah(r->s, kunci, sekarang - WEB_GAGAL_DETIK) >= WEB_GAGAL_MAKS)
		return *pesan = "terlalu banyak percobaan yang gagal; coba lagi 15 menit lagi", 429;
	struct store_pengguna u;
	int ada = store_web_pengguna_cari(r->s, r->u.nama, &u);
	if (ada < 0)
		return *pesan = "basis data", 500;
	struct galat g;
	galat_init(&g);
	if (!ada || !lama || strlen(lama) > 200 ||
	    crypto_pwhash_str_verify(u.hash, lama, strlen(lama)) != 0) {
		store_web_gagal_catat(r->s, kunci, sekarang, &g);
		sodium_memzero(u.hash, sizeof(u.hash));
		return *pesan = "kata sandi lama salah", 403;
	}
	sodium_memzero(u.hash, sizeof(u.hash));
	char hash[crypto_pwhash_STRBYTES];
	if (web_sandi_hash(baru, hash, sizeof(hash)))
		return *pesan = "tidak dapat membuat hash", 500;
	if (store_begin(r->s, &g))
		return *pesan = "basis data sibuk", 500;
	if (store_web_pengguna_sandi(r->s, u.id, hash, &g) ||
	    store_web_sesi_hapus_pengguna(r->s, u.id, r->token_hash, &g) ||
	    store_audit(r->s, r->u.nama, u.pemda[0] ? u.pemda : NULL, "pengguna", u.nama, NULL,
			"kata sandi diubah", &g)) {
		store_rollback(r->s);
		return *pesan = "basis data", 500;
	}
	if (store_commit(r->s, &g))
		return *pesan = "basis data", 500;
	store_web_gagal_hapus(r->s, kunci, &g);
	return 200;
}

int web_admin_pertama(struct store *s, struct galat *g)
{
	int n = store_web_pengguna_jumlah(s, g);
	if (n != 0)
		return n < 0 ? -1 : 0;
	const char *env = getenv("KINERJA_ADMIN_SANDI");
	char sandi[32];
	int dibuat = 0;
	if (env && *env) {
		if (strlen(env) < 8) {
			g->pengguna = 1;
			return galat_set(g, "KINERJA_ADMIN_SANDI terlalu pendek (minimal 8 karakter)");
		}
		snprintf(sandi, sizeof(sandi), "%s", env);
	} else {
		static const char abjad[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		for (int i = 0; i < 16; i++)
			sandi[i] = abjad[randombytes_uniform(sizeof(abjad) - 1)];
		sandi[16] = '\0';
		dibuat = 1;
	}
	char hash[crypto_pwhash_STRBYTES];
	if (web_sandi_hash(sandi, hash, sizeof(hash)))
		return galat_set(g, "tidak dapat membuat hash kata sandi (memori?)");
	if (store_begin(s, g))
		return -1;
	if (store_web_pengguna_tambah(s, "admin", "admin", NULL, NULL, hash, g) ||
	    store_audit(s, "kinerja", NULL, "pengguna", "admin", NULL, "peran=admin", g)) {
		store_rollback(s);
		return -1;
	}
	if (store_commit(s, g))
		return -1;
	if (dibuat)
		printf("kinerja: pengguna pertama dibuat: nama 'admin', kata sandi '%s'\n"
		       "         (ditampilkan sekali ini saja; simpan, lalu buat pengguna lain)\n",
		       sandi);
	else
		printf("kinerja: pengguna pertama 'admin' dibuat dengan kata sandi dari "
		       "KINERJA_ADMIN_SANDI\n");
	fflush(stdout);
	sodium_memzero(sandi, sizeof(sandi));
	return 0;
}
