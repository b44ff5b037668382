/* The import template's schema; see templat.h. Adding a column is one entry here. */
#include "templat.h"

#include <stdio.h>
#include <string.h>

#include "../util/util.h"
#include "lke.h"
#include "model.h"
#include "ukuran.h"

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* TM_PILIHAN* fields are enums read and written as int (templat_int). */
_Static_assert(sizeof(enum arah) == sizeof(int) && sizeof(enum agregasi) == sizeof(int) &&
		       sizeof(enum rumus_turun) == sizeof(int) &&
		       sizeof(enum jenis_rencana) == sizeof(int),
	       "a choice's enum field is an int");

/*
 * Columns: name, must be present, key, kind, store column, and for text the
 * generic loops move (templat.h enum templat_medan) the field of the row struct.
 */
#define KHUSUS TM_KHUSUS, 0, NULL
#define TEKS(st, f) TM_TEKS, offsetof(struct st, f), NULL
#define ISI(st, f) TM_TEKS_ISI, offsetof(struct st, f), NULL
#define OPSI(st, f) TM_TEKS_OPSI, offsetof(struct st, f), NULL
/* A choice: its words (templat.h `pilihan`); the table's own code moves the value. */
#define PILIH(kata) TM_KHUSUS, 0, kata
/* A choice moved by the generic loops: the word into a text field, its index into an int. */
#define KATA(st, f, kata) TM_KATA, offsetof(struct st, f), kata
#define PILIHAN(st, f, kata) TM_PILIHAN, offsetof(struct st, f), kata
#define PILIHAN_OPSI(st, f, kata) TM_PILIHAN_OPSI, offsetof(struct st, f), kata
/* A year into an int field. */
#define TAHUN(st, f) TM_TAHUN, offsetof(struct st, f), NULL

/* Choice lists no enum of core owns. */
static const char *const kata_jenis_pemda[] = {"nasional", "provinsi", "kabupaten", "kota", NULL};
static const char *const kata_jenis_narasi[] = {"analisis", "kendala", "solusi", "pengantar",
						NULL};
static const char *const kata_status_rekomendasi[] = {"belum", "proses", "selesai", NULL};
/* jadwal: 0 (or empty) the yearly window, 1-4 a quarter's; the index is the number */
static const char *const kata_triwulan_jadwal[] = {"0", "1", "2", "3", "4", NULL};
static const struct templat_kolom k_pemda[] = {
	{"kode", 1, 1, TJ_KODE, "kode", ISI(pemda, kode)},
	{"nama", 1, 0, TJ_TEKS, "nama", ISI(pemda, nama)},
	{"jenis", 1, 0, TJ_PILIHAN, "jenis", KATA(pemda, jenis, kata_jenis_pemda)},
	{"induk", 1, 0, TJ_KODE, "induk", OPSI(pemda, induk)}, /* checked against the file after */
	{"periode_awal", 1, 0, TJ_TAHUN, "periode_awal", KHUSUS},
	{"periode_akhir", 1, 0, TJ_TAHUN, "periode_akhir", KHUSUS},
	{"rumus_turun", 0, 0, TJ_PILIHAN, "rumus_turun",
	 PILIHAN_OPSI(pemda, rumus_turun, model_kata_rumus)},
};
static const struct templat_kolom k_pengaturan[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"kunci", 1, 1, TJ_KODE, "kunci", KHUSUS},
	{"nilai", 1, 0, TJ_TEKS, "nilai", KHUSUS},
};
static const struct templat_kolom k_opd[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"kode", 1, 1, TJ_KODE, "kode", ISI(opd, kode)},
	{"nama", 1, 0, TJ_TEKS, "nama", ISI(opd, nama)},
	{"induk", 0, 0, TJ_KODE, "induk", OPSI(opd, induk)}, /* checked against the file after */
	{"jenis", 0, 0, TJ_TEKS, "jenis", OPSI(opd, jenis)},
	{"kepala", 0, 0, TJ_TEKS, "kepala", OPSI(opd, kepala)},
	{"nip", 0, 0, TJ_TEKS, "nip", OPSI(opd, nip)},
	{"jabatan", 0, 0, TJ_TEKS, "jabatan", OPSI(opd, jabatan)},
};
static const struct templat_kolom k_rencana[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"jenis", 1, 0, TJ_PILIHAN, "jenis", PILIHAN(rencana, jenis, model_kata_rencana)},
	{"kode", 1, 1, TJ_KODE, "kode", ISI(rencana, kode)},
	{"induk", 1, 0, TJ_KODE, "induk", OPSI(rencana, induk)}, /* checked after */
	{"uraian", 1, 0, TJ_TEKS, "uraian", ISI(rencana, uraian)},
	{"opd", 0, 0, TJ_KODE, "opd", OPSI(rencana, opd)}, /* checked after */
};
static const struct templat_kolom k_indikator[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"kode", 1, 1, TJ_KODE, "kode", ISI(indikator, kode)},
	{"induk", 1, 0, TJ_KODE, "induk", ISI(indikator, induk)}, /* looked up after */
	{"uraian", 1, 0, TJ_TEKS, "uraian", ISI(indikator, uraian)},
	{"satuan", 1, 0, TJ_TEKS, "satuan", TEKS(indikator, satuan)},
	{"arah", 1, 0, TJ_PILIHAN, "arah", PILIHAN(indikator, arah, model_kata_arah)},
	{"skala", 1, 0, TJ_KODE, "skala", OPSI(indikator, skala)}, /* looked up after */
	{"opd", 1, 0, TJ_KODE, "opd", OPSI(indikator, opd)},     /* likewise */
	{"kondisi_awal", 1, 0, TJ_NILAI, "kondisi_awal", KHUSUS},
	{"target_akhir", 1, 0, TJ_NILAI, "target_akhir", KHUSUS},
	/* empty: the pemda's (rumus_override -1, set by impor_indikator and the store's read) */
	{"rumus_turun", 0, 0, TJ_PILIHAN, "rumus_turun",
	 PILIHAN_OPSI(indikator, rumus_override, model_kata_rumus)},
	{"agregasi", 0, 0, TJ_PILIHAN, "agregasi",
	 PILIHAN_OPSI(indikator, agregasi, model_kata_agregasi)},
	{"bobot", 0, 0, TJ_ANGKA, "bobot", KHUSUS},
};
static const struct templat_kolom k_target[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"indikator", 1, 1, TJ_KODE, "indikator", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", KHUSUS},
	{"target", 1, 0, TJ_NILAI, "nilai", KHUSUS},
	/* triwulan empty: the year's target; 1-4: a rencana aksi target */
	{"triwulan", 0, 1, TJ_TRIWULAN, "triwulan", KHUSUS},
};
static const struct templat_kolom k_realisasi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"indikator", 1, 1, TJ_KODE, "indikator", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", KHUSUS},
	{"triwulan", 1, 1, TJ_TRIWULAN, "triwulan", KHUSUS},
	{"realisasi", 1, 0, TJ_NILAI, "nilai", KHUSUS},
};
static const struct templat_kolom k_anggaran[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"sasaran", 1, 1, TJ_KODE, "sasaran", KHUSUS},
	{"program", 1, 1, TJ_TEKS, "program", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", KHUSUS},
	{"pagu", 1, 0, TJ_RUPIAH, "pagu", KHUSUS},
	{"realisasi", 1, 0, TJ_RUPIAH, "realisasi", KHUSUS},
	{"opd", 0, 0, TJ_KODE, "opd", KHUSUS},
	{"rencana", 0, 1, TJ_KODE, "rencana", KHUSUS},
};
static const struct templat_kolom k_pembanding[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"indikator", 1, 1, TJ_KODE, "indikator", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", KHUSUS},
	{"wilayah", 1, 1, TJ_TEKS, "wilayah", ISI(pembanding, wilayah)},
	{"nilai", 1, 0, TJ_ANGKA, "nilai", KHUSUS},
};
static const struct templat_kolom k_narasi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", TAHUN(narasi, tahun)},
	{"objek", 1, 1, TJ_KODE, "objek", KHUSUS},
	{"jenis", 1, 1, TJ_PILIHAN, "jenis", KATA(narasi, jenis, kata_jenis_narasi)},
	{"teks", 1, 0, TJ_TEKS, "teks", ISI(narasi, teks)},
};
static const struct templat_kolom k_dilaporkan[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", TAHUN(dilaporkan, tahun)},
	{"objek", 1, 1, TJ_KODE, "objek", KHUSUS},
	{"ukuran", 1, 1, TJ_PILIHAN, "ukuran", KATA(dilaporkan, ukuran, ukuran_kata_dilaporkan)},
	{"nilai", 1, 0, TJ_CETAK, "nilai", TEKS(dilaporkan, teks)}, /* parsed after */
	{"sumber", 0, 1, TJ_TEKS, "sumber", TEKS(dilaporkan, sumber)},
};
static const struct templat_kolom k_pk[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", TAHUN(pk, tahun)},
	{"opd", 1, 1, TJ_KODE, "opd", KHUSUS},
	{"versi", 1, 1, TJ_ANGKA, "versi", KHUSUS},
	{"nomor", 0, 0, TJ_TEKS, "nomor", OPSI(pk, nomor)},
	{"tanggal", 1, 0, TJ_TEKS, "tanggal", ISI(pk, tanggal)}, /* a date: checked after */
	{"tempat", 0, 0, TJ_TEKS, "tempat", OPSI(pk, tempat)},
	{"instansi", 0, 0, TJ_TEKS, "instansi", OPSI(pk, instansi)},
	{"pihak_pertama", 1, 0, TJ_TEKS, "pihak_pertama", ISI(pk, pihak_pertama)},
	{"jabatan_pertama", 1, 0, TJ_TEKS, "jabatan_pertama", ISI(pk, jabatan_pertama)},
	{"nip_pertama", 0, 0, TJ_TEKS, "nip_pertama", OPSI(pk, nip_pertama)},
	{"pihak_kedua", 0, 0, TJ_TEKS, "pihak_kedua", OPSI(pk, pihak_kedua)},
	{"jabatan_kedua", 0, 0, TJ_TEKS, "jabatan_kedua", OPSI(pk, jabatan_kedua)},
	{"nip_kedua", 0, 0, TJ_TEKS, "nip_kedua", OPSI(pk, nip_kedua)},
};

/*
 * The frozen content of signed PK versions (siklus.md): written by export so
 * a version moves to another database unchanged; on import it becomes the
 * content of a new version of pk.csv instead of the targets of the day.
 */
static const struct templat_kolom k_pk_isi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", TAHUN(pk_isi, tahun)},
	{"opd", 1, 1, TJ_KODE, "opd", KHUSUS},
	{"versi", 1, 1, TJ_ANGKA, "versi", KHUSUS},
	{"urutan", 1, 1, TJ_ANGKA, "urutan", KHUSUS},
	{"indikator", 1, 0, TJ_KODE, "indikator", ISI(pk_isi, indikator)},
	{"target", 1, 0, TJ_CETAK, "target", ISI(pk_isi, target)},
	{"sasaran", 0, 0, TJ_KODE, "sasaran", OPSI(pk_isi, sasaran)},
	{"uraian_sasaran", 0, 0, TJ_TEKS, "uraian_sasaran", OPSI(pk_isi, uraian_sasaran)},
	{"uraian", 0, 0, TJ_TEKS, "uraian", OPSI(pk_isi, uraian)},
	/* kept as written, but NULL (the plan's stands in) when uraian is: impor_pk_isi */
	{"satuan", 0, 0, TJ_TEKS, "satuan", TEKS(pk_isi, satuan)},
};

static const struct templat_kolom k_pk_anggaran[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", TAHUN(pk_anggaran, tahun)},
	{"opd", 1, 1, TJ_KODE, "opd", KHUSUS},
	{"versi", 1, 1, TJ_ANGKA, "versi", KHUSUS},
	{"urutan", 1, 1, TJ_ANGKA, "urutan", KHUSUS},
	{"program", 1, 0, TJ_TEKS, "program", ISI(pk_anggaran, program)},
	{"pagu", 1, 0, TJ_RUPIAH, "pagu", KHUSUS},
};

/* siklus.md "Evaluation of SAKIP" and "Surveys". */
static const struct templat_kolom k_kerangka[] = {
	{"kerangka", 1, 1, TJ_KODE, "kerangka", KHUSUS},
	{"kode", 1, 1, TJ_KODE, "kode", KHUSUS},
	{"induk", 1, 0, TJ_KODE, "induk", KHUSUS},
	{"uraian", 1, 0, TJ_TEKS, "uraian", KHUSUS},
	{"bobot", 1, 0, TJ_ANGKA, "bobot", KHUSUS},
	{"jawaban", 1, 0, TJ_PILIHAN, "jawaban", PILIH(lke_kata_tipe + 1)}, /* empty: a group */
};
static const struct templat_kolom k_lke_jawaban[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", KHUSUS},
	{"opd", 1, 1, TJ_KODE, "opd", KHUSUS},
	{"kerangka", 1, 1, TJ_KODE, "kerangka", KHUSUS},
	{"kriteria", 1, 1, TJ_KODE, "kriteria", KHUSUS},
	{"mandiri", 1, 0, TJ_CETAK, "mandiri", KHUSUS},
	{"evaluator", 1, 0, TJ_CETAK, "evaluator", KHUSUS},
	{"catatan", 0, 0, TJ_TEKS, "catatan", KHUSUS},
	{"bukti", 0, 0, TJ_TEKS, "bukti", KHUSUS},
};
static const struct templat_kolom k_survei[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"kode", 1, 1, TJ_KODE, "kode", KHUSUS},
	{"uraian", 1, 0, TJ_TEKS, "uraian", KHUSUS},
	{"indikator", 1, 0, TJ_KODE, "indikator", KHUSUS},
	{"unsur", 0, 0, TJ_TEKS, "unsur", KHUSUS},
};
static const struct templat_kolom k_survei_jawaban[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"survei", 1, 1, TJ_KODE, "survei", KHUSUS},
	{"periode", 1, 1, TJ_KODE, "periode", KHUSUS},
	{"unit", 1, 1, TJ_KODE, "unit", KHUSUS},
	{"responden", 1, 1, TJ_KODE, "responden", KHUSUS},
};
static const struct templat_kolom k_lke_rekomendasi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", KHUSUS},
	{"opd", 1, 1, TJ_KODE, "opd", KHUSUS},
	{"nomor", 1, 1, TJ_KODE, "nomor", KHUSUS},
	{"uraian", 1, 0, TJ_TEKS, "uraian", KHUSUS},
	{"tindak_lanjut", 0, 0, TJ_TEKS, "tindak_lanjut", KHUSUS},
	{"status", 0, 0, TJ_PILIHAN, "status", PILIH(kata_status_rekomendasi)},
};

static const struct templat_kolom k_jadwal[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda", KHUSUS},
	{"tahun", 1, 1, TJ_TAHUN, "tahun", TAHUN(jadwal, tahun)},
	/* triwulan 0 (or empty) = the yearly value, 1-4 */
	{"triwulan", 1, 1, TJ_PILIHAN, "triwulan", PILIH(kata_triwulan_jadwal)},
	{"buka", 1, 0, TJ_WAKTU, "buka", TEKS(jadwal, buka)}, /* a time: checked after */
	{"tutup", 1, 0, TJ_WAKTU, "tutup", TEKS(jadwal, tutup)},
};

#define T(id, nama, kol) [id] = {nama, nama ".csv", nama, N(kol), kol, 0}
/* A table whose later row of a key replaces the earlier, kept as history (templat.h ulang). */
#define T_ULANG(id, nama, kol) [id] = {nama, nama ".csv", nama, N(kol), kol, 1}
const struct templat_tabel templat[TEMPLAT_N] = {
	T(TEMPLAT_PEMDA, "pemda", k_pemda),
	T(TEMPLAT_PENGATURAN, "pengaturan", k_pengaturan),
	T(TEMPLAT_OPD, "opd", k_opd),
	T(TEMPLAT_RENCANA, "rencana", k_rencana),
	T(TEMPLAT_INDIKATOR, "indikator", k_indikator),
	T_ULANG(TEMPLAT_TARGET, "target", k_target),
	T(TEMPLAT_REALISASI, "realisasi", k_realisasi),
	T(TEMPLAT_ANGGARAN, "anggaran", k_anggaran),
	T(TEMPLAT_PEMBANDING, "pembanding", k_pembanding),
	T(TEMPLAT_NARASI, "narasi", k_narasi),
	T(TEMPLAT_DILAPORKAN, "dilaporkan", k_dilaporkan),
	T(TEMPLAT_KERANGKA, "kerangka", k_kerangka),
	T(TEMPLAT_LKE_JAWABAN, "lke_jawaban", k_lke_jawaban),
	T(TEMPLAT_SURVEI, "survei", k_survei),
	T(TEMPLAT_SURVEI_JAWABAN, "survei_jawaban", k_survei_jawaban),
	T(TEMPLAT_LKE_REKOMENDASI, "lke_rekomendasi", k_lke_rekomendasi),
	T(TEMPLAT_PK_ISI, "pk_isi", k_pk_isi),
	T(TEMPLAT_PK_ANGGARAN, "pk_anggaran", k_pk_anggaran),
	T(TEMPLAT_PK, "pk", k_pk),
	T(TEMPLAT_JADWAL, "jadwal", k_jadwal),
};
#undef T
#undef T_ULANG

const char *templat_teks(const struct templat_kolom *k, const void *baris)
{
	const char *const *f = (const void *)((const char *)baris + k->letak);
	return *f;
}

void templat_teks_isi(const struct templat_kolom *k, void *baris, const char *v)
{
	const char **f = (void *)((char *)baris + k->letak);
	*f = v;
}

int templat_int(const struct templat_kolom *k, const void *baris)
{
	const int *f = (const void *)((const char *)baris + k->letak);
	return *f;
}

void templat_int_isi(const struct templat_kolom *k, void *baris, int v)
{
	int *f = (void *)((char *)baris + k->letak);
	*f = v;
}

const char *templat_nilai_teks(const struct templat_kolom *k, const void *baris)
{
	if (k->medan == TM_PILIHAN || k->medan == TM_PILIHAN_OPSI) {
		int i = templat_int(k, baris), n = 0;
		while (k->pilihan[n])
			n++;
		/* an index no word has: "?", as model_arah_nama and the others write it */
		return i < 0 ? NULL : i < n ? k->pilihan[i] : "?";
	}
	if (k->medan == TM_TAHUN)
		return NULL;
	return templat_teks(k, baris);
}

void templat_nilai_isi(const struct templat_kolom *k, void *baris, const char *s)
{
	if (k->medan == TM_PILIHAN || k->medan == TM_PILIHAN_OPSI) {
		int i = templat_pilihan(k, s);
		if (i >= 0)
			templat_int_isi(k, baris, i);
		return;
	}
	if (k->medan == TM_TAHUN)
		return;
	templat_teks_isi(k, baris, s);
}

static int medan_teks(enum templat_medan m)
{
	return m == TM_TEKS || m == TM_TEKS_ISI || m == TM_TEKS_OPSI || m == TM_KATA;
}

void templat_teks_salin(const struct templat_tabel *tt, void *baris, struct arena *a)
{
	for (int k = 0; k < tt->n_kolom; k++)
		if (medan_teks(tt->kolom[k].medan))
			templat_teks_isi(&tt->kolom[k], baris,
					 arena_strdup(a, templat_teks(&tt->kolom[k], baris)));
}

int templat_medan_beda(const struct templat_tabel *tt, const void *a, const void *b)
{
	for (int k = 0; k < tt->n_kolom; k++) {
		const struct templat_kolom *tk = &tt->kolom[k];
		if (tk->medan == TM_KHUSUS)
			continue;
		if (medan_teks(tk->medan)) {
			const char *x = templat_teks(tk, a), *y = templat_teks(tk, b);
			if (strcmp(x ? x : "", y ? y : "") != 0)
				return k;
		} else if (templat_int(tk, a) != templat_int(tk, b))
			return k;
	}
	return -1;
}

const struct templat_tabel *templat_cari(const char *nama)
{
	for (int i = 0; i < TEMPLAT_N; i++)
		if (str_sama(templat[i].nama, nama))
			return &templat[i];
	return NULL;
}

int templat_kolom(const struct templat_tabel *t, const char *nama)
{
	for (int k = 0; k < t->n_kolom; k++)
		if (strcmp(t->kolom[k].nama, nama) == 0)
			return k;
	return -1;
}

/* Appends s to out[0..n) after *o bytes, truncating; keeps out NUL-terminated. */
static void tambah(char *out, size_t n, size_t *o, const char *s)
{
	int w = snprintf(out + *o, n - *o, "%s", s);
	if (w > 0)
		*o += (size_t)w < n - *o ? (size_t)w : n - *o - 1;
}

char *templat_daftar_tabel(int berkas, char *out, size_t n)
{
	size_t o = 0;
	out[0] = '\0';
	for (int i = 0; i < TEMPLAT_N; i++) {
		if (i)
			tambah(out, n, &o, ", ");
		tambah(out, n, &o, berkas ? templat[i].berkas : templat[i].nama);
	}
	return out;
}

char *templat_daftar_kolom(const struct templat_tabel *t, const char *pemisah, char *out,
			   size_t n)
{
	size_t o = 0;
	out[0] = '\0';
	for (int k = 0; k < t->n_kolom; k++) {
		if (k)
			tambah(out, n, &o, pemisah);
		tambah(out, n, &o, t->kolom[k].nama);
	}
	return out;
}

int templat_pilihan(const struct templat_kolom *k, const char *s)
{
	if (!k->pilihan || !s)
		return -1;
	for (int i = 0; k->pilihan[i]; i++)
		if (str_sama(s, k->pilihan[i]))
			return i;
	return -1;
}

char *templat_daftar_pilihan(const struct templat_kolom *k, char *out, size_t n)
{
	size_t j = 0;
	if (n)
		out[0] = 0;
	for (int i = 0; k->pilihan && k->pilihan[i] && j + 1 < n; i++) {
		int w = snprintf(out + j, n - j, "%s%s", i ? ", " : "", k->pilihan[i]);
		if (w < 0)
			break;
		j += (size_t)w < n - j ? (size_t)w : n - j - 1;
	}
	return out;
}
