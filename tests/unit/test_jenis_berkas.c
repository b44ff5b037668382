/*
 * Tests of the content sniffer and the harmless file name
 * (src/core/jenis_berkas.c) and of the batas_bukti setting
 * (core/pengaturan.c). Inputs are built by hand, byte by byte: a ZIP local
 * file header is "PK\3\4", version, flags, method, time, date, crc, sizes
 * (compressed, uncompressed), name length, extra length, then name and data.
 */
#include <stdarg.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/jenis_berkas.h"
#include "core/pengaturan.h"

/* Appends one stored (uncompressed) ZIP entry; flag 8 leaves its sizes 0 (a data descriptor). */
static size_t entri(unsigned char *out, const char *nama, const char *isi, int flag)
{
	size_t nn = strlen(nama), ni = strlen(isi), k = 0;
	unsigned char h[30] = {'P', 'K', 3, 4, 20, 0, (unsigned char)flag, 0};
	if (!flag) {
		h[18] = h[22] = (unsigned char)ni; /* compressed = uncompressed size */
	}
	h[26] = (unsigned char)nn;
	memcpy(out, h, 30);
	k = 30;
	memcpy(out + k, nama, nn);
	k += nn;
	memcpy(out + k, isi, ni);
	k += ni;
	if (flag) { /* the data descriptor: signature, crc, sizes */
		unsigned char d[16] = {'P', 'K', 7, 8};
		d[8] = d[12] = (unsigned char)ni;
		memcpy(out + k, d, 16);
		k += 16;
	}
	return k;
}

/* A central directory start, so the walk meets something that is no local header. */
static size_t pusat(unsigned char *out)
{
	memcpy(out, "PK\1\2", 4);
	memset(out + 4, 0, 42);
	return 46;
}

static void test_sihir(void **state)
{
	(void)state;
	assert_int_equal(jenis_berkas_kenali("%PDF-1.7\n", 9), JB_PDF);
	assert_int_equal(jenis_berkas_kenali("\x89PNG\r\n\x1a\n", 8), JB_PNG);
	assert_int_equal(jenis_berkas_kenali("\xff\xd8\xff\xe0", 4), JB_JPEG);
	/* One byte short of each magic: refused. */
	assert_int_equal(jenis_berkas_kenali("%PDF", 4), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali("\x89PNG\r\n\x1a", 7), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali("\xff\xd8", 2), JB_TIDAK);
	/* A PDF magic not at the start (after a BOM or HTML) is not a PDF. */
	assert_int_equal(jenis_berkas_kenali(" %PDF-1.7", 9), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali("<html>%PDF-1.7</html>", 21), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali("<!DOCTYPE html><script>", 23), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali("#!/bin/sh\n", 10), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali("", 0), JB_TIDAK);
	assert_int_equal(jenis_berkas_kenali(NULL, 10), JB_TIDAK);
}

static void test_zip(void **state)
{
	(void)state;
	unsigned char b[1024];
	size_t n = entri(b, "[Content_Types].xml", "<Types/>", 0);
	n += entri(b + n, "xl/workbook.xml", "<w/>", 0);
	n += pusat(b + n);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_XLSX);

	n = entri(b, "_rels/.rels", "<r/>", 0);
	n += entri(b + n, "word/document.xml", "<d/>", 0);
	n += entri(b + n, "[Content_Types].xml", "<Types/>", 0);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_DOCX);

	/* Sizes after the data (flag bit 3): found by the next signature. */
	n = entri(b, "[Content_Types].xml", "<Types/>", 8);
	n += entri(b + n, "word/document.xml", "<d/>", 8);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_DOCX);

	/* No [Content_Types].xml: a plain ZIP holding an xl/ folder. */
	n = entri(b, "xl/workbook.xml", "<w/>", 0);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_TIDAK);
	/* Both xl/ and word/: which one is it? Refused. */
	n = entri(b, "[Content_Types].xml", "<Types/>", 0);
	n += entri(b + n, "xl/a.xml", "<w/>", 0);
	n += entri(b + n, "word/b.xml", "<d/>", 0);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_TIDAK);
	/* Neither: an ODF-like package. */
	n = entri(b, "[Content_Types].xml", "<Types/>", 0);
	n += entri(b + n, "content.xml", "<c/>", 0);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_TIDAK);
	/* The entry name "xl/..." hidden inside an entry's data is not an entry. */
	n = entri(b, "[Content_Types].xml", "PK\3\4 xl/workbook.xml", 0);
	assert_int_equal(jenis_berkas_kenali(b, n), JB_TIDAK);
	/* A name running past the end (cut file): refused, no overread (ASan). */
	n = entri(b, "[Content_Types].xml", "<Types/>", 0);
	n += entri(b + n, "xl/workbook.xml", "<w/>", 0);
	assert_int_equal(jenis_berkas_kenali(b, n - 4 - 10), JB_TIDAK);
}

static void test_nama(void **state)
{
	(void)state;
	char out[BERKAS_NAMA_MAKS + 1];
#define AMAN(s, e)                                                                                 \
	do {                                                                                       \
		berkas_nama_aman(s, strlen(s), out, sizeof(out));                                  \
		assert_string_equal(out, e);                                                       \
	} while (0)
	AMAN("../../etc/passwd", "passwd");
	AMAN("C:\\Users\\a\\laporan 2020.pdf", "laporan 2020.pdf");
	AMAN(".htaccess", "_htaccess");
	AMAN("..", "_."); /* a first dot is replaced: no "." or ".." component */
	AMAN("a\"b<c>.pdf", "a_b_c_.pdf");
	AMAN("", "berkas");
	AMAN("dir/", "berkas");
	AMAN("lap\xc3\xb6ran.pdf", "lap__ran.pdf"); /* UTF-8 "ö" is two bytes, each replaced */
#undef AMAN
	char panjang[300];
	memset(panjang, 'a', sizeof(panjang) - 1);
	panjang[sizeof(panjang) - 1] = '\0';
	berkas_nama_aman(panjang, strlen(panjang), out, sizeof(out));
	assert_int_equal(strlen(out), BERKAS_NAMA_MAKS);

	char unduh[BERKAS_NAMA_MAKS + 8];
	berkas_nama_unduh("foto.png", JB_PDF, unduh, sizeof(unduh));
	assert_string_equal(unduh, "foto.png.pdf");
	berkas_nama_unduh("LAPORAN.PDF", JB_PDF, unduh, sizeof(unduh));
	assert_string_equal(unduh, "LAPORAN.PDF");
	berkas_nama_unduh("foto.jpeg", JB_JPEG, unduh, sizeof(unduh));
	assert_string_equal(unduh, "foto.jpeg");
	berkas_nama_unduh("foto", JB_JPEG, unduh, sizeof(unduh));
	assert_string_equal(unduh, "foto.jpg");
}

static void test_nama_jenis(void **state)
{
	(void)state;
	for (int j = JB_PDF; j <= JB_DOCX; j++)
		assert_int_equal(jenis_berkas_dari_nama(jenis_berkas_nama((enum jenis_berkas)j)), j);
	assert_int_equal(jenis_berkas_dari_nama("html"), JB_TIDAK);
	assert_string_equal(jenis_berkas_mime(JB_DOCX),
			    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	assert_string_equal(jenis_berkas_mime(JB_TIDAK), "application/octet-stream");
}

static void test_batas_bukti(void **state)
{
	(void)state;
	size_t b = 0;
	/* Empty: 10 MiB = 10 x 1048576 = 10485760 bytes. */
	assert_int_equal(pengaturan_batas_bukti("", &b), 0);
	assert_int_equal(b, 10485760);
	assert_int_equal(pengaturan_batas_bukti(NULL, &b), 0);
	assert_int_equal(b, 10485760);
	/* 2 MiB = 2097152 bytes. */
	assert_int_equal(pengaturan_batas_bukti("2", &b), 0);
	assert_int_equal(b, 2097152);
	assert_int_equal(pengaturan_batas_bukti("0", &b), -1);
	assert_int_equal(pengaturan_batas_bukti("11", &b), -1);
	assert_int_equal(pengaturan_batas_bukti("2,5", &b), -1);
	assert_int_equal(pengaturan_batas_bukti("-1", &b), -1);
	assert_int_equal(pengaturan_batas_bukti("0010", &b), -1); /* over 3 digits */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sihir),     cmocka_unit_test(test_zip),
	    cmocka_unit_test(test_nama),      cmocka_unit_test(test_nama_jenis),
	    cmocka_unit_test(test_batas_bukti),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
