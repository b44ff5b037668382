/*
 * The import template (format-impor.md) as one table: its files, their
 * columns, which are keys, which must be present, each column's kind of
 * value and the store's column name. The importer, the exporter, the XLSX
 * sheets and every message that lists files or columns read this table.
 */
#ifndef KINERJA_TEMPLAT_H
#define KINERJA_TEMPLAT_H

#include <stddef.h>

/* The template's tables in import order (a parent before what refers to it). */
enum templat_id {
	TEMPLAT_PEMDA,
	TEMPLAT_PENGATURAN,
	TEMPLAT_OPD,
	TEMPLAT_RENCANA,
	TEMPLAT_INDIKATOR,
	TEMPLAT_TARGET,
	TEMPLAT_REALISASI,
	TEMPLAT_ANGGARAN,
	TEMPLAT_PEMBANDING,
	TEMPLAT_NARASI,
	TEMPLAT_DILAPORKAN,
	TEMPLAT_KERANGKA,
	TEMPLAT_LKE_JAWABAN,
	TEMPLAT_SURVEI,
	TEMPLAT_SURVEI_JAWABAN, /* plus one column per unsur of the survey */
	TEMPLAT_LKE_REKOMENDASI,
	TEMPLAT_PK_ISI,      /* the frozen content of a signed PK (before pk: pk reads it) */
	TEMPLAT_PK_ANGGARAN, /* the frozen program budget of a signed PK */
	TEMPLAT_PK,
	TEMPLAT_JADWAL,
	TEMPLAT_N
};

/* The kind of value a column holds. */
enum templat_jenis {
	TJ_KODE,     /* a code or reference (pemda, kode, induk, opd, objek) */
	TJ_TEKS,     /* free text (nama, uraian, teks, sumber) */
	TJ_PILIHAN,  /* one word of a fixed list (jenis, arah, rumus_turun, ukuran) */
	TJ_TAHUN,    /* a year, four digits */
	TJ_TRIWULAN, /* empty or 1-4 */
	TJ_ANGKA,    /* a number (bobot, pembanding nilai) */
	TJ_RUPIAH,   /* whole Rupiah */
	TJ_NILAI,    /* an indicator value: number, range or category */
	TJ_CETAK,    /* a figure as printed (dilaporkan nilai): kept as written */
	TJ_WAKTU,    /* a date-time `YYYY-MM-DD HH:MM` in WIB (jadwal buka, tutup) */
};

/*
 * How the importer, the exporter and the store move a column's value
 * between the cell and the row struct of the table (struct opd, struct
 * indikator, ... of core/model.h; the same struct is the importer's
 * impor_baris.u member). The field is at `letak`: a `const char *` for the
 * TM_TEKS* and TM_KATA kinds, an `int` (or an enum) for TM_PILIHAN* and TM_TAHUN. The
 * generic loops (impor.c sel_medan_semua, ekspor.c sel_baris, store.c
 * val_templat and baca_medan) fill, write, bind and read it, so adding such a
 * column is one entry here, its struct field and its migration. TM_KHUSUS
 * columns are handled by the table's own code, still in the order of this
 * table; tests/unit/test_templat.c lists each with its reason.
 */
enum templat_medan {
	TM_KHUSUS = 0,	 /* the table's own code reads and writes it */
	TM_TEKS,	 /* text kept as written, "" stays "" */
	TM_TEKS_ISI,	 /* text that must not be empty */
	TM_TEKS_OPSI,	 /* optional text: "" is NULL (stored as NULL) */
	TM_KATA,	 /* one of `pilihan`, required; the field holds the list's spelling */
	TM_PILIHAN,	 /* one of `pilihan`, required; the int field holds its index */
	TM_PILIHAN_OPSI, /* likewise, may be empty: the field keeps what the table set */
	TM_TAHUN,	 /* a year, required (1900-2200): an int field, INT in the store */
};

struct templat_kolom {
	const char *nama; /* header name in the file */
	int wajib;	  /* 1: the column must be present in the header */
	int kunci;	  /* 1: part of the row's key (format-impor.md "Importing again") */
	enum templat_jenis jenis;
	const char *kolom_store; /* the store's column name */
	enum templat_medan medan;
	size_t letak; /* TM_*: offsetof the field in the row struct (0 for TM_KHUSUS) */
	/*
	 * TJ_PILIHAN: the words of the choice, NULL-terminated, in the order of the
	 * enum they parse to where one exists (model_kata_arah, ...); NULL otherwise.
	 * The importer matches against it and its messages list it.
	 */
	const char *const *pilihan;
};

struct templat_tabel {
	const char *nama;   /* "target": the file target.csv, the XLSX sheet "target" */
	const char *berkas; /* "target.csv" */
	const char *tabel_store;
	int n_kolom;
	const struct templat_kolom *kolom;
	/*
	 * 1: a later row of a key replaces an earlier one of the same file, which is
	 * kept as history (target.csv: the PK and its Perubahan, format-impor.md).
	 * 0: two rows of one key (the kunci columns) in a file are refused.
	 */
	int ulang;
};

/* The tables, indexed by enum templat_id. */
extern const struct templat_tabel templat[TEMPLAT_N];

/* The text field of column k (medan TM_TEKS*, TM_KATA) in row struct `baris`. */
const char *templat_teks(const struct templat_kolom *k, const void *baris);
/* Sets that field to v. */
void templat_teks_isi(const struct templat_kolom *k, void *baris, const char *v);
/* The int field of column k (medan TM_PILIHAN*, TM_TAHUN) in row struct `baris`; sets it. */
int templat_int(const struct templat_kolom *k, const void *baris);
void templat_int_isi(const struct templat_kolom *k, void *baris, int v);
/*
 * The text a generic column's field stands for (TM_PILIHAN*: the word of its
 * index, NULL when negative, "?" past the list; TM_TAHUN: NULL, its field is an int read with
 * templat_int); the medan's value from that text (the field
 * unchanged when s is NULL or not a word of a choice). What the exporter
 * writes and the store keeps; the importer and the store's read set it back.
 */
const char *templat_nilai_teks(const struct templat_kolom *k, const void *baris);
void templat_nilai_isi(const struct templat_kolom *k, void *baris, const char *s);
/*
 * Every text field (TM_TEKS*, TM_KATA) of row struct `baris` of table tt
 * copied into arena a, so the row outlives what it was parsed from; the
 * TM_KHUSUS fields are the caller's.
 */
struct arena;
void templat_teks_salin(const struct templat_tabel *tt, void *baris, struct arena *a);
/*
 * The first generic column in which rows a and b of table tt differ (text: NULL
 * equals ""; choices and years: the same number), its index in tt; -1 when they
 * have the same generic columns. TM_KHUSUS ones are the caller's.
 */
int templat_medan_beda(const struct templat_tabel *tt, const void *a, const void *b);

/* Index of s in k's choice words (case-insensitive), -1 when not one of them. */
int templat_pilihan(const struct templat_kolom *k, const char *s);
/* k's choice words joined by ", " for messages (NUL-terminated, truncated to n). */
char *templat_daftar_pilihan(const struct templat_kolom *k, char *out, size_t n);

/* The table named `nama` (case-insensitive, without ".csv"), or NULL. */
const struct templat_tabel *templat_cari(const char *nama);

/* Index of column `nama` in table t, -1 when it has none. */
int templat_kolom(const struct templat_tabel *t, const char *nama);

/*
 * Writes a list for messages into out (NUL-terminated, truncated to n):
 * the tables' names joined by ", " (akhiran ".csv" appended when berkas).
 */
char *templat_daftar_tabel(int berkas, char *out, size_t n);
/* The column names of t joined by `pemisah` (", " for messages, "," for a header). */
char *templat_daftar_kolom(const struct templat_tabel *t, const char *pemisah, char *out, size_t n);

#endif
