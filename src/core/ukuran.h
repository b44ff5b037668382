/*
 * The names the review speaks, parsed once into enums: the measure (ukuran)
 * of a printed figure (dilaporkan.csv) or of a check of the stored data, and
 * the data table (import file) a finding points at.
 */
#ifndef KINERJA_UKURAN_H
#define KINERJA_UKURAN_H

enum ukuran {
	UKURAN_LAIN = 0, /* a name kinerja does not know */
	/* the measures of dilaporkan.csv (format-impor.md) */
	UKURAN_TARGET,
	UKURAN_REALISASI,
	UKURAN_CAPAIAN,
	UKURAN_CAPAIAN_AKHIR,
	UKURAN_PREDIKAT,
	UKURAN_PAGU,
	UKURAN_REALISASI_ANGGARAN,
	UKURAN_SERAPAN,
	UKURAN_EFISIENSI,
	/* what a check of the stored data looks at */
	UKURAN_INDUK,
	UKURAN_KONDISI_AWAL,
	UKURAN_TARGET_AKHIR,
	UKURAN_INDIKATOR,
	UKURAN_ANGGARAN,
	UKURAN_SASARAN,
	UKURAN_DILAPORKAN,
};
#define UKURAN_N (UKURAN_DILAPORKAN + 1)

/* The name as in the data and the JSON ("capaian_akhir"); "" for UKURAN_LAIN. */
const char *ukuran_nama(enum ukuran u);
/* Its Indonesian label in sentences ("Capaian terhadap target akhir RPJMD"). */
const char *ukuran_label(enum ukuran u);
/* Parses a name (exact, as stored); UKURAN_LAIN when unknown or NULL. */
enum ukuran ukuran_parse(const char *s);
/*
 * The names of the measures dilaporkan.csv may hold, UKURAN_TARGET first, in
 * enum order, NULL-terminated: ukuran_kata_dilaporkan[u - UKURAN_TARGET].
 */
extern const char *const ukuran_kata_dilaporkan[];
/* 1 for the measures a report prints (those dilaporkan.csv may hold). */
int ukuran_dilaporkan(enum ukuran u);
/* 1 for money (pagu, realisasi_anggaran): integer Rupiah. */
int ukuran_uang(enum ukuran u);

/* The data table a finding points at; TABEL_CETAK is a table of the printed report. */
enum tabel_data {
	TABEL_CETAK = 0,
	TABEL_RENCANA,
	TABEL_INDIKATOR,
	TABEL_TARGET,
	TABEL_REALISASI,
	TABEL_ANGGARAN,
	TABEL_DILAPORKAN,
};
/* Its import file ("target.csv"); NULL for TABEL_CETAK. */
const char *ukuran_tabel_berkas(enum tabel_data t);

#endif
