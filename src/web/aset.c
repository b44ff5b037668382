/*
 * Static assets served by kinerja itself (no CDN): the files of src/web/aset/,
 * embedded at build time (tools/embed.sh), and the stylesheet's predikat
 * colours generated from the one colour table (core/warna.h).
 */
#include <pthread.h>
#include <string.h>

#include "../core/warna.h"
#include "../util/tertanam.h"
#include "web_int.h"

/* build/gen/aset.c */
extern const struct berkas_tertanam aset_berkas[];

static const struct {
	const char *path, *berkas, *jenis;
} daftar[] = {
    {"/aset/gaya.css", "gaya.css", "text/css; charset=utf-8"},
    {"/aset/app.js", "app.js", "text/javascript; charset=utf-8"},
    {"/favicon.ico", "favicon.svg", "image/svg+xml"},
};

static pthread_once_t sekali = PTHREAD_ONCE_INIT;
static struct buf gaya = BUF_INIT;

static const char *berkas(const char *nama)
{
	for (const struct berkas_tertanam *b = aset_berkas; b->nama; b++)
		if (strcmp(b->nama, nama) == 0)
			return b->isi;
	return NULL;
}

/* gaya.css, then a class per predikat (and pn for none) from the colour table. */
static void gaya_buat(void)
{
	const char *css = berkas("gaya.css");
	buf_puts(&gaya, css ? css : "");
	buf_puts(&gaya, "/* generated from src/core/warna.c */\n");
	for (int k = -1; k < WARNA_N_KELAS; k++) {
		const struct warna *w = warna_predikat(k);
		if (k < 0)
			buf_printf(&gaya, ".pred.pn{background:%s;color:%s}\n", w->latar, w->teks);
		else
			buf_printf(&gaya, ".pred.p%d{background:%s;color:%s}\n", k, w->latar,
				   w->teks);
	}
}

const char *aset_cari(const char *path, const char **jenis)
{
	for (size_t i = 0; i < sizeof(daftar) / sizeof(daftar[0]); i++) {
		if (strcmp(path, daftar[i].path) != 0)
			continue;
		*jenis = daftar[i].jenis;
		if (strcmp(daftar[i].berkas, "gaya.css") == 0) {
			/* built once, then read by every request thread */
			pthread_once(&sekali, gaya_buat);
			return gaya.data;
		}
		return berkas(daftar[i].berkas);
	}
	return NULL;
}
