/* The OPD's view of the model for its LKj; see dok_opd.h. */
#include "dok_opd.h"

#include <string.h>

#include "../core/kaskade.h"

static int sama(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* The misi above an RPJMD node (sasaran -> tujuan -> misi), or NULL. */
static const char *misi_di_atas(const struct model *m, const char *kode)
{
	const struct rencana *r = model_rencana(m, kode);
	for (int langkah = 0; r && langkah < 8; langkah++) {
		if (r->jenis == RENCANA_MISI)
			return r->kode;
		r = r->induk ? model_rencana(m, r->induk) : NULL;
	}
	return NULL;
}

/* The sasaran_pd above a cascade node (itself included), or "" when none. */
static const char *sasaran_pd_di_atas(const struct model *m, const char *kode)
{
	const struct rencana *r = kode ? model_rencana(m, kode) : NULL;
	for (int langkah = 0; r && langkah < 16; langkah++) {
		if (r->jenis == RENCANA_SASARAN_PD)
			return r->kode;
		r = r->induk ? model_rencana(m, r->induk) : NULL;
	}
	return "";
}

int dok_opd_buat(const struct model *m, const char *kode, struct dok_opd *v, struct galat *g)
{
	memset(v, 0, sizeof(*v));
	for (int i = 0; i < m->n_opd; i++)
		if (sama(m->opd[i].kode, kode))
			v->o = &m->opd[i];
	if (!v->o) {
		g->pengguna = 1;
		return galat_set(g, "OPD '%s' tidak ada di pemda %s", kode ? kode : "",
				 m->pemda.kode);
	}
	struct model *w = &v->m;
	*w = *m; /* shallow: what is not replaced below is borrowed */
	arena_init(&w->arena);
	struct arena *a = &w->arena;
	w->pemda.nama = arena_printf(a, "%s %s", v->o->nama, m->pemda.nama);
	w->pemda.jenis = NULL; /* no province tables */
	w->n_opd = 0;          /* no ranking of OPD inside one OPD */
	w->opd = NULL;

	/*
	 * The RPJMD tujuan and sasaran holding one of the OPD's indicators, with
	 * the tujuan above: its capaian counts those indicators too
	 * (kaskade_indikator_opd), so its LKj shows them under their own node.
	 * (Its programs directly under an RPJMD sasaran have their own tables.)
	 */
	char *rpjmd = arena_alloc(a, (size_t)m->n_rencana + 1);
	memset(rpjmd, 0, (size_t)m->n_rencana + 1);
	for (int i = 0; i < m->n_indikator; i++) {
		const struct indikator *ind = &m->indikator[i];
		if (!sama(kaskade_opd_indikator(m, ind), kode))
			continue;
		for (const struct rencana *r = ind->induk ? model_rencana(m, ind->induk) : NULL;
		     r && (r->jenis == RENCANA_SASARAN || r->jenis == RENCANA_TUJUAN);
		     r = r->induk ? model_rencana(m, r->induk) : NULL)
			rpjmd[r - m->rencana] = 1;
	}
	/* the pemda's visi and misi, those RPJMD nodes, the OPD's nodes as tujuan and sasaran */
	w->rencana = arena_alloc(a, sizeof(*w->rencana) * (size_t)(m->n_rencana + 1));
	w->n_rencana = 0;
	for (int i = 0; i < m->n_rencana; i++) {
		const struct rencana *r = &m->rencana[i];
		struct rencana x = *r;
		if (r->jenis == RENCANA_VISI || r->jenis == RENCANA_MISI || rpjmd[i]) {
			w->rencana[w->n_rencana++] = x;
			continue;
		}
		if (!RENCANA_KASKADE(r->jenis) || !sama(kaskade_opd_simpul(m, r), kode))
			continue;
		if (r->jenis == RENCANA_TUJUAN_PD) {
			x.jenis = RENCANA_TUJUAN;
			x.induk = misi_di_atas(m, r->induk);
		} else if (r->jenis == RENCANA_SASARAN_PD) {
			x.jenis = RENCANA_SASARAN;
		}
		w->rencana[w->n_rencana++] = x;
	}
	/* the OPD's indicators on its nodes and on those RPJMD nodes */
	w->indikator = arena_alloc(a, sizeof(*w->indikator) * (size_t)(m->n_indikator + 1));
	w->n_indikator = 0;
	for (int i = 0; i < m->n_indikator; i++) {
		const struct indikator *ind = &m->indikator[i];
		if (sama(kaskade_opd_indikator(m, ind), kode) && model_rencana(w, ind->induk))
			w->indikator[w->n_indikator++] = *ind;
	}
	w->riwayat = arena_alloc(a, sizeof(*w->riwayat) * (size_t)(m->n_riwayat + 1));
	w->n_riwayat = 0;
	for (int i = 0; i < m->n_riwayat; i++)
		if (model_indikator(w, m->riwayat[i].indikator))
			w->riwayat[w->n_riwayat++] = m->riwayat[i];
	/* its budget rows, those on its nodes under their sasaran_pd */
	w->anggaran = arena_alloc(a, sizeof(*w->anggaran) * (size_t)(m->n_anggaran + 1));
	w->n_anggaran = 0;
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *x = &m->anggaran[i];
		if (!sama(kaskade_opd_anggaran(m, x), kode))
			continue;
		struct anggaran y = *x;
		if (x->di_simpul)
			y.sasaran = sasaran_pd_di_atas(m, x->rencana);
		w->anggaran[w->n_anggaran++] = y;
	}
	/* its PK versions, as the view's own (opd NULL) */
	w->pk = arena_alloc(a, sizeof(*w->pk) * (size_t)(m->n_pk + 1));
	w->n_pk = 0;
	for (int i = 0; i < m->n_pk; i++)
		if (sama(m->pk[i].opd, kode)) {
			w->pk[w->n_pk] = m->pk[i];
			w->pk[w->n_pk++].opd = NULL;
		}
	return 0;
}

void dok_opd_lepas(struct dok_opd *v)
{
	arena_release(&v->m.arena);
	memset(v, 0, sizeof(*v));
}
