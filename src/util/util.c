/* Helpers shared by every layer; see util.h. */
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(void)
{
	fputs("kinerja: kehabisan memori\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom();
	return q;
}

char *xstrdup(const char *s)
{
	if (!s)
		return NULL;
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void buf_release(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static void buf_grow(struct buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void buf_siapkan(struct buf *b, size_t n)
{
	buf_grow(b, n);
}

void buf_append(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
	buf_append(b, &c, 1);
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_adopt(struct buf *b, char *p, size_t len)
{
	free(b->data);
	b->data = p;
	b->len = len;
	b->cap = len + 1;
}

void buf_esc_html(struct buf *b, const char *s)
{
	if (!s)
		return;
	const char *run = s;
	for (; *s; s++) {
		const char *e;
		switch (*s) {
		case '&':
			e = "&amp;";
			break;
		case '<':
			e = "&lt;";
			break;
		case '>':
			e = "&gt;";
			break;
		case '"':
			e = "&quot;";
			break;
		case '\'':
			e = "&#39;";
			break;
		default:
			continue;
		}
		buf_append(b, run, (size_t)(s - run));
		buf_puts(b, e);
		run = s + 1;
	}
	buf_append(b, run, (size_t)(s - run));
}

char *buf_detach(struct buf *b)
{
	char *p = b->data ? b->data : xstrdup("");
	buf_init(b);
	return p;
}

struct arena_blok {
	struct arena_blok *next;
	size_t used, cap;
	max_align_t data[];
};

void arena_init(struct arena *a)
{
	a->head = NULL;
}

void arena_release(struct arena *a)
{
	struct arena_blok *b = a->head;
	while (b) {
		struct arena_blok *n = b->next;
		free(b);
		b = n;
	}
	a->head = NULL;
}

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t al = sizeof(max_align_t);
	n = (n + al - 1) / al * al;
	if (!n)
		n = al;
	struct arena_blok *b = a->head;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > 64 * 1024 ? n : 64 * 1024;
		b = xmalloc(sizeof(*b) + cap);
		b->cap = cap;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, cp;
	va_start(ap, fmt);
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		n = 0;
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void galat_init(struct galat *g)
{
	memset(g, 0, sizeof(*g));
}

int galat_set(struct galat *g, const char *fmt, ...)
{
	if (!g)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(g->pesan, sizeof(g->pesan), fmt, ap);
	va_end(ap);
	return -1;
}

int galat_di(struct galat *g, const char *berkas, long baris, const char *kolom, const char *fmt,
	     ...)
{
	if (!g)
		return -1;
	snprintf(g->berkas, sizeof(g->berkas), "%s", berkas ? berkas : "");
	g->baris = baris;
	snprintf(g->kolom, sizeof(g->kolom), "%s", kolom ? kolom : "");
	g->pengguna = 1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(g->pesan, sizeof(g->pesan), fmt, ap);
	va_end(ap);
	return -1;
}

void galat_format(const struct galat *g, char *out, size_t n)
{
	struct buf b = BUF_INIT;
	if (g->berkas[0]) {
		buf_puts(&b, g->berkas);
		if (g->baris > 0)
			buf_printf(&b, " baris %ld", g->baris);
		if (g->kolom[0])
			buf_printf(&b, " kolom %s", g->kolom);
		buf_puts(&b, ": ");
	}
	buf_puts(&b, g->pesan[0] ? g->pesan : "galat tidak dikenal");
	snprintf(out, n, "%s", b.data);
	buf_release(&b);
}

int str_sama(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	while (*a && *b) {
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
	}
	return *a == *b;
}

void str_salin(char *out, size_t n, const char *s)
{
	if (!n)
		return;
	size_t k = s ? strlen(s) : 0;
	if (k >= n)
		k = n - 1;
	if (k)
		memcpy(out, s, k);
	out[k] = '\0';
}

char *str_trim(char *s)
{
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	size_t i = 0;
	while (s[i] && isspace((unsigned char)s[i]))
		i++;
	if (i)
		memmove(s, s + i, n - i + 1);
	return s;
}
