/*
 * Planners create and edit in the browser: pemda, OPD, the plan tree,
 * indicators (arah, skala, agregasi), targets (a change after a signed PK is
 * a PK Perubahan: the store keeps the earlier value in target_riwayat),
 * budgets and narratives, each one row of a template table entered in a
 * form. The row goes through the importer (io/impor.c: the same cell checks,
 * impor_sel_periksa's, and the same reference rules; one set of checks) and
 * is written and audited in one transaction. Plain types (unggah.h) so that
 * the web layer calls it.
 */
#ifndef KINERJA_LAYANAN_RENCANA_H
#define KINERJA_LAYANAN_RENCANA_H

#include "../store/store.h"
#include "aktor.h"
#include "unggah.h"

/*
 * Saves one row of template table `tabel` ("indikator") given as n pairs of
 * column name and value (missing optional columns stay empty), by actor a
 * (admin or perencana within its scope). A row with the key of a stored one
 * changes it. Returns a layanan_status; h counts what changed and holds every
 * error (row 1 = the form), g the first.
 */
int layanan_rencana_simpan(struct store *s, const struct aktor *a, const char *tabel,
			   const char *const *kolom, const char *const *nilai, int n,
			   struct unggah_hasil *h, struct galat *g);

#endif
