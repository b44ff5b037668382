/*
 * The domain model of one pemda as loaded from the store: plan tree,
 * indicators, targets, realisasi, budget, comparison and reported figures,
 * and the pemda's settings. All memory of a model lives in its arena.
 */
#ifndef KINERJA_MODEL_H
#define KINERJA_MODEL_H

#include <stdint.h>

#include "../util/util.h"

enum arah { ARAH_NAIK, ARAH_TURUN, ARAH_RENTANG, ARAH_KATEGORI };
enum rumus_turun { RUMUS_SELISIH, RUMUS_RASIO };
enum agregasi { AGREGASI_AKHIR, AGREGASI_JUMLAH, AGREGASI_RATA };
enum jenis_rencana {
	RENCANA_VISI,
	RENCANA_MISI,
	RENCANA_TUJUAN,
	RENCANA_SASARAN,
	/* The OPD cascade (siklus.md): Renstra PD, programs, kegiatan, sub-kegiatan. */
	RENCANA_TUJUAN_PD,
	RENCANA_SASARAN_PD,
	RENCANA_PROGRAM,
	RENCANA_KEGIATAN,
	RENCANA_SUBKEGIATAN,
};
/* 1 for the cascade levels (tujuan_pd .. subkegiatan), 0 for the RPJMD. */
#define RENCANA_KASKADE(j) ((j) >= RENCANA_TUJUAN_PD)

/* A target or realisasi value: a number, a range lo-hi, or a category. */
enum jenis_nilai { NILAI_KOSONG = 0, NILAI_ANGKA, NILAI_RENTANG, NILAI_KATEGORI };
struct nilai {
	enum jenis_nilai jenis;
	double a;             /* NILAI_ANGKA: the value; NILAI_RENTANG: lo */
	double b;             /* NILAI_RENTANG: hi */
	const char *kategori; /* NILAI_KATEGORI: the category name as in the scale */
	const char *teks;     /* as entered (NULL when not from text) */
};

/* One category of an ordinal scale; rank = index + 1 (1 = lowest). */
struct skala_kelas {
	const char *nama;
	int ada_batas;        /* bounds known: a numeric score maps to this class */
	double bawah, atas;   /* score in (bawah, atas], the lowest class [bawah, atas] */
};
struct skala {
	const char *nama;
	int n;
	struct skala_kelas *kelas; /* low to high */
};

/* Predicate scale: the first class (from the top) whose minimum c >= min. */
struct predikat_kelas {
	const char *nama;
	double min;
};
struct predikat_skala {
	int n;
	struct predikat_kelas *kelas; /* ordered from the highest minimum down */
};

struct pemda {
	const char *kode, *nama, *jenis, *induk;
	int periode_awal, periode_akhir;
	enum rumus_turun rumus_turun;
	double batas_capaian; /* cap on capaian when averaging; 0 = none */
	struct predikat_skala predikat;
	int n_skala;
	struct skala *skala;
};

struct rencana {
	enum jenis_rencana jenis;
	const char *kode, *induk, *uraian;
	const char *opd; /* cascade nodes: the OPD as entered (NULL: the parent's) */
};

struct opd {
	const char *kode, *nama;
	/* siklus.md: the parent OPD, its kind and the head who signs the PK (NULL: none). */
	const char *induk, *jenis, *kepala, *nip, *jabatan;
};

struct indikator {
	const char *kode, *induk, *uraian, *satuan;
	enum arah arah;
	const char *skala;  /* for ARAH_KATEGORI: scale name */
	const char *opd;
	struct nilai kondisi_awal, target_akhir;
	int rumus_override; /* -1: the pemda's; else an enum rumus_turun */
	enum agregasi agregasi;
	double bobot;       /* weight in the sasaran mean; 1 by default */
};

/* The current target of an indicator for a year (the last PK Perubahan). */
struct target {
	const char *indikator;
	int tahun;
	struct nilai nilai;
	int triwulan; /* 0: the year's target; 1-4: a rencana aksi target (model.target_tw) */
};

/* A target superseded by a later one (history of the Perjanjian Kinerja). */
struct target_riwayat {
	const char *indikator;
	int tahun;
	struct nilai nilai;
	const char *diganti; /* when it was replaced (ISO time) */
};

struct realisasi {
	const char *indikator;
	int tahun;
	int triwulan; /* 0 = the whole year, 1-4 = quarter */
	struct nilai nilai;
};

struct anggaran {
	/*
	 * A row on a cascade node (rencana set) has sasaran and program filled at
	 * load from its ancestors (the RPJMD sasaran, the program's uraian), so the
	 * pemda's budget tables count it once; the file keeps them empty.
	 */
	const char *sasaran, *program;
	const char *opd, *rencana; /* NULL when the row names a program by its name */
	int di_simpul;             /* 1: the row came on a cascade node (rencana) */
	int tahun;
	int64_t pagu;
	int64_t realisasi;
	int ada_realisasi;
};

struct pembanding {
	const char *indikator;
	int tahun;
	const char *wilayah;
	double nilai;
};

struct narasi {
	int tahun;
	const char *objek, *jenis, *teks;
};

struct dilaporkan {
	int tahun;
	const char *objek, *ukuran, *sumber;
	const char *teks; /* as printed */
	int angka;        /* 1: teks is a number, held in nilai */
	double nilai;
	int desimal;      /* decimals as printed (for rounding tolerance) */
};

/*
 * Another value a printed realisasi may rightly show (filled by the caller
 * of the review, not by the store): the IKM computed with the regulation's
 * rounded weight 0,111 beside the exact one (siklus.md "Surveys").
 */
struct realisasi_setara {
	const char *indikator;
	int tahun;
	double nilai;
	const char *alasan; /* Indonesian: how this value arises */
};

/* A Perjanjian Kinerja version (siklus.md); opd NULL = the regional head's. */
struct pk {
	int tahun, versi;
	const char *opd, *nomor, *tanggal;
	const char *tempat; /* the place of signing; NULL: the pemda's name (dok_pk_tempat) */
	/*
	 * The organisation line as printed ("Dinas A Kota Uji", "Pemerintah Kota
	 * Uji"), frozen at signing (migration 0070); NULL for the versions signed
	 * before: the live names stand in (dok_pk_instansi).
	 */
	const char *instansi;
	const char *pihak_pertama, *jabatan_pertama, *nip_pertama;
	const char *pihak_kedua, *jabatan_kedua, *nip_kedua;
	/* The frozen content: indicators and their targets when the version was signed. */
	int n_isi;
	const struct pk_isi *isi; /* into model.pk_isi */
	/* The frozen program budget of the version. */
	int n_anggaran;
	const struct pk_anggaran *anggaran; /* into model.pk_anggaran */
};
struct pk_isi {
	int tahun, versi, urutan;
	const char *opd, *indikator, *target; /* opd "" = the regional head's */
	/*
	 * As they read at signing: the node the indicator serves (its kode and
	 * uraian), the indicator's uraian and satuan. NULL for versions signed
	 * before these were kept (the current plan's texts stand in).
	 */
	const char *sasaran, *uraian_sasaran, *uraian, *satuan;
};
/* A program of a signed PK with its pagu of that year (frozen). */
struct pk_anggaran {
	int tahun, versi, urutan;
	const char *opd; /* "" = the regional head's */
	const char *program;
	int64_t pagu;
};

/* A fill window (jadwal.csv, siklus.md); times `YYYY-MM-DD HH:MM` in WIB. */
struct jadwal {
	int tahun;
	int triwulan; /* 0 = the yearly value */
	const char *buka, *tutup;
};

/* A locked year: when (UTC, 2006-01-02T15:04:05Z) and by whom. */
struct kunci_tahun {
	int tahun;
	const char *waktu, *oleh;
};

struct model {
	struct arena arena;
	struct pemda pemda;
	int n_rencana, n_opd, n_indikator, n_target, n_riwayat, n_realisasi, n_anggaran,
		n_pembanding, n_narasi, n_dilaporkan;
	struct rencana *rencana;
	struct opd *opd;
	struct indikator *indikator;
	struct target *target;
	struct target_riwayat *riwayat;
	struct realisasi *realisasi;
	struct anggaran *anggaran;
	struct pembanding *pembanding;
	struct narasi *narasi;
	struct dilaporkan *dilaporkan;
	int n_setara;
	struct realisasi_setara *setara;
	int n_pk, n_pk_isi;
	struct pk *pk;
	struct pk_isi *pk_isi;
	int n_pk_anggaran;
	struct pk_anggaran *pk_anggaran;
	int n_target_tw;
	struct target *target_tw; /* rencana aksi: quarterly targets (triwulan 1-4) */
	int n_jadwal;
	struct jadwal *jadwal; /* fill windows (jadwal.csv) */
	int n_kunci;
	struct kunci_tahun *kunci; /* locked years (kinerja lock) */
};

/* Initialises an empty model with the default settings (model_pengaturan_bawaan). */
void model_init(struct model *m);
void model_release(struct model *m);
/* Fills the pemda's settings with the defaults of rumus-capaian.md (predicate scale, scales). */
void model_pengaturan_bawaan(struct model *m);

/* Look-ups by code; NULL when absent. Linear: models are small. */
const struct rencana *model_rencana(const struct model *m, const char *kode);
const struct indikator *model_indikator(const struct model *m, const char *kode);
const struct skala *model_skala(const struct model *m, const char *nama);
const struct target *model_target(const struct model *m, const char *indikator, int tahun);
/* The lock of a year; NULL when the year is not locked. */
const struct kunci_tahun *model_kunci(const struct model *m, int tahun);
/* The rencana aksi target of a quarter (1-4); NULL when none. */
const struct target *model_target_tw(const struct model *m, const char *indikator, int tahun,
				     int triwulan);

/*
 * The words of the enums as in the import format, in enum order, NULL-terminated
 * (model_kata_arah[ARAH_NAIK] is "naik"); the template schema's choice lists point here.
 */
extern const char *const model_kata_arah[];
extern const char *const model_kata_rumus[];
extern const char *const model_kata_agregasi[];
extern const char *const model_kata_rencana[];
/* Names of the enums as in the import format ("naik", "rasio", "akhir", "sasaran"). */
const char *model_arah_nama(enum arah a);
const char *model_rumus_nama(enum rumus_turun r);
const char *model_agregasi_nama(enum agregasi g);
const char *model_rencana_nama(enum jenis_rencana j);
/* The name people read ("Sub-kegiatan", "Sasaran PD"): pages and reports. */
const char *model_rencana_label(enum jenis_rencana j);
/* Parse those names (case-insensitive); 0 on success, -1 when unknown. */
int model_arah_parse(const char *s, enum arah *out);
int model_rumus_parse(const char *s, enum rumus_turun *out);
int model_agregasi_parse(const char *s, enum agregasi *out);
int model_rencana_parse(const char *s, enum jenis_rencana *out);

#endif
