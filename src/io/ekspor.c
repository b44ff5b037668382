/* Export to the import template; see ekspor.h. */
#include "ekspor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "csv.h"

struct tulis {
	struct buf *b;
	int awal;
};

static void sel(struct tulis *t, const char *s)
{
	if (!t->awal)
		buf_putc(t->b, ',');
	t->awal = 0;
	csv_tulis_sel(t->b, s, ',');
}

static void sel_int(struct tulis *t, long long v)
{
	char x[32];
	snprintf(x, sizeof(x), "%lld", v);
	sel(t, x);
}

static void sel_angka(struct tulis *t, double v)
{
	char x[64];
	sel(t, angka_format_kanonik(v, x, sizeof(x)));
}

static void sel_nilai(struct tulis *t, const struct nilai *v)
{
	char x[128];
	sel(t, nilai_kanonik(v, x, sizeof(x)));
}

/* The target as entered when it reads back alone to the same value, else canonical. */
static void sel_target(struct tulis *t, const struct nilai *v)
{
	if (v->teks) {
		struct arena a;
		arena_init(&a);
		struct nilai back;
		enum angka_hasil h = nilai_parse(v->teks, GAYA_TIDAK_TAHU, NULL, 1, &a, &back, NULL);
		int sama = h == ANGKA_OK && back.jenis == v->jenis &&
			   (v->jenis == NILAI_KATEGORI ? str_sama(back.kategori, v->kategori)
						       : back.a == v->a && back.b == v->b);
		arena_release(&a);
		if (sama) {
			sel(t, v->teks);
			return;
		}
	}
	sel_nilai(t, v);
}

/* Starts a row in b, ending the previous row (which may be in another table). */
static void baris(struct tulis *t, struct buf *b)
{
	if (t->b)
		buf_putc(t->b, '\n');
	t->b = b;
	t->awal = 1;
}

/* Writes the TM_KHUSUS column `kolom` of a row (the table's own code). */
typedef void (*sel_khusus_fn)(struct tulis *t, const char *kolom, const void *baris);

/*
 * One row of table tt from its row struct, in the schema's order: the pemda
 * column, each generic column (medan TM_TEKS*, TM_KATA, TM_PILIHAN*, TM_TAHUN) by its
 * field, the rest by khusus (NULL when the table has no other column). The one
 * loop that writes every generic column, so a new one needs no line here.
 */
static void sel_baris(struct tulis *t, const struct templat_tabel *tt, const char *pemda,
		      const void *baris, sel_khusus_fn khusus)
{
	for (int k = 0; k < tt->n_kolom; k++) {
		const struct templat_kolom *tk = &tt->kolom[k];
		if (tk->medan == TM_TAHUN) {
			sel_int(t, templat_int(tk, baris));
		} else if (tk->medan != TM_KHUSUS) {
			sel(t, templat_nilai_teks(tk, baris)); /* NULL (a choice's -1) written "" */
		} else if (strcmp(tk->nama, "pemda") == 0) {
			sel(t, pemda);
		} else if (khusus) {
			khusus(t, tk->nama, baris);
		} else {
			abort(); /* a column the table's code does not know: a programming error */
		}
	}
}

static void indikator_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct indikator *ind = baris;
	if (strcmp(kolom, "kondisi_awal") == 0)
		sel_nilai(t, &ind->kondisi_awal);
	else if (strcmp(kolom, "target_akhir") == 0)
		sel_nilai(t, &ind->target_akhir);
	else if (strcmp(kolom, "bobot") == 0)
		sel_angka(t, ind->bobot);
	else
		abort(); /* a column of indikator this code does not know: a programming error */
}

static void pemda_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct pemda *p = baris;
	if (strcmp(kolom, "periode_awal") == 0 || strcmp(kolom, "periode_akhir") == 0) {
		int th = strcmp(kolom, "periode_awal") == 0 ? p->periode_awal : p->periode_akhir;
		if (th)
			sel_int(t, th);
		else
			sel(t, "");
	} else
		abort(); /* a column of pemda this code does not know: a programming error */
}

static void pembanding_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct pembanding *pb = baris;
	if (strcmp(kolom, "indikator") == 0)
		sel(t, pb->indikator);
	else if (strcmp(kolom, "tahun") == 0)
		sel_int(t, pb->tahun);
	else if (strcmp(kolom, "nilai") == 0)
		sel_angka(t, pb->nilai);
	else
		abort(); /* a column of pembanding this code does not know: a programming error */
}

static void narasi_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct narasi *n = baris;
	if (strcmp(kolom, "objek") == 0)
		sel(t, n->objek);
	else
		abort(); /* a column of narasi this code does not know: a programming error */
}

static void dilaporkan_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct dilaporkan *d = baris;
	if (strcmp(kolom, "objek") == 0)
		sel(t, d->objek);
	else
		abort(); /* a column of dilaporkan this code does not know: a programming error */
}

/* The key of a PK version's row (pk, pk_isi, pk_anggaran): opd, versi, urutan. */
static void pk_kunci_sel(struct tulis *t, const char *kolom, const char *opd, int versi,
			 int urutan)
{
	if (strcmp(kolom, "opd") == 0)
		sel(t, opd);
	else if (strcmp(kolom, "versi") == 0)
		sel_int(t, versi);
	else if (strcmp(kolom, "urutan") == 0 && urutan)
		sel_int(t, urutan);
	else
		abort(); /* a column of a PK table this code does not know: a programming error */
}

static void pk_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct pk *k = baris;
	pk_kunci_sel(t, kolom, k->opd, k->versi, 0);
}

static void pk_isi_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct pk_isi *x = baris;
	pk_kunci_sel(t, kolom, x->opd, x->versi, x->urutan);
}

static void pk_anggaran_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct pk_anggaran *x = baris;
	if (strcmp(kolom, "pagu") == 0)
		sel_int(t, x->pagu);
	else
		pk_kunci_sel(t, kolom, x->opd, x->versi, x->urutan);
}

static void jadwal_khusus(struct tulis *t, const char *kolom, const void *baris)
{
	const struct jadwal *j = baris;
	if (strcmp(kolom, "triwulan") == 0)
		sel_int(t, j->triwulan);
	else
		abort(); /* a column of jadwal this code does not know: a programming error */
}

void ekspor_pengaturan(struct ekspor_hasil *h, const char *pemda, const char *kunci,
		       const char *nilai)
{
	struct tulis t = {NULL, 1};
	baris(&t, &h->isi[TEMPLAT_PENGATURAN]);
	sel(&t, pemda);
	sel(&t, kunci);
	sel(&t, nilai);
	buf_putc(t.b, '\n');
}

void ekspor_model(struct ekspor_hasil *h, const struct model *m)
{
	struct tulis t = {NULL, 1};
	const struct pemda *p = &m->pemda;
#define B(e) baris(&t, &h->isi[e])
	B(TEMPLAT_PEMDA);
	sel_baris(&t, &templat[TEMPLAT_PEMDA], p->kode, p, pemda_khusus);

	for (int i = 0; i < m->n_opd; i++) {
		B(TEMPLAT_OPD);
		sel_baris(&t, &templat[TEMPLAT_OPD], p->kode, &m->opd[i], NULL);
	}
	for (int i = 0; i < m->n_rencana; i++) {
		const struct rencana *r = &m->rencana[i];
		B(TEMPLAT_RENCANA);
		sel_baris(&t, &templat[TEMPLAT_RENCANA], p->kode, r, NULL);
	}
	for (int i = 0; i < m->n_indikator; i++) {
		const struct indikator *ind = &m->indikator[i];
		B(TEMPLAT_INDIKATOR);
		sel_baris(&t, &templat[TEMPLAT_INDIKATOR], p->kode, ind, indikator_khusus);
	}
	for (int i = 0; i < m->n_target; i++) {
		const struct target *tg = &m->target[i];
		/* The earlier Perjanjian Kinerja first: a later row replaces it on import. */
		for (int k = 0; k < m->n_riwayat; k++) {
			const struct target_riwayat *r = &m->riwayat[k];
			if (r->tahun != tg->tahun || strcmp(r->indikator, tg->indikator))
				continue;
			B(TEMPLAT_TARGET);
			sel(&t, p->kode);
			sel(&t, r->indikator);
			sel_int(&t, r->tahun);
			sel_target(&t, &r->nilai);
			sel(&t, "");
		}
		B(TEMPLAT_TARGET);
		sel(&t, p->kode);
		sel(&t, tg->indikator);
		sel_int(&t, tg->tahun);
		sel_target(&t, &tg->nilai);
		sel(&t, "");
	}
	for (int i = 0; i < m->n_target_tw; i++) { /* rencana aksi (siklus.md) */
		const struct target *tg = &m->target_tw[i];
		B(TEMPLAT_TARGET);
		sel(&t, p->kode);
		sel(&t, tg->indikator);
		sel_int(&t, tg->tahun);
		sel_target(&t, &tg->nilai);
		sel_int(&t, tg->triwulan);
	}
	for (int i = 0; i < m->n_realisasi; i++) {
		const struct realisasi *r = &m->realisasi[i];
		B(TEMPLAT_REALISASI);
		sel(&t, p->kode);
		sel(&t, r->indikator);
		sel_int(&t, r->tahun);
		if (r->triwulan)
			sel_int(&t, r->triwulan);
		else
			sel(&t, "");
		sel_nilai(&t, &r->nilai);
	}
	for (int i = 0; i < m->n_anggaran; i++) {
		const struct anggaran *an = &m->anggaran[i];
		B(TEMPLAT_ANGGARAN);
		sel(&t, p->kode);
		/* On a cascade node the file keeps sasaran and program empty (filled at load). */
		sel(&t, an->di_simpul ? "" : an->sasaran);
		sel(&t, an->di_simpul ? "" : an->program);
		sel_int(&t, an->tahun);
		sel_int(&t, an->pagu);
		if (an->ada_realisasi)
			sel_int(&t, an->realisasi);
		else
			sel(&t, "");
		sel(&t, an->di_simpul ? an->opd : "");
		sel(&t, an->di_simpul ? an->rencana : "");
	}
	for (int i = 0; i < m->n_pembanding; i++) {
		const struct pembanding *pb = &m->pembanding[i];
		B(TEMPLAT_PEMBANDING);
		sel_baris(&t, &templat[TEMPLAT_PEMBANDING], p->kode, pb, pembanding_khusus);
	}
	for (int i = 0; i < m->n_narasi; i++) {
		const struct narasi *n = &m->narasi[i];
		B(TEMPLAT_NARASI);
		sel_baris(&t, &templat[TEMPLAT_NARASI], p->kode, n, narasi_khusus);
	}
	for (int i = 0; i < m->n_dilaporkan; i++) {
		const struct dilaporkan *d = &m->dilaporkan[i];
		B(TEMPLAT_DILAPORKAN);
		sel_baris(&t, &templat[TEMPLAT_DILAPORKAN], p->kode, d, dilaporkan_khusus);
	}
	for (int i = 0; i < m->n_pk_isi; i++) { /* the frozen content of signed PK */
		const struct pk_isi *x = &m->pk_isi[i];
		B(TEMPLAT_PK_ISI);
		sel_baris(&t, &templat[TEMPLAT_PK_ISI], p->kode, x, pk_isi_khusus);
	}
	for (int i = 0; i < m->n_pk_anggaran; i++) {
		const struct pk_anggaran *x = &m->pk_anggaran[i];
		B(TEMPLAT_PK_ANGGARAN);
		sel_baris(&t, &templat[TEMPLAT_PK_ANGGARAN], p->kode, x, pk_anggaran_khusus);
	}
	for (int i = 0; i < m->n_pk; i++) {
		const struct pk *k = &m->pk[i];
		B(TEMPLAT_PK);
		sel_baris(&t, &templat[TEMPLAT_PK], p->kode, k, pk_khusus);
	}
	for (int i = 0; i < m->n_jadwal; i++) { /* fill windows (siklus.md) */
		const struct jadwal *j = &m->jadwal[i];
		B(TEMPLAT_JADWAL);
		sel_baris(&t, &templat[TEMPLAT_JADWAL], p->kode, j, jadwal_khusus);
	}
#undef B
	if (t.b)
		buf_putc(t.b, '\n');
}

void ekspor_init(struct ekspor_hasil *h)
{
	memset(h, 0, sizeof(*h));
	h->n = TEMPLAT_N;
	for (int i = 0; i < TEMPLAT_N; i++) {
		char kepala[512];
		h->nama[i] = templat[i].nama;
		buf_init(&h->isi[i]);
		buf_puts(&h->isi[i], templat_daftar_kolom(&templat[i], ",", kepala, sizeof(kepala)));
		buf_putc(&h->isi[i], '\n');
	}
}

void ekspor_kepala_tambah(struct ekspor_hasil *h, enum templat_id id, const char *const *extra,
			  int n)
{
	char kepala[512];
	buf_reset(&h->isi[id]);
	buf_puts(&h->isi[id], templat_daftar_kolom(&templat[id], ",", kepala, sizeof(kepala)));
	for (int i = 0; i < n; i++) {
		buf_putc(&h->isi[id], ',');
		csv_tulis_sel(&h->isi[id], extra[i], ',');
	}
	buf_putc(&h->isi[id], '\n');
}

void ekspor_baris(struct ekspor_hasil *h, enum templat_id id, const char *const *isi, int n)
{
	struct tulis t = {&h->isi[id], 1};
	for (int i = 0; i < n; i++)
		sel(&t, isi[i] ? isi[i] : "");
	buf_putc(t.b, '\n');
}

void ekspor_release(struct ekspor_hasil *h)
{
	for (int i = 0; i < h->n; i++)
		buf_release(&h->isi[i]);
	h->n = 0;
}

int ekspor_folder(const struct ekspor_hasil *h, const char *dir, struct galat *g)
{
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		g->pengguna = 1;
		return galat_set(g, "tidak dapat membuat folder %s: %s", dir, strerror(errno));
	}
	int rc = 0;
	for (int i = 0; i < h->n && rc == 0; i++) {
		char path[4096], tmp[4200];
		snprintf(path, sizeof(path), "%s/%s.csv", dir, h->nama[i]);
		snprintf(tmp, sizeof(tmp), "%s.tmp", path);
		FILE *f = fopen(tmp, "wb");
		if (!f || fwrite(h->isi[i].data, 1, h->isi[i].len, f) != h->isi[i].len) {
			g->pengguna = 1;
			rc = galat_set(g, "tidak dapat menulis %s: %s", tmp, strerror(errno));
		}
		if (f && fclose(f) != 0 && rc == 0) {
			g->pengguna = 1;
			rc = galat_set(g, "tidak dapat menulis %s", tmp);
		}
		if (rc == 0 && rename(tmp, path) != 0) {
			g->pengguna = 1;
			rc = galat_set(g, "tidak dapat menulis %s: %s", path, strerror(errno));
		}
	}
	return rc;
}
