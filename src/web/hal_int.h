/*
 * Internals shared by the page files src/web/hal_*.c: the layout (hal_tata.c)
 * and the pemda/year picker every page starts from. A new page goes in a new
 * hal_<name>.c that includes this header, and one line in router.c.
 */
#ifndef KINERJA_HAL_INT_H
#define KINERJA_HAL_INT_H

#include "../core/model.h"
#include "../report/dokumen.h"
#include "../util/util.h"
#include "web_int.h"

struct pilihan;
/* The head, the navigation (keeping p's pemda and year in every link) and <main>. */
void hal_awal_pilihan(struct web_req *r, const char *judul, const struct pilihan *p);
/*
 * The page of an operator's own OPD, "/opd?pemda=P&tahun=Y&opd=O" (raw query) into q,
 * tahun 0 for the pemda's default year; 0, or -1 (nothing written) for anyone else.
 */
int hal_opd_saya(struct web_req *r, int tahun, struct buf *q);
/* The same for a page without a pilihan: the links keep the request's pemda and tahun. */
void hal_awal(struct web_req *r, const char *judul);
/* Closes <main> and the page. */
void hal_akhir(struct web_req *r);
/* Replaces the response with an error page of status and message. */
void hal_galat(struct web_req *r, int status, const char *pesan);

/* "setahun" for 0, "triwulan I" .. "triwulan IV" for 1-4, "?" otherwise. */
const char *hal_nama_triwulan(int t);
/* A percentage with 2 decimals ("101,39"), or "–" when !ada. */
const char *hal_persen(int ada, double v, char *out, size_t n);
/* CSS class of a predicate's colour: p0 (highest) .. p4, pn for none. */
const char *hal_kelas_predikat(const struct model *m, const char *predikat);
/* A predicate badge ("belum ada data" for NULL). */
void hal_predikat(struct buf *b, const struct model *m, const char *predikat);
/* A chart in the report's layout, wide and narrow (the stylesheet shows one). */
void hal_grafik(struct buf *b, const struct dok_grafik *g);
/* A chart of n points or bars and k series, its arrays from the arena. */
struct dok_grafik *hal_grafik_baru(struct arena *a, enum dok_grafik_jenis jenis, const char *judul,
				   int n, int k);

/* The pemda and year a page shows, with the pemda loaded. */
struct pilihan {
	const char *pemda;
	int tahun;
	int triwulan;
	const char *opd; /* the OPD shown (an operator's by default), NULL for all */
	struct model m;
	int dimuat;
	char pertama[32];
	struct buf opsi; /* the <option>s of the pemda the user may see */
};

/* Loads the pemda and year asked for (or the defaults); 0, or answers the error page. */
int hal_pilih(struct web_req *r, struct pilihan *p);
/* Appends <option value=K>Nama (K)</option> for every pemda r may see, pilih selected; 0 or -1. */
int hal_opsi_pemda(struct web_req *r, struct buf *b, const char *pilih);
/* Fills p->opsi for the pemda selector; 0, or answers the error page. */
int hal_pilih_opsi(struct web_req *r, struct pilihan *p);
void hal_pilihan_lepas(struct pilihan *p);
/* The GET form choosing pemda, year (and the quarter when triwulan) for page aksi. */
void hal_form_pilih(struct web_req *r, struct pilihan *p, const char *aksi, int triwulan);

/*
 * Names by code (hal_nama.c), cached per process and refreshed by every page that
 * loads a pemda (hal_nama_catat). The strings returned live in r's arena.
 */
void hal_nama_catat(const struct model *m);
/* The pemda's name, NULL when unknown. */
const char *hal_nama_pemda(struct web_req *r, const char *kode);
/* A comparison region's name: the pemda's ("Provinsi Banten"), "Nasional" for 00. */
const char *hal_nama_wilayah(struct web_req *r, const char *kode);
/* The OPD's name in pemda, NULL when unknown. */
const char *hal_nama_opd(struct web_req *r, const char *pemda, const char *opd);
/* Appends <option value=OPD data-pemda=K>Nama (KODE)</option> for every OPD of pemda kode. */
void hal_opsi_opd(struct web_req *r, struct buf *b, const char *kode, const char *pilihan);
/* The landing pemda of an unscoped user (the one with most realisasi) into out; -1 on error. */
int hal_pemda_bawaan(struct web_req *r, char *out, size_t n);
/*
 * The quarterly table of the dashboard and the rencana aksi page (hal_jadwal.c):
 * its <table> head with id, then one row per indicator (target of the year; per
 * quarter capaian and "realisasi / target", the quarter's own target marked; on
 * track or not, ukur_triwulan_jalur_dari); the caller closes with </tbody></table></div>.
 */
void hal_triwulan_kepala(struct web_req *r, int tahun, const char *id);
void hal_triwulan_baris(struct web_req *r, const struct ukur_indikator *ui, int tahun);
/* One stored evidence file as a list item: its download link, type and size. */
struct store_bukti;
void hal_bukti_tautan(struct buf *b, const struct store_bukti *x);
/*
 * The form that attaches a file to objek (multipart POST to aksi, CSRF included);
 * label names what it attaches to for screen readers ("usulan 12", "kriteria 1.a").
 */
void hal_bukti_form(struct web_req *r, const char *aksi, const char *objek, const char *label);
/*
 * The banner of a locked pemda-year ("Data dikunci per 2 Des 2026 13.05 WIB oleh
 * admin", layanan/kunci.c) into r->out; 1 when locked (the page disables its
 * forms), 0 not (nothing written), -1 when the lock cannot be read (a warning written).
 */
int hal_kunci_spanduk(struct web_req *r, const char *pemda, int tahun);
/* The latest year holding at least half as many realisasi as the fullest year; 0 none. */
int hal_tahun_data(const struct model *m);
/* The year pages show by default: hal_tahun_data, else the period's start, else this year. */
int hal_tahun_bawaan(const struct model *m);
/* hal_tahun_bawaan of pemda kode from the names' cache (loaded once); 0 when unknown. */
int hal_tahun_pemda(struct web_req *r, const char *kode);

#endif
