/*
 * The LKjIP's main tables as an XLSX workbook (libxlsxwriter), one sheet per
 * table: numbers stored as numbers with display formats ("#,##0.00", shown
 * with the reader's separators, so 72,47 in an Indonesian Excel), capaian,
 * serapan and efisiensi written as formulas over the row's cells with the
 * engine's value as the cached result, so an auditor can trace them. Helper
 * columns (lo and hi of range targets) follow a table's own columns; a cell's
 * catatan becomes a comment, saying why a figure is a value and not a formula.
 */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "../core/warna.h"
#include "laporan.h"

struct gaya_sel {
	lxw_format *judul, *kepala, *teks, *tebal, *grup, *angka[5], *angka_tebal[5], *rp,
		*rp_tebal, *predikat[WARNA_N_KELAS];
};

static lxw_format *format_baru(lxw_workbook *wb, const char *num, int tebal, int garis)
{
	lxw_format *f = workbook_add_format(wb);
	if (num)
		format_set_num_format(f, num);
	if (tebal)
		format_set_bold(f);
	if (garis)
		format_set_border(f, LXW_BORDER_THIN);
	format_set_text_wrap(f);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	return f;
}

static void gaya_siapkan(lxw_workbook *wb, struct gaya_sel *g)
{
	static const char *const num[] = {"#,##0", "#,##0.0", "#,##0.00", "#,##0.000",
					  "#,##0.0000"};
	g->judul = workbook_add_format(wb);
	format_set_bold(g->judul);
	format_set_font_size(g->judul, 12);
	g->kepala = format_baru(wb, NULL, 1, 1);
	format_set_bg_color(g->kepala, 0xDBE5F1);
	format_set_align(g->kepala, LXW_ALIGN_CENTER);
	g->teks = format_baru(wb, NULL, 0, 1);
	g->tebal = format_baru(wb, NULL, 1, 1);
	g->grup = format_baru(wb, NULL, 1, 1);
	format_set_bg_color(g->grup, 0xF1F4F8);
	for (int i = 0; i < 5; i++) {
		g->angka[i] = format_baru(wb, num[i], 0, 1);
		g->angka_tebal[i] = format_baru(wb, num[i], 1, 1);
	}
	g->rp = format_baru(wb, "#,##0", 0, 1);
	g->rp_tebal = format_baru(wb, "#,##0", 1, 1);
	for (int k = 0; k < WARNA_N_KELAS; k++) {
		g->predikat[k] = format_baru(wb, NULL, 0, 1);
		format_set_bg_color(g->predikat[k], warna_rgb(warna_predikat(k)->latar));
		format_set_font_color(g->predikat[k], warna_rgb(warna_predikat(k)->teks));
	}
}

/* The formula with '#' replaced by the row number, into b. */
static void rumus_baris(const char *r, int baris, struct buf *b)
{
	buf_reset(b);
	for (; *r; r++) {
		if (*r == '#')
			buf_printf(b, "%d", baris);
		else
			buf_putc(b, *r);
	}
}

static void sel_tulis(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const struct dok_sel *c,
		      int kepala, struct gaya_sel *g, struct buf *rm)
{
	if (kepala) {
		worksheet_write_string(ws, row, col, c->teks, g->kepala);
	} else if (c->predikat) {
		int k = c->predikat - 1 < WARNA_N_KELAS ? c->predikat - 1 : WARNA_N_KELAS - 1;
		worksheet_write_string(ws, row, col, c->teks, g->predikat[k]);
	} else if (c->jenis == SEL_TEKS || !c->ada) {
		worksheet_write_string(ws, row, col, c->teks, c->tebal ? g->tebal : g->teks);
	} else {
		int d = c->desimal < 0 ? 0 : c->desimal > 4 ? 4 : c->desimal;
		lxw_format *f = c->jenis == SEL_RP ? (c->tebal ? g->rp_tebal : g->rp)
						   : (c->tebal ? g->angka_tebal[d] : g->angka[d]);
		if (c->rumus) {
			rumus_baris(c->rumus, (int)row + 1, rm);
			worksheet_write_formula_num(ws, row, col, rm->data, f, c->nilai);
		} else {
			worksheet_write_number(ws, row, col, c->nilai, f);
		}
	}
	if (c->catatan)
		worksheet_write_comment(ws, row, col, c->catatan);
}

static void lembar_tulis(lxw_workbook *wb, const struct dok_tabel *t, const char *nama,
			 struct gaya_sel *g)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, nama);
	char judul[512];
	struct buf rm = BUF_INIT;
	int n_kolom = t->n_kolom + t->n_bantu;
	snprintf(judul, sizeof(judul), "%s%s%s", t->nomor ? t->nomor : "", t->nomor ? " " : "",
		 t->judul);
	worksheet_write_string(ws, 0, 0, judul, g->judul);
	for (int j = 0; j < n_kolom; j++)
		worksheet_set_column(ws, (lxw_col_t)j, (lxw_col_t)j,
				     (j < t->n_kolom ? t->lebar[j] : 1.3) * 9, NULL);
	worksheet_freeze_panes(ws, (lxw_row_t)(1 + t->n_kepala), 0);
	worksheet_repeat_rows(ws, 1, (lxw_row_t)t->n_kepala);
	for (int i = 0; i < t->n_baris; i++) {
		lxw_row_t row = (lxw_row_t)(i + DOK_BARIS_XLSX - 1);
		const struct dok_sel *r = t->baris[i];
		for (int j = 0; j < n_kolom; j++) {
			const struct dok_sel *c = &r[j];
			lxw_col_t col = (lxw_col_t)j;
			if (c->gabung == 0)
				continue;
			if (c->gabung > 1)
				worksheet_merge_range(ws, row, col, row,
						      (lxw_col_t)(j + c->gabung - 1), c->teks,
						      g->grup);
			else
				sel_tulis(ws, row, col, c, i < t->n_kepala, g, &rm);
		}
	}
	buf_release(&rm);
}

int laporan_xlsx(const struct dokumen *d, const char *path, struct galat *g)
{
	lxw_workbook *wb = workbook_new(path);
	if (!wb)
		return galat_set(g, "tidak dapat membuat %s", path);
	struct gaya_sel gs;
	gaya_siapkan(wb, &gs);
	char judul[256], pembuat[] = "kinerja";
	snprintf(judul, sizeof(judul), "%s", d->judul);
	lxw_doc_properties prop = {.title = judul, .author = pembuat};
	workbook_set_properties(wb, &prop);
	for (int i = 0; i < d->n_blok; i++) {
		const struct dok_blok *k = &d->blok[i];
		if (k->jenis != DOK_TABEL || !k->tabel->lembar)
			continue;
		char nama[32];
		snprintf(nama, sizeof(nama), "%.31s", k->tabel->lembar);
		/* sheet names must be unique: "Anggaran Sasaran (2)" */
		for (int n = 2; workbook_get_worksheet_by_name(wb, nama); n++) {
			char ek[16];
			snprintf(ek, sizeof(ek), " (%d)", n % 1000);
			snprintf(nama, sizeof(nama), "%.*s%s", (int)(31 - strlen(ek)),
				 k->tabel->lembar, ek);
		}
		lembar_tulis(wb, k->tabel, nama, &gs);
	}
	lxw_error e = workbook_close(wb);
	if (e != LXW_NO_ERROR)
		return galat_set(g, "gagal menulis %s: %s", path, lxw_strerror(e));
	return 0;
}
