/*
 * Who asks a use case of the services layer (src/layanan/) to act, and the
 * status a refused or failed use case returns: HTTP numbers, which the web
 * answers as they are and the command line turns into exit status 1.
 */
#ifndef KINERJA_LAYANAN_AKTOR_H
#define KINERJA_LAYANAN_AKTOR_H

#include <stdint.h>

#include "../util/util.h"

/* The actor's strings are borrowed for the call. */
struct aktor {
	const char *nama;  /* written in the audit */
	const char *peran; /* NULL: the system (the command line), which may do everything */
	const char *pemda; /* the scope: NULL or "" for every pemda */
	const char *opd;   /* an operator's OPD */
	int64_t id;	   /* the user's id; 0 for the system */
};

enum layanan_status {
	LAYANAN_OK = 0,
	LAYANAN_SALAH = 400,	 /* a bad value; nothing stored */
	LAYANAN_DITOLAK = 401,	 /* wrong name or password */
	LAYANAN_TERLARANG = 403, /* the role or the scope does not allow it */
	LAYANAN_TIDAK_ADA = 404, /* an unknown code */
	LAYANAN_BENTROK = 409,	 /* a taken name, a submission already checked */
	LAYANAN_BATAS = 429,	 /* too many failed attempts: try again later */
	LAYANAN_GALAT = 500,	 /* a database error */
	LAYANAN_SIBUK = 503,	 /* the database cannot be written now; nothing was done */
};

/* The actor of the command line: unscoped, every power. */
#define AKTOR_SISTEM ((struct aktor){.nama = "cli"})

/* Whether the actor holds one of the comma-separated roles; the system holds all. */
int aktor_peran(const struct aktor *a, const char *daftar);
/*
 * Whether the actor's scope covers an object of pemda (NULL or "": an object of
 * every pemda, such as a global user, which only an unscoped actor covers).
 */
int aktor_lingkup(const struct aktor *a, const char *pemda);

/*
 * Sets g's message (g->pengguna for a status below 500) and returns status, so that
 * `return layanan_tolak(g, LAYANAN_SALAH, ...)` reads naturally.
 */
int layanan_tolak(struct galat *g, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
