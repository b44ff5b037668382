/* The evaluation report (LHE); see dok_evaluasi.h. */
#include "dok_evaluasi.h"

#include <stdio.h>
#include <string.h>

#include "../core/angka.h"

static struct dok_blok *blok(struct dokumen *d, enum dok_jenis j, const char *teks)
{
	if (d->n_blok == d->cap_blok) {
		d->cap_blok = d->cap_blok ? 2 * d->cap_blok : 32;
		d->blok = xrealloc(d->blok, (size_t)d->cap_blok * sizeof(*d->blok));
	}
	struct dok_blok *b = &d->blok[d->n_blok++];
	memset(b, 0, sizeof(*b));
	b->jenis = j;
	b->teks = teks ? arena_strdup(&d->arena, teks) : NULL;
	return b;
}

static struct dok_sel *baris(struct dokumen *d, struct dok_tabel *t)
{
	if (t->n_baris == t->cap_baris) {
		int cap = t->cap_baris ? 2 * t->cap_baris : 16;
		struct dok_sel **x = arena_alloc(&d->arena, (size_t)cap * sizeof(*x));
		if (t->n_baris)
			memcpy(x, t->baris, (size_t)t->n_baris * sizeof(*x));
		t->baris = x;
		t->cap_baris = cap;
	}
	struct dok_sel *r = arena_alloc(&d->arena, (size_t)t->n_kolom * sizeof(*r));
	memset(r, 0, (size_t)t->n_kolom * sizeof(*r));
	for (int j = 0; j < t->n_kolom; j++) {
		r[j].teks = "";
		r[j].gabung = 1;
	}
	t->baris[t->n_baris++] = r;
	return r;
}

static struct dok_tabel *tabel(struct dokumen *d, int *no, const char *judul, const char *lembar,
			       int n, const char *const *kepala, const double *lebar)
{
	struct dok_tabel *t = arena_alloc(&d->arena, sizeof(*t));
	memset(t, 0, sizeof(*t));
	t->nomor = arena_printf(&d->arena, "Tabel %d", ++*no);
	t->judul = arena_strdup(&d->arena, judul);
	t->lembar = lembar;
	t->n_kolom = n;
	t->lebar = arena_alloc(&d->arena, (size_t)n * sizeof(double));
	t->n_kepala = 1;
	struct dok_sel *r = baris(d, t);
	for (int j = 0; j < n; j++) {
		t->lebar[j] = lebar[j];
		r[j].teks = kepala[j];
		r[j].tebal = 1;
	}
	struct dok_blok *k = blok(d, DOK_TABEL, NULL);
	k->tabel = t;
	k->nomor = t->nomor;
	k->teks = t->judul;
	return t;
}

static void teks(struct dokumen *d, struct dok_sel *c, const char *s)
{
	c->jenis = SEL_TEKS;
	c->teks = arena_strdup(&d->arena, s ? s : "");
}

static void angka(struct dokumen *d, struct dok_sel *c, double v)
{
	char x[64];
	c->jenis = SEL_ANGKA;
	c->ada = 1;
	c->nilai = v;
	c->desimal = 2;
	c->teks = arena_strdup(&d->arena, angka_format(v, 2, x, sizeof(x)));
}

static void persen(struct dokumen *d, struct dok_sel *c, double v)
{
	angka(d, c, v);
	c->jenis = SEL_PERSEN;
}

void dokumen_evaluasi(const struct dok_evaluasi *e, struct dokumen *d)
{
	memset(d, 0, sizeof(*d));
	arena_init(&d->arena);
	d->pemda = e->pemda;
	d->tahun = e->tahun;
	const char *siapa = e->opd ? e->opd : e->pemda;
	d->judul = arena_printf(&d->arena, "Laporan Hasil Evaluasi Akuntabilitas Kinerja %s Tahun %d",
				siapa, e->tahun);
	struct dok_blok *s = blok(d, DOK_SAMPUL, "Laporan Hasil Evaluasi Akuntabilitas Kinerja");
	s->sub = arena_strdup(&d->arena, siapa);
	s->nomor = arena_printf(&d->arena, "%d", e->tahun);
	blok(d, DOK_HALAMAN_BARU, NULL);
	char nilai[64];
	angka_format(e->hasil->total.nilai, 2, nilai, sizeof(nilai));
	struct dok_blok *j = blok(d, DOK_JUDUL, "Hasil Evaluasi");
	j->tingkat = 1;
	blok(d, DOK_PARAGRAF,
	     arena_printf(&d->arena,
			  "Evaluasi akuntabilitas kinerja %s tahun %d menurut kerangka %s "
			  "menghasilkan nilai %s dengan predikat %s. Nilai dihitung dari jawaban "
			  "%s%s.",
			  siapa, e->tahun, e->k->kode, nilai,
			  e->hasil->predikat ? e->hasil->predikat : "-",
			  e->sumber && strcmp(e->sumber, "evaluator") == 0 ? "evaluator"
									  : "penilaian mandiri (sebagian "
									    "atau seluruhnya)",
			  e->hasil->lengkap ? "" : "; belum semua kriteria dijawab"));
	static const char *const kepala[] = {"Kode", "Komponen / Subkomponen", "Bobot", "Nilai",
					     "% Bobot"};
	static const double lebar[] = {1, 6, 1.2, 1.2, 1.2};
	int no = 0;
	struct dok_tabel *t = tabel(d, &no, "Nilai per komponen", "Komponen", 5, kepala, lebar);
	/* Components, each followed by its sub-components (groups only; criteria are many). */
	for (int i = 0; i < e->k->n; i++) {
		if (e->k->butir[i].induk_i >= 0)
			continue;
		for (int q = i, anak = -1; q >= 0;) {
			const struct lke_butir *b = &e->k->butir[q];
			struct dok_sel *r = baris(d, t);
			teks(d, &r[0], b->kode);
			teks(d, &r[1], b->uraian);
			angka(d, &r[2], b->bobot);
			angka(d, &r[3], e->skor[q].nilai);
			persen(d, &r[4], e->skor[q].persen);
			r[0].tebal = r[1].tebal = q == i;
			/* next sub-component of component i */
			q = -1;
			for (int x = anak + 1; x < e->k->n; x++)
				if (e->k->butir[x].induk_i == i && e->k->butir[x].tipe == LKE_GRUP) {
					q = anak = x;
					break;
				}
		}
	}
	struct dok_sel *r = baris(d, t);
	teks(d, &r[1], "Nilai total");
	angka(d, &r[2], 100);
	angka(d, &r[3], e->hasil->total.nilai);
	teks(d, &r[4], e->hasil->predikat ? e->hasil->predikat : "-");
	r[1].tebal = r[3].tebal = r[4].tebal = 1;

	if (e->n_riwayat > 1) {
		j = blok(d, DOK_JUDUL, "Perkembangan Nilai");
		j->tingkat = 2;
		static const char *const kr[] = {"Tahun", "Nilai", "Predikat"};
		static const double lr[] = {1, 1.5, 1.5};
		struct dok_tabel *tr = tabel(d, &no, "Nilai evaluasi per tahun", "Riwayat", 3, kr, lr);
		for (int i = 0; i < e->n_riwayat; i++) {
			struct dok_sel *x = baris(d, tr);
			teks(d, &x[0], arena_printf(&d->arena, "%d", e->riwayat[i].tahun));
			angka(d, &x[1], e->riwayat[i].total);
			teks(d, &x[2], e->riwayat[i].predikat);
		}
	}
	j = blok(d, DOK_JUDUL, "Rekomendasi");
	j->tingkat = 2;
	if (!e->n_rekomendasi) {
		blok(d, DOK_PARAGRAF, "Belum ada rekomendasi yang dicatat.");
		return;
	}
	static const char *const kk[] = {"No", "Rekomendasi", "Tindak lanjut", "Status"};
	static const double lk[] = {0.6, 5, 4, 1.2};
	struct dok_tabel *tk = tabel(d, &no, "Rekomendasi dan tindak lanjut", "Rekomendasi", 4, kk, lk);
	for (int i = 0; i < e->n_rekomendasi; i++) {
		struct dok_sel *x = baris(d, tk);
		teks(d, &x[0], e->rekomendasi[i].nomor);
		teks(d, &x[1], e->rekomendasi[i].uraian);
		teks(d, &x[2], e->rekomendasi[i].tindak_lanjut);
		teks(d, &x[3], e->rekomendasi[i].status);
	}
}
