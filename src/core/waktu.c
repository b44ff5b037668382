/* Fill-window date-times; see waktu.h. */
#include "waktu.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

const char *const WAKTU_BULAN[12] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
				     "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};

/* Whether t[0..10) is a real calendar day YYYY-MM-DD (from 1900). */
static int hari_sah(const char *t)
{
	int y, mo, d;
	if (t[4] != '-' || t[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (t[i] < '0' || t[i] > '9'))
			return 0;
	if (sscanf(t, "%4d-%2d-%2d", &y, &mo, &d) != 3)
		return 0;
	static const int hari[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > hari[mo - 1])
		return 0;
	return !(mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

int waktu_tanggal_sah(const char *t)
{
	return t && strlen(t) == 10 && hari_sah(t);
}

int waktu_wib_sah(const char *t)
{
	if (!t || strlen(t) != 16 || t[10] != ' ' || t[13] != ':' || !hari_sah(t))
		return 0;
	for (int i = 11; i < 16; i++)
		if (i != 13 && (t[i] < '0' || t[i] > '9'))
			return 0;
	return (t[11] - '0') * 10 + (t[12] - '0') <= 23 && (t[14] - '0') * 10 + (t[15] - '0') <= 59;
}

void waktu_wib_tampil(const char *t, char *out, size_t n)
{
	int y, mo, d, h, mi;
	if (!waktu_wib_sah(t) || sscanf(t, "%d-%d-%d %d:%d", &y, &mo, &d, &h, &mi) != 5) {
		snprintf(out, n, "%s", t ? t : "");
		return;
	}
	snprintf(out, n, "%d %s %d %02d.%02d WIB", d, WAKTU_BULAN[mo - 1], y, h, mi);
}

void waktu_utc_wib(const char *utc, char *out, size_t n)
{
	struct tm tm = {0};
	if (!utc || sscanf(utc, "%d-%d-%dT%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
			   &tm.tm_hour, &tm.tm_min) != 5) {
		snprintf(out, n, "%s", utc ? utc : "");
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm) + 7 * 3600; /* WIB is UTC+7, without daylight saving */
	struct tm w;
	gmtime_r(&t, &w);
	snprintf(out, n, "%d %s %d %02d.%02d WIB", w.tm_mday, WAKTU_BULAN[w.tm_mon],
		 w.tm_year + 1900, w.tm_hour, w.tm_min);
}
