/*
 * Moving a database between engines: store_salin copies every table row by
 * row (ids and order kept) into an empty database; store_cadang writes an
 * SQLite snapshot. See store.h.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_int.h"

#define TABEL_MAKS 64

struct daftar_tabel {
	char nama[TABEL_MAKS][64];
	int n;
};

static int tabel_catat(const char *nama, void *arg)
{
	struct daftar_tabel *d = arg;
	if (d->n == TABEL_MAKS || strlen(nama) >= sizeof(d->nama[0]))
		return -1;
	snprintf(d->nama[d->n++], sizeof(d->nama[0]), "%s", nama);
	return 0;
}

/* Whether a table of dst holds rows: 1, 0, or -1. */
static int berisi(struct store *s, const char *tabel, struct galat *g)
{
	char sql[128];
	snprintf(sql, sizeof(sql), "SELECT 1 FROM %s LIMIT 1", tabel);
	struct store_st *st;
	if (s->o->siapkan(s->d, sql, &st))
		return store_galat(s, g, tabel);
	int r = s->o->langkah(st);
	s->o->lepas(st);
	return r < 0 ? store_galat(s, g, tabel) : r;
}

/* A blob column as bytea's text input ("\\x" and hex digits) in b, for a COPY. */
static const char *blob_hex(struct buf *b, struct store *src, struct store_st *st, int c)
{
	static const char hex[] = "0123456789abcdef";
	size_t n;
	const unsigned char *p = src->o->kol_blob(st, c, &n);
	buf_reset(b);
	buf_puts(b, "\\x");
	for (size_t i = 0; i < n; i++) {
		buf_putc(b, hex[p[i] >> 4]);
		buf_putc(b, hex[p[i] & 15]);
	}
	return b->data;
}

/* Copies the rows of one table in insertion order. */
static int salin_tabel(struct store *src, struct store *dst, const char *tabel, long *jumlah,
		       struct galat *g)
{
	char sql[160];
	snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY rowid", tabel);
	struct store_st *st = NULL, *ins = NULL;
	struct buf q = BUF_INIT, daftar = BUF_INIT;
	int rc = -1, r;
	int kol[64], nkol = 0;
	char angka[64][40];
	const char *teks[64];
	struct buf blob[64]; /* a row's blobs: hex for a COPY, else bytes (a driver keeps one) */
	for (int i = 0; i < 64; i++)
		blob[i] = (struct buf)BUF_INIT;
	if (src->o->siapkan(src->d, sql, &st)) {
		store_galat(src, g, tabel);
		goto out;
	}
	while ((r = src->o->langkah(st)) == 1) {
		if (!ins) {
			/* PostgreSQL's tables carry the rowid that keeps the order; it is not data. */
			buf_printf(&q, "INSERT INTO %s(", tabel);
			int n = src->o->kol_n(st);
			for (int c = 0; c < n && nkol < 64; c++) {
				if (strcmp(src->o->kol_nama(st, c), "rowid") == 0)
					continue;
				buf_printf(&daftar, "%s%s", nkol ? ", " : "", src->o->kol_nama(st, c));
				kol[nkol++] = c;
			}
			buf_printf(&q, "%s) VALUES (", daftar.data);
			for (int c = 0; c < nkol; c++)
				buf_printf(&q, "%s?%d", c ? ", " : "", c + 1);
			buf_puts(&q, ")");
			if (dst->o->siapkan(dst->d, q.data, &ins)) {
				store_galat(dst, g, tabel);
				goto out;
			}
		}
		if (dst->o->salur && dst->o->salur_salin) { /* in bulk, as text (COPY) */
			for (int i = 0; i < nkol; i++) {
				int c = kol[i];
				enum store_jenis j = src->o->kol_jenis(st, c);
				teks[i] = angka[i];
				if (j == SJ_NULL)
					teks[i] = NULL;
				else if (j == SJ_INT)
					snprintf(angka[i], sizeof(angka[i]), "%lld",
						 (long long)src->o->kol_int(st, c));
				else if (j == SJ_REAL)
					snprintf(angka[i], sizeof(angka[i]), "%.17g",
						 src->o->kol_real(st, c));
				else if (j == SJ_BLOB)
					teks[i] = blob_hex(&blob[i], src, st, c);
				else
					teks[i] = src->o->kol_teks(st, c);
			}
			if (dst->o->salur(dst->d, tabel, daftar.data, nkol, teks)) {
				store_galat(dst, g, tabel);
				goto out;
			}
			(*jumlah)++;
			continue;
		}
		for (int i = 0; i < nkol; i++) {
			int c = kol[i];
			switch (src->o->kol_jenis(st, c)) {
			case SJ_NULL:
				dst->o->ikat_teks(ins, i + 1, NULL);
				break;
			case SJ_INT:
				dst->o->ikat_int(ins, i + 1, src->o->kol_int(st, c));
				break;
			case SJ_REAL:
				dst->o->ikat_real(ins, i + 1, src->o->kol_real(st, c));
				break;
			case SJ_TEKS:
				dst->o->ikat_teks(ins, i + 1, src->o->kol_teks(st, c));
				break;
			case SJ_BLOB: {
				size_t n;
				const void *p = src->o->kol_blob(st, c, &n);
				buf_reset(&blob[i]);
				buf_append(&blob[i], p, n);
				dst->o->ikat_blob(ins, i + 1, blob[i].data, n);
				break;
			}
			}
		}
		if (dst->o->kirim(ins)) {
			store_galat(dst, g, tabel);
			goto out;
		}
		(*jumlah)++;
	}
	if (r < 0) {
		store_galat(src, g, tabel);
		goto out;
	}
	if (dst->o->sinkron(dst->d) || dst->o->id_lanjut(dst->d, tabel)) {
		store_galat(dst, g, tabel);
		goto out;
	}
	rc = 0;
out:
	if (st)
		src->o->lepas(st);
	if (ins)
		dst->o->lepas(ins);
	buf_release(&q);
	buf_release(&daftar);
	for (int i = 0; i < 64; i++)
		buf_release(&blob[i]);
	return rc;
}

/* Moves table nama to right after table setelah, when both are listed and it comes later. */
static void urut_setelah(struct daftar_tabel *t, const char *nama, const char *setelah)
{
	int i = 0, j = 0;
	while (i < t->n && strcmp(t->nama[i], nama) != 0)
		i++;
	while (j < t->n && strcmp(t->nama[j], setelah) != 0)
		j++;
	if (i == t->n || j == t->n || i <= j + 1)
		return; /* not listed, or already where it should be (or before: keep the order) */
	char r[sizeof(t->nama[0])];
	memcpy(r, t->nama[i], sizeof(r));
	memmove(&t->nama[j + 2], &t->nama[j + 1], sizeof(t->nama[0]) * (size_t)(i - j - 1));
	memcpy(t->nama[j + 1], r, sizeof(r));
}

int store_salin(struct store *src, struct store *dst, int sesi, struct galat *g)
{
	struct daftar_tabel t = {.n = 0};
	if (src->versi != dst->versi)
		return galat_set(g, "skema sumber (%d) dan tujuan (%d) berbeda", src->versi,
				 dst->versi);
	if (src->o->tabel_daftar(src->d, tabel_catat, &t))
		return store_galat(src, g, "daftar tabel");
	/*
	 * SQLite lists a table rebuilt by a migration (rencana: 0010; rencana and
	 * indikator: 0068) last; its rows must come before the rows that refer to
	 * it: rencana right after pemda, indikator right after rencana.
	 */
	urut_setelah(&t, "rencana", "pemda");
	urut_setelah(&t, "indikator", "rencana");
	for (int i = 0; i < t.n; i++) {
		int r = berisi(dst, t.nama[i], g);
		if (r < 0)
			return -1;
		if (r) {
			g->pengguna = 1;
			return galat_set(g, "basis data tujuan '%s' tidak kosong (tabel %s berisi)",
					 dst->d->nama, t.nama[i]);
		}
	}
	if (src->o->mulai(src->d, 1))
		return store_galat(src, g, "memulai transaksi baca");
	if (dst->o->mulai(dst->d, 0)) {
		store_galat(dst, g, "memulai transaksi");
		int r = src->o->selesai(src->d, 0);
		(void)r; /* a read-only transaction: ending it cannot lose anything */
		return -1;
	}
	long jumlah = 0;
	int rc = 0;
	for (int i = 0; i < t.n && rc == 0; i++)
		if (sesi || strcmp(t.nama[i], "sesi") != 0)
			rc = salin_tabel(src, dst, t.nama[i], &jumlah, g);
	int akhir = src->o->selesai(src->d, 0);
	(void)akhir; /* a read-only transaction: ending it cannot lose anything */
	if (rc == 0 && dst->o->selesai(dst->d, 1))
		rc = store_galat(dst, g, "menyimpan");
	if (rc && dst->o->selesai(dst->d, 0))
		return -1; /* the copy's own error (already in g) is the one to report */
	return rc;
}

int store_cadang(struct store *s, const char *path, struct galat *g)
{
	struct stat sb;
	if (store_pg(path)) {
		g->pengguna = 1;
		return galat_set(g, "cadangan ditulis ke berkas SQLite, bukan '%s'", path);
	}
	if (stat(path, &sb) == 0) {
		g->pengguna = 1;
		return galat_set(g, "berkas '%s' sudah ada; cadangan hanya ditulis ke berkas baru",
				 path);
	}
	if (strcmp(s->o->nama, "SQLite") == 0) /* its own consistent copy of one snapshot */
		return store_drv_sqlite_cadang(s->d, path) ? store_galat(s, g, "cadangan") : 0;
	struct store *dst;
	if (store_open(path, STORE_BUAT, &dst, g))
		return -1;
	int rc = store_salin(s, dst, 1, g);
	store_close(dst);
	if (rc)
		unlink(path);
	return rc;
}
