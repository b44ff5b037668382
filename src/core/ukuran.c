/* Names of measures and data tables; see ukuran.h. */
#include "ukuran.h"

#include <stddef.h>
#include <string.h>

static const struct {
	const char *nama, *label;
} daftar[UKURAN_N] = {
    [UKURAN_LAIN] = {"", ""},
    [UKURAN_TARGET] = {"target", "Target"},
    [UKURAN_REALISASI] = {"realisasi", "Realisasi"},
    [UKURAN_CAPAIAN] = {"capaian", "Capaian"},
    [UKURAN_CAPAIAN_AKHIR] = {"capaian_akhir", "Capaian terhadap target akhir RPJMD"},
    [UKURAN_PREDIKAT] = {"predikat", "Predikat"},
    [UKURAN_PAGU] = {"pagu", "Pagu"},
    [UKURAN_REALISASI_ANGGARAN] = {"realisasi_anggaran", "Realisasi anggaran"},
    [UKURAN_SERAPAN] = {"serapan", "Serapan"},
    [UKURAN_EFISIENSI] = {"efisiensi", "Efisiensi"},
    [UKURAN_INDUK] = {"induk", "Induk"},
    [UKURAN_KONDISI_AWAL] = {"kondisi_awal", "Kondisi awal"},
    [UKURAN_TARGET_AKHIR] = {"target_akhir", "Target akhir RPJMD"},
    [UKURAN_INDIKATOR] = {"indikator", "Indikator"},
    [UKURAN_ANGGARAN] = {"anggaran", "Anggaran"},
    [UKURAN_SASARAN] = {"sasaran", "Sasaran"},
    [UKURAN_DILAPORKAN] = {"dilaporkan", "Angka laporan"},
};

static const char *const berkas[] = {
    [TABEL_CETAK] = NULL,
    [TABEL_RENCANA] = "rencana.csv",
    [TABEL_INDIKATOR] = "indikator.csv",
    [TABEL_TARGET] = "target.csv",
    [TABEL_REALISASI] = "realisasi.csv",
    [TABEL_ANGGARAN] = "anggaran.csv",
    [TABEL_DILAPORKAN] = "dilaporkan.csv",
};

const char *ukuran_nama(enum ukuran u)
{
	return (unsigned)u < UKURAN_N ? daftar[u].nama : "";
}

const char *ukuran_label(enum ukuran u)
{
	return (unsigned)u < UKURAN_N ? daftar[u].label : "";
}

enum ukuran ukuran_parse(const char *s)
{
	if (!s)
		return UKURAN_LAIN;
	for (int u = UKURAN_LAIN + 1; u < UKURAN_N; u++)
		if (!strcmp(s, daftar[u].nama))
			return (enum ukuran)u;
	return UKURAN_LAIN;
}

int ukuran_dilaporkan(enum ukuran u)
{
	return u >= UKURAN_TARGET && u <= UKURAN_EFISIENSI;
}

int ukuran_uang(enum ukuran u)
{
	return u == UKURAN_PAGU || u == UKURAN_REALISASI_ANGGARAN;
}

const char *ukuran_tabel_berkas(enum tabel_data t)
{
	return (unsigned)t < sizeof(berkas) / sizeof(berkas[0]) ? berkas[t] : NULL;
}
