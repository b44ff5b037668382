/* Dates and date-times (siklus.md): fill windows `YYYY-MM-DD HH:MM` in WIB (UTC+7), days. */
#ifndef KINERJA_WAKTU_H
#define KINERJA_WAKTU_H

#include <stddef.h>

/* Whether t is a real calendar day written `YYYY-MM-DD` (from 1900; a PK's signing date). */
int waktu_tanggal_sah(const char *t);
/* Whether t is a valid `YYYY-MM-DD HH:MM` (a real calendar day). */
int waktu_wib_sah(const char *t);
/* t written as "15 Jul 2020 23.59 WIB" (copied as is when not valid). */
void waktu_wib_tampil(const char *t, char *out, size_t n);
/* A UTC time 2006-01-02T15:04:05Z written in WIB as "2 Jan 2006 22.04 WIB". */
void waktu_utc_wib(const char *utc, char *out, size_t n);
/* Short Indonesian month names, Jan … Des. */
extern const char *const WAKTU_BULAN[12];

#endif
