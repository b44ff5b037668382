/* Measurement below the pemda; see kaskade.h. */
#include "kaskade.h"

#include <stdlib.h>
#include <string.h>

#include "banding.h"
#include "indeks.h"
#include "skala.h"

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

const char *kaskade_opd_anggaran(const struct model *m, const struct anggaran *a)
{
	if (a->rencana) {
		const struct rencana *r = model_rencana(m, a->rencana);
		if (r)
			return kaskade_opd_simpul(m, r);
	}
	return a->opd;
}

void kaskade_anggaran_siapkan(struct model *m)
{
	struct indeks ir;
	int ada = 0;
	for (int i = 0; i < m->n_anggaran && !ada; i++)
		ada = m->anggaran[i].di_simpul;
	if (!ada)
		return;
	indeks_init(&ir, m->n_rencana);
	for (int i = 0; i < m->n_rencana; i++)
		indeks_tambah(&ir, m->rencana[i].kode, i);
	for (int i = 0; i < m->n_anggaran; i++) {
		struct anggaran *a = &m->anggaran[i];
		if (!a->di_simpul)
			continue;
		int j = indeks_cari(&ir, a->rencana);
		for (int langkah = 0; j >= 0 && langkah < 16; langkah++) {
			const struct rencana *r = &m->rencana[j];
			if (r->jenis == RENCANA_PROGRAM && !a->program)
				a->program = r->uraian;
			if (r->jenis == RENCANA_SASARAN) {
				a->sasaran = r->kode;
				break;
			}
			j = indeks_cari(&ir, r->induk);
		}
		if (!a->sasaran)
			a->sasaran = "";
		if (!a->program)
			a->program = a->rencana;
	}
	indeks_release(&ir);
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

/* Node k's mean over the n elements u, copied to the pool at *pool (which moves on). */
static void rata_simpul(struct kaskade_simpul *k, const struct ukur_unsur *u, int n, double batas,
			struct ukur_unsur **pool)
{
	struct ukur_rata *r = &k->rata;
	memcpy(*pool, u, (size_t)n * sizeof(*u));
	r->unsur = *pool;
	*pool += n;
	r->n = n;
	r->batas = batas;
	for (int i = 1; i < n; i++)
		r->berbobot |= u[i].bobot != u[0].bobot;
	k->ada_capaian = 1;
	k->capaian = ukur_rata_hitung(r, NULL);
}

static void serapan(int64_t pagu, int64_t realisasi, int ada, int *ada_serapan, double *out)
{
	*ada_serapan = ada && pagu > 0;
	*out = *ada_serapan ? (double)realisasi / (double)pagu * 100.0 : 0;
}

/* Elements grouped by owner with a counting sort: owner o's are isi[awal[o] .. awal[o + 1]). */
struct kelompok {
	int *awal, *isi;
};

static void kelompok_buat(struct kelompok *k, const int *pemilik, int n, int n_pemilik)
{
	k->awal = xcalloc((size_t)n_pemilik + 2, sizeof(int));
	k->isi = xcalloc((size_t)n + 1, sizeof(int));
	for (int i = 0; i < n; i++)
		if (pemilik[i] >= 0)
			k->awal[pemilik[i] + 2]++;
	for (int o = 0; o < n_pemilik; o++)
		k->awal[o + 2] += k->awal[o + 1];
	for (int i = 0; i < n; i++)
		if (pemilik[i] >= 0)
			k->isi[k->awal[pemilik[i] + 1]++] = i;
}

static void kelompok_release(struct kelompok *k)
{
	free(k->awal);
	free(k->isi);
}

/* Adds indicator x's capaian to the elements u[*n] when it has one. */
static void unsur_indikator(const struct ukur_indikator *ui, int x, struct ukur_unsur *u, int *n)
{
	if (!ui->capaian.ada)
		return;
	u[*n].kode = ui->ind->kode;
	u[*n].indeks = x;
	u[*n].nilai = ui->capaian.nilai;
	u[*n].bobot = ui->ind->bobot > 0 ? ui->ind->bobot : 1;
	(*n)++;
}

void kaskade_hitung(const struct pengukuran *p, struct kaskade *out)
{
	const struct model *m = p->m;
	double batas = m->pemda.batas_capaian;
	int nr = m->n_rencana, ni = p->n_indikator;
	memset(out, 0, sizeof(*out));
	out->p = p;
	out->n_simpul = nr;
	out->simpul = xcalloc((size_t)nr + 1, sizeof(*out->simpul));

	struct indeks io;
	struct indeks *ir = &out->kode;
	indeks_init(ir, nr);
	for (int i = 0; i < nr; i++)
		indeks_tambah(ir, m->rencana[i].kode, i);
	indeks_init(&io, m->n_opd);
	for (int o = 0; o < m->n_opd; o++)
		indeks_tambah(&io, m->opd[o].kode, o);

	int *dalam = xcalloc((size_t)nr + 1, sizeof(int));
	int *ada_real = xcalloc((size_t)nr + 1, sizeof(int));
	int *induk = xcalloc((size_t)nr + 1, sizeof(int));
	for (int i = 0; i < nr; i++) {
		struct kaskade_simpul *k = &out->simpul[i];
		k->r = &m->rencana[i];
		k->induk = indeks_cari(ir, k->r->induk);
		induk[i] = k->induk;
	}
	/* Depth and OPD of each node (bounded: a loop is refused at import). */
	int maks = 0;
	for (int i = 0; i < nr; i++) {
		int d = 0;
		for (int j = induk[i]; j >= 0 && d < 64; j = induk[j])
			d++;
		dalam[i] = d;
		out->simpul[i].dalam = d;
		if (d > maks)
			maks = d;
		for (int j = i, langkah = 0; j >= 0 && langkah < 16; j = induk[j], langkah++) {
			const struct rencana *r = &m->rencana[j];
			if (!RENCANA_KASKADE(r->jenis))
				break;
			if (r->opd && *r->opd) {
				out->simpul[i].opd = r->opd;
				break;
			}
			if (r->jenis != RENCANA_KEGIATAN && r->jenis != RENCANA_SUBKEGIATAN)
				break;
		}
	}

	/* Each indicator's node and OPD. */
	int *simpul_ind = xcalloc((size_t)ni + 1, sizeof(int));
	int *opd_ind = xcalloc((size_t)ni + 1, sizeof(int));
	for (int x = 0; x < ni; x++) {
		const struct indikator *ind = p->indikator[x].ind;
		simpul_ind[x] = indeks_cari(ir, ind->induk);
		const char *o = ind->opd && *ind->opd ? ind->opd
			       : simpul_ind[x] >= 0 ? out->simpul[simpul_ind[x]].opd : NULL;
		opd_ind[x] = indeks_cari(&io, o);
	}
	struct kelompok per_simpul, per_anak, per_opd;
	kelompok_buat(&per_simpul, simpul_ind, ni, nr);
	kelompok_buat(&per_anak, induk, nr, nr);
	kelompok_buat(&per_opd, opd_ind, ni, m->n_opd);

	/* each indicator is an element of one node's mean, each node of its parent's */
	struct ukur_unsur *u = xcalloc((size_t)ni + (size_t)nr + 1, sizeof(*u));
	out->unsur = xcalloc((size_t)ni + (size_t)nr + 1, sizeof(*out->unsur));
	struct ukur_unsur *pool = out->unsur;
	for (int i = 0; i < nr; i++) {
		struct kaskade_simpul *k = &out->simpul[i];
		int n = 0;
		for (int e = per_simpul.awal[i]; e < per_simpul.awal[i + 1]; e++) {
			int x = per_simpul.isi[e];
			k->n_indikator++;
			unsur_indikator(&p->indikator[x], x, u, &n);
		}
		if (n && RENCANA_KASKADE(k->r->jenis))
			rata_simpul(k, u, n, batas, &pool);
	}
	/* Own budget rows of the year. */
	int *simpul_uang = xcalloc((size_t)m->n_anggaran + 1, sizeof(int));
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *a = &m->anggaran[i];
		simpul_uang[i] = a->di_simpul && a->tahun == p->tahun ? indeks_cari(ir, a->rencana) : -1;
		if (simpul_uang[i] < 0)
			continue;
		struct kaskade_simpul *k = &out->simpul[simpul_uang[i]];
		k->pagu += a->pagu;
		k->realisasi_anggaran += a->ada_realisasi ? a->realisasi : 0;
		ada_real[simpul_uang[i]] |= a->ada_realisasi;
	}
	/* Children before parents: the deepest first. */
	struct kelompok per_dalam;
	kelompok_buat(&per_dalam, dalam, nr, maks + 1);
	for (int d = maks; d >= 0; d--) {
		for (int e = per_dalam.awal[d]; e < per_dalam.awal[d + 1]; e++) {
			int i = per_dalam.isi[e];
			struct kaskade_simpul *k = &out->simpul[i];
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
				for (int f = per_anak.awal[i]; f < per_anak.awal[i + 1]; f++) {
					int j = per_anak.isi[f];
					const struct kaskade_simpul *c = &out->simpul[j];
					if (!c->ada_capaian ||
					    RENCANA_KASKADE(c->r->jenis) != RENCANA_KASKADE(k->r->jenis))
						continue; /* the OPD tree is not mixed into the RPJMD */
					u[n].kode = c->r->kode;
					u[n].indeks = j;
					u[n].nilai = c->capaian;
					u[n].bobot = 1;
					n++;
				}
				if (n) {
					k->dari_anak = 1;
					rata_simpul(k, u, n, batas, &pool);
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
	kelompok_release(&per_dalam);

	/* OPD. */
	out->n_opd = m->n_opd;
	out->opd = xcalloc((size_t)m->n_opd + 1, sizeof(*out->opd));
	out->urut = xcalloc((size_t)m->n_opd + 1, sizeof(*out->urut));
	double *nilai = xcalloc((size_t)m->n_opd + 1, sizeof(*nilai));
	int *ada = xcalloc((size_t)m->n_opd + 1, sizeof(*ada));
	int *peringkat = xcalloc((size_t)m->n_opd + 1, sizeof(*peringkat));
	int *ada_r = xcalloc((size_t)m->n_opd + 1, sizeof(*ada_r));
	for (int o = 0; o < m->n_opd; o++) {
		out->opd[o].o = &m->opd[o];
		out->opd[o].jumlah_predikat = xcalloc((size_t)m->pemda.predikat.n + 1, sizeof(int));
	}
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *a = &m->anggaran[i];
		if (simpul_uang[i] < 0)
			continue;
		const char *ao = a->opd && *a->opd ? a->opd : out->simpul[simpul_uang[i]].opd;
		int o = indeks_cari(&io, ao);
		if (o < 0)
			continue;
		out->opd[o].pagu += a->pagu;
		out->opd[o].realisasi_anggaran += a->ada_realisasi ? a->realisasi : 0;
		ada_r[o] |= a->ada_realisasi;
	}
	for (int o = 0; o < m->n_opd; o++) {
		struct kaskade_opd *k = &out->opd[o];
		int n = 0;
		for (int e = per_opd.awal[o]; e < per_opd.awal[o + 1]; e++) {
			int x = per_opd.isi[e];
			const struct ukur_indikator *ui = &p->indikator[x];
			k->n_indikator++;
			switch (ukur_keadaan(ui)) {
			case UKUR_ADA: {
				int c = skala_predikat_indeks(&m->pemda.predikat, ui->capaian.nilai);
				if (c >= 0)
					k->jumlah_predikat[c]++;
				unsur_indikator(ui, x, u, &n);
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
		serapan(k->pagu, k->realisasi_anggaran, ada_r[o], &k->ada_serapan, &k->serapan);
		nilai[o] = k->capaian;
		ada[o] = k->ada_capaian;
	}
	banding_peringkat(nilai, ada, m->n_opd, ARAH_NAIK, peringkat, out->urut);
	for (int o = 0; o < m->n_opd; o++)
		out->opd[o].peringkat = peringkat[o];
	/* kept for kaskade_indikator, kaskade_anak, kaskade_turunan, kaskade_indikator_opd */
	out->ind_awal = per_simpul.awal;
	out->ind_isi = per_simpul.isi;
	out->anak_awal = per_anak.awal;
	out->anak_isi = per_anak.isi;
	out->opd_awal = per_opd.awal;
	out->opd_isi = per_opd.isi;
	indeks_release(&io);
	free(simpul_ind);
	free(opd_ind);
	free(simpul_uang);
	free(nilai);
	free(ada);
	free(ada_r);
	free(peringkat);
	free(u);
	free(dalam);
	free(induk);
	free(ada_real);
}

void kaskade_release(struct kaskade *k)
{
	for (int o = 0; o < k->n_opd; o++)
		free(k->opd[o].jumlah_predikat);
	free(k->opd);
	free(k->simpul);
	free(k->urut);
	free(k->ind_awal);
	free(k->ind_isi);
	free(k->anak_awal);
	free(k->anak_isi);
	free(k->opd_awal);
	free(k->opd_isi);
	free(k->unsur);
	if (k->kode.isi)
		indeks_release(&k->kode);
	memset(k, 0, sizeof(*k));
}

int kaskade_cari(const struct kaskade *k, const char *kode)
{
	return indeks_cari(&k->kode, kode);
}

int kaskade_indikator(const struct kaskade *k, int i, const int **out)
{
	*out = k->ind_isi + k->ind_awal[i];
	return k->ind_awal[i + 1] - k->ind_awal[i];
}

int kaskade_indikator_opd(const struct kaskade *k, int o, const int **out)
{
	*out = k->opd_isi + k->opd_awal[o];
	return k->opd_awal[o + 1] - k->opd_awal[o];
}

int kaskade_anak(const struct kaskade *k, int i, const int **out)
{
	*out = k->anak_isi + k->anak_awal[i];
	return k->anak_awal[i + 1] - k->anak_awal[i];
}

int kaskade_turunan(const struct kaskade *k, int i, int *out)
{
	/* out doubles as the stack: children pushed in reverse pop in model order */
	int n = 0, atas = k->n_simpul;
	const int *a;
	int na = kaskade_anak(k, i, &a);
	for (int j = na - 1; j >= 0 && atas > n; j--)
		out[--atas] = a[j];
	while (atas < k->n_simpul) {
		int x = out[atas++];
		out[n++] = x;
		na = kaskade_anak(k, x, &a);
		for (int j = na - 1; j >= 0 && atas > n; j--)
			out[--atas] = a[j];
	}
	return n;
}
