/* The import use case; see impor.h. */
#include "impor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kunci.h"

struct tulis {
	struct store *s;
	const char *pengguna;
};

static int k_pemda_ada(void *arg, const char *kode)
{
	struct tulis *w = arg;
	return store_pemda_ada(w->s, kode);
}

static int k_rencana_jenis(void *arg, const char *pemda, const char *kode,
			   enum jenis_rencana *jenis)
{
	struct tulis *w = arg;
	return store_rencana_jenis(w->s, pemda, kode, jenis);
}

static int k_opd_ada(void *arg, const char *pemda, const char *kode)
{
	struct tulis *w = arg;
	return store_opd_ada(w->s, pemda, kode);
}

static int k_indikator_info(void *arg, const char *pemda, const char *kode, enum arah *arah,
			    char *skala, size_t nskala)
{
	struct tulis *w = arg;
	return store_indikator_info(w->s, pemda, kode, arah, skala, nskala);
}

static int k_pengaturan_daftar(void *arg, const char *pemda,
			       int (*fn)(const char *kunci, const char *nilai, void *fnarg),
			       void *fnarg)
{
	struct tulis *w = arg;
	struct galat g;
	galat_init(&g);
	return store_pengaturan_daftar(w->s, pemda, fn, fnarg, &g) ? -1 : 0;
}

static int k_tulis(void *arg, const struct impor_baris *b, enum impor_ubah *ubah, struct galat *g)
{
	struct tulis *w = arg;
	enum store_ubah u = STORE_SAMA;
	int rc = -1;
	switch (b->tabel) {
	case TEMPLAT_PEMDA:
		rc = store_simpan_pemda(w->s, &b->u.pemda, w->pengguna, &u, g);
		break;
	case TEMPLAT_PENGATURAN:
		rc = store_simpan_pengaturan(w->s, b->pemda, b->u.pengaturan.kunci,
					     b->u.pengaturan.nilai, w->pengguna, &u, g);
		break;
	case TEMPLAT_OPD:
		rc = store_simpan_opd(w->s, b->pemda, &b->u.opd, w->pengguna, &u, g);
		break;
	case TEMPLAT_RENCANA:
		rc = store_simpan_rencana(w->s, b->pemda, &b->u.rencana, w->pengguna, &u, g);
		break;
	case TEMPLAT_INDIKATOR:
		rc = store_simpan_indikator(w->s, b->pemda, &b->u.indikator, w->pengguna, &u, g);
		break;
	case TEMPLAT_TARGET:
		rc = b->lama
			 ? store_simpan_target_lama(w->s, b->pemda, &b->u.target, g)
			 : store_simpan_target(w->s, b->pemda, &b->u.target, w->pengguna, &u, g);
		break;
	case TEMPLAT_REALISASI:
		rc = store_simpan_realisasi(w->s, b->pemda, &b->u.realisasi, w->pengguna, &u, g);
		break;
	case TEMPLAT_ANGGARAN:
		rc = store_simpan_anggaran(w->s, b->pemda, &b->u.anggaran, w->pengguna, &u, g);
		break;
	case TEMPLAT_PEMBANDING:
		rc = store_simpan_pembanding(w->s, b->pemda, &b->u.pembanding, w->pengguna, &u, g);
		break;
	case TEMPLAT_NARASI:
		rc = store_simpan_narasi(w->s, b->pemda, &b->u.narasi, w->pengguna, &u, g);
		break;
	case TEMPLAT_DILAPORKAN:
		rc = store_simpan_dilaporkan(w->s, b->pemda, &b->u.dilaporkan, w->pengguna, &u, g);
		break;
	case TEMPLAT_JADWAL:
		rc = store_simpan_jadwal(w->s, b->pemda, &b->u.jadwal, w->pengguna, &u, g);
		break;
	case TEMPLAT_N:
		rc = galat_set(g, "tabel tidak dikenal");
		break;
	}
	*ubah = u == STORE_BARU ? IMPOR_BARU : u == STORE_DIUBAH ? IMPOR_DIUBAH : IMPOR_SAMA;
	return rc;
}

/*
 * Refuses the rows of a locked pemda-year (siklus.md): every row of every file
 * with pemda and tahun columns, with file and row in d and g. 0 none, -1 refused.
 */
static int kunci_periksa(struct store *s, const struct impor_tabel *tabel, int n,
			 struct impor_galat *d, struct galat *g)
{
	long ada = store_kunci_jumlah(s, g);
	if (ada < 0)
		return -1;
	if (!ada)
		return 0; /* nothing locked: the common case costs one query */
	int tolak = 0;
	for (int i = 0; i < n && !tolak; i++) {
		const struct csv_tabel *t = tabel[i].t;
		int kp = -1, kt = -1;
		for (int c = 0; c < t->n_kolom; c++) {
			if (strcmp(t->kolom[c], "pemda") == 0)
				kp = c;
			else if (strcmp(t->kolom[c], "tahun") == 0)
				kt = c;
		}
		if (kp < 0 || kt < 0)
			continue;
		char lalu_pemda[64] = "";
		int lalu_tahun = 0, lalu_st = 0;
		for (long r = 0; r < t->n_baris; r++) {
			const struct csv_baris *b = &t->baris[r];
			if (kp >= b->n || kt >= b->n)
				continue;
			char *akhir;
			long th = strtol(b->sel[kt], &akhir, 10);
			if (*akhir || th < 1900 || th > 2200)
				continue; /* a bad year is the parser's error to report */
			struct galat x;
			galat_init(&x);
			int st = lalu_st;
			if (strcmp(lalu_pemda, b->sel[kp]) != 0 || lalu_tahun != th) {
				st = kunci_cek(s, b->sel[kp], (int)th, &x);
				snprintf(lalu_pemda, sizeof(lalu_pemda), "%s", b->sel[kp]);
				lalu_tahun = (int)th;
				lalu_st = st;
			} else if (st) {
				kunci_cek(s, b->sel[kp], (int)th, &x);
			}
			if (st == LAYANAN_GALAT) {
				*g = x;
				return -1;
			}
			if (!st)
				continue;
			char pesan[512];
			snprintf(pesan, sizeof(pesan), "%s", x.pesan);
			galat_di(&x, tabel[i].berkas, b->nomor, "tahun", "%s; baris ini ditolak",
				 pesan);
			x.pengguna = 1;
			if (!tolak)
				*g = x;
			tolak = 1;
			if (d->n < IMPOR_GALAT_MAKS) {
				d->isi = xrealloc(d->isi, sizeof(*d->isi) * (size_t)(d->n + 1));
				d->isi[d->n++] = x;
			} else {
				d->lain++;
			}
		}
	}
	return tolak ? -1 : 0;
}

int layanan_impor(struct store *s, const struct impor_tabel *tabel, int n, const char *pengguna,
		  impor_progres_fn progres, void *arg, struct impor_ringkasan *r,
		  struct impor_galat *d, struct galat *g)
{
	memset(r, 0, sizeof(*r));
	if (impor_periksa_tabel(tabel, n, g)) {
		g->pengguna = 1;
		return -1;
	}
	if (kunci_periksa(s, tabel, n, d, g))
		return -1;
	struct tulis w = {s, pengguna ? pengguna : "import"};
	const struct impor_kait kait = {
	    .pemda_ada = k_pemda_ada,
	    .rencana_jenis = k_rencana_jenis,
	    .opd_ada = k_opd_ada,
	    .indikator_info = k_indikator_info,
	    .pengaturan_daftar = k_pengaturan_daftar,
	    .tulis = k_tulis,
	    .arg = &w,
	};
	if (store_begin(s, g))
		return -1;
	/* New rows are not audited one by one: one summary entry per file. */
	store_audit_sisip(s, 0);
	struct impor *im = impor_new(&kait, progres, arg);
	int rc = -1;
	for (int j = 0; j < TEMPLAT_N; j++) {
		for (int i = 0; i < n; i++) {
			if (templat_cari(tabel[i].nama) != &templat[j])
				continue;
			struct impor_ringkasan sebelum = *r;
			if (impor_berkas(im, &tabel[i], r, d, g))
				goto out;
			long baru = r->baru - sebelum.baru, ubah = r->diubah - sebelum.diubah;
			if (baru || ubah) {
				char ringkas[128];
				snprintf(ringkas, sizeof(ringkas), "%ld baris baru, %ld diubah",
					 baru, ubah);
				if (store_audit(s, w.pengguna, NULL, templat[j].nama, "impor", NULL,
						ringkas, g))
					goto out;
			}
		}
	}
	if (store_commit(s, g))
		goto out;
	rc = 0;
out:
	if (rc) {
		store_rollback(s);
		g->pengguna = g->pengguna || g->berkas[0];
	}
	store_audit_sisip(s, 1);
	impor_free(im);
	return rc;
}
