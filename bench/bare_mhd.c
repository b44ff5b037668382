/*
 * The baseline of bench/web.sh: a bare libmicrohttpd handler answering every
 * request with a fixed JSON body, configured as kinerja is: thread pool sized
 * to the cores, epoll, 64 KiB of memory per connection (BATAS_POOL_BYTE of
 * src/web/batas.h: libmicrohttpd zeroes it for every request, so it is part
 * of the per-request cost of both); answers once the request is complete, so
 * connections are kept alive as kinerja's are.
 * Usage: bare_mhd PORT JSON-FILE (port 0: a free one, printed on stdout)
 */
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/web/batas.h"

static char *isi;
static size_t nisi;

static enum MHD_Result jawab(void *cls, struct MHD_Connection *con, const char *url,
			     const char *method, const char *version, const char *upload,
			     size_t *nupload, void **ptr)
{
	(void)cls;
	(void)url;
	(void)method;
	(void)version;
	(void)upload;
	static int pertama;
	if (!*ptr) {
		/*
		 * Answer on the second call, when the request is complete, as kinerja
		 * does: answering on the first makes libmicrohttpd close the connection
		 * (no keep-alive), which is not a fair baseline.
		 */
		*ptr = &pertama;
		return MHD_YES;
	}
	*nupload = 0;
	struct MHD_Response *r =
		MHD_create_response_from_buffer(nisi, isi, MHD_RESPMEM_PERSISTENT);
	MHD_add_response_header(r, "Content-Type", "application/json; charset=utf-8");
	enum MHD_Result rc = MHD_queue_response(con, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc != 3)
		return fprintf(stderr, "usage: bare_mhd PORT JSON-FILE\n"), 2;
	FILE *f = fopen(argv[2], "rb");
	if (!f)
		return perror(argv[2]), 1;
	fseek(f, 0, SEEK_END);
	nisi = (size_t)ftell(f);
	rewind(f);
	isi = malloc(nisi + 1);
	if (!isi || fread(isi, 1, nisi, f) != nisi)
		return 1;
	fclose(f);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, (uint16_t)atoi(argv[1]), NULL, NULL,
		jawab, NULL, MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)(n > 0 ? n : 1),
		MHD_OPTION_CONNECTION_LIMIT, (unsigned int)1000, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
		(size_t)BATAS_POOL_BYTE, MHD_OPTION_END);
	if (!d)
		return fprintf(stderr, "bare_mhd: cannot listen\n"), 1;
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	printf("%u\n", info ? (unsigned)info->port : 0u);
	fflush(stdout);
	int sig;
	sigwait(&set, &sig);
	MHD_stop_daemon(d);
	free(isi);
	return 0;
}
