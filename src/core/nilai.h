/*
 * Reading and writing target and realisasi values: a number, a range "lo-hi"
 * or a category of a scale. The canonical writing is what the store keeps.
 */
#ifndef KINERJA_NILAI_H
#define KINERJA_NILAI_H

#include <stddef.h>

#include "angka.h"
#include "model.h"

/*
 * Parses a cell into v. Numbers and ranges per angka.h (gaya resolves "1.234");
 * anything else is a category when sk is given and knows it (spelled as in
 * the scale), or when sk is NULL and kategori_bebas is set. Strings are
 * allocated from a. Returns ANGKA_OK, ANGKA_KOSONG, ANGKA_AMBIGU or
 * ANGKA_TIDAK_SAH (an unknown category and a range written high-low, "5-3",
 * included). *bukti as in angka_parse.
 */
enum angka_hasil nilai_parse(const char *s, enum angka_gaya gaya, const struct skala *sk,
			     int kategori_bebas, struct arena *a, struct nilai *v,
			     enum angka_gaya *bukti);

/* Canonical writing: "8,64", "3-5", "WTP", "" for none. Returns out. */
char *nilai_kanonik(const struct nilai *v, char *out, size_t n);

/* Display writing in Indonesian format with `desimal` decimals ("3-5" ranges, categories as is). */
char *nilai_tampil(const struct nilai *v, int desimal, char *out, size_t n);

/*
 * The decimals v was written with: "80,00" 2, "72" 0, "0,4" 1, "4.200,00" 2, "1.234"
 * (thousands) 0; a range the more of its two ends ("28-32" 0); a value not typed in
 * (teks NULL) as few as write it exactly, at most 2; 0 for a category or none.
 */
int nilai_desimal(const struct nilai *v);

/*
 * The decimals the reports print v with next to mitra, the other value of its row (its
 * target or realisasi; NULL when alone): a number takes the more of its own and mitra's
 * (target "80,00" and realisasi "72" print "80,00" and "72,00"), a range its own, as
 * entered. One rule for the tables of every format and the sentences about them.
 */
int nilai_desimal_cetak(const struct nilai *v, const struct nilai *mitra);

/* nilai_tampil of v with nilai_desimal_cetak(v, mitra) decimals. Returns out. */
char *nilai_cetak(const struct nilai *v, const struct nilai *mitra, char *out, size_t n);

#endif
