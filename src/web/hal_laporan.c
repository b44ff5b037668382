/*
 * GET /laporan: the reports as downloads: the LKjIP, an OPD's LKj (opd=KODE)
 * and a Perjanjian Kinerja version (dokumen=pk, versi=N, default the latest).
 * Without format: the page listing them for the pemda-year.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../layanan/wilayah.h"
#include "../report/laporan.h"
#include "hal_int.h"
#include "hal_pohon.h"
#include "html.h"

/* Reads the whole file into *isi (malloc'd, *n bytes); 0, or -1 with g set. */
static int baca_berkas(const char *path, char **isi, size_t *n, struct galat *g)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return galat_set(g, "tidak dapat membaca laporan sementara");
	struct buf b = BUF_INIT;
	char blok[65536];
	size_t k;
	while ((k = fread(blok, 1, sizeof(blok), f)) > 0)
		buf_append(&b, blok, k);
	int salah = ferror(f);
	fclose(f);
	if (salah) {
		buf_release(&b);
		return galat_set(g, "tidak dapat membaca laporan sementara");
	}
	*n = b.len;
	*isi = b.data ? b.data : xcalloc(1, 1);
	return 0;
}

/* A file name part: letters, digits, '.', '-' kept, anything else '_'. */
static const char *nama_berkas(struct web_req *r, const char *s)
{
	char *x = arena_strdup(&r->arena, s);
	for (char *c = x; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
		      *c == '.' || *c == '-'))
			*c = '_';
	return x;
}

/* The links to the LKj (every format) and to every PK version of opd (NULL: the pemda). */
static void tautan_laporan(struct web_req *r, const struct pilihan *p, const char *opd)
{
	struct buf *b = &r->out;
	static const char *const format[] = {"pdf", "html", "xlsx", "csv"};
	html_f(b, "<p>%s %d: ", opd ? "Laporan Kinerja (LKj)" : "Laporan Kinerja (LKjIP)",
	       p->tahun);
	for (int i = 0; i < 4; i++) {
		html_f(b, "%R<a href=\"/laporan?pemda=%s&amp;tahun=%d&amp;format=%s", i ? " · " : "",
		       p->m.pemda.kode, p->tahun, format[i]);
		if (opd) {
			buf_puts(b, "&amp;opd=");
			html_url_enc(b, opd);
		}
		html_f(b, "\">%s</a>", format[i]);
	}
	html_f(b, "</p>");
	int ada = 0;
	for (int i = 0; i < p->m.n_pk; i++) {
		const struct pk *k = &p->m.pk[i];
		if (k->tahun != p->tahun || strcmp(k->opd ? k->opd : "", opd ? opd : ""))
			continue;
		html_f(b, "%R<li>versi %d, ditandatangani %s%R%s: ", ada ? "" : "<p>Perjanjian Kinerja "
		       "</p><ul class=\"pk\">", k->versi, k->tanggal,
		       k->nomor && *k->nomor ? ", nomor " : "", k->nomor && *k->nomor ? k->nomor : "");
		ada = 1;
		for (int f = 0; f < 2; f++) {
			html_f(b, "%R<a href=\"/laporan?pemda=%s&amp;tahun=%d&amp;dokumen=pk&amp;versi=%d"
			       "&amp;format=%s", f ? " · " : "", p->m.pemda.kode, p->tahun, k->versi,
			       format[f]);
			if (opd) {
				buf_puts(b, "&amp;opd=");
				html_url_enc(b, opd);
			}
			html_f(b, "\">%s</a>", format[f]);
		}
		html_f(b, "</li>");
	}
	html_f(b, ada ? "</ul>" : "<p>Perjanjian Kinerja %d belum ditandatangani.</p>", p->tahun);
	if (opd)
		return; /* an OPD's PK is signed from its page, /opd */
	hal_pk_konfirmasi(r, &p->m, p->tahun, NULL);
	if (web_peran(r, "admin,perencana")) {
		struct buf q = BUF_INIT;
		html_url_enc(&q, p->m.pemda.kode);
		html_f(b,
		       "<p id=\"pk\"><a class=\"tombol\" id=\"pk-tanda\" href=\"/pk?pemda=%R&amp;tahun=%d\">"
		       "Tandatangani PK kepala daerah %d (versi baru)</a> <span class=\"kecil\">dari "
		       "target indikator sasaran RPJMD saat ini</span></p>",
		       q.data, p->tahun, p->tahun);
		buf_release(&q);
	}
}

/* The page listing the downloads of the pemda-year (an operator's OPD only, with the pemda's). */
static void halaman_unduh(struct web_req *r, struct pilihan *p)
{
	hal_awal_pilihan(r, "Unduh laporan", p);
	struct buf *b = &r->out;
	html_f(b, "<h1>Unduh laporan</h1>");
	hal_form_pilih(r, p, "/laporan", 0);
	html_f(b, "<h2>%s</h2>", p->m.pemda.nama);
	tautan_laporan(r, p, NULL);
	for (int i = 0; i < p->m.n_opd; i++) {
		const struct opd *o = &p->m.opd[i];
		if (p->opd && strcmp(p->opd, o->kode) != 0)
			continue;
		html_f(b, "<h3>%s (%s)</h3>", o->nama, o->kode);
		tautan_laporan(r, p, o->kode);
	}
	hal_akhir(r);
}

void hal_laporan(struct web_req *r)
{
	static const struct {
		const char *format, *jenis;
	} jenis[] = {
	    {"pdf", "application/pdf"},
	    {"html", "text/html; charset=utf-8"},
	    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	    {"csv", "text/csv; charset=utf-8"},
	};
	const char *format = web_param(r, "format");
	int k = -1;
	for (int i = 0; format && i < 4; i++)
		if (strcmp(format, jenis[i].format) == 0)
			k = i;
	if (format && k < 0)
		return hal_galat(r, 400, "Format laporan: pdf, html, xlsx atau csv.");
	const char *dokumen = web_param(r, "dokumen");
	if (dokumen && strcmp(dokumen, "lkjip") != 0 && strcmp(dokumen, "pk") != 0)
		return hal_galat(r, 400, "Dokumen: lkjip atau pk.");
	int pk = dokumen && strcmp(dokumen, "pk") == 0;
	const char *vs = web_param(r, "versi");
	long versi = 0;
	if (vs) {
		char *akhir;
		versi = strtol(vs, &akhir, 10);
		if (!*vs || *akhir || versi < 1 || versi > 99)
			return hal_galat(r, 400, "Versi Perjanjian Kinerja: bilangan bulat 1-99.");
	}
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	if (!format) {
		halaman_unduh(r, &p);
		return hal_pilihan_lepas(&p);
	}
	/* the download names its OPD itself: an operator's default OPD is the page's, not this */
	const char *opd = web_param(r, "opd");
	if (opd && (!*opd || strcmp(opd, "semua") == 0))
		opd = NULL;
	/* The renderers write files; a private temporary file carries the document. */
	const char *tmpdir = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof(path), "%s/kinerja-laporan-XXXXXX",
		 tmpdir && *tmpdir ? tmpdir : "/tmp");
	int fd = mkstemp(path);
	struct galat g;
	galat_init(&g);
	char *isi = NULL;
	size_t n = 0;
	/* a province's LKjIP has the table of its regions, as the CLI's */
	struct store_wilayah w = {0};
	struct dokumen_wilayah dw = {0};
	if (fd < 0) {
		hal_galat(r, 500, "Tidak dapat membuat berkas sementara.");
		goto out;
	}
	close(fd);
	/* only the pemda's own LKjIP carries the regions' table (not an OPD's LKj, not a PK) */
	if (!pk && !opd && wilayah_laporan(r->s, &p.m, p.tahun, &w, &dw, &g)) {
		hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
		goto out;
	}
	const struct laporan_lingkup l = {pk ? "pk" : "lkjip", opd, (int)versi, &dw};
	if (laporan_tulis_lingkup(&p.m, &l, p.tahun, format, path, &g) ||
	    baca_berkas(path, &isi, &n, &g)) {
		hal_galat(r, g.pengguna ? 404 : 500, g.pesan);
		goto out;
	}
	buf_adopt(&r->out, isi, n);
	r->status = 200;
	r->jenis = jenis[k].jenis;
	if (pk)
		r->unduh = arena_printf(&r->arena, "PK-%s%s%s-%d%s.%s",
					nama_berkas(r, p.m.pemda.kode), opd ? "-" : "",
					opd ? nama_berkas(r, opd) : "", p.tahun,
					versi ? arena_printf(&r->arena, "-v%ld", versi) : "", format);
	else if (opd)
		r->unduh = arena_printf(&r->arena, "LKj-%s-%s-%d.%s", nama_berkas(r, p.m.pemda.kode),
					nama_berkas(r, opd), p.tahun, format);
	else
		r->unduh = arena_printf(&r->arena, "LKjIP-%s-%d.%s", nama_berkas(r, p.m.pemda.kode),
					p.tahun, format);
out:
	if (fd >= 0)
		unlink(path);
	store_wilayah_release(&w);
	hal_pilihan_lepas(&p);
}
