/*
 * Tests of the one chart layout (src/report/svg.c), the one predikat colour
 * table (src/core/warna.c) and the web's embedded assets (src/web/aset.c).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/warna.h"
#include "report/svg.h"
#include "uji_model.h"

/* src/web/aset.c (declared in web_int.h) */
const char *aset_cari(const char *path, const char **jenis);

/* Three sasaran bars as the dashboard draws them: Sangat Tinggi, Rendah, no data. */
static struct dok_grafik *batang(void)
{
	static const char *label[] = {"S1 Meningkatnya derajat pendidikan masyarakat",
				      "S2 Sasaran <dua>", "S3 Belum"};
	static double nilai[] = {101.05, 60.23, NAN};
	static int kelas[] = {0, 3, -1};
	static const char *nama[] = {"Sangat Tinggi", "Tinggi", "Sedang", "Rendah",
				     "Sangat Rendah"};
	static struct dok_seri seri = {"Capaian (%)", nilai, 0};
	static struct dok_grafik g;
	memset(&g, 0, sizeof(g));
	g.jenis = GRAFIK_BATANG;
	g.judul = "Capaian per sasaran (%)";
	g.n = 3;
	g.label = label;
	g.n_seri = 1;
	g.seri = &seri;
	g.kelas = kelas;
	g.garis_acuan = 100;
	g.n_kelas = 5;
	g.kelas_nama = nama;
	return &g;
}

/* The number in attribute `attr` of the first element after `from` that starts with `tag`. */
static double attr_setelah(const char *from, const char *tag, const char *attr)
{
	const char *e = strstr(from, tag);
	assert_non_null(e);
	char pola[32];
	snprintf(pola, sizeof(pola), " %s=\"", attr);
	const char *a = strstr(e, pola);
	assert_non_null(a);
	return strtod(a + strlen(pola), NULL);
}

static void test_warna(void **state)
{
	(void)state;
	/* one table: Sangat Tinggi green with white text ... Sangat Rendah red, none grey */
	assert_string_equal(warna_predikat(0)->latar, "#1a7f37");
	assert_string_equal(warna_predikat(0)->teks, "#ffffff");
	assert_string_equal(warna_predikat(2)->teks, "#1b1f24");
	assert_string_equal(warna_predikat(4)->latar, "#cf222e");
	/* a longer scale gives its lower classes the last colour */
	assert_ptr_equal(warna_predikat(7), warna_predikat(4));
	assert_string_equal(warna_predikat(-1)->latar, "#8c959f");
	assert_int_equal(warna_rgb("#1a7f37"), 0x1a7f37);
	assert_int_equal(warna_rgb("1a7f37"), 0);
	/* the charts take the same colours */
	assert_string_equal(svg_warna_kelas(3), warna_predikat(3)->latar);
}

static void test_batang_lebar(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	svg_tulis(&b, batang(), 640, "lebar");
	/* a bar per value with its predikat colour and class; the label escaped */
	assert_non_null(strstr(b.data, "fill=\"#1a7f37\" class=\"p0\""));
	assert_non_null(strstr(b.data, "fill=\"#e0701e\" class=\"p3\""));
	assert_non_null(strstr(b.data, "S2 Sasaran &lt;dua&gt;"));
	assert_null(strstr(b.data, "<dua>"));
	assert_non_null(strstr(b.data, ">n/a</text>"));
	assert_non_null(strstr(b.data, "class=\"lebar\" width=\"640\""));
	/* wide: the label ends left of its bar, on the bar's line */
	const char *l = strstr(b.data, ">S1 Meningkatnya");
	assert_non_null(l);
	while (l > b.data && strncmp(l, "<text", 5))
		l--;
	double xl = attr_setelah(l, "<text", "x"), xb = attr_setelah(b.data, "<rect", "x");
	assert_true(xl <= xb);
	assert_non_null(strstr(l, "text-anchor=\"end\""));
	buf_release(&b);
}

static void test_batang_sempit(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	struct dok_grafik *g = batang();
	svg_tulis(&b, g, 280, "sempit");
	/* narrow: each label above its bar, starting where the bar starts */
	const char *l = strstr(b.data, ">S1 Meningkatnya derajat pendidikan masyarakat<");
	assert_non_null(l); /* 46 characters fit the full width */
	while (l > b.data && strncmp(l, "<text", 5))
		l--;
	double yl = attr_setelah(l, "<text", "y");
	const char *r = strstr(b.data, "class=\"p0\"");
	while (r > b.data && strncmp(r, "<rect", 5))
		r--;
	double yr = attr_setelah(r, "<rect", "y"), xr = attr_setelah(r, "<rect", "x");
	assert_true(yl < yr);
	assert_dekat(attr_setelah(l, "<text", "x"), xr, 0.05);
	/* the legend of five classes wraps within 280: the chart grows by its extra rows */
	double h = svg_tinggi(g, 280);
	assert_true(h > 40 + 30 * 3 + 34);
	assert_dekat(svg_tinggi(g, 640), 40 + 16 * 3 + 34, 1e-9);
	/* every legend item stays inside the width */
	for (const char *k = strstr(b.data, "class=\"kunci"); k;
	     k = strstr(k + 1, "class=\"kunci")) {
		const char *e = k;
		while (e > b.data && *e != '<')
			e--;
		assert_true(attr_setelah(e, "<", "x") < 280);
	}
	buf_release(&b);
}

static void test_garis(void **state)
{
	(void)state;
	static const char *label[] = {"2018", "2019", "2020"};
	static double real[] = {8.62, NAN, 8.76}, tgt[] = {8.5, 8.6, 8.64};
	struct dok_seri seri[2] = {{"Realisasi", real, 0}, {"Target", tgt, 1}};
	struct dok_grafik g;
	memset(&g, 0, sizeof(g));
	g.jenis = GRAFIK_GARIS;
	g.judul = "RLS";
	g.satuan = "Tahun";
	g.n = 3;
	g.label = label;
	g.n_seri = 2;
	g.seri = seri;
	g.garis_acuan = NAN;
	struct buf b = BUF_INIT;
	svg_tulis(&b, &g, 280, NULL);
	/* one path per series (a missing year joined over), classes l0 and l1, target dashed */
	const char *l0 = strstr(b.data, "class=\"l0\"");
	assert_non_null(l0);
	assert_null(strstr(l0 + 1, "class=\"l0\""));
	assert_non_null(strstr(b.data, "stroke-dasharray=\"4 3\" class=\"l1\""));
	assert_non_null(strstr(b.data, "class=\"t0\">8,76</text>"));
	assert_non_null(strstr(b.data, "class=\"grafik\""));
	buf_release(&b);
}

static void test_aset(void **state)
{
	(void)state;
	const char *jenis = NULL;
	const char *css = aset_cari("/aset/gaya.css", &jenis);
	assert_non_null(css);
	assert_string_equal(jenis, "text/css; charset=utf-8");
	/* the file of the repository, then the predikat classes from the colour table */
	assert_non_null(strstr(css, "kinerja's one stylesheet"));
	assert_non_null(strstr(css, ".pred.p0{background:#1a7f37;color:#ffffff}"));
	assert_non_null(strstr(css, ".pred.p3{background:#e0701e;color:#1b1f24}"));
	assert_non_null(strstr(css, ".pred.pn{background:#8c959f;color:#1b1f24}"));
	/* the same text on every call (built once) */
	assert_ptr_equal(aset_cari("/aset/gaya.css", &jenis), css);
	/* the script as in src/web/aset/app.js */
	FILE *f = fopen("src/web/aset/app.js", "r"); /* tests run from the repository */
	assert_non_null(f);
	char isi[8192];
	size_t n = fread(isi, 1, sizeof(isi) - 1, f);
	isi[n] = '\0';
	fclose(f);
	assert_string_equal(aset_cari("/aset/app.js", &jenis), isi);
	assert_string_equal(jenis, "text/javascript; charset=utf-8");
	assert_non_null(strstr(aset_cari("/favicon.ico", &jenis), "<svg"));
	assert_null(aset_cari("/aset/tidak-ada.css", &jenis));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_warna),	  cmocka_unit_test(test_batang_lebar),
	    cmocka_unit_test(test_batang_sempit), cmocka_unit_test(test_garis),
	    cmocka_unit_test(test_aset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
