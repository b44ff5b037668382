/*
 * The colours of the predikat classes, one table for the report (HTML, PDF,
 * XLSX, charts) and the web pages (their CSS is generated from it).
 */
#ifndef KINERJA_WARNA_H
#define KINERJA_WARNA_H

struct warna {
	const char *latar; /* background or bar, "#rrggbb" */
	const char *teks;  /* text on it, contrast >= 4.5:1 */
};

/* Classes with a colour of their own; a scale with more gives the rest the last one. */
#define WARNA_N_KELAS 5

/* The colour of predikat class kelas (0 = highest); the neutral one for kelas < 0 (none). */
const struct warna *warna_predikat(int kelas);

/* "#rrggbb" as 0xRRGGBB (0 for anything else). */
unsigned warna_rgb(const char *hex);

#endif
