/*
 * Checks of what a web client sends: UTF-8, urlencoded forms, JSON strings.
 * See masukan.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "masukan.h"

int masukan_utf8_sah(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	while (p < e) {
		unsigned c = *p;
		if (c == 0)
			return 0;
		if (c < 0x80) {
			p++;
			continue;
		}
		size_t k;
		unsigned v, min;
		if (c >= 0xC2 && c <= 0xDF) {
			k = 1, v = c & 0x1F, min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2, v = c & 0x0F, min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3, v = c & 0x07, min = 0x10000;
		} else {
			return 0; /* a continuation byte first, C0/C1 (overlong), F5-FF */
		}
		if ((size_t)(e - p) < k + 1)
			return 0;
		for (size_t i = 1; i <= k; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return 0;
			v = v << 6 | (p[i] & 0x3F);
		}
		if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		p += k + 1;
	}
	return 1;
}

/* Copies name[0..n) into salah, printable ASCII only. */
static void nama_salin(const char *nama, size_t n, char *salah, size_t nsalah)
{
	if (!nsalah)
		return;
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < nsalah && o < 60; i++) {
		unsigned char c = (unsigned char)nama[i];
		salah[o++] = c >= 0x20 && c < 0x7F && c != '\'' ? (char)c : '?';
	}
	salah[o] = '\0';
	static const char tanpa[] = "(tanpa nama)";
	if (!o && nsalah >= sizeof(tanpa))
		memcpy(salah, tanpa, sizeof(tanpa));
}

const char *masukan_form_cari(const char *body, size_t n, const char *nama, size_t batas,
			      struct arena *a)
{
	size_t nn = strlen(nama);
	const char *p = body, *end = body ? body + n : NULL;
	char kunci[256];
	while (p && p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *e = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(e - p));
		/*
		 * The name is percent-encoded like the value (n_DINDIKBUD%2FRK_BAIK):
		 * compared decoded. An encoded name is at least as long as its text,
		 * so one shorter than nama, or longer than 3 * nama, cannot be it.
		 */
		size_t kn = eq ? (size_t)(eq - p) : 0;
		int cocok = eq && kn >= nn && kn <= 3 * nn && kn < sizeof(kunci) &&
			    !memmem(p, kn, "%00", 3); /* a NUL would end the name early */
		if (cocok && kn == nn && !memchr(p, '%', kn) && !memchr(p, '+', kn))
			cocok = memcmp(p, nama, nn) == 0;
		else if (cocok) {
			html_url_decode(p, kn, kunci, sizeof(kunci));
			cocok = strcmp(kunci, nama) == 0;
		}
		if (cocok) {
			size_t len = (size_t)(e - eq - 1);
			if (len > 3 * batas)
				return NULL;
			char *out = arena_alloc(a, len + 1);
			html_url_decode(eq + 1, len, out, len + 1);
			if (strlen(out) > batas)
				return NULL;
			return out;
		}
		p = amp ? amp + 1 : NULL;
	}
	return NULL;
}

/*
 * Whether the encoded text s[0..n) decodes to valid UTF-8 without NUL; the
 * decoding is html_url_decode's, so what is checked is what handlers get.
 */
static int form_teks_sah(const char *s, size_t n, char *tmp)
{
	if (memchr(s, '\0', n))
		return 0;
	for (size_t i = 0; i + 2 < n; i++)
		if (s[i] == '%' && s[i + 1] == '0' && s[i + 2] == '0')
			return 0;
	html_url_decode(s, n, tmp, n + 1);
	return masukan_utf8_sah(tmp, strlen(tmp));
}

int masukan_form_cek(const char *body, size_t n, char *salah, size_t nsalah)
{
	if (!body || !n)
		return 0;
	char *tmp = xmalloc(n + 1);
	int rc = 0;
	const char *p = body, *end = body + n;
	while (p && p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *e = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(e - p));
		const char *k_end = eq ? eq : e;
		int kunci_sah = form_teks_sah(p, (size_t)(k_end - p), tmp);
		if (!kunci_sah || (eq && !form_teks_sah(eq + 1, (size_t)(e - eq - 1), tmp))) {
			if (kunci_sah) {
				html_url_decode(p, (size_t)(k_end - p), tmp, n + 1);
				nama_salin(tmp, strlen(tmp), salah, nsalah);
			} else {
				nama_salin("?", 1, salah, nsalah);
			}
			rc = -1;
			break;
		}
		p = amp ? amp + 1 : NULL;
	}
	free(tmp);
	return rc;
}

static int hex4(const char *s, const char *end, unsigned *v)
{
	if (end - s < 4)
		return -1;
	*v = 0;
	for (int i = 0; i < 4; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9'   ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10
					       : -1;
		if (d < 0)
			return -1;
		*v = *v << 4 | (unsigned)d;
	}
	return 0;
}

/*
 * Scans the string whose opening quote is at *pp; leaves *pp after its closing
 * quote (or at end). Returns whether its bytes and escapes are valid.
 */
static int json_string(const char **pp, const char *end)
{
	const char *p = *pp + 1, *seg = p;
	int sah = 1;
	while (p < end && *p != '"') {
		if (*p != '\\') {
			p++;
			continue;
		}
		if (!masukan_utf8_sah(seg, (size_t)(p - seg)))
			sah = 0;
		if (p + 1 < end && p[1] == 'u') {
			unsigned v, w;
			if (hex4(p + 2, end, &v) == 0) {
				p += 6;
				if (v == 0 || (v >= 0xDC00 && v <= 0xDFFF)) {
					sah = 0;
				} else if (v >= 0xD800 && v <= 0xDBFF) {
					if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
					    hex4(p + 2, end, &w) == 0 && w >= 0xDC00 && w <= 0xDFFF)
						p += 6;
					else
						sah = 0;
				}
			} else {
				p += 2; /* a bad escape: the parser refuses it */
			}
		} else {
			p += p + 1 < end ? 2 : 1;
		}
		seg = p;
	}
	if (!masukan_utf8_sah(seg, (size_t)((p < end ? p : end) - seg)))
		sah = 0;
	*pp = p < end ? p + 1 : end;
	return sah;
}

int masukan_json_cek(const char *teks, size_t n, char *salah, size_t nsalah)
{
	const char *p = teks, *end = teks ? teks + n : NULL;
	const char *kunci = NULL;
	size_t nkunci = 0;
	while (p && p < end) {
		if (*p != '"') {
			/* Bytes outside strings: only ASCII belongs there; the parser refuses the rest. */
			p++;
			continue;
		}
		const char *awal = p;
		int sah = json_string(&p, end);
		const char *q = p;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
			q++;
		int adalah_kunci = q < end && *q == ':';
		if (!sah) {
			if (adalah_kunci)
				nama_salin("(nama kolom)", 12, salah, nsalah);
			else if (kunci)
				nama_salin(kunci, nkunci, salah, nsalah);
			else
				nama_salin("(isi)", 5, salah, nsalah);
			return -1;
		}
		if (adalah_kunci) {
			kunci = awal + 1;
			nkunci = (size_t)(p - awal) - 2;
		}
	}
	return 0;
}
