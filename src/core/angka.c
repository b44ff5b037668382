/* Numbers as users write them and as kinerja prints them; see angka.h. */
#include "angka.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int angka_kosong(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	if (n == 0)
		return 1;
	if (n == 1 && s[0] == '-')
		return 1;
	return n == 3 && (s[0] == 'n' || s[0] == 'N') && s[1] == '/' && (s[2] == 'a' || s[2] == 'A');
}

/* Checks "d{1,3}(S ddd)*" where S is the thousands mark; digits only otherwise. */
static int grup_sah(const char *p, size_t n, char sep)
{
	size_t i = 0, first = 0;
	while (i < n && isdigit((unsigned char)p[i])) {
		i++;
		first++;
	}
	if (first < 1 || first > 3)
		return 0;
	while (i < n) {
		if (p[i] != sep)
			return 0;
		i++;
		for (int k = 0; k < 3; k++, i++)
			if (i >= n || !isdigit((unsigned char)p[i]))
				return 0;
	}
	return 1;
}

static int semua_digit(const char *p, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)p[i]))
			return 0;
	return 1;
}

enum angka_hasil angka_parse(const char *s, enum angka_gaya gaya, double *out,
			     enum angka_gaya *bukti)
{
	if (bukti)
		*bukti = GAYA_TIDAK_TAHU;
	if (angka_kosong(s))
		return ANGKA_KOSONG;
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	int neg = 0;
	if (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-';
		s++;
		n--;
	} else if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x88 &&
		   (unsigned char)s[2] == 0x92) { /* U+2212 minus sign */
		neg = 1;
		s += 3;
		n -= 3;
	}
	if (n == 0 || n > 64)
		return ANGKA_TIDAK_SAH;
	size_t ndot = 0, ncom = 0, lastdot = 0, lastcom = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.') {
			ndot++;
			lastdot = i;
		} else if (s[i] == ',') {
			ncom++;
			lastcom = i;
		} else if (!isdigit((unsigned char)s[i])) {
			return ANGKA_TIDAK_SAH;
		}
	}
	/* Split into integer part (with thousands marks) and fraction. */
	char th = 0;       /* thousands mark */
	size_t dec = n;    /* index of the decimal mark, n when none */
	enum angka_gaya g = GAYA_TIDAK_TAHU;
	if (ndot && ncom) {
		if (lastdot > lastcom) {
			dec = lastdot;
			th = ',';
			g = GAYA_INTL;
			if (ndot > 1)
				return ANGKA_TIDAK_SAH;
		} else {
			dec = lastcom;
			th = '.';
			g = GAYA_ID;
			if (ncom > 1)
				return ANGKA_TIDAK_SAH;
		}
	} else if (ncom) {
		if (ncom > 1) {
			th = ',';
			g = GAYA_INTL;
		} else {
			dec = lastcom;
			g = GAYA_ID;
		}
	} else if (ndot) {
		if (ndot > 1) {
			th = '.';
			g = GAYA_ID;
		} else {
			size_t after = n - lastdot - 1;
			int lead0 = lastdot == 1 && s[0] == '0';
			if (after == 3 && lastdot >= 1 && lastdot <= 3 && !lead0) {
				/* "1.234": thousands (Indonesian) or decimal (international). */
				if (gaya == GAYA_ID) {
					th = '.';
				} else if (gaya == GAYA_INTL) {
					dec = lastdot;
				} else {
					return ANGKA_AMBIGU;
				}
			} else {
				dec = lastdot;
				g = GAYA_INTL;
			}
		}
	}
	/* Validate the integer part and the fraction. */
	size_t nint = dec;
	if (th) {
		if (!grup_sah(s, nint, th))
			return ANGKA_TIDAK_SAH;
	} else if (!semua_digit(s, nint)) {
		return ANGKA_TIDAK_SAH;
	}
	if (dec < n && !semua_digit(s + dec + 1, n - dec - 1))
		return ANGKA_TIDAK_SAH;
	/* Bounds that keep every value exactly writable: below 1e17, 15 decimals. */
	size_t ndigit = 0;
	for (size_t i = 0; i < nint; i++)
		ndigit += isdigit((unsigned char)s[i]) != 0;
	if (ndigit > 17 || (dec < n && n - dec - 1 > 15))
		return ANGKA_TIDAK_SAH;
	char tmp[80];
	size_t k = 0;
	if (neg)
		tmp[k++] = '-';
	for (size_t i = 0; i < nint; i++)
		if (isdigit((unsigned char)s[i]))
			tmp[k++] = s[i];
	if (dec < n) {
		tmp[k++] = '.';
		for (size_t i = dec + 1; i < n; i++)
			tmp[k++] = s[i];
	}
	tmp[k] = '\0';
	char *end;
	double v = strtod(tmp, &end);
	if (*end || !isfinite(v) || fabs(v) >= 1e17)
		return ANGKA_TIDAK_SAH;
	*out = v == 0 ? 0.0 : v; /* no negative zero */
	if (bukti)
		*bukti = g;
	return ANGKA_OK;
}

/* Length of a dash (hyphen, en or em dash) at p, 0 when none. */
static size_t dash_len(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	if (u[0] == '-')
		return 1;
	if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
		return 3;
	return 0;
}

static int salin_trim(const char *p, size_t n, char *out, size_t nout)
{
	while (n && isspace((unsigned char)*p)) {
		p++;
		n--;
	}
	while (n && isspace((unsigned char)p[n - 1]))
		n--;
	if (n == 0 || n >= nout)
		return 0;
	memcpy(out, p, n);
	out[n] = '\0';
	return 1;
}

int angka_rentang_pisah(const char *s, char *lo, size_t nlo, char *hi, size_t nhi)
{
	size_t n = strlen(s);
	size_t i = 0;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	if (i < n && dash_len(s + i))
		i += dash_len(s + i); /* a leading minus belongs to lo */
	int digit = 0;
	for (; i < n; i++) {
		size_t d = dash_len(s + i);
		if (d && digit) {
			return salin_trim(s, i, lo, nlo) && salin_trim(s + i + d, n - i - d, hi, nhi);
		}
		if (isdigit((unsigned char)s[i]))
			digit = 1;
		else if (!isspace((unsigned char)s[i]) && s[i] != '.' && s[i] != ',')
			return 0;
	}
	return 0;
}

double angka_bulat(double v, int desimal)
{
	double p = pow(10.0, desimal);
	double x = v * p;
	double t = trunc(x);
	double f = fabs(x - t);
	double r;
	/* Half away from zero, forgiving binary representation (1,005 -> 1,01). */
	if (f >= 0.5 - 16 * DBL_EPSILON * (fabs(x) > 1 ? fabs(x) : 1))
		r = t + (x < 0 ? -1.0 : 1.0);
	else
		r = t;
	r /= p;
	return r == 0 ? 0.0 : r;
}

/* Inserts "." every three digits of the integer digits in src into out. */
static void kelompok(const char *digits, char *out, size_t n)
{
	size_t len = strlen(digits), k = 0;
	for (size_t i = 0; i < len && k + 1 < n; i++) {
		if (i && (len - i) % 3 == 0 && k + 1 < n)
			out[k++] = '.';
		if (k + 1 < n)
			out[k++] = digits[i];
	}
	out[k] = '\0';
}

char *angka_format(double v, int desimal, char *out, size_t n)
{
	if (!isfinite(v)) {
		snprintf(out, n, "-");
		return out;
	}
	if (desimal < 0)
		desimal = 0;
	double r = angka_bulat(v, desimal);
	char raw[400];
	snprintf(raw, sizeof(raw), "%.*f", desimal, fabs(r));
	char *dot = strchr(raw, '.');
	if (dot)
		*dot = '\0';
	char grp[400];
	kelompok(raw, grp, sizeof(grp));
	snprintf(out, n, "%s%s%s%s", r < 0 ? "-" : "", grp, dot ? "," : "", dot ? dot + 1 : "");
	return out;
}

char *angka_format_rp(int64_t v, char *out, size_t n)
{
	char raw[32];
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	snprintf(raw, sizeof(raw), "%llu", (unsigned long long)u);
	char grp[48];
	kelompok(raw, grp, sizeof(grp));
	snprintf(out, n, "%s%s", v < 0 ? "-" : "", grp);
	return out;
}

char *angka_format_kanonik(double v, char *out, size_t n)
{
	char tmp[400]; /* %f of a large double spells out every digit */
	if (!isfinite(v)) {
		snprintf(out, n, "-");
		return out;
	}
	if (v == 0)
		v = 0.0;
	/*
	 * The shortest writing that reads back as v. A decimal of at most 15
	 * significant digits survives a trip through a double (DBL_DIG), so when
	 * one of them reads back as v, %.15g prints it (trailing zeros dropped):
	 * 16 and 17 digits are only tried when 15 do not read back.
	 */
	int ok = 0;
	for (int prec = DBL_DIG; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*g", prec, v);
		if (strtod(tmp, NULL) == v) {
			ok = 1;
			break;
		}
	}
	if (!ok || strchr(tmp, 'e')) {
		/* Exponent form is not an accepted writing: spell it out. */
		for (int d = 0; d <= 30; d++) {
			snprintf(tmp, sizeof(tmp), "%.*f", d, v);
			if (strtod(tmp, NULL) == v)
				break;
		}
	}
	char *p = strchr(tmp, '.');
	if (p)
		*p = ',';
	snprintf(out, n, "%s", tmp);
	return out;
}
