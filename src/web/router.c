/*
 * The routing table and the checks before a handler runs. See router.h.
 */
#include <microhttpd.h>
#include <pthread.h>
#include <string.h>

#include "api_evaluasi.h"
#include "hal_pohon.h"
#include "router.h"
#include "web_int.h"

/*
 * UBAH: a write that needs the CSRF token. SANDI: it verifies or hashes a
 * password (argon2id, about 0,1 s), so it does not queue with the writers.
 * DATA: a write of performance data only (realisasi, verification, PK, worksheet
 * answers, plan rows, review notes, fill windows) that changes no user and no
 * session, so the workers' session memos (sesi.c) stay valid after it; every
 * other write empties them (web_ubah_catat), the safe default for a new route.
 */
enum { UMUM = 0, PERLU_MASUK = 1, UBAH = 2, SANDI = 4, DATA = 8 };

static const struct rute {
	const char *method, *path;
	void (*fn)(struct web_req *r);
	int syarat;
} rute[] = {
	{"POST", "/api/masuk", api_masuk, SANDI},
	{"POST", "/api/keluar", api_keluar, PERLU_MASUK | UBAH},
	{"GET", "/api/capaian", api_capaian, PERLU_MASUK},
	{"GET", "/api/reviu", api_reviu, PERLU_MASUK},
	{"PUT", "/api/realisasi", api_realisasi, PERLU_MASUK | UBAH | DATA},
	{"POST", "/api/realisasi/verifikasi", api_verifikasi, PERLU_MASUK | UBAH | DATA},
	{"GET", "/api/realisasi/usulan", api_usulan, PERLU_MASUK},
	{"GET", "/api/audit", api_audit, PERLU_MASUK},
	{"GET", "/api/pengguna", api_pengguna, PERLU_MASUK},
	{"POST", "/api/pengguna", api_pengguna_tambah, PERLU_MASUK | UBAH | SANDI},
	{"POST", "/api/pengguna/status", api_pengguna_status, PERLU_MASUK | UBAH},
	{"POST", "/api/pengguna/kata-sandi", api_pengguna_sandi, PERLU_MASUK | UBAH | SANDI},
	{"POST", "/api/kata-sandi", api_sandi, PERLU_MASUK | UBAH | SANDI},
	{"GET", "/api/pemda", api_pemda, PERLU_MASUK},
	{"GET", "/api/wilayah", api_wilayah, PERLU_MASUK},
	{"GET", "/wilayah", hal_wilayah, PERLU_MASUK},
	{"POST", "/api/kunci", api_kunci, PERLU_MASUK | UBAH},
	{"POST", "/api/kunci/buka", api_kunci_buka, PERLU_MASUK | UBAH},
	{"GET", "/api/jadwal", api_jadwal, PERLU_MASUK},
	{"PUT", "/api/jadwal", api_jadwal_simpan, PERLU_MASUK | UBAH | DATA},
	{"POST", "/api/reviu/catatan", api_catatan_reviu, PERLU_MASUK | UBAH | DATA},
	{"GET", "/api/reviu/catatan", api_catatan_reviu_daftar, PERLU_MASUK},
	{"GET", "/api/realisasi/usulan/jumlah", api_usulan_jumlah, PERLU_MASUK},
	{"GET", "/api/skala", api_skala, PERLU_MASUK},
	{"POST", "/api/realisasi/tarik", api_realisasi_tarik, PERLU_MASUK | UBAH | DATA},
	{"GET", "/jadwal", hal_jadwal, PERLU_MASUK},
	{"POST", "/jadwal", hal_jadwal_kirim, PERLU_MASUK | UBAH | DATA},
	{"POST", "/kunci", hal_kunci_kirim, PERLU_MASUK | UBAH},
	{"POST", "/kunci/buka", hal_kunci_buka_kirim, PERLU_MASUK | UBAH},
	{"GET", "/rencana-aksi", hal_rencana_aksi, PERLU_MASUK},
	{"GET", "/masuk", hal_masuk, UMUM},
	{"POST", "/masuk", hal_masuk_kirim, SANDI},
	{"POST", "/keluar", hal_keluar, PERLU_MASUK | UBAH},
	{"GET", "/", hal_dasbor, PERLU_MASUK},
	{"GET", "/dasbor", hal_dasbor, PERLU_MASUK},
	{"GET", "/indikator", hal_indikator, PERLU_MASUK},
	{"GET", "/realisasi", hal_realisasi, PERLU_MASUK},
	{"POST", "/realisasi", hal_realisasi_kirim, PERLU_MASUK | UBAH | DATA},
	/* multipart: the handler checks the csrf part before it stores anything */
	{"POST", "/realisasi/bukti", hal_realisasi_bukti, PERLU_MASUK},
	{"POST", "/verifikasi", hal_verifikasi, PERLU_MASUK | UBAH | DATA},
	{"GET", "/reviu", hal_reviu, PERLU_MASUK},
	{"GET", "/laporan", hal_laporan, PERLU_MASUK},
	{"GET", "/audit", hal_audit, PERLU_MASUK},
	{"GET", "/pengguna", hal_pengguna, PERLU_MASUK},
	{"POST", "/pengguna", hal_pengguna_kirim, PERLU_MASUK | UBAH | SANDI},
	{"POST", "/pengguna/status", hal_pengguna_status, PERLU_MASUK | UBAH},
	{"POST", "/pengguna/kata-sandi", hal_pengguna_sandi, PERLU_MASUK | UBAH | SANDI},
	{"GET", "/akun", hal_akun, PERLU_MASUK},
	{"POST", "/akun", hal_akun_kirim, PERLU_MASUK | UBAH | SANDI},
	/* Public (no login): only published pemda-years, hal_publik.c. */
	{"GET", "/publik", hal_publik, UMUM},
	{"GET", "/publik/pemda", hal_publik_pemda, UMUM},
	{"GET", "/publik/indikator", hal_publik_indikator, UMUM},
	{"GET", "/publik/laporan", hal_publik_laporan, UMUM},
	{"GET", "/publik/data.csv", hal_publik_csv, UMUM},
	{"GET", "/publik/data.json", hal_publik_json, UMUM},
	{"GET", "/api/terbit", api_terbit_daftar, PERLU_MASUK},
	{"POST", "/api/terbit", api_terbit, PERLU_MASUK | UBAH},
	{"POST", "/api/terbit/tarik", api_terbit_tarik, PERLU_MASUK | UBAH},
	/* Uploads check their CSRF token themselves: it is in the multipart body or header. */
	{"POST", "/api/impor/pratinjau", api_impor_pratinjau, PERLU_MASUK},
	{"POST", "/api/impor/terapkan", api_impor_terapkan, PERLU_MASUK | UBAH},
	{"GET", "/api/impor/templat", api_impor_templat, PERLU_MASUK},
	{"GET", "/impor", hal_impor, PERLU_MASUK},
	{"POST", "/impor", hal_impor_kirim, PERLU_MASUK},
	{"POST", "/impor/terapkan", hal_impor_terapkan, PERLU_MASUK | UBAH},
	{"POST", "/api/rencana", api_rencana, PERLU_MASUK | UBAH | DATA},
	{"POST", "/api/bukti", api_bukti_unggah, PERLU_MASUK | UBAH},
	{"GET", "/api/bukti", api_bukti_daftar, PERLU_MASUK},
	{"GET", "/api/bukti/", api_bukti_unduh, PERLU_MASUK}, /* a prefix: /api/bukti/ID */
	{"GET", "/rencana", hal_rencana, PERLU_MASUK},
	{"GET", "/pohon", hal_pohon, PERLU_MASUK},
	{"GET", "/opd", hal_opd, PERLU_MASUK},
	/* Signing a Perjanjian Kinerja (hal_pk.c). */
	{"GET", "/pk", hal_pk, PERLU_MASUK},
	{"POST", "/pk", hal_pk_kirim, PERLU_MASUK | UBAH | DATA},
	{"POST", "/api/pk", api_pk, PERLU_MASUK | UBAH | DATA},
	/* The SAKIP evaluation and the surveys (api_evaluasi.c, hal_lke.c, hal_survei.c). */
	{"GET", "/api/lke", api_lke, PERLU_MASUK},
	{"PUT", "/api/lke/jawaban", api_lke_jawaban, PERLU_MASUK | UBAH | DATA},
	{"GET", "/api/survei", api_survei, PERLU_MASUK},
	{"GET", "/lke", hal_lke, PERLU_MASUK},
	{"POST", "/lke", hal_lke_kirim, PERLU_MASUK | UBAH | DATA},
	{"POST", "/lke/bukti", hal_lke_bukti, PERLU_MASUK},
	{"GET", "/survei", hal_survei, PERLU_MASUK},
	{"POST", "/rencana", hal_rencana_kirim, PERLU_MASUK | UBAH | DATA},
};

/*
 * Requests that may write run one at a time in this process (but those of
 * SANDI, which spend most of their time hashing): the database
 * takes one writer anyway, and a worker waiting here is woken as soon as the
 * other is done, where SQLite's busy handler would sleep (1, 2, 5 ... ms)
 * while the waiting worker's other connections wait too.
 */
static pthread_mutex_t tulis = PTHREAD_MUTEX_INITIALIZER;

static int is_api(const char *path)
{
	return strncmp(path, "/api/", 5) == 0;
}

static int baca(const char *method)
{
	return strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
}

/*
 * A database connection lost during the request (PostgreSQL restarted, a network cut)
 * answers 503, whatever error the handler made of it: the next request reconnects.
 */
static void putus(struct web_req *r)
{
	if (r->status < 500 || !r->s || !store_putus(r->s))
		return;
	buf_reset(&r->out);
	web_galat(r, 503, "koneksi ke basis data terputus; coba lagi sebentar lagi");
}

static void layani(struct web_req *r)
{
	const char *jenis;
	const char *aset = aset_cari(r->path, &jenis);
	if (aset && baca(r->method)) {
		buf_puts(&r->out, aset);
		r->status = 200;
		r->jenis = jenis;
		return;
	}
	const struct rute *cocok = NULL;
	int path_ada = 0;
	for (size_t i = 0; i < sizeof(rute) / sizeof(*rute); i++) {
		/* A path ending in '/' (but "/") is a prefix: it takes one more segment. */
		size_t k = strlen(rute[i].path);
		int awalan = k > 1 && rute[i].path[k - 1] == '/' && strncmp(rute[i].path, r->path, k) == 0 &&
			     r->path[k] && !strchr(r->path + k, '/');
		if (!awalan && strcmp(rute[i].path, r->path) != 0)
			continue;
		path_ada = 1;
		/* HEAD is a GET whose body libmicrohttpd leaves out. */
		if (strcmp(rute[i].method, r->method) == 0 ||
		    (strcmp(r->method, "HEAD") == 0 && strcmp(rute[i].method, "GET") == 0))
			cocok = &rute[i];
	}
	if (!cocok) {
		if (path_ada)
			return web_galat(r, 405, "metode tidak diizinkan");
		if (is_api(r->path))
			return web_galat(r, 404, "tidak ditemukan");
		r->status = 404;
		r->jenis = "text/plain; charset=utf-8";
		buf_puts(&r->out, "404 halaman tidak ditemukan\n");
		return;
	}
	/* Handlers see only valid UTF-8 (every parameter, field and JSON string). */
	if (web_masukan_cek(r))
		return;
	if (!r->s)
		return web_galat(r, 500, "basis data tidak dapat dibuka");
	if (web_sesi_muat(r) < 0)
		return web_galat(r, 500, "basis data: sesi");
	/* An API token reads only (antarmuka.md); a bad one is refused whatever the route. */
	if (r->token_api < 0)
		return web_galat(r, 401, "token API tidak dikenal atau sudah dicabut");
	if (r->token_api > 0 && !baca(r->method))
		return web_galat(r, 403, "token API hanya untuk membaca");
	if ((cocok->syarat & PERLU_MASUK) && !r->masuk) {
		if (is_api(r->path))
			return web_galat(r, 401, "belum masuk");
		return web_alih(r, "/masuk");
	}
	if (cocok->syarat & UBAH) {
		const char *token = is_api(r->path)
					    ? MHD_lookup_connection_value(r->con, MHD_HEADER_KIND,
									  "X-CSRF-Token")
					    : web_form(r, "csrf");
		if (!web_csrf_sah(r, token))
			return web_galat(r, 403, "token CSRF tidak sah");
	}
	if (baca(r->method))
		return cocok->fn(r);
	int antre = !(cocok->syarat & SANDI);
	if (antre)
		pthread_mutex_lock(&tulis);
	cocok->fn(r);
	web_versi_catat(r->s);
	if (antre)
		pthread_mutex_unlock(&tulis);
	if (!(cocok->syarat & DATA))
		web_ubah_catat();
}

void router_layani(struct web_req *r)
{
	layani(r);
	putus(r);
}
