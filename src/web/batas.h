/*
 * Limits against slow and greedy clients, beside libmicrohttpd's own
 * (connections per address, in total, idle timeout; see server.c):
 * a request must arrive within deadlines counted from the moment the server
 * waits for it (the connection opened or the previous answer was sent), not
 * from its last byte, so dripping one byte at a time does not keep it alive.
 * A watcher thread shuts down the socket of a connection past its deadline.
 */
#ifndef KINERJA_WEB_BATAS_H
#define KINERJA_WEB_BATAS_H

#include <microhttpd.h>

#include "../util/util.h"

#define BATAS_IP 128             /* connections one address may hold */
#define BATAS_KONEKSI 4096       /* connections in all (fewer when file descriptors lack) */
#define BATAS_KEPALA_DETIK 10    /* the request line and headers within this */
#define BATAS_PERMINTAAN_DETIK 20 /* ... and the whole body within this */
#define BATAS_DIAM_DETIK 20      /* libmicrohttpd's idle timeout (sending an answer) */
#define BATAS_KEPALA_BYTE (16 * 1024) /* request line and headers; more: 431 */
#define BATAS_POOL_BYTE (64 * 1024)  /* libmicrohttpd's memory per connection */

/* Starts the watcher thread. 0 or -1 with g. */
int batas_mulai(struct galat *g);
/* Stops it (after the daemon stopped). */
void batas_henti(void);

/* MHD_OPTION_NOTIFY_CONNECTION: the clock of a new connection starts. */
void batas_koneksi(void *cls, struct MHD_Connection *con, void **socket_context,
		   enum MHD_ConnectionNotificationCode toe);
/* The headers of con's request are in: the body deadline applies. */
void batas_kepala_masuk(struct MHD_Connection *con);
/* The whole request is in: no deadline while it is answered. */
void batas_permintaan_masuk(struct MHD_Connection *con);
/* The answer was sent: the clock of the next request on con starts. */
void batas_jawaban_keluar(struct MHD_Connection *con);

#endif
