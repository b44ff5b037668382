/*
 * A multipart/form-data parser (RFC 7578, RFC 2046 section 5.1) for uploads:
 * the boundary from the Content-Type header, each part's headers
 * (Content-Disposition name and filename, Content-Type), limits per part and
 * in all, valid UTF-8 for the names and the text fields (parts without a
 * filename). File names are made harmless: the last path component only,
 * every byte outside [A-Za-z0-9 ._-] replaced by '_', no leading dot.
 * Pure (no libmicrohttpd, no request), so fuzz/fuzz_multipart.c runs it alone.
 */
#ifndef KINERJA_WEB_MULTIPART_H
#define KINERJA_WEB_MULTIPART_H

#include <stddef.h>

#include "../core/jenis_berkas.h"
#include "../util/util.h"

/* One part: strings in the arena given to multipart_urai, data borrowed from the body. */
struct multipart_bagian {
	const char *nama;   /* the field name (valid UTF-8, never empty) */
	const char *berkas; /* the file name made harmless; NULL for a text field */
	const char *jenis;  /* the part's Content-Type, "text/plain" when absent */
	const char *data;   /* the content (not NUL-terminated) */
	size_t n;
};

struct multipart_batas {
	size_t per_bagian; /* bytes of one part's content */
	size_t total;      /* bytes of the whole body */
	int bagian;        /* number of parts */
};

struct multipart {
	int n;
	struct multipart_bagian *bagian;
};

/* Longest file name kept (bytes); a longer one is cut. */
#define MULTIPART_BERKAS_MAKS BERKAS_NAMA_MAKS

/*
 * Parses body[0..n) sent with Content-Type content_type into m (allocated
 * from a). 0, or -1 with a message for a 400 answer in pesan (npesan bytes,
 * Bahasa Indonesia, printable: the field is named when known).
 */
int multipart_urai(const char *content_type, const char *body, size_t n,
		   const struct multipart_batas *b, struct arena *a, struct multipart *m,
		   char *pesan, size_t npesan);

/* The first part named nama, or NULL. */
const struct multipart_bagian *multipart_cari(const struct multipart *m, const char *nama);

/* Writes the harmless form of a file name (see above) into out (nout bytes, >= 2). */
void multipart_nama_aman(const char *nama, size_t n, char *out, size_t nout);

#endif
