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

static const char *const nama_arah[] = { "naik", "turun", "rentang", "kategori" };
static const char *const nama_rumus[] = { "selisih", "rasio" };
static const char *const nama_agregasi[] = { "akhir", "jumlah", "rata_rata" };
static const char *const nama_rencana[] = { "visi",      "misi",       "tujuan",
					    "sasaran",   "tujuan_pd",  "sasaran_pd",
					    "program",   "kegiatan",   "subkegiatan" };

#define JUMLAH(a) ((int)(sizeof(a) / sizeof((a)[0])))

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
	return nama(nama_arah, JUMLAH(nama_arah), (int)a);
}

const char *model_rumus_nama(enum rumus_turun r)
{
	return nama(nama_rumus, JUMLAH(nama_rumus), (int)r);
}

const char *model_agregasi_nama(enum agregasi g)
{
	return nama(nama_agregasi, JUMLAH(nama_agregasi), (int)g);
}

const char *model_rencana_nama(enum jenis_rencana j)
{
	return nama(nama_rencana, JUMLAH(nama_rencana), (int)j);
}

const char *model_rencana_label(enum jenis_rencana j)
{
	static const char *const n[] = {"Visi",	   "Misi",	"Tujuan",
					"Sasaran", "Tujuan PD", "Sasaran PD",
					"Program", "Kegiatan",	"Sub-kegiatan"};
	return nama(n, JUMLAH(n), (int)j);
}

int model_arah_parse(const char *s, enum arah *out)
{
	int i = cari(nama_arah, JUMLAH(nama_arah), s);
	if (i < 0)
		return -1;
	*out = (enum arah)i;
	return 0;
}

int model_rumus_parse(const char *s, enum rumus_turun *out)
{
	int i = cari(nama_rumus, JUMLAH(nama_rumus), s);
	if (i < 0)
		return -1;
	*out = (enum rumus_turun)i;
	return 0;
}

int model_agregasi_parse(const char *s, enum agregasi *out)
{
	int i = cari(nama_agregasi, JUMLAH(nama_agregasi), s);
	if (i < 0)
		return -1;
	*out = (enum agregasi)i;
	return 0;
}

int model_rencana_parse(const char *s, enum jenis_rencana *out)
{
	int i = cari(nama_rencana, JUMLAH(nama_rencana), s);
	if (i < 0)
		return -1;
	*out = (enum jenis_rencana)i;
	return 0;
}
