/*
 * The template schema walked as data: every column the generic loops move
 * (medan TM_TEKS*, TM_KATA, TM_PILIHAN*) names a field of its table's row
 * struct, the name reaches the field of the same meaning, the exporter's
 * generic row writes those fields in the header's order, every generic column
 * comes back the same through the exporter and the importer, and the columns
 * left to each table's own code (TM_KHUSUS) are exactly a list, each with its
 * reason.
 */
#include "uji_model.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/lke.h"
#include "core/templat.h"
#include "core/ukuran.h"
#include "io/csv.h"
#include "io/ekspor.h"
#include "io/impor.h"

/* The row struct of each table whose columns the generic loops move; 0: none. */
static size_t ukuran_baris(int t)
{
	switch (t) {
	case TEMPLAT_PEMDA:
		return sizeof(struct pemda);
	case TEMPLAT_OPD:
		return sizeof(struct opd);
	case TEMPLAT_RENCANA:
		return sizeof(struct rencana);
	case TEMPLAT_INDIKATOR:
		return sizeof(struct indikator);
	case TEMPLAT_PEMBANDING:
		return sizeof(struct pembanding);
	case TEMPLAT_NARASI:
		return sizeof(struct narasi);
	case TEMPLAT_DILAPORKAN:
		return sizeof(struct dilaporkan);
	case TEMPLAT_PK:
		return sizeof(struct pk);
	case TEMPLAT_PK_ISI:
		return sizeof(struct pk_isi);
	case TEMPLAT_PK_ANGGARAN:
		return sizeof(struct pk_anggaran);
	case TEMPLAT_JADWAL:
		return sizeof(struct jadwal);
	default:
		return 0;
	}
}

static void test_skema(void **state)
{
	(void)state;
	int n_medan = 0;
	for (int t = 0; t < TEMPLAT_N; t++) {
		const struct templat_tabel *tt = &templat[t];
		assert_non_null(templat_cari(tt->nama));
		for (int k = 0; k < tt->n_kolom; k++) {
			const struct templat_kolom *tk = &tt->kolom[k];
			/* names unique in the table: templat_kolom finds this very column */
			assert_int_equal(templat_kolom(tt, tk->nama), k);
			assert_non_null(tk->kolom_store);
			if (tk->medan == TM_KHUSUS) {
				assert_int_equal(tk->letak, 0);
				continue;
			}
			n_medan++;
			/* generic only where a row struct is declared, inside it, aligned */
			size_t n = ukuran_baris(t);
			int angka = tk->medan == TM_PILIHAN || tk->medan == TM_PILIHAN_OPSI ||
				    tk->medan == TM_TAHUN;
			size_t lebar = angka ? sizeof(int) : sizeof(const char *);
			assert_true(n > 0);
			assert_true(tk->letak + lebar <= n);
			assert_int_equal(tk->letak % lebar, 0);
			if (tk->medan == TM_TAHUN)
				assert_int_equal(tk->jenis, TJ_TAHUN);
			else if (angka || tk->medan == TM_KATA)
				assert_int_equal(tk->jenis, TJ_PILIHAN);
			else
				assert_true(tk->jenis == TJ_TEKS || tk->jenis == TJ_KODE ||
					    tk->jenis == TJ_CETAK || tk->jenis == TJ_WAKTU);
			for (int j = 0; j < k; j++)
				if (tt->kolom[j].medan != TM_KHUSUS)
					assert_true(tt->kolom[j].letak != tk->letak);
		}
		/* the key columns of a table whose store descriptor is the schema's lead */
		if (t == TEMPLAT_PENGATURAN || t == TEMPLAT_OPD || t == TEMPLAT_INDIKATOR ||
		    t == TEMPLAT_PEMBANDING || t == TEMPLAT_NARASI || t == TEMPLAT_LKE_JAWABAN ||
		    t == TEMPLAT_SURVEI || t == TEMPLAT_LKE_REKOMENDASI)
			for (int k = 1; k < tt->n_kolom; k++)
				assert_true(!tt->kolom[k].kunci || tt->kolom[k - 1].kunci);
	}
	/*
	 * pemda 5, opd 7, rencana 5, indikator 9, pembanding 1, narasi 3, dilaporkan 4,
	 * pk 11, pk_isi 7, pk_anggaran 2, jadwal 3
	 */
	assert_int_equal(n_medan, 5 + 7 + 5 + 9 + 1 + 3 + 4 + 11 + 7 + 2 + 3);
}

/* Each generic column of opd reaches the field of its name. */
static void test_medan_opd(void **state)
{
	(void)state;
	struct opd o = {.kode = "DINKES", .nama = "Dinas Kesehatan", .induk = "SETDA",
			.jenis = "dinas", .kepala = "dr. Siti", .nip = "197001012000032001",
			.jabatan = "Kepala Dinas"};
	const char *harap[][2] = {{"kode", "DINKES"},	     {"nama", "Dinas Kesehatan"},
				  {"induk", "SETDA"},	     {"jenis", "dinas"},
				  {"kepala", "dr. Siti"},    {"nip", "197001012000032001"},
				  {"jabatan", "Kepala Dinas"}};
	const struct templat_tabel *tt = &templat[TEMPLAT_OPD];
	for (size_t i = 0; i < sizeof(harap) / sizeof(harap[0]); i++) {
		int k = templat_kolom(tt, harap[i][0]);
		assert_true(k >= 0);
		assert_string_equal(templat_teks(&tt->kolom[k], &o), harap[i][1]);
	}
	/* the setter writes the same field: nip, then the struct read by its C name */
	templat_teks_isi(&tt->kolom[templat_kolom(tt, "nip")], &o, "-");
	assert_string_equal(o.nip, "-");
	assert_string_equal(o.kepala, "dr. Siti");
	struct indikator ind = {.kode = "IPM", .uraian = "Indeks", .satuan = "poin"};
	const struct templat_tabel *ti = &templat[TEMPLAT_INDIKATOR];
	assert_string_equal(templat_teks(&ti->kolom[templat_kolom(ti, "satuan")], &ind), "poin");
	assert_string_equal(templat_teks(&ti->kolom[templat_kolom(ti, "uraian")], &ind), "Indeks");
}

/* The exporter's generic row: the opd and indikator files in the header's order. */
static void test_ekspor_baris(void **state)
{
	(void)state;
	struct model *m = model_baru();
	m->opd = arena_alloc(&m->arena, sizeof(*m->opd));
	m->opd[0] = (struct opd){.kode = "DINKES", .nama = "Dinas, Kesehatan", .kepala = "dr. Siti",
				 .nip = "197001012000032001"};
	m->n_opd = 1;
	struct indikator *ind = indikator(m, "IPM", "S1", ARAH_NAIK);
	ind->uraian = "Indeks Pembangunan Manusia";
	ind->satuan = "poin";
	ind->opd = "DINKES";
	ind->kondisi_awal = angka(70.5);
	ind->bobot = 2;
	struct ekspor_hasil h;
	ekspor_init(&h);
	ekspor_model(&h, m);
	struct galat g;
	galat_init(&g);
	struct csv_tabel t;
	assert_int_equal(
	    csv_baca(h.isi[TEMPLAT_OPD].data, h.isi[TEMPLAT_OPD].len, "opd.csv", &t, &g), 0);
	assert_int_equal(t.n_baris, 1);
	/* pemda, kode, nama, induk, jenis, kepala, nip, jabatan: the absent ones empty */
	const char *opd[] = {m->pemda.kode, "DINKES", "Dinas, Kesehatan", "", "", "dr. Siti",
			     "197001012000032001", ""};
	for (int k = 0; k < 8; k++)
		assert_string_equal(csv_sel(&t.baris[0], k), opd[k]);
	csv_release(&t);
	assert_int_equal(csv_baca(h.isi[TEMPLAT_INDIKATOR].data, h.isi[TEMPLAT_INDIKATOR].len,
				  "indikator.csv", &t, &g),
			 0);
	assert_int_equal(t.n_baris, 1);
	/* generic (kode, uraian, satuan) and the table's own (induk, arah, ..., bobot) in order */
	const char *isi[] = {m->pemda.kode, "IPM", "S1", "Indeks Pembangunan Manusia", "poin",
			     "naik", "", "DINKES", "70,5", "", "", "akhir", "2"};
	for (int k = 0; k < 13; k++)
		assert_string_equal(csv_sel(&t.baris[0], k), isi[k]);
	csv_release(&t);
	ekspor_release(&h);
	model_hapus(m);
}

/* The column `kolom` of table t. */
static const struct templat_kolom *kol(enum templat_id t, const char *kolom)
{
	int k = templat_kolom(&templat[t], kolom);
	assert_true(k >= 0);
	return &templat[t].kolom[k];
}

/*
 * Every choice column carries its words, and only choice columns do; the
 * enums' names are those very words (one list each, not a copy).
 */
static void test_pilihan(void **state)
{
	(void)state;
	int n_pilihan = 0;
	for (int t = 0; t < TEMPLAT_N; t++)
		for (int k = 0; k < templat[t].n_kolom; k++) {
			const struct templat_kolom *tk = &templat[t].kolom[k];
			if (tk->jenis != TJ_PILIHAN) {
				assert_null(tk->pilihan);
				continue;
			}
			n_pilihan++;
			assert_non_null(tk->pilihan);
			int n = 0;
			for (; tk->pilihan[n]; n++) {
				assert_true(tk->pilihan[n][0] != 0);
				/* unique: the first match is the word itself */
				assert_int_equal(templat_pilihan(tk, tk->pilihan[n]), n);
			}
			assert_true(n >= 2);
		}
	assert_int_equal(n_pilihan, 11);

	const struct templat_kolom *arah = kol(TEMPLAT_INDIKATOR, "arah");
	assert_ptr_equal(arah->pilihan, model_kata_arah);
	assert_int_equal(templat_pilihan(arah, "TURUN"), ARAH_TURUN);
	assert_int_equal(templat_pilihan(arah, "kategori"), ARAH_KATEGORI);
	assert_int_equal(templat_pilihan(arah, "naik "), -1);
	assert_int_equal(templat_pilihan(arah, ""), -1);
	char buf[64];
	assert_string_equal(templat_daftar_pilihan(arah, buf, sizeof(buf)),
			    "naik, turun, rentang, kategori");
	assert_string_equal(templat_daftar_pilihan(arah, buf, 8), "naik, t");
	/* the labels' list ends like the words' (JUMLAH counts up to the NULL) */
	assert_string_equal(model_rencana_label(RENCANA_SUBKEGIATAN), "Sub-kegiatan");
	assert_string_equal(model_rencana_label(RENCANA_VISI), "Visi");
	assert_string_equal(model_rencana_nama(RENCANA_SASARAN_PD),
			    kol(TEMPLAT_RENCANA, "jenis")->pilihan[RENCANA_SASARAN_PD]);
	assert_int_equal(templat_pilihan(kol(TEMPLAT_INDIKATOR, "agregasi"), "rata_rata"),
			 AGREGASI_RATA);
	assert_int_equal(templat_pilihan(kol(TEMPLAT_PEMDA, "rumus_turun"), "rasio"), RUMUS_RASIO);

	/* dilaporkan.csv's measures parse to the review's enum, in its order */
	const struct templat_kolom *uk = kol(TEMPLAT_DILAPORKAN, "ukuran");
	int n = 0;
	for (; uk->pilihan[n]; n++) {
		enum ukuran u = ukuran_parse(uk->pilihan[n]);
		assert_int_equal(u, UKURAN_TARGET + n);
		assert_true(ukuran_dilaporkan(u));
		assert_string_equal(ukuran_nama(u), uk->pilihan[n]);
	}
	assert_int_equal(n, UKURAN_EFISIENSI - UKURAN_TARGET + 1);
	assert_string_equal(ukuran_nama(UKURAN_SERAPAN), "serapan");
	assert_string_equal(ukuran_nama(UKURAN_INDUK), "induk");
	assert_int_equal(ukuran_parse("kondisi_awal"), UKURAN_KONDISI_AWAL);
	assert_false(ukuran_dilaporkan(UKURAN_INDUK));

	/* the data tables' files are the schema's */
	assert_string_equal(ukuran_tabel_berkas(TABEL_TARGET), "target.csv");
	assert_string_equal(ukuran_tabel_berkas(TABEL_DILAPORKAN), "dilaporkan.csv");
	assert_null(ukuran_tabel_berkas(TABEL_CETAK));

	/* kerangka.csv's jawaban: the words after the group's empty one */
	const struct templat_kolom *jw = kol(TEMPLAT_KERANGKA, "jawaban");
	assert_int_equal(templat_pilihan(jw, "AE") + 1, LKE_AE);
	enum lke_tipe tp;
	assert_int_equal(lke_tipe_parse("Yt", &tp), 0);
	assert_int_equal(tp, LKE_YT);
	assert_int_equal(lke_tipe_parse("", &tp), 0);
	assert_int_equal(tp, LKE_GRUP);
	assert_int_equal(lke_tipe_parse("ya", &tp), -1);
	assert_int_equal(templat_pilihan(kol(TEMPLAT_JADWAL, "triwulan"), "3"), 3);

	/* an enum field as text: its word, NULL for -1 (the pemda's rumus), "?" past the list */
	struct indikator ind = {.arah = ARAH_RENTANG, .rumus_override = -1};
	assert_string_equal(templat_nilai_teks(kol(TEMPLAT_INDIKATOR, "arah"), &ind), "rentang");
	assert_null(templat_nilai_teks(kol(TEMPLAT_INDIKATOR, "rumus_turun"), &ind));
	ind.arah = (enum arah)7;
	assert_string_equal(templat_nilai_teks(kol(TEMPLAT_INDIKATOR, "arah"), &ind),
			    model_arah_nama(ind.arah));
	templat_nilai_isi(kol(TEMPLAT_INDIKATOR, "rumus_turun"), &ind, "RASIO");
	assert_int_equal(ind.rumus_override, RUMUS_RASIO);
	templat_nilai_isi(kol(TEMPLAT_INDIKATOR, "rumus_turun"), &ind, NULL); /* left as it was */
	assert_int_equal(ind.rumus_override, RUMUS_RASIO);
}

/*
 * The columns left to each table's own code (TM_KHUSUS), each with why the
 * generic loops cannot move it. A column added as TM_KHUSUS fails test_khusus
 * until it is listed here with its reason.
 */
static const char *const khusus[] = {
    /* Every table's pemda (pemda.csv has none: its kode is the pemda): the row's
     * pemda (impor_baris.pemda, the exporter's and the store's argument), not a field
     * of the row struct; looked up first. */
    "pengaturan.pemda", "opd.pemda", "rencana.pemda", "indikator.pemda", "target.pemda",
    "realisasi.pemda", "anggaran.pemda", "pembanding.pemda", "narasi.pemda",
    "dilaporkan.pemda", "lke_jawaban.pemda", "survei.pemda", "survei_jawaban.pemda",
    "lke_rekomendasi.pemda", "pk_isi.pemda", "pk_anggaran.pemda", "pk.pemda", "jadwal.pemda",
    /* pemda's periods: optional years, 0 the empty cell and NULL in the store,
     * checked together (awal <= akhir). */
    "pemda.periode_awal", "pemda.periode_akhir",
    /* The years read by the shared pemda-indicator-year helper with the indicator's
     * look-up (target's rows are also written from struct target_riwayat), and
     * anggaran's (below); lke_*'s have no core row struct (below). */
    "target.tahun", "realisasi.tahun", "pembanding.tahun", "anggaran.tahun",
    "lke_jawaban.tahun", "lke_rekomendasi.tahun",
    /* A PK version's key: versi 1-99 and urutan 1-100000 with their own messages; opd
     * "" (not NULL) in the store for the regional head's, a key never being NULL. */
    "pk.opd", "pk.versi", "pk_isi.opd", "pk_isi.versi", "pk_isi.urutan", "pk_anggaran.opd",
    "pk_anggaran.versi", "pk_anggaran.urutan",
    /* Quarters: empty = the year (0); target's splits the store (target,
     * target_triwulan); jadwal's 0-4 has its own message. */
    "target.triwulan", "realisasi.triwulan", "jadwal.triwulan",
    /* References looked up (arah, scale) only once the pemda is known: their empty
     * cell is reported only then. */
    "target.indikator", "realisasi.indikator", "pembanding.indikator", "narasi.objek",
    "dilaporkan.objek",
    /* Indicator values, read with the arah and scale of the row's indicator (a look-up
     * or another column of the row); an empty one skips the row (target, realisasi). */
    "indikator.kondisi_awal", "indikator.target_akhir", "target.target",
    "realisasi.realisasi",
    /* Numbers with a rule of their own: bobot empty = 1 and > 0 (the column may be
     * absent); pembanding's empty skips the row; Rupiah pagu required, its message. */
    "indikator.bobot", "pembanding.nilai", "pk_anggaran.pagu",
    /* anggaran: sasaran and program belong to the row only when it names no cascade
     * node (the model fills them from the tree; the store splits anggaran and
     * anggaran_simpul), opd only with rencana, realisasi optional (ada_realisasi). */
    "anggaran.sasaran", "anggaran.program", "anggaran.pagu", "anggaran.realisasi",
    "anggaran.opd", "anggaran.rencana",
    /* Evaluation and surveys: their rows have no struct in core (io/impor.h's union
     * members and store_evaluasi.h's rows), so no `offsetof` for templat.c to name. */
    "pengaturan.kunci", "pengaturan.nilai", "kerangka.kerangka", "kerangka.kode",
    "kerangka.induk", "kerangka.uraian", "kerangka.bobot", "kerangka.jawaban",
    "lke_jawaban.opd", "lke_jawaban.kerangka", "lke_jawaban.kriteria", "lke_jawaban.mandiri",
    "lke_jawaban.evaluator", "lke_jawaban.catatan", "lke_jawaban.bukti", "survei.kode",
    "survei.uraian", "survei.indikator", "survei.unsur", "survei_jawaban.survei",
    "survei_jawaban.periode", "survei_jawaban.unit", "survei_jawaban.responden",
    "lke_rekomendasi.opd", "lke_rekomendasi.nomor", "lke_rekomendasi.uraian",
    "lke_rekomendasi.tindak_lanjut", "lke_rekomendasi.status",
};

static int khusus_ada(const char *tabel, const char *kolom)
{
	char nama[128];
	snprintf(nama, sizeof(nama), "%s.%s", tabel, kolom);
	for (size_t i = 0; i < sizeof(khusus) / sizeof(khusus[0]); i++)
		if (strcmp(khusus[i], nama) == 0)
			return 1;
	return 0;
}

/* Exactly the listed columns are TM_KHUSUS (each listed one exists, and is one). */
static void test_khusus(void **state)
{
	(void)state;
	int n = 0;
	for (int t = 0; t < TEMPLAT_N; t++)
		for (int k = 0; k < templat[t].n_kolom; k++) {
			const struct templat_kolom *tk = &templat[t].kolom[k];
			if (tk->medan != TM_KHUSUS)
				continue;
			if (!khusus_ada(templat[t].nama, tk->nama))
				fail_msg("%s.%s is TM_KHUSUS but not listed with its reason",
					 templat[t].nama, tk->nama);
			n++;
		}
	/* and every entry names one: no stale reason stays */
	assert_int_equal(n, (int)(sizeof(khusus) / sizeof(khusus[0])));
}

/* ---- every generic column through the exporter and the importer ---- */

static int y_ada(void *arg, const char *kode)
{
	(void)arg;
	(void)kode;
	return 1;
}

static int y_rencana_jenis(void *arg, const char *pemda, const char *kode,
			   enum jenis_rencana *jenis)
{
	(void)arg;
	(void)pemda;
	(void)kode;
	*jenis = RENCANA_SASARAN;
	return 1;
}

static int y_opd_ada(void *arg, const char *pemda, const char *kode)
{
	(void)arg;
	(void)pemda;
	(void)kode;
	return 1;
}

/* Every OPD is at the top: no parent, so no cycle. */
static int y_opd_induk(void *arg, const char *pemda, const char *kode, char *induk, size_t n)
{
	(void)arg;
	(void)pemda;
	(void)kode;
	snprintf(induk, n, "%s", "");
	return 1;
}

static int y_rencana_info(void *arg, const char *pemda, const char *kode,
			  enum jenis_rencana *jenis, char *opd, size_t nopd, char *induk,
			  size_t ninduk)
{
	(void)arg;
	(void)pemda;
	(void)kode;
	*jenis = RENCANA_SASARAN;
	snprintf(opd, nopd, "%s", "");
	snprintf(induk, ninduk, "%s", "");
	return 1;
}

static int y_indikator_info(void *arg, const char *pemda, const char *kode, enum arah *arah,
			    char *skala, size_t n)
{
	(void)arg;
	(void)pemda;
	(void)kode;
	*arah = ARAH_NAIK;
	snprintf(skala, n, "%s", "");
	return 1;
}

static int y_pengaturan(void *arg, const char *pemda,
			int (*fn)(const char *, const char *, void *), void *fnarg)
{
	(void)arg;
	(void)pemda;
	(void)fn;
	(void)fnarg;
	return 0;
}

/* What the importer handed to the writer: each generic column's value as text. */
static struct {
	int n;
	char nilai[32][256];
	int null[32];
	int th[32]; /* TM_TAHUN */
} tertulis;

static int y_tulis(void *arg, const struct impor_baris *b, enum impor_ubah *u, struct galat *g)
{
	(void)arg;
	(void)g;
	const struct templat_tabel *tt = &templat[b->tabel];
	tertulis.n++;
	for (int k = 0; k < tt->n_kolom; k++) {
		if (tt->kolom[k].medan == TM_KHUSUS)
			continue;
		if (tt->kolom[k].medan == TM_TAHUN) {
			tertulis.th[k] = templat_int(&tt->kolom[k], &b->u);
			continue;
		}
		const char *v = templat_nilai_teks(&tt->kolom[k], &b->u);
		tertulis.null[k] = v == NULL;
		snprintf(tertulis.nilai[k], sizeof(tertulis.nilai[k]), "%s", v ? v : "");
	}
	*u = IMPOR_BARU;
	return 0;
}

/*
 * Table t's one exported row read back by the importer (the real functions):
 * every generic column of `baris` comes back as it was, and their values are
 * distinct (so a column written into another's field would show).
 */
static void lewat(const struct ekspor_hasil *h, enum templat_id t, const void *baris)
{
	const struct templat_tabel *tt = &templat[t];
	struct galat g;
	galat_init(&g);
	struct csv_tabel csv;
	assert_int_equal(csv_baca(h->isi[t].data, h->isi[t].len, tt->berkas, &csv, &g), 0);
	assert_int_equal(csv.n_baris, 1);
	const struct impor_kait kait = {
	    .pemda_ada = y_ada,
	    .rencana_jenis = y_rencana_jenis,
	    .opd_ada = y_opd_ada,
	    .opd_induk = y_opd_induk,
	    .rencana_info = y_rencana_info,
	    .indikator_info = y_indikator_info,
	    .pengaturan_daftar = y_pengaturan,
	    .tulis = y_tulis,
	};
	struct impor *im = impor_new(&kait, NULL, NULL);
	struct impor_tabel it = {tt->nama, tt->berkas, &csv};
	struct impor_ringkasan r = {0};
	struct impor_galat d;
	impor_galat_init(&d);
	memset(&tertulis, 0, sizeof(tertulis));
	int rc = impor_berkas(im, &it, &r, &d, &g);
	if (rc)
		fail_msg("%s: %s", tt->berkas, d.n ? d.isi[0].pesan : g.pesan);
	assert_int_equal(tertulis.n, 1);
	int n = 0;
	for (int k = 0; k < tt->n_kolom; k++) {
		const struct templat_kolom *tk = &tt->kolom[k];
		if (tk->medan == TM_KHUSUS)
			continue;
		n++;
		if (tk->medan == TM_TAHUN) {
			assert_true(templat_int(tk, baris) >= 1900);
			assert_int_equal(tertulis.th[k], templat_int(tk, baris));
			continue;
		}
		const char *v = templat_nilai_teks(tk, baris);
		assert_non_null(v); /* the test fills every generic field */
		assert_false(tertulis.null[k]);
		if (strcmp(tertulis.nilai[k], v) != 0)
			fail_msg("%s.%s: '%s' came back as '%s'", tt->nama, tk->nama, v,
				 tertulis.nilai[k]);
		for (int j = 0; j < k; j++)
			if (tt->kolom[j].medan != TM_KHUSUS && tt->kolom[j].medan != TM_TAHUN)
				assert_string_not_equal(templat_nilai_teks(&tt->kolom[j], baris), v);
	}
	assert_true(n > 0);
	impor_galat_release(&d);
	impor_free(im);
	csv_release(&csv);
}

static void test_pulang_pergi(void **state)
{
	(void)state;
	struct model *m = model_baru();
	m->pemda = (struct pemda){.kode = "35.07", .nama = "Kabupaten Malang",
				  .jenis = "kabupaten", .induk = "35", .periode_awal = 2021,
				  .periode_akhir = 2026, .rumus_turun = RUMUS_RASIO};
	struct opd o = {.kode = "DINKES", .nama = "Dinas Kesehatan", .induk = "SETDA",
			.jenis = "dinas", .kepala = "dr. Siti", .nip = "197001012000032001",
			.jabatan = "Kepala Dinas"};
	m->opd = &o;
	m->n_opd = 1;
	m->rencana[0] = (struct rencana){.jenis = RENCANA_PROGRAM, .kode = "P1", .induk = "S1",
					 .uraian = "Program Kesehatan", .opd = "DINKES"};
	m->n_rencana = 1;
	m->indikator[0] = (struct indikator){.kode = "IKU1", .induk = "S2", .uraian = "Opini BPK",
					     .satuan = "predikat", .arah = ARAH_KATEGORI,
					     .skala = "opini_bpk", .opd = "BPKAD",
					     .rumus_override = RUMUS_RASIO,
					     .agregasi = AGREGASI_RATA, .bobot = 2};
	m->n_indikator = 1;
	struct pembanding pb = {.indikator = "IKU1", .tahun = 2024, .wilayah = "Jawa Timur",
				.nilai = 70.5};
	m->pembanding = &pb;
	m->n_pembanding = 1;
	struct narasi na = {.tahun = 2024, .objek = "pemda", .jenis = "kendala",
			    .teks = "Anggaran terlambat"};
	m->narasi = &na;
	m->n_narasi = 1;
	m->dilaporkan[0] = (struct dilaporkan){.tahun = 2024, .objek = "total",
					       .ukuran = "capaian", .teks = "101,5",
					       .sumber = "LKjIP hlm. 12"};
	m->n_dilaporkan = 1;
	struct pk k = {.tahun = 2024, .opd = "DINKES", .versi = 2, .nomor = "800/12",
		       .tanggal = "2024-01-15", .tempat = "Kepanjen",
		       .instansi = "Dinas Kesehatan Kabupaten Malang", .pihak_pertama = "dr. Siti",
		       .jabatan_pertama = "Kepala Dinas", .nip_pertama = "197001012000032001",
		       .pihak_kedua = "H. Sanusi", .jabatan_kedua = "Bupati Malang",
		       .nip_kedua = "-"};
	m->pk = &k;
	m->n_pk = 1;
	struct pk_isi pi = {.tahun = 2024, .versi = 2, .urutan = 1, .opd = "DINKES",
			    .indikator = "IKU2", .target = "75", .sasaran = "S3",
			    .uraian_sasaran = "Meningkatnya derajat kesehatan",
			    .uraian = "Angka harapan hidup", .satuan = "tahun"};
	m->pk_isi = &pi;
	m->n_pk_isi = 1;
	struct pk_anggaran pa = {.tahun = 2024, .versi = 2, .urutan = 1, .opd = "DINKES",
				 .program = "Program Pelayanan", .pagu = 1500000};
	m->pk_anggaran = &pa;
	m->n_pk_anggaran = 1;
	struct jadwal j = {.tahun = 2024, .triwulan = 2, .buka = "2024-07-01 00:00",
			   .tutup = "2024-07-15 23:59"};
	m->jadwal = &j;
	m->n_jadwal = 1;

	struct ekspor_hasil h;
	ekspor_init(&h);
	ekspor_model(&h, m);
	lewat(&h, TEMPLAT_PEMDA, &m->pemda);
	lewat(&h, TEMPLAT_OPD, &o);
	lewat(&h, TEMPLAT_RENCANA, &m->rencana[0]);
	lewat(&h, TEMPLAT_INDIKATOR, &m->indikator[0]);
	lewat(&h, TEMPLAT_PEMBANDING, &pb);
	lewat(&h, TEMPLAT_NARASI, &na);
	lewat(&h, TEMPLAT_DILAPORKAN, &m->dilaporkan[0]);
	lewat(&h, TEMPLAT_PK, &k);
	lewat(&h, TEMPLAT_PK_ISI, &pi);
	lewat(&h, TEMPLAT_PK_ANGGARAN, &pa);
	lewat(&h, TEMPLAT_JADWAL, &j);
	/* every table with a row struct was walked */
	for (int t = 0; t < TEMPLAT_N; t++)
		if (ukuran_baris(t))
			assert_true(t == TEMPLAT_PEMDA || t == TEMPLAT_OPD || t == TEMPLAT_RENCANA ||
				    t == TEMPLAT_INDIKATOR || t == TEMPLAT_PEMBANDING ||
				    t == TEMPLAT_NARASI || t == TEMPLAT_DILAPORKAN ||
				    t == TEMPLAT_PK || t == TEMPLAT_PK_ISI ||
				    t == TEMPLAT_PK_ANGGARAN || t == TEMPLAT_JADWAL);
	ekspor_release(&h);
	m->opd = NULL; /* the test's own rows, not the arena's */
	model_hapus(m);
}

/*
 * templat_teks_salin copies every text field of a row (and no other) into the
 * arena; templat_medan_beda compares the generic columns only (NULL equals ""),
 * naming the first that differs.
 */
static void test_salin_sama(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	char ind[] = "IK1", tgt[] = "75", sat[] = "%";
	struct pk_isi x = {.tahun = 2024, .opd = "D1", .versi = 2, .indikator = ind,
			   .target = tgt, .sasaran = NULL, .uraian = "", .satuan = sat,
			   .urutan = 3};
	struct pk_isi y = x;
	templat_teks_salin(&templat[TEMPLAT_PK_ISI], &y, &a);
	ind[0] = tgt[0] = sat[0] = 'X'; /* the parsed cells go away: the copy keeps its own */
	assert_string_equal(y.indikator, "IK1");
	assert_string_equal(y.target, "75");
	assert_string_equal(y.satuan, "%");
	assert_string_equal(y.uraian, "");
	assert_null(y.sasaran);
	assert_ptr_equal(y.opd, x.opd); /* TM_KHUSUS: the caller's */
	assert_int_equal(y.urutan, 3);

	struct pk_isi p = y, q = y;
	q.uraian = NULL; /* "" and NULL are the same text */
	q.versi = 9;	 /* TM_KHUSUS: not compared */
	q.urutan = 1;
	assert_int_equal(templat_medan_beda(&templat[TEMPLAT_PK_ISI], &p, &q), -1);
	q.satuan = "orang";
	assert_int_equal(templat_medan_beda(&templat[TEMPLAT_PK_ISI], &p, &q),
			 templat_kolom(&templat[TEMPLAT_PK_ISI], "satuan"));
	q.target = "80"; /* the first of two */
	assert_int_equal(templat_medan_beda(&templat[TEMPLAT_PK_ISI], &p, &q),
			 templat_kolom(&templat[TEMPLAT_PK_ISI], "target"));
	q = p;
	q.tahun = 2025; /* a year is a generic column */
	assert_int_equal(templat_medan_beda(&templat[TEMPLAT_PK_ISI], &p, &q),
			 templat_kolom(&templat[TEMPLAT_PK_ISI], "tahun"));
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_skema),
	    cmocka_unit_test(test_medan_opd),
	    cmocka_unit_test(test_ekspor_baris),
	    cmocka_unit_test(test_pilihan),
	    cmocka_unit_test(test_khusus),
	    cmocka_unit_test(test_pulang_pergi),
	    cmocka_unit_test(test_salin_sama),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
