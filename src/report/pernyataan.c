/* The review statement; see pernyataan.h. */
#include "pernyataan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "dokumen.h"
#include "laporan.h"

static int sama(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

int pernyataan_terbuka(const struct reviu *r, const struct pernyataan_catatan *c, int n,
		       struct buf *terbuka)
{
	int buka = 0;
	for (int i = 0; i < r->n; i++) {
		const struct temuan *t = &r->temuan[i];
		if (t->tingkat != REVIU_KESALAHAN)
			continue;
		int dijawab = 0;
		for (int k = 0; k < n && !dijawab; k++)
			dijawab = sama(c[k].objek, t->objek) && sama(c[k].ukuran, t->ukuran) &&
				  sama(c[k].sumber, t->sumber) && c[k].catatan && *c[k].catatan;
		if (dijawab)
			continue;
		buka++;
		buf_printf(terbuka, "%s %s (%s): %s\n", t->objek ? t->objek : "",
			   t->ukuran ? t->ukuran : "", t->sumber ? t->sumber : "",
			   t->pesan ? t->pesan : "");
	}
	return buka;
}

static struct dok_blok *blok(struct dokumen *d, enum dok_jenis j, const char *teks)
{
	if (d->n_blok == d->cap_blok) {
		d->cap_blok = d->cap_blok ? 2 * d->cap_blok : 32;
		d->blok = xrealloc(d->blok, (size_t)d->cap_blok * sizeof(*d->blok));
	}
	struct dok_blok *b = &d->blok[d->n_blok++];
	memset(b, 0, sizeof(*b));
	b->jenis = j;
	b->teks = teks;
	return b;
}

static struct dok_sel sel(const char *teks)
{
	return (struct dok_sel){.teks = teks ? teks : "", .jenis = SEL_TEKS, .gabung = 1};
}

/* The table of the notes: No, finding, note, reviewer. */
static struct dok_tabel *tabel_catatan(struct dokumen *d, const struct pernyataan_catatan *c,
				       int n)
{
	struct dok_tabel *t = arena_alloc(&d->arena, sizeof(*t));
	memset(t, 0, sizeof(*t));
	t->judul = "Catatan reviu atas temuan";
	t->n_kolom = 4;
	t->lebar = arena_alloc(&d->arena, 4 * sizeof(double));
	t->lebar[0] = 0.6, t->lebar[1] = 3, t->lebar[2] = 5, t->lebar[3] = 1.6;
	t->n_kepala = 1;
	t->n_baris = t->cap_baris = n + 1;
	t->baris = arena_alloc(&d->arena, (size_t)(n + 1) * sizeof(*t->baris));
	static const char *const kepala[4] = {"No", "Temuan", "Catatan reviu", "Reviewer"};
	for (int i = 0; i <= n; i++) {
		t->baris[i] = arena_alloc(&d->arena, 4 * sizeof(struct dok_sel));
		if (i == 0) {
			for (int k = 0; k < 4; k++) {
				t->baris[0][k] = sel(kepala[k]);
				t->baris[0][k].tebal = 1;
			}
			continue;
		}
		const struct pernyataan_catatan *x = &c[i - 1];
		t->baris[i][0] = sel(arena_printf(&d->arena, "%d", i));
		t->baris[i][1] = sel(arena_printf(&d->arena, "%s, %s (%s)", x->objek, x->ukuran,
						  x->sumber));
		t->baris[i][2] = sel(x->catatan);
		t->baris[i][3] = sel(x->oleh);
	}
	return t;
}

const struct opd *pernyataan_inspektorat(const struct model *m)
{
	for (int i = 0; i < m->n_opd; i++)
		if (m->opd[i].jenis && strcasecmp(m->opd[i].jenis, "inspektorat") == 0)
			return &m->opd[i];
	return NULL;
}

int pernyataan_tulis(const struct model *m, int tahun, const struct pernyataan_catatan *c,
		     int n, const char *kunci, const char *format, const char *path,
		     struct galat *g)
{
	if (!format || (strcmp(format, "html") && strcmp(format, "pdf"))) {
		galat_set(g, "format pernyataan reviu: html atau pdf");
		g->pengguna = 1;
		return -1;
	}
	struct dokumen d;
	memset(&d, 0, sizeof(d));
	arena_init(&d.arena);
	const char *pemda = m->pemda.nama ? m->pemda.nama : m->pemda.kode;
	d.judul = arena_printf(&d.arena, "Pernyataan Telah Direviu %s Tahun %d", pemda, tahun);
	d.pemda = pemda;
	d.tahun = tahun;
	blok(&d, DOK_JUDUL, "PERNYATAAN TELAH DIREVIU")->tingkat = 1;
	blok(&d, DOK_PARAGRAF,
	     arena_printf(&d.arena, "LAPORAN KINERJA INSTANSI PEMERINTAH %s TAHUN ANGGARAN %d",
			  pemda, tahun))
	    ->tingkat = 0;
	blok(&d, DOK_PARAGRAF,
	     arena_printf(&d.arena,
			  "Kami telah mereviu Laporan Kinerja Instansi Pemerintah %s untuk tahun "
			  "anggaran %d, sesuai pedoman reviu atas Laporan Kinerja. Substansi "
			  "informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab "
			  "manajemen %s.",
			  pemda, tahun, pemda));
	blok(&d, DOK_PARAGRAF,
	     "Reviu bertujuan untuk memberikan keyakinan terbatas bahwa laporan kinerja telah "
	     "disajikan secara akurat, andal, dan valid.");
	if (n) {
		blok(&d, DOK_PARAGRAF,
		     arena_printf(&d.arena,
				  "Berdasarkan reviu kami, angka yang keliru telah dikoreksi atau "
				  "dijelaskan; %d catatan reviu atas temuan disajikan berikut ini.",
				  n));
		blok(&d, DOK_TABEL, NULL)->tabel = tabel_catatan(&d, c, n);
	} else {
		blok(&d, DOK_PARAGRAF,
		     "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan "
		     "perbedaan dalam meyakini keandalan informasi yang disajikan di dalam laporan "
		     "kinerja ini.");
	}
	if (kunci && *kunci)
		blok(&d, DOK_PARAGRAF, arena_printf(&d.arena, "%s.", kunci));
	time_t now = time(NULL) + 7 * 3600;
	struct tm w;
	gmtime_r(&now, &w);
	blok(&d, DOK_PARAGRAF,
	     arena_printf(&d.arena, "%d %s %d", w.tm_mday, dokumen_bulan(w.tm_mon + 1), w.tm_year + 1900));
	/* The signature: the Inspektorat's head when opd.csv names one, else lines to fill. */
	const struct opd *ins = pernyataan_inspektorat(m);
	const char *jabatan = ins && ins->jabatan && *ins->jabatan ? ins->jabatan : "INSPEKTUR";
	blok(&d, DOK_PARAGRAF, jabatan);
	blok(&d, DOK_PARAGRAF, "(tanda tangan dan cap)");
	blok(&d, DOK_PARAGRAF,
	     ins && ins->kepala && *ins->kepala ? ins->kepala
						: "Nama: ..............................");
	blok(&d, DOK_PARAGRAF,
	     ins && ins->nip && *ins->nip ? arena_printf(&d.arena, "NIP. %s", ins->nip)
					  : "NIP. ..............................");
	int rc;
	if (strcmp(format, "pdf") == 0) {
		rc = laporan_pdf(&d, path, g);
	} else {
		struct buf b = BUF_INIT;
		laporan_html(&d, &b);
		FILE *f = fopen(path, "wb");
		rc = !f || fwrite(b.data, 1, b.len, f) != b.len;
		if (f && fclose(f))
			rc = 1;
		if (rc) {
			galat_set(g, "tidak dapat menulis %s", path);
			g->pengguna = 1;
			rc = -1;
		}
		buf_release(&b);
	}
	free(d.blok);
	arena_release(&d.arena);
	return rc;
}
