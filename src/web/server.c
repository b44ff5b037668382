/*
 * The HTTP server: libmicrohttpd with a thread pool, one database connection
 * per worker thread, the limits on what a request may be (batas.h), and the
 * hand-over of each complete request to the router. See web.h.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "../report/laporan.h"
#include "batas.h"
#include "router.h"
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
	if (pthread_setspecific(kunci_store, s) != 0) {
		store_close(s); /* not kept: the request is answered 500 */
		return NULL;
	}
	return s;
}

/* ---- libmicrohttpd glue ---- */

struct konteks {
	struct buf body;
	int terlalu_besar;
	size_t batas; /* WEB_BATAS_BODY, or WEB_BATAS_UNGGAH on an upload route */
};

/* An answer made here, before the router: a refused request. */
static enum MHD_Result tolak(struct MHD_Connection *con, const char *url, int status,
			     const char *pesan)
{
	struct web_req r;
	memset(&r, 0, sizeof(r));
	r.path = url;
	buf_init(&r.out);
	web_galat(&r, status, pesan);
	enum MHD_Result rc = web_kirim(con, &r);
	buf_release(&r.out);
	return rc;
}

/*
 * The first call for a request, once its headers are in: the limits that do
 * not need the body. MHD_YES to go on (nothing queued), else the result of
 * queueing the refusal.
 */
/*
 * An upload route takes a larger body, but only from a logged-in admin or
 * perencana: the session is checked before a byte of the body is read, so
 * no one else makes the server hold megabytes. 0 to go on, else the status.
 */
static int unggah_cek(struct MHD_Connection *con, const char *url, const char *peran,
		      const char **pesan)
{
	struct web_req r;
	memset(&r, 0, sizeof(r));
	r.con = con;
	r.path = url;
	r.s = store_thread();
	if (!r.s)
		return *pesan = "basis data tidak dapat dibuka", 500;
	int rc = web_sesi_muat(&r);
	store_rollback(r.s); /* nothing else runs on it before the body is in */
	if (rc < 0)
		return *pesan = "basis data: sesi", 500;
	if (!r.masuk)
		return *pesan = "belum masuk", 401;
	if (!web_peran(&r, peran))
		return *pesan = strcmp(peran, "admin,perencana") == 0
				    ? "hanya admin dan perencana yang boleh mengunggah templat"
				    : "peran ini tidak boleh mengunggah bukti",
		       403;
	return 0;
}

static int kepala_cek(struct MHD_Connection *con, const char *method, const char *url,
		      enum MHD_Result *rc, size_t *batas)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(con, MHD_CONNECTION_INFO_REQUEST_HEADER_SIZE);
	if (strlen(url) > WEB_BATAS_FIELD)
		return *rc = tolak(con, url, 414, "alamat terlalu panjang"), 1;
	if (!ci || ci->header_size > BATAS_KEPALA_BYTE)
		return *rc = tolak(con, url, 431, "kepala permintaan terlalu besar"), 1;
	const char *cl =
		MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	int bukti = web_rute_bukti(method, url);
	*batas = web_rute_unggah(url) ? WEB_BATAS_UNGGAH : bukti ? WEB_BATAS_BUKTI : WEB_BATAS_BODY;
	if (cl && strtoull(cl, NULL, 10) > *batas)
		return *rc = tolak(con, url, 413, "isi permintaan terlalu besar"), 1;
	const char *pesan;
	/* Evidence: every role that may attach some (layanan/bukti.c decides the object). */
	int st = *batas > WEB_BATAS_BODY
		     ? unggah_cek(con, url, bukti ? "admin,perencana,operator,reviewer"
						  : "admin,perencana",
				  &pesan)
		     : 0;
	if (st)
		return *rc = tolak(con, url, st, pesan), 1;
	return 0;
}

static enum MHD_Result akses(void *cls, struct MHD_Connection *con, const char *url,
			     const char *method, const char *version, const char *upload_data,
			     size_t *upload_data_size, void **con_cls)
{
	(void)cls;
	(void)version;
	struct konteks *k = *con_cls;
	if (!k) {
		enum MHD_Result rc;
		size_t batas;
		if (kepala_cek(con, method, url, &rc, &batas))
			return rc;
		batas_kepala_masuk(con);
		k = xcalloc(1, sizeof(*k));
		k->batas = batas;
		*con_cls = k;
		return MHD_YES;
	}
	if (*upload_data_size) {
		/* A chunked body over the limit is read to its end (or the deadline), then 413. */
		if (k->body.len + *upload_data_size > k->batas)
			k->terlalu_besar = 1;
		else
			buf_append(&k->body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	batas_permintaan_masuk(con);
	if (k->terlalu_besar)
		return tolak(con, url, 413, "isi permintaan terlalu besar");
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
	r.s = store_thread();
	router_layani(&r);
	if (r.s)
		store_rollback(r.s); /* ends a transaction a handler left open */
	enum MHD_Result rc = web_kirim(con, &r);
	web_badan_lepas(r.badan); /* NULL: web_kirim handed it on */
	buf_release(&r.out);
	free(r.cookie);
	free(r.lokasi);
	arena_release(&r.arena);
	return rc;
}

static void selesai(void *cls, struct MHD_Connection *con, void **con_cls,
		    enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)toe;
	batas_jawaban_keluar(con);
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

/* The connection limit the file descriptors allow (the soft limit raised to the hard one). */
static unsigned int batas_koneksi_total(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return 1000; /* unknown: the old default */
	if (rl.rlim_cur < rl.rlim_max) {
		struct rlimit naik = {rl.rlim_max, rl.rlim_max};
		if (setrlimit(RLIMIT_NOFILE, &naik) == 0)
			rl = naik;
		/* else keep the soft limit: the count below follows it */
	}
	rlim_t bisa = rl.rlim_cur > 128 ? rl.rlim_cur - 64 : 64; /* database, logs, reports */
	return bisa < BATAS_KONEKSI ? (unsigned int)bisa : BATAS_KONEKSI;
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
	if (pthread_key_create(&kunci_store, store_lepas) != 0) {
		store_close(s);
		return galat_set(g, "tidak dapat membuat kunci utas");
	}

	/* Worker threads inherit this mask, so only sigwait below sees the signals. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0) {
		store_close(s);
		return galat_set(g, "tidak dapat menyiapkan sinyal");
	}
	/* SIG_ERR only for an invalid signal number; SIGPIPE is valid. */
	(void)signal(SIGPIPE, SIG_IGN);

	if (batas_mulai(g)) {
		store_close(s);
		return -1;
	}
	long inti = sysconf(_SC_NPROCESSORS_ONLN);
	/*
	 * Twice the cores: a worker that waits for the one writer (router.c) or
	 * computes a measurement holds up its other connections meanwhile, and the
	 * second set keeps the cores busy with reads (bench/web.sh, mixed load).
	 */
	unsigned int n = 2 * (inti > 0 ? (unsigned int)inti : 1);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, 0, NULL, NULL, akses, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE, n,
		MHD_OPTION_NOTIFY_COMPLETED, selesai, NULL, MHD_OPTION_NOTIFY_CONNECTION,
		batas_koneksi, NULL, MHD_OPTION_CONNECTION_LIMIT, batas_koneksi_total(),
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)BATAS_IP,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)BATAS_DIAM_DETIK,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)BATAS_POOL_BYTE, MHD_OPTION_END);
	if (!d) {
		batas_henti();
		store_close(s);
		g->pengguna = 1;
		return galat_set(g, "tidak dapat mendengarkan di %s (port sudah dipakai?)", listen);
	}
	/* The first admin only once the port is ours: its password is printed once. */
	int rc = web_admin_pertama(s, g);
	store_close(s);
	if (rc) {
		MHD_stop_daemon(d);
		batas_henti();
		return -1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	char host[64];
	inet_ntop(AF_INET, &addr.sin_addr, host, sizeof(host));
	printf("kinerja: aplikasi web di http://%s:%u/ (%u utas; Ctrl-C untuk berhenti)\n", host,
	       info ? (unsigned)info->port : (unsigned)ntohs(addr.sin_port), n);
	fflush(stdout);
	int sig;
	/* sigwait fails only for an invalid set; either way the server stops. */
	(void)sigwait(&set, &sig);
	MHD_stop_daemon(d);
	batas_henti();
	/* The workers have stopped: no report is being written any more. */
	laporan_bersihkan();
	return 0;
}
