/*
 * Tests of the user and session use cases (src/layanan/pengguna.c) and of the
 * realisasi permission (usulan_boleh) on a temporary SQLite database with two
 * pemda sharing the OPD code DISDIK: scope, the checks and their messages, the
 * throttle's backoff, the previous session ended by a login.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "layanan/pengguna.h"
#include "layanan/usulan.h"
#include "store/store.h"
#include "store/store_web.h"

struct uji {
	char dir[64], path[96];
	struct store *s;
};

static int siapkan(void **state)
{
	struct uji *u = calloc(1, sizeof(*u));
	snprintf(u->dir, sizeof(u->dir), "/tmp/kinerja-uji-XXXXXX");
	if (!mkdtemp(u->dir))
		return -1;
	snprintf(u->path, sizeof(u->path), "%s/t.db", u->dir);
	struct galat g;
	galat_init(&g);
	if (sodium_init() < 0 || store_open(u->path, STORE_BUAT, &u->s, &g))
		return -1;
	const char *kode[] = {"99.01", "99.02"};
	for (int i = 0; i < 2; i++) {
		struct pemda p = {.kode = kode[i],
				  .nama = "Contoh",
				  .jenis = "kota",
				  .periode_awal = 2019,
				  .periode_akhir = 2023};
		struct opd o = {.kode = "DISDIK", .nama = "Dinas Pendidikan"};
		struct opd o2 = {.kode = "DINSOS", .nama = "Dinas Sosial"};
		if (store_begin(u->s, &g) || store_simpan_pemda(u->s, &p, "uji", NULL, &g) ||
		    store_simpan_opd(u->s, kode[i], &o, "uji", NULL, &g) ||
		    (i == 0 && store_simpan_opd(u->s, kode[i], &o2, "uji", NULL, &g)) ||
		    store_commit(u->s, &g)) {
			fprintf(stderr, "%s\n", g.pesan);
			return -1;
		}
	}
	*state = u;
	return 0;
}

static int bongkar(void **state)
{
	struct uji *u = *state;
	store_web_lepas(u->s);
	store_close(u->s);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", u->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "# could not remove %s\n", u->dir);
	free(u);
	return 0;
}

static const struct aktor sistem = {.nama = "cli"};
static const struct aktor admin99 = {
    .nama = "adm99", .peran = "admin", .pemda = "99.01", .id = 1000};

static void test_lingkup(void **state)
{
	(void)state;
	struct aktor global = {.nama = "a", .peran = "reviewer"};
	assert_true(aktor_lingkup(&global, NULL));
	assert_true(aktor_lingkup(&global, "99.02"));
	assert_false(aktor_lingkup(&admin99, NULL));
	assert_false(aktor_lingkup(&admin99, "99.02"));
	assert_true(aktor_lingkup(&admin99, "99.01"));
	assert_true(aktor_peran(&sistem, "admin"));
	assert_true(aktor_peran(&admin99, "perencana,admin"));
	assert_false(aktor_peran(&global, "admin,perencana"));
	assert_false(aktor_peran(&(struct aktor){.peran = "adm"}, "admin"));
}

static void test_tambah(void **state)
{
	struct uji *u = *state;
	struct store *s = u->s;
	struct galat g;
	const char *sandi = "sandi-rahasia";
	assert_int_equal(pengguna_tambah(s, &sistem, "p1", "pimpinan", NULL, "00.00", sandi, &g),
			 LAYANAN_SALAH);
	assert_string_equal(g.pesan, "pemda '00.00' tidak ada di basis data");
	assert_int_equal(pengguna_tambah(s, &sistem, "p1", "pimpinan", "X", "99.01", sandi, &g),
			 LAYANAN_SALAH);
	assert_string_equal(g.pesan, "opd 'X' tidak ada di pemda 99.01");
	assert_int_equal(pengguna_tambah(s, &sistem, "o1", "operator", "DISDIK", NULL, sandi, &g),
			 LAYANAN_SALAH);
	assert_string_equal(g.pesan, "opd 'DISDIK' ada di 2 pemda; sebutkan pemda operator ini");
	assert_int_equal(pengguna_tambah(s, &sistem, "o1", "operator", NULL, "99.01", sandi, &g),
			 LAYANAN_SALAH);
	assert_int_equal(pengguna_tambah(s, &sistem, "o1", "raja", NULL, NULL, sandi, &g),
			 LAYANAN_SALAH);
	assert_int_equal(pengguna_tambah(s, &sistem, "o 1", "pimpinan", NULL, NULL, sandi, &g),
			 LAYANAN_SALAH);
	assert_int_equal(pengguna_tambah(s, &sistem, "o1", "pimpinan", NULL, NULL, "pendek", &g),
			 LAYANAN_SALAH);
	/* The only pemda holding DINSOS becomes the operator's. */
	assert_int_equal(pengguna_tambah(s, &sistem, "o1", "operator", "DINSOS", NULL, sandi, &g),
			 LAYANAN_OK);
	struct store_pengguna p;
	assert_int_equal(store_web_pengguna_cari(s, "o1", &p), 1);
	assert_string_equal(p.pemda, "99.01");
	assert_int_equal(pengguna_tambah(s, &sistem, "o1", "pimpinan", NULL, NULL, sandi, &g),
			 LAYANAN_BENTROK);

	/* A scoped admin: its pemda only, never a global user. */
	assert_int_equal(pengguna_tambah(s, &admin99, "raja", "admin", NULL, NULL, sandi, &g),
			 LAYANAN_TERLARANG);
	assert_int_equal(pengguna_tambah(s, &admin99, "raja", "admin", NULL, "99.02", sandi, &g),
			 LAYANAN_TERLARANG);
	assert_int_equal(store_web_pengguna_cari(s, "raja", &p), 0);
	/* An operator it adds without a pemda gets the admin's, where DISDIK is one. */
	assert_int_equal(pengguna_tambah(s, &admin99, "o2", "operator", "DISDIK", NULL, sandi, &g),
			 LAYANAN_OK);
	assert_int_equal(store_web_pengguna_cari(s, "o2", &p), 1);
	assert_string_equal(p.pemda, "99.01");
	struct aktor perencana = {.nama = "r", .peran = "perencana"};
	assert_int_equal(pengguna_tambah(s, &perencana, "o3", "pimpinan", NULL, NULL, sandi, &g),
			 LAYANAN_TERLARANG);

	/* Reset and status: inside the scope only. */
	assert_int_equal(pengguna_tambah(s, &sistem, "glob", "admin", NULL, NULL, sandi, &g),
			 LAYANAN_OK);
	assert_int_equal(
	    pengguna_tambah(s, &sistem, "o99", "operator", "DISDIK", "99.02", sandi, &g),
	    LAYANAN_OK);
	assert_int_equal(pengguna_sandi_reset(s, &admin99, "glob", "dibajak-123", NULL, &g),
			 LAYANAN_TERLARANG);
	assert_int_equal(pengguna_status(s, &admin99, "glob", 0, &g), LAYANAN_TERLARANG);
	assert_int_equal(pengguna_status(s, &admin99, "o99", 0, &g), LAYANAN_TERLARANG);
	assert_int_equal(pengguna_status(s, &admin99, "tiada", 0, &g), LAYANAN_TIDAK_ADA);
	assert_int_equal(pengguna_status(s, &admin99, "o2", 0, &g), LAYANAN_OK);
	assert_int_equal(store_web_pengguna_cari(s, "o2", &p), 1);
	assert_int_equal(p.aktif, 0);
	assert_int_equal(pengguna_sandi_reset(s, &admin99, "o1", "baru-sekali-1", NULL, &g),
			 LAYANAN_OK);
	assert_int_equal(store_web_pengguna_cari(s, "glob", &p), 1);
	assert_int_equal(p.aktif, 1);
}

static void test_masuk(void **state)
{
	struct uji *u = *state;
	struct store *s = u->s;
	struct galat g;
	struct pengguna_sesi a, b;
	assert_int_equal(
	    pengguna_tambah(s, &sistem, "m1", "pimpinan", NULL, NULL, "sandi-m1-ok", &g),
	    LAYANAN_OK);
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.1", NULL, &a, &g),
			 LAYANAN_OK);
	assert_int_equal(strlen(a.token), 64);
	/* A second login from the browser holding session a ends a. */
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.1", a.token_hash, &b, &g),
			 LAYANAN_OK);
	struct store_pengguna p;
	char csrf[72];
	int64_t now = (int64_t)time(NULL);
	assert_int_equal(store_web_sesi_cari(s, a.token_hash, now, &p, csrf, sizeof(csrf)), 0);
	assert_int_equal(store_web_sesi_cari(s, b.token_hash, now, &p, csrf, sizeof(csrf)), 1);
	assert_int_equal(pengguna_keluar(s, b.token_hash, &g), LAYANAN_OK);
	assert_int_equal(store_web_sesi_cari(s, b.token_hash, now, &p, csrf, sizeof(csrf)), 0);

	/* Five failures of the pair: the sixth attempt waits 30 s, unchecked (less the
	 * seconds the attempts themselves took: argon2id is slow on a loaded machine). */
	int64_t t0 = (int64_t)time(NULL);
	for (int i = 0; i < 5; i++)
		assert_int_equal(pengguna_masuk(s, "m1", "salah", "10.0.0.1", NULL, &a, &g),
				 LAYANAN_DITOLAK);
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.1", NULL, &a, &g),
			 LAYANAN_BATAS);
	assert_in_range(a.coba_lagi, 30 - ((int64_t)time(NULL) - t0) - 1, 30);
	/* The same name from another address is not held by that pair. */
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.2", NULL, &a, &g),
			 LAYANAN_OK);
	/* A success forgets the name's and its pair's failures, not the other pair's. */
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.1", NULL, &a, &g),
			 LAYANAN_BATAS);

	/* Doubling: 7 failures of a pair wait 30 * 2 * 2 = 120 s after the last. */
	for (int i = 0; i < 7; i++)
		assert_int_equal(store_web_gagal_catat(s, "ipnama:10.0.0.9|m1", now, &g), 0);
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.9", NULL, &a, &g),
			 LAYANAN_BATAS);
	assert_in_range(a.coba_lagi, 120 - ((int64_t)time(NULL) - now) - 1, 120);
	/* 20 failures of the name from anywhere hold every address. */
	for (int i = 0; i < 20; i++)
		assert_int_equal(store_web_gagal_catat(s, "nama:m1", now, &g), 0);
	assert_int_equal(pengguna_masuk(s, "m1", "sandi-m1-ok", "10.0.0.3", NULL, &a, &g),
			 LAYANAN_BATAS);
	/* A failure forgets those older than the window, of every key. */
	assert_int_equal(store_web_gagal_catat(s, "nama:lama", now - PENGGUNA_GAGAL_DETIK - 5, &g),
			 0);
	int n;
	int64_t terakhir;
	assert_int_equal(store_web_gagal_terakhir(s, "nama:lama", 0, &n, &terakhir, &g), 0);
	assert_int_equal(n, 1);
	/* Unknown name and inactive user: the answer of a wrong password. */
	assert_int_equal(pengguna_masuk(s, "tiada", "salah", "10.0.0.1", NULL, &a, &g),
			 LAYANAN_DITOLAK);
	assert_string_equal(g.pesan, "nama atau kata sandi salah");
	assert_int_equal(
	    pengguna_tambah(s, &sistem, "m2", "pimpinan", NULL, NULL, "sandi-m2-ok", &g),
	    LAYANAN_OK);
	assert_int_equal(pengguna_status(s, &sistem, "m2", 0, &g), LAYANAN_OK);
	assert_int_equal(pengguna_masuk(s, "m2", "sandi-m2-ok", "10.0.0.1", NULL, &a, &g),
			 LAYANAN_DITOLAK);
	assert_string_equal(g.pesan, "nama atau kata sandi salah");
	assert_int_equal(store_web_gagal_terakhir(s, "nama:lama", 0, &n, &terakhir, &g), 0);
	assert_int_equal(n, 0);
}

static void test_boleh(void **state)
{
	(void)state;
	struct galat g;
	galat_init(&g);
	struct indikator ind = {.kode = "RLS", .opd = "DISDIK"};
	struct aktor op = {.nama = "o", .peran = "operator", .pemda = "99.01", .opd = "DISDIK"};
	struct aktor op_tanpa = {.nama = "o", .peran = "operator", .opd = "DISDIK"};
	struct aktor op_lain = {
	    .nama = "o", .peran = "operator", .pemda = "99.01", .opd = "DINSOS"};
	struct aktor ren = {.nama = "r", .peran = "perencana"};
	struct aktor pim = {.nama = "p", .peran = "pimpinan"};
	assert_int_equal(usulan_boleh(&op, "99.01", &ind, &g), LAYANAN_OK);
	assert_int_equal(usulan_boleh(&op, "99.02", &ind, &g), LAYANAN_TERLARANG);
	assert_int_equal(usulan_boleh(&op_tanpa, "99.01", &ind, &g), LAYANAN_TERLARANG);
	assert_int_equal(usulan_boleh(&op_lain, "99.01", &ind, &g), LAYANAN_TERLARANG);
	assert_int_equal(usulan_boleh(&ren, "99.02", &ind, &g), LAYANAN_OK);
	assert_int_equal(usulan_boleh(&pim, "99.01", &ind, &g), LAYANAN_TERLARANG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lingkup),
	    cmocka_unit_test_setup_teardown(test_tambah, siapkan, bongkar),
	    cmocka_unit_test_setup_teardown(test_masuk, siapkan, bongkar),
	    cmocka_unit_test(test_boleh),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
