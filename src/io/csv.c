/* CSV reader and writer; see csv.h. */
#include "csv.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

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
		buf_putc(&s.isi, c);
		p++;
	}
	if (header)
		galat_di(g, berkas, 1, NULL, "berkas kosong: baris pertama harus berisi nama kolom");
	else
		rc = 0;
out:
	buf_release(&s.isi);
	free(s.sel);
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
