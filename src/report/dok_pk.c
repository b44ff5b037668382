/* The Perjanjian Kinerja document; see dok_pk.h. */
#include "dok_pk.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../core/pegawai.h"


static int opd_sama(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

const struct pk *dok_pk_cari(const struct model *m, int tahun, const char *opd, int versi)
{
	const struct pk *x = NULL;
	for (int i = 0; i < m->n_pk; i++) {
		const struct pk *k = &m->pk[i];
		if (k->tahun != tahun || !opd_sama(k->opd, opd))
			continue;
		if (versi ? k->versi == versi : !x || k->versi > x->versi)
			x = k;
	}
	return x;
}

const char *dok_pk_nama(struct dokumen *d, const struct pk *k)
{
	if (k->versi <= 1)
		return "Perjanjian Kinerja";
	if (k->versi == 2)
		return "Perjanjian Kinerja Perubahan";
	return arena_printf(&d->arena, "Perjanjian Kinerja Perubahan ke-%d", k->versi - 1);
}

void dok_pk_tabel(struct dokumen *d, const struct model *m, const struct pk *k,
		  const char *nomor_isi, const char *lembar_isi, const char *nomor_anggaran,
		  const char *lembar_anggaran)
{
	static const char *const ki[] = {"No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"};
	static const double li[] = {0.5, 3.2, 3.6, 1.2, 1.3};
	const char *nama = dok_pk_nama(d, k);
	struct dok_tabel *t = dokumen_tabel(
		d, nomor_isi,
		arena_printf(&d->arena, "%s Tahun %d (versi %d, %s)", nama, k->tahun, k->versi,
			     k->tanggal),
		lembar_isi, 5, ki, li);
	int no = 0;
	const char *lalu = NULL;
	for (int i = 0; i < k->n_isi; i++) {
		const struct pk_isi *x = &k->isi[i];
		/* versions signed before the texts were kept: the plan's texts stand in */
		const struct indikator *ind = x->uraian ? NULL : model_indikator(m, x->indikator);
		const char *sasaran = x->sasaran ? x->sasaran : ind ? ind->induk : NULL;
		const char *us = x->uraian_sasaran;
		if (!us) {
			const struct rencana *r = sasaran ? model_rencana(m, sasaran) : NULL;
			us = r ? r->uraian : sasaran;
		}
		struct dok_sel *r = dokumen_baris(d, t);
		if (!lalu || !opd_sama(lalu, sasaran)) {
			dokumen_sel_bulat(d, &r[0], ++no);
			dokumen_sel_teks(d, &r[1], us);
		}
		lalu = sasaran ? sasaran : "";
		dokumen_sel_teks(d, &r[2], x->uraian ? x->uraian : ind ? ind->uraian : x->indikator);
		dokumen_sel_teks(d, &r[3], x->uraian ? x->satuan : ind ? ind->satuan : "");
		dokumen_sel_teks(d, &r[4], x->target);
	}
	if (!k->n_anggaran)
		return;
	static const char *const ka[] = {"No", "Program", "Anggaran (Rp)"};
	static const double la[] = {0.5, 6.3, 2.4};
	t = dokumen_tabel(d, nomor_anggaran,
			  arena_printf(&d->arena, "Program dan Anggaran %s Tahun %d (versi %d)", nama,
				       k->tahun, k->versi),
			  lembar_anggaran, 3, ka, la);
	int64_t jumlah = 0;
	for (int i = 0; i < k->n_anggaran; i++) {
		struct dok_sel *r = dokumen_baris(d, t);
		dokumen_sel_bulat(d, &r[0], i + 1);
		dokumen_sel_teks(d, &r[1], k->anggaran[i].program);
		dokumen_sel_rp(d, &r[2], k->anggaran[i].pagu);
		jumlah += k->anggaran[i].pagu;
	}
	struct dok_sel *r = dokumen_baris(d, t);
	dokumen_sel_teks(d, &r[1], "Jumlah");
	dokumen_sel_rp(d, &r[2], jumlah);
	r[1].tebal = r[2].tebal = 1;
}

const char *dok_pk_tempat(const struct model *m)
{
	static const char *const jenis[] = {"Kabupaten ", "Kota ", "Provinsi "};
	const char *n = m->pemda.nama ? m->pemda.nama : m->pemda.kode;
	for (size_t i = 0; i < sizeof(jenis) / sizeof(jenis[0]); i++)
		if (strncasecmp(n, jenis[i], strlen(jenis[i])) == 0)
			return n + strlen(jenis[i]);
	return n;
}

/* "2021-01-15" as "15 Januari 2021" (as stored when not such a date). */
static const char *tanggal_tampil(struct dokumen *d, const char *t)
{
	int y, mo, h;
	if (t && sscanf(t, "%4d-%2d-%2d", &y, &mo, &h) == 3 && mo >= 1 && mo <= 12)
		return arena_printf(&d->arena, "%d %s %d", h, dokumen_bulan(mo), y);
	return t ? t : "";
}

static const char *isi(const char *s)
{
	return s && *s ? s : NULL;
}

const char *dok_pk_instansi(struct arena *a, const struct model *m, const char *opd)
{
	const char *pemda = m->pemda.nama ? m->pemda.nama : m->pemda.kode;
	const struct opd *o = NULL;
	for (int i = 0; opd && i < m->n_opd; i++)
		if (strcmp(m->opd[i].kode, opd) == 0)
			o = &m->opd[i];
	if (o)
		return arena_printf(a, "%s %s", o->nama, pemda);
	if (strncasecmp(pemda, "Pemerintah ", 11) == 0)
		return arena_strdup(a, pemda);
	return arena_printf(a, "Pemerintah %s", pemda);
}

void dokumen_pk(const struct model *m, const struct pk *k, struct dokumen *d)
{
	memset(d, 0, sizeof(*d));
	arena_init(&d->arena);
	struct arena *a = &d->arena;
	/*
	 * Every text printed is the version's own (frozen at signing): the organisation
	 * line and the place too. The versions signed before migration 0070 (instansi NULL)
	 * or without a place name the OPD and the pemda as they are named now, as they did.
	 */
	const char *instansi = isi(k->instansi) ? k->instansi : dok_pk_instansi(a, m, k->opd);
	const char *nama = dok_pk_nama(d, k);
	/* the pemda's name is no part of the printed document (no renderer prints d->pemda) */
	d->pemda = m->pemda.nama ? m->pemda.nama : m->pemda.kode;
	d->tahun = k->tahun;
	d->judul = arena_printf(a, "%s %s Tahun %d", nama, instansi, k->tahun);
	/* frozen data, a fixed date: the same bytes every time (dokumen.h) */
	d->tanggal = arena_printf(a, "%.10sT00:00:00", k->tanggal);
	struct buf up = BUF_INIT;
	for (const char *c = nama; *c; c++)
		buf_putc(&up, (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c));
	dokumen_blok(d, DOK_JUDUL, arena_printf(a, "%s TAHUN %d", up.data, k->tahun))->tingkat = 1;
	buf_release(&up);
	dokumen_blok(d, DOK_PARAGRAF, instansi);
	if (isi(k->nomor))
		dokumen_blok(d, DOK_PARAGRAF, arena_printf(a, "Nomor: %s", k->nomor));
	int dua = isi(k->pihak_kedua) != NULL;
	dokumen_blok(d, DOK_PARAGRAF,
		     "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
		     "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah "
		     "ini:");
	dokumen_blok(d, DOK_BUTIR, arena_printf(a, "Nama: %s", k->pihak_pertama))->nomor = "";
	dokumen_blok(d, DOK_BUTIR, arena_printf(a, "Jabatan: %s", k->jabatan_pertama))->nomor = "";
	if (dua) {
		dokumen_blok(d, DOK_PARAGRAF, "selanjutnya disebut pihak pertama.");
		dokumen_blok(d, DOK_BUTIR, arena_printf(a, "Nama: %s", k->pihak_kedua))->nomor = "";
		dokumen_blok(d, DOK_BUTIR,
			     arena_printf(a, "Jabatan: %s", isi(k->jabatan_kedua) ? k->jabatan_kedua : ""))
			->nomor = "";
		dokumen_blok(d, DOK_PARAGRAF,
			     "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
		dokumen_blok(d, DOK_PARAGRAF,
			     "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya "
			     "sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja "
			     "jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
			     "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi "
			     "tanggung jawab kami.");
		dokumen_blok(d, DOK_PARAGRAF,
			     "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan "
			     "evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil "
			     "tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
	} else {
		dokumen_blok(d, DOK_PARAGRAF,
			     "berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
			     "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah "
			     "seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan "
			     "kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
	}
	struct dok_ttd *t = arena_alloc(a, sizeof(*t));
	memset(t, 0, sizeof(*t));
	t->tempat_tanggal = arena_printf(a, "%s, %s", isi(k->tempat) ? k->tempat : dok_pk_tempat(m),
					 tanggal_tampil(d, k->tanggal));
	int i = 0;
	if (dua) {
		t->peran[i] = "Pihak Kedua,";
		t->jabatan[i] = isi(k->jabatan_kedua) ? k->jabatan_kedua : "";
		t->nama[i] = k->pihak_kedua;
		t->nip[i] = pegawai_tanpa_nip(k->nip_kedua) ? NULL : k->nip_kedua;
		i++;
	}
	t->peran[i] = dua ? "Pihak Pertama," : "";
	t->jabatan[i] = k->jabatan_pertama;
	t->nama[i] = k->pihak_pertama;
	/* a regional head has no NIP ("-"): no NIP line under the name */
	t->nip[i] = pegawai_tanpa_nip(k->nip_pertama) ? NULL : k->nip_pertama;
	t->n = i + 1;
	dokumen_blok(d, DOK_TTD, NULL)->ttd = t;
	dokumen_blok(d, DOK_HALAMAN_BARU, NULL);
	dokumen_blok(d, DOK_JUDUL,
		     arena_printf(a, "Lampiran %s %s Tahun %d", nama, instansi, k->tahun))
		->tingkat = 2;
	dok_pk_tabel(d, m, k, "Tabel 1", "Perjanjian Kinerja", "Tabel 2", "Program dan Anggaran");
	dokumen_blok(d, DOK_TTD, NULL)->ttd = t;
}
