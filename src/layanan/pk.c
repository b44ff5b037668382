/* The Perjanjian Kinerja; see pk.h. */
#include "pk.h"

#include <stdio.h>
#include <string.h>

#include "../core/kaskade.h"
#include "../core/nilai.h"
#include "../core/ukur.h"
#include "rencana.h"

void layanan_pk_isi(const struct model *m, const struct pk *k, struct layanan_pk_isi *out)
{
	memset(out, 0, sizeof(*out));
	arena_init(&out->a);
	out->isi = arena_alloc(&out->a, ((size_t)m->n_indikator + 1) * sizeof(*out->isi));
	memset(out->isi, 0, ((size_t)m->n_indikator + 1) * sizeof(*out->isi));
	int n = 0;
	for (int i = 0; i < m->n_indikator; i++) {
		const struct indikator *ind = &m->indikator[i];
		const char *o = kaskade_opd_indikator(m, ind);
		const struct rencana *r = model_rencana(m, ind->induk);
		int milik;
		if (k->opd)
			milik = o && strcmp(o, k->opd) == 0;
		else
			milik = r && (r->jenis == RENCANA_SASARAN || r->jenis == RENCANA_TUJUAN);
		const struct target *t = milik ? model_target(m, ind->kode, k->tahun) : NULL;
		if (!t)
			continue;
		char teks[96];
		struct pk_isi *x = &out->isi[n++];
		x->tahun = k->tahun;
		x->versi = k->versi;
		x->urutan = n;
		x->indikator = ind->kode;
		x->target = arena_strdup(
		    &out->a,
		    t->nilai.teks ? t->nilai.teks : nilai_kanonik(&t->nilai, teks, sizeof(teks)));
		x->sasaran = r ? r->kode : ind->induk;
		x->uraian_sasaran = r ? r->uraian : NULL;
		x->uraian = ind->uraian;
		x->satuan = ind->satuan;
	}
	out->n_isi = n;
	/* The year's programs as the measurement makes them (cascade rows merged per program). */
	struct pengukuran p;
	ukur_hitung(m, k->tahun, &p);
	out->anggaran = arena_alloc(&out->a, ((size_t)p.n_program + 1) * sizeof(*out->anggaran));
	memset(out->anggaran, 0, ((size_t)p.n_program + 1) * sizeof(*out->anggaran));
	int na = 0;
	for (int i = 0; i < p.n_program; i++) {
		const struct anggaran *a = p.program[i].a;
		const char *o = kaskade_opd_anggaran(m, a);
		if (k->opd && (!o || strcmp(o, k->opd) != 0))
			continue;
		struct pk_anggaran *y = &out->anggaran[na++];
		y->tahun = k->tahun;
		y->versi = k->versi;
		y->urutan = na;
		/* the measurement's rows may be its own: the name is copied before its release */
		y->program = arena_strdup(&out->a, a->program);
		y->pagu = a->pagu;
	}
	out->n_anggaran = na;
	ukur_release(&p);
}

void layanan_pk_isi_lepas(struct layanan_pk_isi *x)
{
	arena_release(&x->a);
	memset(x, 0, sizeof(*x));
}

int layanan_pk_tandatangani(struct store *s, const struct aktor *a,
			    const struct layanan_pk_tanda *t, int *versi, struct unggah_hasil *h,
			    struct galat *g)
{
	memset(h, 0, sizeof(*h));
	*versi = 0;
	/* the role and scope first: nothing of the pemda is read for someone who may not sign */
	if (!aktor_peran(a, "admin,perencana"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya admin dan perencana yang boleh menandatangani "
				     "Perjanjian Kinerja");
	if (!t->pemda || !*t->pemda || !aktor_lingkup(a, t->pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG, "pemda %s di luar lingkup pengguna %s",
				     t->pemda ? t->pemda : "", a->nama ? a->nama : "");
	if (t->tahun < 1900 || t->tahun > 2200)
		return layanan_tolak(g, LAYANAN_SALAH, "tahun %d di luar 1900-2200", t->tahun);
	const char *opd = t->opd && *t->opd ? t->opd : NULL;
	struct model m;
	model_init(&m);
	if (store_muat(s, t->pemda, &m, g)) {
		int st = g->pengguna	  ? LAYANAN_TIDAK_ADA
			 : store_putus(s) ? LAYANAN_SIBUK
					  : LAYANAN_GALAT;
		model_release(&m);
		return st;
	}
	int ada_opd = !opd;
	for (int i = 0; opd && i < m.n_opd; i++)
		ada_opd |= strcmp(m.opd[i].kode, opd) == 0;
	int akhir = 0;
	for (int i = 0; i < m.n_pk; i++)
		if (m.pk[i].tahun == t->tahun &&
		    strcmp(m.pk[i].opd ? m.pk[i].opd : "", opd ? opd : "") == 0 &&
		    m.pk[i].versi > akhir)
			akhir = m.pk[i].versi;
	model_release(&m);
	if (!ada_opd)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "OPD '%s' tidak ada di pemda %s", opd,
				     t->pemda);
	/* The version as one row of pk.csv: the importer checks, freezes and audits it. */
	char th[16], vs[16];
	snprintf(th, sizeof(th), "%d", t->tahun);
	snprintf(vs, sizeof(vs), "%d", akhir + 1);
	const char *kolom[] = {"pemda",		"tahun",	   "opd",	  "versi",
			       "nomor",		"tanggal",	   "tempat",	  "instansi",
			       "pihak_pertama", "jabatan_pertama", "nip_pertama", "pihak_kedua",
			       "jabatan_kedua", "nip_kedua"};
	const char *nilai[] = {t->pemda,	 th,
			       opd ? opd : "",	 vs,
			       t->nomor,	 t->tanggal,
			       t->tempat,	 t->instansi,
			       t->pihak_pertama, t->jabatan_pertama,
			       t->nip_pertama,	 t->pihak_kedua,
			       t->jabatan_kedua, t->nip_kedua};
	int n = (int)(sizeof(kolom) / sizeof(*kolom));
	int st = layanan_rencana_simpan(s, a, "pk", kolom, nilai, n, h, g);
	/* the version signed meanwhile with other texts: the store refuses to change it */
	if (st == LAYANAN_SALAH && h->n_galat == 1 && strcmp(h->galat[0].kolom, "versi") == 0)
		return LAYANAN_BENTROK;
	if (st != LAYANAN_OK)
		return st;
	if (!h->n || !h->f[0].baru)
		return layanan_tolak(g, LAYANAN_BENTROK,
				     "versi %d PK %d %s baru saja ditandatangani orang lain; muat "
				     "ulang halaman dan periksa isinya",
				     akhir + 1, t->tahun, opd ? opd : "kepala daerah");
	*versi = akhir + 1;
	return LAYANAN_OK;
}
