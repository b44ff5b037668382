/* The web application's tables on SQLite; see store_web.h. */
#include "store_web.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static sqlite3 *db_of(struct store *s)
{
	return store_handle(s);
}

static sqlite3_stmt *siapkan(struct store *s, const char *sql, struct galat *g)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db_of(s), sql, -1, &st, NULL) != SQLITE_OK) {
		if (g)
			galat_set(g, "basis data: %s", sqlite3_errmsg(db_of(s)));
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

/*
 * The two statements run on every web request stay prepared, per thread and
 * connection (the server keeps one connection per worker thread).
 */
static _Thread_local struct {
	sqlite3 *db;
	sqlite3_stmt *sesi, *versi;
} tetap;

void store_web_lepas(struct store *s)
{
	if (tetap.db != db_of(s))
		return;
	sqlite3_finalize(tetap.sesi);
	sqlite3_finalize(tetap.versi);
	memset(&tetap, 0, sizeof(tetap));
}

static sqlite3_stmt *siapkan_tetap(struct store *s, sqlite3_stmt **slot, const char *sql)
{
	if (tetap.db != db_of(s)) {
		sqlite3_finalize(tetap.sesi);
		sqlite3_finalize(tetap.versi);
		memset(&tetap, 0, sizeof(tetap));
		tetap.db = db_of(s);
	}
	if (!*slot && sqlite3_prepare_v3(db_of(s), sql, -1, SQLITE_PREPARE_PERSISTENT, slot,
					 NULL) != SQLITE_OK) {
		sqlite3_finalize(*slot);
		*slot = NULL;
	}
	return *slot;
}

static void teks(sqlite3_stmt *st, int idx, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, idx, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, idx);
}

static void salin(char *out, size_t n, sqlite3_stmt *st, int c)
{
	const unsigned char *v = sqlite3_column_text(st, c);
	snprintf(out, n, "%s", v ? (const char *)v : "");
}

/* Steps a statement that returns no rows, finalizes it; 0 or -1 with g. */
static int jalankan(struct store *s, sqlite3_stmt *st, struct galat *g)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE) {
		if (g) {
			if ((rc & 0xff) == SQLITE_CONSTRAINT)
				g->pengguna = 1;
			galat_set(g, "basis data: %s", sqlite3_errmsg(db_of(s)));
		}
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

int store_web_pengguna_jumlah(struct store *s, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "SELECT count(*) FROM pengguna", g);
	if (!st)
		return -1;
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	if (n < 0)
		galat_set(g, "basis data: %s", sqlite3_errmsg(db_of(s)));
	return n;
}

int store_web_pengguna_tambah(struct store *s, const char *nama, const char *peran,
			      const char *opd, const char *pemda, const char *hash,
			      struct galat *g)
{
	struct store_pengguna ada;
	if (store_web_pengguna_cari(s, nama, &ada) == 1) {
		g->pengguna = 1;
		return galat_set(g, "pengguna '%s' sudah ada", nama);
	}
	sqlite3_stmt *st = siapkan(s,
				   "INSERT INTO pengguna(nama, peran, opd, pemda, hash, dibuat) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, "
				   "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
				   g);
	if (!st)
		return -1;
	teks(st, 1, nama);
	teks(st, 2, peran);
	teks(st, 3, opd);
	teks(st, 4, pemda);
	teks(st, 5, hash);
	return jalankan(s, st, g);
}

static void baris_pengguna(sqlite3_stmt *st, struct store_pengguna *u)
{
	u->id = sqlite3_column_int64(st, 0);
	salin(u->nama, sizeof(u->nama), st, 1);
	salin(u->peran, sizeof(u->peran), st, 2);
	salin(u->opd, sizeof(u->opd), st, 3);
	salin(u->pemda, sizeof(u->pemda), st, 4);
	salin(u->hash, sizeof(u->hash), st, 5);
	u->aktif = sqlite3_column_int(st, 6);
}

int store_web_pengguna_cari(struct store *s, const char *nama, struct store_pengguna *out)
{
	sqlite3_stmt *st = siapkan(s,
				   "SELECT id, nama, peran, opd, pemda, hash, aktif FROM pengguna "
				   "WHERE nama = ?1",
				   NULL);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, nama, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		baris_pengguna(st, out);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_web_pengguna_sandi(struct store *s, int64_t id, const char *hash, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "UPDATE pengguna SET hash = ?2 WHERE id = ?1", g);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
	return jalankan(s, st, g);
}

int store_web_pengguna_aktif(struct store *s, int64_t id, int aktif, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "UPDATE pengguna SET aktif = ?2 WHERE id = ?1", g);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, aktif ? 1 : 0);
	return jalankan(s, st, g);
}

int store_web_pengguna_daftar(struct store *s,
			      int (*fn)(const struct store_pengguna *u, void *arg), void *arg,
			      struct galat *g)
{
	sqlite3_stmt *st = siapkan(
		s, "SELECT id, nama, peran, opd, pemda, '', aktif FROM pengguna ORDER BY nama", g);
	if (!st)
		return -1;
	int rc = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct store_pengguna u;
		baris_pengguna(st, &u);
		if (fn(&u, arg))
			break;
	}
	sqlite3_finalize(st);
	return rc;
}

int store_web_sesi_buat(struct store *s, const char *token_hash, int64_t pengguna,
			const char *csrf, int64_t kedaluwarsa, struct galat *g)
{
	sqlite3_stmt *st = siapkan(
		s, "INSERT INTO sesi(token, pengguna, csrf, kedaluwarsa) VALUES (?1, ?2, ?3, ?4)",
		g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, pengguna);
	sqlite3_bind_text(st, 3, csrf, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, kedaluwarsa);
	return jalankan(s, st, g);
}

int store_web_sesi_cari(struct store *s, const char *token_hash, int64_t sekarang,
			struct store_pengguna *u, char *csrf, size_t ncsrf)
{
	sqlite3_stmt *st = siapkan_tetap(
		s, &tetap.sesi,
		"SELECT p.id, p.nama, p.peran, p.opd, p.pemda, '', p.aktif, s.csrf "
		"FROM sesi s JOIN pengguna p ON p.id = s.pengguna "
		"WHERE s.token = ?1 AND s.kedaluwarsa > ?2 AND p.aktif = 1");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, sekarang);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		baris_pengguna(st, u);
		salin(csrf, ncsrf, st, 7);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_web_sesi_hapus_pengguna(struct store *s, int64_t pengguna, const char *kecuali,
				  struct galat *g)
{
	sqlite3_stmt *st = siapkan(
		s, "DELETE FROM sesi WHERE pengguna = ?1 AND (?2 IS NULL OR token <> ?2)", g);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, pengguna);
	teks(st, 2, kecuali);
	return jalankan(s, st, g);
}

int store_web_sesi_hapus(struct store *s, const char *token_hash, int64_t sekarang,
			 struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "DELETE FROM sesi WHERE token = ?1 OR kedaluwarsa <= ?2", g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, token_hash ? token_hash : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, sekarang);
	return jalankan(s, st, g);
}

int store_web_gagal_catat(struct store *s, const char *kunci, int64_t waktu, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "INSERT INTO gagal_masuk(kunci, waktu) VALUES (?1, ?2)", g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, waktu);
	return jalankan(s, st, g);
}

int store_web_gagal_jumlah(struct store *s, const char *kunci, int64_t sejak)
{
	sqlite3_stmt *st =
		siapkan(s, "SELECT count(*) FROM gagal_masuk WHERE kunci = ?1 AND waktu >= ?2", NULL);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, sejak);
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	return n;
}

int store_web_gagal_hapus(struct store *s, const char *kunci, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "DELETE FROM gagal_masuk WHERE kunci = ?1", g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_STATIC);
	return jalankan(s, st, g);
}

int store_web_usulan_tambah(struct store *s, const char *pemda, const char *indikator,
			    int tahun, int triwulan, const char *nilai, const char *oleh,
			    int64_t *id, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s,
				   "INSERT INTO realisasi_usulan(pemda, indikator, tahun, triwulan, "
				   "nilai, status, diajukan_oleh, waktu) VALUES (?1, ?2, ?3, ?4, ?5, "
				   "'diajukan', ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
				   g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, pemda, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, indikator, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, tahun);
	sqlite3_bind_int(st, 4, triwulan);
	sqlite3_bind_text(st, 5, nilai, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, oleh, -1, SQLITE_STATIC);
	if (jalankan(s, st, g))
		return -1;
	*id = sqlite3_last_insert_rowid(db_of(s));
	return 0;
}

#define KOLOM_USULAN                                                                        \
	"SELECT id, pemda, indikator, tahun, triwulan, nilai, status, diajukan_oleh, waktu, " \
	"diperiksa_oleh, alasan FROM realisasi_usulan "

static void baris_usulan(sqlite3_stmt *st, struct store_usulan *u)
{
	u->id = sqlite3_column_int64(st, 0);
	salin(u->pemda, sizeof(u->pemda), st, 1);
	salin(u->indikator, sizeof(u->indikator), st, 2);
	u->tahun = sqlite3_column_int(st, 3);
	u->triwulan = sqlite3_column_int(st, 4);
	salin(u->nilai, sizeof(u->nilai), st, 5);
	salin(u->status, sizeof(u->status), st, 6);
	salin(u->diajukan_oleh, sizeof(u->diajukan_oleh), st, 7);
	salin(u->waktu, sizeof(u->waktu), st, 8);
	salin(u->diperiksa_oleh, sizeof(u->diperiksa_oleh), st, 9);
	salin(u->alasan, sizeof(u->alasan), st, 10);
}

int store_web_usulan_cari(struct store *s, int64_t id, struct store_usulan *out)
{
	sqlite3_stmt *st = siapkan(s, KOLOM_USULAN "WHERE id = ?1", NULL);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		baris_usulan(st, out);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_web_usulan_status(struct store *s, int64_t id, const char *status, const char *oleh,
			    const char *alasan, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s,
				   "UPDATE realisasi_usulan SET status = ?2, diperiksa_oleh = ?3, "
				   "alasan = ?4 WHERE id = ?1",
				   g);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, status, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, oleh, -1, SQLITE_STATIC);
	teks(st, 4, alasan);
	return jalankan(s, st, g);
}

int store_web_usulan_daftar(struct store *s, const char *pemda, int tahun, const char *status,
			    int batas, int (*fn)(const struct store_usulan *u, void *arg),
			    void *arg, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s,
				   KOLOM_USULAN "WHERE pemda = ?1 AND (?2 = 0 OR tahun = ?2) AND "
						"(?3 IS NULL OR status = ?3) ORDER BY id DESC LIMIT ?4",
				   g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, pemda, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, tahun);
	teks(st, 3, status);
	sqlite3_bind_int(st, 4, batas > 0 ? batas : 200);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct store_usulan u;
		baris_usulan(st, &u);
		if (fn(&u, arg))
			break;
	}
	sqlite3_finalize(st);
	return 0;
}

int64_t store_web_versi(struct store *s)
{
	sqlite3_stmt *st =
		siapkan_tetap(s, &tetap.versi, "SELECT coalesce(max(id), 0) FROM audit");
	if (!st)
		return -1;
	int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return v;
}

int store_web_gagal_terakhir(struct store *s, const char *kunci, int64_t sejak, int *jumlah,
			     int64_t *terakhir, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s,
				   "SELECT count(*), coalesce(max(waktu), 0) FROM gagal_masuk "
				   "WHERE kunci = ?1 AND waktu >= ?2",
				   g);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, sejak);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*jumlah = sqlite3_column_int(st, 0);
		*terakhir = sqlite3_column_int64(st, 1);
	} else {
		galat_set(g, "basis data: %s", sqlite3_errmsg(db_of(s)));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

int store_web_gagal_lupakan(struct store *s, int64_t sebelum, struct galat *g)
{
	sqlite3_stmt *st = siapkan(s, "DELETE FROM gagal_masuk WHERE waktu < ?1", g);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, sebelum);
	return jalankan(s, st, g);
}
