/* Signatories of a Perjanjian Kinerja; see pegawai.h. */
#include "pegawai.h"

#include <string.h>

int pegawai_nip_sah(const char *s)
{
	if (!s)
		return 0;
	int angka = 0;
	for (const char *c = s; *c; c++) {
		if (*c >= '0' && *c <= '9')
			angka++;
		else if (*c != ' ' || c == s || c[1] == '\0' || c[1] == ' ')
			return 0; /* a space only between two digits, one at a time */
	}
	return angka == 18;
}

int pegawai_tanpa_nip(const char *s)
{
	return !s || !*s || strcmp(s, "-") == 0;
}

size_t pegawai_panjang(const char *s)
{
	size_t n = 0;
	for (const unsigned char *c = (const unsigned char *)s; c && *c; c++)
		n += (*c & 0xC0) != 0x80;
	return n;
}
