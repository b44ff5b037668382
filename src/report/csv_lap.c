/*
 * The LKjIP's main tables (those with a sheet name) as CSV: Indonesian
 * numbers as displayed ("72,47", "1.384.644.172.872"), ';' as delimiter
 * (what Indonesian Excel expects), UTF-8 with BOM. One file with each table
 * after a title row and a blank line between tables, or, when the path ends
 * in '/', a folder with one file per table named after its sheet.
 * Text cells that a spreadsheet would run as a formula (starting with
 * = + - @ TAB or CR) get a leading ' as OWASP recommends; numbers and
 * ranges (-19,51; 3-5) stay as they are.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/nilai.h"
#include "../io/csv.h"
#include "laporan.h"

/* Whether a spreadsheet would take text s as a formula (CSV injection). */
static int seperti_rumus(const char *s)
{
	if (!strchr("=+-@\t\r", s[0]) || !s[0])
		return 0;
	/* Numbers, ranges and the "no data" dash are values, not formulas. */
	struct arena a;
	arena_init(&a);
	struct nilai v;
	enum angka_hasil h = nilai_parse(s, GAYA_ID, NULL, 0, &a, &v, NULL);
	arena_release(&a);
	return h != ANGKA_OK && h != ANGKA_KOSONG;
}

void laporan_csv_teks(struct buf *b, const char *teks, char pemisah)
{
	if (!seperti_rumus(teks)) {
		csv_tulis_sel(b, teks, pemisah);
		return;
	}
	struct buf x = BUF_INIT;
	buf_putc(&x, '\'');
	buf_puts(&x, teks);
	csv_tulis_sel(b, x.data, pemisah);
	buf_release(&x);
}

/* Appends one cell, neutralised when it would run as a formula. */
static void sel_csv(struct buf *b, const struct dok_sel *c)
{
	if (c->ada)
		csv_tulis_sel(b, c->teks, ';');
	else
		laporan_csv_teks(b, c->teks, ';');
}

static void tabel_csv(struct buf *b, const struct dok_tabel *t, int judul)
{
	if (judul) {
		struct buf j = BUF_INIT;
		buf_printf(&j, "%s%s%s", t->nomor ? t->nomor : "", t->nomor ? " " : "", t->judul);
		struct dok_sel judul_sel = {.teks = j.data};
		sel_csv(b, &judul_sel);
		buf_puts(b, "\r\n");
		buf_release(&j);
	}
	for (int i = 0; i < t->n_baris; i++) {
		for (int k = 0; k < t->n_kolom; k++) {
			if (k)
				buf_putc(b, ';');
			const struct dok_sel *c = &t->baris[i][k];
			if (c->gabung > 0)
				sel_csv(b, c);
		}
		buf_puts(b, "\r\n");
	}
}

static int simpan(const char *path, const struct buf *b, struct galat *g)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return galat_set(g, "tidak dapat menulis %s: %s", path, strerror(errno));
	fputs("\xef\xbb\xbf", f);
	int rc = fwrite(b->data ? b->data : "", 1, b->len, f) == b->len ? 0 : -1;
	if (fclose(f) || rc)
		return galat_set(g, "gagal menulis %s: %s", path, strerror(errno));
	return 0;
}

/* "Anggaran Sasaran" -> "anggaran-sasaran" */
static void nama_berkas(const char *lembar, char *out, size_t n)
{
	size_t o = 0;
	for (const char *s = lembar; *s && o + 1 < n; s++) {
		unsigned char ch = (unsigned char)*s;
		out[o++] = isalnum(ch) ? (char)tolower(ch) : '-';
	}
	out[o] = '\0';
}

int laporan_csv(const struct dokumen *d, const char *path, struct galat *g)
{
	size_t n = strlen(path);
	int folder = n > 0 && path[n - 1] == '/';
	if (folder && mkdir(path, 0777) && errno != EEXIST)
		return galat_set(g, "tidak dapat membuat folder %s: %s", path, strerror(errno));
	struct buf b = BUF_INIT;
	int rc = 0, pertama = 1;
	for (int i = 0; i < d->n_blok && rc == 0; i++) {
		const struct dok_blok *k = &d->blok[i];
		if (k->jenis != DOK_TABEL || !k->tabel->lembar)
			continue;
		if (folder) {
			char nama[128], full[4096];
			buf_reset(&b);
			tabel_csv(&b, k->tabel, 0);
			nama_berkas(k->tabel->lembar, nama, sizeof(nama));
			snprintf(full, sizeof(full), "%s%s.csv", path, nama);
			rc = simpan(full, &b, g);
		} else {
			if (!pertama)
				buf_puts(&b, "\r\n");
			pertama = 0;
			tabel_csv(&b, k->tabel, 1);
		}
	}
	if (!folder && rc == 0)
		rc = simpan(path, &b, g);
	buf_release(&b);
	return rc;
}
