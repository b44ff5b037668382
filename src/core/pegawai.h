/*
 * Rules for the people who sign a Perjanjian Kinerja (siklus.md): a civil
 * servant's NIP and the length of names and titles. One set of checks for
 * pk.csv (io/impor.c) and signing in the browser (layanan/pk.c).
 */
#ifndef KINERJA_PEGAWAI_H
#define KINERJA_PEGAWAI_H

#include <stddef.h>

/*
 * Whether s is a NIP: 18 digits (birth date, appointment month, sex, serial),
 * single spaces allowed between digits as printed ("19000101 200001 1 001").
 */
int pegawai_nip_sah(const char *s);

/*
 * Whether s stands for no NIP: NULL, empty or "-" (as forms write it for an
 * elected regional head). Such a cell is accepted on import and printed as no
 * NIP line under the signature.
 */
int pegawai_tanpa_nip(const char *s);

/* Longest name, title, place or PK number accepted, in characters (code points). */
#define PEGAWAI_TEKS_MAKS 200

/* The number of UTF-8 code points of s (continuation bytes not counted). */
size_t pegawai_panjang(const char *s);

#endif
