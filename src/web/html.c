/* The escaping writer; see html.h. */
#include "html.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

void html_f(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *run = fmt;
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		buf_append(b, run, (size_t)(p - run));
		p++;
		switch (*p) {
		case 's':
			buf_esc_html(b, va_arg(ap, const char *));
			break;
		case 'R': {
			const char *r = va_arg(ap, const char *);
			if (r)
				buf_puts(b, r);
			break;
		}
		case 'd':
			buf_printf(b, "%d", va_arg(ap, int));
			break;
		case 'D':
			buf_printf(b, "%" PRId64, va_arg(ap, int64_t));
			break;
		case '%':
			buf_putc(b, '%');
			break;
		default:
			p--;
			buf_putc(b, '%');
			break;
		}
		run = p + 1;
	}
	buf_puts(b, run);
	va_end(ap);
}

static int hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

void html_url_decode(const char *s, size_t len, char *out, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < len && o + 1 < n; i++) {
		char c = s[i];
		if (c == '+') {
			c = ' ';
		} else if (c == '%' && i + 2 < len && hex((unsigned char)s[i + 1]) >= 0 &&
			   hex((unsigned char)s[i + 2]) >= 0) {
			c = (char)(hex((unsigned char)s[i + 1]) * 16 + hex((unsigned char)s[i + 2]));
			i += 2;
		}
		out[o++] = c;
	}
	out[o] = '\0';
}

void html_url_enc(struct buf *b, const char *s)
{
	static const char h[] = "0123456789ABCDEF";
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
			buf_putc(b, (char)c);
		} else {
			buf_putc(b, '%');
			buf_putc(b, h[c >> 4]);
			buf_putc(b, h[c & 15]);
		}
	}
}
