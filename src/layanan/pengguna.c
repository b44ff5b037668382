/* Users, passwords and sessions; see pengguna.h. */
#include "pengguna.h"

#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SANDI_MAKS 200
#define NAMA_MAKS  60

int pengguna_sandi_hash(const char *sandi, char *out, size_t n)
{
	if (n < crypto_pwhash_STRBYTES)
		return -1;
	if (crypto_pwhash_str_alg(out, sandi, strlen(sandi), crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE,
				  crypto_pwhash_ALG_ARGON2ID13) != 0)
		return -1;
	return 0;
}

int pengguna_peran_sah(const char *peran)
{
	static const char *const semua[] = {"admin", "perencana", "operator", "reviewer",
					    "pimpinan"};
	for (size_t i = 0; i < sizeof(semua) / sizeof(*semua); i++)
		if (peran && strcmp(peran, semua[i]) == 0)
			return 1;
	return 0;
}

/* A store failure: the message kept, the status LAYANAN_GALAT (or `status`). */
static int gagal_store(struct store *s, struct galat *g, int status)
{
	store_rollback(s);
	g->pengguna = 0;
	if (!g->pesan[0])
		snprintf(g->pesan, sizeof(g->pesan), "basis data");
	return status;
}

static int sandi_cek(const char *sandi, struct galat *g)
{
	if (!sandi || strlen(sandi) < 8 || strlen(sandi) > SANDI_MAKS)
		return layanan_tolak(g, LAYANAN_SALAH, "kata sandi minimal 8 karakter (maks. %d)",
				     SANDI_MAKS);
	return 0;
}

static int buat_hash(const char *sandi, char *hash, size_t n, struct galat *g)
{
	if (pengguna_sandi_hash(sandi, hash, n))
		return layanan_tolak(g, LAYANAN_GALAT,
				     "tidak dapat membuat hash kata sandi (memori?)");
	return 0;
}

/* ---- adding a user ---- */

struct cari_opd {
	struct store *s;
	const char *opd;
	char pemda[32];
	int n, galat;
};

static int opd_di(const char *kode, void *arg)
{
	struct cari_opd *c = arg;
	int rc = store_opd_ada(c->s, kode, c->opd);
	if (rc < 0)
		return c->galat = 1;
	if (rc == 1 && c->n++ == 0)
		snprintf(c->pemda, sizeof(c->pemda), "%s", kode);
	return 0;
}

/*
 * Resolves and checks the pemda and the OPD of a new user inside the
 * transaction; *pemda may be set (to out, 32 bytes) when it follows from the OPD.
 */
static int lingkup_baru(struct store *s, const struct aktor *a, const char *peran, const char *opd,
			const char **pemda, char *out, struct galat *g)
{
	int operator= strcmp(peran, "operator") == 0;
	if (!*pemda && operator&& a->pemda && * a->pemda)
		*pemda = a->pemda;
	if (*pemda) {
		if (!aktor_lingkup(a, *pemda))
			return layanan_tolak(g, LAYANAN_TERLARANG,
					     "Anda hanya boleh mengelola pengguna pemda %s",
					     a->pemda);
		int rc = store_pemda_ada(s, *pemda);
		if (rc < 0)
			return layanan_tolak(g, LAYANAN_GALAT, "basis data: pemda");
		if (!rc)
			return layanan_tolak(g, LAYANAN_SALAH, "pemda '%s' tidak ada di basis data",
					     *pemda);
		rc = opd ? store_opd_ada(s, *pemda, opd) : 1;
		if (rc < 0)
			return layanan_tolak(g, LAYANAN_GALAT, "basis data: opd");
		if (!rc)
			return layanan_tolak(g, LAYANAN_SALAH, "opd '%s' tidak ada di pemda %s",
					     opd, *pemda);
		return 0;
	}
	if (!aktor_lingkup(a, NULL))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "Anda hanya boleh mengelola pengguna pemda %s", a->pemda);
	if (!opd)
		return 0;
	struct cari_opd c = {.s = s, .opd = opd};
	if (store_pemda_daftar(s, opd_di, &c, g) || c.galat)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: opd");
	if (!c.n)
		return layanan_tolak(g, LAYANAN_SALAH, "opd '%s' tidak ada di basis data", opd);
	if (operator&& c.n> 1)
		return layanan_tolak(g, LAYANAN_SALAH,
				     "opd '%s' ada di %d pemda; sebutkan pemda operator ini", opd,
				     c.n);
	if (operator) {
		memcpy(out, c.pemda, sizeof(c.pemda));
		*pemda = out;
	}
	return 0;
}

int pengguna_tambah(struct store *s, const struct aktor *a, const char *nama, const char *peran,
		    const char *opd, const char *pemda, const char *sandi, struct galat *g)
{
	galat_init(g);
	if (!aktor_peran(a, "admin"))
		return layanan_tolak(g, LAYANAN_TERLARANG, "hanya admin yang mengelola pengguna");
	if (!nama || !*nama || strlen(nama) > NAMA_MAKS)
		return layanan_tolak(g, LAYANAN_SALAH, "nama wajib diisi (maks. %d karakter)",
				     NAMA_MAKS);
	for (const char *p = nama; *p; p++)
		if (!(*p == '.' || *p == '_' || *p == '-' || (*p >= '0' && *p <= '9') ||
		      (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			return layanan_tolak(
			    g, LAYANAN_SALAH,
			    "nama hanya huruf, angka, titik, garis bawah, tanda hubung");
	if (!pengguna_peran_sah(peran))
		return layanan_tolak(
		    g, LAYANAN_SALAH,
		    "peran harus admin, perencana, operator, reviewer atau pimpinan");
	if (opd && !*opd)
		opd = NULL;
	if (pemda && !*pemda)
		pemda = NULL;
	if (strcmp(peran, "operator") == 0 && !opd)
		return layanan_tolak(g, LAYANAN_SALAH, "operator wajib punya OPD");
	if ((opd && strlen(opd) > 60) || (pemda && strlen(pemda) > 30))
		return layanan_tolak(g, LAYANAN_SALAH, "OPD atau pemda terlalu panjang");
	int st = sandi_cek(sandi, g);
	if (st)
		return st;
	char hash[crypto_pwhash_STRBYTES];
	if ((st = buat_hash(sandi, hash, sizeof(hash), g)))
		return st;
	if (store_begin(s, g))
		return gagal_store(s, g, LAYANAN_SIBUK);
	char turunan[32];
	if ((st = lingkup_baru(s, a, peran, opd, &pemda, turunan, g))) {
		store_rollback(s);
		return st;
	}
	char baru[200];
	snprintf(baru, sizeof(baru), "peran=%s opd=%s pemda=%s", peran, opd ? opd : "",
		 pemda ? pemda : "");
	if (store_web_pengguna_tambah(s, nama, peran, opd, pemda, hash, g)) {
		store_rollback(s);
		return g->pengguna ? LAYANAN_BENTROK : LAYANAN_GALAT;
	}
	if (store_audit(s, a->nama, pemda, "pengguna", nama, NULL, baru, g) || store_commit(s, g))
		return gagal_store(s, g, LAYANAN_GALAT);
	return LAYANAN_OK;
}

/* ---- acting on a user ---- */

/* The user an admin acts on, within the admin's scope: LAYANAN_OK with *u (hash wiped). */
static int sasaran(struct store *s, const struct aktor *a, const char *nama,
		   struct store_pengguna *u, struct galat *g)
{
	if (!aktor_peran(a, "admin"))
		return layanan_tolak(g, LAYANAN_TERLARANG, "hanya admin yang mengelola pengguna");
	if (!nama || !*nama || strlen(nama) > NAMA_MAKS)
		return layanan_tolak(g, LAYANAN_SALAH, "nama wajib diisi (maks. %d karakter)",
				     NAMA_MAKS);
	int ada = store_web_pengguna_cari(s, nama, u);
	sodium_memzero(u->hash, sizeof(u->hash));
	if (ada < 0)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: pengguna");
	if (!ada)
		return layanan_tolak(g, LAYANAN_TIDAK_ADA, "pengguna tidak dikenal");
	if (!aktor_lingkup(a, u->pemda[0] ? u->pemda : NULL))
		return layanan_tolak(g, LAYANAN_TERLARANG,
				     "pengguna '%s' di luar lingkup Anda (pemda %s)", u->nama,
				     a->pemda);
	return LAYANAN_OK;
}

static void kunci_nama(char *out, size_t n, const char *nama)
{
	snprintf(out, n, "nama:%s", nama);
}

static void kunci_pasangan(char *out, size_t n, const char *alamat, const char *nama)
{
	snprintf(out, n, "ipnama:%s|%s", alamat ? alamat : "?", nama);
}

/*
 * In one transaction: u's new password hash, u's sessions ended but `tetap`
 * (a token hash or NULL), the failures of u's name (and of the pair with
 * `alamat` when given) forgotten, the audit entry `catatan`.
 */
static int sandi_simpan(struct store *s, const struct aktor *a, const struct store_pengguna *u,
			const char *hash, const char *tetap, const char *alamat,
			const char *catatan, struct galat *g)
{
	char kn[96], kp[160];
	kunci_nama(kn, sizeof(kn), u->nama);
	kunci_pasangan(kp, sizeof(kp), alamat, u->nama);
	if (store_begin(s, g))
		return gagal_store(s, g, LAYANAN_SIBUK);
	if (store_web_pengguna_sandi(s, u->id, hash, g) ||
	    store_web_sesi_hapus_pengguna(s, u->id, tetap, g) || store_web_gagal_hapus(s, kn, g) ||
	    (alamat && store_web_gagal_hapus(s, kp, g)) ||
	    store_audit(s, a->nama, u->pemda[0] ? u->pemda : NULL, "pengguna", u->nama, NULL,
			catatan, g) ||
	    store_commit(s, g))
		return gagal_store(s, g, LAYANAN_GALAT);
	return LAYANAN_OK;
}

int pengguna_sandi_reset(struct store *s, const struct aktor *a, const char *nama, const char *baru,
			 const char *sesi, struct galat *g)
{
	galat_init(g);
	struct store_pengguna u;
	int st = sasaran(s, a, nama, &u, g);
	if (st || (st = sandi_cek(baru, g)))
		return st;
	char hash[crypto_pwhash_STRBYTES];
	if ((st = buat_hash(baru, hash, sizeof(hash), g)))
		return st;
	/*
	 * Whoever knew the old password is logged out; an admin resetting their own keeps
	 * this session. A reset also lifts the throttle on the name (from every address:
	 * the pairs' counts age out by themselves).
	 */
	return sandi_simpan(s, a, &u, hash, u.id == a->id ? sesi : NULL, NULL, "kata sandi direset",
			    g);
}

int pengguna_status(struct store *s, const struct aktor *a, const char *nama, int aktif,
		    struct galat *g)
{
	galat_init(g);
	struct store_pengguna u;
	int st = sasaran(s, a, nama, &u, g);
	if (st)
		return st;
	if (!aktif && a->id && u.id == a->id)
		return layanan_tolak(g, LAYANAN_SALAH,
				     "Anda tidak dapat menonaktifkan akun sendiri");
	if (!u.aktif == !aktif)
		return LAYANAN_OK;
	if (store_begin(s, g))
		return gagal_store(s, g, LAYANAN_SIBUK);
	if (store_web_pengguna_aktif(s, u.id, aktif, g) ||
	    (!aktif && store_web_sesi_hapus_pengguna(s, u.id, NULL, g)) ||
	    store_audit(s, a->nama, u.pemda[0] ? u.pemda : NULL, "pengguna", u.nama,
			aktif ? "aktif=0" : "aktif=1", aktif ? "aktif=1" : "aktif=0", g) ||
	    store_commit(s, g))
		return gagal_store(s, g, LAYANAN_GALAT);
	return LAYANAN_OK;
}

/* ---- the throttle ---- */

/* LAYANAN_OK, LAYANAN_BATAS with *coba_lagi, or LAYANAN_SIBUK when it cannot be read. */
static int tahan_satu(struct store *s, const char *kunci, int maks, int64_t sekarang,
		      int *coba_lagi, struct galat *g)
{
	int n;
	int64_t terakhir;
	if (store_web_gagal_terakhir(s, kunci, sekarang - PENGGUNA_GAGAL_DETIK, &n, &terakhir, g))
		return layanan_tolak(
		    g, LAYANAN_SIBUK,
		    "layanan masuk sedang sibuk (basis data); coba lagi sebentar lagi");
	if (n < maks)
		return LAYANAN_OK;
	int64_t tunda = PENGGUNA_TUNDA_AWAL;
	for (int i = maks; i < n && tunda < PENGGUNA_GAGAL_DETIK; i++)
		tunda *= 2;
	if (tunda > PENGGUNA_GAGAL_DETIK)
		tunda = PENGGUNA_GAGAL_DETIK;
	int64_t sisa = terakhir + tunda - sekarang;
	if (sisa <= 0)
		return LAYANAN_OK;
	if (sisa > *coba_lagi)
		*coba_lagi = (int)sisa;
	return LAYANAN_BATAS;
}

static int tahan(struct store *s, const char *nama, const char *alamat, int64_t sekarang,
		 int *coba_lagi, struct galat *g)
{
	char kn[96], kp[160];
	kunci_nama(kn, sizeof(kn), nama);
	kunci_pasangan(kp, sizeof(kp), alamat, nama);
	*coba_lagi = 0;
	int a = tahan_satu(s, kp, PENGGUNA_GAGAL_MAKS, sekarang, coba_lagi, g);
	if (a == LAYANAN_SIBUK)
		return a;
	int b = tahan_satu(s, kn, PENGGUNA_GAGAL_NAMA_MAKS, sekarang, coba_lagi, g);
	if (b == LAYANAN_SIBUK)
		return b;
	if (a || b)
		return layanan_tolak(g, LAYANAN_BATAS,
				     "terlalu banyak percobaan yang gagal; coba lagi %d detik lagi",
				     *coba_lagi);
	return LAYANAN_OK;
}

/* Records a failure of the name and of the pair in one transaction; 0 or LAYANAN_SIBUK. */
static int catat_gagal(struct store *s, const char *nama, const char *alamat, int64_t sekarang,
		       struct galat *g)
{
	char kn[96], kp[160];
	kunci_nama(kn, sizeof(kn), nama);
	kunci_pasangan(kp, sizeof(kp), alamat, nama);
	/* Failures older than the window count no more: forgotten, so the table stays small. */
	if (store_begin(s, g) || store_web_gagal_lupakan(s, sekarang - PENGGUNA_GAGAL_DETIK, g) ||
	    store_web_gagal_catat(s, kn, sekarang, g) ||
	    store_web_gagal_catat(s, kp, sekarang, g) || store_commit(s, g)) {
		gagal_store(s, g, LAYANAN_SIBUK);
		return layanan_tolak(
		    g, LAYANAN_SIBUK,
		    "layanan masuk sedang sibuk (basis data); coba lagi sebentar lagi");
	}
	return LAYANAN_OK;
}

/* ---- passwords and sessions ---- */

static char palsu_hash[crypto_pwhash_STRBYTES];

static void hash_palsu_buat(void)
{
	unsigned char b[16];
	char sandi[40];
	randombytes_buf(b, sizeof(b));
	sodium_bin2hex(sandi, sizeof(sandi), b, sizeof(b));
	if (pengguna_sandi_hash(sandi, palsu_hash, sizeof(palsu_hash)))
		palsu_hash[0] = '\0'; /* then the verify below fails at once: still a refusal */
}

/*
 * Finds nama and verifies sandi against its hash, or against a decoy hash of a
 * random password when the name is unknown, so that every refusal costs the
 * same argon2id work. 1 right password of an active user (*u), 0 refused, -1 error.
 */
static int periksa(struct store *s, const char *nama, const char *sandi, struct store_pengguna *u)
{
	int ada = store_web_pengguna_cari(s, nama, u);
	if (ada < 0)
		return -1;
	if (!ada) {
		static pthread_once_t sekali = PTHREAD_ONCE_INIT;
		pthread_once(&sekali, hash_palsu_buat);
		memset(u, 0, sizeof(*u));
		snprintf(u->hash, sizeof(u->hash), "%s", palsu_hash);
	}
	/* No short cut before the verify: it runs for unknown, inactive and active alike. */
	int cocok = crypto_pwhash_str_verify(u->hash, sandi, strlen(sandi)) == 0;
	sodium_memzero(u->hash, sizeof(u->hash));
	return ada && cocok && u->aktif;
}

void pengguna_token_hash(const char *token, char out[72])
{
	unsigned char h[32];
	crypto_generichash(h, sizeof(h), (const unsigned char *)token, strlen(token), NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof(h));
}

static void acak_hex(char *out, size_t nbytes)
{
	unsigned char b[32];
	randombytes_buf(b, nbytes);
	sodium_bin2hex(out, nbytes * 2 + 1, b, nbytes);
}

int pengguna_masuk(struct store *s, const char *nama, const char *sandi, const char *alamat,
		   const char *sesi_lama, struct pengguna_sesi *out, struct galat *g)
{
	galat_init(g);
	memset(out, 0, sizeof(*out));
	if (!nama || !sandi || !*nama || strlen(nama) > NAMA_MAKS || strlen(sandi) > SANDI_MAKS)
		return layanan_tolak(g, LAYANAN_DITOLAK, "nama atau kata sandi salah");
	int64_t sekarang = (int64_t)time(NULL);
	int st = tahan(s, nama, alamat, sekarang, &out->coba_lagi, g);
	if (st)
		return st;
	int rc = periksa(s, nama, sandi, &out->u);
	if (rc < 0)
		return layanan_tolak(
		    g, LAYANAN_SIBUK,
		    "layanan masuk sedang sibuk (basis data); coba lagi sebentar lagi");
	if (rc == 0) {
		if ((st = catat_gagal(s, nama, alamat, sekarang, g)))
			return st;
		return layanan_tolak(g, LAYANAN_DITOLAK, "nama atau kata sandi salah");
	}
	acak_hex(out->token, 32);
	acak_hex(out->csrf, 32);
	pengguna_token_hash(out->token, out->token_hash);
	char kn[96], kp[160];
	kunci_nama(kn, sizeof(kn), nama);
	kunci_pasangan(kp, sizeof(kp), alamat, nama);
	/* The browser's previous session ends with this login, whoever it belonged to. */
	if (store_begin(s, g) || store_web_gagal_hapus(s, kn, g) ||
	    store_web_gagal_hapus(s, kp, g) ||
	    store_web_sesi_hapus(s, sesi_lama && *sesi_lama ? sesi_lama : NULL, sekarang, g) ||
	    store_web_sesi_buat(s, out->token_hash, out->u.id, out->csrf,
				sekarang + PENGGUNA_SESI_DETIK, g) ||
	    store_commit(s, g)) {
		gagal_store(s, g, LAYANAN_SIBUK);
		sodium_memzero(out->token, sizeof(out->token));
		return layanan_tolak(
		    g, LAYANAN_SIBUK,
		    "layanan masuk sedang sibuk (basis data); coba lagi sebentar lagi");
	}
	return LAYANAN_OK;
}

int pengguna_keluar(struct store *s, const char *sesi, struct galat *g)
{
	galat_init(g);
	if (store_web_sesi_hapus(s, sesi, (int64_t)time(NULL), g))
		return layanan_tolak(g, LAYANAN_SIBUK,
				     "sesi belum dapat diakhiri (basis data sibuk); coba lagi");
	return LAYANAN_OK;
}

int pengguna_sandi_ubah(struct store *s, const struct aktor *a, const char *lama, const char *baru,
			const char *sesi, const char *alamat, int *coba_lagi, struct galat *g)
{
	galat_init(g);
	*coba_lagi = 0;
	if (!a->peran || !a->id)
		return layanan_tolak(g, LAYANAN_DITOLAK, "belum masuk");
	int st = sandi_cek(baru, g);
	if (st)
		return st;
	/*
	 * Wrong old passwords count as failed logins, so that a stolen session cannot be
	 * used to guess the password at leisure.
	 */
	int64_t sekarang = (int64_t)time(NULL);
	if ((st = tahan(s, a->nama, alamat, sekarang, coba_lagi, g)))
		return st;
	struct store_pengguna u;
	int rc = lama && strlen(lama) <= SANDI_MAKS ? periksa(s, a->nama, lama, &u) : 0;
	if (rc < 0)
		return layanan_tolak(g, LAYANAN_GALAT, "basis data: pengguna");
	if (rc == 0) {
		if ((st = catat_gagal(s, a->nama, alamat, sekarang, g)))
			return st;
		return layanan_tolak(g, LAYANAN_TERLARANG, "kata sandi lama salah");
	}
	char hash[crypto_pwhash_STRBYTES];
	if ((st = buat_hash(baru, hash, sizeof(hash), g)))
		return st;
	return sandi_simpan(s, a, &u, hash, sesi, alamat, "kata sandi diubah", g);
}

int pengguna_admin_pertama(struct store *s, char *sandi, size_t n, int *dibuat, struct galat *g)
{
	*dibuat = 0;
	int jumlah = store_web_pengguna_jumlah(s, g);
	if (jumlah != 0)
		return jumlah < 0 ? -1 : 0;
	const char *env = getenv("KINERJA_ADMIN_SANDI");
	char rahasia[SANDI_MAKS + 1];
	int dari_env = env && *env;
	if (dari_env) {
		if (strlen(env) < 8 || strlen(env) > SANDI_MAKS) {
			g->pengguna = 1;
			return galat_set(g, "KINERJA_ADMIN_SANDI harus 8 sampai %d karakter",
					 SANDI_MAKS);
		}
		snprintf(rahasia, sizeof(rahasia), "%s", env);
	} else {
		static const char abjad[] =
		    "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		if (n < 17)
			return galat_set(g, "penyangga kata sandi terlalu kecil");
		for (int i = 0; i < 16; i++)
			rahasia[i] = abjad[randombytes_uniform(sizeof(abjad) - 1)];
		rahasia[16] = '\0';
	}
	struct aktor sistem = {.nama = "kinerja"};
	int st = pengguna_tambah(s, &sistem, "admin", "admin", NULL, NULL, rahasia, g);
	if (st) {
		sodium_memzero(rahasia, sizeof(rahasia));
		return -1;
	}
	if (!dari_env)
		snprintf(sandi, n, "%s", rahasia);
	sodium_memzero(rahasia, sizeof(rahasia));
	*dibuat = dari_env ? 1 : 2;
	return 0;
}
