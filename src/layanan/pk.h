/*
 * The Perjanjian Kinerja (siklus.md): what a new version freezes and signing
 * one. The content of a version is made once, here (layanan_pk_isi), for the
 * import of pk.csv (impor.c), the browser's preview and the browser's signing;
 * signing writes the version as one pk.csv row through the importer
 * (layanan_rencana_simpan), so a signed version is stored, checked, locked
 * and audited exactly as an imported one.
 */
#ifndef KINERJA_LAYANAN_PK_H
#define KINERJA_LAYANAN_PK_H

#include "../core/model.h"
#include "../store/store.h"
#include "../util/util.h"
#include "aktor.h"
#include "unggah.h"

/*
 * The content version k of m's pemda freezes when signed now: k's opd's
 * indicators (the RPJMD sasaran and tujuan indicators for the regional
 * head's, opd NULL) with their targets of k->tahun, the node each serves and
 * the texts as they read now, and the year's programs of that OPD (every one
 * for the regional head's) with their pagu. Release with layanan_pk_isi_lepas.
 */
struct layanan_pk_isi {
	int n_isi, n_anggaran;
	struct pk_isi *isi;
	struct pk_anggaran *anggaran;
	struct arena a; /* the strings of isi and anggaran */
};
void layanan_pk_isi(const struct model *m, const struct pk *k, struct layanan_pk_isi *out);
void layanan_pk_isi_lepas(struct layanan_pk_isi *x);

/*
 * A version to sign; its strings are borrowed. opd NULL or "": the regional
 * head's. instansi (the organisation line) and tempat NULL or "": the OPD's
 * and the pemda's names of now, frozen with the version (the importer's
 * writer settles them, layanan/impor.c tulis_pk, as for a pk.csv row).
 */
struct layanan_pk_tanda {
	const char *pemda;
	int tahun;
	const char *opd;
	const char *nomor, *tanggal, *tempat, *instansi;
	const char *pihak_pertama, *jabatan_pertama, *nip_pertama;
	const char *pihak_kedua, *jabatan_kedua, *nip_kedua;
};

/*
 * Signs the next version (the latest of pemda, tahun and opd + 1; 1 for the
 * first) by actor a: admin or perencana within its scope. The texts go through
 * the checks of pk.csv (io/impor.c: date, required names, lengths, NIP), a
 * locked year is refused, and the version is frozen with its content and
 * audited in one transaction. Returns a layanan_status with *versi the version
 * signed; h holds the refused fields (kolom as in pk.csv), g the first error.
 * LAYANAN_BENTROK also when another signing took the same version meanwhile.
 */
int layanan_pk_tandatangani(struct store *s, const struct aktor *a,
			    const struct layanan_pk_tanda *t, int *versi, struct unggah_hasil *h,
			    struct galat *g);

#endif
