/*
 * What a file is, from its content only (siklus.md "Evidence"): PDF, PNG,
 * JPEG by their magic bytes; XLSX and DOCX are ZIP archives told apart by
 * the entry names of their local file headers ([Content_Types].xml and an
 * entry under xl/ or word/). Everything else (HTML, scripts, plain ZIPs,
 * text) is refused. Pure byte inspection, no allocation; also the one rule
 * that makes a file name harmless (used by web/multipart.c and the evidence
 * service alike).
 */
#ifndef KINERJA_CORE_JENIS_BERKAS_H
#define KINERJA_CORE_JENIS_BERKAS_H

#include <stddef.h>

enum jenis_berkas { JB_TIDAK = 0, JB_PDF, JB_PNG, JB_JPEG, JB_XLSX, JB_DOCX };

/* The type of p[0..n), JB_TIDAK when it is none of the accepted ones. */
enum jenis_berkas jenis_berkas_kenali(const void *p, size_t n);

/* "pdf", "png", "jpeg", "xlsx", "docx" (the stored value); "" for JB_TIDAK. */
const char *jenis_berkas_nama(enum jenis_berkas j);
/* The stored value back: JB_TIDAK when unknown. */
enum jenis_berkas jenis_berkas_dari_nama(const char *s);
/* The MIME type a download carries ("application/octet-stream" for JB_TIDAK). */
const char *jenis_berkas_mime(enum jenis_berkas j);
/* The file extension with its dot (".pdf", ".jpg", ...; "" for JB_TIDAK). */
const char *jenis_berkas_ekstensi(enum jenis_berkas j);

/* Longest harmless file name kept (bytes); a longer one is cut. */
#define BERKAS_NAMA_MAKS 120

/*
 * Writes the harmless form of a file name into out (nout >= 2 bytes): the
 * last path component only ('/' and '\\' separate), every byte outside
 * [A-Za-z0-9 ._-] replaced by '_', no leading dot or space, at most
 * BERKAS_NAMA_MAKS bytes; "berkas" when nothing is left.
 */
void berkas_nama_aman(const char *nama, size_t n, char *out, size_t nout);

/*
 * The download name: the harmless name, with jenis's extension appended
 * unless it already ends with it (case-insensitive; ".jpeg" counts for JPEG),
 * so "laporan.png" holding a PDF is offered as "laporan.png.pdf".
 */
void berkas_nama_unduh(const char *aman, enum jenis_berkas j, char *out, size_t nout);

#endif
