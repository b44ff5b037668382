/* The import use case; see impor.h. */
#include "impor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/kaskade.h"
#include "../core/nilai.h"

struct tulis {
	struct store *s;
	const char *pengguna;
	/* The pemda as written so far in this import, loaded for the PK content. */
	struct model m;
	int ada_m;
	char m_pemda[64];
};

static int k_rencana_info(void *arg, const char *pemda, const char *kode,
			  enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk,
			  size_t ninduk)
{
	struct tulis *w = arg;
	return store_rencana_info(w->s, pemda, kode, jenis, opd, nopd, induk, ninduk);
}

/*
 * A PK version: its content is the indicators of that OPD (of the RPJMD
 * sasaran and tujuan for the regional head's) with their targets of the year
 * as they stand now (the rows of this import included).
 */
static int tulis_pk(struct tulis *w, const char *pemda, const struct pk *k, enum store_ubah *u,
		    struct galat *g)
{
	if (!w->ada_m || strcmp(w->m_pemda, pemda) != 0) {
		if (w->ada_m)
			model_release(&w->m);
		w->ada_m = 0;
		if (store_muat(w->s, pemda, &w->m, g))
			return -1;
		w->ada_m = 1;
		snprintf(w->m_pemda, sizeof(w->m_pemda), "%s", pemda);
	}
	const struct model *m = &w->m;
	struct pk_isi *isi = xcalloc((size_t)m->n_indikator + 1, sizeof(*isi));
	char (*teks)[96] = xcalloc((size_t)m->n_indikator + 1, sizeof(*teks));
	int n = 0;
	for (int i = 0; i < m->n_indikator; i++) {
		const struct indikator *ind = &m->indikator[i];
		const char *o = kaskade_opd_indikator(m, ind);
		int milik;
		if (k->opd) {
			milik = o && strcmp(o, k->opd) == 0;
		} else {
			const struct rencana *r = model_rencana(m, ind->induk);
			milik = r && (r->jenis == RENCANA_SASARAN || r->jenis == RENCANA_TUJUAN);
		}
		const struct target *t = milik ? model_target(m, ind->kode, k->tahun) : NULL;
		if (!t)
			continue;
		isi[n].indikator = ind->kode;
		isi[n].target = t->nilai.teks ? t->nilai.teks
					      : nilai_kanonik(&t->nilai, teks[n], sizeof(teks[n]));
		n++;
	}
	int rc = store_simpan_pk(w->s, pemda, k, isi, n, w->pengguna, u, g);
	free(isi);
	free(teks);
	return rc;
}

static int k_pemda_ada(void *arg, const char *kode)
{
	struct tulis *w = arg;
	return store_pemda_ada(w->s, kode);
}

static int k_rencana_jenis(void *arg, const char *pemda, const char *kode,
			   enum jenis_rencana *jenis)
{
	struct tulis *w = arg;
	return store_rencana_jenis(w->s, pemda, kode, jenis);
}

static int k_opd_ada(void *arg, const char *pemda, const char *kode)
{
	struct tulis *w = arg;
	return store_opd_ada(w->s, pemda, kode);
}

static int k_indikator_info(void *arg, const char *pemda, const char *kode, enum arah *arah,
			    char *skala, size_t nskala)
{
	struct tulis *w = arg;
	return store_indikator_info(w->s, pemda, kode, arah, skala, nskala);
}

static int k_pengaturan_daftar(void *arg, const char *pemda,
			       int (*fn)(const char *kunci, const char *nilai, void *fnarg),
			       void *fnarg)
{
	struct tulis *w = arg;
	struct galat g;
	galat_init(&g);
	return store_pengaturan_daftar(w->s, pemda, fn, fnarg, &g) ? -1 : 0;
}

static int k_tulis(void *arg, const struct impor_baris *b, enum impor_ubah *ubah, struct galat *g)
{
	struct tulis *w = arg;
	enum store_ubah u = STORE_SAMA;
	int rc = -1;
	switch (b->tabel) {
	case TEMPLAT_PEMDA:
		rc = store_simpan_pemda(w->s, &b->u.pemda, w->pengguna, &u, g);
		break;
	case TEMPLAT_PENGATURAN:
		rc = store_simpan_pengaturan(w->s, b->pemda, b->u.pengaturan.kunci,
					     b->u.pengaturan.nilai, w->pengguna, &u, g);
		break;
	case TEMPLAT_OPD:
		rc = store_simpan_opd(w->s, b->pemda, &b->u.opd, w->pengguna, &u, g);
		break;
	case TEMPLAT_RENCANA:
		rc = store_simpan_rencana(w->s, b->pemda, &b->u.rencana, w->pengguna, &u, g);
		break;
	case TEMPLAT_INDIKATOR:
		rc = store_simpan_indikator(w->s, b->pemda, &b->u.indikator, w->pengguna, &u, g);
		break;
	case TEMPLAT_TARGET:
		rc = b->lama
			 ? store_simpan_target_lama(w->s, b->pemda, &b->u.target, g)
			 : store_simpan_target(w->s, b->pemda, &b->u.target, w->pengguna, &u, g);
		break;
	case TEMPLAT_REALISASI:
		rc = store_simpan_realisasi(w->s, b->pemda, &b->u.realisasi, w->pengguna, &u, g);
		break;
	case TEMPLAT_ANGGARAN:
		rc = store_simpan_anggaran(w->s, b->pemda, &b->u.anggaran, w->pengguna, &u, g);
		break;
	case TEMPLAT_PEMBANDING:
		rc = store_simpan_pembanding(w->s, b->pemda, &b->u.pembanding, w->pengguna, &u, g);
		break;
	case TEMPLAT_NARASI:
		rc = store_simpan_narasi(w->s, b->pemda, &b->u.narasi, w->pengguna, &u, g);
		break;
	case TEMPLAT_DILAPORKAN:
		rc = store_simpan_dilaporkan(w->s, b->pemda, &b->u.dilaporkan, w->pengguna, &u, g);
		break;
	case TEMPLAT_PK:
		rc = tulis_pk(w, b->pemda, &b->u.pk, &u, g);
		break;
	case TEMPLAT_N:
		rc = galat_set(g, "tabel tidak dikenal");
		break;
	}
	*ubah = u == STORE_BARU ? IMPOR_BARU : u == STORE_DIUBAH ? IMPOR_DIUBAH : IMPOR_SAMA;
	return rc;
}

int layanan_impor(struct store *s, const struct impor_tabel *tabel, int n, const char *pengguna,
		  impor_progres_fn progres, void *arg, struct impor_ringkasan *r,
		  struct impor_galat *d, struct galat *g)
{
	memset(r, 0, sizeof(*r));
	if (impor_periksa_tabel(tabel, n, g)) {
		g->pengguna = 1;
		return -1;
	}
	struct tulis w;
	memset(&w, 0, sizeof(w));
	w.s = s;
	w.pengguna = pengguna ? pengguna : "import";
	const struct impor_kait kait = {
	    .pemda_ada = k_pemda_ada,
	    .rencana_jenis = k_rencana_jenis,
	    .opd_ada = k_opd_ada,
	    .rencana_info = k_rencana_info,
	    .indikator_info = k_indikator_info,
	    .pengaturan_daftar = k_pengaturan_daftar,
	    .tulis = k_tulis,
	    .arg = &w,
	};
	if (store_begin(s, g))
		return -1;
	/* New rows are not audited one by one: one summary entry per file. */
	store_audit_sisip(s, 0);
	struct impor *im = impor_new(&kait, progres, arg);
	int rc = -1;
	for (int j = 0; j < TEMPLAT_N; j++) {
		for (int i = 0; i < n; i++) {
			if (templat_cari(tabel[i].nama) != &templat[j])
				continue;
			struct impor_ringkasan sebelum = *r;
			if (impor_berkas(im, &tabel[i], r, d, g))
				goto out;
			long baru = r->baru - sebelum.baru, ubah = r->diubah - sebelum.diubah;
			if (baru || ubah) {
				char ringkas[128];
				snprintf(ringkas, sizeof(ringkas), "%ld baris baru, %ld diubah",
					 baru, ubah);
				if (store_audit(s, w.pengguna, NULL, templat[j].nama, "impor", NULL,
						ringkas, g))
					goto out;
			}
		}
	}
	if (store_commit(s, g))
		goto out;
	rc = 0;
out:
	if (rc) {
		store_rollback(s);
		g->pengguna = g->pengguna || g->berkas[0];
	}
	store_audit_sisip(s, 1);
	impor_free(im);
	if (w.ada_m)
		model_release(&w.m);
	return rc;
}
