/*
 * The review (reviu) of a pemda's report for one year: the figures the report
 * prints (model.dilaporkan) against the measurement recomputed from the data,
 * with the cause of each difference where one is recognised, and checks of
 * the stored data itself. Pure: no I/O; the same engine serves cli and web.
 */
#ifndef KINERJA_REVIU_H
#define KINERJA_REVIU_H

#include "model.h"
#include "ukuran.h"

enum reviu_tingkat {
	REVIU_KESALAHAN = 0, /* a printed figure is wrong */
	REVIU_PERINGATAN,    /* inconsistent or missing data */
	REVIU_INFO,	     /* worth knowing, nobody's mistake */
};
#define REVIU_N_TINGKAT 3

/*
 * One finding. The strings but pesan are borrowed from the model (or static)
 * and live as long as it does.
 */
struct temuan {
	enum reviu_tingkat tingkat;
	const char *objek;  /* indicator, sasaran or tujuan code, "total", a program */
	enum ukuran jenis_ukuran; /* the measure or the check, parsed; UKURAN_LAIN if unknown */
	const char *ukuran; /* its name: "capaian", "pagu", ...; as printed when unknown */
	int ada_dilaporkan;
	double dilaporkan;	     /* the printed number */
	const char *dilaporkan_teks; /* the printed text when it is not a number, else NULL */
	int desimal;		     /* decimals the figure was printed with */
	int ada_seharusnya;
	double seharusnya;	     /* the recomputed number, full precision */
	const char *seharusnya_teks; /* the right text (a predikat) when not a number, else NULL */
	const char *sumber;	     /* the table as printed, or the import file of the data */
	enum tabel_data tabel;	     /* TABEL_CETAK for a printed table, else the data's file */
	char *pesan;		     /* owned: the finding and its cause, in Indonesian */
};

struct reviu {
	const struct model *m;
	int tahun;
	int n;
	struct temuan *temuan;	     /* by tingkat, then sumber (tables first), then found order */
	int jumlah[REVIU_N_TINGKAT]; /* findings per tingkat */
	int n_diperiksa;	     /* printed figures checked */
};

/*
 * Reviews the report of m's pemda for `tahun`. out borrows from m, which must
 * outlive it; release with reviu_release.
 */
void reviu_jalankan(const struct model *m, int tahun, struct reviu *out);
void reviu_release(struct reviu *r);

/* "kesalahan", "peringatan", "info". */
const char *reviu_tingkat_nama(enum reviu_tingkat t);

#endif
