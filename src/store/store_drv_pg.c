/*
 * The store driver on PostgreSQL (libpq): statements prepared once per
 * connection (again after a reconnect), `?N` placeholders rewritten to `$N`,
 * parameters and results in text form, writes whose result is not needed
 * sent in pipeline mode. A lost connection is reported (store_drv.putus)
 * and re-established at the next statement outside a transaction.
 * See store_drv.h.
 */
#include <ctype.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_drv.h"

#define PARAM_MAKS 32
/* Queued statements after which the pipeline is drained, so neither side's buffer fills. */
#define ANTRE_MAKS 512
/* Foreign keys of one table, and columns of one key, that a COPY checks as sets (see fk_*). */
#define FK_MAKS	    8
#define FK_KOL_MAKS 8
/* Tables whose foreign keys are known in the current transaction. */
#define FK_TABEL_MAKS 16

/*
 * A foreign key of a table filled by COPY, with the distinct keys of the rows
 * sent since the COPY began (each key its values NUL-terminated one after the
 * other in isi).
 */
struct pg_fk {
	char nama[72];			   /* the constraint */
	char induk[200];		   /* the referenced table as SQL (regclass) */
	char induk_nama[72];		   /* and its bare name, for the message */
	int n;				   /* columns */
	int pos[FK_KOL_MAKS];		   /* each column's place in the COPY's column list */
	char kolom[FK_KOL_MAKS][72];	   /* the referencing columns (bare names) */
	char kolom_induk[FK_KOL_MAKS][72]; /* the referenced ones (quoted) */
	char jenis[FK_KOL_MAKS][72];	   /* the referenced columns' types */
	struct buf isi;
	struct {
		size_t awal; /* where the key starts in isi */
		uint64_t h;
	} *kunci;
	size_t n_kunci, cap_kunci;
	size_t *slot; /* open addressing: 1 + the key's number, 0 free */
	size_t cap_slot;
};

/* The foreign keys of a table as a COPY with a given column list meets them. */
struct pg_fk_tabel {
	char tabel[64];
	char kolom[512];
	int cepat; /* the rows may be sent without per-row checks (fk_siap) */
	int n;
	struct pg_fk fk[FK_MAKS];
};

struct drv_pg {
	struct store_drv d;
	PGconn *conn;
	unsigned gen; /* increases at each reconnect: statements are prepared again */
	unsigned nomor;
	int tx;
	/*
	 * A read transaction whose BEGIN is not sent yet: it goes out with the first
	 * statement (pg_tunda_mulai, or inside pg_sedia's pipeline), so store_muat
	 * costs one round trip fewer; a read transaction that sent nothing ends
	 * with none.
	 */
	int tunda;
	int antre; /* statements queued in pipeline mode */
	/* The COPY kept open by store_drv_ops.salur: table, columns, rows not yet handed over. */
	int salur_buka;
	char salur_tabel[64];
	char salur_kolom[512];
	struct buf salur;
	/*
	 * The open COPY runs with session_replication_role = replica: its rows'
	 * foreign keys are not checked one by one but as sets when it ends
	 * (salur_fk, the entry of fk_tabel in use).
	 */
	struct pg_fk_tabel *salur_fk;
	struct pg_fk_tabel *fk_tabel[FK_TABEL_MAKS]; /* known in this transaction */
	int n_fk_tabel;
	/* A check of foreign keys failed: the transaction can only be rolled back. */
	int rusak;
};

struct st_pg {
	struct drv_pg *d;
	char nama[16];
	char *sql;
	int nparam;
	unsigned gen;
	const char *nilai[PARAM_MAKS];
	char angka[PARAM_MAKS][32];
	/* Binary parameters (bytea): their formats and lengths, used when biner is set. */
	int format[PARAM_MAKS], panjang[PARAM_MAKS];
	int biner;
	struct buf blob; /* kol_blob's decoded value */
	PGresult *res;
	int baris, nbaris;
};

static void diam(void *arg, const char *pesan)
{
	(void)arg; /* NOTICEs (e.g. "relation already exists, skipping") are not for the user */
	(void)pesan;
}

/* Copies libpq's message as one line (its reasons span lines). */
static void satu_baris(char *out, size_t n, const char *pesan)
{
	size_t j = 0;
	int spasi = 0;
	for (const char *p = pesan ? pesan : ""; *p && j + 1 < n; p++) {
		if (isspace((unsigned char)*p)) {
			spasi = j > 0;
			continue;
		}
		if (spasi && j + 2 < n)
			out[j++] = ' ';
		spasi = 0;
		out[j++] = *p;
	}
	out[j] = '\0';
}

static int galat_pg(struct drv_pg *d, const PGresult *r)
{
	const char *kode = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	d->d.unik = kode && strncmp(kode, "23", 2) == 0;
	/* A server that ends the session (57P0x) or a connection error (08xxx) is a lost connection. */
	d->d.putus = PQstatus(d->conn) == CONNECTION_BAD ||
		     (kode && (strncmp(kode, "08", 2) == 0 || strncmp(kode, "57P0", 4) == 0));
	char baris[480];
	satu_baris(baris, sizeof(baris), r ? PQresultErrorMessage(r) : PQerrorMessage(d->conn));
	if (!*baris)
		satu_baris(baris, sizeof(baris), PQerrorMessage(d->conn));
	if (d->d.putus)
		return store_drv_galat(&d->d, "koneksi ke PostgreSQL terputus: %s", baris);
	return store_drv_galat(&d->d, "%s", baris);
}

static int pg_sesi(struct drv_pg *d)
{
	PQsetNoticeProcessor(d->conn, diam, NULL);
	/*
	 * A lock held by another session is waited for at most 5 s, as SQLite's busy
	 * timeout: then the statement fails (55P03), so a web request answers 503
	 * instead of holding its worker for as long as the other holds the lock.
	 */
	PGresult *r = PQexec(d->conn, "SET client_min_messages = warning; SET lock_timeout = 5000; "
				"SET bytea_output = hex");
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
		galat_pg(d, r);
	PQclear(r);
	return ok ? 0 : -1;
}

/* Reconnects a lost connection, when no transaction was open on it. */
static int pg_sehat(struct drv_pg *d)
{
	if (PQstatus(d->conn) == CONNECTION_OK)
		return 0;
	if (d->tx) {
		d->d.putus = 1;
		return store_drv_galat(&d->d, "koneksi ke PostgreSQL terputus");
	}
	PQreset(d->conn);
	if (PQstatus(d->conn) != CONNECTION_OK) {
		galat_pg(d, NULL);
		d->d.putus = 1;
		return -1;
	}
	d->gen++;
	d->antre = 0;
	return pg_sesi(d);
}

#define BEGIN_BACA "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"

/* Sends a read transaction's deferred BEGIN (drv_pg.tunda); 0, or -1 with the error. */
static int pg_tunda_mulai(struct drv_pg *d)
{
	if (!d->tunda)
		return 0;
	d->tunda = 0;
	PGresult *r = PQexec(d->conn, BEGIN_BACA);
	int rc = PQresultStatus(r) == PGRES_COMMAND_OK ? 0 : galat_pg(d, r);
	PQclear(r);
	return rc;
}

/* ---- foreign keys of a COPY checked as sets ----
 *
 * PostgreSQL checks each row a COPY inserts against each of its foreign keys
 * with its own query (an index probe, a row lock, an executor started and
 * stopped): on the national import that was most of the server's work. Where
 * the session may set session_replication_role (a superuser, or PG 15's
 * GRANT SET ON PARAMETER session_replication_role), a COPY inside a
 * transaction runs with it set to replica, which fires no trigger, the
 * foreign keys' included; the client keeps the distinct keys of the rows it
 * sent and, once the COPY has ended, sets the role back and checks each
 * foreign key with one query (fk_sql) that looks up and locks the referenced
 * rows FOR KEY SHARE, as the per-row check does. The constraints stay
 * declared and every other statement checks them as before; a table with any
 * other trigger on insert, a deferrable key, a key MATCH FULL, a key to a
 * partitioned table or a key column the COPY does not name is sent
 * row-checked.
 */

static void fk_kosongkan(struct pg_fk_tabel *ft)
{
	for (int i = 0; i < ft->n; i++) {
		struct pg_fk *fk = &ft->fk[i];
		buf_reset(&fk->isi);
		fk->n_kunci = 0;
		if (fk->cap_slot)
			memset(fk->slot, 0, fk->cap_slot * sizeof(*fk->slot));
	}
}

static void fk_lupakan(struct drv_pg *d)
{
	for (int t = 0; t < d->n_fk_tabel; t++) {
		struct pg_fk_tabel *ft = d->fk_tabel[t];
		for (int i = 0; i < ft->n; i++) {
			buf_release(&ft->fk[i].isi);
			free(ft->fk[i].kunci);
			free(ft->fk[i].slot);
		}
		free(ft);
		d->fk_tabel[t] = NULL;
	}
	d->n_fk_tabel = 0;
	d->salur_fk = NULL;
}

/* The place of column nama in the comma-separated list kolom, or -1. */
static int kolom_ke(const char *kolom, const char *nama)
{
	size_t n = strlen(nama);
	int i = 0;
	for (const char *p = kolom; *p; i++) {
		while (*p == ' ')
			p++;
		size_t m = strcspn(p, ", ");
		if (m == n && strncmp(p, nama, n) == 0)
			return i;
		p += m;
		while (*p == ' ')
			p++;
		if (*p == ',')
			p++;
	}
	return -1;
}

/* Copies v into out (n bytes); 0, or -1 when it does not fit. */
static int salin(char *out, size_t n, const char *v)
{
	return snprintf(out, n, "%s", v) < (int)n ? 0 : -1;
}

/*
 * The foreign keys of table for a COPY of the columns kolom, read from the
 * catalog once per transaction: *out is the entry when the COPY may skip the
 * per-row checks, else NULL. 0, or -1 when the catalog could not be read.
 */
static int fk_siap(struct drv_pg *d, const char *tabel, const char *kolom, struct pg_fk_tabel **out)
{
	*out = NULL;
	if (!d->tx) /* SET LOCAL needs a transaction */
		return 0;
	for (int t = 0; t < d->n_fk_tabel; t++) {
		struct pg_fk_tabel *ft = d->fk_tabel[t];
		if (strcmp(ft->tabel, tabel) == 0 && strcmp(ft->kolom, kolom) == 0) {
			*out = ft->cepat ? ft : NULL;
			return 0;
		}
	}
	if (d->n_fk_tabel == FK_TABEL_MAKS)
		return 0; /* more tables than kept: the rest are checked row by row */
	struct pg_fk_tabel *ft = xcalloc(1, sizeof(*ft));
	d->fk_tabel[d->n_fk_tabel++] = ft;
	if (salin(ft->tabel, sizeof(ft->tabel), tabel) ||
	    salin(ft->kolom, sizeof(ft->kolom), kolom))
		return 0; /* not cepat: row by row */
	/* has_parameter_privilege is new in PostgreSQL 15; before it only a superuser may. */
	const char *boleh = PQserverVersion(d->conn) >= 150000
				    ? "has_parameter_privilege('session_replication_role', 'SET')"
				    : "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)";
	char sql[1500];
	snprintf(sql, sizeof(sql),
		 "SELECT con.conname, con.confrelid::regclass::text, pc.relname, ca.attname, "
		 "quote_ident(pa.attname), format_type(pa.atttypid, pa.atttypmod), "
		 "NOT con.condeferrable AND con.confmatchtype = 's' AND pc.relkind = 'r' AND %s AND "
		 "current_setting('session_replication_role') = 'origin' AND NOT EXISTS "
		 "(SELECT 1 FROM pg_trigger t WHERE t.tgrelid = con.conrelid AND t.tgenabled <> 'D' "
		 "AND (t.tgtype & 4) <> 0 AND t.tgfoid <> '\"RI_FKey_check_ins\"'::regproc) "
		 "FROM pg_constraint con JOIN pg_class pc ON pc.oid = con.confrelid "
		 "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(c, p, i) "
		 "JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = k.c "
		 "JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.p "
		 "WHERE con.contype = 'f' AND con.conrelid = to_regclass($1) ORDER BY con.oid, k.i",
		 boleh);
	PGresult *r = PQexecParams(d->conn, sql, 1, NULL, &tabel, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		galat_pg(d, r);
		PQclear(r);
		return -1;
	}
	int cepat = PQntuples(r) > 0; /* a table without foreign keys has nothing to skip */
	struct pg_fk *fk = NULL;
	for (int i = 0; i < PQntuples(r) && cepat; i++) {
		const char *nama = PQgetvalue(r, i, 0);
		if (!fk || strcmp(fk->nama, nama) != 0) {
			if (ft->n == FK_MAKS) {
				cepat = 0;
				break;
			}
			fk = &ft->fk[ft->n++];
			if (salin(fk->nama, sizeof(fk->nama), nama) ||
			    salin(fk->induk, sizeof(fk->induk), PQgetvalue(r, i, 1)) ||
			    salin(fk->induk_nama, sizeof(fk->induk_nama), PQgetvalue(r, i, 2)))
				cepat = 0;
		}
		int j = fk->n;
		if (strcmp(PQgetvalue(r, i, 6), "t") != 0 || j == FK_KOL_MAKS) {
			cepat = 0;
			break;
		}
		fk->n++;
		fk->pos[j] = kolom_ke(kolom, PQgetvalue(r, i, 3));
		if (fk->pos[j] < 0 ||
		    salin(fk->kolom[j], sizeof(fk->kolom[j]), PQgetvalue(r, i, 3)) ||
		    salin(fk->kolom_induk[j], sizeof(fk->kolom_induk[j]), PQgetvalue(r, i, 4)) ||
		    salin(fk->jenis[j], sizeof(fk->jenis[j]), PQgetvalue(r, i, 5)))
			cepat = 0;
	}
	PQclear(r);
	ft->cepat = cepat;
	*out = cepat ? ft : NULL;
	return 0;
}

static uint64_t fk_hash(const struct pg_fk *fk, const char *const *nilai)
{
	uint64_t h = 1469598103934665603ULL;
	for (int j = 0; j < fk->n; j++) {
		for (const char *p = nilai[fk->pos[j]]; *p; p++)
			h = (h ^ (unsigned char)*p) * 1099511628211ULL;
		h *= 1099511628211ULL; /* the NUL between values: ("a", "bc") is not ("ab", "c") */
	}
	return h;
}

/* Whether the key stored at k is the one of the row's values. */
static int fk_sama(const struct pg_fk *fk, const char *k, const char *const *nilai)
{
	for (int j = 0; j < fk->n; j++) {
		const char *v = nilai[fk->pos[j]];
		size_t n = strlen(v);
		if (memcmp(k, v, n + 1) != 0)
			return 0;
		k += n + 1;
	}
	return 1;
}

static void fk_taruh_slot(struct pg_fk *fk, uint64_t h, size_t nomor)
{
	size_t i = (size_t)h & (fk->cap_slot - 1);
	while (fk->slot[i])
		i = (i + 1) & (fk->cap_slot - 1);
	fk->slot[i] = nomor + 1;
}

/* Keeps the keys of one row sent (n values, NULL for NULL). */
static void fk_catat(struct pg_fk_tabel *ft, int n, const char *const *nilai)
{
	for (int f = 0; f < ft->n; f++) {
		struct pg_fk *fk = &ft->fk[f];
		int lengkap = 1;
		for (int j = 0; j < fk->n && lengkap; j++)
			lengkap = fk->pos[j] < n && nilai[fk->pos[j]];
		if (!lengkap)
			continue; /* MATCH SIMPLE: a key with a NULL refers to nothing */
		uint64_t h = fk_hash(fk, nilai);
		if (fk->cap_slot) {
			size_t i = (size_t)h & (fk->cap_slot - 1);
			for (; fk->slot[i]; i = (i + 1) & (fk->cap_slot - 1)) {
				size_t k = fk->slot[i] - 1;
				if (fk->kunci[k].h == h &&
				    fk_sama(fk, fk->isi.data + fk->kunci[k].awal, nilai))
					break;
			}
			if (fk->slot[i])
				continue; /* seen */
		}
		if ((fk->n_kunci + 1) * 2 > fk->cap_slot) {
			free(fk->slot);
			fk->cap_slot = fk->cap_slot ? fk->cap_slot * 2 : 256;
			fk->slot = xcalloc(fk->cap_slot, sizeof(*fk->slot));
			for (size_t k = 0; k < fk->n_kunci; k++)
				fk_taruh_slot(fk, fk->kunci[k].h, k);
		}
		if (fk->n_kunci == fk->cap_kunci) {
			fk->cap_kunci = fk->cap_kunci ? fk->cap_kunci * 2 : 256;
			fk->kunci = xrealloc(fk->kunci, fk->cap_kunci * sizeof(*fk->kunci));
		}
		fk->kunci[fk->n_kunci].awal = fk->isi.len;
		fk->kunci[fk->n_kunci].h = h;
		for (int j = 0; j < fk->n; j++) {
			const char *v = nilai[fk->pos[j]];
			buf_append(&fk->isi, v, strlen(v) + 1);
		}
		fk_taruh_slot(fk, h, fk->n_kunci++);
	}
}

/* Appends v as an element of an array literal ("…" with " and \ escaped). */
static void larik_taruh(struct buf *b, const char *v)
{
	buf_putc(b, b->len ? ',' : '{');
	buf_putc(b, '"');
	for (size_t n; *v; v += n) {
		n = strcspn(v, "\"\\");
		buf_append(b, v, n);
		if (v[n]) {
			buf_putc(b, '\\');
			buf_putc(b, v[n]);
			n++;
		}
	}
	buf_putc(b, '"');
}

/*
 * The query that checks the keys of fk, given as one text array per column:
 * each key's referenced row is looked up and locked FOR KEY SHARE, as the
 * per-row check locks it (nobody may then delete it or change its key before
 * this transaction ends); it returns the first key not found, none when all
 * are. The lock in a subquery keeps it a lookup per key, by the index of the
 * referenced key, and every key is looked up before the query can answer
 * that none is missing.
 */
static void fk_sql(struct buf *q, const struct pg_fk *fk)
{
	buf_puts(q, "SELECT ");
	for (int j = 0; j < fk->n; j++)
		buf_printf(q, "%su.k%d", j ? ", " : "", j + 1);
	buf_puts(q, " FROM unnest(");
	for (int j = 0; j < fk->n; j++)
		buf_printf(q, "%s$%d::text[]", j ? ", " : "", j + 1);
	buf_puts(q, ") AS u(");
	for (int j = 0; j < fk->n; j++)
		buf_printf(q, "%sk%d", j ? ", " : "", j + 1);
	buf_printf(q, ") WHERE (SELECT 1 FROM ONLY %s p WHERE ", fk->induk);
	for (int j = 0; j < fk->n; j++)
		buf_printf(q, "%sp.%s = CAST(u.k%d AS %s)", j ? " AND " : "", fk->kolom_induk[j],
			   j + 1, fk->jenis[j]);
	buf_puts(q, " FOR KEY SHARE OF p) IS NULL LIMIT 1");
}

/*
 * Sets the role back and checks the keys of the rows the COPY of ft sent:
 * 0, or -1 (the transaction then can only be rolled back).
 */
static int fk_periksa(struct drv_pg *d, struct pg_fk_tabel *ft)
{
	PGresult *r = PQexec(d->conn, "SET LOCAL session_replication_role = origin");
	int rc = PQresultStatus(r) == PGRES_COMMAND_OK ? 0 : galat_pg(d, r);
	PQclear(r);
	struct buf larik[FK_KOL_MAKS], q = BUF_INIT;
	for (int f = 0; f < ft->n && !rc; f++) {
		const struct pg_fk *fk = &ft->fk[f];
		if (!fk->n_kunci)
			continue;
		const char *param[FK_KOL_MAKS];
		for (int j = 0; j < fk->n; j++)
			buf_init(&larik[j]);
		for (size_t k = 0; k < fk->n_kunci; k++) {
			const char *v = fk->isi.data + fk->kunci[k].awal;
			for (int j = 0; j < fk->n; j++) {
				larik_taruh(&larik[j], v);
				v += strlen(v) + 1;
			}
		}
		for (int j = 0; j < fk->n; j++) {
			buf_putc(&larik[j], '}');
			param[j] = larik[j].data;
		}
		buf_reset(&q);
		fk_sql(&q, fk);
		r = PQexecParams(d->conn, q.data, fk->n, NULL, param, NULL, NULL, 0);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			rc = galat_pg(d, r);
		} else if (PQntuples(r) > 0) {
			/* The message PostgreSQL's own check gives. */
			struct buf kol = BUF_INIT, nilai = BUF_INIT;
			for (int j = 0; j < fk->n; j++) {
				buf_printf(&kol, "%s%s", j ? ", " : "", fk->kolom[j]);
				buf_printf(&nilai, "%s%s", j ? ", " : "", PQgetvalue(r, 0, j));
			}
			rc = store_drv_galat(&d->d,
					     "ERROR: insert or update on table \"%s\" violates foreign "
					     "key constraint \"%s\" DETAIL: Key (%s)=(%s) is not present "
					     "in table \"%s\".",
					     ft->tabel, fk->nama, kol.data, nilai.data, fk->induk_nama);
			d->d.unik = 1; /* a constraint violation (23503), as from the server */
			d->rusak = 1;
			buf_release(&kol);
			buf_release(&nilai);
		}
		PQclear(r);
		for (int j = 0; j < fk->n; j++)
			buf_release(&larik[j]);
	}
	buf_release(&q);
	fk_kosongkan(ft);
	return rc;
}

/*
 * Ends the COPY that salur keeps open (the server has been storing its rows
 * meanwhile, in parallel with the caller): sends what is left, waits for
 * the result. With batal the COPY is abandoned (the transaction is rolled back).
 */
static int salur_kirim(struct drv_pg *d, int batal)
{
	if (!d->salur_buka)
		return 0;
	d->salur_buka = 0;
	struct pg_fk_tabel *ft = d->salur_fk;
	d->salur_fk = NULL;
	int rc = 0;
	if (!batal && d->salur.len &&
	    PQputCopyData(d->conn, d->salur.data, (int)d->salur.len) != 1)
		rc = galat_pg(d, NULL);
	buf_reset(&d->salur);
	if (PQputCopyEnd(d->conn, batal || rc ? "dibatalkan" : NULL) != 1 && !rc)
		rc = galat_pg(d, NULL);
	PGresult *r;
	while ((r = PQgetResult(d->conn))) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK && !rc && !batal)
			rc = galat_pg(d, r);
		PQclear(r);
		if (PQstatus(d->conn) == CONNECTION_BAD)
			break;
	}
	if (ft && !rc && !batal && PQstatus(d->conn) != CONNECTION_BAD)
		rc = fk_periksa(d, ft);
	if (ft)
		fk_kosongkan(ft);
	return rc;
}

static void salur_teks(struct buf *b, const char *v)
{
	if (!v) {
		buf_puts(b, "\\N");
		return;
	}
	for (size_t n; *v; v += n) {
		n = strcspn(v, "\\\t\n\r"); /* a run copied as it is */
		buf_append(b, v, n);
		switch (v[n]) {
		case '\\':
			buf_puts(b, "\\\\");
			break;
		case '\t':
			buf_puts(b, "\\t");
			break;
		case '\n':
			buf_puts(b, "\\n");
			break;
		case '\r':
			buf_puts(b, "\\r");
			break;
		default:
			continue; /* the end */
		}
		n++;
	}
}

static int pg_sinkron(struct store_drv *dd);

static int pg_salur(struct store_drv *dd, const char *tabel, const char *kolom, int n,
		    const char *const *nilai)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (d->salur_buka && (strcmp(tabel, d->salur_tabel) || strcmp(kolom, d->salur_kolom)))
		if (salur_kirim(d, 0))
			return -1;
	if (!d->salur_buka) {
		if (pg_sinkron(dd) || pg_sehat(d) || pg_tunda_mulai(d))
			return -1;
		snprintf(d->salur_tabel, sizeof(d->salur_tabel), "%s", tabel);
		snprintf(d->salur_kolom, sizeof(d->salur_kolom), "%s", kolom);
		char sql[700];
		snprintf(sql, sizeof(sql), "COPY %s(%s) FROM STDIN", tabel, kolom);
		struct pg_fk_tabel *ft;
		if (fk_siap(d, tabel, kolom, &ft))
			return -1;
		PGresult *r;
		if (ft) {
			r = PQexec(d->conn, "SET LOCAL session_replication_role = replica");
			int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
			if (!ok)
				galat_pg(d, r);
			PQclear(r);
			if (!ok)
				return -1;
		}
		r = PQexec(d->conn, sql);
		int ok = PQresultStatus(r) == PGRES_COPY_IN;
		if (!ok)
			galat_pg(d, r);
		PQclear(r);
		if (!ok)
			return -1;
		d->salur_buka = 1;
		d->salur_fk = ft;
	}
	if (d->salur_fk)
		fk_catat(d->salur_fk, n, nilai);
	for (int i = 0; i < n; i++) {
		if (i)
			buf_putc(&d->salur, '\t');
		salur_teks(&d->salur, nilai[i]);
	}
	buf_putc(&d->salur, '\n');
	if (d->salur.len < (64u << 10))
		return 0;
	int ok = PQputCopyData(d->conn, d->salur.data, (int)d->salur.len) == 1;
	buf_reset(&d->salur);
	return ok ? 0 : galat_pg(d, NULL);
}

static int pg_sinkron(struct store_drv *dd)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (PQstatus(d->conn) == CONNECTION_BAD) {
		/* What was queued is lost with the connection; pg_sehat tells the caller. */
		d->salur_buka = 0;
		buf_reset(&d->salur);
		d->antre = 0;
		return 0;
	}
	if (d->salur_buka)
		return salur_kirim(d, 0);
	if (PQpipelineStatus(d->conn) == PQ_PIPELINE_OFF)
		return 0;
	int rc = 0;
	if (!PQpipelineSync(d->conn)) {
		rc = galat_pg(d, NULL);
	} else {
		for (;;) {
			PGresult *r = PQgetResult(d->conn);
			if (!r) {
				if (PQstatus(d->conn) == CONNECTION_BAD) {
					if (!rc)
						rc = galat_pg(d, NULL);
					break;
				}
				continue; /* the end of one statement's results */
			}
			ExecStatusType t = PQresultStatus(r);
			if (t == PGRES_PIPELINE_SYNC) {
				PQclear(r);
				break;
			}
			if ((t == PGRES_FATAL_ERROR || t == PGRES_NONFATAL_ERROR) && !rc)
				rc = galat_pg(d, r);
			PQclear(r);
		}
	}
	d->antre = 0;
	if (PQstatus(d->conn) != CONNECTION_BAD)
		PQexitPipelineMode(d->conn);
	return rc;
}

/* Rewrites ?N (and bare ?) outside quotes to $N; returns the number of parameters. */
static int tempat(const char *sql, struct buf *out)
{
	int maks = 0, urut = 0;
	char kutip = 0;
	for (const char *p = sql; *p; p++) {
		if (kutip) {
			if (*p == kutip)
				kutip = 0;
			buf_putc(out, *p);
			continue;
		}
		if (*p == '\'' || *p == '"') {
			kutip = *p;
			buf_putc(out, *p);
			continue;
		}
		if (*p != '?') {
			buf_putc(out, *p);
			continue;
		}
		int n = 0;
		if (isdigit((unsigned char)p[1])) {
			while (isdigit((unsigned char)p[1]))
				n = n * 10 + (*++p - '0');
		} else {
			n = ++urut;
		}
		buf_printf(out, "$%d", n);
		if (n > maks)
			maks = n;
	}
	return maks;
}

static int pg_siapkan(struct store_drv *dd, const char *sql, struct store_st **out)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	*out = NULL;
	struct buf b = BUF_INIT;
	int n = tempat(sql, &b);
	if (n > PARAM_MAKS) {
		buf_release(&b);
		return store_drv_galat(dd, "terlalu banyak parameter (%d)", n);
	}
	struct st_pg *st = xcalloc(1, sizeof(*st));
	st->d = d;
	st->sql = buf_detach(&b);
	st->nparam = n;
	st->gen = d->gen - 1; /* prepared on the server at its first run */
	snprintf(st->nama, sizeof(st->nama), "k%u", ++d->nomor);
	*out = (struct store_st *)st;
	return 0;
}

/* Prepares st on the server when this connection has not seen it. */
static int pg_siap_di_server(struct st_pg *st)
{
	struct drv_pg *d = st->d;
	if (st->gen == d->gen)
		return 0;
	if (pg_sinkron(&d->d))
		return -1;
	PGresult *r = PQprepare(d->conn, st->nama, st->sql, st->nparam, NULL);
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
		galat_pg(d, r);
	PQclear(r);
	if (ok)
		st->gen = d->gen;
	return ok ? 0 : -1;
}

#define PST(x) ((struct st_pg *)(x))

static void pg_ikat_teks(struct store_st *st, int i, const char *v)
{
	if (i >= 1 && i <= PST(st)->nparam)
		PST(st)->nilai[i - 1] = v;
}

static void pg_ikat_int(struct store_st *st, int i, int64_t v)
{
	if (i < 1 || i > PST(st)->nparam)
		return;
	snprintf(PST(st)->angka[i - 1], 32, "%lld", (long long)v);
	PST(st)->nilai[i - 1] = PST(st)->angka[i - 1];
}

static void pg_ikat_real(struct store_st *st, int i, double v)
{
	if (i < 1 || i > PST(st)->nparam)
		return;
	snprintf(PST(st)->angka[i - 1], 32, "%.17g", v);
	PST(st)->nilai[i - 1] = PST(st)->angka[i - 1];
}

static void pg_ikat_blob(struct store_st *sst, int i, const void *v, size_t n)
{
	struct st_pg *st = PST(sst);
	if (i < 1 || i > st->nparam || n > (size_t)0x7fffffff)
		return; /* over 2 GiB: never asked (bukti are at most tens of MiB) */
	static const char kosong[1];
	st->nilai[i - 1] = n ? v : kosong;
	st->format[i - 1] = 1;
	st->panjang[i - 1] = (int)n;
	st->biner = 1;
}

/* Forgets the bindings after a run. */
static void pg_lupa(struct st_pg *st)
{
	memset(st->nilai, 0, sizeof(st->nilai));
	if (st->biner) {
		memset(st->format, 0, sizeof(st->format));
		memset(st->panjang, 0, sizeof(st->panjang));
		st->biner = 0;
	}
}

static int pg_langkah(struct store_st *sst)
{
	struct st_pg *st = PST(sst);
	struct drv_pg *d = st->d;
	if (!st->res) {
		if (pg_sinkron(&d->d) || pg_sehat(d) || pg_tunda_mulai(d) || pg_siap_di_server(st))
			return -1;
		st->res = PQexecPrepared(d->conn, st->nama, st->nparam, st->nilai,
					 st->biner ? st->panjang : NULL,
					 st->biner ? st->format : NULL, 0);
		ExecStatusType t = PQresultStatus(st->res);
		if (t != PGRES_TUPLES_OK && t != PGRES_COMMAND_OK) {
			galat_pg(d, st->res);
			PQclear(st->res);
			st->res = NULL;
			return -1;
		}
		st->nbaris = t == PGRES_TUPLES_OK ? PQntuples(st->res) : 0;
		st->baris = -1;
	}
	if (st->baris + 1 < st->nbaris) {
		st->baris++;
		return 1;
	}
	st->baris = st->nbaris;
	return 0;
}

static int pg_kirim(struct store_st *sst)
{
	struct st_pg *st = PST(sst);
	struct drv_pg *d = st->d;
	int rc = 0;
	if (salur_kirim(d, 0) || pg_sehat(d) || pg_tunda_mulai(d) || pg_siap_di_server(st)) {
		rc = -1;
		goto out;
	}
	if (PQpipelineStatus(d->conn) == PQ_PIPELINE_OFF && !PQenterPipelineMode(d->conn)) {
		rc = galat_pg(d, NULL);
		goto out;
	}
	if (!PQsendQueryPrepared(d->conn, st->nama, st->nparam, st->nilai,
				 st->biner ? st->panjang : NULL, st->biner ? st->format : NULL,
				 0)) {
		rc = galat_pg(d, NULL);
		goto out;
	}
	if (++d->antre >= ANTRE_MAKS)
		rc = pg_sinkron(&d->d);
out:
	pg_lupa(st);
	return rc;
}

/*
 * Sends the n statements in pipeline mode and reads every result before the
 * caller steps through them: one round trip instead of n.
 */
static int pg_sedia(struct store_st **sts, int n)
{
	if (n <= 0)
		return 0;
	struct drv_pg *d = PST(sts[0])->d;
	if (pg_sinkron(&d->d) || pg_sehat(d))
		return -1;
	for (int i = 0; i < n; i++) {
		struct st_pg *st = PST(sts[i]);
		PQclear(st->res);
		st->res = NULL;
		if (pg_siap_di_server(st))
			return -1;
	}
	if (!PQenterPipelineMode(d->conn))
		return galat_pg(d, NULL);
	int rc = 0, dikirim = 0;
	/* a deferred BEGIN leads the pipeline: its result comes first */
	int begin = d->tunda;
	d->tunda = 0;
	if (begin && !PQsendQueryParams(d->conn, BEGIN_BACA, 0, NULL, NULL, NULL, NULL, 0)) {
		rc = galat_pg(d, NULL);
		n = 0;
	}
	for (int i = 0; i < n; i++) {
		struct st_pg *st = PST(sts[i]);
		if (!PQsendQueryPrepared(d->conn, st->nama, st->nparam, st->nilai, NULL, NULL, 0)) {
			rc = galat_pg(d, NULL);
			break;
		}
		dikirim++;
	}
	if (!PQpipelineSync(d->conn)) {
		if (!rc)
			rc = galat_pg(d, NULL);
		dikirim = 0; /* nothing more comes on a connection that cannot send */
	}
	if (begin && PQstatus(d->conn) != CONNECTION_BAD && (dikirim || !rc)) {
		PGresult *r = PQgetResult(d->conn);
		if (r && PQresultStatus(r) != PGRES_COMMAND_OK && !rc)
			rc = galat_pg(d, r); /* the statements after it are aborted */
		PQclear(r);
		while ((r = PQgetResult(d->conn))) /* the end of BEGIN's results */
			PQclear(r);
	}
	for (int i = 0; i < dikirim && PQstatus(d->conn) != CONNECTION_BAD; i++) {
		struct st_pg *st = PST(sts[i]);
		PGresult *r = PQgetResult(d->conn);
		if (!r)
			break; /* the connection was lost; reported below */
		ExecStatusType t = PQresultStatus(r);
		if (t == PGRES_TUPLES_OK || t == PGRES_COMMAND_OK) {
			st->res = r;
			st->nbaris = t == PGRES_TUPLES_OK ? PQntuples(r) : 0;
			st->baris = -1;
		} else {
			if (!rc)
				rc = galat_pg(d, r); /* the statements after it are aborted */
			PQclear(r);
		}
		while ((r = PQgetResult(d->conn))) /* the end of this statement's results */
			PQclear(r);
	}
	while (PQstatus(d->conn) != CONNECTION_BAD) {
		PGresult *r = PQgetResult(d->conn);
		if (!r)
			continue;
		int sinkron = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
		PQclear(r);
		if (sinkron)
			break;
	}
	if (PQstatus(d->conn) == CONNECTION_BAD) {
		if (!rc)
			rc = galat_pg(d, NULL);
	} else {
		PQexitPipelineMode(d->conn);
	}
	if (rc)
		for (int i = 0; i < n; i++) {
			PQclear(PST(sts[i])->res);
			PST(sts[i])->res = NULL;
		}
	return rc;
}

static int pg_kol_n(struct store_st *st)
{
	return PST(st)->res ? PQnfields(PST(st)->res) : 0;
}

static const char *pg_kol_nama(struct store_st *st, int c)
{
	return PQfname(PST(st)->res, c);
}

static int ada_baris(struct st_pg *st, int c)
{
	return st->res && st->baris >= 0 && st->baris < st->nbaris && c < PQnfields(st->res);
}

static enum store_jenis pg_kol_jenis(struct store_st *sst, int c)
{
	struct st_pg *st = PST(sst);
	if (!ada_baris(st, c) || PQgetisnull(st->res, st->baris, c))
		return SJ_NULL;
	switch (PQftype(st->res, c)) {
	case 20: /* int8 */
	case 21: /* int2 */
	case 23: /* int4 */
		return SJ_INT;
	case 700: /* float4 */
	case 701: /* float8 */
	case 1700: /* numeric */
		return SJ_REAL;
	case 17: /* bytea */
		return SJ_BLOB;
	default:
		return SJ_TEKS;
	}
}

static const char *pg_kol_teks(struct store_st *sst, int c)
{
	struct st_pg *st = PST(sst);
	if (!ada_baris(st, c) || PQgetisnull(st->res, st->baris, c))
		return NULL;
	return PQgetvalue(st->res, st->baris, c);
}

static int64_t pg_kol_int(struct store_st *st, int c)
{
	const char *v = pg_kol_teks(st, c);
	if (!v)
		return 0;
	/*
	 * An integer as PostgreSQL writes it, read here: strtoll (locale-aware) was
	 * the largest cost of reading a pemda's rows. Anything else, or a number of
	 * more than 18 digits, is strtoll's.
	 */
	const char *p = v + (*v == '-');
	uint64_t x = 0;
	int n = 0;
	for (; *p >= '0' && *p <= '9' && n < 18; p++, n++)
		x = 10 * x + (uint64_t)(*p - '0');
	if (*p || !n)
		return strtoll(v, NULL, 10);
	return *v == '-' ? -(int64_t)x : (int64_t)x;
}

static double pg_kol_real(struct store_st *st, int c)
{
	const char *v = pg_kol_teks(st, c);
	return v ? strtod(v, NULL) : 0;
}

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
				      : -1;
}

/* A bytea in text form is "\x" and hex digits (bytea_output = hex, set by pg_sesi). */
static const void *pg_kol_blob(struct store_st *sst, int c, size_t *n)
{
	struct st_pg *st = PST(sst);
	*n = 0;
	const char *v = pg_kol_teks(sst, c);
	if (!v)
		return NULL;
	buf_reset(&st->blob);
	buf_putc(&st->blob, 0); /* data is never NULL, even for zero bytes */
	buf_reset(&st->blob);
	if (v[0] == '\\' && v[1] == 'x') {
		for (const char *p = v + 2; p[0] && p[1]; p += 2) {
			int h = hex_digit(p[0]), l = hex_digit(p[1]);
			if (h < 0 || l < 0)
				break; /* the server writes only hex digits */
			buf_putc(&st->blob, (char)(h * 16 + l));
		}
	} else {
		buf_append(&st->blob, v, strlen(v)); /* a text column read as bytes */
	}
	*n = st->blob.len;
	return st->blob.data;
}

static void pg_ulang(struct store_st *sst)
{
	struct st_pg *st = PST(sst);
	PQclear(st->res);
	st->res = NULL;
	st->baris = st->nbaris = 0;
	pg_lupa(st);
}

static void pg_lepas(struct store_st *sst)
{
	struct st_pg *st = PST(sst);
	if (!st)
		return;
	PQclear(st->res);
	buf_release(&st->blob);
	free(st->sql);
	free(st);
}

/*
 * Runs sql; with tag set, success is also that command tag. After a statement
 * failed (and its caller went on) PostgreSQL answers COMMIT with "ROLLBACK" and
 * no error, so COMMIT is run with the tag "COMMIT". 0, or -1 with the error set.
 */
static int pg_exec_tag(struct store_drv *dd, const char *sql, const char *tag)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (pg_sinkron(dd) || pg_sehat(d) || pg_tunda_mulai(d))
		return -1;
	PGresult *r = PQexec(d->conn, sql);
	ExecStatusType t = PQresultStatus(r);
	int rc = t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK ? 0 : galat_pg(d, r);
	if (rc == 0 && tag && strcmp(PQcmdStatus(r), tag) != 0)
		rc = store_drv_galat(dd, "transaksi dibatalkan PostgreSQL (%s): sebuah perintah "
					 "di dalamnya gagal; tidak ada yang tersimpan",
				     PQcmdStatus(r));
	PQclear(r);
	return rc;
}

static int pg_exec(struct store_drv *dd, const char *sql)
{
	return pg_exec_tag(dd, sql, NULL);
}

static int pg_mulai(struct store_drv *dd, int baca)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (baca) { /* BEGIN goes out with the first statement */
		if (pg_sinkron(dd) || pg_sehat(d))
			return -1;
		d->tx = 1;
		d->tunda = 1;
		d->rusak = 0;
		fk_lupakan(d);
		return 0;
	}
	if (pg_exec(dd, "BEGIN"))
		return -1;
	d->tx = 1;
	d->rusak = 0;
	fk_lupakan(d); /* the catalog is read again in each transaction */
	return 0;
}

static int pg_dalam_tx(struct store_drv *d)
{
	return ((struct drv_pg *)d)->tx;
}

static int pg_selesai(struct store_drv *dd, int simpan)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (!d->tx)
		return 0;
	if (d->tunda) { /* a read transaction that sent nothing: nothing to end */
		d->tx = d->tunda = 0;
		d->rusak = 0;
		fk_lupakan(d);
		return 0;
	}
	int rc;
	if (simpan && !d->rusak) {
		rc = pg_exec_tag(dd, "COMMIT", "COMMIT");
		if (rc == 0 && PQtransactionStatus(d->conn) != PQTRANS_IDLE)
			rc = store_drv_galat(dd, "transaksi tidak tersimpan");
		if (rc)
			pg_exec(dd, "ROLLBACK"); /* an aborted transaction still needs its end */
	} else {
		int gagal = salur_kirim(d, 1) || pg_sinkron(dd);
		(void)gagal; /* rolled back in any case: a queued error no longer matters */
		rc = PQstatus(d->conn) == CONNECTION_BAD ? 0 : pg_exec(dd, "ROLLBACK");
		/* A foreign key check of a COPY failed (fk_periksa): nothing may be kept. */
		if (simpan)
			rc = store_drv_galat(dd, "transaksi tidak tersimpan: kunci asing hilang");
	}
	d->tx = 0;
	d->rusak = 0;
	fk_lupakan(d);
	return rc;
}

/* One integer from a query without parameters (NULL counts as 0), or -1. */
static int64_t pg_satu(struct drv_pg *d, const char *sql, const char *param)
{
	if (pg_sinkron(&d->d) || pg_sehat(d) || pg_tunda_mulai(d))
		return -1;
	PGresult *r = PQexecParams(d->conn, sql, param ? 1 : 0, NULL, &param, NULL, NULL, 0);
	int64_t n = -1;
	if (PQresultStatus(r) == PGRES_TUPLES_OK)
		n = PQntuples(r) == 0 || PQgetisnull(r, 0, 0) ? 0 : strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	else
		galat_pg(d, r);
	PQclear(r);
	return n;
}

static int pg_versi(struct store_drv *dd)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	int64_t ada = pg_satu(d, "SELECT count(*) FROM pg_tables WHERE schemaname = "
				 "current_schema() AND tablename = 'kinerja_skema'",
			      NULL);
	if (ada < 0)
		return -1;
	if (ada)
		return (int)pg_satu(d, "SELECT max(versi) FROM kinerja_skema", NULL);
	int64_t n = pg_satu(d, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
			    NULL);
	if (n != 0)
		return n < 0 ? -1 : store_drv_galat(dd, "tabel lain sudah ada");
	return 0;
}

static int pg_versi_tulis(struct store_drv *d, int versi)
{
	char sql[200];
	snprintf(sql, sizeof(sql),
		 "CREATE TABLE IF NOT EXISTS kinerja_skema (versi INTEGER NOT NULL); "
		 "DELETE FROM kinerja_skema; INSERT INTO kinerja_skema VALUES (%d)",
		 versi);
	return pg_exec(d, sql);
}

static int pg_atur(struct store_drv *d)
{
	(void)d; /* nothing beyond the session settings of pg_sesi */
	return 0;
}

/* Whether the word w starts at p (not inside a longer identifier). */
static int kata(const char *awal, const char *p, const char *w)
{
	size_t n = strlen(w);
	if (p > awal && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
		return 0;
	return strncmp(p, w, n) == 0 && !isalnum((unsigned char)p[n]) && p[n] != '_';
}

/*
 * The migrations are written for SQLite; on PostgreSQL: 64-bit integers,
 * double precision reals, identity ids, text compared and sorted bytewise,
 * BLOB as BYTEA,
 * and a `rowid` column on every table that keeps the order of insertion as
 * SQLite's rowid does (within one connection; rows inserted at the same
 * time by several servers may interleave differently).
 */
static void pg_migrasi_sql(const char *sql, struct buf *out)
{
	static const struct {
		const char *dari, *jadi;
	} ganti[] = {
		{"INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"},
		{"INTEGER", "BIGINT"},
		{"REAL", "DOUBLE PRECISION"},
		{"TEXT", "TEXT COLLATE \"C\""}, /* SQLite's BINARY order, whatever the server's locale */
		{"BLOB", "BYTEA"},
	};
	for (const char *p = sql; *p;) {
		if (strncmp(p, "--@pg ", 6) == 0) { /* a statement for PostgreSQL only */
			p += 6;
			continue;
		}
		if (p[0] == '-' && p[1] == '-') { /* comments are copied as they are */
			const char *akhir = strchr(p, '\n');
			size_t n = akhir ? (size_t)(akhir - p) : strlen(p);
			buf_append(out, p, n);
			p += n;
			continue;
		}
		if (kata(sql, p, "CREATE TABLE")) {
			const char *buka = strchr(p, '(');
			if (buka) {
				buf_append(out, p, (size_t)(buka - p + 1));
				/* Numbers taken 100 at a time: cheaper for bulk imports. */
				buf_puts(out, "rowid BIGINT GENERATED ALWAYS AS IDENTITY (CACHE 100), ");
				p = buka + 1;
				continue;
			}
		}
		int cocok = 0;
		for (size_t i = 0; i < sizeof(ganti) / sizeof(*ganti); i++)
			if (kata(sql, p, ganti[i].dari)) {
				buf_puts(out, ganti[i].jadi);
				p += strlen(ganti[i].dari);
				cocok = 1;
				break;
			}
		if (!cocok)
			buf_putc(out, *p++);
	}
}

static int pg_tabel_daftar(struct store_drv *dd, int (*fn)(const char *nama, void *arg),
			   void *arg)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (pg_sinkron(dd) || pg_sehat(d) || pg_tunda_mulai(d))
		return -1;
	PGresult *r = PQexec(d->conn, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
				      "n.oid = c.relnamespace WHERE n.nspname = current_schema() "
				      "AND c.relkind = 'r' AND c.relname <> 'kinerja_skema' "
				      "ORDER BY c.oid");
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		galat_pg(d, r);
		PQclear(r);
		return -1;
	}
	int rc = 0;
	for (int i = 0; i < PQntuples(r) && !rc; i++)
		rc = fn(PQgetvalue(r, i, 0), arg) ? -1 : 0;
	PQclear(r);
	return rc;
}

static int pg_id_lanjut(struct store_drv *dd, const char *tabel)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	int64_t ada = pg_satu(d, "SELECT count(*) FROM information_schema.columns WHERE "
				 "table_schema = current_schema() AND table_name = $1 AND "
				 "column_name = 'id'",
			      tabel);
	if (ada <= 0)
		return (int)ada;
	char sql[256];
	snprintf(sql, sizeof(sql),
		 "SELECT setval(pg_get_serial_sequence('%s', 'id'), max(id)) FROM %s "
		 "HAVING max(id) IS NOT NULL",
		 tabel, tabel);
	return pg_satu(d, sql, NULL) < 0 ? -1 : 0;
}

static void pg_tutup(struct store_drv *dd)
{
	struct drv_pg *d = (struct drv_pg *)dd;
	if (!d)
		return;
	PQfinish(d->conn);
	buf_release(&d->salur);
	fk_lupakan(d);
	free(d);
}

static const struct store_drv_ops ops_pg = {
	.nama = "PostgreSQL",
	.siapkan = pg_siapkan,
	.ikat_teks = pg_ikat_teks,
	.ikat_int = pg_ikat_int,
	.ikat_real = pg_ikat_real,
	.ikat_blob = pg_ikat_blob,
	.langkah = pg_langkah,
	.kirim = pg_kirim,
	.salur = pg_salur,
	.sedia = pg_sedia,
	.salur_salin = 1,
	.sinkron = pg_sinkron,
	.kol_n = pg_kol_n,
	.kol_nama = pg_kol_nama,
	.kol_jenis = pg_kol_jenis,
	.kol_teks = pg_kol_teks,
	.kol_int = pg_kol_int,
	.kol_real = pg_kol_real,
	.kol_blob = pg_kol_blob,
	.ulang = pg_ulang,
	.lepas = pg_lepas,
	.exec = pg_exec,
	.mulai = pg_mulai,
	.selesai = pg_selesai,
	.dalam_tx = pg_dalam_tx,
	.versi = pg_versi,
	.versi_tulis = pg_versi_tulis,
	.atur = pg_atur,
	.migrasi_sql = pg_migrasi_sql,
	.tabel_daftar = pg_tabel_daftar,
	.id_lanjut = pg_id_lanjut,
	.tutup = pg_tutup,
};

int store_drv_pg_buka(const char *uri, struct store_drv **out, struct galat *g)
{
	*out = NULL;
	struct drv_pg *d = xcalloc(1, sizeof(*d));
	d->d.ops = &ops_pg;
	d->d.kunci = " FOR UPDATE";
	d->d.kunci_migrasi = "SELECT pg_advisory_xact_lock(4235019)";
	d->conn = PQconnectdb(uri);
	const char *host = d->conn ? PQhost(d->conn) : NULL;
	const char *db = d->conn ? PQdb(d->conn) : NULL;
	snprintf(d->d.nama, sizeof(d->d.nama), "%s/%s", host && *host ? host : "localhost",
		 db ? db : "");
	if (!d->conn || PQstatus(d->conn) != CONNECTION_OK) {
		char alasan[400];
		satu_baris(alasan, sizeof(alasan), d->conn ? PQerrorMessage(d->conn) : "kehabisan memori");
		g->pengguna = 1;
		galat_set(g, "tidak dapat terhubung ke PostgreSQL (%s): %s", d->d.nama, alasan);
		pg_tutup(&d->d);
		return -1;
	}
	if (pg_sesi(d)) {
		g->pengguna = 1;
		galat_set(g, "tidak dapat terhubung ke PostgreSQL (%s): %s", d->d.nama, d->d.pesan);
		pg_tutup(&d->d);
		return -1;
	}
	*out = &d->d;
	return 0;
}
