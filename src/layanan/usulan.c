/* Realisasi written, submitted and verified; see usulan.h. */
#include "usulan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../store/store_web.h"
#include "kunci.h"

int usulan_nilai_cek(const struct model *m, const struct indikator *ind, const char *teks,
		     struct arena *a, struct nilai *v, struct galat *g)
{
	const struct skala *sk = ind->arah == ARAH_KATEGORI ? model_skala(m, ind->skala) : NULL;
	if (!teks)
		return layanan_tolak(g, LAYANAN_SALAH, "realisasi wajib diisi");
	if (strlen(teks) > 100)
		return layanan_tolak(g, LAYANAN_SALAH, "realisasi terlalu panjang");
	switch (nilai_parse(teks, GAYA_TIDAK_TAHU, sk, 0, a, v, NULL)) {
	case ANGKA_OK:
		break;
	case ANGKA_KOSONG:
		return layanan_tolak(g, LAYANAN_SALAH, "realisasi wajib diisi (angka)");
	case ANGKA_AMBIGU:
		return layanan_tolak(g, LAYANAN_SALAH,
				     "'%s' ambigu: tulis tanpa pemisah ribuan (mis. 1234) atau "
				     "dengan koma desimal (mis. 1,234)",
				     teks);
	default:
		if (sk)
			return layanan_tolak(g, LAYANAN_SALAH,
					     "'%s' bukan angka atau kategori skala %s", teks,
					     sk->nama);
		return layanan_tolak(g, LAYANAN_SALAH, "'%s' bukan angka (contoh: 72,47)", teks);
	}
	if (v->jenis == NILAI_RENTANG)
		return layanan_tolak(g, LAYANAN_SALAH, "realisasi harus satu angka, bukan rentang");
	return LAYANAN_OK;
}

int usulan_boleh(const struct aktor *a, const char *pemda, const struct indikator *ind,
		 struct galat *g)
{
	if (!aktor_peran(a, "admin,perencana,operator"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "peran Anda tidak boleh mengisi realisasi");
	if (!aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda tidak boleh mengubah data pemda ini");
	if (!a->peran || strcmp(a->peran, "operator") != 0)
		return LAYANAN_OK;
	/* An operator made before operators needed a pemda would reach every pemda. */
	if (!a->pemda || !*a->pemda)
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "akun operator ini belum terikat pada pemda; minta admin "
				     "mengaturnya");
	if (!ind->opd || !a->opd || strcmp(ind->opd, a->opd) != 0)
		return layanan_tolak(g, LAYANAN_TERLARANG, "indikator ini milik OPD lain");
	return LAYANAN_OK;
}

static void kunci_usulan(char *out, size_t n, const char *indikator, int tahun, int triwulan,
			 int64_t id)
{
	snprintf(out, n, "%s/%d/%d #%lld", indikator, tahun, triwulan, (long long)id);
}

/*
 * Loads pemda into m: LAYANAN_OK, LAYANAN_TIDAK_ADA or LAYANAN_GALAT. One
 * indicator (kode not NULL) needs only its own rows (store_muat_indikator):
 * the write path of one value does not read the whole pemda.
 */
static int muat(struct store *s, const char *pemda, const char *kode, struct model *m,
		struct galat *g)
{
	if (!(kode ? store_muat_indikator(s, pemda, kode, m, g) : store_muat(s, pemda, m, g)))
		return LAYANAN_OK;
	if (g->pengguna)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda tidak dikenal");
	return LAYANAN_GALAT;
}

struct ganti {
	struct store *s;
	const struct aktor *a;
	const char *pemda, *indikator;
	int tahun, triwulan;
	int64_t baru;
	struct galat *g;
};

/* Audits a pending submission replaced by a newer one of the same cell. */
static int ganti_audit(int64_t id, const char *nilai, void *arg)
{
	struct ganti *x = arg;
	char kunci[160], baru[64];
	kunci_usulan(kunci, sizeof(kunci), x->indikator, x->tahun, x->triwulan, id);
	if (x->baru)
		snprintf(baru, sizeof(baru), "diganti usulan #%lld", (long long)x->baru);
	else
		snprintf(baru, sizeof(baru), "ditarik"); /* usulan_tarik: back to n/a */
	return store_audit(x->s, x->a->nama, x->pemda, "realisasi_usulan", kunci, nilai, baru,
			   x->g);
}

/* Writes or submits the checked value v of ind inside the caller's transaction; 0 or -1. */
static int tulis(struct store *s, const struct aktor *a, const char *pemda,
		 const struct indikator *ind, int tahun, int triwulan, const struct nilai *v,
		 int64_t *id, struct galat *g)
{
	*id = 0;
	if (a->peran && strcmp(a->peran, "operator") == 0) {
		char kanonik[128], kunci[160];
		nilai_kanonik(v, kanonik, sizeof(kanonik));
		if (store_web_usulan_tambah(s, pemda, ind->kode, tahun, triwulan, kanonik, a->nama,
					    id, g))
			return -1;
		kunci_usulan(kunci, sizeof(kunci), ind->kode, tahun, triwulan, *id);
		/* One pending submission per cell: the newer replaces the earlier (audited). */
		struct ganti x = {s, a, pemda, ind->kode, tahun, triwulan, *id, g};
		if (store_usulan_ganti(s, pemda, ind->kode, tahun, triwulan, *id, ganti_audit, &x,
				       g))
			return -1;
		return store_audit(s, a->nama, pemda, "realisasi_usulan", kunci, NULL, kanonik, g);
	}
	struct realisasi rr = {
	    .indikator = ind->kode, .tahun = tahun, .triwulan = triwulan, .nilai = *v};
	return store_simpan_realisasi(s, pemda, &rr, a->nama, NULL, g);
}

int usulan_realisasi(struct store *s, const struct aktor *a, const char *pemda, int tahun,
		     int triwulan, struct usulan_isian *isi, int n, int *salah, struct galat *g)
{
	galat_init(g);
	int k_salah = -1;
	if (salah)
		*salah = -1;
	if (!aktor_peran(a, "admin,perencana,operator"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "peran Anda tidak boleh mengisi realisasi");
	if (!pemda)
		return layanan_tolak(g, LAYANAN_SALAH, "pemda dan indikator wajib diisi");
	if (!aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda tidak boleh mengubah data pemda ini");
	struct model m;
	model_init(&m);
	struct nilai *v = xcalloc((size_t)n + 1, sizeof(*v));
	const struct indikator **ind = xcalloc((size_t)n + 1, sizeof(*ind));
	int st = muat(s, pemda, n == 1 ? isi[0].kode : NULL, &m, g);
	if (st)
		goto out;
	/* Everything is checked before anything is written. */
	for (int k = 0; k < n; k++) {
		k_salah = k;
		isi[k].id = 0;
		if (!isi[k].kode) {
			st = layanan_tolak(g, LAYANAN_SALAH, "pemda dan indikator wajib diisi");
			goto out;
		}
		if (!(ind[k] = model_indikator(&m, isi[k].kode))) {
			st = layanan_tolak(g, LAYANAN_TIDAK_ADA, "indikator tidak dikenal");
			goto out;
		}
		if ((st = usulan_boleh(a, pemda, ind[k], g)))
			goto out;
		if (tahun < 1900 || tahun > 2200) {
			st = layanan_tolak(g, LAYANAN_SALAH, "tahun tidak sah");
			goto out;
		}
		if (triwulan < 0 || triwulan > 4) {
			st = layanan_tolak(g, LAYANAN_SALAH, "triwulan harus 0 (setahun) sampai 4");
			goto out;
		}
		if ((st = usulan_nilai_cek(&m, ind[k], isi[k].teks, &m.arena, &v[k], g)))
			goto out;
	}
	k_salah = -1;
	/* The year's controls (siklus.md): the RPJMD period, the lock, the fill window. */
	if (m.pemda.periode_awal && m.pemda.periode_akhir &&
	    (tahun < m.pemda.periode_awal || tahun > m.pemda.periode_akhir)) {
		st = layanan_tolak(g, LAYANAN_SALAH, "tahun %d di luar periode RPJMD %d-%d", tahun,
				   m.pemda.periode_awal, m.pemda.periode_akhir);
		goto out;
	}
	if ((st = kunci_cek(s, pemda, tahun, g)) || (st = jadwal_cek(s, a, pemda, tahun, triwulan, g)))
		goto out;
	st = LAYANAN_SIBUK;
	if (store_begin(s, g))
		goto gagal;
	st = LAYANAN_GALAT;
	for (int k = 0; k < n; k++)
		if (tulis(s, a, pemda, ind[k], tahun, triwulan, &v[k], &isi[k].id, g))
			goto gagal;
	if (store_commit(s, g))
		goto gagal;
	st = LAYANAN_OK;
	goto out;
gagal:
	store_rollback(s);
	for (int k = 0; k < n; k++)
		isi[k].id = 0;
	g->pengguna = 0;
out:
	if (salah && st)
		*salah = k_salah;
	free(v);
	free(ind);
	model_release(&m);
	return st;
}

int usulan_verifikasi(struct store *s, const struct aktor *a, int64_t id, int setuju,
		      const char *alasan, struct galat *g)
{
	galat_init(g);
	if (!aktor_peran(a, "admin,perencana"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya perencana atau admin yang memverifikasi");
	struct store_usulan u;
	int ada = store_web_usulan_cari(s, id, &u);
	if (ada < 0)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: usulan");
	if (!ada)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "usulan tidak dikenal");
	if (!aktor_lingkup(a, u.pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda tidak boleh mengubah data pemda ini");
	if (strcmp(u.status, "diajukan") != 0)
		return layanan_tolak(g, LAYANAN_BENTROK, "usulan ini sudah diperiksa");
	if (alasan && strlen(alasan) > 500)
		return layanan_tolak(g, LAYANAN_SALAH,
				     "alasan terlalu panjang (maks. 500 karakter)");
	if (!setuju && (!alasan || !*alasan))
		return layanan_tolak(g, LAYANAN_SALAH,
				     "alasan wajib diisi bila usulan dikembalikan");
	int kst = kunci_cek(s, u.pemda, u.tahun, g);
	if (kst)
		return kst;
	struct model m;
	model_init(&m);
	char kunci[160];
	kunci_usulan(kunci, sizeof(kunci), u.indikator, u.tahun, u.triwulan, u.id);
	struct nilai v;
	const struct indikator *ind = NULL;
	int st = LAYANAN_OK;
	if (setuju) {
		if ((st = muat(s, u.pemda, u.indikator, &m, g)))
			goto out;
		ind = model_indikator(&m, u.indikator);
		if (!ind) {
			st = layanan_tolak(g, LAYANAN_SALAH, "indikator tidak dikenal");
			goto out;
		}
		if ((st = usulan_nilai_cek(&m, ind, u.nilai, &m.arena, &v, g)))
			goto out;
	}
	st = LAYANAN_SIBUK;
	if (store_begin(s, g))
		goto gagal;
	st = LAYANAN_GALAT;
	/* Checked again inside the transaction: two verifiers at once write once. */
	if (store_web_usulan_cari(s, id, &u) != 1)
		goto gagal;
	if (strcmp(u.status, "diajukan") != 0) {
		store_rollback(s);
		st = layanan_tolak(g, LAYANAN_BENTROK, "usulan ini sudah diperiksa");
		goto out;
	}
	if (setuju) {
		struct realisasi rr = {
		    .indikator = ind->kode, .tahun = u.tahun, .triwulan = u.triwulan, .nilai = v};
		if (store_simpan_realisasi(s, u.pemda, &rr, a->nama, NULL, g) ||
		    store_web_usulan_status(s, id, "disetujui", a->nama, alasan, g) ||
		    store_audit(s, a->nama, u.pemda, "realisasi_usulan", kunci, "diajukan",
				"disetujui", g))
			goto gagal;
	} else {
		char baru[600];
		snprintf(baru, sizeof(baru), "dikembalikan: %s", alasan);
		if (store_web_usulan_status(s, id, "dikembalikan", a->nama, alasan, g) ||
		    store_audit(s, a->nama, u.pemda, "realisasi_usulan", kunci, "diajukan", baru,
				g))
			goto gagal;
	}
	if (store_commit(s, g))
		goto gagal;
	st = LAYANAN_OK;
	goto out;
gagal:
	store_rollback(s);
	g->pengguna = 0;
	if (!g->pesan[0])
		snprintf(g->pesan, sizeof(g->pesan), "basis data");
out:
	model_release(&m);
	return st;
}

/* Whether a and b (both positive) are more than 10x apart. */
static int jauh(double a, double b)
{
	return a > 0 && b > 0 && (a > 10 * b || b > 10 * a);
}

int usulan_kewajaran(const struct model *m, const struct indikator *ind, int tahun,
		     int triwulan, const struct nilai *v, char *out, size_t n)
{
	int k = 0;
	size_t len = 0;
	out[0] = '\0';
	if (v->jenis != NILAI_ANGKA)
		return 0;
	char x[64];
#define PERINGATAN(...)                                                                          \
	do {                                                                                     \
		if (len < n)                                                                     \
			len += (size_t)snprintf(out + len, n - len, "%s", k ? "; " : "");        \
		if (len < n)                                                                     \
			len += (size_t)snprintf(out + len, n - len, __VA_ARGS__);                \
		k++;                                                                             \
	} while (0)
	if (v->a < 0) {
		int pernah = ind->kondisi_awal.jenis == NILAI_ANGKA && ind->kondisi_awal.a < 0;
		for (int i = 0; i < m->n_realisasi && !pernah; i++)
			pernah = strcmp(m->realisasi[i].indikator, ind->kode) == 0 &&
				 !(m->realisasi[i].tahun == tahun &&
				   m->realisasi[i].triwulan == triwulan) &&
				 m->realisasi[i].nilai.jenis == NILAI_ANGKA &&
				 m->realisasi[i].nilai.a < 0;
		if (!pernah)
			PERINGATAN("nilai negatif, padahal indikator ini belum pernah bernilai "
				   "negatif");
	}
	const struct target *t = model_target(m, ind->kode, tahun);
	if (t && t->nilai.jenis == NILAI_ANGKA && jauh(v->a, t->nilai.a))
		PERINGATAN("lebih dari 10 kali berbeda dari target %s",
			   angka_format(t->nilai.a, 2, x, sizeof(x)));
	for (int i = 0; i < m->n_realisasi; i++) {
		const struct realisasi *r = &m->realisasi[i];
		if (r->tahun == tahun - 1 && r->triwulan == 0 && strcmp(r->indikator, ind->kode) == 0 &&
		    r->nilai.jenis == NILAI_ANGKA && jauh(v->a, r->nilai.a)) {
			PERINGATAN("lebih dari 10 kali berbeda dari realisasi %d (%s)", tahun - 1,
				   angka_format(r->nilai.a, 2, x, sizeof(x)));
			break;
		}
	}
#undef PERINGATAN
	return k;
}

int usulan_tarik(struct store *s, const struct aktor *a, const char *pemda, const char *kode,
		 int tahun, int triwulan, struct galat *g)
{
	galat_init(g);
	if (!pemda || !kode)
		return layanan_tolak(g, LAYANAN_SALAH, "pemda dan indikator wajib diisi");
	if (triwulan < 0 || triwulan > 4)
		return layanan_tolak(g, LAYANAN_SALAH, "triwulan harus 0 (setahun) sampai 4");
	struct model m;
	model_init(&m);
	int st = muat(s, pemda, kode, &m, g);
	if (st)
		goto out;
	const struct indikator *ind = model_indikator(&m, kode);
	if (!ind) {
		st = layanan_tolak(g, LAYANAN_TIDAK_ADA, "indikator tidak dikenal");
		goto out;
	}
	if ((st = usulan_boleh(a, pemda, ind, g)) || (st = kunci_cek(s, pemda, tahun, g)))
		goto out;
	int operator = a->peran && strcmp(a->peran, "operator") == 0;
	st = LAYANAN_SIBUK;
	if (store_begin(s, g))
		goto out;
	st = LAYANAN_GALAT;
	if (operator) {
		struct ganti x = {s, a, pemda, ind->kode, tahun, triwulan, 0, g};
		if (store_usulan_ganti(s, pemda, ind->kode, tahun, triwulan, 0, ganti_audit, &x, g))
			goto gagal;
	} else {
		struct realisasi rr = {.indikator = ind->kode, .tahun = tahun, .triwulan = triwulan};
		rr.nilai.jenis = NILAI_KOSONG;
		if (store_simpan_realisasi(s, pemda, &rr, a->nama, NULL, g))
			goto gagal;
	}
	if (store_commit(s, g))
		goto gagal;
	st = LAYANAN_OK;
	goto out;
gagal:
	store_rollback(s);
	g->pengguna = 0;
out:
	model_release(&m);
	return st;
}
