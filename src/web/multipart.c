/* The multipart/form-data parser; see multipart.h. */
#include "multipart.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../core/jenis_berkas.h"
#include "masukan.h"

#define KEPALA_MAKS 8192 /* bytes of one part's header block */
#define NAMA_MAKS 200    /* bytes of a field name */

static int tolak(char *pesan, size_t npesan, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int tolak(char *pesan, size_t npesan, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pesan, npesan, fmt, ap);
	va_end(ap);
	/* Only printable ASCII leaves here: the message may quote a field name. */
	for (char *c = pesan; *c; c++)
		if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7F)
			*c = '?';
	return -1;
}

/* memmem without the GNU extension's portability question. */
static const char *cari(const char *h, size_t nh, const char *j, size_t nj)
{
	if (nj == 0 || nh < nj)
		return NULL;
	const char *akhir = h + nh - nj;
	for (const char *p = h; p <= akhir; p++) {
		p = memchr(p, j[0], (size_t)(akhir - p) + 1);
		if (!p)
			return NULL;
		if (memcmp(p, j, nj) == 0)
			return p;
	}
	return NULL;
}

/* RFC 2046 bchars (space allowed but not last). */
static int bchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       strchr("'()+_,-./:=? ", c) != NULL;
}

static int spasi(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * One parameter value at s[*i..n): a quoted string (backslash escapes the
 * next byte) or a token up to ';' or whitespace. Copied into a; NULL when a
 * quoted string is not closed.
 */
static char *nilai_param(const char *s, size_t n, size_t *i, struct arena *a)
{
	struct buf b;
	buf_init(&b);
	if (*i < n && s[*i] == '"') {
		(*i)++;
		int tutup = 0;
		while (*i < n) {
			char c = s[(*i)++];
			if (c == '"') {
				tutup = 1;
				break;
			}
			if (c == '\\' && *i < n)
				c = s[(*i)++];
			buf_append(&b, &c, 1);
		}
		if (!tutup) {
			buf_release(&b);
			return NULL;
		}
	} else {
		size_t awal = *i;
		while (*i < n && s[*i] != ';' && !spasi(s[*i]))
			(*i)++;
		buf_append(&b, s + awal, *i - awal);
	}
	char *v = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_release(&b);
	return v;
}

/*
 * Content-Disposition: form-data; name="..."; filename="...". Sets *nama and
 * *berkas (raw, NULL when absent). 0, or -1 with pesan.
 */
static int disposisi(const char *s, size_t n, struct arena *a, const char **nama,
		     const char **berkas, char *pesan, size_t npesan)
{
	size_t i = 0;
	while (i < n && spasi(s[i]))
		i++;
	if (n - i < 9 || strncasecmp(s + i, "form-data", 9) != 0)
		return tolak(pesan, npesan, "Content-Disposition bagian multipart bukan form-data");
	i += 9;
	*nama = *berkas = NULL;
	while (i < n) {
		while (i < n && spasi(s[i]))
			i++;
		if (i >= n)
			break;
		if (s[i] != ';')
			return tolak(pesan, npesan, "Content-Disposition multipart tidak sah");
		i++;
		while (i < n && spasi(s[i]))
			i++;
		size_t awal = i;
		while (i < n && s[i] != '=' && s[i] != ';' && !spasi(s[i]))
			i++;
		size_t pjg = i - awal;
		while (i < n && spasi(s[i]))
			i++;
		if (i >= n || s[i] != '=')
			return tolak(pesan, npesan, "Content-Disposition multipart tidak sah");
		i++;
		while (i < n && spasi(s[i]))
			i++;
		char *v = nilai_param(s, n, &i, a);
		if (!v)
			return tolak(pesan, npesan, "tanda petik Content-Disposition tidak ditutup");
		const char **ke = NULL;
		if (pjg == 4 && strncasecmp(s + awal, "name", 4) == 0)
			ke = nama;
		else if (pjg == 8 && strncasecmp(s + awal, "filename", 8) == 0)
			ke = berkas;
		/* Other parameters (filename* of RFC 5987 among them) are ignored. */
		if (!ke)
			continue;
		if (*ke)
			return tolak(pesan, npesan, "parameter Content-Disposition berulang");
		*ke = v;
	}
	return 0;
}

void multipart_nama_aman(const char *nama, size_t n, char *out, size_t nout)
{
	berkas_nama_aman(nama, n, out, nout); /* the one rule, also the evidence service's */
}

/* Headers of one part, s[0..n) without the empty line; 0 or -1 with pesan. */
static int kepala(const char *s, size_t n, struct arena *a, struct multipart_bagian *p,
		  char *pesan, size_t npesan)
{
	int ada_disposisi = 0;
	const char *nama = NULL, *berkas = NULL;
	size_t i = 0;
	while (i < n) {
		const char *eol = cari(s + i, n - i, "\r\n", 2);
		size_t pjg = eol ? (size_t)(eol - (s + i)) : n - i;
		const char *baris = s + i;
		i += pjg + (eol ? 2 : 0);
		if (!masukan_utf8_sah(baris, pjg))
			return tolak(pesan, npesan, "kepala bagian multipart bukan UTF-8 yang sah");
		if (pjg && spasi(baris[0]))
			return tolak(pesan, npesan, "kepala bagian multipart terlipat tidak diterima");
		const char *t2 = memchr(baris, ':', pjg);
		if (!t2 || t2 == baris)
			return tolak(pesan, npesan, "kepala bagian multipart tidak sah");
		size_t pn = (size_t)(t2 - baris);
		const char *v = t2 + 1;
		size_t pv = pjg - pn - 1;
		while (pv && spasi(*v))
			v++, pv--;
		while (pv && spasi(v[pv - 1]))
			pv--;
		if (pn == 19 && strncasecmp(baris, "Content-Disposition", 19) == 0) {
			if (ada_disposisi)
				return tolak(pesan, npesan, "Content-Disposition berulang");
			ada_disposisi = 1;
			if (disposisi(v, pv, a, &nama, &berkas, pesan, npesan))
				return -1;
		} else if (pn == 12 && strncasecmp(baris, "Content-Type", 12) == 0) {
			p->jenis = arena_strndup(a, v, pv);
		}
		/* Other part headers (Content-Transfer-Encoding is deprecated) are ignored. */
	}
	if (!ada_disposisi)
		return tolak(pesan, npesan, "bagian multipart tanpa Content-Disposition");
	if (!nama || !nama[0])
		return tolak(pesan, npesan, "bagian multipart tanpa nama isian");
	if (strlen(nama) > NAMA_MAKS || !masukan_utf8_sah(nama, strlen(nama)))
		return tolak(pesan, npesan, "nama isian multipart tidak sah");
	p->nama = nama;
	if (berkas) {
		char aman[MULTIPART_BERKAS_MAKS + 1];
		multipart_nama_aman(berkas, strlen(berkas), aman, sizeof(aman));
		p->berkas = arena_strdup(a, aman);
	}
	if (!p->jenis)
		p->jenis = "text/plain";
	return 0;
}

/* The boundary parameter of a multipart/form-data Content-Type, into out (71 bytes). */
static int batas_dari(const char *ct, char *out, char *pesan, size_t npesan)
{
	if (!ct || strncasecmp(ct, "multipart/form-data", 19) != 0)
		return tolak(pesan, npesan, "isi permintaan harus multipart/form-data");
	const char *s = ct + 19;
	size_t n = strlen(s), i = 0;
	while (i < n) {
		while (i < n && (spasi(s[i]) || s[i] == ';'))
			i++;
		size_t awal = i;
		while (i < n && s[i] != '=' && s[i] != ';')
			i++;
		size_t pjg = i - awal;
		if (i >= n || s[i] != '=')
			continue;
		i++;
		struct arena a;
		arena_init(&a);
		char *v = nilai_param(s, n, &i, &a);
		int cocok = pjg == 8 && strncasecmp(s + awal, "boundary", 8) == 0;
		int rc = 1;
		if (cocok) {
			size_t pb = v ? strlen(v) : 0;
			rc = v && pb >= 1 && pb <= 70 && v[pb - 1] != ' ';
			for (size_t k = 0; rc && k < pb; k++)
				rc = bchar((unsigned char)v[k]);
			if (rc)
				memcpy(out, v, pb + 1);
		}
		arena_release(&a);
		if (cocok)
			return rc ? 0 : tolak(pesan, npesan, "batas (boundary) multipart tidak sah");
	}
	return tolak(pesan, npesan, "Content-Type multipart tanpa batas (boundary)");
}

int multipart_urai(const char *content_type, const char *body, size_t n,
		   const struct multipart_batas *b, struct arena *a, struct multipart *m,
		   char *pesan, size_t npesan)
{
	memset(m, 0, sizeof(*m));
	if (n > b->total)
		return tolak(pesan, npesan, "isi permintaan terlalu besar (lebih dari %zu byte)",
			     b->total);
	char batas[72];
	if (batas_dari(content_type, batas, pesan, npesan))
		return -1;
	/* delim = CRLF "--" boundary; the first may stand at the very start. */
	char delim[80];
	size_t nd = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", batas);
	size_t p;
	if (n >= nd - 2 && memcmp(body, delim + 2, nd - 2) == 0) {
		p = nd - 2;
	} else {
		const char *d = cari(body, n, delim, nd);
		if (!d)
			return tolak(pesan, npesan, "batas (boundary) multipart tidak ditemukan di isi");
		p = (size_t)(d - body) + nd;
	}
	int kap = 0;
	for (;;) {
		if (n - p >= 2 && body[p] == '-' && body[p + 1] == '-')
			return 0; /* the close delimiter; the epilogue is ignored */
		while (p < n && spasi(body[p]))
			p++; /* transport padding */
		if (n - p < 2 || body[p] != '\r' || body[p + 1] != '\n')
			return tolak(pesan, npesan, "multipart terpotong atau tidak sah");
		p += 2;
		if (m->n >= b->bagian)
			return tolak(pesan, npesan, "terlalu banyak bagian multipart (paling banyak %d)",
				     b->bagian);
		/* The header block ends at an empty line. */
		size_t sisa = n - p < KEPALA_MAKS + 4 ? n - p : KEPALA_MAKS + 4;
		size_t pk;
		if (sisa >= 2 && body[p] == '\r' && body[p + 1] == '\n') {
			pk = 0;
		} else {
			const char *e = cari(body + p, sisa, "\r\n\r\n", 4);
			if (!e)
				return tolak(pesan, npesan, "kepala bagian multipart terpotong atau terlalu besar");
			pk = (size_t)(e - (body + p)) + 2;
		}
		if (m->n == kap) {
			kap = kap ? kap * 2 : 4;
			struct multipart_bagian *baru = arena_alloc(a, (size_t)kap * sizeof(*baru));
			if (m->n)
				memcpy(baru, m->bagian, (size_t)m->n * sizeof(*baru));
			m->bagian = baru;
		}
		struct multipart_bagian *bg = &m->bagian[m->n];
		memset(bg, 0, sizeof(*bg));
		if (kepala(body + p, pk ? pk - 2 : 0, a, bg, pesan, npesan))
			return -1;
		p += pk + 2;
		const char *akhir = cari(body + p, n - p, delim, nd);
		if (!akhir)
			return tolak(pesan, npesan, "multipart terpotong: batas penutup tidak ada");
		bg->data = body + p;
		bg->n = (size_t)(akhir - (body + p));
		if (bg->n > b->per_bagian)
			return tolak(pesan, npesan, "isian '%s' terlalu besar (lebih dari %zu byte)",
				     bg->nama, b->per_bagian);
		if (!bg->berkas && !masukan_utf8_sah(bg->data, bg->n))
			return tolak(pesan, npesan, "isian '%s' bukan UTF-8 yang sah", bg->nama);
		m->n++;
		p = (size_t)(akhir - body) + nd;
	}
}

const struct multipart_bagian *multipart_cari(const struct multipart *m, const char *nama)
{
	for (int i = 0; i < m->n; i++)
		if (strcmp(m->bagian[i].nama, nama) == 0)
			return &m->bagian[i];
	return NULL;
}
