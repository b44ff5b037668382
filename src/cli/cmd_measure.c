/*
 * `kinerja measure DB --pemda KODE --tahun YYYY [--json]`: the measurement
 * as an aligned table in Indonesian number format, or the JSON of antarmuka.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "../core/kaskade.h"
#include "../core/ukur.h"
#include "../report/kaskade_json.h"
#include "../report/ukur_json.h"
#include "../util/util.h"
#include "cli.h"

static const char *persen(int ada, double v, char *out, size_t n)
{
	return ada ? angka_format(v, 2, out, n) : "n/a";
}

static void garis(struct buf *b, int n)
{
	for (int i = 0; i < n; i++)
		buf_puts(b, "\xe2\x94\x80");
	buf_putc(b, '\n');
}

/* A percentage with its sign ("12,34%"), or "n/a" without one. */
static const char *persen_tanda(int ada, double v, char *out, size_t n)
{
	if (!ada)
		return "n/a";
	char x[64];
	snprintf(out, n, "%s%%", angka_format(v, 2, x, sizeof(x)));
	return out;
}

/* One indicator's row of the table, and its catatan below it. */
static void baris_indikator(struct buf *b, const struct ukur_indikator *u)
{
	char t[64], r[64], c[64], ca[64];
	buf_puts(b, "  ");
	cli_kolom(b, u->ind->kode, 12, 0);
	buf_putc(b, ' ');
	cli_kolom(b, u->ind->uraian, 38, 0);
	buf_putc(b, ' ');
	cli_kolom(b, u->ind->satuan, 9, 0);
	buf_putc(b, ' ');
	cli_kolom(b, u->target ? nilai_tampil(&u->target->nilai, 2, t, sizeof(t)) : "-", 13, 1);
	buf_putc(b, ' ');
	cli_kolom(b, nilai_tampil(&u->realisasi, 2, r, sizeof(r)), 13, 1);
	buf_putc(b, ' ');
	cli_kolom(b, persen(u->capaian.ada, u->capaian.nilai, c, sizeof(c)), 9, 1);
	buf_puts(b, "  ");
	cli_kolom(b, u->predikat ? u->predikat : ukur_keadaan_nama(ukur_keadaan(u)), 14, 0);
	buf_putc(b, ' ');
	cli_kolom(b, persen(u->capaian_akhir.ada, u->capaian_akhir.nilai, ca, sizeof(ca)), 9, 1);
	buf_putc(b, '\n');
	if (u->capaian.catatan && u->target)
		buf_printf(b, "  %14s catatan: %s\n", "", u->capaian.catatan);
}

static void tabel_indikator(struct buf *b, const struct pengukuran *p, const char *induk)
{
	for (int i = 0; i < p->n_indikator; i++)
		if (strcmp(p->indikator[i].ind->induk, induk) == 0)
			baris_indikator(b, &p->indikator[i]);
}

static void baris_agregat(struct buf *b, const char *label, const struct ukur_agregat *a)
{
	char c[64], ca[64], pg[64], rl[64], sp[64], ef[64];
	buf_puts(b, "  ");
	cli_kolom(b, label, 12, 0);
	buf_putc(b, ' ');
	cli_kolom(b, a->r->uraian, 38, 0);
	buf_putc(b, ' ');
	cli_kolom(b, persen(a->ada_capaian, a->capaian, c, sizeof(c)), 9, 1);
	buf_puts(b, "  ");
	cli_kolom(b, a->predikat ? a->predikat : "belum ada data", 14, 0);
	buf_putc(b, ' ');
	cli_kolom(b, persen(a->ada_capaian_akhir, a->capaian_akhir, ca, sizeof(ca)), 9, 1);
	buf_putc(b, ' ');
	cli_kolom(b, a->ada_anggaran ? angka_format_rp(a->pagu, pg, sizeof(pg)) : "-", 19, 1);
	buf_putc(b, ' ');
	cli_kolom(b, a->ada_anggaran ? angka_format_rp(a->realisasi_anggaran, rl, sizeof(rl)) : "-",
		  19, 1);
	buf_putc(b, ' ');
	cli_kolom(b, persen(a->ada_serapan, a->serapan, sp, sizeof(sp)), 8, 1);
	buf_putc(b, ' ');
	cli_kolom(b, a->ada_efisiensi ? angka_format(a->efisiensi, 2, ef, sizeof(ef)) : "n/a", 9, 1);
	buf_putc(b, '\n');
}

static void cetak_tabel(struct buf *b, const struct pengukuran *p)
{
	const struct model *m = p->m;
	char x[64], y[64], z[64];
	buf_printf(b, "Pengukuran Kinerja %s (%s) Tahun %d\n", m->pemda.nama, m->pemda.kode,
		   p->tahun);
	buf_printf(b, "Rumus indikator turun: %s", model_rumus_nama(m->pemda.rumus_turun));
	if (m->pemda.batas_capaian > 0)
		buf_printf(b, "; batas capaian dalam rata-rata: %s%%",
			   angka_format(m->pemda.batas_capaian, 2, x, sizeof(x)));
	buf_puts(b, "\n\n");
	buf_puts(b, "  ");
	cli_kolom(b, "Kode", 12, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Indikator", 38, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Satuan", 9, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Target", 13, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Realisasi", 13, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Capaian%", 9, 1);
	buf_puts(b, "  ");
	cli_kolom(b, "Predikat", 14, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Thd.Akhir", 9, 1);
	buf_putc(b, '\n');
	garis(b, 126);
	for (int i = 0; i < m->n_rencana; i++) {
		const struct rencana *r = &m->rencana[i];
		if (r->jenis != RENCANA_TUJUAN && r->jenis != RENCANA_SASARAN)
			continue;
		int ada = 0;
		for (int k = 0; k < p->n_indikator; k++)
			ada |= strcmp(p->indikator[k].ind->induk, r->kode) == 0;
		if (!ada)
			continue;
		buf_printf(b, "%s %s  %s\n", r->jenis == RENCANA_TUJUAN ? "Tujuan" : "Sasaran",
			   r->kode, r->uraian);
		tabel_indikator(b, p, r->kode);
	}
	buf_puts(b, "\nCapaian dan anggaran per tujuan dan sasaran\n  ");
	cli_kolom(b, "Kode", 12, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Uraian", 38, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Capaian%", 9, 1);
	buf_puts(b, "  ");
	cli_kolom(b, "Predikat", 14, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Thd.Akhir", 9, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Pagu (Rp)", 19, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Realisasi (Rp)", 19, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Serapan%", 8, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Efisiensi", 9, 1);
	buf_putc(b, '\n');
	garis(b, 148);
	for (int i = 0; i < p->n_tujuan; i++) {
		const struct ukur_agregat *t = &p->tujuan[i];
		baris_agregat(b, t->r->kode, t);
		for (int k = 0; k < p->n_sasaran; k++)
			if (p->sasaran[k].r->induk && strcmp(p->sasaran[k].r->induk, t->r->kode) == 0)
				baris_agregat(b, p->sasaran[k].r->kode, &p->sasaran[k]);
	}
	int total = 0;
	for (int i = 0; i < m->pemda.predikat.n; i++)
		total += p->jumlah_predikat[i];
	total += p->belum_ada_data + p->tidak_dapat_dihitung;
	buf_printf(b, "\nRingkasan %d indikator sasaran:\n", total);
	for (int i = 0; i < m->pemda.predikat.n; i++) {
		buf_puts(b, "  ");
		cli_kolom(b, m->pemda.predikat.kelas[i].nama, 21, 0);
		buf_printf(b, "%3d\n", p->jumlah_predikat[i]);
	}
	buf_puts(b, "  ");
	cli_kolom(b, "Belum ada data", 21, 0);
	buf_printf(b, "%3d\n", p->belum_ada_data);
	buf_puts(b, "  ");
	cli_kolom(b, "Tidak dapat dihitung", 21, 0);
	buf_printf(b, "%3d\n", p->tidak_dapat_dihitung);
	if (p->n_program)
		buf_printf(b, "Anggaran: pagu Rp %s, realisasi Rp %s, serapan %s\n",
			   angka_format_rp(p->pagu, x, sizeof(x)),
			   angka_format_rp(p->realisasi_anggaran, y, sizeof(y)),
			   persen_tanda(p->ada_serapan, p->serapan, z, sizeof(z)));
}

/*
 * One OPD's measurement as a table: its nodes with their indicators, then the
 * nodes outside its Renstra (RPJMD, another OPD's) holding indicators it
 * answers for, then its summary. The indicators are kaskade_indikator_opd's,
 * what the summary counts and --json lists: each is printed once; another
 * OPD's indicator on one of its nodes is printed marked, as not counted.
 */
static void cetak_opd(struct buf *b, const struct pengukuran *p, const struct kaskade *k, int o)
{
	const struct kaskade_opd *ko = &k->opd[o];
	const char *kode = ko->o->kode;
	char c[64], pg[64], rl[64], sp[64];
	const int *milik;
	int n_milik = kaskade_indikator_opd(k, o, &milik);
	/* 1 for the OPD's own indicators, 2 once printed */
	char *tanda = xcalloc((size_t)p->n_indikator + 1, 1);
	for (int i = 0; i < n_milik; i++)
		tanda[milik[i]] = 1;
	buf_printf(b, "Pengukuran Kinerja %s (%s), %s, Tahun %d\n\n", ko->o->nama, kode,
		   p->m->pemda.nama, p->tahun);
	int ada_simpul = 0;
	for (int i = 0; i < k->n_simpul; i++) {
		const struct kaskade_simpul *s = &k->simpul[i];
		if (!s->opd || strcmp(s->opd, kode) != 0)
			continue;
		ada_simpul = 1;
		buf_printf(b, "%s %s  %s\n", model_rencana_nama(s->r->jenis), s->r->kode,
			   s->r->uraian);
		buf_printf(b, "  capaian %s  %s  pagu Rp %s  realisasi Rp %s  serapan %s\n",
			   persen_tanda(s->ada_capaian, s->capaian, c, sizeof(c)),
			   s->predikat ? s->predikat : "belum ada data",
			   angka_format_rp(s->pagu, pg, sizeof(pg)),
			   angka_format_rp(s->realisasi_anggaran, rl, sizeof(rl)),
			   persen_tanda(s->ada_serapan, s->serapan, sp, sizeof(sp)));
		const int *x;
		int nx = kaskade_indikator(k, i, &x);
		for (int e = 0; e < nx; e++) {
			const struct ukur_indikator *u = &p->indikator[x[e]];
			baris_indikator(b, u);
			if (tanda[x[e]]) {
				tanda[x[e]] = 2;
				continue;
			}
			const char *lain = kaskade_opd_indikator(p->m, u->ind);
			buf_printf(b,
				   "  %14s indikator OPD %s: tidak dihitung dalam ringkasan %s\n",
				   "", lain ? lain : "lain", kode);
		}
	}
	int sisa = 0;
	for (int i = 0; i < n_milik; i++)
		sisa += tanda[milik[i]] == 1;
	if (sisa) {
		buf_printf(b, "%sIndikator %s pada simpul di luar Renstra %s:\n",
			   ada_simpul ? "\n" : "", kode, kode);
		/* grouped by node, in the order the indicators come */
		for (int i = 0; i < n_milik; i++) {
			if (tanda[milik[i]] != 1)
				continue;
			const char *induk = p->indikator[milik[i]].ind->induk;
			int si = induk ? kaskade_cari(k, induk) : -1;
			if (si >= 0) {
				const struct kaskade_simpul *s = &k->simpul[si];
				buf_printf(b, "%s %s  %s", model_rencana_nama(s->r->jenis),
					   s->r->kode, s->r->uraian);
				if (s->opd)
					buf_printf(b, " [OPD %s]", s->opd);
				buf_putc(b, '\n');
			} else {
				buf_printf(b, "%s\n", induk ? induk : "-");
			}
			for (int e = i; e < n_milik; e++) {
				const struct ukur_indikator *u = &p->indikator[milik[e]];
				if (tanda[milik[e]] != 1 ||
				    (e != i && (!induk || !u->ind->induk ||
						strcmp(u->ind->induk, induk) != 0)))
					continue;
				baris_indikator(b, u);
				tanda[milik[e]] = 2;
			}
		}
	}
	free(tanda);
	buf_printf(b, "\nRingkasan %d indikator OPD: capaian %s %s, peringkat %d dari %d OPD\n",
		   ko->n_indikator, persen_tanda(ko->ada_capaian, ko->capaian, c, sizeof(c)),
		   ko->predikat ? ko->predikat : "belum ada data", ko->peringkat, k->n_opd);
	for (int i = 0; i < p->m->pemda.predikat.n; i++) {
		buf_puts(b, "  ");
		cli_kolom(b, p->m->pemda.predikat.kelas[i].nama, 21, 0);
		buf_printf(b, "%3d\n", ko->jumlah_predikat[i]);
	}
	buf_printf(b, "  %-21s%3d\n  %-21s%3d\n", "Belum ada data", ko->belum_ada_data,
		   "Tidak dapat dihitung", ko->tidak_dapat_dihitung);
	buf_printf(b, "Anggaran: pagu Rp %s, realisasi Rp %s, serapan %s\n",
		   angka_format_rp(ko->pagu, pg, sizeof(pg)),
		   angka_format_rp(ko->realisasi_anggaran, rl, sizeof(rl)),
		   persen_tanda(ko->ada_serapan, ko->serapan, sp, sizeof(sp)));
}

/* `measure --opd KODE`: one OPD of the pemda. */
static int ukur_opd(const struct cli_opsi *o, const struct pengukuran *p)
{
	struct kaskade k;
	kaskade_hitung(p, &k);
	int idx = -1;
	for (int i = 0; i < k.n_opd; i++)
		if (strcmp(k.opd[i].o->kode, o->opd) == 0)
			idx = i;
	int rc = KELUAR_OK;
	if (idx < 0) {
		fprintf(stderr, "kinerja: OPD '%s' tidak ada di pemda %s\n", o->opd, o->pemda);
		rc = KELUAR_GALAT;
	} else if (o->json) {
		json_t *j = kaskade_json_opd(p, &k, idx);
		char *t = kaskade_json_teks(j);
		puts(t);
		free(t);
		json_decref(j);
	} else {
		struct buf b = BUF_INIT;
		cetak_opd(&b, p, &k, idx);
		fputs(b.data, stdout);
		buf_release(&b);
	}
	kaskade_release(&k);
	return rc;
}

int cmd_measure(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,json,opd", &o);
	if (rc)
		return rc;
	struct model m;
	rc = cli_muat(&o, &m);
	if (rc)
		return rc;
	struct pengukuran p;
	ukur_hitung(&m, o.tahun, &p);
	if (o.opd) {
		rc = ukur_opd(&o, &p);
	} else if (o.json) {
		char *j = ukur_json_teks(&p);
		puts(j);
		free(j);
	} else {
		struct buf b = BUF_INIT;
		cetak_tabel(&b, &p);
		fputs(b.data, stdout);
		buf_release(&b);
	}
	ukur_release(&p);
	model_release(&m);
	return rc;
}
