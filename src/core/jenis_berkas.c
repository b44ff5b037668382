/* The content sniffer and the harmless file name; see jenis_berkas.h. */
#include "jenis_berkas.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Local file headers read at most (a DOCX/XLSX names its parts within the first few). */
#define ZIP_ENTRI_MAKS 4096

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

static int awalan(const unsigned char *nama, size_t n, const char *s)
{
	size_t k = strlen(s);
	return n >= k && memcmp(nama, s, k) == 0;
}

/* Where the next local file header signature starts at or after i, or n. */
static size_t cari_tanda(const unsigned char *p, size_t n, size_t i)
{
	for (; i + 4 <= n; i++)
		if (p[i] == 'P' && p[i + 1] == 'K' && p[i + 2] == 3 && p[i + 3] == 4)
			return i;
	return n;
}

/*
 * An OOXML package: walks the local file headers from the start (a header
 * whose sizes follow the data, flag bit 3, is skipped by looking for the
 * next signature). Needs [Content_Types].xml and entries under exactly one
 * of xl/ and word/.
 */
static enum jenis_berkas zip(const unsigned char *p, size_t n)
{
	int tipe = 0, xl = 0, word = 0;
	size_t i = 0;
	for (int k = 0; k < ZIP_ENTRI_MAKS && i + 30 <= n; k++) {
		if (le32(p + i) != 0x04034b50u)
			break; /* the central directory (or anything else): the entries end */
		uint32_t flag = le16(p + i + 6), csize = le32(p + i + 18);
		size_t nnama = le16(p + i + 26), nextra = le16(p + i + 28);
		if (nnama > n - i - 30)
			return JB_TIDAK; /* a name past the end: not a whole file */
		const unsigned char *nama = p + i + 30;
		if (nnama == 19 && memcmp(nama, "[Content_Types].xml", 19) == 0)
			tipe = 1;
		else if (awalan(nama, nnama, "xl/"))
			xl = 1;
		else if (awalan(nama, nnama, "word/"))
			word = 1;
		size_t data = i + 30 + nnama;
		if (nextra > n - data)
			return JB_TIDAK;
		data += nextra;
		if ((flag & 8) || csize > n - data)
			i = cari_tanda(p, n, data); /* the size is not known here */
		else
			i = data + csize;
	}
	if (!tipe || xl == word)
		return JB_TIDAK;
	return xl ? JB_XLSX : JB_DOCX;
}

enum jenis_berkas jenis_berkas_kenali(const void *data, size_t n)
{
	const unsigned char *p = data;
	if (!p)
		return JB_TIDAK;
	if (n >= 5 && memcmp(p, "%PDF-", 5) == 0)
		return JB_PDF;
	if (n >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
		return JB_PNG;
	if (n >= 3 && p[0] == 0xff && p[1] == 0xd8 && p[2] == 0xff)
		return JB_JPEG;
	if (n >= 30 && memcmp(p, "PK\x03\x04", 4) == 0)
		return zip(p, n);
	return JB_TIDAK;
}

static const struct {
	const char *nama, *mime, *ekstensi;
} jenis[] = {
    [JB_TIDAK] = {"", "application/octet-stream", ""},
    [JB_PDF] = {"pdf", "application/pdf", ".pdf"},
    [JB_PNG] = {"png", "image/png", ".png"},
    [JB_JPEG] = {"jpeg", "image/jpeg", ".jpg"},
    [JB_XLSX] = {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		 ".xlsx"},
    [JB_DOCX] = {"docx",
		 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		 ".docx"},
};

static enum jenis_berkas sah(enum jenis_berkas j)
{
	return j >= JB_PDF && j <= JB_DOCX ? j : JB_TIDAK;
}

const char *jenis_berkas_nama(enum jenis_berkas j)
{
	return jenis[sah(j)].nama;
}

const char *jenis_berkas_mime(enum jenis_berkas j)
{
	return jenis[sah(j)].mime;
}

const char *jenis_berkas_ekstensi(enum jenis_berkas j)
{
	return jenis[sah(j)].ekstensi;
}

enum jenis_berkas jenis_berkas_dari_nama(const char *s)
{
	for (int j = JB_PDF; s && j <= JB_DOCX; j++)
		if (strcmp(s, jenis[j].nama) == 0)
			return (enum jenis_berkas)j;
	return JB_TIDAK;
}

void berkas_nama_aman(const char *nama, size_t n, char *out, size_t nout)
{
	size_t awal = 0;
	for (size_t i = 0; i < n; i++)
		if (nama[i] == '/' || nama[i] == '\\')
			awal = i + 1;
	size_t k = 0;
	for (size_t i = awal; i < n && k + 1 < nout && k < BERKAS_NAMA_MAKS; i++) {
		unsigned char c = (unsigned char)nama[i];
		int boleh = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			    (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_' || c == ' ';
		if (k == 0 && (c == '.' || c == ' '))
			boleh = 0; /* no hidden file, no name that is only dots */
		out[k++] = boleh ? (char)c : '_';
	}
	if (k == 0 && nout >= 2)
		k = (size_t)snprintf(out, nout, "%s", "berkas") < nout ? 6 : nout - 1;
	out[k] = '\0';
}

static int akhiran(const char *s, const char *e)
{
	size_t n = strlen(s), k = strlen(e);
	return k && n >= k && strcasecmp(s + n - k, e) == 0;
}

void berkas_nama_unduh(const char *aman, enum jenis_berkas j, char *out, size_t nout)
{
	const char *e = jenis_berkas_ekstensi(j);
	if (akhiran(aman, e) || (j == JB_JPEG && akhiran(aman, ".jpeg")))
		snprintf(out, nout, "%s", aman);
	else
		snprintf(out, nout, "%s%s", aman, e);
}
