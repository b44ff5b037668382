/* Evidence files; see bukti.h. */
#include "bukti.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/jenis_berkas.h"
#include "../core/pengaturan.h"
#include "../store/store_web.h"
#include "kunci.h"

/* A code inside an object: 1-63 bytes of [A-Za-z0-9._-] (no '/', nothing to escape). */
static int kode_sah(const char *s, size_t n)
{
	if (n == 0 || n >= 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      c == '.' || c == '-' || c == '_'))
			return 0;
	}
	return 1;
}

/* A decimal number of at most 18 digits in s[0..n): 0 with *v, or -1. */
static int bilangan(const char *s, size_t n, int64_t *v)
{
	if (n == 0 || n > 18)
		return -1;
	*v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* Splits s at '/' into exactly k parts (pointers and lengths): 0 or -1. */
static int pisah(const char *s, int k, const char **p, size_t *n)
{
	int i = 0;
	p[0] = s;
	for (const char *c = s;; c++) {
		if (*c == '/' || *c == '\0') {
			if (i == k)
				return -1;
			n[i] = (size_t)(c - p[i]);
			i++;
			if (!*c)
				break;
			if (i < k)
				p[i] = c + 1;
		}
	}
	return i == k ? 0 : -1;
}

static void salin(char *out, size_t nout, const char *s, size_t n)
{
	snprintf(out, nout, "%.*s", (int)n, s);
}

int bukti_objek_urai(const char *objek, struct bukti_objek *o, struct galat *g)
{
	static const char contoh[] = "objek harus usulan:ID, realisasi:PEMDA/INDIKATOR/TAHUN/"
				     "TRIWULAN atau lke:PEMDA/TAHUN/OPD/KRITERIA";
	memset(o, 0, sizeof(*o));
	if (!objek || strlen(objek) >= 200)
		return layanan_tolak(g, LAYANAN_SALAH, "%s", contoh);
	const char *p[4];
	size_t n[4];
	int64_t v;
	if (strncmp(objek, "usulan:", 7) == 0) {
		o->jenis = BO_USULAN;
		if (bilangan(objek + 7, strlen(objek + 7), &o->usulan) || o->usulan < 1)
			return layanan_tolak(g, LAYANAN_SALAH, "objek usulan:ID: ID harus angka");
		return LAYANAN_OK;
	}
	if (strncmp(objek, "realisasi:", 10) == 0) {
		o->jenis = BO_REALISASI;
		if (pisah(objek + 10, 4, p, n) || !kode_sah(p[0], n[0]) || !kode_sah(p[1], n[1]))
			return layanan_tolak(g, LAYANAN_SALAH, "%s", contoh);
		salin(o->pemda, sizeof(o->pemda), p[0], n[0]);
		salin(o->indikator, sizeof(o->indikator), p[1], n[1]);
		if (bilangan(p[2], n[2], &v) || v < 1900 || v > 2200)
			return layanan_tolak(g, LAYANAN_SALAH, "objek %s: tahun harus 1900-2200",
					     objek);
		o->tahun = (int)v;
		if (bilangan(p[3], n[3], &v) || v > 4)
			return layanan_tolak(g, LAYANAN_SALAH, "objek %s: triwulan harus 0-4", objek);
		o->triwulan = (int)v;
		return LAYANAN_OK;
	}
	if (strncmp(objek, "lke:", 4) == 0) {
		o->jenis = BO_LKE;
		if (pisah(objek + 4, 4, p, n) || !kode_sah(p[0], n[0]) || !kode_sah(p[2], n[2]) ||
		    !kode_sah(p[3], n[3]))
			return layanan_tolak(g, LAYANAN_SALAH, "%s", contoh);
		salin(o->pemda, sizeof(o->pemda), p[0], n[0]);
		if (bilangan(p[1], n[1], &v) || v < 1900 || v > 2200)
			return layanan_tolak(g, LAYANAN_SALAH, "objek %s: tahun harus 1900-2200",
					     objek);
		o->tahun = (int)v;
		salin(o->opd, sizeof(o->opd), p[2], n[2]);
		salin(o->kriteria, sizeof(o->kriteria), p[3], n[3]);
		return LAYANAN_OK;
	}
	return layanan_tolak(g, LAYANAN_SALAH, "%s", contoh);
}

/*
 * Resolves o against the store (the submission's pemda and cell, the
 * indicator's OPD, the pemda and OPD of an lke object): LAYANAN_OK, 404, 500.
 */
static int objek_cek(struct store *s, struct bukti_objek *o, struct galat *g)
{
	if (o->jenis == BO_USULAN) {
		struct store_usulan u;
		int r = store_web_usulan_cari(s, o->usulan, &u);
		if (r < 0)
			return layanan_tolak(g, LAYANAN_GALAT, "basis data: membaca usulan");
		if (r == 0)
			return layanan_tolak(g, LAYANAN_TIDAK_ADA, "usulan %lld tidak ada",
					     (long long)o->usulan);
		snprintf(o->pemda, sizeof(o->pemda), "%s", u.pemda);
		snprintf(o->indikator, sizeof(o->indikator), "%s", u.indikator);
		o->tahun = u.tahun;
		o->triwulan = u.triwulan;
	}
	int r = store_pemda_ada(s, o->pemda);
	if (r < 0)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: membaca pemda");
	if (r == 0)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda %s tidak dikenal", o->pemda);
	if (o->jenis == BO_LKE) {
		r = store_opd_ada(s, o->pemda, o->opd);
		if (r < 0)
			return layanan_tolak(g, LAYANAN_GALAT, "basis data: membaca OPD");
		if (r == 0)
			return layanan_tolak(g, LAYANAN_TIDAK_ADA, "OPD %s tidak dikenal di pemda %s",
					     o->opd, o->pemda);
		return LAYANAN_OK;
	}
	r = store_bukti_indikator_opd(s, o->pemda, o->indikator, o->opd, sizeof(o->opd), g);
	if (r < 0)
		return LAYANAN_GALAT;
	if (r == 0)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "indikator %s tidak dikenal di pemda %s",
				     o->indikator, o->pemda);
	return LAYANAN_OK;
}

/* An operator's own object: its pemda and its OPD. */
static int milik_operator(const struct aktor *a, const struct bukti_objek *o)
{
	return a->pemda && *a->pemda && strcmp(a->pemda, o->pemda) == 0 && a->opd &&
	       *a->opd && strcmp(a->opd, o->opd) == 0;
}

/* Whether the actor may read the object's files (its scope; an operator: its OPD). */
static int boleh_baca(const struct aktor *a, const struct bukti_objek *o)
{
	if (!a->peran)
		return 1;
	if (aktor_peran(a, "operator"))
		return milik_operator(a, o);
	return aktor_peran(a, "admin,perencana,reviewer,pimpinan") && aktor_lingkup(a, o->pemda);
}

/* Whether the actor may attach files to the object; LAYANAN_OK or 403 with the reason. */
static int boleh_tulis(const struct aktor *a, const struct bukti_objek *o, struct galat *g)
{
	if (!a->peran)
		return LAYANAN_OK;
	if (aktor_peran(a, "operator")) {
		if (!milik_operator(a, o))
			return layanan_tolak(g, LAYANAN_TERLARANG,
					     "operator hanya melampirkan bukti untuk OPD-nya sendiri");
		return LAYANAN_OK;
	}
	if (aktor_peran(a, "admin,perencana") ||
	    (o->jenis == BO_LKE && aktor_peran(a, "reviewer"))) {
		if (!aktor_lingkup(a, o->pemda))
			return layanan_tolak(g, LAYANAN_TERLARANG,
					     "Anda tidak boleh mengubah data pemda ini");
		return LAYANAN_OK;
	}
	return layanan_tolak(g, LAYANAN_TERLARANG,
			     o->jenis == BO_LKE ? "peran ini tidak boleh melampirkan bukti"
						: "peran ini tidak boleh melampirkan bukti realisasi");
}

struct cari_batas {
	const char *nilai;
	char simpan[32];
};

static int batas_cari(const char *kunci, const char *nilai, void *arg)
{
	struct cari_batas *c = arg;
	if (strcmp(kunci, "batas_bukti") == 0) {
		snprintf(c->simpan, sizeof(c->simpan), "%s", nilai ? nilai : "");
		c->nilai = c->simpan;
	}
	return 0;
}

/* The pemda's limit in bytes (batas_bukti; a stored value was validated at import). */
static int batas_pemda(struct store *s, const char *pemda, size_t *batas, struct galat *g)
{
	struct cari_batas c = {.nilai = NULL};
	if (store_pengaturan_daftar(s, pemda, batas_cari, &c, g))
		return -1;
	if (pengaturan_batas_bukti(c.nilai, batas))
		*batas = (size_t)BUKTI_BATAS_MIB << 20; /* cannot happen: refused at import */
	return 0;
}

/* "10 MiB" or "512 KiB" for messages. */
static void ukuran_teks(size_t n, char *out, size_t nout)
{
	if (n % (1u << 20) == 0)
		snprintf(out, nout, "%zu MiB", n >> 20);
	else
		snprintf(out, nout, "%zu byte", n);
}

int layanan_bukti_simpan(struct store *s, const struct aktor *a, const char *objek,
			 const char *nama, const void *isi, size_t n, struct store_bukti *out,
			 struct galat *g)
{
	galat_init(g);
	memset(out, 0, sizeof(*out));
	struct bukti_objek o;
	int st = bukti_objek_urai(objek, &o, g);
	if (st)
		return st;
	if (!isi || n == 0)
		return layanan_tolak(g, LAYANAN_SALAH, "berkas bukti kosong");
	if ((st = objek_cek(s, &o, g)) || (st = boleh_tulis(a, &o, g)))
		return st;
	size_t batas;
	if (batas_pemda(s, o.pemda, &batas, g))
		return LAYANAN_GALAT;
	if (n > batas) {
		char t[32];
		ukuran_teks(batas, t, sizeof(t));
		return layanan_tolak(g, LAYANAN_TERLALU_BESAR,
				     "berkas bukti %zu byte melebihi batas %s", n, t);
	}
	enum jenis_berkas j = jenis_berkas_kenali(isi, n);
	if (j == JB_TIDAK)
		return layanan_tolak(g, LAYANAN_JENIS_DITOLAK,
				     "isi berkas bukan PDF, PNG, JPEG, XLSX atau DOCX (jenis dikenali "
				     "dari isinya, bukan dari namanya)");
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, isi, (unsigned long long)n);
	sodium_bin2hex(out->sha256, sizeof(out->sha256), h, sizeof(h));
	snprintf(out->objek, sizeof(out->objek), "%s", objek);
	snprintf(out->pemda, sizeof(out->pemda), "%s", o.pemda);
	berkas_nama_aman(nama ? nama : "", nama ? strlen(nama) : 0, out->nama, sizeof(out->nama));
	snprintf(out->jenis, sizeof(out->jenis), "%s", jenis_berkas_nama(j));
	snprintf(out->pengunggah, sizeof(out->pengunggah), "%s", a->nama ? a->nama : "cli");
	out->ukuran = (int64_t)n;
	if (store_begin(s, g))
		return LAYANAN_SIBUK;
	/* The lock inside the transaction, so a lock set meanwhile is seen. */
	if ((st = kunci_cek(s, o.pemda, o.tahun, g))) {
		store_rollback(s);
		return st;
	}
	char kunci[240], baru[300];
	if (store_bukti_tambah(s, out, isi, n, &out->id, g))
		goto gagal;
	snprintf(kunci, sizeof(kunci), "%s#%lld", objek, (long long)out->id);
	snprintf(baru, sizeof(baru), "%s (%s, %zu byte, sha256 %s)", out->nama, out->jenis, n,
		 out->sha256);
	if (store_audit(s, out->pengunggah, o.pemda, "bukti", kunci, NULL, baru, g) ||
	    store_commit(s, g))
		goto gagal;
	return LAYANAN_OK;
gagal:
	store_rollback(s);
	g->pengguna = 0;
	return LAYANAN_GALAT;
}

/* Parses and resolves objek and checks the actor may read it. */
static int baca_cek(struct store *s, const struct aktor *a, const char *objek, struct galat *g)
{
	struct bukti_objek o;
	int st = bukti_objek_urai(objek, &o, g);
	if (st || (st = objek_cek(s, &o, g)))
		return st;
	if (!boleh_baca(a, &o))
		return layanan_tolak(g, LAYANAN_TERLARANG, "Anda tidak boleh membaca bukti ini");
	return LAYANAN_OK;
}

int layanan_bukti_baca(struct store *s, const struct aktor *a, int64_t id,
		       struct store_bukti *out, struct buf *isi, struct galat *g)
{
	galat_init(g);
	int r = store_bukti_cari(s, id, out, NULL, g);
	if (r < 0)
		return LAYANAN_GALAT;
	if (r == 0)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "bukti %lld tidak ada", (long long)id);
	int st = baca_cek(s, a, out->objek, g);
	if (st == LAYANAN_TIDAK_ADA) {
		/* Its object is gone (an indicator removed): the file's pemda decides, no OPD. */
		struct bukti_objek o = {.jenis = BO_LKE};
		snprintf(o.pemda, sizeof(o.pemda), "%s", out->pemda);
		st = boleh_baca(a, &o) ? LAYANAN_OK
				       : layanan_tolak(g, LAYANAN_TERLARANG,
						       "Anda tidak boleh membaca bukti ini");
	}
	if (st)
		return st;
	if (isi && store_bukti_cari(s, id, out, isi, g) != 1)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: membaca isi bukti");
	return LAYANAN_OK;
}

int layanan_bukti_daftar(struct store *s, const struct aktor *a, const char *objek,
			 int (*fn)(const struct store_bukti *b, void *arg), void *arg,
			 struct galat *g)
{
	galat_init(g);
	int st = baca_cek(s, a, objek, g);
	if (st)
		return st;
	return store_bukti_daftar(s, objek, fn, arg, g) ? LAYANAN_GALAT : LAYANAN_OK;
}

int layanan_bukti_daftar_lke(struct store *s, const struct aktor *a, const char *pemda, int tahun,
			     const char *opd, int (*fn)(const struct store_bukti *b, void *arg),
			     void *arg, struct galat *g)
{
	galat_init(g);
	struct bukti_objek o = {.jenis = BO_LKE, .tahun = tahun};
	snprintf(o.pemda, sizeof(o.pemda), "%s", pemda);
	snprintf(o.opd, sizeof(o.opd), "%s", opd);
	if (!boleh_baca(a, &o))
		return layanan_tolak(g, LAYANAN_TERLARANG, "Anda tidak boleh membaca bukti ini");
	char awalan[200];
	snprintf(awalan, sizeof(awalan), "lke:%s/%d/%s/", pemda, tahun, opd);
	return store_bukti_awalan(s, awalan, fn, arg, g) ? LAYANAN_GALAT : LAYANAN_OK;
}

int layanan_bukti_boleh_lke(const struct aktor *a, const char *pemda, const char *opd)
{
	struct bukti_objek o = {.jenis = BO_LKE};
	snprintf(o.pemda, sizeof(o.pemda), "%s", pemda);
	snprintf(o.opd, sizeof(o.opd), "%s", opd);
	struct galat g;
	galat_init(&g);
	return boleh_tulis(a, &o, &g) == LAYANAN_OK;
}
