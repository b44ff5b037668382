/*
 * GET /laporan: the LKjIP as a download.
 */
#include <string.h>

#include "../io/impor.h"
#include "../report/laporan.h"
#include "hal_int.h"

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
	if (fd < 0) {
		hal_galat(r, 500, "Tidak dapat membuat berkas sementara.");
		goto out;
	}
	close(fd);
	if (laporan_tulis(&p.m, p.tahun, format, path, &g) ||
	    impor_baca_berkas(path, &isi, &n, &g)) {
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
	hal_pilihan_lepas(&p);
}
