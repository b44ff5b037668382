/* The measurement of one pemda in one year; see ukur.h and rumus-capaian.md. */
#include "ukur.h"

#include <stdlib.h>
#include <string.h>

#include "indeks.h"
#include "skala.h"

static int kode_sama(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* The rows of one indicator in one year. */
struct baris_tahun {
	const struct target *target;
	const struct nilai *tahunan;
	const struct nilai *triwulan[4];
};

/* Files a realisasi row; the last non-empty row of a period wins. */
static void baris_realisasi(struct baris_tahun *b, const struct realisasi *r)
{
	if (r->nilai.jenis == NILAI_KOSONG)
		return;
	if (r->triwulan == 0)
		b->tahunan = &r->nilai;
	else if (r->triwulan >= 1 && r->triwulan <= 4)
		b->triwulan[r->triwulan - 1] = &r->nilai;
}

/*
 * The year's realisasi from the rows: the yearly value, else the quarters by
 * agregasi. *catatan says why quarters that exist could not make one.
 */
static struct nilai buat_realisasi(const struct indikator *ind, const struct baris_tahun *b,
				   int *dari_triwulan, const char **catatan)
{
	struct nilai v;
	int n = 0, akhir = -1, semua_angka = 1;
	double jumlah = 0;

	memset(&v, 0, sizeof(v));
	*dari_triwulan = 0;
	*catatan = NULL;
	if (b->tahunan)
		return *b->tahunan;
	for (int q = 0; q < 4; q++) {
		if (!b->triwulan[q])
			continue;
		n++;
		akhir = q;
		if (b->triwulan[q]->jenis == NILAI_ANGKA)
			jumlah += b->triwulan[q]->a;
		else
			semua_angka = 0;
	}
	if (!n)
		return v;
	switch (ind->agregasi) {
	case AGREGASI_JUMLAH:
	case AGREGASI_RATA:
		if (!semua_angka) {
			*catatan = "tidak dapat dihitung: realisasi triwulan bukan angka, tidak "
				   "dapat dijumlahkan atau dirata-ratakan";
			return v;
		}
		v.jenis = NILAI_ANGKA;
		v.a = ind->agregasi == AGREGASI_JUMLAH ? jumlah : jumlah / n;
		break;
	case AGREGASI_AKHIR:
	default:
		/* Rates and indices: the latest quarter is the state at the end of the year. */
		v = *b->triwulan[akhir];
		break;
	}
	*dari_triwulan = 1;
	return v;
}

struct nilai ukur_realisasi_tahun(const struct model *m, const struct indikator *ind, int tahun,
				  int *dari_triwulan)
{
	struct baris_tahun b;
	const char *catatan;
	int dari;

	memset(&b, 0, sizeof(b));
	for (int i = 0; i < m->n_realisasi; i++) {
		const struct realisasi *r = &m->realisasi[i];
		if (r->tahun == tahun && kode_sama(r->indikator, ind->kode))
			baris_realisasi(&b, r);
	}
	struct nilai v = buat_realisasi(ind, &b, &dari, &catatan);
	if (dari_triwulan)
		*dari_triwulan = dari;
	return v;
}

static const struct skala *skala_indikator(const struct model *m, const struct indikator *ind)
{
	return ind->skala ? model_skala(m, ind->skala) : NULL;
}

/*
 * The quarters of ind from its rows of the year: the year's target, each
 * quarter's own target and realisasi (NULL when none); those with either, in order.
 */
static int tw_susun(const struct indikator *ind, enum rumus_turun rumus, const struct skala *sk,
		    const struct target *tahunan, const struct target *const target_tw[4],
		    const struct nilai *const realisasi[4], struct ukur_tw out[4])
{
	int n = 0;
	for (int q = 0; q < 4; q++) {
		if (!target_tw[q] && !realisasi[q])
			continue;
		struct ukur_tw *u = &out[n++];
		u->triwulan = q + 1;
		u->target = target_tw[q];
		u->acuan = target_tw[q] ? target_tw[q] : tahunan;
		u->realisasi = realisasi[q];
		/* A rencana aksi target of the quarter first, else the year's (siklus.md). */
		u->capaian = capaian_hitung(ind->arah, rumus, u->acuan ? &u->acuan->nilai : NULL,
					    realisasi[q], sk);
	}
	return n;
}

int ukur_triwulan_daftar(const struct model *m, const struct indikator *ind, int tahun,
			 struct ukur_tw out[4])
{
	const struct target *target_tw[4];
	struct baris_tahun b;
	memset(&b, 0, sizeof(b));
	for (int q = 1; q <= 4; q++)
		target_tw[q - 1] = model_target_tw(m, ind->kode, tahun, q);
	for (int i = 0; i < m->n_realisasi; i++) {
		const struct realisasi *x = &m->realisasi[i];
		if (x->tahun == tahun && kode_sama(x->indikator, ind->kode))
			baris_realisasi(&b, x);
	}
	return tw_susun(ind, capaian_rumus(&m->pemda, ind), skala_indikator(m, ind),
			model_target(m, ind->kode, tahun), target_tw, b.triwulan, out);
}

struct capaian ukur_triwulan(const struct model *m, const struct indikator *ind, int tahun,
			     int triwulan)
{
	struct ukur_tw q[4];
	int n = ukur_triwulan_daftar(m, ind, tahun, q);
	for (int i = 0; i < n; i++)
		if (q[i].triwulan == triwulan)
			return q[i].capaian;
	/* neither an own target nor a realisasi: against the year's target, with no data */
	const struct target *t = model_target(m, ind->kode, tahun);
	return capaian_hitung(ind->arah, capaian_rumus(&m->pemda, ind), t ? &t->nilai : NULL, NULL,
			      skala_indikator(m, ind));
}

int ukur_triwulan_jalur_dari(const struct ukur_tw *q, int n, int *tw)
{
	for (int i = n - 1; i >= 0; i--) {
		if (!q[i].realisasi || !q[i].capaian.ada)
			continue;
		if (tw)
			*tw = q[i].triwulan;
		return capaian_tercapai(&q[i].capaian) == 1;
	}
	return -1;
}

double ukur_rata_hitung(const struct ukur_rata *r, const double *v)
{
	double jumlah = 0, bobot = 0;
	for (int i = 0; i < r->n; i++) {
		double x = v ? v[i] : r->unsur[i].nilai;
		/* The cap applies only here, inside averages: an indicator shows its own uncapped. */
		if (r->batas > 0 && x > r->batas)
			x = r->batas;
		jumlah += x * r->unsur[i].bobot;
		bobot += r->unsur[i].bobot;
	}
	return bobot > 0 ? jumlah / bobot : 0;
}

/* Appends an element to r, whose elements end at *pool (the next free slot). */
static void rata_tambah(struct ukur_rata *r, struct ukur_unsur **pool, const char *kode,
			int indeks, double nilai, double bobot)
{
	struct ukur_unsur *u = (*pool)++;
	if (!r->n)
		r->unsur = u;
	u->kode = kode;
	u->indeks = indeks;
	u->nilai = nilai;
	u->bobot = bobot > 0 ? bobot : 1;
	if (r->n && u->bobot != r->unsur[0].bobot)
		r->berbobot = 1;
	r->n++;
}

/* Turns the counts x[0..n) into where each group starts; returns their total. */
static int jumlah_ke_awal(int *x, int n)
{
	int total = 0;
	for (int j = 0; j < n; j++) {
		int k = x[j];
		x[j] = total;
		total += k;
	}
	return total;
}

static int rata_hasil(const struct ukur_rata *r, double *out)
{
	if (!r->n)
		return 0;
	*out = ukur_rata_hitung(r, NULL);
	return 1;
}

enum ukur_keadaan ukur_keadaan(const struct ukur_indikator *u)
{
	if (u->capaian.ada)
		return UKUR_ADA;
	return u->realisasi.jenis == NILAI_KOSONG ? UKUR_BELUM_ADA_DATA : UKUR_TIDAK_DAPAT_DIHITUNG;
}

const char *ukur_keadaan_nama(enum ukur_keadaan k)
{
	switch (k) {
	case UKUR_BELUM_ADA_DATA:
		return "belum ada data";
	case UKUR_TIDAK_DAPAT_DIHITUNG:
		return "tidak dapat dihitung";
	case UKUR_ADA:
		break;
	}
	return NULL;
}

/* Budget sums under construction. */
struct uang {
	int64_t pagu, realisasi;
	int n, n_realisasi;
};

static void uang_tambah(struct uang *u, int64_t pagu, int64_t realisasi, int n, int n_realisasi)
{
	u->pagu += pagu;
	u->realisasi += realisasi;
	u->n += n;
	u->n_realisasi += n_realisasi;
}

/*
 * serapan = realisasi / pagu x 100. A program whose realisasi is not entered
 * counts as 0 spent in a sum, but a sum with no realisasi at all has no serapan.
 */
static int serapan(const struct uang *u, double *out)
{
	if (!u->n_realisasi || u->pagu <= 0)
		return 0;
	*out = (double)u->realisasi / (double)u->pagu * 100;
	return 1;
}

/* Scratch state of one aggregate while measuring. */
struct kerja_agregat {
	struct ukur_rata capaian, akhir;     /* its own indicators */
	struct ukur_rata capaian_s, akhir_s; /* a tujuan's sasaran */
	struct uang uang;
};

static void agregat_selesai(const struct model *m, struct ukur_agregat *a,
			    const struct kerja_agregat *k, int dari_sasaran)
{
	a->rata = dari_sasaran ? k->capaian_s : k->capaian;
	a->rata_akhir = dari_sasaran ? k->akhir_s : k->akhir;
	a->rata.dari_sasaran = a->rata_akhir.dari_sasaran = dari_sasaran;
	a->rata.batas = a->rata_akhir.batas = m->pemda.batas_capaian;
	const struct ukur_rata *c = &a->rata, *ak = &a->rata_akhir;

	a->ada_capaian = rata_hasil(c, &a->capaian);
	a->ada_capaian_akhir = rata_hasil(ak, &a->capaian_akhir);
	a->predikat = a->ada_capaian ? skala_predikat(&m->pemda.predikat, a->capaian) : NULL;
	a->pagu = k->uang.pagu;
	a->realisasi_anggaran = k->uang.realisasi;
	a->ada_anggaran = k->uang.n > 0;
	a->ada_serapan = serapan(&k->uang, &a->serapan);
	a->ada_efisiensi = a->ada_capaian && a->ada_serapan;
	if (a->ada_efisiensi)
		a->efisiensi = a->capaian - a->serapan;
}

void ukur_hitung(const struct model *m, int tahun, struct pengukuran *out)
{
	struct indeks idx_ind, idx_ren;
	memset(out, 0, sizeof(*out));
	out->m = m;
	out->tahun = tahun;

	indeks_init(&idx_ind, m->n_indikator);
	for (int i = 0; i < m->n_indikator; i++)
		indeks_tambah(&idx_ind, m->indikator[i].kode, i);
	indeks_init(&idx_ren, m->n_rencana);
	for (int i = 0; i < m->n_rencana; i++)
		indeks_tambah(&idx_ren, m->rencana[i].kode, i);

	/* Sasaran and tujuan in model order; agregat[j] maps rencana j to its slot. */
	int *agregat = xcalloc((size_t)m->n_rencana, sizeof(*agregat));
	for (int j = 0; j < m->n_rencana; j++) {
		if (m->rencana[j].jenis == RENCANA_SASARAN)
			agregat[j] = out->n_sasaran++;
		else if (m->rencana[j].jenis == RENCANA_TUJUAN)
			agregat[j] = out->n_tujuan++;
		else
			agregat[j] = -1;
	}
	out->sasaran = xcalloc((size_t)out->n_sasaran, sizeof(*out->sasaran));
	out->tujuan = xcalloc((size_t)out->n_tujuan, sizeof(*out->tujuan));
	struct kerja_agregat *ks = xcalloc((size_t)out->n_sasaran, sizeof(*ks));
	struct kerja_agregat *kt = xcalloc((size_t)out->n_tujuan, sizeof(*kt));
	for (int j = 0; j < m->n_rencana; j++) {
		if (m->rencana[j].jenis == RENCANA_SASARAN)
			out->sasaran[agregat[j]].r = &m->rencana[j];
		else if (m->rencana[j].jenis == RENCANA_TUJUAN)
			out->tujuan[agregat[j]].r = &m->rencana[j];
	}

	/* The year's rows, filed under the first indicator of each code. */
	struct baris_tahun *baris = xcalloc((size_t)m->n_indikator, sizeof(*baris));
	for (int i = 0; i < m->n_target; i++) {
		const struct target *t = &m->target[i];
		int j = t->tahun == tahun ? indeks_cari(&idx_ind, t->indikator) : -1;
		if (j >= 0)
			baris[j].target = t; /* the last row is the PK Perubahan */
	}
	for (int i = 0; i < m->n_realisasi; i++) {
		const struct realisasi *r = &m->realisasi[i];
		int j = r->tahun == tahun ? indeks_cari(&idx_ind, r->indikator) : -1;
		if (j >= 0)
			baris_realisasi(&baris[j], r);
	}
	/* The quarters' own targets (rencana aksi); the last row of a quarter wins. */
	const struct target *(*target_tw)[4] = xcalloc((size_t)m->n_indikator + 1,
						       sizeof(*target_tw));
	for (int i = 0; i < m->n_target_tw; i++) {
		const struct target *t = &m->target_tw[i];
		int j = t->tahun == tahun && t->triwulan >= 1 && t->triwulan <= 4
			    ? indeks_cari(&idx_ind, t->indikator)
			    : -1;
		if (j >= 0)
			target_tw[j][t->triwulan - 1] = t;
	}

	/* Each indicator and each sasaran is at most one element of two means. */
	out->unsur = xcalloc(2 * ((size_t)m->n_indikator + (size_t)out->n_sasaran) + 1,
			     sizeof(*out->unsur));
	struct ukur_unsur *pool = out->unsur;
	int *ke = xcalloc((size_t)m->n_indikator + 1, sizeof(*ke)); /* aggregate slot + 1, - tujuan */

	out->n_indikator = m->n_indikator;
	out->indikator = xcalloc((size_t)m->n_indikator, sizeof(*out->indikator));
	out->jumlah_predikat = xcalloc((size_t)m->pemda.predikat.n, sizeof(*out->jumlah_predikat));
	for (int i = 0; i < m->n_indikator; i++) {
		const struct indikator *ind = &m->indikator[i];
		struct ukur_indikator *u = &out->indikator[i];
		int j = indeks_cari(&idx_ind, ind->kode);
		struct baris_tahun kosong;
		const char *catatan;

		memset(&kosong, 0, sizeof(kosong));
		const struct baris_tahun *b = j >= 0 ? &baris[j] : &kosong;
		const struct skala *sk = skala_indikator(m, ind);
		enum rumus_turun rumus = capaian_rumus(&m->pemda, ind);

		u->ind = ind;
		u->target = b->target;
		u->n_tw = tw_susun(ind, rumus, sk, b->target, target_tw[j >= 0 ? j : m->n_indikator],
				   b->triwulan, u->tw);
		u->realisasi = buat_realisasi(ind, b, &u->dari_triwulan, &catatan);
		u->capaian = capaian_hitung(ind->arah, rumus, b->target ? &b->target->nilai : NULL,
					    &u->realisasi, sk);
		u->capaian_akhir = capaian_hitung(ind->arah, rumus, &ind->target_akhir,
						  &u->realisasi, sk);
		if (catatan) {
			u->capaian.catatan = catatan;
			u->capaian_akhir.catatan = catatan;
		}
		u->predikat = u->capaian.ada ? skala_predikat(&m->pemda.predikat, u->capaian.nilai)
					     : NULL;

		int r = indeks_cari(&idx_ren, ind->induk);
		struct ukur_agregat *a = NULL;
		if (r >= 0 && m->rencana[r].jenis == RENCANA_SASARAN) {
			u->sasaran = 1;
			ke[i] = agregat[r] + 1;
			a = &out->sasaran[agregat[r]];
		} else if (r >= 0 && m->rencana[r].jenis == RENCANA_TUJUAN) {
			ke[i] = -(agregat[r] + 1);
			a = &out->tujuan[agregat[r]];
		}
		if (a)
			a->jumlah_indikator++;

		if (!u->sasaran)
			continue;
		switch (ukur_keadaan(u)) {
		case UKUR_ADA: {
			int p = skala_predikat_indeks(&m->pemda.predikat, u->capaian.nilai);
			if (p >= 0)
				out->jumlah_predikat[p]++;
			break;
		}
		case UKUR_BELUM_ADA_DATA:
			out->belum_ada_data++;
			break;
		case UKUR_TIDAK_DAPAT_DIHITUNG:
			out->tidak_dapat_dihitung++;
			break;
		}
	}
	/* The elements of each mean, contiguous per mean (counted first: models are large). */
	int n_slot = out->n_sasaran + out->n_tujuan;
	int *awal = xcalloc((size_t)n_slot + 1, sizeof(*awal));
	for (int akhir = 0; akhir < 2; akhir++) {
		memset(awal, 0, ((size_t)n_slot + 1) * sizeof(*awal));
		for (int i = 0; i < m->n_indikator; i++) {
			const struct ukur_indikator *u = &out->indikator[i];
			if (ke[i] && (akhir ? u->capaian_akhir.ada : u->capaian.ada))
				awal[ke[i] > 0 ? ke[i] - 1 : out->n_sasaran - ke[i] - 1]++;
		}
		struct ukur_unsur *dasar = pool;
		pool += jumlah_ke_awal(awal, n_slot);
		for (int i = 0; i < m->n_indikator; i++) {
			const struct ukur_indikator *u = &out->indikator[i];
			const struct capaian *c = akhir ? &u->capaian_akhir : &u->capaian;
			if (!ke[i] || !c->ada)
				continue;
			int j = ke[i] > 0 ? ke[i] - 1 : out->n_sasaran - ke[i] - 1;
			struct kerja_agregat *k = j < out->n_sasaran ? &ks[j] : &kt[j - out->n_sasaran];
			struct ukur_unsur *tempat = dasar + awal[j] + (akhir ? k->akhir.n : k->capaian.n);
			rata_tambah(akhir ? &k->akhir : &k->capaian, &tempat, u->ind->kode, i, c->nilai,
				    u->ind->bobot);
		}
	}
	free(awal);
	free(ke);

	/* Budget: the year's programs, summed per sasaran and in total. */
	struct uang total;
	memset(&total, 0, sizeof(total));
	/*
	 * The year's rows in model order; rows on cascade nodes (siklus.md) count as
	 * one program per sasaran and program name, their pagu and realisasi summed.
	 */
	const struct anggaran **baris_uang = xcalloc((size_t)m->n_anggaran + 1, sizeof(*baris_uang));
	out->program_gabungan = xcalloc((size_t)m->n_anggaran + 1, sizeof(*out->program_gabungan));
	int n_gab = 0;
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *a = &m->anggaran[i];
		if (a->tahun != tahun)
			continue;
		if (!a->di_simpul) {
			baris_uang[out->n_program++] = a;
			continue;
		}
		struct anggaran *g = NULL;
		for (int k = 0; k < n_gab && !g; k++)
			if (strcmp(out->program_gabungan[k].sasaran, a->sasaran) == 0 &&
			    strcmp(out->program_gabungan[k].program, a->program) == 0)
				g = &out->program_gabungan[k];
		if (g) {
			g->pagu += a->pagu;
			g->realisasi += a->ada_realisasi ? a->realisasi : 0;
			g->ada_realisasi |= a->ada_realisasi;
			continue;
		}
		g = &out->program_gabungan[n_gab++];
		*g = *a;
		g->realisasi = a->ada_realisasi ? a->realisasi : 0;
		baris_uang[out->n_program++] = g;
	}
	out->program = xcalloc((size_t)out->n_program + 1, sizeof(*out->program));
	for (int n = 0; n < out->n_program; n++) {
		const struct anggaran *a = baris_uang[n];
		struct ukur_program *p = &out->program[n];
		struct uang u = { a->pagu, a->ada_realisasi ? a->realisasi : 0, 1,
				  a->ada_realisasi ? 1 : 0 };
		p->a = a;
		p->ada_serapan = serapan(&u, &p->serapan);
		uang_tambah(&total, u.pagu, u.realisasi, u.n, u.n_realisasi);
		int r = indeks_cari(&idx_ren, a->sasaran);
		if (r >= 0 && m->rencana[r].jenis == RENCANA_SASARAN)
			uang_tambah(&ks[agregat[r]].uang, u.pagu, u.realisasi, u.n,
				    u.n_realisasi);
	}
	free(baris_uang);
	out->pagu = total.pagu;
	out->realisasi_anggaran = total.realisasi;
	out->ada_serapan = serapan(&total, &out->serapan);

	/* Sasaran first: a tujuan's money, and its capaian when it has no indicator, are theirs. */
	for (int s = 0; s < out->n_sasaran; s++) {
		struct ukur_agregat *a = &out->sasaran[s];
		agregat_selesai(m, a, &ks[s], 0);
		int r = indeks_cari(&idx_ren, a->r->induk);
		if (r < 0 || m->rencana[r].jenis != RENCANA_TUJUAN)
			continue;
		struct kerja_agregat *k = &kt[agregat[r]];
		uang_tambah(&k->uang, ks[s].uang.pagu, ks[s].uang.realisasi, ks[s].uang.n,
			    ks[s].uang.n_realisasi);
	}
	/* A tujuan's sasaran, after all of them are measured; counted first as above. */
	int *tj = xcalloc((size_t)out->n_sasaran + 1, sizeof(*tj));
	int *mulai = xcalloc((size_t)out->n_tujuan + 1, sizeof(*mulai));
	for (int s = 0; s < out->n_sasaran; s++) {
		int r = indeks_cari(&idx_ren, out->sasaran[s].r->induk);
		tj[s] = r >= 0 && m->rencana[r].jenis == RENCANA_TUJUAN ? agregat[r] : -1;
	}
	for (int akhir = 0; akhir < 2; akhir++) {
		memset(mulai, 0, ((size_t)out->n_tujuan + 1) * sizeof(*mulai));
		for (int s = 0; s < out->n_sasaran; s++)
			if (tj[s] >= 0 && (akhir ? out->sasaran[s].ada_capaian_akhir
						 : out->sasaran[s].ada_capaian))
				mulai[tj[s]]++;
		struct ukur_unsur *dasar = pool;
		pool += jumlah_ke_awal(mulai, out->n_tujuan);
		for (int s = 0; s < out->n_sasaran; s++) {
			const struct ukur_agregat *a = &out->sasaran[s];
			if (tj[s] < 0 || !(akhir ? a->ada_capaian_akhir : a->ada_capaian))
				continue;
			struct ukur_rata *r = akhir ? &kt[tj[s]].akhir_s : &kt[tj[s]].capaian_s;
			struct ukur_unsur *tempat = dasar + mulai[tj[s]] + r->n;
			rata_tambah(r, &tempat, a->r->kode, s, akhir ? a->capaian_akhir : a->capaian,
				    1);
		}
	}
	free(mulai);
	free(tj);
	/* A tujuan with indicators of its own is measured by them alone, even with no data. */
	for (int t = 0; t < out->n_tujuan; t++)
		agregat_selesai(m, &out->tujuan[t], &kt[t], out->tujuan[t].jumlah_indikator == 0);

	free(baris);
	free(target_tw);
	free(kt);
	free(ks);
	free(agregat);
	indeks_release(&idx_ren);
	indeks_release(&idx_ind);
}

void ukur_release(struct pengukuran *p)
{
	if (!p)
		return;
	free(p->indikator);
	free(p->sasaran);
	free(p->tujuan);
	free(p->program);
	free(p->program_gabungan);
	free(p->jumlah_predikat);
	free(p->unsur);
	memset(p, 0, sizeof(*p));
}

static const struct ukur_agregat *agregat_cari(const struct ukur_agregat *a, int n,
					       const char *kode)
{
	for (int i = 0; i < n; i++)
		if (kode_sama(a[i].r->kode, kode))
			return &a[i];
	return NULL;
}

const struct ukur_agregat *ukur_sasaran(const struct pengukuran *p, const char *kode)
{
	return agregat_cari(p->sasaran, p->n_sasaran, kode);
}

const struct ukur_agregat *ukur_tujuan(const struct pengukuran *p, const char *kode)
{
	return agregat_cari(p->tujuan, p->n_tujuan, kode);
}

const struct ukur_indikator *ukur_indikator_cari(const struct pengukuran *p, const char *kode)
{
	for (int i = 0; i < p->n_indikator; i++)
		if (kode_sama(p->indikator[i].ind->kode, kode))
			return &p->indikator[i];
	return NULL;
}
