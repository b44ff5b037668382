/* The SAKIP evaluation worksheet; see lke.h. */
#include "lke.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "angka.h"
#include "skala.h"

/* Weights are typed with two decimals; sums may carry their rounding. */
#define TOLERANSI_BOBOT 0.01

struct pasangan {
	const char *kode;
	int i;
};

static int banding_kode(const void *pa, const void *pb)
{
	const struct pasangan *a = pa, *b = pb;
	return strcmp(a->kode, b->kode);
}

static int kosong(const char *s)
{
	return !s || !*s;
}

int lke_cari(const struct lke_kerangka *k, const char *kode)
{
	if (!kode || !k->urut_kode)
		return -1;
	int lo = 0, hi = k->n - 1;
	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2, i = k->urut_kode[mid];
		int c = strcmp(kode, k->butir[i].kode);
		if (c == 0)
			return i;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return -1;
}

int lke_kerangka_siapkan(struct lke_kerangka *k, struct arena *a, struct galat *g)
{
	const char *nama = k->kode ? k->kode : "";
	k->urut_kode = arena_alloc(a, sizeof(int) * (size_t)(k->n > 0 ? k->n : 1));
	k->urut_bawah = arena_alloc(a, sizeof(int) * (size_t)(k->n > 0 ? k->n : 1));
	if (k->n <= 0)
		return galat_set(g, "kerangka %s tidak memiliki butir", nama);

	struct pasangan *p = xmalloc(sizeof(*p) * (size_t)k->n);
	int rc = -1;
	for (int i = 0; i < k->n; i++) {
		if (kosong(k->butir[i].kode)) {
			galat_set(g, "kerangka %s: butir ke-%d tanpa kode", nama, i + 1);
			goto out;
		}
		p[i].kode = k->butir[i].kode;
		p[i].i = i;
	}
	qsort(p, (size_t)k->n, sizeof(*p), banding_kode);
	for (int i = 0; i < k->n; i++) {
		if (i > 0 && strcmp(p[i].kode, p[i - 1].kode) == 0) {
			galat_set(g, "kerangka %s: kode %s dipakai dua kali", nama, p[i].kode);
			goto out;
		}
		k->urut_kode[i] = p[i].i;
	}

	for (int i = 0; i < k->n; i++) {
		struct lke_butir *b = &k->butir[i];
		b->n_anak = 0;
		b->induk_i = -1;
		if (kosong(b->induk)) {
			if (b->tipe != LKE_GRUP) {
				galat_set(g,
					  "kerangka %s: kriteria %s harus berada di bawah komponen "
					  "atau subkomponen",
					  nama, b->kode);
				goto out;
			}
			continue;
		}
		b->induk_i = lke_cari(k, b->induk);
		if (b->induk_i < 0) {
			galat_set(g, "kerangka %s: induk %s dari %s tidak ada", nama, b->induk,
				  b->kode);
			goto out;
		}
		if (k->butir[b->induk_i].tipe != LKE_GRUP) {
			galat_set(g, "kerangka %s: induk %s dari %s adalah kriteria", nama,
				  b->induk, b->kode);
			goto out;
		}
	}
	int maks = 0;
	for (int i = 0; i < k->n; i++) {
		int t = 0;
		for (int j = k->butir[i].induk_i; j >= 0; j = k->butir[j].induk_i)
			if (++t > k->n) {
				galat_set(g, "kerangka %s: induk %s berputar", nama,
					  k->butir[i].kode);
				goto out;
			}
		k->butir[i].tingkat = t;
		if (t > maks)
			maks = t;
		if (k->butir[i].induk_i >= 0)
			k->butir[k->butir[i].induk_i].n_anak++;
	}

	/* A group's children are all criteria or all groups; weights add up. */
	double *jumlah = xcalloc((size_t)k->n, sizeof(*jumlah));
	int *jenis = xcalloc((size_t)k->n, sizeof(*jenis)); /* 1 criteria, 2 groups */
	double total = 0;
	for (int i = 0; i < k->n; i++) {
		const struct lke_butir *b = &k->butir[i];
		if (b->tipe != LKE_GRUP ? !(b->bobot > 0) : !(b->bobot >= 0)) {
			galat_set(g, "kerangka %s: bobot %s tidak sah", nama, b->kode);
			goto out2;
		}
		if (b->induk_i < 0) {
			total += b->bobot;
			continue;
		}
		int jn = b->tipe == LKE_GRUP ? 2 : 1;
		if (jenis[b->induk_i] && jenis[b->induk_i] != jn) {
			galat_set(g, "kerangka %s: %s memuat kriteria dan subkomponen sekaligus",
				  nama, b->induk);
			goto out2;
		}
		jenis[b->induk_i] = jn;
		if (jn == 2)
			jumlah[b->induk_i] += b->bobot;
	}
	if (fabs(total - 100) > TOLERANSI_BOBOT) {
		char teks[64];
		galat_set(g, "kerangka %s: bobot komponen berjumlah %s, bukan 100", nama,
			  angka_format_kanonik(total, teks, sizeof(teks)));
		goto out2;
	}
	for (int i = 0; i < k->n; i++)
		if (jenis[i] == 2 && fabs(jumlah[i] - k->butir[i].bobot) > TOLERANSI_BOBOT) {
			char t1[64], t2[64];
			galat_set(g, "kerangka %s: bobot di bawah %s berjumlah %s, bukan %s", nama,
				  k->butir[i].kode, angka_format_kanonik(jumlah[i], t1, sizeof(t1)),
				  angka_format_kanonik(k->butir[i].bobot, t2, sizeof(t2)));
			goto out2;
		}

	/* Deepest first: every child is finished before its parent is read. */
	int m = 0;
	for (int t = maks; t >= 0; t--)
		for (int i = 0; i < k->n; i++)
			if (k->butir[i].tingkat == t)
				k->urut_bawah[m++] = i;
	rc = 0;
out2:
	free(jenis);
	free(jumlah);
out:
	free(p);
	if (rc)
		k->urut_kode = NULL; /* lke_cari refuses a framework that failed */
	return rc;
}

const char *const lke_kata_tipe[] = {[LKE_GRUP] = "", [LKE_YT] = "yt", [LKE_AE] = "ae",
				     [LKE_AE + 1] = NULL};

int lke_tipe_parse(const char *s, enum lke_tipe *out)
{
	if (kosong(s)) {
		*out = LKE_GRUP;
		return 0;
	}
	for (int i = LKE_GRUP + 1; lke_kata_tipe[i]; i++)
		if (str_sama(s, lke_kata_tipe[i])) {
			*out = (enum lke_tipe)i;
			return 0;
		}
	return -1;
}

int lke_jawaban_parse(const struct lke_butir *b, const char *sel, int *ada, double *nilai,
		      const char **alasan)
{
	*ada = 0;
	*nilai = 0;
	*alasan = NULL;
	char s[32];
	if (!sel)
		return 0;
	while (isspace((unsigned char)*sel))
		sel++;
	size_t n = strlen(sel);
	while (n && isspace((unsigned char)sel[n - 1]))
		n--;
	if (n == 0)
		return 0;
	if (n >= sizeof(s)) {
		*alasan = "jawaban tidak dikenal";
		return -1;
	}
	memcpy(s, sel, n);
	s[n] = '\0';

	switch (b->tipe) {
	case LKE_YT:
		if (str_sama(s, "Y") || str_sama(s, "Ya")) {
			*nilai = 1;
		} else if (str_sama(s, "T") || str_sama(s, "Tidak")) {
			*nilai = 0;
		} else {
			*alasan = "jawaban kriteria ini harus Y atau T";
			return -1;
		}
		break;
	case LKE_AE: {
		int c = toupper((unsigned char)s[0]);
		if (n != 1 || c < 'A' || c > 'E') {
			*alasan = "jawaban kriteria ini harus A, B, C, D atau E";
			return -1;
		}
		*nilai = (double)('E' - c) / 4.0;
		break;
	}
	case LKE_GRUP: {
		if (b->n_anak > 0) {
			*alasan = "butir ini dinilai dari kriterianya, bukan diisi langsung";
			return -1;
		}
		double v;
		if (angka_parse(s, GAYA_TIDAK_TAHU, &v, NULL) != ANGKA_OK) {
			*alasan = "nilai butir ini harus angka";
			return -1;
		}
		if (v < 0 || v > b->bobot + 1e-9) {
			*alasan = "nilai butir ini harus antara 0 dan bobotnya";
			return -1;
		}
		*nilai = v;
		break;
	}
	}
	*ada = 1;
	return 0;
}

static enum lke_sumber sumber_dari(const struct lke_skor *s)
{
	if (s->n_evaluator && s->n_mandiri)
		return LKE_SUMBER_CAMPURAN;
	if (s->n_evaluator)
		return LKE_SUMBER_EVALUATOR;
	return s->n_mandiri ? LKE_SUMBER_MANDIRI : LKE_SUMBER_KOSONG;
}

static void tambah_hitungan(struct lke_skor *ke, const struct lke_skor *dari)
{
	ke->n_butir += dari->n_butir;
	ke->n_evaluator += dari->n_evaluator;
	ke->n_mandiri += dari->n_mandiri;
	ke->n_kosong += dari->n_kosong;
}

int lke_nilai(const struct lke_kerangka *k, const struct lke_jawaban *j, int n_j,
	      const struct skala *akip, struct lke_skor *skor, struct lke_hasil *out,
	      struct galat *g)
{
	memset(out, 0, sizeof(*out));
	out->butir = skor;
	if (!k->urut_kode || !k->urut_bawah)
		return galat_set(g, "kerangka %s belum disiapkan", k->kode ? k->kode : "");
	memset(skor, 0, sizeof(*skor) * (size_t)k->n);
	for (int i = 0; i < k->n; i++)
		skor[i].bobot = k->butir[i].bobot;

	/* Seen answers are marked in n_butir (0 until the fill-in below). */
	for (int a = 0; a < n_j; a++) {
		int i = lke_cari(k, j[a].kode);
		if (i < 0)
			return galat_set(g, "kriteria %s tidak ada dalam kerangka %s",
					 j[a].kode ? j[a].kode : "", k->kode ? k->kode : "");
		const struct lke_butir *b = &k->butir[i];
		if (b->tipe == LKE_GRUP && b->n_anak > 0)
			return galat_set(g, "%s dinilai dari kriterianya, bukan diisi langsung",
					 b->kode);
		if (skor[i].n_butir)
			return galat_set(g, "jawaban untuk %s diberikan dua kali", b->kode);
		/* Values filled from the store skip lke_jawaban_parse; the range is checked here
		 * too. */
		double maks = b->tipe == LKE_GRUP ? b->bobot : 1;
		if ((j[a].ada_evaluator &&
		     !(j[a].evaluator >= 0 && j[a].evaluator <= maks + 1e-9)) ||
		    (j[a].ada_mandiri && !(j[a].mandiri >= 0 && j[a].mandiri <= maks + 1e-9)))
			return galat_set(g, "nilai jawaban untuk %s di luar rentangnya", b->kode);
		skor[i].n_butir = 1;
		if (j[a].ada_evaluator) {
			skor[i].nilai = j[a].evaluator;
			skor[i].n_evaluator = 1;
		} else if (j[a].ada_mandiri) {
			skor[i].nilai = j[a].mandiri;
			skor[i].n_mandiri = 1;
		} else {
			skor[i].n_kosong = 1;
		}
	}

	/* Per group: the weighted sum of its criteria's values and their weights. */
	double *jumlah = xcalloc((size_t)k->n * 2, sizeof(*jumlah));
	for (int x = 0; x < k->n; x++) {
		int i = k->urut_bawah[x];
		const struct lke_butir *b = &k->butir[i];
		struct lke_skor *s = &skor[i];
		if (b->tipe != LKE_GRUP || b->n_anak == 0) {
			/* A criterion or a childless group: one item, answered or not. */
			if (!s->n_butir) {
				s->n_butir = 1;
				s->n_kosong = 1;
			}
		} else if (jumlah[2 * i + 1] > 0) {
			s->nilai = b->bobot * jumlah[2 * i] / jumlah[2 * i + 1];
		}
		if (b->tipe == LKE_GRUP)
			s->persen = b->bobot > 0 ? s->nilai / b->bobot * 100 : 0;
		s->sumber = sumber_dari(s);
		if (b->induk_i < 0) {
			out->total.nilai += s->nilai;
			out->total.bobot += b->bobot;
			tambah_hitungan(&out->total, s);
			continue;
		}
		struct lke_skor *ps = &skor[b->induk_i];
		tambah_hitungan(ps, s);
		if (b->tipe == LKE_GRUP) {
			ps->nilai += s->nilai;
		} else {
			jumlah[2 * b->induk_i] += b->bobot * s->nilai;
			jumlah[2 * b->induk_i + 1] += b->bobot;
		}
	}
	free(jumlah);

	out->total.persen = out->total.bobot > 0 ? out->total.nilai / out->total.bobot * 100 : 0;
	out->total.sumber = sumber_dari(&out->total);
	out->lengkap = out->total.n_kosong == 0;
	const struct skala_kelas *kelas =
	    akip ? skala_kelas_skor(akip, angka_bulat(out->total.nilai, 2)) : NULL;
	out->predikat = kelas ? kelas->nama : NULL;
	return 0;
}

const char *lke_sumber_nama(enum lke_sumber s)
{
	switch (s) {
	case LKE_SUMBER_MANDIRI:
		return "mandiri";
	case LKE_SUMBER_EVALUATOR:
		return "evaluator";
	case LKE_SUMBER_CAMPURAN:
		return "campuran";
	case LKE_SUMBER_KOSONG:
		break;
	}
	return NULL;
}

const char *lke_bukti_periksa(const char *s)
{
	if (!s || !*s)
		return NULL;
	size_t n = strlen(s);
	if (n > 500)
		return "tautan bukti terlalu panjang (maks. 500 byte)";
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == 0x7f || s[i] == '"' || s[i] == '<' ||
		    s[i] == '>')
			return "tautan bukti tidak boleh memuat spasi, tanda kutip atau < >";
	if (strncmp(s, "https://", 8) && strncmp(s, "http://", 7) && strncmp(s, "lke:", 4))
		return "tautan bukti harus diawali https://, http:// atau lke: (bukti tersimpan)";
	if (!strcmp(s, "https://") || !strcmp(s, "http://") || !strcmp(s, "lke:"))
		return "tautan bukti tidak lengkap";
	return NULL;
}
