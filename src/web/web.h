/*
 * The web application: `kinerja serve`. An HTTP server (libmicrohttpd, a
 * thread pool sized to the cores) serving the JSON API of antarmuka.md and
 * server-rendered pages in Bahasa Indonesia.
 */
#ifndef KINERJA_WEB_H
#define KINERJA_WEB_H

#include "../util/util.h"

/*
 * Serves database `db` on `listen` ("127.0.0.1:8080"; port 0 picks a free
 * one) until SIGINT or SIGTERM. Prints the address it listens on to stdout,
 * and the first admin's password when it had to create one. 0 or -1 with g.
 */
int web_jalankan(const char *db, const char *listen, struct galat *g);

#endif
