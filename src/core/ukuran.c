/* Names of measures and data tables; see ukuran.h. */
#include "ukuran.h"

#include <stddef.h>
#include <string.h>

#include "templat.h"

/*
 * The measures dilaporkan.csv may hold, in enum order from UKURAN_TARGET: the
 * template schema's choice list of its column ukuran (templat.c).
 */
#define D(u) [(u)-UKURAN_TARGET]
const char *const ukuran_kata_dilaporkan[] = {
    D(UKURAN_TARGET) = "target",
    D(UKURAN_REALISASI) = "realisasi",
    D(UKURAN_CAPAIAN) = "capaian",
    D(UKURAN_CAPAIAN_AKHIR) = "capaian_akhir",
    D(UKURAN_PREDIKAT) = "predikat",
    D(UKURAN_PAGU) = "pagu",
    D(UKURAN_REALISASI_ANGGARAN) = "realisasi_anggaran",
    D(UKURAN_SERAPAN) = "serapan",
    D(UKURAN_EFISIENSI) = "efisiensi",
    D(UKURAN_EFISIENSI + 1) = NULL,
};
#undef D

/* Names of the other measures (NULL for those above) and every label. */
static const struct {
	const char *nama, *label;
} daftar[UKURAN_N] = {
    [UKURAN_LAIN] = {"", ""},
    [UKURAN_TARGET] = {NULL, "Target"},
    [UKURAN_REALISASI] = {NULL, "Realisasi"},
    [UKURAN_CAPAIAN] = {NULL, "Capaian"},
    [UKURAN_CAPAIAN_AKHIR] = {NULL, "Capaian terhadap target akhir RPJMD"},
    [UKURAN_PREDIKAT] = {NULL, "Predikat"},
    [UKURAN_PAGU] = {NULL, "Pagu"},
    [UKURAN_REALISASI_ANGGARAN] = {NULL, "Realisasi anggaran"},
    [UKURAN_SERAPAN] = {NULL, "Serapan"},
    [UKURAN_EFISIENSI] = {NULL, "Efisiensi"},
    [UKURAN_INDUK] = {"induk", "Induk"},
    [UKURAN_KONDISI_AWAL] = {"kondisi_awal", "Kondisi awal"},
    [UKURAN_TARGET_AKHIR] = {"target_akhir", "Target akhir RPJMD"},
    [UKURAN_INDIKATOR] = {"indikator", "Indikator"},
    [UKURAN_ANGGARAN] = {"anggaran", "Anggaran"},
    [UKURAN_SASARAN] = {"sasaran", "Sasaran"},
    [UKURAN_DILAPORKAN] = {"dilaporkan", "Angka laporan"},
};

/* The template table of each data table (TABEL_CETAK has none). */
static const int tabel_templat[] = {
    [TABEL_CETAK] = -1,
    [TABEL_RENCANA] = TEMPLAT_RENCANA,
    [TABEL_INDIKATOR] = TEMPLAT_INDIKATOR,
    [TABEL_TARGET] = TEMPLAT_TARGET,
    [TABEL_REALISASI] = TEMPLAT_REALISASI,
    [TABEL_ANGGARAN] = TEMPLAT_ANGGARAN,
    [TABEL_DILAPORKAN] = TEMPLAT_DILAPORKAN,
};

const char *ukuran_nama(enum ukuran u)
{
	if (ukuran_dilaporkan(u))
		return ukuran_kata_dilaporkan[u - UKURAN_TARGET];
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
		if (!strcmp(s, ukuran_nama((enum ukuran)u)))
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
	if ((unsigned)t >= sizeof(tabel_templat) / sizeof(tabel_templat[0]) || tabel_templat[t] < 0)
		return NULL;
	return templat[tabel_templat[t]].berkas;
}
