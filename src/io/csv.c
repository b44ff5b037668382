/* CSV reader and writer; see csv.h. */
#include "csv.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s[0..n), 0 when there is none. */
static size_t utf8_urutan(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len;
	unsigned min, cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

int csv_utf8_sah(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_urutan(p + i, n - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

/* Windows-1252 0x80-0x9F as Unicode code points; 0 where the code page leaves a byte undefined. */
static const unsigned short cp1252_80[32] = {
	0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
	0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

char *csv_dari_cp1252(const char *text, size_t n, size_t *out_n)
{
	const unsigned char *p = (const unsigned char *)text;
	int tinggi = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < 0x80)
			continue;
		/* A multi-byte UTF-8 sequence means a UTF-8 file with damage, not cp1252. */
		if (utf8_urutan(p + i, n - i) > 1)
			return NULL;
		if (p[i] < 0xA0 && !cp1252_80[p[i] - 0x80])
			return NULL;
		tinggi = 1;
	}
	if (!tinggi)
		return NULL;
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		unsigned cp = p[i] < 0x80 ? p[i] : p[i] < 0xA0 ? cp1252_80[p[i] - 0x80] : p[i];
		if (cp < 0x80) {
			buf_putc(&b, (char)cp);
		} else if (cp < 0x800) {
			buf_putc(&b, (char)(0xC0 | (cp >> 6)));
			buf_putc(&b, (char)(0x80 | (cp & 0x3F)));
		} else {
			buf_putc(&b, (char)(0xE0 | (cp >> 12)));
			buf_putc(&b, (char)(0x80 | ((cp >> 6) & 0x3F)));
			buf_putc(&b, (char)(0x80 | (cp & 0x3F)));
		}
	}
	*out_n = b.len;
	return buf_detach(&b);
}

static char deteksi_pemisah(const char *p, const char *end)
{
	int n[3] = {0, 0, 0};
	const char cand[3] = {',', ';', '\t'};
	int kutip = 0;
	for (; p < end; p++) {
		if (*p == '"')
			kutip = !kutip;
		else if (!kutip && (*p == '\n' || *p == '\r'))
			break;
		else if (!kutip)
			for (int i = 0; i < 3; i++)
				n[i] += *p == cand[i];
	}
	int best = 0;
	for (int i = 1; i < 3; i++)
		if (n[i] > n[best])
			best = i;
	return cand[best];
}

struct sel_sementara {
	struct buf isi;
	char **sel;
	int n, cap;
};

static void tambah_sel(struct csv_tabel *t, struct sel_sementara *s)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->sel = xrealloc(s->sel, sizeof(char *) * (size_t)s->cap);
	}
	char *c = arena_strndup(&t->arena, s->isi.data ? s->isi.data : "", s->isi.len);
	s->sel[s->n++] = str_trim(c);
	buf_reset(&s->isi);
}

static int baris_kosong(struct sel_sementara *s)
{
	for (int i = 0; i < s->n; i++)
		if (s->sel[i][0])
			return 0;
	return 1;
}

int csv_baca(const char *text, size_t n, const char *berkas, struct csv_tabel *t,
	     struct galat *g)
{
	memset(t, 0, sizeof(*t));
	arena_init(&t->arena);
	const char *p = text, *end = text + n;
	if (n >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
	    (unsigned char)p[2] == 0xBF)
		p += 3;
	if (memchr(p, '\0', (size_t)(end - p)))
		return galat_di(g, berkas, 0, NULL, "berkas berisi byte NUL: bukan CSV teks");
	char *ubah = NULL;
	if (!csv_utf8_sah(p, (size_t)(end - p))) {
		size_t m;
		ubah = csv_dari_cp1252(p, (size_t)(end - p), &m);
		if (ubah) {
			t->cp1252 = 1;
			p = ubah;
			end = ubah + m;
		}
	}
	t->pemisah = deteksi_pemisah(p, end);
	struct sel_sementara s = {BUF_INIT, NULL, 0, 0};
	long baris = 1, mulai = 1, cap = 0;
	int kutip = 0, rc = -1, header = 1;
	while (p <= end) {
		int akhir = p == end;
		char c = akhir ? '\n' : *p;
		if (kutip) {
			if (akhir) {
				galat_di(g, berkas, mulai, NULL, "tanda kutip tidak ditutup");
				goto out;
			}
			if (c == '"') {
				if (p + 1 < end && p[1] == '"') {
					buf_putc(&s.isi, '"');
					p++;
				} else {
					kutip = 0;
				}
			} else {
				if (c == '\n')
					baris++;
				buf_putc(&s.isi, c);
			}
			p++;
			continue;
		}
		if (c == '"') {
			/* A quote opens a quoted field only at its start (spaces allowed). */
			int hanya_spasi = 1;
			for (size_t i = 0; i < s.isi.len; i++)
				if (!isspace((unsigned char)s.isi.data[i]))
					hanya_spasi = 0;
			if (!hanya_spasi) {
				galat_di(g, berkas, baris, NULL,
					 "tanda kutip di tengah sel; kutip seluruh sel dan tulis \"\" "
					 "untuk kutip di dalamnya");
				goto out;
			}
			buf_reset(&s.isi);
			kutip = 1;
			p++;
			continue;
		}
		if (c == t->pemisah) {
			tambah_sel(t, &s);
			p++;
			continue;
		}
		if (c == '\r' && p + 1 < end && p[1] == '\n') {
			p++;
			continue;
		}
		if (c == '\n' || c == '\r') {
			tambah_sel(t, &s);
			if (!baris_kosong(&s)) {
				if (header) {
					t->n_kolom = s.n;
					t->kolom = arena_alloc(&t->arena,
							       sizeof(char *) * (size_t)s.n);
					for (int i = 0; i < s.n; i++) {
						for (char *q = s.sel[i]; *q; q++)
							*q = (char)tolower((unsigned char)*q);
						t->kolom[i] = s.sel[i];
					}
					header = 0;
				} else {
					if (t->n_baris == cap) {
						cap = cap ? cap * 2 : 256;
						t->baris = xrealloc(t->baris, sizeof(*t->baris) *
										      (size_t)cap);
					}
					struct csv_baris *r = &t->baris[t->n_baris++];
					r->nomor = mulai;
					r->n = s.n;
					r->sel = arena_alloc(&t->arena, sizeof(char *) * (size_t)s.n);
					memcpy(r->sel, s.sel, sizeof(char *) * (size_t)s.n);
				}
			}
			s.n = 0;
			baris++;
			mulai = baris;
			p++;
			continue;
		}
		/* An ordinary character: the run of them up to the next one that matters, at once. */
		const char *q = p + 1;
		while (q < end && *q != t->pemisah && *q != '"' && *q != '\n' && *q != '\r')
			q++;
		buf_append(&s.isi, p, (size_t)(q - p));
		p = q;
	}
	if (header)
		galat_di(g, berkas, 1, NULL, "berkas kosong: baris pertama harus berisi nama kolom");
	else
		rc = 0;
out:
	buf_release(&s.isi);
	free(s.sel);
	free(ubah);
	if (rc)
		csv_release(t);
	return rc;
}

void csv_release(struct csv_tabel *t)
{
	free(t->baris);
	t->baris = NULL;
	t->n_baris = 0;
	arena_release(&t->arena);
}

int csv_kolom(const struct csv_tabel *t, const char *nama)
{
	for (int i = 0; i < t->n_kolom; i++)
		if (str_sama(t->kolom[i], nama))
			return i;
	return -1;
}

const char *csv_sel(const struct csv_baris *r, int c)
{
	if (c < 0 || c >= r->n)
		return "";
	return r->sel[c];
}

void csv_tulis_sel(struct buf *b, const char *s, char pemisah)
{
	if (!s)
		s = "";
	if (!strchr(s, pemisah) && !strpbrk(s, "\"\r\n") && s[0] != ' ' &&
	    (!*s || s[strlen(s) - 1] != ' ')) {
		buf_puts(b, s);
		return;
	}
	buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_putc(b, '"');
		buf_putc(b, *s);
	}
	buf_putc(b, '"');
}
