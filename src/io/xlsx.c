/* XLSX reader and template writer; see xlsx.h. */
#include "xlsx.h"

#include <expat.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "../core/angka.h"

#define MAKS_BAGIAN (256u << 20) /* an uncompressed part larger than this is refused */
#define MAKS_KOLOM 16384
#define MAKS_BARIS 1048576

/* ---- zip parts ---- */

/* A part of the archive, NUL-terminated; NULL when absent, or too large (*n = BAGIAN_BESAR). */
#define BAGIAN_BESAR ((size_t)-1)
static char *bagian(zip_t *z, const char *nama, size_t *n)
{
	zip_stat_t st;
	zip_stat_init(&st);
	*n = 0;
	if (zip_stat(z, nama, 0, &st) || !(st.valid & ZIP_STAT_SIZE))
		return NULL;
	if (st.size > MAKS_BAGIAN) {
		*n = BAGIAN_BESAR;
		return NULL;
	}
	zip_file_t *f = zip_fopen(z, nama, 0);
	if (!f)
		return NULL;
	char *isi = xmalloc((size_t)st.size + 1);
	zip_int64_t r = zip_fread(f, isi, st.size);
	zip_fclose(f);
	if (r < 0 || (zip_uint64_t)r != st.size) {
		free(isi);
		return NULL;
	}
	isi[st.size] = '\0';
	*n = (size_t)st.size;
	return isi;
}

/* Element name without its namespace prefix ("x:sheet" -> "sheet"). */
static const char *lokal(const char *nama)
{
	const char *c = strrchr(nama, ':');
	return c ? c + 1 : nama;
}

static const char *atribut(const char **attr, const char *nama)
{
	for (int i = 0; attr[i]; i += 2)
		if (strcmp(lokal(attr[i]), nama) == 0)
			return attr[i + 1];
	return NULL;
}

/*
 * Parses one XML part; on failure says why in pesan (may be NULL): invalid
 * UTF-8 and control characters are "not well-formed" to expat.
 */
static int urai_pesan(const char *isi, size_t n, void *ud, XML_StartElementHandler mulai,
		      XML_EndElementHandler akhir, XML_CharacterDataHandler teks, char *pesan,
		      size_t npesan)
{
	XML_Parser p = XML_ParserCreate("UTF-8");
	if (!p)
		return -1;
	XML_SetUserData(p, ud);
	XML_SetElementHandler(p, mulai, akhir);
	if (teks)
		XML_SetCharacterDataHandler(p, teks);
	int rc = XML_Parse(p, isi, (int)n, 1) == XML_STATUS_OK ? 0 : -1;
	if (rc && pesan) {
		enum XML_Error e = XML_GetErrorCode(p);
		if (e == XML_ERROR_INVALID_TOKEN || e == XML_ERROR_BAD_CHAR_REF ||
		    e == XML_ERROR_PARTIAL_CHAR)
			snprintf(pesan, npesan, "teks berisi byte yang bukan UTF-8 atau karakter "
						"kendali (XML baris %lu)",
				 (unsigned long)XML_GetCurrentLineNumber(p));
		else
			snprintf(pesan, npesan, "XML tidak sah: %s (XML baris %lu)",
				 XML_ErrorString(e), (unsigned long)XML_GetCurrentLineNumber(p));
	}
	XML_ParserFree(p);
	return rc;
}

static int urai(const char *isi, size_t n, void *ud, XML_StartElementHandler mulai,
		XML_EndElementHandler akhir, XML_CharacterDataHandler teks)
{
	return urai_pesan(isi, n, ud, mulai, akhir, teks, NULL, 0);
}

/* ---- workbook.xml and its relationships ---- */

struct daftar {
	int n, cap;
	char **a, **b; /* pairs: (name, rid) or (id, target) */
};

static void daftar_tambah(struct daftar *d, const char *a, const char *b)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->a = xrealloc(d->a, (size_t)d->cap * sizeof(char *));
		d->b = xrealloc(d->b, (size_t)d->cap * sizeof(char *));
	}
	d->a[d->n] = xstrdup(a);
	d->b[d->n] = xstrdup(b);
	d->n++;
}

static void daftar_lepas(struct daftar *d)
{
	for (int i = 0; i < d->n; i++) {
		free(d->a[i]);
		free(d->b[i]);
	}
	free(d->a);
	free(d->b);
}

static void XMLCALL buku_mulai(void *ud, const char *el, const char **attr)
{
	if (strcmp(lokal(el), "sheet") != 0)
		return;
	const char *nama = atribut(attr, "name"), *id = atribut(attr, "id");
	if (nama && id)
		daftar_tambah(ud, nama, id);
}

static void XMLCALL rels_mulai(void *ud, const char *el, const char **attr)
{
	if (strcmp(lokal(el), "Relationship") != 0)
		return;
	const char *id = atribut(attr, "Id"), *target = atribut(attr, "Target");
	if (id && target)
		daftar_tambah(ud, id, target);
}

static void XMLCALL abaikan_akhir(void *ud, const char *el)
{
	(void)ud;
	(void)el;
}

/* ---- sharedStrings.xml ---- */

struct sst {
	int n, cap;
	char **s;
	struct buf kini;
	int dalam_si, dalam_t, dalam_rph;
};

static void XMLCALL sst_mulai(void *ud, const char *el, const char **attr)
{
	struct sst *s = ud;
	(void)attr;
	const char *l = lokal(el);
	if (strcmp(l, "si") == 0) {
		s->dalam_si = 1;
		buf_reset(&s->kini);
	} else if (strcmp(l, "t") == 0 && s->dalam_si && !s->dalam_rph) {
		s->dalam_t = 1;
	} else if (strcmp(l, "rPh") == 0) {
		s->dalam_rph = 1;
	}
}

static void XMLCALL sst_akhir(void *ud, const char *el)
{
	struct sst *s = ud;
	const char *l = lokal(el);
	if (strcmp(l, "t") == 0) {
		s->dalam_t = 0;
	} else if (strcmp(l, "rPh") == 0) {
		s->dalam_rph = 0;
	} else if (strcmp(l, "si") == 0) {
		if (s->n == s->cap) {
			s->cap = s->cap ? 2 * s->cap : 256;
			s->s = xrealloc(s->s, (size_t)s->cap * sizeof(char *));
		}
		s->s[s->n++] = xstrdup(s->kini.data ? s->kini.data : "");
		s->dalam_si = 0;
	}
}

static void XMLCALL sst_teks(void *ud, const char *t, int n)
{
	struct sst *s = ud;
	if (s->dalam_t)
		buf_append(&s->kini, t, (size_t)n);
}

/* ---- styles.xml: which cell styles are dates ---- */

/* What a cell style shows a number as: as it is, a date, or a percentage (x 100 with "%"). */
enum tampil { TAMPIL_ANGKA, TAMPIL_TANGGAL, TAMPIL_PERSEN };

struct gaya {
	int n_fmt, cap_fmt;
	int *fmt_id;
	int *fmt_tampil;
	int n_xf, cap_xf;
	int *xf_tampil;
	int dalam_xfs;
};

/* A format code's kind: a date letter or a "%" outside quotes, brackets and escapes. */
static int kode_tampil(const char *kode)
{
	int kutip = 0, kurung = 0, persen = 0;
	for (const char *c = kode; *c; c++) {
		if (*c == '"')
			kutip = !kutip;
		else if (*c == '[')
			kurung = 1;
		else if (*c == ']')
			kurung = 0;
		else if (*c == '\\')
			c += c[1] ? 1 : 0;
		else if (!kutip && !kurung && strchr("dDmMyY", *c))
			return TAMPIL_TANGGAL;
		else if (!kutip && !kurung && *c == '%')
			persen = 1;
	}
	return persen ? TAMPIL_PERSEN : TAMPIL_ANGKA;
}

static int id_tampil(const struct gaya *g, int id)
{
	if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
		return TAMPIL_TANGGAL;
	if (id == 9 || id == 10) /* the built-in "0%" and "0.00%" */
		return TAMPIL_PERSEN;
	for (int i = 0; i < g->n_fmt; i++)
		if (g->fmt_id[i] == id)
			return g->fmt_tampil[i];
	return TAMPIL_ANGKA;
}

static void XMLCALL gaya_mulai(void *ud, const char *el, const char **attr)
{
	struct gaya *g = ud;
	const char *l = lokal(el);
	if (strcmp(l, "numFmt") == 0) {
		const char *id = atribut(attr, "numFmtId"), *kode = atribut(attr, "formatCode");
		if (!id || !kode)
			return;
		if (g->n_fmt == g->cap_fmt) {
			g->cap_fmt = g->cap_fmt ? 2 * g->cap_fmt : 16;
			g->fmt_id = xrealloc(g->fmt_id, (size_t)g->cap_fmt * sizeof(int));
			g->fmt_tampil = xrealloc(g->fmt_tampil, (size_t)g->cap_fmt * sizeof(int));
		}
		g->fmt_id[g->n_fmt] = atoi(id);
		g->fmt_tampil[g->n_fmt] = kode_tampil(kode);
		g->n_fmt++;
	} else if (strcmp(l, "cellXfs") == 0) {
		g->dalam_xfs = 1;
	} else if (strcmp(l, "xf") == 0 && g->dalam_xfs) {
		const char *id = atribut(attr, "numFmtId");
		if (g->n_xf == g->cap_xf) {
			g->cap_xf = g->cap_xf ? 2 * g->cap_xf : 16;
			g->xf_tampil = xrealloc(g->xf_tampil, (size_t)g->cap_xf * sizeof(int));
		}
		g->xf_tampil[g->n_xf++] = id ? id_tampil(g, atoi(id)) : TAMPIL_ANGKA;
	}
}

static void XMLCALL gaya_akhir(void *ud, const char *el)
{
	struct gaya *g = ud;
	if (strcmp(lokal(el), "cellXfs") == 0)
		g->dalam_xfs = 0;
}

/* ---- a worksheet ---- */

struct lembar_baca {
	const struct sst *sst;
	const struct gaya *gaya;
	struct buf csv;      /* the sheet as CSV text, one line per sheet row */
	long baris_tulis;    /* sheet rows written so far */
	long baris;          /* current row (1-based) */
	int kolom;           /* next column (0-based) in the current row */
	int kolom_tulis;     /* cells written in the current row */
	int di_baris;
	/* the current cell */
	int di_sel, di_v, di_is_t;
	char jenis[16];
	int gaya_sel;
	int kol_sel;
	struct buf nilai;
	int galat;
};

/* Column of a reference "AB12" (0-based), -1 when it has no letters. */
static int kolom_ref(const char *r)
{
	int k = 0, ada = 0;
	for (; *r >= 'A' && *r <= 'Z'; r++) {
		k = k * 26 + (*r - 'A' + 1);
		ada = 1;
		if (k > MAKS_KOLOM)
			return -1;
	}
	return ada ? k - 1 : -1;
}

static void baris_ke(struct lembar_baca *l, long r)
{
	/* empty lines for absent rows, so that line N of the CSV is row N of the sheet */
	while (l->baris_tulis < r - 1) {
		buf_puts(&l->csv, "\n");
		l->baris_tulis++;
	}
}

static void tanggal(double serial, char *out, size_t n)
{
	/* Excel's 1900 system: serial 25569 is 1970-01-01 */
	long hari = (long)floor(serial) - 25569;
	long z = hari + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(out, n, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
}

static void sel_selesai(struct lembar_baca *l)
{
	const char *v = l->nilai.data ? l->nilai.data : "";
	char tmp[64];
	const char *teks = v;
	if (strcmp(l->jenis, "s") == 0) {
		char *akhir;
		long i = strtol(v, &akhir, 10);
		teks = (akhir != v && i >= 0 && i < l->sst->n) ? l->sst->s[i] : "";
	} else if (strcmp(l->jenis, "b") == 0) {
		teks = strcmp(v, "1") == 0 ? "1" : "0";
	} else if (strcmp(l->jenis, "d") == 0) {
		snprintf(tmp, sizeof(tmp), "%.10s", v);
		teks = tmp;
	} else if (strcmp(l->jenis, "n") == 0 && *v) {
		char *akhir;
		double d = strtod(v, &akhir);
		if (akhir != v && isfinite(d)) {
			int tampil = l->gaya_sel >= 0 && l->gaya_sel < l->gaya->n_xf
					 ? l->gaya->xf_tampil[l->gaya_sel]
					 : TAMPIL_ANGKA;
			if (tampil == TAMPIL_TANGGAL && d >= 1 && d < 2958466) {
				tanggal(d, tmp, sizeof(tmp));
			} else if (tampil == TAMPIL_PERSEN) {
				/*
				 * As Excel shows it: 0.729 is "72,9%", which the importer refuses
				 * with its hint, as in a CSV file; read as 0,729 it would measure
				 * a capaian of 1 % against a target of 72 without a word.
				 */
				angka_format_kanonik(angka_bulat(d * 100, 9), tmp, sizeof(tmp) - 1);
				strcat(tmp, "%");
			} else {
				angka_format_kanonik(d, tmp, sizeof(tmp));
			}
			teks = tmp;
		}
	}
	int k = l->kol_sel >= 0 ? l->kol_sel : l->kolom;
	if (k < l->kolom_tulis)
		k = l->kolom_tulis; /* out of order: keep going to the right */
	if (*teks) {
		while (l->kolom_tulis < k) {
			if (l->kolom_tulis > 0)
				buf_putc(&l->csv, ',');
			l->kolom_tulis++;
		}
		if (k > 0)
			buf_putc(&l->csv, ',');
		csv_tulis_sel(&l->csv, teks, ',');
		l->kolom_tulis = k + 1;
	}
	l->kolom = k + 1;
}

static void XMLCALL lembar_mulai(void *ud, const char *el, const char **attr)
{
	struct lembar_baca *l = ud;
	const char *n = lokal(el);
	if (strcmp(n, "row") == 0) {
		const char *r = atribut(attr, "r");
		long nomor = r ? atol(r) : l->baris + 1;
		if (nomor <= l->baris || nomor > MAKS_BARIS) {
			l->galat = 1;
			nomor = l->baris + 1;
		}
		l->baris = nomor;
		baris_ke(l, nomor);
		l->di_baris = 1;
		l->kolom = 0;
		l->kolom_tulis = 0;
	} else if (strcmp(n, "c") == 0 && l->di_baris) {
		const char *r = atribut(attr, "r"), *t = atribut(attr, "t"), *s = atribut(attr, "s");
		l->di_sel = 1;
		snprintf(l->jenis, sizeof(l->jenis), "%s", t ? t : "n");
		l->gaya_sel = s ? atoi(s) : -1;
		l->kol_sel = r ? kolom_ref(r) : -1;
		buf_reset(&l->nilai);
	} else if (l->di_sel && strcmp(n, "v") == 0) {
		l->di_v = 1;
	} else if (l->di_sel && strcmp(n, "t") == 0) {
		l->di_is_t = 1;
	}
}

static void XMLCALL lembar_akhir(void *ud, const char *el)
{
	struct lembar_baca *l = ud;
	const char *n = lokal(el);
	if (strcmp(n, "v") == 0) {
		l->di_v = 0;
	} else if (strcmp(n, "t") == 0) {
		l->di_is_t = 0;
	} else if (strcmp(n, "c") == 0 && l->di_sel) {
		sel_selesai(l);
		l->di_sel = 0;
	} else if (strcmp(n, "row") == 0 && l->di_baris) {
		buf_puts(&l->csv, "\n");
		l->baris_tulis = l->baris;
		l->di_baris = 0;
	}
}

static void XMLCALL lembar_teks(void *ud, const char *t, int n)
{
	struct lembar_baca *l = ud;
	if (l->di_v || (l->di_is_t && strcmp(l->jenis, "inlineStr") == 0))
		buf_append(&l->nilai, t, (size_t)n);
}

/* "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" -> the part's name in the zip. */
static void nama_bagian(const char *target, char *out, size_t n)
{
	if (target[0] == '/')
		snprintf(out, n, "%s", target + 1);
	else
		snprintf(out, n, "xl/%s", target);
}

int xlsx_baca(const void *data, size_t n, const char *berkas, struct xlsx_buku *b,
	      struct galat *g)
{
	memset(b, 0, sizeof(*b));
	int rc = -1;
	zip_error_t ze;
	zip_error_init(&ze);
	zip_t *z = NULL;
	struct daftar lembar = {0}, rels = {0};
	struct sst sst = {0};
	struct gaya gaya = {0};
	char *isi = NULL;
	size_t len = 0;
	g->pengguna = 1;
	zip_source_t *src = zip_source_buffer_create(data, n, 0, &ze);
	if (!src) {
		galat_set(g, "%s: tidak dapat dibaca sebagai .xlsx", berkas);
		goto out;
	}
	z = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!z) {
		zip_source_free(src);
		galat_set(g, "%s: bukan berkas .xlsx (arsip zip rusak)", berkas);
		goto out;
	}
	isi = bagian(z, "xl/workbook.xml", &len);
	if (!isi || urai(isi, len, &lembar, buku_mulai, abaikan_akhir, NULL)) {
		galat_set(g, "%s: xl/workbook.xml tidak ada atau rusak", berkas);
		goto out;
	}
	free(isi);
	isi = bagian(z, "xl/_rels/workbook.xml.rels", &len);
	if (!isi || urai(isi, len, &rels, rels_mulai, abaikan_akhir, NULL)) {
		galat_set(g, "%s: xl/_rels/workbook.xml.rels tidak ada atau rusak", berkas);
		goto out;
	}
	free(isi);
	buf_init(&sst.kini);
	isi = bagian(z, "xl/sharedStrings.xml", &len);
	char pesan[200];
	if (!isi && len == BAGIAN_BESAR) {
		galat_set(g, "%s: xl/sharedStrings.xml terlalu besar (lebih dari %u MiB terurai)",
			  berkas, MAKS_BAGIAN >> 20);
		goto out;
	}
	if (isi && urai_pesan(isi, len, &sst, sst_mulai, sst_akhir, sst_teks, pesan,
			      sizeof(pesan))) {
		galat_set(g, "%s: xl/sharedStrings.xml rusak: %s", berkas, pesan);
		goto out;
	}
	free(isi);
	isi = bagian(z, "xl/styles.xml", &len);
	if (!isi && len == BAGIAN_BESAR) {
		galat_set(g, "%s: xl/styles.xml terlalu besar (lebih dari %u MiB terurai)", berkas,
			  MAKS_BAGIAN >> 20);
		goto out;
	}
	if (isi && urai(isi, len, &gaya, gaya_mulai, gaya_akhir, NULL)) {
		galat_set(g, "%s: xl/styles.xml rusak", berkas);
		goto out;
	}
	free(isi);
	isi = NULL;
	b->lembar = xcalloc((size_t)(lembar.n ? lembar.n : 1), sizeof(*b->lembar));
	for (int i = 0; i < lembar.n; i++) {
		const char *target = NULL;
		for (int k = 0; k < rels.n; k++)
			if (strcmp(rels.a[k], lembar.b[i]) == 0)
				target = rels.b[k];
		if (!target)
			continue;
		char part[1024];
		nama_bagian(target, part, sizeof(part));
		isi = bagian(z, part, &len);
		if (!isi && len == BAGIAN_BESAR) {
			galat_set(g, "%s: lembar '%s' terlalu besar (lebih dari %u MiB terurai)",
				  berkas, lembar.a[i], MAKS_BAGIAN >> 20);
			goto out;
		}
		if (!isi) {
			galat_set(g, "%s: lembar '%s' (%s) tidak dapat dibaca", berkas, lembar.a[i],
				  part);
			goto out;
		}
		struct lembar_baca lb = {0};
		lb.sst = &sst;
		lb.gaya = &gaya;
		int e = urai_pesan(isi, len, &lb, lembar_mulai, lembar_akhir, lembar_teks, pesan,
				   sizeof(pesan));
		free(isi);
		isi = NULL;
		if (e || lb.galat) {
			buf_release(&lb.csv);
			buf_release(&lb.nilai);
			if (e && lb.di_sel && lb.kol_sel >= 0) {
				/* Name the cell being read: row and column letters as Excel shows. */
				char tempat[300], kol[8];
				int k = lb.kol_sel, o = 0;
				char rev[8];
				do {
					rev[o++] = (char)('A' + k % 26);
					k = k / 26 - 1;
				} while (k >= 0 && o < 7);
				for (int j = 0; j < o; j++)
					kol[j] = rev[o - 1 - j];
				kol[o] = '\0';
				snprintf(tempat, sizeof(tempat), "%s:%s", berkas, lembar.a[i]);
				galat_di(g, tempat, lb.baris, kol, "%s", pesan);
			} else if (e) {
				galat_set(g, "%s: lembar '%s' rusak: %s", berkas, lembar.a[i], pesan);
			} else {
				galat_set(g, "%s: lembar '%s' rusak", berkas, lembar.a[i]);
			}
			goto out;
		}
		char nama[512];
		snprintf(nama, sizeof(nama), "%s:%s", berkas, lembar.a[i]);
		struct xlsx_lembar *x = &b->lembar[b->n];
		e = csv_baca(lb.csv.data ? lb.csv.data : "", lb.csv.len, nama, &x->t, g);
		buf_release(&lb.csv);
		buf_release(&lb.nilai);
		if (e)
			goto out;
		x->nama = xstrdup(lembar.a[i]);
		b->n++;
	}
	g->pengguna = 0;
	rc = 0;
out:
	free(isi);
	if (z)
		zip_discard(z);
	daftar_lepas(&lembar);
	daftar_lepas(&rels);
	for (int i = 0; i < sst.n; i++)
		free(sst.s[i]);
	free(sst.s);
	buf_release(&sst.kini);
	free(gaya.fmt_id);
	free(gaya.fmt_tampil);
	free(gaya.xf_tampil);
	return rc;
}

void xlsx_release(struct xlsx_buku *b)
{
	for (int i = 0; i < b->n; i++) {
		free(b->lembar[i].nama);
		csv_release(&b->lembar[i].t);
	}
	free(b->lembar);
	memset(b, 0, sizeof(*b));
}

/* ---- the template writer ---- */

/* The schema's column `kolom` of table `tabel`, NULL when the template has none. */
static const struct templat_kolom *kolom_skema(const char *tabel, const char *kolom)
{
	const struct templat_tabel *t = templat_cari(tabel);
	int k = t ? templat_kolom(t, kolom) : -1;
	return k >= 0 ? &t->kolom[k] : NULL;
}

/* Columns whose values are numbers in the workbook when they read back exactly. */
static int kolom_angka(const char *tabel, const char *kolom)
{
	const struct templat_kolom *tk = kolom_skema(tabel, kolom);
	if (!tk)
		return 0;
	switch (tk->jenis) {
	case TJ_TAHUN:
	case TJ_TRIWULAN:
	case TJ_ANGKA:
	case TJ_RUPIAH:
	case TJ_NILAI:
		return 1;
	case TJ_KODE:
	case TJ_TEKS:
	case TJ_PILIHAN:
	case TJ_CETAK: /* printed figures keep their decimals as printed */
	case TJ_WAKTU: /* a date-time stays text, never an Excel serial number */
		return 0;
	}
	return 0;
}

/*
 * A choice column (the schema's TJ_PILIHAN) gets Excel's in-cell list of its
 * words below the header, so a planner picks "turun" instead of typing it.
 * A warning, not a stop: the importer also accepts other capitalisations.
 * Returns 0, -1 when libxlsxwriter refuses.
 */
static int kolom_pilihan(lxw_worksheet *ws, const char *tabel, const char *kolom, lxw_col_t c)
{
	const struct templat_kolom *tk = kolom_skema(tabel, kolom);
	if (!tk || !tk->pilihan)
		return 0;
	/* libxlsxwriter takes `char **` and copies the words at once */
	char *kata[16], judul[] = "Pilihan", pesan[300];
	int n = 0, rc = 0;
	for (; tk->pilihan[n] && n < 15; n++)
		kata[n] = xstrdup(tk->pilihan[n]);
	kata[n] = NULL;
	char daftar[256];
	snprintf(pesan, sizeof(pesan), "Isi salah satu: %s",
		 templat_daftar_pilihan(tk, daftar, sizeof(daftar)));
	lxw_data_validation dv = {0};
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = kata;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
	dv.error_title = judul;
	dv.error_message = pesan;
	if (worksheet_data_validation_range(ws, 1, c, LXW_ROW_MAX - 1, c, &dv) != LXW_NO_ERROR)
		rc = -1;
	for (int i = 0; i < n; i++)
		free(kata[i]);
	return rc;
}

int xlsx_tulis_templat(const struct ekspor_hasil *h, const char *path, struct galat *g)
{
	lxw_workbook *wb = workbook_new(path);
	if (!wb)
		return galat_set(g, "tidak dapat membuat %s", path);
	lxw_format *kepala = workbook_add_format(wb);
	format_set_bold(kepala);
	int rc = 0;
	for (int i = 0; i < h->n && rc == 0; i++) {
		struct csv_tabel t;
		const char *isi = h->isi[i].data ? h->isi[i].data : "";
		if (csv_baca(isi, h->isi[i].len, h->nama[i], &t, g)) {
			rc = -1;
			break;
		}
		lxw_worksheet *ws = workbook_add_worksheet(wb, h->nama[i]);
		int *angka = xcalloc((size_t)(t.n_kolom ? t.n_kolom : 1), sizeof(int));
		for (int k = 0; k < t.n_kolom; k++) {
			worksheet_write_string(ws, 0, (lxw_col_t)k, t.kolom[k], kepala);
			worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, 14, NULL);
			angka[k] = kolom_angka(h->nama[i], t.kolom[k]);
			if (kolom_pilihan(ws, h->nama[i], t.kolom[k], (lxw_col_t)k))
				rc = galat_set(g, "gagal menulis daftar pilihan %s kolom %s",
					       h->nama[i], t.kolom[k]);
		}
		worksheet_freeze_panes(ws, 1, 0);
		for (long r = 0; r < t.n_baris; r++) {
			const struct csv_baris *br = &t.baris[r];
			for (int k = 0; k < br->n; k++) {
				const char *s = br->sel[k];
				if (!*s)
					continue;
				lxw_row_t row = (lxw_row_t)(r + 1);
				double v;
				char kn[64];
				if (k < t.n_kolom && angka[k] &&
				    angka_parse(s, GAYA_ID, &v, NULL) == ANGKA_OK &&
				    strcmp(angka_format_kanonik(v, kn, sizeof(kn)), s) == 0)
					worksheet_write_number(ws, row, (lxw_col_t)k, v, NULL);
				else
					worksheet_write_string(ws, row, (lxw_col_t)k, s, NULL);
			}
		}
		free(angka);
		csv_release(&t);
	}
	lxw_error e = workbook_close(wb);
	if (rc == 0 && e != LXW_NO_ERROR)
		return galat_set(g, "gagal menulis %s: %s", path, lxw_strerror(e));
	return rc;
}
