/*
 * Small helpers shared by every layer: allocation that aborts on failure,
 * a growable byte buffer, an arena for per-command memory and the error record.
 */
#ifndef KINERJA_UTIL_H
#define KINERJA_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Allocation: out of memory aborts, so callers never check for NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Returns a copy the caller frees; xstrdup(NULL) returns NULL. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Growable NUL-terminated byte buffer. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};
#define BUF_INIT { NULL, 0, 0 }
void buf_init(struct buf *b);
void buf_release(struct buf *b);
void buf_reset(struct buf *b);
void buf_append(struct buf *b, const void *p, size_t n);
/* Room for n more bytes (and the NUL) without another allocation: b->cap - b->len > n. */
void buf_siapkan(struct buf *b, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Replaces the buffer's contents with p (len bytes, NUL-terminated), which the buffer now owns. */
void buf_adopt(struct buf *b, char *p, size_t len);
/*
 * Appends s with & < > " ' escaped for HTML, XML and SVG text and attributes
 * (NULL appends nothing): the one escaping writer of pages, reports and charts.
 */
void buf_esc_html(struct buf *b, const char *s);
/* Hands the buffer's contents to the caller (to free); the buffer is reset. */
char *buf_detach(struct buf *b);

/* Bump allocator: everything allocated from it is released at once. */
struct arena {
	struct arena_blok *head;
};
void arena_init(struct arena *a);
void arena_release(struct arena *a);
void *arena_alloc(struct arena *a, size_t n);
/* Copies s into the arena; NULL stays NULL. */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Error record filled by the function that fails: the message and where the
 * problem is (file, row, column), so the caller can print one clear line.
 */
struct galat {
	char pesan[512];
	char berkas[256];
	long baris;
	char kolom[64];
	int pengguna; /* 1: user error (exit 1), 0: internal/system error */
};
void galat_init(struct galat *g);
/* Sets the message; returns -1 so that `return galat_set(...)` reads naturally. */
int galat_set(struct galat *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Sets location and message of a user error; returns -1. */
int galat_di(struct galat *g, const char *berkas, long baris, const char *kolom, const char *fmt,
	     ...) __attribute__((format(printf, 5, 6)));
/* Formats the error as one line ("berkas baris N kolom K: pesan") into out. */
void galat_format(const struct galat *g, char *out, size_t n);

/* ASCII case-insensitive equality. */
int str_sama(const char *a, const char *b);
/* Trims ASCII whitespace at both ends in place; returns s. */
char *str_trim(char *s);
/* s (NULL: "") into out[0..n), truncated and NUL-terminated: snprintf "%s" without its cost. */
void str_salin(char *out, size_t n, const char *s);

#endif
