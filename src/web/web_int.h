/*
 * Internals shared by the files of src/web: the request being answered, the
 * response helpers, sessions and the handlers of the API and the pages.
 */
#ifndef KINERJA_WEB_INT_H
#define KINERJA_WEB_INT_H

#include <jansson.h>
#include <microhttpd.h>
#include <stdint.h>

#include "../core/model.h"
#include "../core/pengaturan.h"
#include "../store/store.h"
#include "../store/store_web.h"
#include "../util/util.h"

/* Limits on what a client may send. */
#define WEB_BATAS_BODY (64 * 1024)
#define WEB_BATAS_FIELD 1024

struct aktor;

struct web_req {
	struct MHD_Connection *con;
	const char *method, *path;
	const char *body;
	size_t nbody;
	struct store *s;
	struct arena arena;
	/* the session, when masuk */
	int masuk;
	struct store_pengguna u;
	char csrf[72];
	char token_hash[72];
	/* the response */
	int status;
	struct buf out;
	const char *jenis;  /* Content-Type */
	char *cookie;       /* Set-Cookie, the request's to free */
	char *lokasi;       /* Location, the request's to free */
	const char *unduh;  /* file name of a download (Content-Disposition), in the arena */
	int coba_lagi;      /* seconds for Retry-After (a throttled login), 0 for none */
	int token_api;      /* Authorization: Bearer: 1 a valid API token, -1 an invalid one */
	const char *etag;   /* ETag of the response (arena), or NULL */
	const char *diubah; /* Last-Modified (an HTTP date, arena), or NULL */
	struct web_badan *badan; /* when set, the body sent instead of out (a reference) */
};

/*
 * A response body shared by a cache and the answers being sent, without a
 * copy per request: freed when the last reference is let go (cache.c).
 */
struct web_badan;
/* A new body holding a copy of data[0..len), with one reference. */
struct web_badan *web_badan_baru(const char *data, size_t len);
/* One more reference to b. */
struct web_badan *web_badan_ambil(struct web_badan *b);
/* Lets one reference go; NULL is fine. */
void web_badan_lepas(struct web_badan *b);
/* The bytes of b. */
const char *web_badan_data(const struct web_badan *b, size_t *len);

/* Query parameter (borrowed, NULL when absent or longer than WEB_BATAS_FIELD). */
const char *web_param(struct web_req *r, const char *nama);
/* Field of a urlencoded form body, decoded into the request's arena; NULL when absent. */
const char *web_form(struct web_req *r, const char *nama);
/*
 * Checks every query parameter and the body (urlencoded form, or JSON under
 * /api/) for valid UTF-8; otherwise answers 400 naming the parameter or field
 * and returns -1 (router.c, before any handler).
 */
int web_masukan_cek(struct web_req *r);
/* Queues r's response with the security headers (server.c). */
enum MHD_Result web_kirim(struct MHD_Connection *con, struct web_req *r);
/* Sets a JSON response (takes the reference). */
void web_json(struct web_req *r, int status, json_t *j);
/* Sets {"galat": pesan}. */
void web_galat(struct web_req *r, int status, const char *pesan);
/* Redirects (303) to lokasi. */
void web_alih(struct web_req *r, const char *lokasi);

/*
 * Bumped after every request that may write (any method but GET and HEAD)
 * except the routes router.c marks DATA (performance data only, no user or
 * session touched): the per-thread session memos (sesi.c) are valid only
 * while it is unchanged and for the same second, so a logout or a change made
 * here is seen at once, and a change made by another process within a second.
 */
uint64_t web_ubah_sekarang(void);
void web_ubah_catat(void);
/*
 * After a request that may have written: the versions of the pemda-years it
 * touched (read from the audit) move on before the answer leaves, so that the
 * capaian cache of every worker serves the change at once (router.c).
 */
void web_versi_catat(struct store *s);

/* Sessions and passwords (sesi.c). */
int web_sesi_muat(struct web_req *r);
/*
 * Checks nama/sandi with throttling (pengguna_masuk); on success creates the
 * session, ends the one the browser held and sets the cookie. Returns 0, else
 * the HTTP status (401, 429 with *coba_lagi seconds, 503) with *pesan.
 */
int web_sesi_masuk(struct web_req *r, const char *nama, const char *sandi, const char **pesan,
		   int *coba_lagi);
/* Ends the request's session and clears the cookie: 0, or 503 with *pesan (still valid). */
int web_sesi_keluar(struct web_req *r, const char **pesan);
/* The logged-in user as the actor of a use case (strings borrowed from r). */
void web_aktor(const struct web_req *r, struct aktor *a);
/* A use case's message, copied into the request's arena. */
const char *web_pesan(struct web_req *r, const struct galat *g);
/* Constant-time comparison of the CSRF token given against the session's. */
int web_csrf_sah(struct web_req *r, const char *token);
/* The role may write realisasi of indicator ind directly or by submission. */
int web_boleh_pemda(const struct web_req *r, const char *pemda);
int web_peran(const struct web_req *r, const char *daftar);
/* Creates the first admin when there are no users (password from KINERJA_ADMIN_SANDI or
 * generated and printed once). */
int web_admin_pertama(struct store *s, struct galat *g);

/*
 * The realisasi write path shared by the API and the pages (usulan_realisasi):
 * validates `teks` for indicator `kode` of pemda in (tahun, triwulan) and
 * stores it (admin, perencana) or submits it (operator). Returns the HTTP
 * status (200, 202, 400, 403, 404, 500, 503) with *pesan for an error; *id
 * the submission.
 */
int web_realisasi_simpan(struct web_req *r, const char *pemda, const char *kode, int tahun,
			 int triwulan, const char *teks, const char **pesan, int64_t *id);
/* Validates a realisasi for ind into v (allocated from a); NULL or the message. */
const char *web_nilai_cek(struct web_req *r, const struct model *m, const struct indikator *ind,
			  const char *teks, struct arena *a, struct nilai *v);
/* Verifies (setuju) or returns a submission; HTTP status with *pesan. */
int web_realisasi_verifikasi(struct web_req *r, int64_t id, int setuju, const char *alasan,
			     const char **pesan);
/* The JSON of the measurement, cached per (pemda, tahun, data version), as a shared body
 * (one reference for the caller, e.g. for r->badan); NULL with *status 404 or 500. */
struct web_badan *web_capaian_json(struct web_req *r, const char *pemda, int tahun,
				    int *status);

/* Adds a user (admin only); HTTP status (201 or an error) with *pesan. */
int web_pengguna_tambah(struct web_req *r, const char *nama, const char *peran, const char *opd,
			const char *pemda, const char *sandi, const char **pesan);

/*
 * The logged-in user changes their own password: lama must verify, baru have
 * at least 8 characters; every other session of the user ends. HTTP status
 * (200, 400, 403, 429, 500) with *pesan.
 */
int web_sandi_ubah(struct web_req *r, const char *lama, const char *baru, const char **pesan);
/* An admin (de)activates user nama; deactivating ends the user's sessions at once.
 * HTTP status (200, 400, 403, 404, 500) with *pesan. */
int web_pengguna_status(struct web_req *r, const char *nama, int aktif, const char **pesan);
/* An admin sets a new password for user nama and ends the user's other sessions.
 * HTTP status (200, 400, 403, 404, 500) with *pesan. */
int web_pengguna_sandi(struct web_req *r, const char *nama, const char *baru,
		       const char **pesan);

/* API handlers (api.c). */
void api_masuk(struct web_req *r);
void api_keluar(struct web_req *r);
void api_capaian(struct web_req *r);
void api_reviu(struct web_req *r);
void api_realisasi(struct web_req *r);
void api_verifikasi(struct web_req *r);
void api_usulan(struct web_req *r);
void api_audit(struct web_req *r);
void api_pengguna(struct web_req *r);
void api_pengguna_tambah(struct web_req *r);
void api_pengguna_status(struct web_req *r);
void api_pengguna_sandi(struct web_req *r);
void api_sandi(struct web_req *r);
void api_pemda(struct web_req *r);

/* Pages (halaman.c). */
void hal_masuk(struct web_req *r);
void hal_masuk_kirim(struct web_req *r);
void hal_keluar(struct web_req *r);
void hal_dasbor(struct web_req *r);
void hal_indikator(struct web_req *r);
void hal_realisasi(struct web_req *r);
void hal_realisasi_kirim(struct web_req *r);
void hal_verifikasi(struct web_req *r);
void hal_reviu(struct web_req *r);
void hal_laporan(struct web_req *r);
void hal_audit(struct web_req *r);
void hal_pengguna(struct web_req *r);
void hal_pengguna_kirim(struct web_req *r);
void hal_pengguna_status(struct web_req *r);
void hal_pengguna_sandi(struct web_req *r);
void hal_akun(struct web_req *r);
void hal_akun_kirim(struct web_req *r);

/* Public pages and open data without login, publishing by admins (hal_publik.c). */
void hal_publik(struct web_req *r);
void hal_publik_pemda(struct web_req *r);
void hal_publik_indikator(struct web_req *r);
void hal_publik_laporan(struct web_req *r);
void hal_publik_csv(struct web_req *r);
void hal_publik_json(struct web_req *r);
void api_terbit(struct web_req *r);
void api_terbit_tarik(struct web_req *r);
void api_terbit_daftar(struct web_req *r);
/*
 * The data version of pemda-year (tahun 0: the whole pemda; pemda NULL: of
 * everything) as the capaian cache sees it, brought up to date at most once a
 * second; -1 when the database cannot tell (cache.c).
 */
int64_t web_versi_lihat(struct web_req *r, const char *pemda, int tahun);
/* The province view (hal_wilayah.c): the page and its JSON. */
void hal_wilayah(struct web_req *r);
void api_wilayah(struct web_req *r);

/* Static assets (aset.c): the body and type of path, or NULL. */
const char *aset_cari(const char *path, const char **jenis);

/* Planners in the browser (hal_impor.c, hal_rencana.c). */
#define WEB_BATAS_UNGGAH (20 * 1024 * 1024) /* the body of an upload route */
/* Whether path takes an upload (a body up to WEB_BATAS_UNGGAH; server.c). */
int web_rute_unggah(const char *path);
void api_impor_pratinjau(struct web_req *r);
void api_impor_terapkan(struct web_req *r);
void api_impor_templat(struct web_req *r);
void hal_impor(struct web_req *r);
void hal_impor_kirim(struct web_req *r);
void hal_impor_terapkan(struct web_req *r);
void api_rencana(struct web_req *r);
void hal_rencana(struct web_req *r);
void hal_rencana_kirim(struct web_req *r);
/* The request body as a JSON object (NULL when it is none), and a string member of it
 * no longer than WEB_BATAS_FIELD (NULL otherwise): api.c's helpers, for other handlers. */
json_t *web_json_isi(struct web_req *r);
const char *web_json_teks(json_t *o, const char *k);
/* The year's controls (api_siklus.c): locks for admins, fill windows for planners. */
void api_kunci(struct web_req *r);
void api_kunci_buka(struct web_req *r);
void api_jadwal(struct web_req *r);
void api_jadwal_simpan(struct web_req *r);
void api_catatan_reviu(struct web_req *r);
void api_catatan_reviu_daftar(struct web_req *r);
void api_usulan_jumlah(struct web_req *r);
void api_skala(struct web_req *r);
void api_realisasi_tarik(struct web_req *r);
/* Evidence (api_bukti.c): the body of an upload is the largest file allowed plus its form. */
#define WEB_BATAS_BUKTI (((size_t)BUKTI_BATAS_MIB << 20) + 64 * 1024)
/* Whether method and path upload evidence (a body up to WEB_BATAS_BUKTI; server.c). */
int web_rute_bukti(const char *method, const char *path);
struct store_bukti;
/*
 * Parses an evidence upload (parts berkas, objek, csrf) and stores it
 * (layanan_bukti_simpan): 0 with *b and *objek, else the HTTP status with
 * *pesan. With csrf_bagian the csrf part must hold the session's token
 * (a page's form), checked before anything is stored.
 */
int web_bukti_unggah(struct web_req *r, struct store_bukti *b, int csrf_bagian,
		     const char **objek, const char **pesan);
void hal_realisasi_bukti(struct web_req *r);
void api_bukti_unggah(struct web_req *r);
void api_bukti_daftar(struct web_req *r);
void api_bukti_unduh(struct web_req *r);
/* The planners' jadwal page and the lock forms (hal_jadwal.c). */
void hal_jadwal(struct web_req *r);
void hal_jadwal_kirim(struct web_req *r);
void hal_kunci_kirim(struct web_req *r);
void hal_kunci_buka_kirim(struct web_req *r);
void hal_rencana_aksi(struct web_req *r);
/* Plausibility warnings of a realisasi just stored (usulan_kewajaran), as a JSON array. */
json_t *web_realisasi_peringatan(struct web_req *r, const char *pemda, const char *kode,
				 int tahun, int triwulan, const char *teks);

#endif
