/*
 * The data version and the cache of the measurement JSON (GET /api/capaian).
 *
 * Versions: every audited write has an audit row naming its pemda (and, for
 * targets and realisasi, its year in the key). The worker that made a write
 * follows the audit at once, before answering (web_versi_catat); the others
 * look up the last audit id (store_web_versi) at most once a second, for
 * changes made by other processes. Following means reading the new audit rows
 * and bumping the version of each pemda-year (or pemda, or everything) they
 * touch. A cached measurement is valid while the version of its pemda-year is
 * the one it was computed under, so a write invalidates only what it touched,
 * and a change made by another process (an import) is seen within a second.
 *
 * Single flight: one worker computes a pemda-year; the others asking for it
 * meanwhile wait for its result instead of computing it again.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/ukur.h"
#include "../report/ukur_json.h"
#include "web_int.h"

#define PEMDA_MAKS 32
#define CACHE_N 64
#define VERSI_N 4096 /* slots of the version table (open addressing) */
#define AUDIT_BACA 256 /* new audit rows read at most per refresh; more bump everything */

/* ---- shared bodies ---- */

struct web_badan {
	atomic_int ref;
	size_t len;
	char data[];
};

struct web_badan *web_badan_baru(const char *data, size_t len)
{
	struct web_badan *b = xmalloc(sizeof(*b) + len + 1);
	atomic_init(&b->ref, 1);
	b->len = len;
	if (len)
		memcpy(b->data, data, len);
	b->data[len] = '\0';
	return b;
}

struct web_badan *web_badan_ambil(struct web_badan *b)
{
	atomic_fetch_add(&b->ref, 1);
	return b;
}

void web_badan_lepas(struct web_badan *b)
{
	if (b && atomic_fetch_sub(&b->ref, 1) == 1)
		free(b);
}

const char *web_badan_data(const struct web_badan *b, size_t *len)
{
	*len = b->len;
	return b->data;
}

/* ---- the process-wide change counter ---- */

static atomic_uint_fast64_t ubah;

uint64_t web_ubah_sekarang(void)
{
	return atomic_load(&ubah);
}

void web_ubah_catat(void)
{
	atomic_fetch_add(&ubah, 1);
}

/* ---- versions per pemda-year ---- */

struct versi_isi {
	char pemda[PEMDA_MAKS];
	int tahun; /* 0: every year of the pemda */
	int64_t versi;
};

/* All under kunci: the version table, the cache and the clock both draw from. */
static pthread_mutex_t kunci = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t siap = PTHREAD_COND_INITIALIZER;
static struct versi_isi versi_tab[VERSI_N];
static size_t versi_n;
static int64_t versi_semua; /* the version of everything */
static int64_t jam;         /* the counter bumps take their value from */

/* Only one worker reads the audit log at a time; audit_lihat under it and kunci. */
static pthread_mutex_t segar_kunci = PTHREAD_MUTEX_INITIALIZER;
static int64_t audit_lihat = -1; /* the last audit id taken into account */

static size_t versi_slot(const char *pemda, int tahun)
{
	uint64_t h = 1469598103934665603u;
	for (const unsigned char *p = (const unsigned char *)pemda; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	h = (h ^ (uint64_t)(unsigned)tahun) * 1099511628211u;
	size_t i = (size_t)(h % VERSI_N);
	while (versi_tab[i].pemda[0] &&
	       (versi_tab[i].tahun != tahun || strcmp(versi_tab[i].pemda, pemda) != 0))
		i = (i + 1) % VERSI_N;
	return i;
}

static int64_t versi_dari(const char *pemda, int tahun)
{
	const struct versi_isi *v = &versi_tab[versi_slot(pemda, tahun)];
	return v->pemda[0] ? v->versi : 0;
}

/*
 * The version of a pemda-year; under kunci. A year's measurement also reads the
 * years before it (the projection of wilayah.md: the period's years up to it),
 * so a change to one of those moves it on too.
 */
static int64_t versi_efektif(const char *pemda, int tahun)
{
	int64_t v = versi_semua, p = versi_dari(pemda, 0);
	if (p > v)
		v = p;
	for (int y = tahun - 48; y <= tahun; y++) {
		int64_t t = versi_dari(pemda, y);
		if (t > v)
			v = t;
	}
	return v;
}

/* Bumps pemda-year (tahun 0: the whole pemda; pemda NULL: everything); under kunci. */
static void versi_naik(const char *pemda, int tahun)
{
	++jam;
	if (!pemda || strlen(pemda) >= PEMDA_MAKS || versi_n >= VERSI_N * 3 / 4) {
		/* Unknown scope, or a full table: everything, and the table starts over. */
		memset(versi_tab, 0, sizeof(versi_tab));
		versi_n = 0;
		versi_semua = jam;
		return;
	}
	struct versi_isi *v = &versi_tab[versi_slot(pemda, tahun)];
	if (!v->pemda[0]) {
		snprintf(v->pemda, sizeof(v->pemda), "%s", pemda);
		v->tahun = tahun;
		versi_n++;
	}
	v->versi = jam;
}

/*
 * The year a target or realisasi audit key names ("PEMDA / INDIKATOR / TAHUN
 * [/ TRIWULAN]", the store's key columns in order), or 0 when it names none.
 */
static int kunci_tahun(const char *tabel, const char *k)
{
	if (!tabel || !k || (strcmp(tabel, "realisasi") != 0 && strcmp(tabel, "target") != 0))
		return 0;
	for (int i = 0; i < 2; i++) {
		k = strstr(k, " / ");
		if (!k)
			return 0;
		k += 3;
	}
	char *end;
	long t = strtol(k, &end, 10);
	if (end == k || (*end && strncmp(end, " / ", 3) != 0) || t < 1900 || t > 2200)
		return 0;
	return (int)t;
}

struct baca_audit {
	int64_t sampai;   /* rows above this id are new */
	int sampai_ada;   /* the walk reached it */
	int berhenti;     /* audit_satu stopped the walk */
	int n;
	struct store_audit_baris b[AUDIT_BACA];
	struct arena a;
};

static int audit_satu(const struct store_audit_baris *b, void *arg)
{
	struct baca_audit *k = arg;
	if (b->id <= k->sampai) {
		k->sampai_ada = 1;
		return k->berhenti = 1; /* the rest is known: stop the walk */
	}
	if (k->n >= AUDIT_BACA)
		return k->berhenti = 1;
	struct store_audit_baris *c = &k->b[k->n++];
	c->id = b->id;
	c->pemda = b->pemda ? arena_strdup(&k->a, b->pemda) : NULL;
	c->tabel = b->tabel ? arena_strdup(&k->a, b->tabel) : NULL;
	c->kunci = b->kunci ? arena_strdup(&k->a, b->kunci) : NULL;
	return 0;
}

/* Whether writes to tabel leave every measurement as it was. */
static int tabel_netral(const char *tabel)
{
	/* Users and operators' submissions are not read by the measurement. */
	return tabel && (strcmp(tabel, "pengguna") == 0 || strcmp(tabel, "realisasi_usulan") == 0);
}

/* Takes the audit rows up to id v into account; under segar_kunci. */
static int versi_ikuti(struct store *s, int64_t v)
{
	if (audit_lihat < 0 || v < audit_lihat) {
		/* The first look (nothing cached yet), or a database replaced under us. */
		pthread_mutex_lock(&kunci);
		if (audit_lihat >= 0)
			versi_naik(NULL, 0);
		audit_lihat = v;
		pthread_mutex_unlock(&kunci);
		return 0;
	}
	if (v == audit_lihat)
		return 0;
	struct baca_audit *k = xcalloc(1, sizeof(*k));
	k->sampai = audit_lihat;
	arena_init(&k->a);
	struct galat g;
	galat_init(&g);
	int rc = store_audit_daftar(s, NULL, AUDIT_BACA + 1, audit_satu, k, &g);
	/* A walk stopped by audit_satu answers -1 as well. */
	if (rc && !k->berhenti) {
		arena_release(&k->a);
		free(k);
		return -1;
	}
	pthread_mutex_lock(&kunci);
	if (!k->sampai_ada) {
		versi_naik(NULL, 0); /* more than AUDIT_BACA changes: everything */
	} else {
		for (int i = 0; i < k->n; i++) {
			const struct store_audit_baris *b = &k->b[i];
			if (!tabel_netral(b->tabel))
				versi_naik(b->pemda, kunci_tahun(b->tabel, b->kunci));
		}
	}
	audit_lihat = v;
	pthread_mutex_unlock(&kunci);
	arena_release(&k->a);
	free(k);
	return 0;
}

/* Reads the last audit id and follows it. 0 or -1. */
static int versi_baca(struct store *s)
{
	int64_t v = store_web_versi(s);
	if (v < 0)
		return -1;
	pthread_mutex_lock(&segar_kunci);
	int rc = v != audit_lihat ? versi_ikuti(s, v) : 0;
	pthread_mutex_unlock(&segar_kunci);
	return rc;
}

/*
 * Brings the versions up to date with the database at most once a second per
 * worker (writes made here are followed at once by web_versi_catat). 0 or -1
 * (the database failed: nothing may be served from the cache).
 */
static int versi_segarkan(struct store *s)
{
	static _Thread_local int64_t detik = -1;
	int64_t sekarang = (int64_t)time(NULL);
	if (sekarang == detik)
		return 0;
	if (versi_baca(s))
		return -1;
	detik = sekarang;
	return 0;
}

void web_versi_catat(struct store *s)
{
	if (versi_baca(s) == 0)
		return;
	/* The audit cannot be read: forget everything rather than serve what changed. */
	pthread_mutex_lock(&kunci);
	versi_naik(NULL, 0);
	pthread_mutex_unlock(&kunci);
}

int64_t web_versi_lihat(struct web_req *r, const char *pemda, int tahun)
{
	if (pemda && strlen(pemda) >= PEMDA_MAKS)
		return -1;
	if (versi_segarkan(r->s))
		return -1;
	pthread_mutex_lock(&kunci);
	int64_t v = pemda ? versi_efektif(pemda, tahun) : jam;
	pthread_mutex_unlock(&kunci);
	return v;
}

/* ---- the measurement cache ---- */

struct cache_isi {
	char pemda[PEMDA_MAKS];
	int tahun;
	int64_t versi;
	int64_t jam_sah;    /* jam when versi was last found current: no lookup while unchanged */
	struct web_badan *json; /* NULL while computing or after a failure */
	int hitung;         /* a worker is computing versi */
	int status;         /* of a failure: 404 (kept for versi), 500 (for its second) */
	int64_t gagal_detik;
	unsigned long pakai;
};
static struct cache_isi cache[CACHE_N];
static unsigned long cache_pakai;

static struct cache_isi *cache_cari(const char *pemda, int tahun)
{
	for (int i = 0; i < CACHE_N; i++)
		if (cache[i].pemda[0] && cache[i].tahun == tahun &&
		    strcmp(cache[i].pemda, pemda) == 0)
			return &cache[i];
	return NULL;
}

/* A free slot or the least recently used one nobody is computing; NULL when all are. */
static struct cache_isi *cache_slot(void)
{
	struct cache_isi *pilih = NULL;
	for (int i = 0; i < CACHE_N; i++) {
		struct cache_isi *c = &cache[i];
		if (!c->pemda[0])
			return c;
		if (!c->hitung && (!pilih || c->pakai < pilih->pakai))
			pilih = c;
	}
	return pilih;
}

/* Computes the JSON of the measurement, or NULL with *status. */
static char *hitung(struct store *s, const char *pemda, int tahun, int *status)
{
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	if (store_muat(s, pemda, &m, &g)) {
		model_release(&m);
		*status = g.pengguna ? 404 : 500;
		return NULL;
	}
	struct pengukuran p;
	ukur_hitung(&m, tahun, &p);
	char *j = ukur_json_teks(&p);
	ukur_release(&p);
	model_release(&m);
	return j;
}

struct web_badan *web_capaian_json(struct web_req *r, const char *pemda, int tahun, int *status)
{
	if (strlen(pemda) >= PEMDA_MAKS)
		return *status = 404, NULL;
	if (versi_segarkan(r->s)) { /* no version: no cache */
		char *j = hitung(r->s, pemda, tahun, status);
		struct web_badan *b = j ? web_badan_baru(j, strlen(j)) : NULL;
		free(j);
		return b;
	}
	int64_t sekarang = (int64_t)time(NULL);
	pthread_mutex_lock(&kunci);
	struct cache_isi *c;
	int64_t v = -1; /* looked up only when an entry's check is out of date */
	for (;;) {
		c = cache_cari(pemda, tahun);
		if (!c)
			break;
		/*
		 * Nothing was bumped since this entry was last found current (jam_sah ==
		 * jam): it still is, with no lookup. Otherwise compare with the pemda-year's
		 * version; a newer version than ours is as good (our view is at most a
		 * second old).
		 */
		if (!c->hitung && c->jam_sah != jam) {
			if (v < 0)
				v = versi_efektif(pemda, tahun);
			if (c->versi >= v)
				c->jam_sah = jam;
		}
		if (!c->hitung && c->jam_sah == jam) {
			if (c->json) {
				struct web_badan *b = web_badan_ambil(c->json);
				c->pakai = ++cache_pakai;
				pthread_mutex_unlock(&kunci);
				return b;
			}
			if (c->status == 404 || (c->status && c->gagal_detik == sekarang)) {
				*status = c->status;
				pthread_mutex_unlock(&kunci);
				return NULL;
			}
		}
		if (!c->hitung)
			break;
		/* Someone computes this pemda-year: wait for the result. */
		pthread_cond_wait(&siap, &kunci);
		v = -1;
	}
	if (v < 0)
		v = versi_efektif(pemda, tahun);
	if (!c)
		c = cache_slot();
	if (!c) {
		/* Every slot is being computed: compute without caching. */
		pthread_mutex_unlock(&kunci);
		char *j = hitung(r->s, pemda, tahun, status);
		struct web_badan *b = j ? web_badan_baru(j, strlen(j)) : NULL;
		free(j);
		return b;
	}
	web_badan_lepas(c->json);
	c->json = NULL;
	snprintf(c->pemda, sizeof(c->pemda), "%s", pemda);
	c->tahun = tahun;
	c->versi = v;
	c->jam_sah = jam;
	c->hitung = 1;
	c->status = 0;
	c->pakai = ++cache_pakai;
	pthread_mutex_unlock(&kunci);

	char *j = hitung(r->s, pemda, tahun, status);
	struct web_badan *b = j ? web_badan_baru(j, strlen(j)) : NULL;
	free(j);

	pthread_mutex_lock(&kunci);
	c->hitung = 0;
	if (b) {
		c->json = web_badan_ambil(b);
	} else {
		c->status = *status;
		c->gagal_detik = sekarang;
	}
	pthread_cond_broadcast(&siap);
	pthread_mutex_unlock(&kunci);
	return b;
}
