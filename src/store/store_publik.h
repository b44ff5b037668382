/*
 * The tables of publishing and API tokens (migration 0040_publik.sql), on
 * either engine. Writes are the services layer's (layanan/terbit.c,
 * layanan/token.c), inside its transaction.
 */
#ifndef KINERJA_STORE_PUBLIK_H
#define KINERJA_STORE_PUBLIK_H

#include <stdint.h>

#include "store.h"

/* Records pemda-year as published now by `oleh` (kept when already published). */
int store_terbit_simpan(struct store *s, const char *pemda, int tahun, const char *oleh,
			struct galat *g);
/* Withdraws pemda-year: 1 withdrawn, 0 it was not published, -1 error. */
int store_terbit_hapus(struct store *s, const char *pemda, int tahun, struct galat *g);
/* Whether pemda-year is published: 1, 0, or -1. */
int store_terbit_ada(struct store *s, const char *pemda, int tahun);
/*
 * Calls fn for every published pemda-year of pemda (NULL: of every pemda),
 * by pemda in the order of first import, then by year; stops on fn's nonzero.
 * nama is the pemda's name.
 */
int store_terbit_daftar(struct store *s, const char *pemda,
			int (*fn)(const char *pemda, const char *nama, int tahun, void *arg),
			void *arg, struct galat *g);
/* The name of pemda kode into out (n bytes): 1 found, 0 not, -1 error. */
int store_pemda_nama(struct store *s, const char *kode, char *out, size_t n);

/* An API token (strings copied; "" for none). */
struct store_token {
	int64_t id;
	char nama[64];
	char peran[16];
	char pemda[32];
	int dicabut; /* 1 when revoked */
};
/* Adds a token by the hash of its text; a taken name is a user error. */
int store_token_tambah(struct store *s, const char *nama, const char *peran, const char *pemda,
		       const char *hash, struct galat *g);
/* Finds a token by name (cari_nama) or by hash: 1 found, 0 not, -1 error. */
int store_token_cari(struct store *s, const char *nama, const char *hash, struct store_token *out);
/* Revokes token nama now: 1 revoked, 0 no such unrevoked token, -1 error. */
int store_token_cabut(struct store *s, const char *nama, struct galat *g);

#endif
