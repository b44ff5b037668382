/*
 * The Perjanjian Kinerja (siklus.md, PermenPANRB 53/2014) as a document of
 * dokumen.h: the title, the statement of the pihak pertama (and pihak
 * kedua), the table of sasaran, indicators and targets, the program budget,
 * place and date and the signature blocks. Built from the version's frozen
 * content only (pk with its organisation line and place, pk_isi,
 * pk_anggaran), so a signed version gives the same bytes whatever changed in
 * the plan, or in the OPD's and the pemda's names, after it.
 */
#ifndef KINERJA_DOK_PK_H
#define KINERJA_DOK_PK_H

#include "../core/model.h"
#include "dokumen.h"

/* Version versi (0 = the latest) of the PK of opd (NULL = the regional head's) in tahun. */
const struct pk *dok_pk_cari(const struct model *m, int tahun, const char *opd, int versi);

/*
 * Appends the version's two tables to d: Sasaran | Indikator Kinerja | Satuan
 * | Target, and Program | Anggaran (Rp) with its total (left out when the
 * version holds no program). nomor_*: the tables' numbers or NULL; lembar_*:
 * sheet names (XLSX, CSV) or NULL.
 */
void dok_pk_tabel(struct dokumen *d, const struct model *m, const struct pk *k,
		  const char *nomor_isi, const char *lembar_isi, const char *nomor_anggaran,
		  const char *lembar_anggaran);

/* The PK document of version k of m's pemda into d (release with dokumen_release). */
void dokumen_pk(const struct model *m, const struct pk *k, struct dokumen *d);

/*
 * The place of signing a version without one of its own: the pemda's name
 * without its kind ("Kota Serang" -> "Serang"); borrowed from m.
 */
const char *dok_pk_tempat(const struct model *m);

/*
 * The organisation line of a PK of opd (NULL = the regional head's) as m's
 * names read now: "Dinas A Kota Uji", "Pemerintah Kota Uji". Signing freezes
 * it (pk.instansi); a version without one is printed with this. In a.
 */
const char *dok_pk_instansi(struct arena *a, const struct model *m, const char *opd);

/* "Perjanjian Kinerja" or "Perjanjian Kinerja Perubahan ke-N" (versi N + 1) of version k. */
const char *dok_pk_nama(struct dokumen *d, const struct pk *k);

#endif
