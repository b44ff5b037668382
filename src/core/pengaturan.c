/* Per-pemda settings; see pengaturan.h. */
#include "pengaturan.h"

#include "ikm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka.h"

/* Splits s at ';' into trimmed items (copied into the arena); returns the count. */
static int pisah(struct arena *a, const char *s, char ***out)
{
	int n = 1;
	for (const char *p = s; *p; p++)
		n += *p == ';';
	char **item = arena_alloc(a, sizeof(char *) * (size_t)n);
	int k = 0;
	const char *mulai = s;
	for (const char *p = s;; p++) {
		if (*p == ';' || *p == '\0') {
			char *x = arena_strndup(a, mulai, (size_t)(p - mulai));
			str_trim(x);
			if (*x)
				item[k++] = x;
			if (!*p)
				break;
			mulai = p + 1;
		}
	}
	*out = item;
	return k;
}

static int angka_sah(const char *s, double *v)
{
	return angka_parse(s, GAYA_ID, v, NULL) == ANGKA_OK ? 0 : -1;
}

static int terap_predikat(struct model *m, const char *nilai, struct galat *g)
{
	char **item;
	int n = pisah(&m->arena, nilai, &item);
	if (n < 1)
		return galat_set(g, "pengaturan predikat kosong");
	struct predikat_kelas *k = arena_alloc(&m->arena, sizeof(*k) * (size_t)n);
	for (int i = 0; i < n; i++) {
		char *eq = strchr(item[i], '=');
		if (!eq)
			return galat_set(g, "pengaturan predikat: '%s' harus berbentuk BATAS=NAMA",
					 item[i]);
		*eq = '\0';
		char *batas = str_trim(item[i]), *nama = str_trim(eq + 1);
		if (!*nama)
			return galat_set(g, "pengaturan predikat: nama kosong");
		if (!*batas) {
			if (i != n - 1)
				return galat_set(g, "pengaturan predikat: hanya kelas terakhir "
						    "yang boleh tanpa batas");
			k[i].min = -1e308;
		} else if (angka_sah(batas, &k[i].min)) {
			return galat_set(g, "pengaturan predikat: batas '%s' bukan angka", batas);
		}
		if (i && k[i].min >= k[i - 1].min)
			return galat_set(g, "pengaturan predikat: batas harus menurun");
		k[i].nama = nama;
	}
	m->pemda.predikat.n = n;
	m->pemda.predikat.kelas = k;
	return 0;
}

static int terap_skala(struct model *m, const char *nama, const char *nilai, struct galat *g)
{
	char **item;
	int n = pisah(&m->arena, nilai, &item);
	if (n < 2)
		return galat_set(g, "skala %s: perlu sedikitnya dua kategori", nama);
	struct skala_kelas *k = arena_alloc(&m->arena, sizeof(*k) * (size_t)n);
	int dengan_batas = strchr(item[0], '=') != NULL;
	for (int i = 0; i < n; i++) {
		char *eq = strchr(item[i], '=');
		if ((eq != NULL) != dengan_batas)
			return galat_set(g, "skala %s: semua kategori harus sama-sama memakai batas "
					    "atau tidak", nama);
		if (eq) {
			*eq = '\0';
			char lo[64], hi[64];
			if (!angka_rentang_pisah(eq + 1, lo, sizeof(lo), hi, sizeof(hi)) ||
			    angka_sah(lo, &k[i].bawah) || angka_sah(hi, &k[i].atas))
				return galat_set(g, "skala %s: batas '%s' harus berbentuk BAWAH-ATAS",
						 nama, eq + 1);
			k[i].ada_batas = 1;
		}
		k[i].nama = str_trim(item[i]);
	}
	/* Replace a scale of the same name, or add one. */
	struct skala *sk = NULL;
	for (int i = 0; i < m->pemda.n_skala; i++)
		if (str_sama(m->pemda.skala[i].nama, nama))
			sk = &m->pemda.skala[i];
	if (!sk) {
		struct skala *baru = arena_alloc(&m->arena,
						 sizeof(*baru) * (size_t)(m->pemda.n_skala + 1));
		if (m->pemda.n_skala)
			memcpy(baru, m->pemda.skala, sizeof(*baru) * (size_t)m->pemda.n_skala);
		m->pemda.skala = baru;
		sk = &baru[m->pemda.n_skala++];
		sk->nama = arena_strdup(&m->arena, nama);
	}
	sk->n = n;
	sk->kelas = k;
	return 0;
}

int pengaturan_terap(struct model *m, const char *kunci, const char *nilai, struct galat *g)
{
	if (str_sama(kunci, "batas_capaian")) {
		double v = 0;
		if (!angka_kosong(nilai) && (angka_sah(nilai, &v) || v < 0))
			return galat_set(g, "batas_capaian '%s' harus angka positif", nilai);
		m->pemda.batas_capaian = v;
		return 0;
	}
	if (str_sama(kunci, "predikat"))
		return terap_predikat(m, nilai, g);
	if (strncmp(kunci, "skala.", 6) == 0 && kunci[6])
		return terap_skala(m, kunci + 6, nilai, g);
	/* Read by the evaluation and survey services (layanan/evaluasi.c), not by the model. */
	if (str_sama(kunci, "ikm_agregat")) {
		enum ikm_agregat a;
		if (ikm_agregat_parse(nilai, &a))
			return galat_set(g, "ikm_agregat '%s' harus rata_unit atau gabungan", nilai);
		return 0;
	}
	/* Read by the evidence service (layanan/bukti.c), not by the model. */
	if (str_sama(kunci, "batas_bukti")) {
		size_t b;
		if (pengaturan_batas_bukti(nilai, &b))
			return galat_set(g, "batas_bukti '%s' harus bilangan bulat MiB 1-%d", nilai,
					 BUKTI_BATAS_MIB);
		return 0;
	}
	if (strncmp(kunci, "sumber.", 7) == 0 && kunci[7]) {
		if (strncmp(nilai, "lke:", 4) != 0 || !nilai[4])
			return galat_set(g, "%s '%s' harus lke:KERANGKA (mis. lke:permenpanrb-88-2021)",
					 kunci, nilai);
		return 0;
	}
	return galat_set(g, "kunci pengaturan tidak dikenal: '%s' (batas_capaian, predikat, "
			    "skala.NAMA, ikm_agregat, sumber.INDIKATOR, batas_bukti)", kunci);
}

int pengaturan_batas_bukti(const char *nilai, size_t *byte)
{
	*byte = (size_t)BUKTI_BATAS_MIB << 20;
	if (!nilai || angka_kosong(nilai))
		return 0;
	int mib = 0, k = 0;
	for (const char *p = nilai; *p; p++) {
		if (*p < '0' || *p > '9' || ++k > 3)
			return -1;
		mib = mib * 10 + (*p - '0');
	}
	if (mib < 1 || mib > BUKTI_BATAS_MIB)
		return -1;
	*byte = (size_t)mib << 20;
	return 0;
}
