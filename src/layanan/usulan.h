/*
 * The use cases of realisasi entered on the web: an admin or perencana
 * writes a value directly, an operator submits one for the indicators of its
 * OPD in its pemda, and an admin or perencana verifies (approve: the value is
 * written) or returns (with a reason) a submission. Each is one transaction
 * with its audit entries. Functions return an enum layanan_status with the
 * message in g.
 */
#ifndef KINERJA_LAYANAN_USULAN_H
#define KINERJA_LAYANAN_USULAN_H

#include <stdint.h>

#include "../core/model.h"
#include "../core/nilai.h"
#include "../store/store.h"
#include "../util/util.h"
#include "aktor.h"

/* Checks a realisasi text for ind into v (strings from a): LAYANAN_OK or LAYANAN_SALAH. */
int usulan_nilai_cek(const struct model *m, const struct indikator *ind, const char *teks,
		     struct arena *a, struct nilai *v, struct galat *g);

/*
 * Whether the actor may enter the realisasi of ind of pemda: LAYANAN_OK, or
 * LAYANAN_TERLARANG with the reason. An operator must have a pemda, that
 * pemda, and the indicator's OPD.
 */
int usulan_boleh(const struct aktor *a, const char *pemda, const struct indikator *ind,
		 struct galat *g);

/* One value of a realisasi form: the indicator's code and the text entered. */
struct usulan_isian {
	const char *kode, *teks;
	int64_t id; /* out: the submission, 0 when written at once */
};

/*
 * Records the realisasi isi[0..n) of pemda for (tahun, triwulan), all or
 * nothing in one transaction: written at once for an admin or perencana,
 * submitted for verification for an operator (isi[k].id). On a refusal
 * *salah (may be NULL) is the index of the value refused, or -1.
 */
int usulan_realisasi(struct store *s, const struct aktor *a, const char *pemda, int tahun,
		     int triwulan, struct usulan_isian *isi, int n, int *salah, struct galat *g);

/*
 * Verifies (setuju: the value is written) or returns (alasan required)
 * submission id. LAYANAN_BENTROK when it was already checked.
 */
int usulan_verifikasi(struct store *s, const struct aktor *a, int64_t id, int setuju,
		      const char *alasan, struct galat *g);

/*
 * Withdraws the value of a cell back to n/a (siklus.md): an admin or
 * perencana empties the stored realisasi; an operator withdraws its pending
 * submission of the cell. Audited; refused in a locked year.
 */
int usulan_tarik(struct store *s, const struct aktor *a, const char *pemda, const char *kode,
		 int tahun, int triwulan, struct galat *g);

/*
 * Plausibility warnings (not refusals) for value v of ind in tahun: negative
 * where the indicator never had a negative value, or more than 10x away from
 * its target or from last year's value (the cell itself, which m may
 * already hold, is not its own precedent). Writes them to out ("; "-separated)
 * and returns their number.
 */
int usulan_kewajaran(const struct model *m, const struct indikator *ind, int tahun,
		     int triwulan, const struct nilai *v, char *out, size_t n);

#endif
