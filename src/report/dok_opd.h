/*
 * An OPD's LKj (LKj PD, siklus.md "Measurement below the pemda") built by
 * the LKjIP's own builders (dokumen.h) on a view of the model in which the
 * OPD stands in for the pemda: its tujuan_pd and sasaran_pd are the view's
 * tujuan and sasaran (under the pemda's visi and misi), its indicators on
 * them are measured as a pemda's sasaran indicators, its budget rows (on its
 * program, kegiatan and sub-kegiatan nodes, or naming it) are the view's
 * programs under their sasaran_pd, and its PK versions are the view's PK.
 */
#ifndef KINERJA_DOK_OPD_H
#define KINERJA_DOK_OPD_H

#include "../core/model.h"
#include "../util/util.h"

struct dok_opd {
	struct model m; /* the view: borrows from the model it was made of */
	const struct opd *o;
};

/* Makes the view of OPD kode of m into v; 0, or -1 with g when m has no such OPD. */
int dok_opd_buat(const struct model *m, const char *kode, struct dok_opd *v, struct galat *g);
void dok_opd_lepas(struct dok_opd *v);

#endif
