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
	return n == 3 && (s[0] == 'n' || s[0] == 'N') && s[1] == '/' &&
	       (s[2] == 'a' || s[2] == 'A');
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

/* 128 bits hold every digit string angka_parse accepts (32 digits < 2^107). */
__extension__ typedef unsigned __int128 u128;

/* The powers of ten a double holds exactly. */
static const double pangkat10[23] = {1e0,  1e1,	 1e2,  1e3,  1e4,  1e5,	 1e6,  1e7,
				     1e8,  1e9,	 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
				     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static int bit_panjang(u128 x)
{
	uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
	return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

/*
 * M / 10^f (f <= 19) rounded to the nearest double, ties to even: the value
 * strtod gives for the same digits, without building a string for it.
 */
static double desimal_ke_double(u128 m, int f)
{
	if (m == 0)
		return 0.0;
	/* Both operands exact: one correctly rounded division (the usual case). */
	if (m < ((u128)1 << 53))
		return (double)(uint64_t)m / pangkat10[f];
	if (f == 0 && (m >> 64) == 0)
		return (double)(uint64_t)m; /* the conversion rounds to nearest */
	/* Otherwise an integer division scaled to 54 to 56 bits of quotient, then rounded. */
	u128 d = 1;
	for (int i = 0; i < f; i++)
		d *= 10;
	int s = 55 - (bit_panjang(m) - bit_panjang(d));
	u128 num = m, den = d;
	if (s >= 0)
		num <<= s;
	else
		den <<= -s;
	u128 q = num / den;
	int sticky = num % den != 0, e = -s;
	while (q >= ((u128)1 << 54)) {
		sticky |= (int)(q & 1);
		q >>= 1;
		e++;
	}
	uint64_t mant = (uint64_t)(q >> 1);
	int setengah = (int)(q & 1);
	e++;
	if (setengah && (sticky || (mant & 1)))
		mant++;
	if (mant == (1ULL << 53)) {
		mant >>= 1;
		e++;
	}
	return ldexp((double)mant, e);
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
	char th = 0;	/* thousands mark */
	size_t dec = n; /* index of the decimal mark, n when none */
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
	/* The digits as one integer M and the count of decimals f: the value is M / 10^f. */
	u128 m = 0;
	for (size_t i = 0; i < nint; i++)
		if (s[i] >= '0' && s[i] <= '9')
			m = m * 10 + (unsigned)(s[i] - '0');
	int f = 0;
	if (dec < n)
		for (size_t i = dec + 1; i < n; i++, f++)
			m = m * 10 + (unsigned)(s[i] - '0');
	double v = desimal_ke_double(m, f);
	if (neg)
		v = -v;
	if (!isfinite(v) || fabs(v) >= 1e17)
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
			return salin_trim(s, i, lo, nlo) &&
			       salin_trim(s + i + d, n - i - d, hi, nhi);
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

/*
 * The shortest writing with at most 22 decimals whose digits fit 53 bits, or
 * 0 when there is none (then the caller searches with snprintf). For the
 * smallest d at which some integer M / 10^d reads back to v, M is v * 10^d
 * rounded exactly (the product's error from fma): the number printf's
 * shortest "%.*g" would print, so both paths give the same text.
 */
static int kanonik_cepat(double v, char *out, size_t n)
{
	int neg = v < 0;
	double a = fabs(v);
	for (int d = 0; d <= 22; d++) {
		double p = pangkat10[d];
		double x = a * p;
		if (!(x < 9007199254740992.0)) /* 2^53 */
			return 0;
		double mr = nearbyint(x);
		double sisa = x - mr; /* exact: |x| < 2^53 */
		if (sisa == 0.5 || sisa == -0.5) {
			/* x is halfway: the product's rounding error decides (a * p == x + err). */
			double err = fma(a, p, -x);
			if (err == 0) {
				/*
				 * A true tie ("21,75" at one decimal): neither neighbour reads
				 * back in general, and the next length is tried; when one does
				 * (a huge v), printf's rounding of the tie decides: the old search.
				 */
				double lo = floor(x);
				if (lo / p == a || (lo + 1) / p == a)
					return 0;
				continue;
			}
			if (sisa == 0.5 && err > 0)
				mr += 1;
			else if (sisa == -0.5 && err < 0)
				mr -= 1;
		}
		/* |sisa| < 0.5 leaves mr the nearest: err is at most half an ulp of x. */
		if (mr / p != a)
			continue;
		uint64_t m = (uint64_t)mr;
		char dig[24];
		int k = 0;
		do {
			dig[k++] = (char)('0' + m % 10);
			m /= 10;
		} while (m);
		while (k <= d)
			dig[k++] = '0'; /* "0,05": a zero before the mark */
		size_t perlu = (size_t)neg + (size_t)k + (d > 0) + 1;
		if (perlu > n)
			return 0;
		char *q = out;
		if (neg)
			*q++ = '-';
		while (k) {
			if (k == d)
				*q++ = ',';
			*q++ = dig[--k];
		}
		*q = '\0';
		return 1;
	}
	return 0;
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
	if (kanonik_cepat(v, out, n))
		return out;
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
