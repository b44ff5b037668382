/* The predikat colours; see warna.h. */
#include "warna.h"

#include <stdlib.h>
#include <string.h>

/* Green to red from Sangat Tinggi down, as the LKjIP charts print them. */
static const struct warna kelas[WARNA_N_KELAS] = {
    {"#1a7f37", "#ffffff"}, {"#4fa35a", "#1b1f24"}, {"#d4a72c", "#1b1f24"},
    {"#e0701e", "#1b1f24"}, {"#cf222e", "#ffffff"},
};
static const struct warna tanpa = {"#8c959f", "#1b1f24"};

const struct warna *warna_predikat(int k)
{
	if (k < 0)
		return &tanpa;
	return &kelas[k < WARNA_N_KELAS ? k : WARNA_N_KELAS - 1];
}

unsigned warna_rgb(const char *hex)
{
	if (!hex || hex[0] != '#' || strlen(hex) != 7)
		return 0;
	return (unsigned)strtoul(hex + 1, NULL, 16);
}
