/*
 * Numbers as users write them (Indonesian and international), and as kinerja
 * prints them (Indonesian: 72,47; 1.384.644.172.872). Pure functions, no I/O.
 */
#ifndef KINERJA_ANGKA_H
#define KINERJA_ANGKA_H

#include <stddef.h>
#include <stdint.h>

/* Which writing a number uses; a column of a file is decided by its cells. */
enum angka_gaya {
	GAYA_TIDAK_TAHU = 0, /* no evidence either way ("72", "1.234") */
	GAYA_ID,             /* "." thousands, "," decimal */
	GAYA_INTL,           /* "," thousands, "." decimal */
};

/* Result of parsing one cell. */
enum angka_hasil {
	ANGKA_OK = 0,
	ANGKA_KOSONG,     /* empty, "-", "n/a": no data yet */
	ANGKA_AMBIGU,     /* "1.234": thousands or decimal, needs the column's gaya */
	ANGKA_TIDAK_SAH,  /* not a number */
};

/*
 * Parses s (surrounding spaces allowed; magnitude below 1e17, at most 15
 * decimals, so that every value reads back exactly from its canonical writing). `gaya` resolves an ambiguous lone
 * "." followed by three digits; GAYA_TIDAK_TAHU leaves it ANGKA_AMBIGU.
 * On ANGKA_OK *out holds the value; *bukti (may be NULL) receives the writing
 * the cell itself proves (GAYA_TIDAK_TAHU when it proves nothing).
 */
enum angka_hasil angka_parse(const char *s, enum angka_gaya gaya, double *out,
			     enum angka_gaya *bukti);

/* True for the spellings of "no data yet": empty, "-", "n/a", "N/A". */
int angka_kosong(const char *s);

/*
 * A range "3-5", "3 - 5", "4,5 – 5,5" (hyphen, en or em dash). Returns 1 and
 * the parts (not yet parsed, trimmed, copied into lo/hi) when s is a range.
 */
int angka_rentang_pisah(const char *s, char *lo, size_t nlo, char *hi, size_t nhi);

/* Rounds half away from zero to `desimal` places. */
double angka_bulat(double v, int desimal);

/*
 * Writes v in Indonesian format with `desimal` decimals (half away from zero)
 * and "." thousands grouping: 1384644172872 -> "1.384.644.172.872";
 * 72.4666, 2 -> "72,47". Returns out.
 */
char *angka_format(double v, int desimal, char *out, size_t n);
/* Indonesian format of integer Rupiah with grouping. */
char *angka_format_rp(int64_t v, char *out, size_t n);
/*
 * Shortest Indonesian writing without grouping that reads back to the same
 * double (e.g. "8,64", "-1,29", "1234"); for export. Returns out.
 */
char *angka_format_kanonik(double v, char *out, size_t n);

#endif
