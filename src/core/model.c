/* The domain model of one pemda; see model.h. */
#include "model.h"

#include <string.h>

#include "skala.h"

void model_init(struct model *m)
{
	memset(m, 0, sizeof(*m));
	arena_init(&m->arena);
	model_pengaturan_bawaan(m);
}

void model_release(struct model *m)
{
	arena_release(&m->arena);
	memset(m, 0, sizeof(*m));
}

void model_pengaturan_bawaan(struct model *m)
{
	/* selisih has the regulatory footing (KemenPANRB); rasio is a per-pemda choice. */
	m->pemda.rumus_turun = RUMUS_SELISIH;
	m->pemda.batas_capaian = 0;
	skala_bawaan(m);
}

/* Codes are compared exactly: they are keys, and a NULL code matches nothing. */
static int kode_sama(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

const struct rencana *model_rencana(const struct model *m, const char *kode)
{
	for (int i = 0; i < m->n_rencana; i++)
		if (kode_sama(m->rencana[i].kode, kode))
			return &m->rencana[i];
	return NULL;
}

const struct indikator *model_indikator(const struct model *m, const char *kode)
{
	for (int i = 0; i < m->n_indikator; i++)
		if (kode_sama(m->indikator[i].kode, kode))
			return &m->indikator[i];
	return NULL;
}

const struct skala *model_skala(const struct model *m, const char *nama)
{
	if (!nama)
		return NULL;
	for (int i = 0; i < m->pemda.n_skala; i++)
		if (str_sama(m->pemda.skala[i].nama, nama))
			return &m->pemda.skala[i];
	return NULL;
}

const struct target *model_target(const struct model *m, const char *indikator, int tahun)
{
	const struct target *t = NULL;

	/* The last row wins: a later row is the PK Perubahan that replaced the earlier. */
	for (int i = 0; i < m->n_target; i++)
		if (m->target[i].tahun == tahun && kode_sama(m->target[i].indikator, indikator))
			t = &m->target[i];
	return t;
}

const struct kunci_tahun *model_kunci(const struct model *m, int tahun)
{
	for (int i = 0; i < m->n_kunci; i++)
		if (m->kunci[i].tahun == tahun)
			return &m->kunci[i];
	return NULL;
}

const struct target *model_target_tw(const struct model *m, const char *indikator, int tahun,
				     int triwulan)
{
	const struct target *t = NULL;
	for (int i = 0; i < m->n_target_tw; i++)
		if (m->target_tw[i].tahun == tahun && m->target_tw[i].triwulan == triwulan &&
		    kode_sama(m->target_tw[i].indikator, indikator))
			t = &m->target_tw[i];
	return t;
}

/* The words of the enums, NULL-terminated; the template schema's choice lists (templat.c). */
const char *const model_kata_arah[] = {
    [ARAH_NAIK] = "naik", [ARAH_TURUN] = "turun", [ARAH_RENTANG] = "rentang",
    [ARAH_KATEGORI] = "kategori", [ARAH_KATEGORI + 1] = NULL};
const char *const model_kata_rumus[] = {[RUMUS_SELISIH] = "selisih", [RUMUS_RASIO] = "rasio",
					[RUMUS_RASIO + 1] = NULL};
const char *const model_kata_agregasi[] = {[AGREGASI_AKHIR] = "akhir",
					   [AGREGASI_JUMLAH] = "jumlah",
					   [AGREGASI_RATA] = "rata_rata", [AGREGASI_RATA + 1] = NULL};
const char *const model_kata_rencana[] = {
    [RENCANA_VISI] = "visi",
    [RENCANA_MISI] = "misi",
    [RENCANA_TUJUAN] = "tujuan",
    [RENCANA_SASARAN] = "sasaran",
    [RENCANA_TUJUAN_PD] = "tujuan_pd",
    [RENCANA_SASARAN_PD] = "sasaran_pd",
    [RENCANA_PROGRAM] = "program",
    [RENCANA_KEGIATAN] = "kegiatan",
    [RENCANA_SUBKEGIATAN] = "subkegiatan",
    [RENCANA_SUBKEGIATAN + 1] = NULL,
};

/* The number of words of a list (without its NULL). */
#define JUMLAH(a) ((int)(sizeof(a) / sizeof((a)[0])) - 1)

static const char *nama(const char *const *daftar, int n, int i)
{
	return i >= 0 && i < n ? daftar[i] : "?";
}

/* Index of s in daftar (case-insensitive), or -1. */
static int cari(const char *const *daftar, int n, const char *s)
{
	if (!s)
		return -1;
	for (int i = 0; i < n; i++)
		if (str_sama(daftar[i], s))
			return i;
	return -1;
}

const char *model_arah_nama(enum arah a)
{
	return nama(model_kata_arah, JUMLAH(model_kata_arah), (int)a);
}

const char *model_rumus_nama(enum rumus_turun r)
{
	return nama(model_kata_rumus, JUMLAH(model_kata_rumus), (int)r);
}

const char *model_agregasi_nama(enum agregasi g)
{
	return nama(model_kata_agregasi, JUMLAH(model_kata_agregasi), (int)g);
}

const char *model_rencana_nama(enum jenis_rencana j)
{
	return nama(model_kata_rencana, JUMLAH(model_kata_rencana), (int)j);
}

const char *model_rencana_label(enum jenis_rencana j)
{
	static const char *const n[] = {
	    [RENCANA_VISI] = "Visi",	       [RENCANA_MISI] = "Misi",
	    [RENCANA_TUJUAN] = "Tujuan",       [RENCANA_SASARAN] = "Sasaran",
	    [RENCANA_TUJUAN_PD] = "Tujuan PD", [RENCANA_SASARAN_PD] = "Sasaran PD",
	    [RENCANA_PROGRAM] = "Program",     [RENCANA_KEGIATAN] = "Kegiatan",
	    [RENCANA_SUBKEGIATAN] = "Sub-kegiatan", [RENCANA_SUBKEGIATAN + 1] = NULL};
	return nama(n, JUMLAH(n), (int)j);
}

int model_arah_parse(const char *s, enum arah *out)
{
	int i = cari(model_kata_arah, JUMLAH(model_kata_arah), s);
	if (i < 0)
		return -1;
	*out = (enum arah)i;
	return 0;
}

int model_rumus_parse(const char *s, enum rumus_turun *out)
{
	int i = cari(model_kata_rumus, JUMLAH(model_kata_rumus), s);
	if (i < 0)
		return -1;
	*out = (enum rumus_turun)i;
	return 0;
}

int model_agregasi_parse(const char *s, enum agregasi *out)
{
	int i = cari(model_kata_agregasi, JUMLAH(model_kata_agregasi), s);
	if (i < 0)
		return -1;
	*out = (enum agregasi)i;
	return 0;
}

int model_rencana_parse(const char *s, enum jenis_rencana *out)
{
	int i = cari(model_kata_rencana, JUMLAH(model_kata_rencana), s);
	if (i < 0)
		return -1;
	*out = (enum jenis_rencana)i;
	return 0;
}
