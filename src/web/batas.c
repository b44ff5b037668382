/*
 * Deadlines of requests: each connection's phase and clock, watched once a
 * second. See batas.h.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

#include "batas.h"

enum tahap { KEPALA, ISI, LAYANI, DIPUTUS };

struct kon {
	int fd;
	_Atomic int tahap;
	_Atomic int64_t mulai; /* monotonic ms when the server began waiting for the request */
	struct kon *prev, *next;
};

static pthread_mutex_t kunci = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t bangun = PTHREAD_COND_INITIALIZER;
static struct kon *semua; /* under kunci */
static int henti;
static pthread_t penjaga;
static int penjaga_ada;

static int64_t ms_sekarang(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static struct kon *kon_dari(struct MHD_Connection *con)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(con, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

void batas_koneksi(void *cls, struct MHD_Connection *con, void **socket_context,
		   enum MHD_ConnectionNotificationCode toe)
{
	(void)cls;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(con, MHD_CONNECTION_INFO_CONNECTION_FD);
		if (!ci)
			return; /* no socket to watch: only the idle timeout applies */
		struct kon *k = xcalloc(1, sizeof(*k));
		k->fd = ci->connect_fd;
		atomic_store(&k->tahap, KEPALA);
		atomic_store(&k->mulai, ms_sekarang());
		pthread_mutex_lock(&kunci);
		k->next = semua;
		if (semua)
			semua->prev = k;
		semua = k;
		pthread_mutex_unlock(&kunci);
		*socket_context = k;
		return;
	}
	/* Closed: libmicrohttpd closes the socket only after this, so the watcher,
	 * holding kunci, never shuts down a descriptor that was reused. */
	struct kon *k = *socket_context;
	if (!k)
		return;
	pthread_mutex_lock(&kunci);
	if (k->prev)
		k->prev->next = k->next;
	else
		semua = k->next;
	if (k->next)
		k->next->prev = k->prev;
	pthread_mutex_unlock(&kunci);
	free(k);
	*socket_context = NULL;
}

static void tahap_set(struct MHD_Connection *con, int tahap, int jam_baru)
{
	struct kon *k = kon_dari(con);
	if (!k || atomic_load(&k->tahap) == DIPUTUS)
		return;
	if (jam_baru)
		atomic_store(&k->mulai, ms_sekarang());
	atomic_store(&k->tahap, tahap);
}

void batas_kepala_masuk(struct MHD_Connection *con)
{
	tahap_set(con, ISI, 0);
}

void batas_permintaan_masuk(struct MHD_Connection *con)
{
	tahap_set(con, LAYANI, 0);
}

void batas_jawaban_keluar(struct MHD_Connection *con)
{
	tahap_set(con, KEPALA, 1);
}

static void *jaga(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&kunci);
	while (!henti) {
		struct timespec t;
		clock_gettime(CLOCK_REALTIME, &t);
		t.tv_sec += 1;
		/* A timeout is the normal wake-up; its result tells nothing else. */
		(void)pthread_cond_timedwait(&bangun, &kunci, &t);
		int64_t sekarang = ms_sekarang();
		for (struct kon *k = semua; k; k = k->next) {
			int tahap = atomic_load(&k->tahap);
			int64_t batas = tahap == KEPALA ? BATAS_KEPALA_DETIK * 1000
				      : tahap == ISI  ? BATAS_PERMINTAAN_DETIK * 1000
						      : -1;
			if (batas < 0 || sekarang - atomic_load(&k->mulai) < batas)
				continue;
			atomic_store(&k->tahap, DIPUTUS);
			/*
			 * libmicrohttpd then reads the end of the stream and closes the
			 * connection itself. A failure means the peer is gone already.
			 */
			(void)shutdown(k->fd, SHUT_RDWR);
		}
	}
	pthread_mutex_unlock(&kunci);
	return NULL;
}

int batas_mulai(struct galat *g)
{
	henti = 0;
	if (pthread_create(&penjaga, NULL, jaga, NULL) != 0)
		return galat_set(g, "tidak dapat memulai utas penjaga batas waktu");
	penjaga_ada = 1;
	return 0;
}

void batas_henti(void)
{
	if (!penjaga_ada)
		return;
	pthread_mutex_lock(&kunci);
	henti = 1;
	pthread_cond_signal(&bangun);
	pthread_mutex_unlock(&kunci);
	(void)pthread_join(penjaga, NULL); /* fails only for a thread not ours */
	penjaga_ada = 0;
}
