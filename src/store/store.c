/*
 * The store over the driver of store_drv.h, the same SQL on SQLite and on
 * PostgreSQL: migrations embedded in the binary and applied in order, every
 * statement prepared once per connection and bound. See store.h.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_int.h"
#include "store_evaluasi.h"

#include "../core/angka.h"
#include "../core/kaskade.h"
#include "../core/nilai.h"
#include "../core/pengaturan.h"
#include "../core/templat.h"
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
	struct kol kol[24];
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
	T_KERANGKA,
	T_LKE_JAWABAN,
	T_SURVEI,
	T_SURVEI_JAWABAN,
	T_LKE_REKOMENDASI,
	T_ANGGARAN_SIMPUL,
	T_PK,
	T_TARGET_TW,
	T_JADWAL,
	T_N
};

/*
 * The descriptors: pk and anggaran_simpul written here (their columns are not
 * the template's one to one, docs/architecture.md "Template schema"); every
 * other table's built from the schema (tabel_dari_templat: tabel_templat,
 * tabel_turunan).
 */
static struct tabel tabel[T_N] = {
	[T_ANGGARAN_SIMPUL] = {"anggaran_simpul", 3, 6,
			       {{"pemda", K_TEKS}, {"rencana", K_TEKS}, {"tahun", K_INT},
				{"opd", K_TEKS}, {"pagu", K_INT}, {"realisasi", K_INT}}},
	/*
	 * tempat and instansi last: added by migrations 0067 and 0070; the audit lists a new
	 * PK's values in this order
	 */
	[T_PK] = {"pk", 4, 14,
		  {{"pemda", K_TEKS}, {"tahun", K_INT}, {"opd", K_TEKS}, {"versi", K_INT},
		   {"nomor", K_TEKS}, {"tanggal", K_TEKS}, {"pihak_pertama", K_TEKS},
		   {"jabatan_pertama", K_TEKS}, {"nip_pertama", K_TEKS}, {"pihak_kedua", K_TEKS},
		   {"jabatan_kedua", K_TEKS}, {"nip_kedua", K_TEKS}, {"tempat", K_TEKS},
		   {"instansi", K_TEKS}}},
};

/* ---- statements ---- */

#define KT(c) s->o->kol_teks(st, (c))
#define KI(c) s->o->kol_int(st, (c))
#define KR(c) s->o->kol_real(st, (c))
#define KADA(c) (s->o->kol_teks(st, (c)) != NULL)

static const char sql_audit[] = "INSERT INTO audit(waktu, pengguna, pemda, tabel, kunci, lama, "
				"baru) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_riwayat[] =
	"INSERT INTO target_riwayat(pemda, indikator, tahun, nilai, teks, diganti) "
	"SELECT CAST(?1 AS TEXT), CAST(?2 AS TEXT), CAST(?3 AS INTEGER), CAST(?4 AS TEXT), "
	"CAST(?5 AS TEXT), CAST(?6 AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM target_riwayat "
	"WHERE pemda = ?1 AND indikator = ?2 AND tahun = ?3 AND nilai = ?4 AND teks = ?5)";

int store_galat(struct store *s, struct galat *g, const char *apa)
{
	if (!g)
		return -1;
	if (s->d->unik)
		g->pengguna = 1;
	return galat_set(g, "basis data: %s: %s", apa, s->d->pesan);
}

struct store_st *store_st(struct store *s, const char *sql, struct galat *g)
{
	for (int i = 0; i < s->ncache; i++)
		if (s->cache[i].sql == sql) {
			s->o->ulang(s->cache[i].st);
			return s->cache[i].st;
		}
	struct store_st *st;
	if (s->o->siapkan(s->d, sql, &st)) {
		store_galat(s, g, "menyiapkan perintah");
		return NULL;
	}
	if (s->ncache == STORE_CACHE_N) { /* a full cache forgets its oldest statement */
		s->o->lepas(s->cache[0].st);
		memmove(s->cache, s->cache + 1, sizeof(s->cache[0]) * (STORE_CACHE_N - 1));
		s->ncache--;
	}
	s->cache[s->ncache].sql = sql;
	s->cache[s->ncache].st = st;
	s->ncache++;
	return st;
}

int store_jalan(struct store *s, struct store_st *st, struct galat *g)
{
	int r;
	while ((r = s->o->langkah(st)) == 1)
		continue; /* RETURNING rows nobody asked for */
	s->o->ulang(st);
	return r < 0 ? store_galat(s, g, "menulis") : 0;
}

void store_waktu(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static struct val vt(const char *s);
static struct val vd(double d);
static struct val vi(int64_t i);

/*
 * The store tables whose columns are the template's, one to one and in its
 * order: their descriptors are built from the schema (tabel_dari_templat).
 */
static const struct {
	int t;
	enum templat_id id;
} tabel_templat[] = {
    {T_PENGATURAN, TEMPLAT_PENGATURAN}, {T_OPD, TEMPLAT_OPD},
    {T_INDIKATOR, TEMPLAT_INDIKATOR},   {T_PEMBANDING, TEMPLAT_PEMBANDING},
    {T_NARASI, TEMPLAT_NARASI},	        {T_LKE_JAWABAN, TEMPLAT_LKE_JAWABAN},
    {T_SURVEI, TEMPLAT_SURVEI},	        {T_LKE_REKOMENDASI, TEMPLAT_LKE_REKOMENDASI},
};

/*
 * The store tables whose columns are the template's with the differences
 * listed: their descriptors are built from the schema too (tabel_dari_templat),
 * the key columns first in the schema's order, then the other columns in its
 * order, then the store's own (tambah). So a column added to the schema is a
 * column of these tables with no line here. pk and anggaran_simpul keep
 * descriptors written below (docs/architecture.md "Template schema").
 */
static const struct {
	int t;
	enum templat_id id;
	const char *nama;  /* the store table; NULL: the schema's tabel_store */
	const char *tanpa; /* ",a,b,": schema columns the store table does not hold */
	const char *bulat; /* ",a,": schema columns held as INT whatever their kind */
	struct kol tambah[2];
} tabel_turunan[] = {
    {T_PEMDA, TEMPLAT_PEMDA, NULL, "", "", {{0}}},
    {T_RENCANA, TEMPLAT_RENCANA, NULL, "", "", {{0}}},
    /* the year's targets; a quarter's are in target_triwulan; teks: as entered */
    {T_TARGET, TEMPLAT_TARGET, NULL, ",triwulan,", "", {{"teks", K_TEKS}}},
    {T_TARGET_TW, TEMPLAT_TARGET, "target_triwulan", "", "", {{"teks", K_TEKS}}},
    {T_REALISASI, TEMPLAT_REALISASI, NULL, "", "", {{0}}},
    /* the rows naming a program; those on a cascade node are in anggaran_simpul */
    {T_ANGGARAN, TEMPLAT_ANGGARAN, NULL, ",opd,rencana,", "", {{0}}},
    /* the printed figure as parsed at import */
    {T_DILAPORKAN, TEMPLAT_DILAPORKAN, NULL, "", "", {{"angka", K_REAL}, {"desimal", K_INT}}},
    {T_KERANGKA, TEMPLAT_KERANGKA, NULL, "", "", {{0}}},
    /* the answers, one digit per unsur of the survey */
    {T_SURVEI_JAWABAN, TEMPLAT_SURVEI_JAWABAN, NULL, "", "", {{"jawaban", K_TEKS}}},
    /* triwulan: a choice of the words 0-4 in the file, its number in the store */
    {T_JADWAL, TEMPLAT_JADWAL, NULL, "", ",triwulan,", {{0}}},
};

/* Whether column `kolom` is in the list ",a,b,". */
static int dalam_daftar(const char *daftar, const char *kolom)
{
	char x[80];
	snprintf(x, sizeof(x), ",%s,", kolom);
	return strstr(daftar, x) != NULL;
}

/*
 * The template table each store table holds rows of (tabel_templat's and
 * tabel_turunan's, and pk's); -1: none (anggaran_simpul). Set with them.
 */
static int templat_dari_t[T_N];

/* Store column j of table t is schema column peta_templat[t][j] (by name); -1: the store's own. */
static signed char peta_templat[T_N][24];

static void muat_sql_bangun(void);

/* The store's kind of a template column: a number as REAL; a year, quarter or Rupiah as INT. */
static enum kol_jenis kol_jenis_templat(enum templat_jenis j)
{
	switch (j) {
	case TJ_ANGKA:
		return K_REAL;
	case TJ_TAHUN:
	case TJ_TRIWULAN:
	case TJ_RUPIAH:
		return K_INT;
	case TJ_KODE:
	case TJ_TEKS:
	case TJ_PILIHAN:
	case TJ_NILAI:
	case TJ_CETAK:
	case TJ_WAKTU:
		return K_TEKS;
	}
	return K_TEKS;
}

/*
 * Fills the descriptors of tabel_templat and tabel_turunan from the schema
 * (templat.c), so a column added there is written with no line here: the
 * store column names, the key (kunci) columns first, a number (TJ_ANGKA) as
 * REAL, a year as INT; builds store_muat's reads of the schema (muat_sql_bangun) and
 * matches each store column to its schema column (peta_templat). Once, at
 * store_open.
 */
static void tabel_dari_templat(void)
{
	for (int t = 0; t < T_N; t++)
		templat_dari_t[t] = -1;
	templat_dari_t[T_PK] = TEMPLAT_PK; /* its descriptor is written above */
	for (size_t i = 0; i < sizeof(tabel_templat) / sizeof(tabel_templat[0]); i++) {
		const struct templat_tabel *tt = &templat[tabel_templat[i].id];
		struct tabel *tb = &tabel[tabel_templat[i].t];
		templat_dari_t[tabel_templat[i].t] = (int)tabel_templat[i].id;
		if (tt->n_kolom > (int)(sizeof(tb->kol) / sizeof(tb->kol[0])))
			abort(); /* more columns than a descriptor holds: raise kol[] */
		if (strcmp(tt->kolom[0].nama, "pemda") != 0)
			abort(); /* the pemda column leads (bound as ?1, left out of the reads) */
		tb->nama = tt->tabel_store;
		tb->nkol = tt->n_kolom;
		tb->nkunci = 0;
		for (int k = 0; k < tt->n_kolom; k++) {
			const struct templat_kolom *tk = &tt->kolom[k];
			if (tk->kunci && k != tb->nkunci)
				abort(); /* the key columns must lead (the upsert binds them first) */
			tb->nkunci += tk->kunci;
			tb->kol[k].nama = tk->kolom_store;
			tb->kol[k].jenis = kol_jenis_templat(tk->jenis);
		}
	}
	for (size_t i = 0; i < sizeof(tabel_turunan) / sizeof(tabel_turunan[0]); i++) {
		const struct templat_tabel *tt = &templat[tabel_turunan[i].id];
		struct tabel tb = {tabel_turunan[i].nama ? tabel_turunan[i].nama : tt->tabel_store,
				   0, 0, {{0}}};
		for (int kunci = 1; kunci >= 0; kunci--) /* the key columns first */
			for (int k = 0; k < tt->n_kolom; k++) {
				const struct templat_kolom *tk = &tt->kolom[k];
				if (tk->kunci != kunci || dalam_daftar(tabel_turunan[i].tanpa, tk->nama))
					continue;
				if (tb.nkol + 2 >= (int)(sizeof(tb.kol) / sizeof(tb.kol[0])))
					abort(); /* more columns than a descriptor holds: raise kol[] */
				tb.kol[tb.nkol].nama = tk->kolom_store;
				tb.kol[tb.nkol++].jenis = dalam_daftar(tabel_turunan[i].bulat, tk->nama)
								  ? K_INT
								  : kol_jenis_templat(tk->jenis);
				tb.nkunci += kunci;
			}
		for (int j = 0; j < 2 && tabel_turunan[i].tambah[j].nama; j++)
			tb.kol[tb.nkol++] = tabel_turunan[i].tambah[j];
		tabel[tabel_turunan[i].t] = tb;
		templat_dari_t[tabel_turunan[i].t] = (int)tabel_turunan[i].id;
	}
	muat_sql_bangun();
	/* Each store table's columns matched to the schema's by name (val_templat). */
	for (int t = 0; t < T_N; t++) {
		const struct templat_tabel *tt = templat_dari_t[t] >= 0 ? &templat[templat_dari_t[t]]
									 : NULL;
		for (int j = 0; j < tabel[t].nkol; j++) {
			peta_templat[t][j] = -1;
			for (int k = 0; tt && k < tt->n_kolom; k++)
				if (strcmp(tt->kolom[k].kolom_store, tabel[t].kol[j].nama) == 0)
					peta_templat[t][j] = (signed char)k;
		}
	}
}

static pthread_once_t tabel_sekali = PTHREAD_ONCE_INIT;

/*
 * The values of one row of store table t, in its descriptor's order: each
 * column the schema moves generically (templat.h medan) from its field of the
 * row struct `baris` (TM_TEKS_OPSI "" as NULL, TM_TEKS NULL as ""), the pemda,
 * and each other column (the schema's TM_KHUSUS ones and the store's own) from
 * khusus, by its store name. Returns the number of values.
 */
static int val_templat(int t, const char *pemda, const void *baris,
		       struct val (*khusus)(const char *kolom, const void *baris), struct val *v)
{
	const struct tabel *tb = &tabel[t];
	for (int j = 0; j < tb->nkol; j++) {
		int k = peta_templat[t][j];
		const struct templat_kolom *tk = k >= 0 ? &templat[templat_dari_t[t]].kolom[k] : NULL;
		const char *x = tk && tk->medan != TM_KHUSUS ? templat_nilai_teks(tk, baris) : NULL;
		if (tk && tk->medan == TM_TAHUN)
			v[j] = vi(templat_int(tk, baris));
		else if (tk && tk->medan == TM_TEKS_OPSI)
			v[j] = vt(x && *x ? x : NULL);
		else if (tk && tk->medan == TM_TEKS)
			v[j] = vt(x ? x : "");
		else if (tk && tk->medan != TM_KHUSUS) /* ISI, a word; a choice's -1 NULL */
			v[j] = vt(x);
		else if (tk && strcmp(tk->nama, "pemda") == 0)
			v[j] = vt(pemda);
		else if (khusus)
			v[j] = khusus(tb->kol[j].nama, baris);
		else
			abort(); /* a column this table's code does not know: a programming error */
	}
	return tb->nkol;
}

/* Builds the SELECT, INSERT and UPDATE of table t (identifiers are static, values bound). */
static int siapkan_tabel(struct store *s, int t, struct galat *g)
{
	const struct tabel *tb = &tabel[t];
	if (s->sel[t])
		return 0; /* each use resets it first (upsert) */
	struct buf sel = BUF_INIT, ins = BUF_INIT, upd = BUF_INIT, where = BUF_INIT;
	for (int k = 0; k < tb->nkunci; k++)
		buf_printf(&where, "%s%s = ?%d", k ? " AND " : "", tb->kol[k].nama, k + 1);
	buf_puts(&sel, "SELECT ");
	buf_printf(&upd, "UPDATE %s SET ", tb->nama);
	for (int k = tb->nkunci; k < tb->nkol; k++) {
		buf_printf(&sel, "%s%s", k > tb->nkunci ? ", " : "", tb->kol[k].nama);
		buf_printf(&upd, "%s%s = ?%d", k > tb->nkunci ? ", " : "", tb->kol[k].nama, k + 1);
	}
	/* The row stays locked until the end of the transaction, so its old value is the one replaced. */
	buf_printf(&sel, " FROM %s WHERE %s%s", tb->nama, where.data, s->d->kunci);
	buf_printf(&upd, " WHERE %s", where.data);
	struct buf kolom = BUF_INIT;
	for (int k = 0; k < tb->nkol; k++)
		buf_printf(&kolom, "%s%s", k ? ", " : "", tb->kol[k].nama);
	s->kolom[t] = buf_detach(&kolom);
	buf_printf(&ins, "INSERT INTO %s(%s) VALUES (", tb->nama, s->kolom[t]);
	for (int k = 0; k < tb->nkol; k++)
		buf_printf(&ins, "%s?%d", k ? ", " : "", k + 1);
	/* A row inserted meanwhile by another connection is then updated instead. */
	buf_puts(&ins, ") ON CONFLICT DO NOTHING RETURNING 1");
	int rc = 0;
	if (s->o->siapkan(s->d, sel.data, &s->sel[t]) || s->o->siapkan(s->d, ins.data, &s->ins[t]) ||
	    s->o->siapkan(s->d, upd.data, &s->upd[t]))
		rc = store_galat(s, g, "menyiapkan perintah");
	buf_release(&sel);
	buf_release(&ins);
	buf_release(&upd);
	buf_release(&where);
	return rc;
}

static int val_null(const struct kol *k, const struct val *v)
{
	return v->null || (k->jenis == K_TEKS && !v->s);
}

static void ikat(struct store *s, struct store_st *st, int idx, const struct kol *k,
		 const struct val *v)
{
	if (val_null(k, v)) {
		s->o->ikat_teks(st, idx, NULL);
		return;
	}
	switch (k->jenis) {
	case K_TEKS:
		s->o->ikat_teks(st, idx, v->s);
		break;
	case K_INT:
		s->o->ikat_int(st, idx, v->i);
		break;
	case K_REAL:
		s->o->ikat_real(st, idx, v->d);
		break;
	}
}

/* Whether the stored value (its text, NULL for NULL) equals v. */
static int kol_sama(const char *lama, const struct kol *k, const struct val *v)
{
	int null_baru = val_null(k, v);
	if (!lama || null_baru)
		return (lama == NULL) == null_baru;
	switch (k->jenis) {
	case K_TEKS:
		return strcmp(lama, v->s) == 0;
	case K_INT:
		return strtoll(lama, NULL, 10) == v->i;
	case K_REAL:
		return strtod(lama, NULL) == v->d;
	}
	return 0;
}

/* v in decimal into out (at least 21 bytes); snprintf costs much more, once per cell. */
static const char *int_teks(int64_t v, char *out)
{
	char tmp[24];
	int n = 0;
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	char *p = out;
	if (v < 0)
		*p++ = '-';
	while (n)
		*p++ = tmp[--n];
	*p = '\0';
	return out;
}

static void val_teks(struct buf *b, const struct kol *k, const struct val *v)
{
	char tmp[64];
	if (val_null(k, v))
		return;
	switch (k->jenis) {
	case K_TEKS:
		buf_puts(b, v->s);
		break;
	case K_INT:
		buf_puts(b, int_teks(v->i, tmp));
		break;
	case K_REAL:
		buf_puts(b, angka_format_kanonik(v->d, tmp, sizeof(tmp)));
		break;
	}
}

/* The stored value as the audit writes it (reals in their canonical form). */
static void lama_teks(struct buf *b, const char *lama, const struct kol *k)
{
	char tmp[64];
	if (!lama)
		return;
	if (k->jenis == K_REAL)
		buf_puts(b, angka_format_kanonik(strtod(lama, NULL), tmp, sizeof(tmp)));
	else
		buf_puts(b, lama);
}

static int pf_aktif(struct store *s);

/*
 * Runs a write whose result is not needed: queued during a bulk import (its
 * error then comes at the next statement or the commit), else at once, so
 * that the caller learns of e.g. a violated constraint from this call.
 */
static int tulis(struct store *s, struct store_st *st)
{
	if (pf_aktif(s))
		return s->o->kirim(st);
	int r = s->o->langkah(st);
	s->o->ulang(st);
	return r < 0 ? -1 : 0;
}

int store_audit(struct store *s, const char *pengguna, const char *pemda, const char *tabel_,
		const char *kunci, const char *lama, const char *baru, struct galat *g)
{
	/*
	 * On PostgreSQL an audit id is taken from a sequence when the row is inserted, but
	 * transactions commit in any order: a reader that saw id 101 could later meet 100
	 * committed after it, and the web's caches, which follow the last audit id, would miss
	 * that change. Writers therefore take one transaction-scoped lock before their first
	 * audit row, so ids become visible in the order they were given. SQLite has one writer.
	 */
	if (!s->audit_urut && s->o->dalam_tx(s->d) && strcmp(store_mesin(s), "PostgreSQL") == 0) {
		static const char sql_urut[] = "SELECT pg_advisory_xact_lock(7401190)";
		struct store_st *k = store_st(s, sql_urut, g);
		if (!k)
			return -1;
		int r = s->o->langkah(k);
		s->o->ulang(k);
		if (r < 0)
			return store_galat(s, g, "mengunci urutan audit");
		s->audit_urut = 1;
	}
	struct store_st *st = store_st(s, sql_audit, g);
	if (!st)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 1, waktu);
	s->o->ikat_teks(st, 2, pengguna ? pengguna : "import");
	s->o->ikat_teks(st, 3, pemda);
	s->o->ikat_teks(st, 4, tabel_);
	s->o->ikat_teks(st, 5, kunci);
	s->o->ikat_teks(st, 6, lama);
	s->o->ikat_teks(st, 7, baru);
	if (tulis(s, st))
		return store_galat(s, g, "menulis log audit");
	return 0;
}

/* ---- rows read ahead during a bulk import ----
 *
 * On an engine where each statement is a round trip (PostgreSQL), a bulk
 * import (store_audit_sisip(s, 0)) reads the rows of a table for one pemda
 * once per transaction, locked, and then compares in memory; the writes go
 * out in pipeline mode. The look-ups used to validate references answer from
 * the same rows.
 */

/* A row read ahead; its strings live in the prefetch's arena (many rows, one allocation). */
struct pf_baris {
	char *kunci;  /* key columns as text, separated by \x1f */
	char **nilai; /* value columns as text, NULL for NULL */
	int ada;      /* the row is in the database (read, or written in this transaction) */
	size_t urut;  /* order of reading (the settings are handed on in it) */
	uint64_t h;   /* hash_teks(kunci): most probes are told apart without strcmp */
};

struct pf_set {
	int t;
	char *pemda;
	struct arena *a; /* the prefetch's (store_prefetch.a) */
	struct pf_baris *slot;
	size_t cap, n;
	size_t urut; /* rows read so far */
};

/* A list of pemda codes in order, indexed by open addressing like the sets. */
struct pf_kode {
	char **kode;
	uint64_t *tabel; /* per code: a bit per table (baru below) */
	size_t n, cap;
	size_t *indeks; /* 1 + the place in kode, 0 free */
	size_t nindeks;
};

struct store_prefetch {
	struct arena a; /* the rows' keys and values, until they are forgotten */
	struct pf_set *set;
	size_t n, cap;
	size_t *indeks; /* open addressing over (table, pemda): 1 + the set's number, 0 free */
	size_t nindeks;
	/* The pemda announced by store_impor_pemda, in order. */
	struct pf_kode umum;
	/*
	 * The pemda this transaction created (their row in pemda was absent when
	 * read, locked, and then sent), each with the tables whose rows of it
	 * have been read or written. Every table but kerangka refers to pemda,
	 * and rows are only ever written through upsert: such a pemda has no row
	 * in a table whose bit is not set, nothing needs reading (even after the
	 * rows were forgotten), and the COPY under way goes on.
	 */
	struct pf_kode baru;
};

/* Pemda read ahead in one statement (the store's statements have at most 32 parameters). */
#define PF_SEKALI 32
/*
 * Rows kept read ahead, beyond which they are forgotten before the next read:
 * a national import would otherwise hold every row it wrote in memory.
 */
#define PF_BATAS 400000

static uint64_t hash_teks(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* Forgets the rows read ahead (they are read again when needed); keeps the announced pemda. */
static void pf_lupakan(struct store_prefetch *pf)
{
	for (size_t i = 0; i < pf->n; i++) {
		free(pf->set[i].slot);
		free(pf->set[i].pemda);
	}
	arena_release(&pf->a);
	arena_init(&pf->a);
	free(pf->set);
	free(pf->indeks);
	pf->set = NULL;
	pf->indeks = NULL;
	pf->n = pf->cap = pf->nindeks = 0;
}

static void kode_bebas(struct pf_kode *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->kode[i]);
	free(k->kode);
	free(k->tabel);
	free(k->indeks);
}

static void pf_bebas(struct store *s)
{
	struct store_prefetch *pf = s->pf;
	if (!pf)
		return;
	pf_lupakan(pf);
	kode_bebas(&pf->umum);
	kode_bebas(&pf->baru);
	free(pf);
	s->pf = NULL;
}

/* Puts nilai (not 0) at the first free place from hash h of an open-addressing index. */
static void indeks_taruh(size_t *indeks, size_t n, uint64_t h, size_t nilai)
{
	size_t i = (size_t)h & (n - 1);
	while (indeks[i])
		i = (i + 1) & (n - 1);
	indeks[i] = nilai;
}

/* The place of pemda in the list, or -1. */
static long kode_cari(const struct pf_kode *k, const char *pemda)
{
	if (!k->nindeks)
		return -1;
	for (size_t h = hash_teks(pemda) & (k->nindeks - 1); k->indeks[h];
	     h = (h + 1) & (k->nindeks - 1))
		if (strcmp(k->kode[k->indeks[h] - 1], pemda) == 0)
			return (long)k->indeks[h] - 1;
	return -1;
}

/* Adds pemda at the end of the list when it is not there yet; its place. */
static size_t kode_tambah(struct pf_kode *k, const char *pemda)
{
	long ada = kode_cari(k, pemda);
	if (ada >= 0)
		return (size_t)ada;
	if ((k->n + 1) * 2 > k->nindeks) {
		free(k->indeks);
		k->nindeks = k->nindeks ? k->nindeks * 2 : 256;
		k->indeks = xcalloc(k->nindeks, sizeof(*k->indeks));
		for (size_t j = 0; j < k->n; j++)
			indeks_taruh(k->indeks, k->nindeks, hash_teks(k->kode[j]), j + 1);
	}
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 64;
		k->kode = xrealloc(k->kode, k->cap * sizeof(*k->kode));
		k->tabel = xrealloc(k->tabel, k->cap * sizeof(*k->tabel));
	}
	k->kode[k->n] = xstrdup(pemda);
	k->tabel[k->n] = 0;
	indeks_taruh(k->indeks, k->nindeks, hash_teks(pemda), ++k->n);
	return k->n - 1;
}

void store_impor_pemda(struct store *s, const char *const *kode, size_t n)
{
	if (!pf_aktif(s))
		return; /* only rows read ahead use it */
	if (!s->pf)
		s->pf = xcalloc(1, sizeof(*s->pf));
	for (size_t i = 0; i < n; i++)
		if (kode[i])
			kode_tambah(&s->pf->umum, kode[i]);
}

/* The slot of kunci (hash h), or the free slot where it would go. */
static struct pf_baris *pf_cari_h(struct pf_set *ps, const char *kunci, uint64_t h)
{
	for (size_t i = (size_t)h & (ps->cap - 1);; i = (i + 1) & (ps->cap - 1)) {
		if (!ps->slot[i].kunci)
			return &ps->slot[i];
		if (ps->slot[i].h == h && strcmp(ps->slot[i].kunci, kunci) == 0)
			return &ps->slot[i];
	}
}

static struct pf_baris *pf_cari(struct pf_set *ps, const char *kunci)
{
	if (!ps->cap)
		return NULL;
	return pf_cari_h(ps, kunci, hash_teks(kunci));
}

/* The slot for kunci, made when missing (values all NULL). */
static struct pf_baris *pf_taruh(struct pf_set *ps, const char *kunci)
{
	int nnilai = tabel[ps->t].nkol - tabel[ps->t].nkunci;
	if ((ps->n + 1) * 2 > ps->cap) {
		size_t cap = ps->cap ? ps->cap * 2 : 64;
		struct pf_set baru = *ps;
		baru.slot = xcalloc(cap, sizeof(*baru.slot));
		baru.cap = cap;
		for (size_t i = 0; i < ps->cap; i++)
			if (ps->slot[i].kunci)
				*pf_cari_h(&baru, ps->slot[i].kunci, ps->slot[i].h) = ps->slot[i];
		free(ps->slot);
		*ps = baru;
	}
	uint64_t h = hash_teks(kunci);
	struct pf_baris *b = pf_cari_h(ps, kunci, h);
	if (!b->kunci) {
		b->h = h;
		b->urut = ps->urut++;
		b->kunci = arena_strdup(ps->a, kunci);
		b->nilai = arena_alloc(ps->a, (size_t)nnilai * sizeof(char *)); /* zeroed: NULL */
		ps->n++;
	}
	return b;
}

static void kunci_teks(struct buf *b, const struct tabel *tb, const struct val *v)
{
	for (int k = 0; k < tb->nkunci; k++) {
		if (k)
			buf_putc(b, '\x1f');
		val_teks(b, &tb->kol[k], &v[k]);
	}
}

/* The set of table t for pemda, or NULL when it has not been read. */
static struct pf_set *pf_set_cari(struct store_prefetch *pf, int t, const char *pemda)
{
	if (!pf->nindeks)
		return NULL;
	for (size_t h = (hash_teks(pemda) + (size_t)t) & (pf->nindeks - 1); pf->indeks[h];
	     h = (h + 1) & (pf->nindeks - 1)) {
		struct pf_set *ps = &pf->set[pf->indeks[h] - 1];
		if (ps->t == t && strcmp(ps->pemda, pemda) == 0)
			return ps;
	}
	return NULL;
}

/* A new, empty set of table t for pemda; its number in pf->set. */
static size_t pf_set_baru(struct store_prefetch *pf, int t, const char *pemda)
{
	if ((pf->n + 1) * 2 > pf->nindeks) {
		free(pf->indeks);
		pf->nindeks = pf->nindeks ? pf->nindeks * 2 : 256;
		pf->indeks = xcalloc(pf->nindeks, sizeof(*pf->indeks));
		for (size_t i = 0; i < pf->n; i++)
			indeks_taruh(pf->indeks, pf->nindeks,
				     hash_teks(pf->set[i].pemda) + (size_t)pf->set[i].t, i + 1);
	}
	if (pf->n == pf->cap) {
		pf->cap = pf->cap ? pf->cap * 2 : 16;
		pf->set = xrealloc(pf->set, pf->cap * sizeof(*pf->set));
	}
	indeks_taruh(pf->indeks, pf->nindeks, hash_teks(pemda) + (size_t)t, pf->n + 1);
	struct pf_set *ps = &pf->set[pf->n];
	memset(ps, 0, sizeof(*ps));
	ps->t = t;
	ps->pemda = xstrdup(pemda);
	ps->a = &pf->a;
	return pf->n++;
}

_Static_assert(T_N <= 64, "a bit per table in pf_kode.tabel");

/*
 * Whether the rows of table t of pemda are known without reading them: none,
 * pemda being one this transaction created that has no row of t yet (see
 * store_prefetch.baru).
 */
static int pf_tanpa_baris(const struct store_prefetch *pf, int t, const char *pemda)
{
	if (t == T_KERANGKA)
		return 0; /* the only table whose first key is not a pemda */
	long b = kode_cari(&pf->baru, pemda);
	return b >= 0 && !(pf->baru.tabel[b] & (UINT64_C(1) << t));
}

/* A set of table t for pemda is made: when pemda is new, it may now have rows of t. */
static size_t pf_set_buat(struct store_prefetch *pf, int t, const char *pemda)
{
	long b = kode_cari(&pf->baru, pemda);
	if (b >= 0)
		pf->baru.tabel[b] |= UINT64_C(1) << t;
	return pf_set_baru(pf, t, pemda);
}

/*
 * The rows of table t for pemda (the first key), read once per transaction;
 * NULL on error. When pemda was announced (store_impor_pemda), the rows of
 * the next announced pemda not yet read are read and locked in the same
 * statement: on PostgreSQL each read ends the COPY under way and waits for
 * the server, so reading per pemda kept both sides waiting for each other.
 */
static struct pf_set *pf_muat(struct store *s, int t, const char *pemda, struct galat *g)
{
	if (!s->pf)
		s->pf = xcalloc(1, sizeof(*s->pf));
	struct store_prefetch *pf = s->pf;
	struct pf_set *ada = pf_set_cari(pf, t, pemda);
	if (ada)
		return ada;
	size_t baris = 0;
	for (size_t i = 0; i < pf->n; i++)
		baris += pf->set[i].n;
	if (baris > PF_BATAS)
		pf_lupakan(pf); /* the caller holds no set or row across this call */
	if (pf_tanpa_baris(pf, t, pemda)) {
		size_t i = pf_set_buat(pf, t, pemda); /* before pf->set is read: it may move */
		return &pf->set[i];
	}
	const struct tabel *tb = &tabel[t];
	if (!s->pfsel[t]) { /* prepared once per connection, not once per pemda */
		struct buf sql = BUF_INIT;
		buf_puts(&sql, "SELECT ");
		for (int k = 0; k < tb->nkol; k++)
			buf_printf(&sql, "%s%s", k ? ", " : "", tb->kol[k].nama);
		buf_printf(&sql, " FROM %s WHERE %s IN (", tb->nama, tb->kol[0].nama);
		for (int k = 1; k <= PF_SEKALI; k++)
			buf_printf(&sql, "%s?%d", k > 1 ? ", " : "", k);
		/* The settings are handed on in the order they were written (store_pengaturan_daftar). */
		buf_printf(&sql, ")%s%s", t == T_PENGATURAN ? " ORDER BY rowid" : "", s->d->kunci);
		int gagal = s->o->siapkan(s->d, sql.data, &s->pfsel[t]);
		buf_release(&sql);
		if (gagal) {
			store_galat(s, g, tb->nama);
			return NULL;
		}
	}
	struct store_st *st = s->pfsel[t];
	/* The pemda read by this statement: pemda, then the announced ones after it. */
	size_t nomor[PF_SEKALI];
	int nb = 0;
	nomor[nb++] = pf_set_buat(pf, t, pemda);
	long u = kode_cari(&pf->umum, pemda);
	for (size_t i = u < 0 ? pf->umum.n : (size_t)u + 1; i < pf->umum.n && nb < PF_SEKALI; i++) {
		const char *lain = pf->umum.kode[i];
		if (!pf_set_cari(pf, t, lain) && !pf_tanpa_baris(pf, t, lain))
			nomor[nb++] = pf_set_buat(pf, t, lain);
	}
	for (int i = 0; i < PF_SEKALI; i++) /* NULL matches no row */
		s->o->ikat_teks(st, i + 1, i < nb ? pf->set[nomor[i]].pemda : NULL);
	struct buf kunci = BUF_INIT;
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		const char *milik = s->o->kol_teks(st, 0);
		struct pf_set *ps = milik ? pf_set_cari(pf, t, milik) : NULL;
		if (!ps)
			continue; /* cannot happen: the row matched one of the codes bound */
		buf_reset(&kunci);
		for (int k = 0; k < tb->nkunci; k++) {
			if (k)
				buf_putc(&kunci, '\x1f');
			const char *v = s->o->kol_teks(st, k);
			if (tb->kol[k].jenis == K_REAL && v) {
				char tmp[64];
				buf_puts(&kunci, angka_format_kanonik(strtod(v, NULL), tmp, sizeof(tmp)));
			} else if (v) {
				buf_puts(&kunci, v);
			}
		}
		struct pf_baris *b = pf_taruh(ps, kunci.data ? kunci.data : "");
		for (int k = tb->nkunci; k < tb->nkol; k++)
			b->nilai[k - tb->nkunci] = arena_strdup(&pf->a, s->o->kol_teks(st, k));
		b->ada = 1;
	}
	buf_release(&kunci);
	s->o->ulang(st);
	if (r < 0) {
		store_galat(s, g, tb->nama);
		return NULL;
	}
	return &pf->set[nomor[0]];
}

/* Whether rows are read ahead: a bulk import on an engine with costly round trips. */
static int pf_aktif(struct store *s)
{
	/*
	 * The rows read are the truth until the end: on PostgreSQL they are locked
	 * (FOR UPDATE), on SQLite the write transaction (BEGIN IMMEDIATE) keeps
	 * every other writer out.
	 */
	return !s->audit_sisip && s->o->dalam_tx(s->d);
}

/* Queues a new row of table t for the bulk path (COPY on PostgreSQL, multi-row INSERTs on SQLite). */
static int salur(struct store *s, int t, const struct val *v)
{
	const struct tabel *tb = &tabel[t];
	char angka[14][40];
	const char *teks[14];
	for (int k = 0; k < tb->nkol; k++) {
		teks[k] = NULL;
		if (val_null(&tb->kol[k], &v[k]))
			continue;
		if (tb->kol[k].jenis == K_TEKS)
			teks[k] = v[k].s;
		else if (tb->kol[k].jenis == K_INT)
			int_teks(v[k].i, angka[k]);
		else
			snprintf(angka[k], sizeof(angka[k]), "%.17g", v[k].d);
		if (tb->kol[k].jenis != K_TEKS)
			teks[k] = angka[k];
	}
	return s->o->salur(s->d, tb->nama, s->kolom[t], tb->nkol, teks);
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
	struct buf *kpf = &s->kpf; /* the store's: no allocation per row */
	const char *tua[14] = {0}; /* the stored value columns, NULL for NULL */
	char reals[14][40];
	int ada = 0, rc = -1, coba = 0;
	struct store_st *sel = NULL;
	struct pf_baris *pb = NULL;
	if (siapkan_tabel(s, t, g))
		goto out;
	if (pf_aktif(s)) {
		struct pf_set *ps = pf_muat(s, t, v[0].s ? v[0].s : "", g);
		if (!ps)
			goto out;
		buf_reset(kpf);
		kunci_teks(kpf, tb, v);
		pb = pf_taruh(ps, kpf->data ? kpf->data : "");
		ada = pb->ada;
		for (int k = tb->nkunci; k < tb->nkol && ada; k++)
			tua[k - tb->nkunci] = pb->nilai[k - tb->nkunci];
	}
	if (!pb) {
lagi:
		sel = s->sel[t];
		s->o->ulang(sel);
		for (int k = 0; k < tb->nkunci; k++)
			ikat(s, sel, k + 1, &tb->kol[k], &v[k]);
		int step = s->o->langkah(sel);
		if (step < 0) {
			store_galat(s, g, tb->nama);
			goto out;
		}
		ada = step == 1;
		for (int k = tb->nkunci; k < tb->nkol && ada; k++) {
			int c = k - tb->nkunci;
			tua[c] = s->o->kol_teks(sel, c);
			if (tua[c] && tb->kol[k].jenis == K_REAL) { /* exactly, not as printed */
				snprintf(reals[c], sizeof(reals[c]), "%.17g", s->o->kol_real(sel, c));
				tua[c] = reals[c];
			}
		}
	}
	if (ada) {
		int beda = 0;
		for (int k = tb->nkunci; k < tb->nkol; k++) {
			const char *o = tua[k - tb->nkunci];
			if (lama_out) {
				lama_teks(lama_out, o, &tb->kol[k]);
				buf_putc(lama_out, '\0');
			}
			if (kol_sama(o, &tb->kol[k], &v[k]))
				continue;
			const char *pisah = beda++ ? "; " : "";
			buf_printf(&lama, "%s%s=", pisah, tb->kol[k].nama);
			lama_teks(&lama, o, &tb->kol[k]);
			buf_printf(&baru, "%s%s=", pisah, tb->kol[k].nama);
			val_teks(&baru, &tb->kol[k], &v[k]);
		}
		if (sel)
			s->o->ulang(sel);
		if (beda) {
			struct store_st *upd = s->upd[t];
			for (int k = 0; k < tb->nkol; k++)
				ikat(s, upd, k + 1, &tb->kol[k], &v[k]);
			if (tulis(s, upd)) {
				store_galat(s, g, tb->nama);
				goto out;
			}
			hasil = STORE_DIUBAH;
		}
	} else {
		if (sel)
			s->o->ulang(sel);
		struct store_st *ins = s->ins[t];
		if (pb) {
			/*
			 * The rows of this pemda are locked and this key is not among them:
			 * it goes out in bulk (a key inserted meanwhile by another
			 * connection fails the whole import, which can then be repeated).
			 */
			if (salur(s, t, v)) {
				store_galat(s, g, tb->nama);
				goto out;
			}
			if (t == T_PEMDA) { /* created by this transaction: see store_prefetch.baru */
				size_t b = kode_tambah(&s->pf->baru, v[0].s);
				s->pf->baru.tabel[b] |= UINT64_C(1) << T_PEMDA;
			}
		} else {
			for (int k = 0; k < tb->nkol; k++)
				ikat(s, ins, k + 1, &tb->kol[k], &v[k]);
			int r = s->o->langkah(ins);
			s->o->ulang(ins);
			if (r < 0) {
				store_galat(s, g, tb->nama);
				goto out;
			}
			if (r == 0 && coba++ == 0)
				goto lagi; /* inserted meanwhile by another connection */
			if (r == 0) {
				galat_set(g, "basis data: %s: baris berubah bersamaan", tb->nama);
				goto out;
			}
		}
		hasil = STORE_BARU;
		if (s->audit_sisip) {
			for (int k = tb->nkunci; k < tb->nkol; k++) {
				buf_printf(&baru, "%s%s=", k > tb->nkunci ? "; " : "",
					   tb->kol[k].nama);
				val_teks(&baru, &tb->kol[k], &v[k]);
			}
		}
	}
	if (pb && hasil != STORE_SAMA) {
		/* The read-ahead row now holds the value written (reals as the engine prints them). */
		for (int k = tb->nkunci; k < tb->nkol; k++) {
			char tmp[40];
			const char *teks = NULL;
			if (!val_null(&tb->kol[k], &v[k])) {
				if (tb->kol[k].jenis == K_TEKS)
					teks = v[k].s;
				else if (tb->kol[k].jenis == K_INT)
					teks = int_teks(v[k].i, tmp);
				else
					snprintf(tmp, sizeof(tmp), "%.17g", v[k].d), teks = tmp;
			}
			/* the old text stays in the arena until the rows are forgotten */
			pb->nilai[k - tb->nkunci] = arena_strdup(&s->pf->a, teks);
		}
		pb->ada = 1;
	}
	if (hasil == STORE_DIUBAH || (hasil == STORE_BARU && s->audit_sisip)) {
		const char *pemda = v[0].s; /* the first key is the pemda code */
		for (int k = 0; k < tb->nkunci; k++) {
			if (k)
				buf_puts(&kunci, " / ");
			val_teks(&kunci, &tb->kol[k], &v[k]);
		}
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

/* The pemda columns the schema leaves to this code (TM_KHUSUS). */
static struct val pemda_khusus(const char *kolom, const void *baris)
{
	const struct pemda *p = baris;
	if (strcmp(kolom, "periode_awal") == 0)
		return p->periode_awal ? vi(p->periode_awal) : vnull();
	if (strcmp(kolom, "periode_akhir") == 0)
		return p->periode_akhir ? vi(p->periode_akhir) : vnull();
	abort(); /* a column of pemda this code does not know: a programming error */
}

int store_simpan_pemda(struct store *s, const struct pemda *p, const char *pengguna,
		       enum store_ubah *ubah, struct galat *g)
{
	struct val v[24];
	val_templat(T_PEMDA, NULL, p, pemda_khusus, v);
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
	struct val v[24];
	val_templat(T_RENCANA, pemda, r, NULL, v);
	return upsert(s, T_RENCANA, v, pengguna, ubah, NULL, g);
}

#define OPSI(x) vt((x) && *(x) ? (x) : NULL)

int store_simpan_opd(struct store *s, const char *pemda, const struct opd *o,
		     const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[24];
	val_templat(T_OPD, pemda, o, NULL, v);
	return upsert(s, T_OPD, v, pengguna, ubah, NULL, g);
}

/* The indikator columns the schema leaves to this code (TM_KHUSUS). */
static struct val indikator_khusus(const char *kolom, const void *baris)
{
	const struct indikator *i = baris;
	if (strcmp(kolom, "bobot") == 0)
		return vd(i->bobot > 0 ? i->bobot : 1);
	if (strcmp(kolom, "kondisi_awal") == 0 || strcmp(kolom, "target_akhir") == 0)
		return vt(NULL); /* set by store_simpan_indikator (a buffer of its frame) */
	abort(); /* a column of indikator this code does not know: a programming error */
}

int store_simpan_indikator(struct store *s, const char *pemda, const struct indikator *i,
			   const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	char ka[96], ta[96];
	struct val v[24];
	const struct templat_tabel *tt = &templat[TEMPLAT_INDIKATOR];
	val_templat(T_INDIKATOR, pemda, i, indikator_khusus, v);
	/* The two values, canonical (nilai_kanonik), in buffers of this frame. */
	for (int k = 0; k < tt->n_kolom; k++)
		if (tt->kolom[k].jenis == TJ_NILAI)
			v[k] = vt(strcmp(tt->kolom[k].nama, "kondisi_awal") == 0
				      ? nilai_kanonik(&i->kondisi_awal, ka, sizeof(ka))
				      : nilai_kanonik(&i->target_akhir, ta, sizeof(ta)));
	return upsert(s, T_INDIKATOR, v, pengguna, ubah, NULL, g);
}

static int riwayat(struct store *s, const char *pemda, const char *indikator, int tahun,
		   const char *nilai, const char *teks, struct galat *g)
{
	struct store_st *st = store_st(s, sql_riwayat, g);
	if (!st)
		return -1;
	char waktu[32];
	store_waktu(waktu);
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_teks(st, 2, indikator);
	s->o->ikat_int(st, 3, tahun);
	s->o->ikat_teks(st, 4, nilai);
	s->o->ikat_teks(st, 5, teks);
	s->o->ikat_teks(st, 6, waktu);
	return tulis(s, st) ? store_galat(s, g, "riwayat target") : 0;
}

int store_simpan_target_lama(struct store *s, const char *pemda, const struct target *t,
			     struct galat *g)
{
	if (t->triwulan > 0)
		return 0; /* a quarter's target keeps no PK history: the later row replaces it */
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
	if (t->triwulan > 0) { /* rencana aksi: the quarter's target, its own table */
		struct val w[] = {vt(pemda), vt(t->indikator), vi(t->tahun), vi(t->triwulan),
				  vt(kn), vt(t->nilai.teks ? t->nilai.teks : kn)};
		return upsert(s, T_TARGET_TW, w, pengguna, ubah, NULL, g);
	}
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
	if (a->di_simpul) {
		struct val w[] = {vt(pemda),	    vt(a->rencana), vi(a->tahun),
				  OPSI(a->opd),	    vi(a->pagu),
				  a->ada_realisasi ? vi(a->realisasi) : vnull()};
		return upsert(s, T_ANGGARAN_SIMPUL, w, pengguna, ubah, NULL, g);
	}
	struct val v[] = {vt(pemda), vt(a->sasaran), vt(a->program), vi(a->tahun), vi(a->pagu),
			  a->ada_realisasi ? vi(a->realisasi) : vnull()};
	return upsert(s, T_ANGGARAN, v, pengguna, ubah, NULL, g);
}

static struct val pembanding_khusus(const char *kolom, const void *baris)
{
	const struct pembanding *p = baris;
	if (strcmp(kolom, "indikator") == 0)
		return vt(p->indikator);
	if (strcmp(kolom, "tahun") == 0)
		return vi(p->tahun);
	if (strcmp(kolom, "nilai") == 0)
		return vd(p->nilai);
	abort(); /* a column of pembanding this code does not know: a programming error */
}

int store_simpan_pembanding(struct store *s, const char *pemda, const struct pembanding *p,
			    const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[24];
	val_templat(T_PEMBANDING, pemda, p, pembanding_khusus, v);
	return upsert(s, T_PEMBANDING, v, pengguna, ubah, NULL, g);
}

static struct val narasi_khusus(const char *kolom, const void *baris)
{
	const struct narasi *n = baris;
	if (strcmp(kolom, "objek") == 0)
		return vt(n->objek);
	abort(); /* a column of narasi this code does not know: a programming error */
}

int store_simpan_narasi(struct store *s, const char *pemda, const struct narasi *n,
			const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[24];
	val_templat(T_NARASI, pemda, n, narasi_khusus, v);
	return upsert(s, T_NARASI, v, pengguna, ubah, NULL, g);
}

static struct val jadwal_khusus(const char *kolom, const void *baris)
{
	const struct jadwal *j = baris;
	if (strcmp(kolom, "triwulan") == 0)
		return vi(j->triwulan);
	abort(); /* a column of jadwal this code does not know: a programming error */
}

int store_simpan_jadwal(struct store *s, const char *pemda, const struct jadwal *j,
			const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[24];
	val_templat(T_JADWAL, pemda, j, jadwal_khusus, v);
	return upsert(s, T_JADWAL, v, pengguna, ubah, NULL, g);
}

/* dilaporkan's columns left to this code: the key's and the figure as parsed (the store's own). */
static struct val dilaporkan_khusus(const char *kolom, const void *baris)
{
	const struct dilaporkan *d = baris;
	if (strcmp(kolom, "objek") == 0)
		return vt(d->objek);
	if (strcmp(kolom, "angka") == 0)
		return d->angka ? vd(d->nilai) : vnull();
	if (strcmp(kolom, "desimal") == 0)
		return d->angka ? vi(d->desimal) : vnull();
	abort(); /* a column of dilaporkan this code does not know: a programming error */
}

int store_simpan_dilaporkan(struct store *s, const char *pemda, const struct dilaporkan *d,
			    const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[24];
	val_templat(T_DILAPORKAN, pemda, d, dilaporkan_khusus, v);
	return upsert(s, T_DILAPORKAN, v, pengguna, ubah, NULL, g);
}

/* ---- evaluation and surveys (store_evaluasi.h) ---- */

int store_simpan_kerangka(struct store *s, const struct store_kerangka_baris *k,
			  const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(k->kerangka), vt(k->kode), vt(k->induk && *k->induk ? k->induk : NULL),
			  vt(k->uraian), vd(k->bobot), vt(k->jawaban ? k->jawaban : "")};
	return upsert(s, T_KERANGKA, v, pengguna, ubah, NULL, g);
}

int store_simpan_lke_jawaban(struct store *s, const char *pemda,
			     const struct store_lke_baris *j, const char *pengguna,
			     enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda),
			  vi(j->tahun),
			  vt(j->opd ? j->opd : ""),
			  vt(j->kerangka),
			  vt(j->kriteria),
			  vt(j->mandiri ? j->mandiri : ""),
			  vt(j->evaluator ? j->evaluator : ""),
			  vt(j->catatan ? j->catatan : ""),
			  vt(j->bukti ? j->bukti : "")};
	return upsert(s, T_LKE_JAWABAN, v, pengguna, ubah, NULL, g);
}

int store_simpan_survei(struct store *s, const char *pemda, const char *kode,
			const char *uraian, const char *indikator, const char *unsur,
			const char *pengguna, enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda), vt(kode), vt(uraian),
			  vt(indikator && *indikator ? indikator : NULL), vt(unsur)};
	return upsert(s, T_SURVEI, v, pengguna, ubah, NULL, g);
}

int store_simpan_survei_jawaban(struct store *s, const char *pemda, const char *survei,
				const char *periode, const char *unit, const char *responden,
				const char *jawaban, const char *pengguna, enum store_ubah *ubah,
				struct galat *g)
{
	struct val v[] = {vt(pemda), vt(survei), vt(periode), vt(unit), vt(responden),
			  vt(jawaban)};
	return upsert(s, T_SURVEI_JAWABAN, v, pengguna, ubah, NULL, g);
}

int store_simpan_lke_rekomendasi(struct store *s, const char *pemda,
				 const struct store_rekomendasi_baris *r, const char *pengguna,
				 enum store_ubah *ubah, struct galat *g)
{
	struct val v[] = {vt(pemda),
			  vi(r->tahun),
			  vt(r->opd ? r->opd : ""),
			  vt(r->nomor),
			  vt(r->uraian),
			  vt(r->tindak_lanjut ? r->tindak_lanjut : ""),
			  vt(r->status && *r->status ? r->status : "belum")};
	return upsert(s, T_LKE_REKOMENDASI, v, pengguna, ubah, NULL, g);
}

/* ---- look-ups ---- */

/*
 * Looks up one row of table t by its key (a, b): 1 found (*out, the value
 * columns, valid until the next store call), 0 not, -1 error. During a bulk
 * import it answers from the rows read ahead.
 */
static int cari(struct store *s, int t, const char *sql, const char *a, const char *b,
		const char **out, int nout)
{
	if (pf_aktif(s)) {
		struct pf_set *ps = pf_muat(s, t, a, NULL);
		if (!ps)
			return -1;
		struct buf k = BUF_INIT;
		buf_puts(&k, a);
		if (b) {
			buf_putc(&k, '\x1f');
			buf_puts(&k, b);
		}
		struct pf_baris *pb = pf_cari(ps, k.data);
		buf_release(&k);
		if (!pb || !pb->kunci || !pb->ada)
			return 0;
		for (int i = 0; i < nout; i++)
			out[i] = pb->nilai[i];
		return 1;
	}
	struct store_st *st = store_st(s, sql, NULL);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, a);
	if (b)
		s->o->ikat_teks(st, 2, b);
	int r = s->o->langkah(st);
	/*
	 * The values are copied and the statement reset at once: a statement left on
	 * its row keeps SQLite's read snapshot open, and this connection's next write
	 * transaction would then fail ("database is locked") once another connection
	 * has written.
	 */
	size_t off[8];
	buf_reset(&s->cari);
	for (int i = 0; i < nout && i < 8 && r == 1; i++) {
		const char *v = s->o->kol_teks(st, i);
		off[i] = v ? s->cari.len : (size_t)-1;
		if (v)
			buf_append(&s->cari, v, strlen(v) + 1);
	}
	s->o->ulang(st);
	for (int i = 0; i < nout && i < 8 && r == 1; i++)
		out[i] = off[i] == (size_t)-1 ? NULL : s->cari.data + off[i];
	return r;
}

int store_pemda_ada(struct store *s, const char *kode)
{
	return cari(s, T_PEMDA, "SELECT 1 FROM pemda WHERE kode = ?1", kode, NULL, NULL, 0);
}

int store_rencana_jenis(struct store *s, const char *pemda, const char *kode,
			enum jenis_rencana *jenis)
{
	const char *v[1];
	int r = cari(s, T_RENCANA, "SELECT jenis FROM rencana WHERE pemda = ?1 AND kode = ?2",
		     pemda, kode, v, 1);
	if (r == 1 && model_rencana_parse(v[0], jenis))
		r = -1;
	return r;
}

int store_rencana_info(struct store *s, const char *pemda, const char *kode,
		       enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk, size_t ninduk)
{
	/* The value columns of T_RENCANA: jenis, induk, uraian, opd. */
	const char *v[4];
	int r = cari(s, T_RENCANA,
		     "SELECT jenis, induk, uraian, opd FROM rencana WHERE pemda = ?1 AND kode = ?2",
		     pemda, kode, v, 4);
	if (r != 1)
		return r;
	if (model_rencana_parse(v[0], jenis))
		return -1;
	str_salin(induk, ninduk, v[1]);
	str_salin(opd, nopd, v[3]);
	return 1;
}

int store_opd_ada(struct store *s, const char *pemda, const char *kode)
{
	return cari(s, T_OPD, "SELECT 1 FROM opd WHERE pemda = ?1 AND kode = ?2", pemda, kode,
		    NULL, 0);
}

int store_opd_induk(struct store *s, const char *pemda, const char *kode, char *induk, size_t n)
{
	/* The value columns of T_OPD: nama, induk, jenis, kepala, nip, jabatan. */
	const char *v[2];
	int r = cari(s, T_OPD, "SELECT nama, induk FROM opd WHERE pemda = ?1 AND kode = ?2", pemda,
		     kode, v, 2);
	if (r == 1)
		str_salin(induk, n, v[1]);
	return r;
}

int store_indikator_info(struct store *s, const char *pemda, const char *kode, enum arah *arah,
			 char *skala, size_t nskala)
{
	/* The value columns of T_INDIKATOR: induk, uraian, satuan, arah, skala, ... */
	const char *v[5];
	int r = cari(s, T_INDIKATOR,
		     "SELECT induk, uraian, satuan, arah, skala FROM indikator "
		     "WHERE pemda = ?1 AND kode = ?2",
		     pemda, kode, v, 5);
	if (r == 1) {
		if (model_arah_parse(v[3], arah))
			r = -1;
		str_salin(skala, nskala, v[4]);
	}
	return r;
}

/* ---- loading a model ---- */

static const char *kolom(struct arena *a, struct store *s, struct store_st *st, int c)
{
	return arena_strdup(a, s->o->kol_teks(st, c));
}

/* The statement sql bound to the pemda code, or NULL with g set. */
static struct store_st *kueri(struct store *s, const char *sql, const char *pemda,
			      struct galat *g)
{
	struct store_st *st = store_st(s, sql, g);
	if (st)
		s->o->ikat_teks(st, 1, pemda);
	return st;
}

int store_nilai_muat(struct model *m, const char *teks, struct nilai *v, const char *teks_asli)
{
	enum angka_hasil h = nilai_parse(teks ? teks : "", GAYA_ID, NULL, 1, &m->arena, v, NULL);
	if (h != ANGKA_OK && h != ANGKA_KOSONG)
		return -1;
	if (teks_asli && v->jenis != NILAI_KOSONG)
		v->teks = arena_strdup(&m->arena, teks_asli);
	return 0;
}

/*
 * What store_muat reads, one statement per table, each of its columns (the
 * pemda's own column aside) read into the model; muat_sql_bangun makes two
 * statements of each: one pemda (?1 its code), in the table's order (`urut`),
 * or every pemda whose code is in ?1..?2 (store_muat_semua). On PostgreSQL the
 * statements of a load are all sent at once (store_drv_ops.sedia), one round
 * trip.
 */
enum {
	MUAT_PEMDA,
	MUAT_PENGATURAN,
	MUAT_RENCANA,
	MUAT_OPD,
	MUAT_INDIKATOR,
	MUAT_TARGET,
	MUAT_TARGET_TW,
	MUAT_RIWAYAT,
	MUAT_REALISASI,
	MUAT_ANGGARAN_SIMPUL,
	MUAT_ANGGARAN,
	MUAT_PEMBANDING,
	MUAT_NARASI,
	MUAT_DILAPORKAN,
	MUAT_PK_ISI,
	MUAT_PK,
	MUAT_KUNCI,
	MUAT_JADWAL,
	MUAT_PK_ANGGARAN,
	MUAT_N
};
static const struct {
	/* tabel and kolom NULL: the schema's table id, its name and columns (kolom_muat) */
	const char *tabel, *kolom, *urut;
	enum templat_id id;
	const char *tambah; /* after the schema's: the store's own columns ("a, b") */
} muat_tabel[MUAT_N] = {
    [MUAT_PEMDA] = {NULL, NULL, "kode", TEMPLAT_PEMDA, NULL},
    [MUAT_PENGATURAN] = {"pengaturan", "kunci, nilai", "rowid", 0, NULL},
    [MUAT_RENCANA] = {NULL, NULL, "rowid", TEMPLAT_RENCANA, NULL},
    [MUAT_OPD] = {NULL, NULL, "rowid", TEMPLAT_OPD, NULL},
    [MUAT_INDIKATOR] = {NULL, NULL, "rowid", TEMPLAT_INDIKATOR, NULL},
    [MUAT_TARGET] = {"target", "indikator, tahun, nilai, teks", "rowid", 0, NULL},
    [MUAT_TARGET_TW] = {"target_triwulan", "indikator, tahun, triwulan, nilai, teks", "rowid", 0,
			NULL},
    [MUAT_RIWAYAT] = {"target_riwayat", "indikator, tahun, nilai, teks, diganti", "id", 0, NULL},
    [MUAT_REALISASI] = {"realisasi", "indikator, tahun, triwulan, nilai", "rowid", 0, NULL},
    [MUAT_ANGGARAN_SIMPUL] = {"anggaran_simpul", "rencana, opd, tahun, pagu, realisasi", "rowid",
			      0, NULL},
    [MUAT_ANGGARAN] = {"anggaran", "sasaran, program, tahun, pagu, realisasi", "rowid", 0, NULL},
    [MUAT_PEMBANDING] = {NULL, NULL, "rowid", TEMPLAT_PEMBANDING, NULL},
    [MUAT_NARASI] = {NULL, NULL, "rowid", TEMPLAT_NARASI, NULL},
    /* the figure as parsed at import (struct dilaporkan angka, nilai, desimal) */
    [MUAT_DILAPORKAN] = {NULL, NULL, "rowid", TEMPLAT_DILAPORKAN, "angka, desimal"},
    [MUAT_PK_ISI] = {NULL, NULL, "tahun, opd, versi, urutan", TEMPLAT_PK_ISI, NULL},
    [MUAT_PK] = {NULL, NULL, "tahun, opd, versi", TEMPLAT_PK, NULL},
    [MUAT_KUNCI] = {"kunci", "tahun, waktu, oleh", "tahun", 0, NULL},
    [MUAT_JADWAL] = {NULL, NULL, "tahun, triwulan", TEMPLAT_JADWAL, NULL},
    [MUAT_PK_ANGGARAN] = {NULL, NULL, "tahun, opd, versi, urutan", TEMPLAT_PK_ANGGARAN,
			  NULL},
};

/*
 * The columns of the statements read through the schema (muat_tabel's kolom
 * NULL): every column of the template table but pemda, in the schema's order
 * (result column k - 1 is schema column k; the pemda's own row, from kode:
 * column k), then `tambah`. So a column added to the schema is read with no
 * line here (baca_medan moves it into the row struct).
 */
static char kolom_muat[MUAT_N][384];

static void kolom_muat_bangun(int i)
{
	const struct templat_tabel *tt = &templat[muat_tabel[i].id];
	int awal = strcmp(tt->kolom[0].nama, "pemda") == 0; /* as baca_medan reads them */
	if (!awal && i != MUAT_PEMDA)
		abort(); /* the pemda column leads (bound, left out of the read) */
	struct buf b = BUF_INIT;
	for (int k = awal; k < tt->n_kolom; k++)
		buf_printf(&b, "%s%s", k > awal ? ", " : "", tt->kolom[k].kolom_store);
	if (muat_tabel[i].tambah)
		buf_printf(&b, ", %s", muat_tabel[i].tambah);
	if (b.len + 1 > sizeof(kolom_muat[i]))
		abort(); /* a longer column list than the buffer: raise it */
	memcpy(kolom_muat[i], b.data, b.len + 1);
	buf_release(&b);
}

/*
 * The statements built from muat_tabel: sql_muat_satu[i] for one pemda,
 * sql_muat_banyak[i] for a range of them; sql_muat_ind for store_muat_indikator
 * (indicator ?2: its row, targets and realisasi). Every one but the pemda's
 * ends its result columns with the row's pemda (model_pemda).
 */
#define SQL_MUAT_MAKS 768
static char sql_muat_satu[MUAT_N][SQL_MUAT_MAKS], sql_muat_banyak[MUAT_N][SQL_MUAT_MAKS],
	sql_muat_ind[3][SQL_MUAT_MAKS];

/* "a, b" as "x.a, x.b" into b. */
static void kolom_x(struct buf *b, const char *daftar)
{
	for (const char *p = daftar; *p;) {
		size_t n = strcspn(p, ",");
		buf_printf(b, "x.%.*s", (int)n, p);
		p += n;
		if (*p) {
			buf_puts(b, ", ");
			p += strspn(p, ", ");
		}
	}
}

/*
 * Whether statement i of a range of pemda leaves its order to the client
 * (muat_urut): rows in insertion order, read through MUAT_MULAI.
 */
static int muat_tanpa_urut(int i)
{
	return i != MUAT_PEMDA && i != MUAT_PENGATURAN && strcmp(muat_tabel[i].urut, "rowid") == 0;
}

/*
 * Statement i's SELECT list and FROM, then where (text before its order), then
 * its order, or (banyak and muat_tanpa_urut) the rowid as a column instead.
 */
static void sql_muat_tulis(char *out, size_t n, int i, const char *where, int banyak)
{
	struct buf b = BUF_INIT;
	const char *k = muat_tabel[i].kolom ? muat_tabel[i].kolom : kolom_muat[i];
	int tanpa_urut = banyak && muat_tanpa_urut(i);
	buf_puts(&b, "SELECT ");
	kolom_x(&b, k);
	if (tanpa_urut)
		buf_puts(&b, ", x.rowid");
	if (i != MUAT_PEMDA)
		buf_puts(&b, ", x.pemda");
	buf_printf(&b, " FROM %s x%s",
		   muat_tabel[i].tabel ? muat_tabel[i].tabel : templat[muat_tabel[i].id].tabel_store,
		   where);
	if (!tanpa_urut) {
		buf_puts(&b, " ORDER BY ");
		kolom_x(&b, muat_tabel[i].urut);
	}
	if (b.len + 1 > n)
		abort(); /* a longer statement than the buffer: raise it */
	memcpy(out, b.data, b.len + 1);
	buf_release(&b);
}

static void muat_sql_bangun(void)
{
	/*
	 * A range of codes, found with each table's index on pemda (0065_muat_pemda,
	 * or its primary key); each row goes to its pemda's model (model_pemda), so
	 * they need not come by pemda: PostgreSQL reads such a range with a bitmap
	 * scan, whose sort by pemda cost more than all the rest of the read. The
	 * rows in insertion order come unsorted with their rowid, which they
	 * mostly follow already (the heap's order), and are put in order by the
	 * client (muat_urut); the others come in their table's order.
	 */
	for (int i = 0; i < MUAT_N; i++)
		if (!muat_tabel[i].kolom)
			kolom_muat_bangun(i);
	for (int i = 0; i < MUAT_N; i++) {
		int p = i == MUAT_PEMDA;
		sql_muat_tulis(sql_muat_satu[i], sizeof(sql_muat_satu[i]), i,
			       p ? " WHERE x.kode = ?1" : " WHERE x.pemda = ?1", 0);
		sql_muat_tulis(sql_muat_banyak[i], sizeof(sql_muat_banyak[i]), i,
			       p ? " WHERE x.kode >= ?1 AND x.kode <= ?2"
				 : " WHERE x.pemda >= ?1 AND x.pemda <= ?2",
			       1);
	}
	static const int ind[3] = {MUAT_INDIKATOR, MUAT_TARGET, MUAT_REALISASI};
	for (int i = 0; i < 3; i++)
		sql_muat_tulis(sql_muat_ind[i], sizeof(sql_muat_ind[i]), ind[i],
			       i ? " WHERE x.pemda = ?1 AND x.indikator = ?2"
				 : " WHERE x.pemda = ?1 AND x.kode = ?2",
			       0);
}

/*
 * The generic columns (medan TM_TEKS*, TM_TAHUN) of a row read in the schema's
 * order (kolom_muat; the pemda row from its kode) into the row struct x: the
 * one loop that reads them, so a new one needs no line here.
 */
static void baca_medan(struct store *s, struct store_st *st, struct model *m, enum templat_id id,
		      void *x)
{
	const struct templat_tabel *tt = &templat[id];
	int awal = strcmp(tt->kolom[0].nama, "pemda") == 0; /* pemda is not read */
	for (int k = awal; k < tt->n_kolom; k++) {
		const struct templat_kolom *tk = &tt->kolom[k];
		if (tk->medan == TM_TAHUN)
			templat_int_isi(tk, x, (int)KI(k - awal));
		else if (tk->medan != TM_KHUSUS)
			templat_nilai_isi(tk, x, kolom(&m->arena, s, st, k - awal));
	}
}

/* The result column of schema column `nama` of table id in its statement (kolom_muat). */
#define KOL(id, nama) (templat_kolom(&templat[id], nama) - 1)
/* The result column of indikator column `nama` in its statement (MUAT_INDIKATOR). */
#define KI_IND(nama) KOL(TEMPLAT_INDIKATOR, nama)

/* One row of MUAT_INDIKATOR; 0 or -1 with g. */
static int baca_indikator(struct store *s, struct store_st *st, struct model *m,
			  struct indikator *x, struct galat *g)
{
	x->rumus_override = -1; /* the pemda's, when rumus_turun is NULL */
	/* kode, induk, uraian, satuan, arah, skala, opd, rumus_turun, agregasi */
	baca_medan(s, st, m, TEMPLAT_INDIKATOR, x);
	if (store_nilai_muat(m, KT(KI_IND("kondisi_awal")), &x->kondisi_awal, NULL) ||
	    store_nilai_muat(m, KT(KI_IND("target_akhir")), &x->target_akhir, NULL)) {
		galat_set(g, "nilai tersimpan tidak sah pada indikator %s", x->kode);
		return -1;
	}
	x->bobot = KR(KI_IND("bobot"));
	return 0;
}

/* One row of SELECT indikator, tahun, nilai, teks FROM target; 0 or -1 with g. */
static int baca_target(struct store *s, struct store_st *st, struct model *m, struct target *x,
		       struct galat *g)
{
	x->indikator = kolom(&m->arena, s, st, 0);
	x->tahun = (int)KI(1);
	if (store_nilai_muat(m, KT(2), &x->nilai, KT(3))) {
		galat_set(g, "target tersimpan tidak sah pada indikator %s", x->indikator);
		return -1;
	}
	return 0;
}

/* One row of SELECT indikator, tahun, triwulan, nilai FROM realisasi; 0 or -1 with g. */
static int baca_realisasi(struct store *s, struct store_st *st, struct model *m,
			  struct realisasi *x, struct galat *g)
{
	x->indikator = kolom(&m->arena, s, st, 0);
	x->tahun = (int)KI(1);
	x->triwulan = (int)KI(2);
	if (store_nilai_muat(m, KT(3), &x->nilai, NULL)) {
		galat_set(g, "realisasi tersimpan tidak sah pada indikator %s", x->indikator);
		return -1;
	}
	return 0;
}

/* Rows of one table gathered before they are copied into the model's arena. */
struct tumbuh {
	char *p;
	size_t n, cap, ukuran; /* cap in bytes */
};

static void *tumbuh_satu(struct tumbuh *v)
{
	if ((v->n + 1) * v->ukuran > v->cap) {
		size_t cap = v->cap ? v->cap : 4096;
		while ((v->n + 1) * v->ukuran > cap)
			cap *= 2;
		v->p = xrealloc(v->p, cap);
		v->cap = cap;
	}
	void *x = v->p + v->n++ * v->ukuran;
	memset(x, 0, v->ukuran);
	return x;
}

/* How many pemda store_muat_semua loads at once: their rows are in memory together. */
#define MUAT_POTONG 32

/*
 * One load: the models of one pemda (store_muat) or of a chunk of them
 * (store_muat_semua) filled together, each statement's rows handed to the
 * model of their pemda (their last result column) as they come.
 */
struct jalan {
	struct store_st **st;
	int n, cap;	 /* the models (the pemda rows read), at most cap */
	struct model *m; /* [cap], the caller's when sendiri is 0 */
	int sendiri;	 /* the models are the load's: initialised and released here */
	int banyak; /* the statements are sql_muat_banyak's */
	struct jalan_model {
		struct tumbuh v;	  /* its rows of the table being read */
		int64_t *id;		  /* [v.n] their rowids (muat_tanpa_urut) */
		size_t cap_id;
		struct anggaran *simpul; /* its budgets on cascade nodes, until merged */
		int n_simpul;
		int ci, ca; /* its pk_isi and pk_anggaran rows not yet given to a version */
	} x[MUAT_POTONG];
	int urut[MUAT_POTONG]; /* the models by code (strcmp), for model_pemda */
	int akhir;	       /* the model of the last row */
};

static int urut_kode(const void *a, const void *b, void *arg)
{
	const struct model *m = arg;
	return strcmp(m[*(const int *)a].pemda.kode, m[*(const int *)b].pemda.kode);
}

/* Notes the rowid of the row x is about to get (rows of a muat_tanpa_urut statement). */
static void id_catat(struct jalan_model *x, int64_t id)
{
	if (x->v.n >= x->cap_id) {
		x->cap_id = x->cap_id ? 2 * x->cap_id : 256;
		x->id = xrealloc(x->id, x->cap_id * sizeof(*x->id));
	}
	x->id[x->v.n] = id;
}

static int urut_id(const void *a, const void *b, void *arg)
{
	const int64_t *id = arg, p = id[*(const size_t *)a], q = id[*(const size_t *)b];
	return (p > q) - (p < q);
}

/*
 * Copies x's rows of the table just read into out, by rowid when they came
 * with one (id): most often they are in that order already.
 */
static void muat_urut(struct jalan_model *x, int id, void *out)
{
	struct tumbuh *v = &x->v;
	size_t i = 1;
	while (id && i < v->n && x->id[i - 1] < x->id[i])
		i++;
	if (!id || i >= v->n) {
		if (v->n) /* v->p is NULL before the first row */
			memcpy(out, v->p, v->ukuran * v->n);
		return;
	}
	size_t *urut = xmalloc(v->n * sizeof(*urut));
	for (i = 0; i < v->n; i++)
		urut[i] = i;
	qsort_r(urut, v->n, sizeof(*urut), urut_id, x->id);
	for (i = 0; i < v->n; i++)
		memcpy((char *)out + i * v->ukuran, v->p + urut[i] * v->ukuran, v->ukuran);
	free(urut);
}

/* The model of the current row of st (its pemda in the last column); NULL: none of j's. */
static struct model *model_pemda(struct store *s, struct jalan *j, struct store_st *st)
{
	const char *p = KT(s->o->kol_n(st) - 1);
	if (!p)
		return NULL;
	if (j->akhir < j->n && strcmp(j->m[j->akhir].pemda.kode, p) == 0)
		return &j->m[j->akhir];
	for (int lo = 0, hi = j->n - 1; lo <= hi;) {
		int t = (lo + hi) / 2, c = strcmp(j->m[j->urut[t]].pemda.kode, p);
		if (c == 0) {
			j->akhir = j->urut[t];
			return &j->m[j->akhir];
		}
		if (c < 0)
			lo = t + 1;
		else
			hi = t - 1;
	}
	return NULL; /* a row of no pemda (foreign keys off): store_muat never read it either */
}

/*
 * Reads the rows of statement i of the load j (sent) into each model's m->arr,
 * in the statement's order; in the body, m is the row's model, mi its index
 * and x its new element.
 */
#define MUAT_MULAI(arr, n_, i_)                                                                    \
	do {                                                                                       \
		for (int b_ = 0; b_ < j->n; b_++) {                                                \
			j->x[b_].v.n = 0;                                                          \
			j->x[b_].v.ukuran = sizeof(*j->m[b_].arr);                                 \
		}                                                                                  \
		st = j->st[i_];                                                                    \
		int r_, id_ = j->banyak && muat_tanpa_urut(i_);                                    \
		while ((r_ = s->o->langkah(st)) == 1) {                                            \
			struct model *m = model_pemda(s, j, st);                                   \
			if (!m)                                                                    \
				continue;                                                          \
			int mi = (int)(m - j->m);                                                  \
			if (id_)                                                                   \
				id_catat(&j->x[mi], KI(s->o->kol_n(st) - 2));                      \
			__typeof__(m->arr[0]) *x = tumbuh_satu(&j->x[mi].v);

#define MUAT_SELESAI(arr, n_)                                                                       \
	}                                                                                          \
	if (r_ < 0) {                                                                              \
		store_galat(s, g, "membaca");                                                      \
		goto out;                                                                          \
	}                                                                                          \
	for (int b_ = 0; b_ < j->n; b_++) {                                                        \
		struct model *m_ = &j->m[b_];                                                      \
		struct tumbuh *v_ = &j->x[b_].v;                                                   \
		m_->arr = arena_alloc(&m_->arena, v_->ukuran * (v_->n ? v_->n : 1));               \
		muat_urut(&j->x[b_], id_, m_->arr);                                                \
		m_->n_ = (int)v_->n;                                                               \
	}                                                                                          \
	}                                                                                          \
	while (0)

/*
 * The pemda rows of the load j (statement MUAT_PEMDA: one model each, in
 * j->m) and their settings (MUAT_PENGATURAN); 0, or -1 with g.
 */
static int baca_kepala(struct store *s, struct jalan *j, struct galat *g)
{
	struct store_st *st = j->st[MUAT_PEMDA];
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		if (j->n == j->cap)
			abort(); /* more pemda than the load holds: a programming error */
		struct model *m = &j->m[j->n];
		if (j->sendiri)
			model_init(m);
		j->urut[j->n] = j->n;
		j->n++;
		struct pemda *p = &m->pemda;
		baca_medan(s, st, m, TEMPLAT_PEMDA, p); /* kode, nama, jenis, induk, rumus_turun */
#define KP(nama) (KOL(TEMPLAT_PEMDA, nama) + 1) /* the pemda row is read from kode */
		p->periode_awal = (int)KI(KP("periode_awal"));
		p->periode_akhir = (int)KI(KP("periode_akhir"));
#undef KP
	}
	if (r < 0)
		return store_galat(s, g, "membaca pemda");
	qsort_r(j->urut, (size_t)j->n, sizeof(*j->urut), urut_kode, j->m);

	st = j->st[MUAT_PENGATURAN];
	while ((r = s->o->langkah(st)) == 1) {
		struct model *m = model_pemda(s, j, st);
		if (m && pengaturan_terap(m, KT(0), KT(1), g))
			return -1;
	}
	if (r < 0)
		return store_galat(s, g, "membaca pengaturan");
	return 0;
}

/* Lets j's models and rows go. */
static void jalan_lepas(struct jalan *j)
{
	for (int i = 0; i < j->n; i++) {
		if (j->sendiri)
			model_release(&j->m[i]);
		free(j->x[i].v.p);
		free(j->x[i].id);
		j->x[i] = (struct jalan_model){0};
	}
	j->n = 0;
}

/* Whether a pk_isi or pk_anggaran row belongs to the version (tahun, opd, versi). */
static int pk_sama(int tahun, const char *opd, int versi, int t2, const char *o2, int v2)
{
	return tahun == t2 && versi == v2 && strcmp(opd ? opd : "", o2 ? o2 : "") == 0;
}

/*
 * The rows of version x (kode: its opd as read) at arr[i..n), pk_isi or
 * pk_anggaran rows read in the order of the pk statement (ORDER BY tahun, opd,
 * versi in each): the run of rows equal to x's key from i, the first into out
 * (NULL when none), their count into nout; i moves past them. One pass over
 * the rows for all the versions. Only equality is compared: a row of no version
 * stops the run where it stands, and the caller then joins version by version.
 */
#define PK_RUN(arr, n, i, x, kode, out, nout)                                                      \
	do {                                                                                       \
		(out) = NULL;                                                                      \
		(nout) = 0;                                                                        \
		while ((i) < (n) && pk_sama((arr)[i].tahun, (arr)[i].opd, (arr)[i].versi,         \
					    (x)->tahun, (kode), (x)->versi)) {                      \
			if (!(out))                                                                \
				(out) = &(arr)[i];                                                 \
			(nout)++;                                                                  \
			(i)++;                                                                     \
		}                                                                                  \
	} while (0)

/*
 * The slow join of every version to its rows, one scan per version: only when
 * the one-pass join left rows over (rows of no version, which the foreign keys
 * forbid; kept so that a broken database still reads each version whole).
 */
static void pk_kaitkan_semua(struct model *m)
{
	for (int k = 0; k < m->n_pk; k++) {
		struct pk *x = &m->pk[k];
		const char *o = x->opd ? x->opd : "";
		int ci = 0, ca = 0; /* each list's first row of the version, then its run */
		while (ci < m->n_pk_isi && !pk_sama(m->pk_isi[ci].tahun, m->pk_isi[ci].opd,
						    m->pk_isi[ci].versi, x->tahun, o, x->versi))
			ci++;
		PK_RUN(m->pk_isi, m->n_pk_isi, ci, x, o, x->isi, x->n_isi);
		while (ca < m->n_pk_anggaran &&
		       !pk_sama(m->pk_anggaran[ca].tahun, m->pk_anggaran[ca].opd,
				m->pk_anggaran[ca].versi, x->tahun, o, x->versi))
			ca++;
		PK_RUN(m->pk_anggaran, m->n_pk_anggaran, ca, x, o, x->anggaran, x->n_anggaran);
	}
}

/*
 * The pemda of the load j (every statement of muat_tabel, bound and sent)
 * with every table's rows into j->m; 0, or -1 with g.
 */
static int muat_isi(struct store *s, struct jalan *j, struct galat *g)
{
	int rc = baca_kepala(s, j, g);
	if (rc)
		return rc;
	rc = -1;
	struct store_st *st = NULL;

	MUAT_MULAI(rencana, n_rencana, MUAT_RENCANA)
	baca_medan(s, st, m, TEMPLAT_RENCANA, x); /* jenis, kode, induk, uraian, opd */
	MUAT_SELESAI(rencana, n_rencana);

	MUAT_MULAI(opd, n_opd, MUAT_OPD)
	baca_medan(s, st, m, TEMPLAT_OPD, x); /* every column of opd is text */
	MUAT_SELESAI(opd, n_opd);

	MUAT_MULAI(indikator, n_indikator, MUAT_INDIKATOR)
	if (baca_indikator(s, st, m, x, g))
		goto out;
	MUAT_SELESAI(indikator, n_indikator);

	MUAT_MULAI(target, n_target, MUAT_TARGET)
	if (baca_target(s, st, m, x, g))
		goto out;
	MUAT_SELESAI(target, n_target);

	MUAT_MULAI(target_tw, n_target_tw, MUAT_TARGET_TW)
	x->indikator = kolom(&m->arena, s, st, 0);
	x->tahun = (int)KI(1);
	x->triwulan = (int)KI(2);
	if (store_nilai_muat(m, KT(3), &x->nilai, KT(4))) {
		galat_set(g, "target triwulan tersimpan tidak sah pada indikator %s", x->indikator);
		goto out;
	}
	MUAT_SELESAI(target_tw, n_target_tw);

	MUAT_MULAI(riwayat, n_riwayat, MUAT_RIWAYAT)
	x->indikator = kolom(&m->arena, s, st, 0);
	x->tahun = (int)KI(1);
	if (store_nilai_muat(m, KT(2), &x->nilai, KT(3))) {
		galat_set(g, "riwayat target tersimpan tidak sah pada indikator %s", x->indikator);
		goto out;
	}
	x->diganti = kolom(&m->arena, s, st, 4);
	MUAT_SELESAI(riwayat, n_riwayat);

	MUAT_MULAI(realisasi, n_realisasi, MUAT_REALISASI)
	if (baca_realisasi(s, st, m, x, g))
		goto out;
	MUAT_SELESAI(realisasi, n_realisasi);

	/* Budgets on cascade nodes first, kept aside, then the program rows; merged below. */
	MUAT_MULAI(anggaran, n_anggaran, MUAT_ANGGARAN_SIMPUL)
	x->rencana = kolom(&m->arena, s, st, 0);
	x->opd = kolom(&m->arena, s, st, 1);
	x->tahun = (int)KI(2);
	x->pagu = KI(3);
	x->ada_realisasi = KADA(4);
	x->realisasi = KI(4);
	x->di_simpul = 1;
	MUAT_SELESAI(anggaran, n_anggaran);
	for (int i = 0; i < j->n; i++) {
		j->x[i].simpul = j->m[i].anggaran;
		j->x[i].n_simpul = j->m[i].n_anggaran;
	}

	MUAT_MULAI(anggaran, n_anggaran, MUAT_ANGGARAN)
	x->sasaran = kolom(&m->arena, s, st, 0);
	x->program = kolom(&m->arena, s, st, 1);
	x->tahun = (int)KI(2);
	x->pagu = KI(3);
	x->ada_realisasi = KADA(4);
	x->realisasi = KI(4);
	MUAT_SELESAI(anggaran, n_anggaran);

	for (int i = 0; i < j->n; i++) {
		struct model *m = &j->m[i];
		int n_simpul = j->x[i].n_simpul;
		if (!n_simpul)
			continue;
		struct anggaran *semua = arena_alloc(
			&m->arena, sizeof(*semua) * (size_t)(m->n_anggaran + n_simpul));
		memcpy(semua, m->anggaran, sizeof(*semua) * (size_t)m->n_anggaran);
		memcpy(semua + m->n_anggaran, j->x[i].simpul, sizeof(*semua) * (size_t)n_simpul);
		m->anggaran = semua;
		m->n_anggaran += n_simpul;
	}

	MUAT_MULAI(pembanding, n_pembanding, MUAT_PEMBANDING)
	baca_medan(s, st, m, TEMPLAT_PEMBANDING, x); /* wilayah */
	x->indikator = kolom(&m->arena, s, st, KOL(TEMPLAT_PEMBANDING, "indikator"));
	x->tahun = (int)KI(KOL(TEMPLAT_PEMBANDING, "tahun"));
	x->nilai = KR(KOL(TEMPLAT_PEMBANDING, "nilai"));
	MUAT_SELESAI(pembanding, n_pembanding);

	MUAT_MULAI(narasi, n_narasi, MUAT_NARASI)
	baca_medan(s, st, m, TEMPLAT_NARASI, x); /* tahun, jenis, teks */
	x->objek = kolom(&m->arena, s, st, KOL(TEMPLAT_NARASI, "objek"));
	MUAT_SELESAI(narasi, n_narasi);

	MUAT_MULAI(dilaporkan, n_dilaporkan, MUAT_DILAPORKAN)
	/* tahun, ukuran, nilai as printed (teks), sumber */
	baca_medan(s, st, m, TEMPLAT_DILAPORKAN, x);
	x->objek = kolom(&m->arena, s, st, KOL(TEMPLAT_DILAPORKAN, "objek"));
	/* the store's own columns, after the schema's: angka, desimal */
	const int ka = templat[TEMPLAT_DILAPORKAN].n_kolom - 1;
	x->angka = KADA(ka);
	x->nilai = KR(ka);
	x->desimal = (int)KI(ka + 1);
	MUAT_SELESAI(dilaporkan, n_dilaporkan);

	/* The key of a PK version's rows (pk, pk_isi, pk_anggaran) in table id's read. */
#define K_OPD(id) KOL(id, "opd")
#define K_VERSI(id) KOL(id, "versi")
	MUAT_MULAI(pk_isi, n_pk_isi, MUAT_PK_ISI)
	baca_medan(s, st, m, TEMPLAT_PK_ISI, x); /* tahun, indikator, target, ..., satuan */
	x->opd = kolom(&m->arena, s, st, K_OPD(TEMPLAT_PK_ISI));
	x->versi = (int)KI(K_VERSI(TEMPLAT_PK_ISI));
	x->urutan = (int)KI(KOL(TEMPLAT_PK_ISI, "urutan"));
	MUAT_SELESAI(pk_isi, n_pk_isi);

	MUAT_MULAI(pk_anggaran, n_pk_anggaran, MUAT_PK_ANGGARAN)
	baca_medan(s, st, m, TEMPLAT_PK_ANGGARAN, x); /* tahun, program */
	x->opd = kolom(&m->arena, s, st, K_OPD(TEMPLAT_PK_ANGGARAN));
	x->versi = (int)KI(K_VERSI(TEMPLAT_PK_ANGGARAN));
	x->urutan = (int)KI(KOL(TEMPLAT_PK_ANGGARAN, "urutan"));
	x->pagu = KI(KOL(TEMPLAT_PK_ANGGARAN, "pagu"));
	MUAT_SELESAI(pk_anggaran, n_pk_anggaran);

	for (int i = 0; i < j->n; i++)
		j->x[i].ci = j->x[i].ca = 0;
	MUAT_MULAI(pk, n_pk, MUAT_PK)
	baca_medan(s, st, m, TEMPLAT_PK, x); /* tahun, nomor, tanggal, tempat, signatories */
	const char *o = KT(K_OPD(TEMPLAT_PK));
	x->opd = o && *o ? kolom(&m->arena, s, st, K_OPD(TEMPLAT_PK)) : NULL;
	x->versi = (int)KI(K_VERSI(TEMPLAT_PK));
	/* Its frozen content: the next run of pk_isi and pk_anggaran rows (read in the same order). */
	PK_RUN(m->pk_isi, m->n_pk_isi, j->x[mi].ci, x, o, x->isi, x->n_isi);
	PK_RUN(m->pk_anggaran, m->n_pk_anggaran, j->x[mi].ca, x, o, x->anggaran, x->n_anggaran);
	MUAT_SELESAI(pk, n_pk);
	for (int i = 0; i < j->n; i++)
		if (j->x[i].ci != j->m[i].n_pk_isi || j->x[i].ca != j->m[i].n_pk_anggaran)
			pk_kaitkan_semua(&j->m[i]);

	MUAT_MULAI(kunci, n_kunci, MUAT_KUNCI)
	x->tahun = (int)KI(0);
	x->waktu = kolom(&m->arena, s, st, 1);
	x->oleh = kolom(&m->arena, s, st, 2);
	MUAT_SELESAI(kunci, n_kunci);

	MUAT_MULAI(jadwal, n_jadwal, MUAT_JADWAL)
	baca_medan(s, st, m, TEMPLAT_JADWAL, x); /* tahun, buka, tutup */
	x->triwulan = (int)KI(KOL(TEMPLAT_JADWAL, "triwulan"));
	MUAT_SELESAI(jadwal, n_jadwal);
#undef K_OPD
#undef K_VERSI

	for (int i = 0; i < j->n; i++)
		kaskade_anggaran_siapkan(&j->m[i]);
	rc = 0;
out:
	return rc;
}

/*
 * Runs load(s, arg, g) in a read transaction unless one is under way: one
 * snapshot for every table, so a concurrent import is seen whole or not at all.
 */
static int baca_tx(struct store *s, int (*load)(struct store *s, void *arg, struct galat *g),
		   void *arg, struct galat *g)
{
	int sendiri = !s->o->dalam_tx(s->d);
	if (sendiri && s->o->mulai(s->d, 1))
		return store_galat(s, g, "memulai transaksi baca");
	int rc = load(s, arg, g);
	if (sendiri && s->o->selesai(s->d, 0) && rc == 0)
		rc = store_galat(s, g, "mengakhiri transaksi baca");
	return rc;
}

/*
 * Prepares (once, into sts) the n statements sql[i], binds ?1 to a (and ?2 to
 * b unless NULL) and sends them; 0, or -1 with g.
 */
static int muat_kirim(struct store *s, struct store_st **sts, char (*sql)[SQL_MUAT_MAKS], int n,
		      const char *a, const char *b, struct galat *g)
{
	for (int i = 0; i < n; i++) {
		if (!sts[i] && s->o->siapkan(s->d, sql[i], &sts[i]))
			return store_galat(s, g, "menyiapkan perintah");
		s->o->ulang(sts[i]);
		s->o->ikat_teks(sts[i], 1, a);
		if (b)
			s->o->ikat_teks(sts[i], 2, b);
	}
	if (s->o->sedia && s->o->sedia(sts, n))
		return store_galat(s, g, "membaca");
	return 0;
}

/* Ends the run of the n statements sts: rows fetched ahead and not read are let go. */
static void muat_ulang(struct store *s, struct store_st **sts, int n)
{
	for (int i = 0; i < n; i++)
		if (sts[i])
			s->o->ulang(sts[i]);
}

/* A pemda that does not exist (user error). */
static int pemda_tiada(const char *kode, struct galat *g)
{
	g->pengguna = 1;
	return galat_set(g, "pemda '%s' tidak ada di basis data", kode);
}

struct muat_arg {
	const char *kode;
	struct model *m;
};

static int muat(struct store *s, void *arg, struct galat *g)
{
	struct muat_arg *a = arg;
	struct jalan *j = xcalloc(1, sizeof(*j));
	j->st = s->muat;
	j->m = a->m;
	j->cap = 1;
	int rc = muat_kirim(s, s->muat, sql_muat_satu, MUAT_N, a->kode, NULL, g);
	if (rc == 0 && (rc = muat_isi(s, j, g)) == 0 && j->n == 0)
		rc = pemda_tiada(a->kode, g);
	muat_ulang(s, s->muat, MUAT_N);
	jalan_lepas(j);
	free(j);
	return rc;
}

int store_muat(struct store *s, const char *kode, struct model *m, struct galat *g)
{
	struct muat_arg a = {kode, m};
	return baca_tx(s, muat, &a, g);
}

struct semua_arg {
	int (*fn)(struct model *m, void *arg);
	void *arg;
};

/*
 * The pemda whose code is in lo..hi (at most MUAT_POTONG), each given to
 * a->fn in the order of their codes; 0, or -1 with g (or as fn left it when it
 * returned nonzero).
 */
static int muat_potong(struct store *s, struct semua_arg *a, struct jalan *j, const char *lo,
		       const char *hi, struct galat *g)
{
	j->st = s->muat_banyak;
	j->banyak = 1;
	j->akhir = 0;
	int rc = muat_kirim(s, s->muat_banyak, sql_muat_banyak, MUAT_N, lo, hi, g);
	if (rc == 0)
		rc = muat_isi(s, j, g);
	muat_ulang(s, s->muat_banyak, MUAT_N);
	for (int i = 0; i < j->n && rc == 0; i++)
		if (a->fn(&j->m[i], a->arg))
			rc = -1;
	jalan_lepas(j);
	return rc;
}

static int muat_semua(struct store *s, void *arg, struct galat *g)
{
	/* The pemda codes in order: each chunk's bounds. */
	struct store_st *st = store_st(s, "SELECT kode FROM pemda ORDER BY kode", g);
	if (!st)
		return -1;
	char **kode = NULL;
	size_t n = 0, cap = 0;
	int r;
	while ((r = s->o->langkah(st)) == 1) {
		if (n == cap) {
			cap = cap ? 2 * cap : 1024;
			kode = xrealloc(kode, cap * sizeof(*kode));
		}
		kode[n++] = xstrdup(KT(0));
	}
	s->o->ulang(st);
	int rc = r < 0 ? store_galat(s, g, "membaca pemda") : 0;
	if (!s->o->sedia) {
		/*
		 * An engine without round trips to save (SQLite): one pemda at a time,
		 * each table's rows read by its index in their order, with no rowid
		 * column, client sort or chunk of models in memory (the national
		 * cascade: 3.0-3.2 s and 18 MB, against 3.7-3.9 s and 72 MB by chunks).
		 */
		struct semua_arg *a = arg;
		for (size_t i = 0; i < n && rc == 0; i++) {
			struct model m;
			model_init(&m);
			struct muat_arg ma = {kode[i], &m};
			rc = muat(s, &ma, g);
			if (rc == 0 && a->fn(&m, a->arg))
				rc = -1;
			model_release(&m);
		}
	} else {
		struct jalan *j = xcalloc(1, sizeof(*j));
		struct model *m = xcalloc(MUAT_POTONG, sizeof(*m));
		j->m = m;
		j->cap = MUAT_POTONG;
		j->sendiri = 1;
		for (size_t i = 0; i < n && rc == 0; i += MUAT_POTONG)
			rc = muat_potong(s, arg, j, kode[i],
					 kode[(i + MUAT_POTONG < n ? i + MUAT_POTONG : n) - 1], g);
		free(m);
		free(j);
	}
	for (size_t i = 0; i < n; i++)
		free(kode[i]);
	free(kode);
	return rc;
}

int store_muat_semua(struct store *s, int (*fn)(struct model *m, void *arg), void *arg,
		     struct galat *g)
{
	struct semua_arg a = {fn, arg};
	return baca_tx(s, muat_semua, &a, g);
}

struct ind_arg {
	const char *kode, *ind;
	struct model *m;
};

/*
 * The pemda, its settings and one indicator with its targets and realisasi
 * into m (what checking one submitted value needs); 0, or -1 with g.
 */
static int muat_indikator(struct store *s, void *arg, struct galat *g)
{
	struct ind_arg *a = arg;
	enum { N = 5 };
	const char *sql[N] = {sql_muat_satu[MUAT_PEMDA], sql_muat_satu[MUAT_PENGATURAN],
			      sql_muat_ind[0], sql_muat_ind[1], sql_muat_ind[2]};
	struct store_st *sts[N] = {0}, *st = NULL;
	struct jalan *j = xcalloc(1, sizeof(*j));
	j->st = sts;
	j->m = a->m;
	j->cap = 1;
	int rc = -1;
	for (int i = 0; i < N; i++) {
		if (!(sts[i] = kueri(s, sql[i], a->kode, g)))
			goto out;
		if (i >= 2)
			s->o->ikat_teks(sts[i], 2, a->ind);
	}
	if (baca_kepala(s, j, g))
		goto out;
	if (j->n == 0) {
		pemda_tiada(a->kode, g);
		goto out;
	}
	MUAT_MULAI(indikator, n_indikator, 2)
	if (baca_indikator(s, st, m, x, g))
		goto out;
	MUAT_SELESAI(indikator, n_indikator);
	MUAT_MULAI(target, n_target, 3)
	if (baca_target(s, st, m, x, g))
		goto out;
	MUAT_SELESAI(target, n_target);
	MUAT_MULAI(realisasi, n_realisasi, 4)
	if (baca_realisasi(s, st, m, x, g))
		goto out;
	MUAT_SELESAI(realisasi, n_realisasi);
	rc = 0;
out:
	muat_ulang(s, sts, N);
	jalan_lepas(j);
	free(j);
	return rc;
}

int store_muat_indikator(struct store *s, const char *kode, const char *indikator,
			 struct model *m, struct galat *g)
{
	struct ind_arg a = {kode, indikator, m};
	return baca_tx(s, muat_indikator, &a, g);
}

/* Calls fn(text columns) for every row of sql bound to param (may be NULL). */
static int daftar(struct store *s, const char *sql, const char *param, const char *apa,
		  int (*fn)(struct store *s, struct store_st *st, void *arg), void *arg,
		  struct galat *g)
{
	struct store_st *st = kueri(s, sql, param, g);
	if (!st)
		return -1;
	int r, rc = 0;
	while ((r = s->o->langkah(st)) == 1)
		if (fn(s, st, arg)) {
			rc = -1;
			break;
		}
	if (rc == 0 && r < 0)
		rc = store_galat(s, g, apa);
	s->o->ulang(st);
	return rc;
}

struct pemda_arg {
	int (*fn)(const char *kode, void *arg);
	void *arg;
};

static int pemda_satu(struct store *s, struct store_st *st, void *arg)
{
	struct pemda_arg *a = arg;
	return a->fn(KT(0), a->arg);
}

int store_pemda_daftar(struct store *s, int (*fn)(const char *kode, void *arg), void *arg,
		       struct galat *g)
{
	struct pemda_arg a = {fn, arg};
	/* The parameter is unused; binding NULL to a statement without one is harmless. */
	return daftar(s, "SELECT kode FROM pemda ORDER BY rowid", NULL, "membaca pemda",
		      pemda_satu, &a, g);
}

struct atur_arg {
	int (*fn)(const char *kunci, const char *nilai, void *arg);
	void *arg;
};

static int atur_satu(struct store *s, struct store_st *st, void *arg)
{
	struct atur_arg *a = arg;
	return a->fn(KT(0), KT(1), a->arg);
}

int store_pengaturan_daftar(struct store *s, const char *pemda,
			    int (*fn)(const char *kunci, const char *nilai, void *arg), void *arg,
			    struct galat *g)
{
	struct atur_arg a = {fn, arg};
	if (pf_aktif(s)) {
		/* During a bulk import: from the rows read ahead, so the COPY under way goes on. */
		struct pf_set *ps = pf_muat(s, T_PENGATURAN, pemda, g);
		if (!ps)
			return -1;
		const struct pf_baris **urut = xcalloc(ps->urut + 1, sizeof(*urut));
		for (size_t i = 0; i < ps->cap; i++)
			if (ps->slot[i].kunci && ps->slot[i].ada && ps->slot[i].urut < ps->urut)
				urut[ps->slot[i].urut] = &ps->slot[i];
		int rc = 0;
		for (size_t i = 0; i < ps->urut && rc == 0; i++) {
			if (!urut[i])
				continue;
			const char *kunci = strchr(urut[i]->kunci, '\x1f');
			rc = fn(kunci ? kunci + 1 : "", urut[i]->nilai[0], arg) ? -1 : 0;
		}
		free(urut);
		return rc;
	}
	return daftar(s, "SELECT kunci, nilai FROM pengaturan WHERE pemda = ?1 ORDER BY rowid",
		      pemda, "membaca pengaturan", atur_satu, &a, g);
}

int store_audit_daftar(struct store *s, const char *pemda, int batas,
		       int (*fn)(const struct store_audit_baris *b, void *arg), void *arg,
		       struct galat *g)
{
	static const char sql[] =
		"SELECT id, waktu, pengguna, pemda, tabel, kunci, lama, baru FROM audit "
		"WHERE (CAST(?1 AS TEXT) IS NULL OR pemda = ?1) ORDER BY id DESC LIMIT ?2";
	struct store_st *st = store_st(s, sql, g);
	if (!st)
		return -1;
	s->o->ikat_teks(st, 1, pemda);
	s->o->ikat_int(st, 2, batas > 0 ? batas : 1000);
	int r, rc = 0;
	while ((r = s->o->langkah(st)) == 1) {
		struct store_audit_baris b = {
			.id = KI(0),
			.waktu = KT(1),
			.pengguna = KT(2),
			.pemda = KT(3),
			.tabel = KT(4),
			.kunci = KT(5),
			.lama = KT(6),
			.baru = KT(7),
		};
		if (fn(&b, arg)) {
			rc = -1;
			break;
		}
	}
	if (rc == 0 && r < 0)
		rc = store_galat(s, g, "membaca audit");
	s->o->ulang(st);
	return rc;
}

/* ---- opening, migrations, transactions ---- */

int store_pg(const char *db)
{
	return strncmp(db, "postgresql://", 13) == 0 || strncmp(db, "postgres://", 11) == 0;
}

/* Applies the migrations newer than the database's version, each in its own transaction. */
static int migrasi(struct store *s, int versi, struct galat *g)
{
	int terakhir = 0;
	for (const struct berkas_tertanam *b = migrasi_berkas; b->nama; b++)
		terakhir = atoi(b->nama);
	if (versi > terakhir) {
		g->pengguna = 1;
		return galat_set(g, "basis data dibuat oleh versi kinerja yang lebih baru (skema %d)",
				 versi);
	}
	if (versi == terakhir) {
		s->versi = versi;
		return 0;
	}
	if (s->o->mulai(s->d, 0))
		return store_galat(s, g, "migrasi");
	/* Another process may have migrated meanwhile: read the version again under the lock. */
	if ((s->d->kunci_migrasi && s->o->exec(s->d, s->d->kunci_migrasi)) ||
	    (versi = s->o->versi(s->d)) < 0)
		goto gagal;
	struct buf sql = BUF_INIT;
	for (const struct berkas_tertanam *b = migrasi_berkas; b->nama; b++) {
		int no = atoi(b->nama);
		if (no <= versi)
			continue;
		buf_reset(&sql);
		s->o->migrasi_sql(b->isi, &sql);
		if (s->o->exec(s->d, sql.data) || s->o->versi_tulis(s->d, no)) {
			buf_release(&sql);
			goto gagal;
		}
		versi = no;
	}
	buf_release(&sql);
	if (s->o->selesai(s->d, 1))
		return store_galat(s, g, "migrasi");
	s->versi = versi;
	return 0;
gagal:
	store_galat(s, g, "migrasi");
	if (s->o->selesai(s->d, 0))
		return -1; /* the migration's own error (already in g) is the one to report */
	return -1;
}

int store_open(const char *path, enum store_mode mode, struct store **out, struct galat *g)
{
	*out = NULL;
	pthread_once(&tabel_sekali, tabel_dari_templat);
	int pg = store_pg(path);
	struct stat sb;
	if (!pg && mode == STORE_ADA && stat(path, &sb) != 0) {
		g->pengguna = 1;
		return galat_set(g, "basis data '%s' tidak ada (buat dengan `kinerja init %s`)",
				 path, path);
	}
	struct store *s = xcalloc(1, sizeof(*s));
	s->audit_sisip = 1;
	if (pg ? store_drv_pg_buka(path, &s->d, g)
	       : store_drv_sqlite_buka(path, mode == STORE_BUAT, &s->d, g)) {
		free(s);
		return -1;
	}
	s->o = s->d->ops;
	int versi = s->o->versi(s->d);
	if (versi < 0) {
		g->pengguna = !s->d->putus;
		galat_set(g, "'%s' bukan basis data kinerja, atau rusak (%s)", s->d->nama,
			  s->d->pesan);
		goto gagal;
	}
	if (versi == 0 && mode == STORE_ADA) {
		/* A read or an import never turns an empty file or database into a new one. */
		g->pengguna = 1;
		galat_set(g, "'%s' bukan basis data kinerja (kosong; buat dengan `kinerja init %s`)",
			  s->d->nama, path);
		goto gagal;
	}
	if (migrasi(s, versi, g) || s->o->atur(s->d)) {
		if (!g->pesan[0])
			store_galat(s, g, "membuka");
		goto gagal;
	}
	*out = s;
	return 0;
gagal:
	store_close(s);
	return -1;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	pf_bebas(s);
	for (int t = 0; t < T_N; t++) {
		s->o->lepas(s->sel[t]);
		s->o->lepas(s->ins[t]);
		s->o->lepas(s->upd[t]);
		s->o->lepas(s->pfsel[t]);
		free(s->kolom[t]);
	}
	for (int i = 0; i < MUAT_N; i++) {
		s->o->lepas(s->muat[i]);
		s->o->lepas(s->muat_banyak[i]);
	}
	for (int i = 0; i < s->ncache; i++)
		s->o->lepas(s->cache[i].st);
	s->o->tutup(s->d);
	buf_release(&s->cari);
	buf_release(&s->kpf);
	free(s);
}

int store_versi(struct store *s)
{
	return s->versi;
}

/* A write transaction; curah: a bulk import's, where the engine has one (mulai_curah). */
static int mulai_tulis(struct store *s, int curah, struct galat *g)
{
	pf_bebas(s);
	s->audit_urut = 0;
	int rc = curah && s->o->mulai_curah ? s->o->mulai_curah(s->d) : s->o->mulai(s->d, 0);
	return rc ? store_galat(s, g, "memulai transaksi") : 0;
}

int store_begin(struct store *s, struct galat *g)
{
	return mulai_tulis(s, 0, g);
}

int store_begin_curah(struct store *s, struct galat *g)
{
	return mulai_tulis(s, 1, g);
}

int store_commit(struct store *s, struct galat *g)
{
	pf_bebas(s);
	if (s->o->sinkron(s->d)) {
		store_galat(s, g, "menyimpan");
		if (s->o->selesai(s->d, 0))
			return -1; /* the queued write's error (already in g) is the one to report */
		return -1;
	}
	return s->o->selesai(s->d, 1) ? store_galat(s, g, "menyimpan") : 0;
}

void store_rollback(struct store *s)
{
	pf_bebas(s);
	int rc = s->o->selesai(s->d, 0);
	(void)rc; /* nothing more can be done; the connection is reset at the next begin */
}

int store_putus(struct store *s)
{
	return s->d->putus;
}

const char *store_mesin(struct store *s)
{
	return s->o->nama;
}

void store_audit_sisip(struct store *s, int aktif)
{
	s->audit_sisip = aktif;
	if (!aktif && s->o->curah && s->o->dalam_tx(s->d))
		s->o->curah(s->d); /* a bulk import: until the end of the transaction */
}

/* The key columns of pk: opd "" is the regional head's (a key is never NULL). */
static struct val pk_khusus(const char *kolom, const void *baris)
{
	const struct pk *k = baris;
	if (strcmp(kolom, "opd") == 0)
		return vt(k->opd ? k->opd : "");
	if (strcmp(kolom, "versi") == 0)
		return vi(k->versi);
	abort(); /* a column of pk this code does not know: a programming error */
}

int store_simpan_pk(struct store *s, const char *pemda, const struct pk *k,
		    const struct pk_isi *isi, int n_isi, const char *pengguna,
		    enum store_ubah *ubah, struct galat *g)
{
	const char *opd = k->opd ? k->opd : "";
	struct val v[24];
	val_templat(T_PK, pemda, k, pk_khusus, v);
	enum store_ubah u = STORE_SAMA;
	if (upsert(s, T_PK, v, pengguna, &u, NULL, g))
		return -1;
	if (ubah)
		*ubah = u;
	if (u == STORE_DIUBAH) {
		g->pengguna = 1;
		return galat_set(g, "PK %d %s versi %d sudah ditandatangani dan dibekukan; "
				 "perubahan memerlukan versi baru (PK Perubahan)", k->tahun,
				 *opd ? opd : "kepala daerah", k->versi);
	}
	if (u != STORE_BARU)
		return 0;
	/* The content as it stands now, once: later target changes never rewrite it. */
	struct store_st *st = store_st(s,
				       "INSERT INTO pk_isi(pemda, tahun, opd, versi, urutan, "
				       "indikator, target, sasaran, uraian_sasaran, uraian, satuan) "
				       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
				       g);
	if (!st)
		return -1;
	for (int i = 0; i < n_isi; i++) {
		s->o->ulang(st);
		s->o->ikat_teks(st, 1, pemda);
		s->o->ikat_int(st, 2, k->tahun);
		s->o->ikat_teks(st, 3, opd);
		s->o->ikat_int(st, 4, k->versi);
		s->o->ikat_int(st, 5, i + 1);
		s->o->ikat_teks(st, 6, isi[i].indikator);
		s->o->ikat_teks(st, 7, isi[i].target);
		s->o->ikat_teks(st, 8, isi[i].sasaran);
		s->o->ikat_teks(st, 9, isi[i].uraian_sasaran);
		s->o->ikat_teks(st, 10, isi[i].uraian);
		s->o->ikat_teks(st, 11, isi[i].satuan);
		if (store_jalan(s, st, g))
			return -1;
	}
	st = store_st(s,
		      "INSERT INTO pk_anggaran(pemda, tahun, opd, versi, urutan, program, pagu) "
		      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
		      g);
	if (!st)
		return -1;
	for (int i = 0; i < k->n_anggaran; i++) {
		s->o->ulang(st);
		s->o->ikat_teks(st, 1, pemda);
		s->o->ikat_int(st, 2, k->tahun);
		s->o->ikat_teks(st, 3, opd);
		s->o->ikat_int(st, 4, k->versi);
		s->o->ikat_int(st, 5, i + 1);
		s->o->ikat_teks(st, 6, k->anggaran[i].program);
		s->o->ikat_int(st, 7, k->anggaran[i].pagu);
		if (store_jalan(s, st, g))
			return -1;
	}
	return 0;
}
