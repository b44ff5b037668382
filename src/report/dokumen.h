/*
 * The LKjIP (Laporan Kinerja Instansi Pemerintah) as a document model built
 * from a model and its measurement: a flat list of blocks (headings,
 * paragraphs, tables, charts) that html.c, pdf.c, xlsx.c and csv_lap.c render.
 */
#ifndef KINERJA_DOKUMEN_H
#define KINERJA_DOKUMEN_H

#include "../core/ukur.h"

enum dok_jenis {
	DOK_SAMPUL,        /* the cover: teks = title, sub = pemda, nomor = year */
	DOK_JUDUL,         /* heading: tingkat 1 chapter, 2 section, 3 subsection */
	DOK_PARAGRAF,
	DOK_BUTIR,         /* an item of a list (teks, nomor = its label "a.") */
	DOK_TABEL,
	DOK_GRAFIK,
	DOK_DAFTAR_ISI,    /* the lists are filled by the renderer from the headings */
	DOK_DAFTAR_TABEL,
	DOK_DAFTAR_GRAFIK,
	DOK_HALAMAN_BARU,
	DOK_TTD,           /* signature blocks (a Perjanjian Kinerja): ttd */
};

enum dok_sel_jenis {
	SEL_TEKS,
	SEL_ANGKA,  /* a number shown with `desimal` decimals */
	SEL_PERSEN, /* a percentage (capaian, serapan), 2 decimals */
	SEL_RP,     /* integer Rupiah */
};

struct dok_sel {
	const char *teks;       /* as displayed, Indonesian number format; never NULL */
	enum dok_sel_jenis jenis;
	int ada;                /* 1: nilai holds the number */
	double nilai;
	int desimal;
	/*
	 * XLSX formula, or NULL: A1 references, '#' standing for the cell's own
	 * row number, other rows numbered as DOK_BARIS_XLSX says and other
	 * tables by their lembar ('Anggaran Sasaran'!C3). nilai is the cached result.
	 */
	const char *rumus;
	const char *catatan;    /* XLSX cell comment (why a value and not a formula), or NULL */
	int gabung;             /* columns this cell spans (1 normally; 0: covered by a span) */
	int tebal;
	int predikat;           /* 1 + the predikat class the cell names (coloured, warna.h), or 0 */
};

/* Row i of a table (its header rows included) is row i + DOK_BARIS_XLSX of its sheet. */
#define DOK_BARIS_XLSX 2

struct dok_tabel {
	const char *nomor;      /* "Tabel 3.2", or NULL for an unnumbered table */
	const char *judul;
	const char *lembar;     /* sheet name when a main table (XLSX and CSV), unique; or NULL */
	int n_kolom;
	double *lebar;          /* relative widths of the columns */
	int n_kepala;           /* header rows at the top of baris */
	int n_bantu;            /* helper columns after the n_kolom, for XLSX formulas only */
	int n_baris, cap_baris;
	struct dok_sel **baris; /* baris[i][0..n_kolom + n_bantu) */
};

struct dok_seri {
	const char *nama;
	double *nilai;          /* per x; NAN where there is no value */
	int putus;              /* dashed line (targets) */
};

enum dok_grafik_jenis { GRAFIK_BATANG, GRAFIK_GARIS };

struct dok_grafik {
	enum dok_grafik_jenis jenis;
	const char *nomor, *judul, *satuan;
	int n;                  /* bars, or points on the x axis */
	const char **label;     /* per bar / per x */
	int n_seri;
	struct dok_seri *seri;  /* bars: one series */
	int *kelas;             /* bars: predikat index per bar (colour), -1 none */
	double garis_acuan;     /* bars: a reference line (100 %), NAN for none */
	int n_kelas;
	const char *const *kelas_nama; /* bars: predikat names for the legend */
	int skala_bebas;        /* bars: the axis spans the values (else at least 0-100) */
	int n_acuan;            /* bars: further reference lines, dashed, named in the legend */
	const double *acuan;
	const char *const *acuan_nama;
};

/*
 * Signature blocks: place and date above the last one, then per signatory
 * its role ("PIHAK KEDUA,"), jabatan, room for the signature, name and NIP
 * (NULL: no NIP line). Shown side by side, the first on the left.
 */
struct dok_ttd {
	const char *tempat_tanggal;
	int n; /* 1 or 2 */
	const char *peran[2], *jabatan[2], *nama[2], *nip[2];
};

struct dok_blok {
	enum dok_jenis jenis;
	int tingkat;
	const char *teks, *sub, *nomor;
	struct dok_tabel *tabel;
	struct dok_grafik *grafik;
	struct dok_ttd *ttd;
};

struct dokumen {
	struct arena arena;
	const char *judul;       /* "Laporan Kinerja Instansi Pemerintah Kota Serang Tahun 2020" */
	const char *pemda;       /* pemda name */
	int tahun;
	int n_predikat;
	const char **predikat;   /* names of the predicate classes, highest first */
	int n_blok, cap_blok;
	struct dok_blok *blok;
	/*
	 * The PDF's creation date (ISO 8601, "2021-01-15T00:00:00"), or NULL for
	 * now: a document made from frozen data (a signed PK) names its date and
	 * so reproduces byte for byte.
	 */
	const char *tanggal;
};

/* Builds the LKjIP of p (a measurement of m) into d; release with dokumen_release. */
void dokumen_bangun(const struct model *m, const struct pengukuran *p, struct dokumen *d);

/* The regions under m's pemda for a province's LKjIP (wilayah.md); borrowed. */
struct dokumen_wilayah {
	const struct model *anak; /* pemda among which those whose induk is m's pemda count */
	int n_anak;
	const struct model *nasional; /* pemda 00, or NULL */
};
/*
 * As dokumen_bangun, adding to Bab III the table (and bar chart) of the regions
 * under the pemda for each of its indicators they hold; w may be NULL.
 */
void dokumen_bangun_wilayah(const struct model *m, const struct pengukuran *p,
			    const struct dokumen_wilayah *w, struct dokumen *d);
struct kaskade;
/*
 * An OPD's LKj: as dokumen_bangun on the OPD's view of the model (dok_opd.h),
 * with the wording of a perangkat daerah (Renstra, LKj): o the OPD, pemda the
 * pemda's own name. k: the cascade of the whole pemda (kaskade.h, on a
 * measurement of the model the view was made of; borrowed), whose OPD capaian
 * the LKj states and whose programs, kegiatan and sub-kegiatan below each
 * sasaran_pd (and directly below an RPJMD sasaran) it analyses; NULL for none.
 */
void dokumen_bangun_opd(const struct model *m, const struct pengukuran *p, const struct opd *o,
			const char *pemda, const struct kaskade *k, struct dokumen *d);
void dokumen_release(struct dokumen *d);

/*
 * The pieces documents other than the LKjIP are built from (dok_pk.h): a
 * block (teks copied), a table with one header row and its block (nomor may
 * be NULL), a row of empty cells.
 */
struct dok_blok *dokumen_blok(struct dokumen *d, enum dok_jenis j, const char *teks);
struct dok_tabel *dokumen_tabel(struct dokumen *d, const char *nomor, const char *judul,
				const char *lembar, int n_kolom, const char *const *kepala,
				const double *lebar);
struct dok_sel *dokumen_baris(struct dokumen *d, struct dok_tabel *t);
/* A text cell (s copied; NULL: empty), an integer Rupiah cell, a whole number cell. */
void dokumen_sel_teks(struct dokumen *d, struct dok_sel *c, const char *s);
void dokumen_sel_rp(struct dokumen *d, struct dok_sel *c, int64_t v);
void dokumen_sel_bulat(struct dokumen *d, struct dok_sel *c, long v);

/* The Indonesian name of month 1-12 ("Januari"), "" outside. */
const char *dokumen_bulan(int bulan);

/* Column letter(s) of a 0-based column index ("A", "AB") into out (>= 4 bytes). */
void dokumen_kolom_huruf(int kolom, char *out);

#endif
