/*
 * `kinerja evidence add DB OBJEK BERKAS`, `kinerja evidence get DB ID -o
 * BERKAS` and `kinerja evidence list DB OBJEK`: evidence files (bukti
 * dukung) from the command line, through the same use cases as POST and
 * GET /api/bukti (layanan/bukti.c) with the system actor: the same content
 * check, size limit, lock and audit.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/pengaturan.h"
#include "../layanan/bukti.h"
#include "cli.h"

/* Reads at most maks + 1 bytes of path into b (so a file over the limit is seen as such). */
static int baca(const char *path, size_t maks, struct buf *b, struct galat *g)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		g->pengguna = 1;
		return galat_set(g, "%s: %s", path, strerror(errno));
	}
	char blok[65536];
	size_t n;
	while (b->len <= maks && (n = fread(blok, 1, sizeof(blok), f)) > 0)
		buf_append(b, blok, n);
	int salah = ferror(f);
	fclose(f); /* read only: closing cannot lose data */
	if (salah) {
		g->pengguna = 1;
		return galat_set(g, "%s: gagal dibaca", path);
	}
	return 0;
}

static int tambah(const char *db, const char *objek, const char *path)
{
	struct galat g;
	galat_init(&g);
	struct buf isi = BUF_INIT;
	if (baca(path, (size_t)BUKTI_BATAS_MIB << 20, &isi, &g)) {
		buf_release(&isi);
		return cli_galat(&g);
	}
	struct store *s;
	if (store_open(db, STORE_ADA, &s, &g)) {
		buf_release(&isi);
		return cli_galat(&g);
	}
	struct aktor sistem = AKTOR_SISTEM;
	struct store_bukti b;
	int st = layanan_bukti_simpan(s, &sistem, objek, path, isi.data, isi.len, &b, &g);
	store_close(s);
	buf_release(&isi);
	if (st)
		return cli_galat(&g);
	printf("bukti %lld: %s (%s, %lld byte) sha256 %s\n", (long long)b.id, b.nama, b.jenis,
	       (long long)b.ukuran, b.sha256);
	return KELUAR_OK;
}

static int ambil(const char *db, const char *id, const char *keluar)
{
	char *akhir;
	long long n = strtoll(id, &akhir, 10);
	if (!*id || *akhir || n < 1)
		return cli_pemakaian("ID bukti harus angka, bukan '%s'", id);
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct aktor sistem = AKTOR_SISTEM;
	struct store_bukti b;
	struct buf isi = BUF_INIT;
	int st = layanan_bukti_baca(s, &sistem, n, &b, &isi, &g);
	store_close(s);
	if (st) {
		buf_release(&isi);
		return cli_galat(&g);
	}
	FILE *f = fopen(keluar, "wbx"); /* never overwrites a file */
	int ok = f && fwrite(isi.data, 1, isi.len, f) == isi.len;
	if (f && fclose(f))
		ok = 0;
	buf_release(&isi);
	if (!ok) {
		g.pengguna = 1;
		galat_set(&g, "%s: tidak dapat ditulis (%s)", keluar,
			  errno == EEXIST ? "berkas sudah ada" : strerror(errno));
		return cli_galat(&g);
	}
	printf("%s: %s (%s, %lld byte) sha256 %s\n", keluar, b.nama, b.jenis, (long long)b.ukuran,
	       b.sha256);
	return KELUAR_OK;
}

static int satu(const struct store_bukti *b, void *arg)
{
	(void)arg;
	printf("%lld\t%s\t%s\t%lld\t%s\t%s\t%s\n", (long long)b->id, b->nama, b->jenis,
	       (long long)b->ukuran, b->sha256, b->pengunggah, b->waktu);
	return 0;
}

static int daftar(const char *db, const char *objek)
{
	struct galat g;
	galat_init(&g);
	struct store *s;
	if (store_open(db, STORE_ADA, &s, &g))
		return cli_galat(&g);
	struct aktor sistem = AKTOR_SISTEM;
	int st = layanan_bukti_daftar(s, &sistem, objek, satu, NULL, &g);
	store_close(s);
	return st ? cli_galat(&g) : KELUAR_OK;
}

int cmd_evidence(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[0], "add") == 0)
		return tambah(argv[1], argv[2], argv[3]);
	if (argc == 5 && strcmp(argv[0], "get") == 0 && strcmp(argv[3], "-o") == 0)
		return ambil(argv[1], argv[2], argv[4]);
	if (argc == 3 && strcmp(argv[0], "list") == 0)
		return daftar(argv[1], argv[2]);
	return cli_pemakaian("pakai: kinerja evidence add DB OBJEK BERKAS | get DB ID -o BERKAS | "
			     "list DB OBJEK");
}
