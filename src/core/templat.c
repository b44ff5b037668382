/* The import template's schema; see templat.h. Adding a column is one entry here. */
#include "templat.h"

#include <stdio.h>
#include <string.h>

#include "../util/util.h"

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Columns: name, must be present, key, kind, store column. */
static const struct templat_kolom k_pemda[] = {
	{"kode", 1, 1, TJ_KODE, "kode"},
	{"nama", 1, 0, TJ_TEKS, "nama"},
	{"jenis", 1, 0, TJ_PILIHAN, "jenis"},
	{"induk", 1, 0, TJ_KODE, "induk"},
	{"periode_awal", 1, 0, TJ_TAHUN, "periode_awal"},
	{"periode_akhir", 1, 0, TJ_TAHUN, "periode_akhir"},
	{"rumus_turun", 0, 0, TJ_PILIHAN, "rumus_turun"},
};
static const struct templat_kolom k_pengaturan[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"kunci", 1, 1, TJ_KODE, "kunci"},
	{"nilai", 1, 0, TJ_TEKS, "nilai"},
};
static const struct templat_kolom k_opd[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"kode", 1, 1, TJ_KODE, "kode"},
	{"nama", 1, 0, TJ_TEKS, "nama"},
	{"induk", 0, 0, TJ_KODE, "induk"},
	{"jenis", 0, 0, TJ_TEKS, "jenis"},
	{"kepala", 0, 0, TJ_TEKS, "kepala"},
	{"nip", 0, 0, TJ_TEKS, "nip"},
	{"jabatan", 0, 0, TJ_TEKS, "jabatan"},
};
static const struct templat_kolom k_rencana[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"jenis", 1, 0, TJ_PILIHAN, "jenis"},
	{"kode", 1, 1, TJ_KODE, "kode"},
	{"induk", 1, 0, TJ_KODE, "induk"},
	{"uraian", 1, 0, TJ_TEKS, "uraian"},
	{"opd", 0, 0, TJ_KODE, "opd"},
};
static const struct templat_kolom k_indikator[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"kode", 1, 1, TJ_KODE, "kode"},
	{"induk", 1, 0, TJ_KODE, "induk"},
	{"uraian", 1, 0, TJ_TEKS, "uraian"},
	{"satuan", 1, 0, TJ_TEKS, "satuan"},
	{"arah", 1, 0, TJ_PILIHAN, "arah"},
	{"skala", 1, 0, TJ_KODE, "skala"},
	{"opd", 1, 0, TJ_KODE, "opd"},
	{"kondisi_awal", 1, 0, TJ_NILAI, "kondisi_awal"},
	{"target_akhir", 1, 0, TJ_NILAI, "target_akhir"},
	{"rumus_turun", 0, 0, TJ_PILIHAN, "rumus_turun"},
	{"agregasi", 0, 0, TJ_PILIHAN, "agregasi"},
	{"bobot", 0, 0, TJ_ANGKA, "bobot"},
};
static const struct templat_kolom k_target[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"indikator", 1, 1, TJ_KODE, "indikator"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"target", 1, 0, TJ_NILAI, "nilai"},
	{"triwulan", 0, 1, TJ_TRIWULAN, "triwulan"}, /* empty: the year's; 1-4: rencana aksi */
};
static const struct templat_kolom k_realisasi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"indikator", 1, 1, TJ_KODE, "indikator"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"triwulan", 1, 1, TJ_TRIWULAN, "triwulan"},
	{"realisasi", 1, 0, TJ_NILAI, "nilai"},
};
static const struct templat_kolom k_anggaran[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"sasaran", 1, 1, TJ_KODE, "sasaran"},
	{"program", 1, 1, TJ_TEKS, "program"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"pagu", 1, 0, TJ_RUPIAH, "pagu"},
	{"realisasi", 1, 0, TJ_RUPIAH, "realisasi"},
	{"opd", 0, 0, TJ_KODE, "opd"},
	{"rencana", 0, 1, TJ_KODE, "rencana"},
};
static const struct templat_kolom k_pembanding[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"indikator", 1, 1, TJ_KODE, "indikator"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"wilayah", 1, 1, TJ_TEKS, "wilayah"},
	{"nilai", 1, 0, TJ_ANGKA, "nilai"},
};
static const struct templat_kolom k_narasi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"objek", 1, 1, TJ_KODE, "objek"},
	{"jenis", 1, 1, TJ_PILIHAN, "jenis"},
	{"teks", 1, 0, TJ_TEKS, "teks"},
};
static const struct templat_kolom k_dilaporkan[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"objek", 1, 1, TJ_KODE, "objek"},
	{"ukuran", 1, 1, TJ_PILIHAN, "ukuran"},
	{"nilai", 1, 0, TJ_CETAK, "nilai"},
	{"sumber", 0, 1, TJ_TEKS, "sumber"},
};
static const struct templat_kolom k_pk[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"opd", 1, 1, TJ_KODE, "opd"},
	{"versi", 1, 1, TJ_ANGKA, "versi"},
	{"nomor", 0, 0, TJ_TEKS, "nomor"},
	{"tanggal", 1, 0, TJ_TEKS, "tanggal"},
	{"pihak_pertama", 1, 0, TJ_TEKS, "pihak_pertama"},
	{"jabatan_pertama", 1, 0, TJ_TEKS, "jabatan_pertama"},
	{"nip_pertama", 0, 0, TJ_TEKS, "nip_pertama"},
	{"pihak_kedua", 0, 0, TJ_TEKS, "pihak_kedua"},
	{"jabatan_kedua", 0, 0, TJ_TEKS, "jabatan_kedua"},
	{"nip_kedua", 0, 0, TJ_TEKS, "nip_kedua"},
};

/*
 * The frozen content of signed PK versions (siklus.md): written by export so
 * a version moves to another database unchanged; on import it becomes the
 * content of a new version of pk.csv instead of the targets of the day.
 */
static const struct templat_kolom k_pk_isi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"opd", 1, 1, TJ_KODE, "opd"},
	{"versi", 1, 1, TJ_ANGKA, "versi"},
	{"urutan", 1, 1, TJ_ANGKA, "urutan"},
	{"indikator", 1, 0, TJ_KODE, "indikator"},
	{"target", 1, 0, TJ_CETAK, "target"},
	{"sasaran", 0, 0, TJ_KODE, "sasaran"},
	{"uraian_sasaran", 0, 0, TJ_TEKS, "uraian_sasaran"},
	{"uraian", 0, 0, TJ_TEKS, "uraian"},
	{"satuan", 0, 0, TJ_TEKS, "satuan"},
};

static const struct templat_kolom k_pk_anggaran[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"opd", 1, 1, TJ_KODE, "opd"},
	{"versi", 1, 1, TJ_ANGKA, "versi"},
	{"urutan", 1, 1, TJ_ANGKA, "urutan"},
	{"program", 1, 0, TJ_TEKS, "program"},
	{"pagu", 1, 0, TJ_RUPIAH, "pagu"},
};

/* siklus.md "Evaluation of SAKIP" and "Surveys". */
static const struct templat_kolom k_kerangka[] = {
	{"kerangka", 1, 1, TJ_KODE, "kerangka"},
	{"kode", 1, 1, TJ_KODE, "kode"},
	{"induk", 1, 0, TJ_KODE, "induk"},
	{"uraian", 1, 0, TJ_TEKS, "uraian"},
	{"bobot", 1, 0, TJ_ANGKA, "bobot"},
	{"jawaban", 1, 0, TJ_PILIHAN, "jawaban"},
};
static const struct templat_kolom k_lke_jawaban[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"opd", 1, 1, TJ_KODE, "opd"},
	{"kerangka", 1, 1, TJ_KODE, "kerangka"},
	{"kriteria", 1, 1, TJ_KODE, "kriteria"},
	{"mandiri", 1, 0, TJ_CETAK, "mandiri"},
	{"evaluator", 1, 0, TJ_CETAK, "evaluator"},
	{"catatan", 0, 0, TJ_TEKS, "catatan"},
	{"bukti", 0, 0, TJ_TEKS, "bukti"},
};
static const struct templat_kolom k_survei[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"kode", 1, 1, TJ_KODE, "kode"},
	{"uraian", 1, 0, TJ_TEKS, "uraian"},
	{"indikator", 1, 0, TJ_KODE, "indikator"},
	{"unsur", 0, 0, TJ_TEKS, "unsur"},
};
static const struct templat_kolom k_survei_jawaban[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"survei", 1, 1, TJ_KODE, "survei"},
	{"periode", 1, 1, TJ_KODE, "periode"},
	{"unit", 1, 1, TJ_KODE, "unit"},
	{"responden", 1, 1, TJ_KODE, "responden"},
};
static const struct templat_kolom k_lke_rekomendasi[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"opd", 1, 1, TJ_KODE, "opd"},
	{"nomor", 1, 1, TJ_KODE, "nomor"},
	{"uraian", 1, 0, TJ_TEKS, "uraian"},
	{"tindak_lanjut", 0, 0, TJ_TEKS, "tindak_lanjut"},
	{"status", 0, 0, TJ_PILIHAN, "status"},
};

static const struct templat_kolom k_jadwal[] = {
	{"pemda", 1, 1, TJ_KODE, "pemda"},
	{"tahun", 1, 1, TJ_TAHUN, "tahun"},
	{"triwulan", 1, 1, TJ_PILIHAN, "triwulan"}, /* 0 (or empty) = the yearly value, 1-4 */
	{"buka", 1, 0, TJ_WAKTU, "buka"},
	{"tutup", 1, 0, TJ_WAKTU, "tutup"},
};

#define T(id, nama, kol) [id] = {nama, nama ".csv", nama, N(kol), kol}
const struct templat_tabel templat[TEMPLAT_N] = {
	T(TEMPLAT_PEMDA, "pemda", k_pemda),
	T(TEMPLAT_PENGATURAN, "pengaturan", k_pengaturan),
	T(TEMPLAT_OPD, "opd", k_opd),
	T(TEMPLAT_RENCANA, "rencana", k_rencana),
	T(TEMPLAT_INDIKATOR, "indikator", k_indikator),
	T(TEMPLAT_TARGET, "target", k_target),
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
