/*
 * Files embedded into the binary at build time (tools/embed.sh): the SQL
 * migrations and the demo dataset.
 */
#ifndef KINERJA_TERTANAM_H
#define KINERJA_TERTANAM_H

struct berkas_tertanam {
	const char *nama; /* file name, e.g. "0001_awal.sql" */
	const char *isi;  /* its text */
};

/* NULL-terminated tables, sorted by name. */
extern const struct berkas_tertanam migrasi_berkas[];
extern const struct berkas_tertanam demo_berkas[];
/* The built-in SAKIP evaluation frameworks, the CSV files of data/kerangka/. */
extern const struct berkas_tertanam kerangka_berkas[];

#endif
