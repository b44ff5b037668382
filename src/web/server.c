/*
 * The HTTP server: libmicrohttpd with a thread pool, one SQLite connection
 * per worker thread, the routing table, security headers on every response
 * and the cache of the measurement JSON. See web.h.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/ukur.h"
#include "../report/laporan.h"
#include "../report/ukur_json.h"
#include "html.h"
#include "web.h"
#include "web_int.h"

static const char *db_path;
static pthread_key_t kunci_store;

static void store_lepas(void *p)
{
	store_web_lepas(p);
	store_close(p);
}

/* The calling worker's connection, opened on its first request. */
static struct store *store_thread(void)
{
	struct store *s = pthread_getspecific(kunci_store);
	if (s)
		return s;
	struct galat g;
	galat_init(&g);
	if (store_open(db_path, STORE_ADA, &s, &g)) {
		fprintf(stderr, "kinerja: %s\n", g.pesan);
		return NULL;
	}
	pthread_setspecific(kunci_store, s);
	return s;
}

/* ---- the measurement cache ---- */

#define CACHE_N 32
struct cache_isi {
	char pemda[32];
	int tahun;
	int64_t versi;
	char *json;
	size_t len;
	unsigned long pakai;
};
static struct cache_isi cache[CACHE_N];
static pthread_mutex_t cache_kunci = PTHREAD_MUTEX_INITIALIZER;
static unsigned long cache_jam;

static char *cache_ambil(const char *pemda, int tahun, int64_t versi)
{
	char *hasil = NULL;
	pthread_mutex_lock(&cache_kunci);
	for (int i = 0; i < CACHE_N; i++) {
		struct cache_isi *c = &cache[i];
		if (c->json && c->tahun == tahun && c->versi == versi &&
		    strcmp(c->pemda, pemda) == 0) {
			hasil = xstrndup(c->json, c->len);
			c->pakai = ++cache_jam;
			break;
		}
	}
	pthread_mutex_unlock(&cache_kunci);
	return hasil;
}

static void cache_taruh(const char *pemda, int tahun, int64_t versi, const char *json)
{
	pthread_mutex_lock(&cache_kunci);
	struct cache_isi *pilih = &cache[0];
	for (int i = 0; i < CACHE_N; i++) {
		struct cache_isi *c = &cache[i];
		if (c->json && c->tahun == tahun && strcmp(c->pemda, pemda) == 0) {
			pilih = c;
			break;
		}
		if (!c->json || c->pakai < pilih->pakai)
			pilih = c;
		if (!c->json)
			break;
	}
	free(pilih->json);
	snprintf(pilih->pemda, sizeof(pilih->pemda), "%s", pemda);
	pilih->tahun = tahun;
	pilih->versi = versi;
	pilih->len = strlen(json);
	pilih->json = xstrndup(json, pilih->len);
	pilih->pakai = ++cache_jam;
	pthread_mutex_unlock(&cache_kunci);
}

static atomic_uint_fast64_t ubah;

uint64_t web_ubah_sekarang(void)
{
	return atomic_load(&ubah);
}

void web_ubah_catat(void)
{
	atomic_fetch_add(&ubah, 1);
}

/* The data version (last audit id), looked up at most once a second per worker. */
static int64_t versi_data(struct store *s)
{
	static _Thread_local int64_t detik = -1, versi = -1;
	static _Thread_local uint64_t ubah_saat;
	int64_t sekarang = (int64_t)time(NULL);
	uint64_t u = web_ubah_sekarang();
	if (sekarang != detik || u != ubah_saat || versi < 0) {
		versi = store_web_versi(s);
		detik = sekarang;
		ubah_saat = u;
	}
	return versi;
}

char *web_capaian_json(struct web_req *r, const char *pemda, int tahun, int *status)
{
	int64_t versi = versi_data(r->s);
	if (strlen(pemda) >= 32)
		return *status = 404, NULL;
	char *j = versi >= 0 ? cache_ambil(pemda, tahun, versi) : NULL;
	if (j)
		return j;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, &m, &g)) {
		model_release(&m);
		*status = g.pengguna ? 404 : 500;
		return NULL;
	}
	struct pengukuran p;
	ukur_hitung(&m, tahun, &p);
	j = ukur_json_teks(&p);
	ukur_release(&p);
	model_release(&m);
	if (versi >= 0)
		cache_taruh(pemda, tahun, versi, j);
	return j;
}

/* ---- request helpers ---- */

const char *web_param(struct web_req *r, const char *nama)
{
	const char *v = MHD_lookup_connection_value(r->con, MHD_GET_ARGUMENT_KIND, nama);
	if (v && strlen(v) > WEB_BATAS_FIELD)
		return NULL;
	return v;
}

const char *web_form(struct web_req *r, const char *nama)
{
	size_t n = strlen(nama);
	const char *p = r->body, *end = r->body + r->nbody;
	while (p && p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *e = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(e - p));
		if (eq && (size_t)(eq - p) == n && memcmp(p, nama, n) == 0) {
			size_t len = (size_t)(e - eq - 1);
			if (len > 3 * WEB_BATAS_FIELD)
				return NULL;
			char *out = arena_alloc(&r->arena, len + 1);
			html_url_decode(eq + 1, len, out, len + 1);
			if (strlen(out) > WEB_BATAS_FIELD)
				return NULL;
			return out;
		}
		p = amp ? amp + 1 : NULL;
	}
	return NULL;
}

void web_json(struct web_req *r, int status, json_t *j)
{
	char *t = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(15));
	json_decref(j);
	buf_reset(&r->out);
	buf_puts(&r->out, t ? t : "null");
	free(t);
	r->status = status;
	r->jenis = "application/json; charset=utf-8";
}

void web_galat(struct web_req *r, int status, const char *pesan)
{
	web_json(r, status, json_pack("{s:s}", "galat", pesan));
}

void web_alih(struct web_req *r, const char *lokasi)
{
	free(r->lokasi);
	r->lokasi = xstrdup(lokasi);
	r->status = 303;
	buf_reset(&r->out);
	r->jenis = "text/plain; charset=utf-8";
}

/* ---- routing ---- */

enum { UMUM = 0, PERLU_MASUK = 1, UBAH = 2 };

static const struct rute {
	const char *method, *path;
	void (*fn)(struct web_req *r);
	int syarat;
} rute[] = {
	{"POST", "/api/masuk", api_masuk, UMUM},
	{"POST", "/api/keluar", api_keluar, PERLU_MASUK | UBAH},
	{"GET", "/api/capaian", api_capaian, PERLU_MASUK},
	{"GET", "/api/reviu", api_reviu, PERLU_MASUK},
	{"PUT", "/api/realisasi", api_realisasi, PERLU_MASUK | UBAH},
	{"POST", "/api/realisasi/verifikasi", api_verifikasi, PERLU_MASUK | UBAH},
	{"GET", "/api/realisasi/usulan", api_usulan, PERLU_MASUK},
	{"GET", "/api/audit", api_audit, PERLU_MASUK},
	{"GET", "/api/pengguna", api_pengguna, PERLU_MASUK},
	{"POST", "/api/pengguna", api_pengguna_tambah, PERLU_MASUK | UBAH},
	{"POST", "/api/pengguna/status", api_pengguna_status, PERLU_MASUK | UBAH},
	{"POST", "/api/pengguna/kata-sandi", api_pengguna_sandi, PERLU_MASUK | UBAH},
	{"POST", "/api/kata-sandi", api_sandi, PERLU_MASUK | UBAH},
	{"GET", "/api/pemda", api_pemda, PERLU_MASUK},
	{"GET", "/masuk", hal_masuk, UMUM},
	{"POST", "/masuk", hal_masuk_kirim, UMUM},
	{"POST", "/keluar", hal_keluar, PERLU_MASUK | UBAH},
	{"GET", "/", hal_dasbor, PERLU_MASUK},
	{"GET", "/dasbor", hal_dasbor, PERLU_MASUK},
	{"GET", "/indikator", hal_indikator, PERLU_MASUK},
	{"GET", "/realisasi", hal_realisasi, PERLU_MASUK},
	{"POST", "/realisasi", hal_realisasi_kirim, PERLU_MASUK | UBAH},
	{"POST", "/verifikasi", hal_verifikasi, PERLU_MASUK | UBAH},
	{"GET", "/reviu", hal_reviu, PERLU_MASUK},
	{"GET", "/laporan", hal_laporan, PERLU_MASUK},
	{"GET", "/audit", hal_audit, PERLU_MASUK},
	{"GET", "/pengguna", hal_pengguna, PERLU_MASUK},
	{"POST", "/pengguna", hal_pengguna_kirim, PERLU_MASUK | UBAH},
	{"POST", "/pengguna/status", hal_pengguna_status, PERLU_MASUK | UBAH},
	{"POST", "/pengguna/kata-sandi", hal_pengguna_sandi, PERLU_MASUK | UBAH},
	{"GET", "/akun", hal_akun, PERLU_MASUK},
	{"POST", "/akun", hal_akun_kirim, PERLU_MASUK | UBAH},
};

static int is_api(const char *path)
{
	return strncmp(path, "/api/", 5) == 0;
}

static void layani(struct web_req *r)
{
	const char *jenis;
	const char *aset = aset_cari(r->path, &jenis);
	if (aset && (strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0)) {
		buf_puts(&r->out, aset);
		r->status = 200;
		r->jenis = jenis;
		return;
	}
	const struct rute *cocok = NULL;
	int path_ada = 0;
	for (size_t i = 0; i < sizeof(rute) / sizeof(*rute); i++) {
		if (strcmp(rute[i].path, r->path) != 0)
			continue;
		path_ada = 1;
		/* HEAD is a GET whose body libmicrohttpd leaves out. */
		if (strcmp(rute[i].method, r->method) == 0 ||
		    (strcmp(r->method, "HEAD") == 0 && strcmp(rute[i].method, "GET") == 0))
			cocok = &rute[i];
	}
	if (!cocok) {
		if (path_ada)
			return web_galat(r, 405, "metode tidak diizinkan");
		if (is_api(r->path))
			return web_galat(r, 404, "tidak ditemukan");
		r->status = 404;
		r->jenis = "text/plain; charset=utf-8";
		buf_puts(&r->out, "404 halaman tidak ditemukan\n");
		return;
	}
	if (!r->s)
		return web_galat(r, 500, "basis data tidak dapat dibuka");
	if (web_sesi_muat(r) < 0)
		return web_galat(r, 500, "basis data: sesi");
	if ((cocok->syarat & PERLU_MASUK) && !r->masuk) {
		if (is_api(r->path))
			return web_galat(r, 401, "belum masuk");
		return web_alih(r, "/masuk");
	}
	if (cocok->syarat & UBAH) {
		const char *token = is_api(r->path)
					    ? MHD_lookup_connection_value(r->con, MHD_HEADER_KIND,
									  "X-CSRF-Token")
					    : web_form(r, "csrf");
		if (!web_csrf_sah(r, token))
			return web_galat(r, 403, "token CSRF tidak sah");
	}
	cocok->fn(r);
	if (strcmp(r->method, "GET") != 0 && strcmp(r->method, "HEAD") != 0)
		web_ubah_catat();
}

/* ---- libmicrohttpd glue ---- */

struct konteks {
	struct buf body;
	int terlalu_besar;
};

static void tambah_header(struct MHD_Response *resp, const struct web_req *r)
{
	MHD_add_response_header(resp, "Content-Type", r->jenis ? r->jenis : "text/plain");
	MHD_add_response_header(resp, "Content-Security-Policy",
				"default-src 'self'; script-src 'self'; style-src 'self'; "
				"img-src 'self' data:; object-src 'none'; base-uri 'none'; "
				"form-action 'self'; frame-ancestors 'none'");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "Cache-Control",
				strncmp(r->path, "/aset/", 6) == 0 ? "max-age=3600" : "no-store");
	if (r->cookie)
		MHD_add_response_header(resp, "Set-Cookie", r->cookie);
	if (r->lokasi)
		MHD_add_response_header(resp, "Location", r->lokasi);
	if (r->unduh) {
		char cd[160];
		snprintf(cd, sizeof(cd), "attachment; filename=\"%s\"", r->unduh);
		/* Only plain characters in the name: a pemda code is the user's text. */
		for (char *c = cd + 22; *c && c[1]; c++)
			if (!isalnum((unsigned char)*c) && *c != '.' && *c != '-' && *c != '_')
				*c = '_';
		MHD_add_response_header(resp, "Content-Disposition", cd);
	}
}

static enum MHD_Result kirim(struct MHD_Connection *con, struct web_req *r)
{
	size_t len = r->out.len;
	char *data = buf_detach(&r->out);
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(data);
		return MHD_NO;
	}
	tambah_header(resp, r);
	enum MHD_Result rc = MHD_queue_response(con, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return rc;
}

static enum MHD_Result akses(void *cls, struct MHD_Connection *con, const char *url,
			     const char *method, const char *version, const char *upload_data,
			     size_t *upload_data_size, void **con_cls)
{
	(void)cls;
	(void)version;
	struct konteks *k = *con_cls;
	if (!k) {
		k = xcalloc(1, sizeof(*k));
		*con_cls = k;
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (k->body.len + *upload_data_size > WEB_BATAS_BODY)
			k->terlalu_besar = 1;
		else
			buf_append(&k->body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	struct web_req r;
	memset(&r, 0, sizeof(r));
	r.con = con;
	r.method = method;
	r.path = url;
	r.body = k->body.data ? k->body.data : "";
	r.nbody = k->body.len;
	r.status = 200;
	arena_init(&r.arena);
	buf_init(&r.out);
	if (k->terlalu_besar) {
		web_galat(&r, 413, "isi permintaan terlalu besar");
	} else if (strlen(url) > WEB_BATAS_FIELD) {
		web_galat(&r, 414, "alamat terlalu panjang");
	} else {
		r.s = store_thread();
		layani(&r);
		if (r.s)
			store_rollback(r.s);
	}
	enum MHD_Result rc = kirim(con, &r);
	buf_release(&r.out);
	free(r.cookie);
	free(r.lokasi);
	free(r.cache_json);
	arena_release(&r.arena);
	return rc;
}

static void selesai(void *cls, struct MHD_Connection *con, void **con_cls,
		    enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)con;
	(void)toe;
	struct konteks *k = *con_cls;
	if (!k)
		return;
	buf_release(&k->body);
	free(k);
	*con_cls = NULL;
}

static int pisah_listen(const char *listen, struct sockaddr_in *addr, struct galat *g)
{
	char host[64];
	const char *titik2 = strrchr(listen, ':');
	if (!titik2 || (size_t)(titik2 - listen) >= sizeof(host)) {
		g->pengguna = 1;
		return galat_set(g, "--listen '%s' bukan ALAMAT:PORT (mis. 127.0.0.1:8080)", listen);
	}
	memcpy(host, listen, (size_t)(titik2 - listen));
	host[titik2 - listen] = '\0';
	char *end;
	long port = strtol(titik2 + 1, &end, 10);
	memset(addr, 0, sizeof(*addr));
	addr->sin_family = AF_INET;
	if (*end || port < 0 || port > 65535 || inet_pton(AF_INET, host, &addr->sin_addr) != 1) {
		g->pengguna = 1;
		return galat_set(g, "--listen '%s' bukan ALAMAT:PORT (mis. 127.0.0.1:8080)", listen);
	}
	addr->sin_port = htons((uint16_t)port);
	return 0;
}

int web_jalankan(const char *db, const char *listen, struct galat *g)
{
	struct sockaddr_in addr;
	if (pisah_listen(listen, &addr, g))
		return -1;
	if (sodium_init() < 0)
		return galat_set(g, "libsodium tidak dapat dimulai");
	struct store *s;
	if (store_open(db, STORE_ADA, &s, g))
		return -1;
	db_path = db;
	pthread_key_create(&kunci_store, store_lepas);

	/* Worker threads inherit this mask, so only sigwait below sees the signals. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	long inti = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned int n = inti > 0 ? (unsigned int)inti : 1;
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, 0, NULL, NULL, akses, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE, n,
		MHD_OPTION_NOTIFY_COMPLETED, selesai, NULL, MHD_OPTION_CONNECTION_LIMIT,
		(unsigned int)1000, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)30, MHD_OPTION_END);
	if (!d) {
		store_close(s);
		g->pengguna = 1;
		return galat_set(g, "tidak dapat mendengarkan di %s (port sudah dipakai?)", listen);
	}
	/* The first admin only once the port is ours: its password is printed once. */
	int rc = web_admin_pertama(s, g);
	store_close(s);
	if (rc) {
		MHD_stop_daemon(d);
		return -1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	char host[64];
	inet_ntop(AF_INET, &addr.sin_addr, host, sizeof(host));
	printf("kinerja: aplikasi web di http://%s:%u/ (%u utas; Ctrl-C untuk berhenti)\n", host,
	       info ? (unsigned)info->port : (unsigned)ntohs(addr.sin_port), n);
	fflush(stdout);
	int sig;
	sigwait(&set, &sig);
	MHD_stop_daemon(d);
	/* The workers have stopped: no report is being written any more. */
	laporan_bersihkan();
	return 0;
}
