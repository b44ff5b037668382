/*
 * The writer every page and chart goes through: html_f's %s escapes its
 * argument (buf_esc_html, util.h), so nothing reaches a page unescaped by accident.
 */
#ifndef KINERJA_HTML_H
#define KINERJA_HTML_H

#include <stdint.h>

#include "../util/util.h"

/*
 * Appends fmt with its conversions: %s an escaped string, %d an int, %D an
 * int64_t, %R a string written as is (only markup this program built, never
 * data), %% a percent sign.
 */
void html_f(struct buf *b, const char *fmt, ...);

/* Percent-decodes an application/x-www-form-urlencoded value into out (n bytes). */
void html_url_decode(const char *s, size_t len, char *out, size_t n);
/* Appends s percent-encoded for a query string. */
void html_url_enc(struct buf *b, const char *s);

#endif
