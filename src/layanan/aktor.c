/* The actor of a use case; see aktor.h. */
#include "aktor.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int aktor_peran(const struct aktor *a, const char *daftar)
{
	if (!a->peran)
		return 1;
	size_t n = strlen(a->peran);
	for (const char *p = daftar; p && *p;) {
		const char *koma = strchr(p, ',');
		size_t len = koma ? (size_t)(koma - p) : strlen(p);
		if (len == n && strncmp(p, a->peran, n) == 0)
			return 1;
		p = koma ? koma + 1 : NULL;
	}
	return 0;
}

int aktor_lingkup(const struct aktor *a, const char *pemda)
{
	if (!a->pemda || !*a->pemda)
		return 1;
	return pemda && strcmp(a->pemda, pemda) == 0;
}

int layanan_tolak(struct galat *g, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(g->pesan, sizeof(g->pesan), fmt, ap);
	va_end(ap);
	g->pengguna = status < 500;
	return status;
}
