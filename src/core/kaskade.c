/* Measurement below the pemda; see kaskade.h. */
#include "kaskade.h"

#include <stdlib.h>
#include <string.h>

#include "banding.h"
#include "skala.h"

static int sama(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

const char *kaskade_opd_simpul(const struct model *m, const struct rencana *r)
{
	for (int langkah = 0; r && langkah < 16; langkah++) {
		if (!RENCANA_KASKADE(r->jenis))
			return NULL;
		if (r->opd && *r->opd)
			return r->opd;
		if (r->jenis != RENCANA_KEGIATAN && r->jenis != RENCANA_SUBKEGIATAN)
			return NULL;
		r = model_rencana(m, r->induk);
	}
	return NULL;
}

const char *kaskade_opd_indikator(const struct model *m, const struct indikator *ind)
{
	if (ind->opd && *ind->opd)
		return ind->opd;
	return kaskade_opd_simpul(m, model_rencana(m, ind->induk));
}

void kaskade_anggaran_siapkan(struct model *m)
{
	for (int i = 0; i < m->n_anggaran; i++) {
		struct anggaran *a = &m->anggaran[i];
		if (!a->di_simpul)
			continue;
		const struct rencana *r = model_rencana(m, a->rencana);
		for (int langkah = 0; r && langkah < 16; langkah++) {
			if (r->jenis == RENCANA_PROGRAM && !a->program)
				a->program = r->uraian;
			if (r->jenis == RENCANA_SASARAN) {
				a->sasaran = r->kode;
				break;
			}
			r = model_rencana(m, r->induk);
		}
		if (!a->sasaran)
			a->sasaran = "";
		if (!a->program)
			a->program = a->rencana;
	}
}

/* Capaian of a capped, weighted mean (ukur_rata_hitung) over n elements. */
static double rata(const struct ukur_unsur *u, int n, double batas)
{
	struct ukur_rata r;
	memset(&r, 0, sizeof(r));
	r.n = n;
	r.unsur = u;
	r.batas = batas;
	return ukur_rata_hitung(&r, NULL);
}

static void serapan(int64_t pagu, int64_t realisasi, int ada, int *ada_serapan, double *out)
{
	*ada_serapan = ada && pagu > 0;
	*out = *ada_serapan ? (double)realisasi / (double)pagu * 100.0 : 0;
}

void kaskade_hitung(const struct pengukuran *p, struct kaskade *out)
{
	const struct model *m = p->m;
	double batas = m->pemda.batas_capaian;
	memset(out, 0, sizeof(*out));
	out->n_simpul = m->n_rencana;
	out->simpul = xcalloc((size_t)m->n_rencana + 1, sizeof(*out->simpul));
	int *dalam = xcalloc((size_t)m->n_rencana + 1, sizeof(*dalam));
	int *ada_real = xcalloc((size_t)m->n_rencana + 1, sizeof(*ada_real));
	int maks = 0;
	for (int i = 0; i < m->n_rencana; i++) {
		struct kaskade_simpul *k = &out->simpul[i];
		k->r = &m->rencana[i];
		k->opd = kaskade_opd_simpul(m, k->r);
		const struct rencana *ind = model_rencana(m, k->r->induk);
		k->induk = ind ? (int)(ind - m->rencana) : -1;
	}
	/* Depth of each node (bounded: a loop is refused at import). */
	for (int i = 0; i < m->n_rencana; i++) {
		int d = 0;
		for (int j = out->simpul[i].induk; j >= 0 && d < 64; j = out->simpul[j].induk)
			d++;
		dalam[i] = d;
		if (d > maks)
			maks = d;
	}
	/* Own indicators' capaian. */
	struct ukur_unsur *u = xcalloc((size_t)p->n_indikator + (size_t)m->n_rencana + 1,
				       sizeof(*u));
	for (int i = 0; i < m->n_rencana; i++) {
		struct kaskade_simpul *k = &out->simpul[i];
		int n = 0;
		for (int x = 0; x < p->n_indikator; x++) {
			const struct ukur_indikator *ui = &p->indikator[x];
			if (!sama(ui->ind->induk, k->r->kode))
				continue;
			k->n_indikator++;
			if (!ui->capaian.ada)
				continue;
			u[n].kode = ui->ind->kode;
			u[n].indeks = x;
			u[n].nilai = ui->capaian.nilai;
			u[n].bobot = ui->ind->bobot > 0 ? ui->ind->bobot : 1;
			n++;
		}
		if (n && RENCANA_KASKADE(k->r->jenis)) {
			k->ada_capaian = 1;
			k->capaian = rata(u, n, batas);
		}
	}
	/* Own budget rows of the year. */
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *a = &m->anggaran[i];
		if (!a->di_simpul || a->tahun != p->tahun)
			continue;
		const struct rencana *r = model_rencana(m, a->rencana);
		if (!r)
			continue;
		struct kaskade_simpul *k = &out->simpul[r - m->rencana];
		k->pagu += a->pagu;
		k->realisasi_anggaran += a->ada_realisasi ? a->realisasi : 0;
		ada_real[r - m->rencana] |= a->ada_realisasi;
	}
	/* Children before parents: the deepest first. */
	for (int d = maks; d >= 0; d--) {
		for (int i = 0; i < m->n_rencana; i++) {
			struct kaskade_simpul *k = &out->simpul[i];
			if (dalam[i] != d)
				continue;
			if (k->r->jenis == RENCANA_SASARAN || k->r->jenis == RENCANA_TUJUAN) {
				/* The RPJMD keeps the pemda's measurement. */
				const struct ukur_agregat *a = k->r->jenis == RENCANA_SASARAN
								       ? ukur_sasaran(p, k->r->kode)
								       : ukur_tujuan(p, k->r->kode);
				if (a) {
					k->ada_capaian = a->ada_capaian;
					k->capaian = a->capaian;
					if (k->r->jenis == RENCANA_SASARAN) {
						k->pagu = a->pagu;
						k->realisasi_anggaran = a->realisasi_anggaran;
						ada_real[i] = a->ada_serapan;
					}
				}
			} else if (!k->ada_capaian) {
				int n = 0;
				for (int j = 0; j < m->n_rencana; j++) {
					const struct kaskade_simpul *c = &out->simpul[j];
					if (c->induk != i || !c->ada_capaian)
						continue;
					if (RENCANA_KASKADE(c->r->jenis) != RENCANA_KASKADE(k->r->jenis))
						continue; /* the OPD tree is not mixed into the RPJMD */
					u[n].kode = c->r->kode;
					u[n].indeks = j;
					u[n].nilai = c->capaian;
					u[n].bobot = 1;
					n++;
				}
				if (n) {
					k->ada_capaian = 1;
					k->capaian = rata(u, n, batas);
				}
			}
			if (k->ada_capaian)
				k->predikat = skala_predikat(&m->pemda.predikat, k->capaian);
			serapan(k->pagu, k->realisasi_anggaran, ada_real[i], &k->ada_serapan,
				&k->serapan);
			/* A cascade node's budget adds up to its parent (the RPJMD sasaran's is ukur's). */
			if (k->induk >= 0 && RENCANA_KASKADE(k->r->jenis)) {
				struct kaskade_simpul *pk = &out->simpul[k->induk];
				if (RENCANA_KASKADE(pk->r->jenis)) {
					pk->pagu += k->pagu;
					pk->realisasi_anggaran += k->realisasi_anggaran;
					ada_real[k->induk] |= ada_real[i];
				}
			}
		}
	}

	/* OPD. */
	out->n_opd = m->n_opd;
	out->opd = xcalloc((size_t)m->n_opd + 1, sizeof(*out->opd));
	out->urut = xcalloc((size_t)m->n_opd + 1, sizeof(*out->urut));
	double *nilai = xcalloc((size_t)m->n_opd + 1, sizeof(*nilai));
	int *ada = xcalloc((size_t)m->n_opd + 1, sizeof(*ada));
	int *peringkat = xcalloc((size_t)m->n_opd + 1, sizeof(*peringkat));
	for (int o = 0; o < m->n_opd; o++) {
		struct kaskade_opd *k = &out->opd[o];
		k->o = &m->opd[o];
		k->jumlah_predikat = xcalloc((size_t)m->pemda.predikat.n + 1, sizeof(int));
		int n = 0;
		for (int x = 0; x < p->n_indikator; x++) {
			const struct ukur_indikator *ui = &p->indikator[x];
			if (!sama(kaskade_opd_indikator(m, ui->ind), k->o->kode))
				continue;
			k->n_indikator++;
			switch (ukur_keadaan(ui)) {
			case UKUR_ADA: {
				int c = skala_predikat_indeks(&m->pemda.predikat, ui->capaian.nilai);
				if (c >= 0)
					k->jumlah_predikat[c]++;
				u[n].kode = ui->ind->kode;
				u[n].indeks = x;
				u[n].nilai = ui->capaian.nilai;
				u[n].bobot = ui->ind->bobot > 0 ? ui->ind->bobot : 1;
				n++;
				break;
			}
			case UKUR_BELUM_ADA_DATA:
				k->belum_ada_data++;
				break;
			case UKUR_TIDAK_DAPAT_DIHITUNG:
				k->tidak_dapat_dihitung++;
				break;
			}
		}
		if (n) {
			k->ada_capaian = 1;
			k->capaian = rata(u, n, batas);
			k->predikat = skala_predikat(&m->pemda.predikat, k->capaian);
		}
		int ada_r = 0;
		for (int i = 0; i < m->n_anggaran; i++) {
			const struct anggaran *a = &m->anggaran[i];
			if (!a->di_simpul || a->tahun != p->tahun)
				continue;
			const char *ao = a->opd && *a->opd
						 ? a->opd
						 : kaskade_opd_simpul(m, model_rencana(m, a->rencana));
			if (!sama(ao, k->o->kode))
				continue;
			k->pagu += a->pagu;
			k->realisasi_anggaran += a->ada_realisasi ? a->realisasi : 0;
			ada_r |= a->ada_realisasi;
		}
		serapan(k->pagu, k->realisasi_anggaran, ada_r, &k->ada_serapan, &k->serapan);
		nilai[o] = k->capaian;
		ada[o] = k->ada_capaian;
	}
	banding_peringkat(nilai, ada, m->n_opd, ARAH_NAIK, peringkat, out->urut);
	for (int o = 0; o < m->n_opd; o++)
		out->opd[o].peringkat = peringkat[o];
	free(nilai);
	free(ada);
	free(peringkat);
	free(u);
	free(dalam);
	free(ada_real);
}

void kaskade_release(struct kaskade *k)
{
	for (int o = 0; o < k->n_opd; o++)
		free(k->opd[o].jumlah_predikat);
	free(k->opd);
	free(k->simpul);
	free(k->urut);
	memset(k, 0, sizeof(*k));
}
