/* Helpers shared by the commands; see cli.h. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_galat(const struct galat *g)
{
	char line[1024];
	galat_format(g, line, sizeof(line));
	fprintf(stderr, "kinerja: %s\n", line);
	return KELUAR_GALAT;
}

int cli_pemakaian(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("kinerja: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputs("\n(lihat `kinerja help`)\n", stderr);
	va_end(ap);
	return KELUAR_PEMAKAIAN;
}

/* 0 when `nama` is not in `boleh`, 1 when it is, 2 when it is there as optional ("pemda?"). */
static int boleh_flag(const char *boleh, const char *nama)
{
	size_t n = strlen(nama);
	for (const char *p = boleh; p && *p;) {
		const char *koma = strchr(p, ',');
		size_t len = koma ? (size_t)(koma - p) : strlen(p);
		int opsional = len && p[len - 1] == '?';
		if (len - (size_t)opsional == n && strncmp(p, nama, n) == 0)
			return opsional ? 2 : 1;
		p = koma ? koma + 1 : NULL;
	}
	return 0;
}

int cli_opsi_parse(int argc, char **argv, const char *boleh, struct cli_opsi *o)
{
	memset(o, 0, sizeof(*o));
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || a[1] == '\0') {
			if (o->db)
				return cli_pemakaian("argumen berlebih: %s", a);
			o->db = a;
			continue;
		}
		const char *nama = a[1] == '-' ? a + 2 : a + 1;
		if (strcmp(a, "-o") == 0)
			nama = "o";
		if (!boleh_flag(boleh, nama))
			return cli_pemakaian("pilihan tidak dikenal: %s", a);
		if (strcmp(nama, "json") == 0) {
			o->json = 1;
			continue;
		}
		if (strcmp(nama, "riwayat") == 0) {
			o->riwayat = 1;
			continue;
		}
		if (i + 1 >= argc)
			return cli_pemakaian("%s memerlukan nilai", a);
		const char *v = argv[++i];
		if (strcmp(nama, "pemda") == 0) {
			o->pemda = v;
		} else if (strcmp(nama, "tahun") == 0) {
			char *end;
			long t = strtol(v, &end, 10);
			if (*end || t < 1900 || t > 2200)
				return cli_pemakaian("--tahun '%s' bukan tahun (mis. 2020)", v);
			o->tahun = (int)t;
		} else if (strcmp(nama, "format") == 0) {
			o->format = v;
		} else if (strcmp(nama, "o") == 0) {
			o->keluaran = v;
		} else if (strcmp(nama, "listen") == 0) {
			o->listen = v;
		} else if (strcmp(nama, "nama") == 0) {
			o->nama = v;
		} else if (strcmp(nama, "peran") == 0) {
			o->peran = v;
		} else if (strcmp(nama, "opd") == 0) {
			o->opd = v;
		} else if (strcmp(nama, "survei") == 0) {
			o->survei = v;
		} else if (strcmp(nama, "periode") == 0) {
			o->periode = v;
		} else if (strcmp(nama, "dokumen") == 0) {
			o->dokumen = v;
		} else if (strcmp(nama, "induk") == 0) {
			o->induk = v;
		} else if (strcmp(nama, "indikator") == 0) {
			o->indikator = v;
		} else if (strcmp(nama, "batas") == 0) {
			o->batas = v;
		} else if (strcmp(nama, "alasan") == 0) {
			o->alasan = v;
		} else if (strcmp(nama, "versi") == 0) {
			char *end;
			long n = strtol(v, &end, 10);
			if (!*v || *end || n < 1 || n > 99)
				return cli_pemakaian("--versi '%s' harus bilangan bulat 1-99", v);
			o->versi = (int)n;
		}
	}
	if (!o->db)
		return cli_pemakaian("basis data (DB) belum disebut");
	if (boleh_flag(boleh, "pemda") == 1 && !o->pemda)
		return cli_pemakaian("--pemda KODE wajib");
	if (boleh_flag(boleh, "tahun") == 1 && !o->tahun)
		return cli_pemakaian("--tahun YYYY wajib");
	return 0;
}

int cli_muat(const struct cli_opsi *o, struct model *m)
{
	struct galat g;
	galat_init(&g);
	model_init(m);
	struct store *s;
	if (store_open(o->db, STORE_ADA, &s, &g)) {
		model_release(m);
		return cli_galat(&g);
	}
	int rc = store_muat(s, o->pemda, m, &g);
	store_close(s);
	if (rc) {
		model_release(m);
		return cli_galat(&g);
	}
	return 0;
}

int cli_lebar(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

void cli_kolom(struct buf *b, const char *s, int w, int kanan)
{
	if (!s)
		s = "";
	int lebar = cli_lebar(s);
	if (lebar > w) {
		/* Cut at a code point boundary and mark the cut. */
		int n = 0;
		const char *p = s;
		while (*p && n < w - 1) {
			p++;
			while ((*p & 0xC0) == 0x80)
				p++;
			n++;
		}
		buf_append(b, s, (size_t)(p - s));
		buf_puts(b, "\xe2\x80\xa6");
		return;
	}
	if (kanan)
		for (int i = lebar; i < w; i++)
			buf_putc(b, ' ');
	buf_puts(b, s);
	if (!kanan)
		for (int i = lebar; i < w; i++)
			buf_putc(b, ' ');
}
