/* Locks of a pemda-year and fill windows; see kunci.h. */
#include "kunci.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../core/waktu.h"


void kunci_wib(const char *utc, char *out, size_t n)
{
	waktu_utc_wib(utc, out, n);
}

int jadwal_waktu_sah(const char *t)
{
	return waktu_wib_sah(t);
}

void jadwal_wib(const char *wib, char *out, size_t n)
{
	waktu_wib_tampil(wib, out, n);
}

void jadwal_sekarang(char out[20])
{
	time_t t = time(NULL) + 7 * 3600;
	struct tm w;
	gmtime_r(&t, &w);
	strftime(out, 20, "%Y-%m-%d %H:%M", &w);
}

int kunci_keterangan(struct store *s, const char *pemda, int tahun, char *out, size_t n)
{
	struct store_kunci k;
	struct galat g;
	galat_init(&g);
	out[0] = '\0';
	int r = store_kunci_cari(s, pemda, tahun, &k, &g);
	if (r != 1)
		return r;
	char w[48];
	kunci_wib(k.waktu, w, sizeof(w));
	snprintf(out, n, "Data dikunci per %s oleh %s", w, k.oleh);
	return 1;
}

int kunci_cek(struct store *s, const char *pemda, int tahun, struct galat *g)
{
	struct store_kunci k;
	int r = store_kunci_cari(s, pemda, tahun, &k, g);
	if (r < 0)
		return LAYANAN_GALAT;
	if (!r)
		return LAYANAN_OK;
	char w[48];
	kunci_wib(k.waktu, w, sizeof(w));
	return layanan_tolak(g, LAYANAN_BENTROK, "Data %s tahun %d dikunci per %s oleh %s", pemda,
			     tahun, w, k.oleh);
}

/* The checks lock and unlock share: LAYANAN_OK or the refusal. */
static int kunci_boleh(struct store *s, const struct aktor *a, const char *pemda, int tahun,
		       struct galat *g)
{
	if (!aktor_peran(a, "admin"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya admin yang boleh mengunci atau membuka data");
	if (!pemda || !*pemda || tahun < 1900 || tahun > 2200)
		return layanan_tolak(g, LAYANAN_SALAH, "pemda dan tahun wajib diisi");
	if (!aktor_lingkup(a, pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG, "Anda tidak boleh mengubah data pemda ini");
	if (store_siklus_pemda_ada(s, pemda) != 1)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda '%s' tidak dikenal", pemda);
	return LAYANAN_OK;
}

/* Runs the write of lock or unlock in one transaction with its audit entry. */
static int kunci_tulis(struct store *s, const struct aktor *a, const char *pemda, int tahun,
		       int pasang, const char *lama, const char *baru, struct galat *g)
{
	if (store_begin(s, g))
		return LAYANAN_SIBUK;
	char kunci[16];
	snprintf(kunci, sizeof(kunci), "%d", tahun);
	const char *nama = a->nama ? a->nama : "cli";
	if ((pasang ? store_kunci_pasang(s, pemda, tahun, nama, g)
		    : store_kunci_hapus(s, pemda, tahun, g)) ||
	    store_audit(s, nama, pemda, "kunci", kunci, lama, baru, g) || store_commit(s, g)) {
		store_rollback(s);
		g->pengguna = 0;
		return LAYANAN_GALAT;
	}
	return LAYANAN_OK;
}

int kunci_pasang(struct store *s, const struct aktor *a, const char *pemda, int tahun,
		 struct galat *g)
{
	galat_init(g);
	int st = kunci_boleh(s, a, pemda, tahun, g);
	if (st)
		return st;
	if ((st = kunci_cek(s, pemda, tahun, g)))
		return st;
	return kunci_tulis(s, a, pemda, tahun, 1, NULL, "dikunci", g);
}

int kunci_buka(struct store *s, const struct aktor *a, const char *pemda, int tahun,
	       const char *alasan, struct galat *g)
{
	galat_init(g);
	int st = kunci_boleh(s, a, pemda, tahun, g);
	if (st)
		return st;
	if (!alasan || !*alasan)
		return layanan_tolak(g, LAYANAN_SALAH, "alasan membuka kunci wajib diisi");
	if (strlen(alasan) > 500)
		return layanan_tolak(g, LAYANAN_SALAH, "alasan terlalu panjang (maks. 500 karakter)");
	char lama[160];
	int r = kunci_keterangan(s, pemda, tahun, lama, sizeof(lama));
	if (r < 0)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: kunci");
	if (!r)
		return layanan_tolak(g, LAYANAN_BENTROK, "data %s tahun %d tidak sedang dikunci",
				     pemda, tahun);
	char baru[600];
	snprintf(baru, sizeof(baru), "dibuka: %s", alasan);
	return kunci_tulis(s, a, pemda, tahun, 0, lama, baru, g);
}

/* Whether pemda has any window in tahun: 1, 0, -1. */
struct ada_jadwal {
	int n;
};
static int hitung(const struct store_jadwal *j, void *arg)
{
	(void)j;
	((struct ada_jadwal *)arg)->n++;
	return 0;
}

int jadwal_cek(struct store *s, const struct aktor *a, const char *pemda, int tahun,
	       int triwulan, struct galat *g)
{
	if (!a->peran || strcmp(a->peran, "operator") != 0)
		return LAYANAN_OK;
	struct ada_jadwal h = {0};
	if (store_jadwal_daftar(s, pemda, tahun, hitung, &h, g))
		return LAYANAN_GALAT;
	if (!h.n)
		return LAYANAN_OK;
	struct store_jadwal j;
	int r = store_jadwal_cari(s, pemda, tahun, triwulan, &j, g);
	if (r < 0)
		return LAYANAN_GALAT;
	char nama[48];
	if (triwulan)
		snprintf(nama, sizeof(nama), "triwulan %d %d", triwulan, tahun);
	else
		snprintf(nama, sizeof(nama), "tahunan %d", tahun);
	if (!r)
		return layanan_tolak(g, LAYANAN_BENTROK,
				     "jendela pengisian %s belum dijadwalkan; hubungi perencana",
				     nama);
	char kini[20], w[48];
	jadwal_sekarang(kini);
	if (strcmp(kini, j.buka) < 0) {
		jadwal_wib(j.buka, w, sizeof(w));
		return layanan_tolak(g, LAYANAN_BENTROK, "jendela pengisian %s baru dibuka %s",
				     nama, w);
	}
	if (strcmp(kini, j.tutup) > 0) {
		jadwal_wib(j.tutup, w, sizeof(w));
		return layanan_tolak(g, LAYANAN_BENTROK, "jendela pengisian %s ditutup %s", nama,
				     w);
	}
	return LAYANAN_OK;
}

struct cari_terbuka {
	char kini[20];
	struct store_jadwal *out;
	int ada;
};
static int terbuka_satu(const struct store_jadwal *j, void *arg)
{
	struct cari_terbuka *c = arg;
	if (strcmp(c->kini, j->buka) < 0 || strcmp(c->kini, j->tutup) > 0)
		return 0;
	if (!c->ada || strcmp(j->tutup, c->out->tutup) < 0)
		*c->out = *j;
	c->ada = 1;
	return 0;
}

int jadwal_terbuka(struct store *s, const char *pemda, struct store_jadwal *out,
		   struct galat *g)
{
	struct cari_terbuka c = {.out = out};
	jadwal_sekarang(c.kini);
	if (store_jadwal_daftar(s, pemda, 0, terbuka_satu, &c, g))
		return -1;
	return c.ada;
}

int jadwal_simpan(struct store *s, const struct aktor *a, const struct store_jadwal *j,
		  struct galat *g)
{
	galat_init(g);
	if (!aktor_peran(a, "admin,perencana"))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "hanya perencana atau admin yang mengatur jadwal");
	if (!aktor_lingkup(a, j->pemda))
		return layanan_tolak(g, LAYANAN_TERLARANG, "Anda tidak boleh mengubah data pemda ini");
	if (store_siklus_pemda_ada(s, j->pemda) != 1)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pemda '%s' tidak dikenal", j->pemda);
	if (j->tahun < 1900 || j->tahun > 2200)
		return layanan_tolak(g, LAYANAN_SALAH, "tahun tidak sah");
	if (j->triwulan < 0 || j->triwulan > 4)
		return layanan_tolak(g, LAYANAN_SALAH, "triwulan harus 0 (setahun) sampai 4");
	if (!jadwal_waktu_sah(j->buka) || !jadwal_waktu_sah(j->tutup))
		return layanan_tolak(g, LAYANAN_SALAH,
				     "buka dan tutup ditulis YYYY-MM-DD HH:MM (WIB), mis. "
				     "2020-07-01 08:00");
	if (strcmp(j->buka, j->tutup) >= 0)
		return layanan_tolak(g, LAYANAN_SALAH, "tutup harus sesudah buka");
	int st = kunci_cek(s, j->pemda, j->tahun, g);
	if (st)
		return st;
	if (store_begin(s, g))
		return LAYANAN_SIBUK;
	/* The same upsert as jadwal.csv: audited with old and new value. */
	struct jadwal jj = {j->tahun, j->triwulan, j->buka, j->tutup};
	if (store_simpan_jadwal(s, j->pemda, &jj, a->nama ? a->nama : "cli", NULL, g) ||
	    store_commit(s, g)) {
		store_rollback(s);
		g->pengguna = 0;
		return LAYANAN_GALAT;
	}
	return LAYANAN_OK;
}
