/* Target and realisasi values; see nilai.h. */
#include "nilai.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "skala.h"

enum angka_hasil nilai_parse(const char *s, enum angka_gaya gaya, const struct skala *sk,
			     int kategori_bebas, struct arena *a, struct nilai *v,
			     enum angka_gaya *bukti)
{
	memset(v, 0, sizeof(*v));
	if (bukti)
		*bukti = GAYA_TIDAK_TAHU;
	if (angka_kosong(s))
		return ANGKA_KOSONG;
	double x;
	enum angka_hasil h = angka_parse(s, gaya, &x, bukti);
	if (h == ANGKA_OK) {
		v->jenis = NILAI_ANGKA;
		v->a = x;
		v->teks = arena_strdup(a, s);
		return ANGKA_OK;
	}
	if (h == ANGKA_AMBIGU)
		return h;
	char lo[64], hi[64];
	if (angka_rentang_pisah(s, lo, sizeof(lo), hi, sizeof(hi))) {
		double y;
		enum angka_gaya b1, b2;
		enum angka_hasil h1 = angka_parse(lo, gaya, &x, &b1);
		enum angka_hasil h2 = angka_parse(hi, gaya, &y, &b2);
		if (h1 == ANGKA_AMBIGU || h2 == ANGKA_AMBIGU)
			return ANGKA_AMBIGU;
		if (h1 == ANGKA_OK && h2 == ANGKA_OK) {
			/* "5-3" is refused, not read as 3-5: a swapped range is a typing error. */
			if (x > y)
				return ANGKA_TIDAK_SAH;
			v->jenis = NILAI_RENTANG;
			v->a = x;
			v->b = y;
			v->teks = arena_strdup(a, s);
			if (bukti)
				*bukti = b1 != GAYA_TIDAK_TAHU ? b1 : b2;
			return ANGKA_OK;
		}
	}
	char buf[128];
	snprintf(buf, sizeof(buf), "%s", s);
	str_trim(buf);
	if (sk) {
		int r = skala_peringkat(sk, buf);
		if (!r)
			return ANGKA_TIDAK_SAH;
		v->jenis = NILAI_KATEGORI;
		v->kategori = sk->kelas[r - 1].nama;
		v->teks = arena_strdup(a, s);
		return ANGKA_OK;
	}
	if (!kategori_bebas || strlen(s) >= sizeof(buf))
		return ANGKA_TIDAK_SAH;
	v->jenis = NILAI_KATEGORI;
	v->kategori = arena_strdup(a, buf);
	v->teks = arena_strdup(a, s);
	return ANGKA_OK;
}

char *nilai_kanonik(const struct nilai *v, char *out, size_t n)
{
	char x[64], y[64];
	switch (v->jenis) {
	case NILAI_ANGKA:
		return angka_format_kanonik(v->a, out, n);
	case NILAI_RENTANG:
		snprintf(out, n, "%s-%s", angka_format_kanonik(v->a, x, sizeof(x)),
			 angka_format_kanonik(v->b, y, sizeof(y)));
		return out;
	case NILAI_KATEGORI:
		snprintf(out, n, "%s", v->kategori);
		return out;
	case NILAI_KOSONG:
		break;
	}
	snprintf(out, n, "%s", "");
	return out;
}

char *nilai_tampil(const struct nilai *v, int desimal, char *out, size_t n)
{
	char x[64], y[64];
	switch (v->jenis) {
	case NILAI_ANGKA:
		return angka_format(v->a, desimal, out, n);
	case NILAI_RENTANG:
		snprintf(out, n, "%s-%s", angka_format(v->a, desimal, x, sizeof(x)),
			 angka_format(v->b, desimal, y, sizeof(y)));
		return out;
	case NILAI_KATEGORI:
		snprintf(out, n, "%s", v->kategori);
		return out;
	case NILAI_KOSONG:
		break;
	}
	snprintf(out, n, "%s", "n/a");
	return out;
}

/* The decimals needed to write x exactly, at most 2 (a value not typed in: a sum, a mean). */
static int desimal_perlu(double x)
{
	for (int d = 0; d < 2; d++)
		if (fabs(angka_bulat(x, d) - x) < 1e-9 * fmax(1, fabs(x)))
			return d;
	return 2;
}

/*
 * The decimals of a number written as s whose value is x: the digits after its last "," or
 * "." when that mark is the decimal one ("72,47", "72.47", "4.200,00": 2), none when it
 * groups thousands ("1.234" read as 1234). Told apart by the value, whatever the style.
 */
static int desimal_tulis(const char *s, double x)
{
	double n = 0;
	int k = -1;
	for (const char *c = s; *c; c++) {
		if (isdigit((unsigned char)*c)) {
			n = n * 10 + (*c - '0');
			if (k >= 0)
				k++;
		} else if (*c == ',' || *c == '.') {
			k = 0;
		}
	}
	if (k <= 0)
		return 0;
	if (fabs(n / pow(10, k) - fabs(x)) > 1e-9 * fmax(1, fabs(x)))
		return 0; /* the mark groups thousands */
	return k > 4 ? 4 : k;
}

int nilai_desimal(const struct nilai *v)
{
	if (v->jenis == NILAI_ANGKA)
		return v->teks ? desimal_tulis(v->teks, v->a) : desimal_perlu(v->a);
	if (v->jenis != NILAI_RENTANG)
		return 0;
	char lo[64], hi[64];
	if (!v->teks || !angka_rentang_pisah(v->teks, lo, sizeof(lo), hi, sizeof(hi))) {
		int a = desimal_perlu(v->a), b = desimal_perlu(v->b);
		return a > b ? a : b;
	}
	int a = desimal_tulis(lo, v->a), b = desimal_tulis(hi, v->b);
	return a > b ? a : b;
}

int nilai_desimal_cetak(const struct nilai *v, const struct nilai *mitra)
{
	int d = nilai_desimal(v);
	if (v->jenis == NILAI_ANGKA && mitra &&
	    (mitra->jenis == NILAI_ANGKA || mitra->jenis == NILAI_RENTANG)) {
		int e = nilai_desimal(mitra);
		if (e > d)
			d = e;
	}
	return d;
}

char *nilai_cetak(const struct nilai *v, const struct nilai *mitra, char *out, size_t n)
{
	return nilai_tampil(v, nilai_desimal_cetak(v, mitra), out, n);
}
