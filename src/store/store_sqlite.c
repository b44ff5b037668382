/*
 * The store on SQLite: WAL, foreign keys on, migrations embedded in the
 * binary and applied in order (PRAGMA user_version), every statement
 * prepared once and bound. See store.h.
 */
#include "store.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "../core/pengaturan.h"
#include "../util/tertanam.h"

/* ---- generic upsert over a table descriptor ---- */

enum kol_jenis { K_TEKS, K_INT, K_REAL };

struct kol {
	const char *nama;
	enum kol_jenis jenis;
};

/* A table of the import template: key columns first, then value columns. */
struct tabel {
	const char *nama;
	int nkunci, nkol;
	struct kol kol[14];
};

struct val {
	int null;
	const char *s;
	int64_t i;
	double d;
};

enum {
	T_PEMDA,
	T_PENGATURAN,
	T_RENCANA,
	T_OPD,
	T_INDIKATOR,
	T_TARGET,
	T_REALISASI,
	T_ANGGARAN,
	T_PEMBANDING,
	T_NARASI,
	T_DILAPORKAN,
	T_N
};

static const struct tabel tabel[T_N] = {
	[T_PEMDA] = {"pemda", 1, 7,
		     {{"kode", K_TEKS}, {"nama", K_TEKS}, {"jenis", K_TEKS}, {"induk", K_TEKS},
		      {"periode_awal", K_INT}, {"periode_akhir", K_INT}, {"rumus_turun", K_TEKS}}},
	[T_PENGATURAN] = {"pengaturan", 2, 3,
			  {{"pemda", K_TEKS}, {"kunci", K_TEKS}, {"nilai", K_TEKS}}},
	[T_RENCANA] = {"rencana", 2, 5,
		       {{"pemda", K_TEKS}, {"kode", K_TEKS}, {"jenis", K_TEKS}, {"induk", K_TEKS},
			{"uraian", K_TEKS}}},
	[T_OPD] = {"opd", 2, 3, {{"pemda", K_TEKS}, {"kode", K_TEKS}, {"nama", K_TEKS}}},
	[T_INDIKATOR] = {"indikator", 2, 13,
			 {{"pemda", K_TEKS}, {"kode", K_TEKS}, {"induk", K_TEKS},
			  {"uraian", K_TEKS}, {"satuan", K_TEKS}, {"arah", K_TEKS},
			  {"skala", K_TEKS}, {"opd", K_TEKS}, {"kondisi_awal", K_TEKS},
			  {"target_akhir", K_TEKS}, {"rumus_turun", K_TEKS},
			  {"agregasi", K_TEKS}, {"bobot", K_REAL}}},
	[T_TARGET] = {"target", 3, 5,
		      {{"pemda", K_TEKS}, {"indikator", K_TEKS}, {"tahun", K_INT},
		       {"nilai", K_TEKS}, {"teks", K_TEKS}}},
	[T_REALISASI] = {"realisasi", 4, 5,
			 {{"pemda", K_TEKS}, {"indikator", K_TEKS}, {"tahun", K_INT},
			  {"triwulan", K_INT}, {"nilai", K_TEKS}}},
	[T_ANGGARAN] = {"anggaran", 4, 6,
			{{"pemda", K_TEKS}, {"sasaran", K_TEKS}, {"program", K_TEKS},
			 {"tahun", K_INT}, {"pagu", K_INT}, {"realisasi", K_INT}}},
	[T_PEMBANDING] = {"pembanding", 4, 5,
			  {{"pemda", K_TEKS}, {"indikator", K_TEKS}, {"tahun", K_INT},
			   {"wilayah", K_TEKS}, {"nilai", K_REAL}}},
	[T_NARASI] = {"narasi", 4, 5,
		      {{"pemda", K_TEKS}, {"tahun", K_INT}, {"objek", K_TEKS}, {"jenis", K_TEKS},
		       {"teks", K_TEKS}}},
	[T_DILAPORKAN] = {"dilaporkan", 5, 8,
			  {{"pemda", K_TEKS}, {"tahun", K_INT}, {"objek", K_TEKS},
			   {"ukuran", K_TEKS}, {"sumber", K_TEKS}, {"nilai", K_TEKS},
			   {"angka", K_REAL}, {"desimal", K_INT}}},
};

enum {
	Q_AUDIT,
	Q_RIWAYAT,
	Q_PEMDA_ADA,
	Q_RENCANA_JENIS,
	Q_OPD_ADA,
	Q_INDIKATOR_INFO,
	Q_N
};

static const char *const sql_q[Q_N] = {
	[Q_AUDIT] = "INSERT INTO audit(waktu, pengguna, pemda, tabel, kunci, lama, baru) "
		    "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4, ?5, ?6)",
	[Q_RIWAYAT] = "INSERT INTO target_riwayat(pemda, indikator, tahun, nilai, teks, diganti) "
		      "SELECT ?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
		      "WHERE NOT EXISTS (SELECT 1 FROM target_riwayat WHERE pemda = ?1 AND "
		      "indikator = ?2 AND tahun = ?3 AND nilai = ?4 AND teks = ?5)",
	[Q_PEMDA_ADA] = "SELECT 1 FROM pemda WHERE kode = ?1",
	[Q_RENCANA_JENIS] = "SELECT jenis FROM rencana WHERE pemda = ?1 AND kode = ?2",
	[Q_OPD_ADA] = "SELECT 1 FROM opd WHERE pemda = ?1 AND kode = ?2",
	[Q_INDIKATOR_INFO] = "SELECT arah, skala FROM indikator WHERE pemda = ?1 AND kode = ?2",
};

struct store {
	sqlite3 *db;
	int audit_sisip;
	int versi;
	sqlite3_stmt *sel[T_N], *ins[T_N], *upd[T_N];
	sqlite3_stmt *q[Q_N];
};

static int galat_db(struct store *s, struct galat *g, const char *apa)
{
	return galat_set(g, "basis data: %s: %s", apa, sqlite3_errmsg(s->db));
}

static int siapkan(struct store *s, const char *sql, sqlite3_stmt **st, struct galat *g)
{
	if (*st) {
		sqlite3_reset(*st);
		sqlite3_clear_bindings(*st);
		return 0;
	}
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
		return galat_db(s, g, "menyiapkan perintah");
	return 0;
}

static int siapkan_q(struct store *s, int q, struct galat *g)
{
	return siapkan(s, sql_q[q], &s->q[q], g);
}

/* Builds the SELECT, INSERT and UPDATE of table t (identifiers are static, values bound). */
static int siapkan_tabel(struct store *s, int t, struct galat *g)
{
	const struct tabel *tb = &tabel[t];
	if (s->sel[t]) {
		sqlite3_reset(s->sel[t]);
		sqlite3_clear_bindings(s->sel[t]);
		return 0;
	}
	struct buf sel = BUF_INIT, ins = BUF_INIT, upd = BUF_INIT, where = BUF_INIT;
	for (int k = 0; k < tb->nkunci; k++)
		buf_printf(&where, "%s%s = ?%d", k ? " AND " : "", tb->kol[k].nama, k + 1);
	buf_puts(&sel, "SELECT ");
	buf_printf(&upd, "UPDATE %s SET ", tb->nama);
	for (int k = tb->nkunci; k < tb->nkol; k++) {
		buf_printf(&sel, "%s%s", k > tb->nkunci ? ", " : "", tb->kol[k].nama);
		buf_printf(&upd, "%s%s = ?%d", k > tb->nkunci ? ", " : "", tb->kol[k].nama, k + 1);
	}
	buf_printf(&sel, " FROM %s WHERE %s", tb->nama, where.data);
	buf_printf(&upd, " WHERE %s", where.data);
	buf_printf(&ins, "INSERT INTO %s(", tb->nama);
	for (int k = 0; k < tb->nkol; k++)
		buf_printf(&ins, "%s%s", k ? ", " : "", tb->kol[k].nama);
	buf_puts(&ins, ") VALUES (");
	for (int k = 0; k < tb->nkol; k++)
		buf_printf(&ins, "%s?%d", k ? ", " : "", k + 1);
	buf_puts(&ins, ")");
	int rc = 0;
	if (siapkan(s, sel.data, &s->sel[t], g) || siapkan(s, ins.data, &s->ins[t], g) ||
	    siapkan(s, upd.data, &s->upd[t], g))
		rc = -1;
	buf_release(&sel);
	buf_release(&ins);
	buf_release(&upd);
	buf_release(&where);
	return rc;
}

static void ikat(sqlite3_stmt *st, int idx, const struct kol *k, const struct val *v)
{
	if (v->null || (k->jenis == K_TEKS && !v->s)) {
		sqlite3_bind_null(st, idx);
		return;
	}
	switch (k->jenis) {
	case K_TEKS:
		sqlite3_bind_text(st, idx, v->s, -1, SQLITE_STATIC);
		break;
	case K_INT:
		sqlite3_bind_int64(st, idx, v->i);
		break;
	case K_REAL:
		sqlite3_bind_double(st, idx, v->d);
		break;
	}
}

static int kol_sama(sqlite3_stmt *st, int c, const struct kol *k, const struct val *v)
{
	int null_lama = sqlite3_column_type(st, c) == SQLITE_NULL;
	int null_baru = v->null || (k->jenis == K_TEKS && !v->s);
	if (null_lama || null_baru)
		return null_lama == null_baru;
	switch (k->jenis) {
	case K_TEKS:
		return strcmp((const char *)sqlite3_column_text(st, c), v->s) == 0;
	case K_INT:
		return sqlite3_column_int64(st, c) == v->i;
	case K_REAL:
		return sqlite3_column_double(st, c) == v->d;
	}
	return 0;
}

static void val_teks(struct buf *b, const struct kol *k, const struct val *v)
{
	char tmp[64];
	if (v->null || (k->jenis == K_TEKS && !v->s)) {
		buf_puts(b, "");
		return;
	}
	switch (k->jenis) {
	case K_TEKS:
		buf_puts(b, v->s);
		break;
	case K_INT:
		buf_printf(b, "%lld", (long long)v->i);
		break;
	case K_REAL:
		buf_puts(b, angka_format_kanonik(v->d, tmp, sizeof(tmp)));
		break;
	}
}

static void kolom_teks(struct buf *b, sqlite3_stmt *st, int c, const struct kol *k)
{
	char tmp[64];
	if (sqlite3_column_type(st, c) == SQLITE_NULL)
		return;
	if (k->jenis == K_REAL)
		buf_puts(b, angka_format_kanonik(sqlite3_column_double(st, c), tmp, sizeof(tmp)));
	else
		buf_puts(b, (const char *)sqlite3_column_text(st, c));
}

int store_audit(struct store *s, const char *pengguna, const char *pemda, const char *tabel_,
		const char *kunci, const char *lama, const char *baru, struct galat *g)
{
	if (siapkan_q(s, Q_AUDIT, g))
		return -1;
	sqlite3_stmt *st = s->q[Q_AUDIT];
	sqlite3_bind_text(st, 1, pengguna ? pengguna : "import", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, pemda, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, tabel_, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, kunci, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, lama, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, baru, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return galat_db(s, g, "menulis log audit");
	return 0;
}

/*
 * Upserts one row of table t. When the row existed and changed, *lama_out
 * (may be NULL) receives a copy of the old value columns as text in a buf
 * the caller releases, one NUL-separated value per column.
 */
static int upsert(struct store *s, int t, const struct val *v, const char *pengguna,
		  enum store_ubah *ubah, struct buf *lama_out, struct galat *g)
{
	const struct tabel *tb = &tabel[t];
	enum store_ubah hasil = STORE_SAMA;
	struct buf kunci = BUF_INIT, lama = BUF_INIT, baru = BUF_INIT;
	int rc = -1;
	if (siapkan_tabel(s, t, g))
		goto out;
	sqlite3_stmt *sel = s->sel[t];
	for (int k = 0; k < tb->nkunci; k++) {
		ikat(sel, k + 1, &tb->kol[k], &v[k]);
		if (k)
			buf_puts(&kunci, " / ");
		val_teks(&kunci, &tb->kol[k], &v[k]);
	}
	int step = sqlite3_step(sel);
	if (step == SQLITE_ROW) {
		int beda = 0;
		for (int k = tb->nkunci; k < tb->nkol; k++) {
			int c = k - tb->nkunci;
			if (lama_out) {
				kolom_teks(lama_out, sel, c, &tb->kol[k]);
				buf_putc(lama_out, '\0');
			}
			if (kol_sama(sel, c, &tb->kol[k], &v[k]))
				continue;
			const char *pisah = beda++ ? "; " : "";
			buf_printf(&lama, "%s%s=", pisah, tb->kol[k].nama);
			kolom_teks(&lama, sel, c, &tb->kol[k]);
			buf_printf(&baru, "%s%s=", pisah, tb->kol[k].nama);
			val_teks(&baru, &tb->kol[k], &v[k]);
		}
		sqlite3_reset(sel);
		if (beda) {
			sqlite3_stmt *upd = s->upd[t];
			for (int k = 0; k < tb->nkol; k++)
				ikat(upd, k + 1, &tb->kol[k], &v[k]);
			int r = sqlite3_step(upd);
			sqlite3_reset(upd);
			if (r != SQLITE_DONE) {
				galat_db(s, g, tb->nama);
				goto out;
			}
			hasil = STORE_DIUBAH;
		}
	} else if (step == SQLITE_DONE) {
		sqlite3_reset(sel);
		sqlite3_stmt *ins = s->ins[t];
		for (int k = 0; k < tb->nkol; k++)
			ikat(ins, k + 1, &tb->kol[k], &v[k]);
		int r = sqlite3_step(ins);
		sqlite3_reset(ins);
		if (r != SQLITE_DONE) {
			galat_db(s, g, tb->nama);
			goto out;
		}
		hasil = STORE_BARU;
		if (s->audit_sisip) {
			for (int k = tb->nkunci; k < tb->nkol; k++) {
				buf_printf(&baru, "%s%s=", k > tb->nkunci ? "; " : "",
					   tb->kol[k].nama);
				val_teks(&baru, &tb->kol[k], &v[k]);
			}
		}
	} else {
		sqlite3_reset(sel);
		galat_db(s, g, tb->nama);
		goto out;
	}
	if (hasil == STORE_DIUBAH || (hasil == STORE_BARU && s->audit_sisip)) {
		const char *pemda = v[0].s; /* the first key is the pemda code */
		if (store_audit(s, pengguna, pemda, tb->nama, kunci.data,
				hasil == STORE_BARU ? NULL : lama.data, baru.data ? baru.data : "",
				g))
			goto out;
	}
	if (ubah)
		*ubah = hasil;
	rc = 0;
out:
	buf_release(&kunci);
	buf_release(&lama);
	buf_release(&baru);
	return rc;
}

static struct val vt(const char *s)
{
	struct val v = {0};
	v.s = s;
	v.null = s == NULL;
	return v;
}

static struct val vi(int64_t i)
{
	struct val v = {0};
	v.i = i;
	return v;
}

static struct val vd(double d)
{
	struct val v = {0};
	v.d = d;
	return v;
}

static struct val vnull(void)
{
	struct val v = {0};
	v.null = 1;
	return v;
}

int store_simpan_pemda(struct store *s, const struct pemda *p, const char *pengguna,
		       enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(p->kode),
			  vt(p->nama),
			  vt(p->jenis),
			  vt(p->induk && *p->induk ? p->induk : NULL),
			  p->periode_awal ? vi(p->periode_awal) : vnull(),
			  p->periode_akhir ? vi(p->periode_akhir) : vnull(),
			  vt(model_rumus_nama(p->rumus_turun))};
	return upsert(s, T_PEMDA, v, pengguna, ubah, NULL, g);
}

int store_simpan_pengaturan(struct store *s, const char *pemda, const char *kunci,
			    const char *nilai, const char *pengguna, enum store_ubah *ubah,
			    struct galat *g)
{
	struct val v[] = {vt(pemda), vt(kunci), vt(nilai)};
	return upsert(s, T_PENGATURAN, v, pengguna, ubah, NULL, g);
}

int store_simpan_rencana(struct store *s, const char *pemda, const struct rencana *r,
			 const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda), vt(r->kode), vt(model_rencana_nama(r->jenis)),
			  vt(r->induk && *r->induk ? r->induk : NULL), vt(r->uraian)};
	return upsert(s, T_RENCANA, v, pengguna, ubah, NULL, g);
}

int store_simpan_opd(struct store *s, const char *pemda, const struct opd *o,
		     const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda), vt(o->kode), vt(o->nama)};
	return upsert(s, T_OPD, v, pengguna, ubah, NULL, g);
}

int store_simpan_indikator(struct store *s, const char *pemda, const struct indikator *i,
			   const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	char ka[96], ta[96];
	nilai_kanonik(&i->kondisi_awal, ka, sizeof(ka));
	nilai_kanonik(&i->target_akhir, ta, sizeof(ta));
	struct val v[] = {vt(pemda),
			  vt(i->kode),
			  vt(i->induk),
			  vt(i->uraian),
			  vt(i->satuan ? i->satuan : ""),
			  vt(model_arah_nama(i->arah)),
			  vt(i->skala && *i->skala ? i->skala : NULL),
			  vt(i->opd && *i->opd ? i->opd : NULL),
			  vt(ka),
			  vt(ta),
			  vt(i->rumus_override >= 0 ? model_rumus_nama(i->rumus_override) : NULL),
			  vt(model_agregasi_nama(i->agregasi)),
			  vd(i->bobot > 0 ? i->bobot : 1)};
	return upsert(s, T_INDIKATOR, v, pengguna, ubah, NULL, g);
}

static int riwayat(struct store *s, const char *pemda, const char *indikator, int tahun,
		   const char *nilai, const char *teks, struct galat *g)
{
	if (siapkan_q(s, Q_RIWAYAT, g))
		return -1;
	sqlite3_stmt *st = s->q[Q_RIWAYAT];
	sqlite3_bind_text(st, 1, pemda, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, indikator, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, tahun);
	sqlite3_bind_text(st, 4, nilai, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, teks, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : galat_db(s, g, "riwayat target");
	sqlite3_reset(st);
	return rc;
}

int store_simpan_target_lama(struct store *s, const char *pemda, const struct target *t,
			     struct galat *g)
{
	char kn[96];
	nilai_kanonik(&t->nilai, kn, sizeof(kn));
	return riwayat(s, pemda, t->indikator, t->tahun, kn, t->nilai.teks ? t->nilai.teks : kn,
		       g);
}

int store_simpan_target(struct store *s, const char *pemda, const struct target *t,
			const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	char kn[96];
	nilai_kanonik(&t->nilai, kn, sizeof(kn));
	struct val v[] = {vt(pemda), vt(t->indikator), vi(t->tahun), vt(kn),
			  vt(t->nilai.teks ? t->nilai.teks : kn)};
	struct buf lama = BUF_INIT;
	enum store_ubah u;
	int rc = upsert(s, T_TARGET, v, pengguna, &u, &lama, g);
	if (rc == 0 && u == STORE_DIUBAH) {
		/* The earlier Perjanjian Kinerja stays visible in the history. */
		const char *nilai_lama = lama.data;
		rc = riwayat(s, pemda, t->indikator, t->tahun, nilai_lama,
			     nilai_lama + strlen(nilai_lama) + 1, g);
	}
	buf_release(&lama);
	if (ubah)
		*ubah = u;
	return rc;
}

int store_simpan_realisasi(struct store *s, const char *pemda, const struct realisasi *r,
			   const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	char kn[96];
	nilai_kanonik(&r->nilai, kn, sizeof(kn));
	struct val v[] = {vt(pemda), vt(r->indikator), vi(r->tahun), vi(r->triwulan), vt(kn)};
	return upsert(s, T_REALISASI, v, pengguna, ubah, NULL, g);
}

int store_simpan_anggaran(struct store *s, const char *pemda, const struct anggaran *a,
			  const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda), vt(a->sasaran), vt(a->program), vi(a->tahun), vi(a->pagu),
			  a->ada_realisasi ? vi(a->realisasi) : vnull()};
	return upsert(s, T_ANGGARAN, v, pengguna, ubah, NULL, g);
}

int store_simpan_pembanding(struct store *s, const char *pemda, const struct pembanding *p,
			    const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda), vt(p->indikator), vi(p->tahun), vt(p->wilayah),
			  vd(p->nilai)};
	return upsert(s, T_PEMBANDING, v, pengguna, ubah, NULL, g);
}

int store_simpan_narasi(struct store *s, const char *pemda, const struct narasi *n,
			const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda), vi(n->tahun), vt(n->objek), vt(n->jenis), vt(n->teks)};
	return upsert(s, T_NARASI, v, pengguna, ubah, NULL, g);
}

int store_simpan_dilaporkan(struct store *s, const char *pemda, const struct dilaporkan *d,
			    const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda),
			  vi(d->tahun),
			  vt(d->objek),
			  vt(d->ukuran),
			  vt(d->sumber ? d->sumber : ""),
			  vt(d->teks),
			  d->angka ? vd(d->nilai) : vnull(),
			  d->angka ? vi(d->desimal) : vnull()};
	return upsert(s, T_DILAPORKAN, v, pengguna, ubah, NULL, g);
}

/* ---- look-ups ---- */

static int cari(struct store *s, int q, const char *a, const char *b)
{
	if (siapkan_q(s, q, NULL))
		return -1;
	sqlite3_stmt *st = s->q[q];
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		return 1;
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_pemda_ada(struct store *s, const char *kode)
{
	int r = cari(s, Q_PEMDA_ADA, kode, NULL);
	if (r == 1)
		sqlite3_reset(s->q[Q_PEMDA_ADA]);
	return r;
}

int store_rencana_jenis(struct store *s, const char *pemda, const char *kode,
			enum jenis_rencana *jenis)
{
	int r = cari(s, Q_RENCANA_JENIS, pemda, kode);
	if (r == 1) {
		sqlite3_stmt *st = s->q[Q_RENCANA_JENIS];
		if (model_rencana_parse((const char *)sqlite3_column_text(st, 0), jenis))
			r = -1;
		sqlite3_reset(st);
	}
	return r;
}

int store_opd_ada(struct store *s, const char *pemda, const char *kode)
{
	int r = cari(s, Q_OPD_ADA, pemda, kode);
	if (r == 1)
		sqlite3_reset(s->q[Q_OPD_ADA]);
	return r;
}

int store_indikator_info(struct store *s, const char *pemda, const char *kode, enum arah *arah,
			 char *skala, size_t nskala)
{
	int r = cari(s, Q_INDIKATOR_INFO, pemda, kode);
	if (r == 1) {
		sqlite3_stmt *st = s->q[Q_INDIKATOR_INFO];
		if (model_arah_parse((const char *)sqlite3_column_text(st, 0), arah))
			r = -1;
		const unsigned char *sk = sqlite3_column_text(st, 1);
		snprintf(skala, nskala, "%s", sk ? (const char *)sk : "");
		sqlite3_reset(st);
	}
	return r;
}

/* ---- loading a model ---- */

static const char *kolom(struct arena *a, sqlite3_stmt *st, int c)
{
	const unsigned char *t = sqlite3_column_text(st, c);
	return t ? arena_strdup(a, (const char *)t) : NULL;
}

/* Prepares a one-off query bound to the pemda code. */
static sqlite3_stmt *kueri(struct store *s, const char *sql, const char *pemda,
			   struct galat *g)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		galat_db(s, g, "membaca");
		return NULL;
	}
	sqlite3_bind_text(st, 1, pemda, -1, SQLITE_STATIC);
	return st;
}

static int hitung(struct store *s, const char *tabel_, const char *pemda, struct galat *g)
{
	char sql[128];
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s WHERE pemda = ?1", tabel_);
	sqlite3_stmt *st = kueri(s, sql, pemda, g);
	if (!st)
		return -1;
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	if (n < 0)
		galat_db(s, g, tabel_);
	return n;
}

static int nilai_muat(struct model *m, const char *teks, struct nilai *v, const char *teks_asli)
{
	enum angka_hasil h = nilai_parse(teks ? teks : "", GAYA_ID, NULL, 1, &m->arena, v, NULL);
	if (h != ANGKA_OK && h != ANGKA_KOSONG)
		return -1;
	if (teks_asli && v->jenis != NILAI_KOSONG)
		v->teks = arena_strdup(&m->arena, teks_asli);
	return 0;
}

#define MUAT_MULAI(tabel_, arr, n, sql)                                                            \
	do {                                                                                       \
		int cnt_ = hitung(s, tabel_, kode, g);                                             \
		if (cnt_ < 0)                                                                      \
			goto out;                                                                  \
		m->arr = arena_alloc(&m->arena, sizeof(*m->arr) * (size_t)(cnt_ ? cnt_ : 1));      \
		m->n = 0;                                                                          \
		st = kueri(s, sql, kode, g);                                                       \
		if (!st)                                                                           \
			goto out;                                                                  \
		while (sqlite3_step(st) == SQLITE_ROW && m->n < cnt_) {                            \
			__typeof__(m->arr[0]) *x = &m->arr[m->n++];

#define MUAT_SELESAI()                                                                             \
	}                                                                                          \
	sqlite3_finalize(st);                                                                      \
	st = NULL;                                                                                 \
	}                                                                                          \
	while (0)

int store_muat(struct store *s, const char *kode, struct model *m, struct galat *g)
{
	int rc = -1;
	sqlite3_stmt *st = kueri(s,
				 "SELECT kode, nama, jenis, induk, periode_awal, periode_akhir, "
				 "rumus_turun FROM pemda WHERE kode = ?1",
				 kode, g);
	if (!st)
		return -1;
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		g->pengguna = 1;
		return galat_set(g, "pemda '%s' tidak ada di basis data", kode);
	}
	struct pemda *p = &m->pemda;
	p->kode = kolom(&m->arena, st, 0);
	p->nama = kolom(&m->arena, st, 1);
	p->jenis = kolom(&m->arena, st, 2);
	p->induk = kolom(&m->arena, st, 3);
	p->periode_awal = sqlite3_column_int(st, 4);
	p->periode_akhir = sqlite3_column_int(st, 5);
	model_rumus_parse((const char *)sqlite3_column_text(st, 6), &p->rumus_turun);
	sqlite3_finalize(st);

	st = kueri(s, "SELECT kunci, nilai FROM pengaturan WHERE pemda = ?1 ORDER BY rowid", kode,
		   g);
	if (!st)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (pengaturan_terap(m, (const char *)sqlite3_column_text(st, 0),
				     (const char *)sqlite3_column_text(st, 1), g))
			goto out;
	}
	sqlite3_finalize(st);
	st = NULL;

	MUAT_MULAI("rencana", rencana, n_rencana,
		   "SELECT kode, jenis, induk, uraian FROM rencana WHERE pemda = ?1 ORDER BY rowid")
	x->kode = kolom(&m->arena, st, 0);
	model_rencana_parse((const char *)sqlite3_column_text(st, 1), &x->jenis);
	x->induk = kolom(&m->arena, st, 2);
	x->uraian = kolom(&m->arena, st, 3);
	MUAT_SELESAI();

	MUAT_MULAI("opd", opd, n_opd, "SELECT kode, nama FROM opd WHERE pemda = ?1 ORDER BY rowid")
	x->kode = kolom(&m->arena, st, 0);
	x->nama = kolom(&m->arena, st, 1);
	MUAT_SELESAI();

	MUAT_MULAI("indikator", indikator, n_indikator,
		   "SELECT kode, induk, uraian, satuan, arah, skala, opd, kondisi_awal, "
		   "target_akhir, rumus_turun, agregasi, bobot FROM indikator WHERE pemda = ?1 "
		   "ORDER BY rowid")
	x->kode = kolom(&m->arena, st, 0);
	x->induk = kolom(&m->arena, st, 1);
	x->uraian = kolom(&m->arena, st, 2);
	x->satuan = kolom(&m->arena, st, 3);
	model_arah_parse((const char *)sqlite3_column_text(st, 4), &x->arah);
	x->skala = kolom(&m->arena, st, 5);
	x->opd = kolom(&m->arena, st, 6);
	if (nilai_muat(m, (const char *)sqlite3_column_text(st, 7), &x->kondisi_awal, NULL) ||
	    nilai_muat(m, (const char *)sqlite3_column_text(st, 8), &x->target_akhir, NULL)) {
		galat_set(g, "nilai tersimpan tidak sah pada indikator %s", x->kode);
		goto out;
	}
	enum rumus_turun r;
	const unsigned char *rt = sqlite3_column_text(st, 9);
	x->rumus_override = rt && model_rumus_parse((const char *)rt, &r) == 0 ? (int)r : -1;
	model_agregasi_parse((const char *)sqlite3_column_text(st, 10), &x->agregasi);
	x->bobot = sqlite3_column_double(st, 11);
	MUAT_SELESAI();

	MUAT_MULAI("target", target, n_target,
		   "SELECT indikator, tahun, nilai, teks FROM target WHERE pemda = ?1 "
		   "ORDER BY rowid")
	x->indikator = kolom(&m->arena, st, 0);
	x->tahun = sqlite3_column_int(st, 1);
	if (nilai_muat(m, (const char *)sqlite3_column_text(st, 2), &x->nilai,
		       (const char *)sqlite3_column_text(st, 3))) {
		galat_set(g, "target tersimpan tidak sah pada indikator %s", x->indikator);
		goto out;
	}
	MUAT_SELESAI();

	MUAT_MULAI("target_riwayat", riwayat, n_riwayat,
		   "SELECT indikator, tahun, nilai, teks, diganti FROM target_riwayat "
		   "WHERE pemda = ?1 ORDER BY id")
	x->indikator = kolom(&m->arena, st, 0);
	x->tahun = sqlite3_column_int(st, 1);
	nilai_muat(m, (const char *)sqlite3_column_text(st, 2), &x->nilai,
		   (const char *)sqlite3_column_text(st, 3));
	x->diganti = kolom(&m->arena, st, 4);
	MUAT_SELESAI();

	MUAT_MULAI("realisasi", realisasi, n_realisasi,
		   "SELECT indikator, tahun, triwulan, nilai FROM realisasi WHERE pemda = ?1 "
		   "ORDER BY rowid")
	x->indikator = kolom(&m->arena, st, 0);
	x->tahun = sqlite3_column_int(st, 1);
	x->triwulan = sqlite3_column_int(st, 2);
	if (nilai_muat(m, (const char *)sqlite3_column_text(st, 3), &x->nilai, NULL)) {
		galat_set(g, "realisasi tersimpan tidak sah pada indikator %s", x->indikator);
		goto out;
	}
	MUAT_SELESAI();

	MUAT_MULAI("anggaran", anggaran, n_anggaran,
		   "SELECT sasaran, program, tahun, pagu, realisasi FROM anggaran "
		   "WHERE pemda = ?1 ORDER BY rowid")
	x->sasaran = kolom(&m->arena, st, 0);
	x->program = kolom(&m->arena, st, 1);
	x->tahun = sqlite3_column_int(st, 2);
	x->pagu = sqlite3_column_int64(st, 3);
	x->ada_realisasi = sqlite3_column_type(st, 4) != SQLITE_NULL;
	x->realisasi = sqlite3_column_int64(st, 4);
	MUAT_SELESAI();

	MUAT_MULAI("pembanding", pembanding, n_pembanding,
		   "SELECT indikator, tahun, wilayah, nilai FROM pembanding WHERE pemda = ?1 "
		   "ORDER BY rowid")
	x->indikator = kolom(&m->arena, st, 0);
	x->tahun = sqlite3_column_int(st, 1);
	x->wilayah = kolom(&m->arena, st, 2);
	x->nilai = sqlite3_column_double(st, 3);
	MUAT_SELESAI();

	MUAT_MULAI("narasi", narasi, n_narasi,
		   "SELECT tahun, objek, jenis, teks FROM narasi WHERE pemda = ?1 ORDER BY rowid")
	x->tahun = sqlite3_column_int(st, 0);
	x->objek = kolom(&m->arena, st, 1);
	x->jenis = kolom(&m->arena, st, 2);
	x->teks = kolom(&m->arena, st, 3);
	MUAT_SELESAI();

	MUAT_MULAI("dilaporkan", dilaporkan, n_dilaporkan,
		   "SELECT tahun, objek, ukuran, sumber, nilai, angka, desimal FROM dilaporkan "
		   "WHERE pemda = ?1 ORDER BY rowid")
	x->tahun = sqlite3_column_int(st, 0);
	x->objek = kolom(&m->arena, st, 1);
	x->ukuran = kolom(&m->arena, st, 2);
	x->sumber = kolom(&m->arena, st, 3);
	x->teks = kolom(&m->arena, st, 4);
	x->angka = sqlite3_column_type(st, 5) != SQLITE_NULL;
	x->nilai = sqlite3_column_double(st, 5);
	x->desimal = sqlite3_column_int(st, 6);
	MUAT_SELESAI();

	rc = 0;
out:
	sqlite3_finalize(st);
	return rc;
}

int store_pemda_daftar(struct store *s, int (*fn)(const char *kode, void *arg), void *arg,
		       struct galat *g)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT kode FROM pemda ORDER BY rowid", -1, &st, NULL))
		return galat_db(s, g, "membaca pemda");
	int rc = 0, r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		if (fn((const char *)sqlite3_column_text(st, 0), arg)) {
			rc = -1;
			break;
		}
	}
	if (rc == 0 && r != SQLITE_DONE)
		rc = galat_db(s, g, "membaca pemda");
	sqlite3_finalize(st);
	return rc;
}

int store_pengaturan_daftar(struct store *s, const char *pemda,
			    int (*fn)(const char *kunci, const char *nilai, void *arg), void *arg,
			    struct galat *g)
{
	sqlite3_stmt *st = kueri(
		s, "SELECT kunci, nilai FROM pengaturan WHERE pemda = ?1 ORDER BY rowid", pemda, g);
	if (!st)
		return -1;
	int rc = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (fn((const char *)sqlite3_column_text(st, 0),
		       (const char *)sqlite3_column_text(st, 1), arg)) {
			rc = -1;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

int store_audit_daftar(struct store *s, const char *pemda, int batas,
		       int (*fn)(const struct store_audit_baris *b, void *arg), void *arg,
		       struct galat *g)
{
	sqlite3_stmt *st = NULL;
	const char *sql = "SELECT id, waktu, pengguna, pemda, tabel, kunci, lama, baru FROM audit "
			  "WHERE (?1 IS NULL OR pemda = ?1) ORDER BY id DESC LIMIT ?2";
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL))
		return galat_db(s, g, "membaca audit");
	if (pemda)
		sqlite3_bind_text(st, 1, pemda, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, batas > 0 ? batas : 1000);
	int rc = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct store_audit_baris b = {
			.id = sqlite3_column_int64(st, 0),
			.waktu = (const char *)sqlite3_column_text(st, 1),
			.pengguna = (const char *)sqlite3_column_text(st, 2),
			.pemda = (const char *)sqlite3_column_text(st, 3),
			.tabel = (const char *)sqlite3_column_text(st, 4),
			.kunci = (const char *)sqlite3_column_text(st, 5),
			.lama = (const char *)sqlite3_column_text(st, 6),
			.baru = (const char *)sqlite3_column_text(st, 7),
		};
		if (fn(&b, arg)) {
			rc = -1;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- opening, migrations, transactions ---- */

static int exec(struct store *s, const char *sql, struct galat *g)
{
	char *err = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		galat_set(g, "basis data: %s", err ? err : sqlite3_errmsg(s->db));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

static int migrasi(struct store *s, struct galat *g)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		g->pengguna = 1;
		return galat_set(g, "bukan basis data kinerja, atau berkasnya rusak: %s",
				 sqlite3_errmsg(s->db));
	}
	int versi = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (versi == 0) {
		/* A database that is not empty but has no version is someone else's. */
		if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master", -1, &st,
				       NULL) != SQLITE_OK ||
		    sqlite3_step(st) != SQLITE_ROW) {
			sqlite3_finalize(st);
			g->pengguna = 1;
			return galat_set(g, "bukan basis data kinerja, atau berkasnya rusak");
		}
		int n = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
		if (n > 0) {
			g->pengguna = 1;
			return galat_set(g, "bukan basis data kinerja (tabel lain sudah ada)");
		}
	}
	int terakhir = 0;
	for (const struct berkas_tertanam *b = migrasi_berkas; b->nama; b++) {
		int no = atoi(b->nama);
		terakhir = no;
		if (no <= versi)
			continue;
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", no);
		if (exec(s, "BEGIN IMMEDIATE", g))
			return -1;
		if (exec(s, b->isi, g) || exec(s, pragma, g)) {
			exec(s, "ROLLBACK", NULL);
			return -1;
		}
		if (exec(s, "COMMIT", g))
			return -1;
		versi = no;
	}
	if (versi > terakhir) {
		g->pengguna = 1;
		return galat_set(g, "basis data dibuat oleh versi kinerja yang lebih baru (skema %d)",
				 versi);
	}
	s->versi = versi;
	return 0;
}

static void sqlite_siapkan(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_open(const char *path, enum store_mode mode, struct store **out, struct galat *g)
{
	*out = NULL;
	if (mode == STORE_ADA && access(path, F_OK) != 0) {
		g->pengguna = 1;
		return galat_set(g, "basis data '%s' tidak ada (buat dengan `kinerja init %s`)",
				 path, path);
	}
	struct store *s = xcalloc(1, sizeof(*s));
	s->audit_sisip = 1;
	/*
	 * One connection is used by one thread at a time (the server opens one per
	 * worker), so SQLite's own locking is not needed; neither is its memory
	 * statistics, whose global mutex every allocation would take.
	 */
	static pthread_once_t sekali = PTHREAD_ONCE_INIT;
	pthread_once(&sekali, sqlite_siapkan);
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	if (mode == STORE_BUAT)
		flags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
		g->pengguna = 1;
		galat_set(g, "tidak dapat membuka basis data '%s': %s", path,
			  s->db ? sqlite3_errmsg(s->db) : "kehabisan memori");
		goto gagal;
	}
	sqlite3_busy_timeout(s->db, 5000);
	sqlite3_extended_result_codes(s->db, 1);
	if (migrasi(s, g))
		goto gagal;
	if (exec(s, "PRAGMA journal_mode = WAL", g) || exec(s, "PRAGMA foreign_keys = ON", g) ||
	    exec(s, "PRAGMA synchronous = NORMAL", g))
		goto gagal;
	*out = s;
	return 0;
gagal:
	if (!g->pengguna && strstr(g->pesan, "not a database")) {
		g->pengguna = 1;
	}
	store_close(s);
	return -1;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	for (int t = 0; t < T_N; t++) {
		sqlite3_finalize(s->sel[t]);
		sqlite3_finalize(s->ins[t]);
		sqlite3_finalize(s->upd[t]);
	}
	for (int q = 0; q < Q_N; q++)
		sqlite3_finalize(s->q[q]);
	sqlite3_close(s->db);
	free(s);
}

int store_versi(struct store *s)
{
	return s->versi;
}

int store_begin(struct store *s, struct galat *g)
{
	return exec(s, "BEGIN IMMEDIATE", g);
}

int store_commit(struct store *s, struct galat *g)
{
	return exec(s, "COMMIT", g);
}

void store_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		exec(s, "ROLLBACK", NULL);
}

void store_audit_sisip(struct store *s, int aktif)
{
	s->audit_sisip = aktif;
}

void *store_handle(struct store *s)
{
	return s->db;
}
