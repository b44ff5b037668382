/*
 * The import template of format-impor.md: reads the files, validates every
 * cell against its column (templat.h) and the references it is given, and
 * hands the valid rows to a writer. No store here: the services layer
 * (layanan/impor.h) supplies the look-ups and the writer and owns the
 * transaction.
 */
#ifndef KINERJA_IMPOR_H
#define KINERJA_IMPOR_H

#include "../core/lke.h"
#include "../core/model.h"
#include "../core/templat.h"
#include "csv.h"

/* One table of the template, named like its file without ".csv" ("target"). */
struct impor_tabel {
	const char *nama;
	const char *berkas; /* for messages: "target.csv" or "data.xlsx:target" */
	struct csv_tabel *t;
};

struct impor_ringkasan {
	long baru, diubah, sama, dilewati; /* dilewati: rows with no value (n/a) */
};

/* Progress of a long import: called now and then with rows done of a table. */
typedef void (*impor_progres_fn)(const char *berkas, long selesai, long total, void *arg);

/* What the writer did with a row. */
enum impor_ubah { IMPOR_SAMA = 0, IMPOR_BARU, IMPOR_DIUBAH };

/* One valid row, handed to the writer; its strings are borrowed until the writer returns. */
struct impor_baris {
	enum templat_id tabel;
	const char *pemda; /* the row's pemda (for pemda rows: its kode) */
	int lama;          /* target: an earlier PK replaced by a later row of the same file */
	const char *berkas; /* the row's file and line (the header is 1), for the writer's messages */
	long nomor;
	union {
		struct pemda pemda;
		struct {
			const char *kunci, *nilai;
		} pengaturan;
		struct opd opd;
		struct rencana rencana;
		struct indikator indikator;
		struct target target;
		struct realisasi realisasi;
		struct anggaran anggaran;
		struct pembanding pembanding;
		struct narasi narasi;
		struct dilaporkan dilaporkan;
		struct {
			const char *kerangka, *kode, *induk, *uraian, *jawaban;
			double bobot;
		} kerangka;
		struct {
			int tahun;
			const char *opd, *kerangka, *kriteria, *mandiri, *evaluator, *catatan;
			const char *bukti;
		} lke;
		struct {
			const char *kode, *uraian, *indikator, *unsur; /* unsur: "U1;U2;..." */
		} survei;
		struct {
			const char *survei, *periode, *unit, *responden;
			const char *jawaban; /* one digit per unsur in the survey's order, '0' = blank */
		} survei_jawaban;
		struct {
			int tahun;
			const char *opd, *nomor, *uraian, *tindak_lanjut, *status;
		} rekomendasi;
		struct pk pk;
		struct pk_isi pk_isi;           /* opd NULL: the regional head's */
		struct pk_anggaran pk_anggaran; /* opd NULL: the regional head's */
		struct jadwal jadwal;
	} u;
};

/*
 * What the importer needs from its caller. Look-ups return 1 when found, 0
 * when not, -1 on a failure (which stops the import); they must see the rows
 * written earlier in the same import.
 */
struct impor_kait {
	int (*pemda_ada)(void *arg, const char *kode);
	int (*rencana_jenis)(void *arg, const char *pemda, const char *kode,
			     enum jenis_rencana *jenis);
	int (*opd_ada)(void *arg, const char *pemda, const char *kode);
	/* The parent OPD ("" when none) of an OPD into induk (n bytes). */
	int (*opd_induk)(void *arg, const char *pemda, const char *kode, char *induk, size_t n);
	/* jenis, opd ("" when none) and induk ("" when none) of a rencana node. */
	int (*rencana_info)(void *arg, const char *pemda, const char *kode,
			    enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk,
			    size_t ninduk);
	/* arah and scale name ("" when none) of an indicator; skala has nskala bytes. */
	int (*indikator_info)(void *arg, const char *pemda, const char *kode, enum arah *arah,
			      char *skala, size_t nskala);
	/* Calls fn for each stored setting of pemda; 0, or -1 on a failure. */
	int (*pengaturan_daftar)(void *arg, const char *pemda,
				 int (*fn)(const char *kunci, const char *nilai, void *fnarg),
				 void *fnarg);
	/*
	 * The framework kode, prepared (lke_kerangka_siapkan), its memory from
	 * arena a: stored rows, else a built-in one. May be NULL (no framework known).
	 */
	int (*kerangka_muat)(void *arg, const char *kode, struct arena *a,
			     struct lke_kerangka *out);
	/* The unsur of a survey ("U1;U2;...") into unsur (n bytes). May be NULL. */
	int (*survei_unsur)(void *arg, const char *pemda, const char *kode, char *unsur,
			    size_t n);
	/* Writes one valid row; -1 with g stops the import. */
	int (*tulis)(void *arg, const struct impor_baris *b, enum impor_ubah *ubah,
		     struct galat *g);
	void *arg;
};

/* The errors of a file in order: at most IMPOR_GALAT_MAKS kept, the rest counted in lain. */
#define IMPOR_GALAT_MAKS 200
struct impor_galat {
	int n;
	long lain;
	struct galat *isi;
};
void impor_galat_init(struct impor_galat *d);
void impor_galat_release(struct impor_galat *d);

/* Limits: a cell (bytes) and a file read by impor_baca_berkas (bytes). */
#define IMPOR_SEL_MAKS 4000
#define IMPOR_BERKAS_MAKS (512L * 1024 * 1024)

/* The tables as given: each known and at most once, pemda present. -1 with g otherwise. */
int impor_periksa_tabel(const struct impor_tabel *tabel, int n, struct galat *g);

/* One import: the state shared by its files (settings of the pemda last looked at). */
struct impor;
struct impor *impor_new(const struct impor_kait *kait, impor_progres_fn progres, void *arg);
void impor_free(struct impor *im);

/*
 * Validates table it row by row and hands each valid row to the writer,
 * adding what it did to r. Every invalid cell of the file is added to d (the
 * first also to g). Returns 0 when the whole file is valid; -1 when it is not
 * (d->n > 0) or a look-up or the writer failed (g).
 */
int impor_berkas(struct impor *im, const struct impor_tabel *it, struct impor_ringkasan *r,
		 struct impor_galat *d, struct galat *g);

/*
 * Checks one cell of column k of table t as the importer would, without
 * references: a value column is read with the scale sk (may be NULL) and
 * arah. For tests and the fuzz target; 0 valid or empty, -1 with g.
 */
int impor_sel_periksa(enum templat_id t, int k, const char *isi, enum arah arah,
		      const struct skala *sk, struct galat *g);

/* The template's files read from a folder of CSV files or an .xlsx workbook. */
struct xlsx_buku;
struct impor_sumber {
	int n;
	struct impor_tabel tabel[TEMPLAT_N];
	struct csv_tabel csv[TEMPLAT_N];
	char *berkas[TEMPLAT_N];
	struct xlsx_buku *buku;
};
/*
 * Reads path (a folder, or a file ending in .xlsx) into src (release with
 * impor_sumber_release, also after a failure). Unknown CSV files in a folder
 * are refused; sheets not named like a table are ignored. A CSV file
 * converted from Windows-1252 has t->cp1252 set (the caller tells the user).
 */
int impor_sumber_baca(const char *path, struct impor_sumber *src, struct galat *g);
void impor_sumber_release(struct impor_sumber *src);

/* Reads a whole file (at most IMPOR_BERKAS_MAKS bytes) into a NUL-terminated buffer the caller frees. */
int impor_baca_berkas(const char *path, char **isi, size_t *n, struct galat *g);

/* One uploaded file: its (harmless) name and content. */
struct impor_unggahan {
	const char *nama; /* "target.csv", "data.xlsx" */
	const char *data;
	size_t n;
};
/*
 * Reads uploaded files into src like impor_sumber_baca: one .xlsx workbook,
 * or CSV files each named like a template file (several at once, each at
 * most once). -1 with g (a user error naming the file) otherwise.
 */
int impor_sumber_unggahan(const struct impor_unggahan *f, int n, struct impor_sumber *src,
			  struct galat *g);

#endif
