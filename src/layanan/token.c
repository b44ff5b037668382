/* API tokens; see token.h. */
#include "token.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "pengguna.h"

static int gagal(struct store *s, struct galat *g)
{
	store_rollback(s);
	int putus = store_putus(s);
	g->pengguna = 0;
	if (!g->pesan[0])
		snprintf(g->pesan, sizeof(g->pesan), "basis data");
	return putus ? LAYANAN_SIBUK : LAYANAN_GALAT;
}

int token_tambah(struct store *s, const struct aktor *a, const char *nama, const char *peran,
		 const char *pemda, char *out, struct galat *g)
{
	galat_init(g);
	out[0] = '\0';
	if (!aktor_peran(a, "admin"))
		return layanan_tolak(g, LAYANAN_TERLARANG, "hanya admin yang boleh membuat token");
	if (!nama || !*nama || strlen(nama) > 50)
		return layanan_tolak(g, LAYANAN_SALAH, "nama token wajib diisi (maks. 50 karakter)");
	if (!peran || (strcmp(peran, "pimpinan") != 0 && strcmp(peran, "reviewer") != 0))
		return layanan_tolak(g, LAYANAN_SALAH, "peran token harus pimpinan atau reviewer");
	if (pemda && !*pemda)
		pemda = NULL;
	if (!aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda tidak boleh membuat token untuk lingkup ini");
	if (store_begin(s, g))
		return gagal(s, g);
	if (pemda) {
		int ada = store_pemda_ada(s, pemda);
		if (ada < 0)
			return gagal(s, g);
		if (!ada) {
			store_rollback(s);
			return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda '%s' tidak dikenal", pemda);
		}
	}
	unsigned char acak[32];
	randombytes_buf(acak, sizeof(acak));
	char teks[TOKEN_PANJANG + 1] = "knj_";
	sodium_bin2hex(teks + 4, sizeof(teks) - 4, acak, sizeof(acak));
	sodium_memzero(acak, sizeof(acak));
	char hash[72], baru[160];
	pengguna_token_hash(teks, hash);
	snprintf(baru, sizeof(baru), "peran=%s pemda=%s", peran, pemda ? pemda : "(semua)");
	if (store_token_tambah(s, nama, peran, pemda, hash, g)) {
		if (g->pengguna) {
			store_rollback(s);
			sodium_memzero(teks, sizeof(teks));
			return layanan_tolak(g, LAYANAN_BENTROK, "token '%s' sudah ada", nama);
		}
		sodium_memzero(teks, sizeof(teks));
		return gagal(s, g);
	}
	if (store_audit(s, a->nama, pemda, "token_api", nama, NULL, baru, g) ||
	    store_commit(s, g)) {
		sodium_memzero(teks, sizeof(teks));
		return gagal(s, g);
	}
	memcpy(out, teks, sizeof(teks));
	sodium_memzero(teks, sizeof(teks));
	return LAYANAN_OK;
}

int token_cabut(struct store *s, const struct aktor *a, const char *nama, struct galat *g)
{
	galat_init(g);
	if (!aktor_peran(a, "admin"))
		return layanan_tolak(g, LAYANAN_TERLARANG, "hanya admin yang boleh mencabut token");
	if (!nama || !*nama)
		return layanan_tolak(g, LAYANAN_SALAH, "nama token wajib diisi");
	if (store_begin(s, g))
		return gagal(s, g);
	struct store_token t;
	int r = store_token_cari(s, nama, NULL, &t);
	if (r < 0)
		return gagal(s, g);
	if (r == 0 || t.dicabut) {
		store_rollback(s);
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "token '%s' tidak ada atau sudah dicabut",
				     nama);
	}
	if (!aktor_lingkup(a, t.pemda[0] ? t.pemda : NULL)) {
		store_rollback(s);
		return layanan_tolak(g, LAYANAN_TERLARANG, "Anda tidak boleh mencabut token ini");
	}
	if (store_token_cabut(s, nama, g) < 0 ||
	    store_audit(s, a->nama, t.pemda[0] ? t.pemda : NULL, "token_api", nama, "aktif",
			"dicabut", g) ||
	    store_commit(s, g))
		return gagal(s, g);
	return LAYANAN_OK;
}

int token_cek(struct store *s, const char *teks, struct store_token *t)
{
	if (!teks || strlen(teks) != TOKEN_PANJANG || strncmp(teks, "knj_", 4) != 0)
		return 0;
	char hash[72];
	pengguna_token_hash(teks, hash);
	int r = store_token_cari(s, NULL, hash, t);
	if (r != 1)
		return r;
	return !t->dicabut;
}
