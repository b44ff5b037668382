/* Target and realisasi values; see nilai.h. */
#include "nilai.h"

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
