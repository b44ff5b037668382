/*
 * GET /laporan: the LKjIP as a download.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../layanan/wilayah.h"
#include "../report/laporan.h"
#include "hal_int.h"

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
	if (k < 0)
		return hal_galat(r, 400, "Format laporan: pdf, html, xlsx atau csv.");
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
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
	if (wilayah_laporan(r->s, &p.m, p.tahun, &w, &dw, &g)) {
		hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
		goto out;
	}
	if (laporan_tulis_wilayah(&p.m, &dw, p.tahun, format, path, &g) ||
	    baca_berkas(path, &isi, &n, &g)) {
		hal_galat(r, 500, g.pesan);
		goto out;
	}
	buf_adopt(&r->out, isi, n);
	r->status = 200;
	r->jenis = jenis[k].jenis;
	r->unduh = arena_printf(&r->arena, "LKjIP-%s-%d.%s", p.m.pemda.kode, p.tahun, format);
out:
	if (fd >= 0)
		unlink(path);
	store_wilayah_release(&w);
	hal_pilihan_lepas(&p);
}
