/* kinerja: command dispatch only. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const struct {
	const char *nama;
	int (*fn)(int argc, char **argv);
} perintah[] = {
	{"init", cmd_init},       {"import", cmd_import},   {"export", cmd_export},
	{"demo", cmd_demo},       {"measure", cmd_measure}, {"review", cmd_review},
	{"report", cmd_report},   {"serve", cmd_serve},     {"user", cmd_user},
	{"copy", cmd_copy},       {"backup", cmd_backup},
	{"publish", cmd_publish}, {"token", cmd_token},
	{"evaluate", cmd_evaluate}, {"survey", cmd_survey},
	{"compare", cmd_compare},
	{"tree", cmd_tree},
	{"lock", cmd_lock},       {"unlock", cmd_unlock},
	{"evidence", cmd_evidence},
};

static void bantuan(FILE *f)
{
	fputs("kinerja — sistem akuntabilitas kinerja (e-SAKIP) pemerintah daerah\n\n"
	      "Pemakaian:\n"
	      "  kinerja init DB                       buat basis data kosong\n"
	      "  kinerja import DB FOLDER|BERKAS.xlsx  impor templat (semua atau tidak sama sekali)\n"
	      "  kinerja export DB FOLDER              tulis basis data sebagai berkas CSV templat\n"
	      "  kinerja demo DB                       buat basis data contoh (Kota Serang 2020, dll.)\n"
	      "  kinerja measure DB --pemda KODE --tahun YYYY [--json]\n"
	      "                                        pengukuran kinerja: capaian, predikat, anggaran\n"
	      "  kinerja measure DB --pemda KODE --tahun YYYY --opd KODE [--json]\n"
	      "                                        pengukuran satu perangkat daerah (OPD)\n"
	      "  kinerja tree DB --pemda KODE --tahun YYYY [--json]\n"
	      "                                        pohon kinerja: visi sampai sub-kegiatan\n"
	      "  kinerja review DB --pemda KODE --tahun YYYY [--json]\n"
	      "                                        reviu: angka laporan dibanding hitungan ulang\n"
	      "  kinerja report DB --pemda KODE --tahun YYYY --format html|pdf|xlsx|csv -o BERKAS\n"
	      "                                        dokumen LKjIP\n"
	      "  kinerja serve DB [--listen 127.0.0.1:8080]\n"
	      "                                        aplikasi web\n"
	      "  kinerja compare DB --induk KODE --indikator KODE --tahun YYYY [--batas X] [--json]\n"
	      "                                        bandingkan wilayah di bawah satu induk\n"
	      "  kinerja user add DB --nama NAMA --peran PERAN [--opd KODE]\n"
	      "                                        tambah pengguna; kata sandi dibaca dari stdin\n"
	      "  kinerja copy SUMBER TUJUAN            salin seluruh isi ke basis data kosong\n"
	      "  kinerja backup DB BERKAS              cadangan SQLite yang konsisten\n"
	      "  kinerja publish DB --pemda KODE --tahun YYYY [--withdraw]\n"
	      "                                        terbitkan (atau tarik) data ke halaman publik\n"
	      "  kinerja token add DB --nama NAMA --peran pimpinan|reviewer [--pemda KODE]\n"
	      "  kinerja token revoke DB --nama NAMA   token API baca-saja\n"
	      "  kinerja evaluate DB --pemda KODE --tahun YYYY [--opd KODE] [--riwayat] [--json]\n"
	      "                                        evaluasi AKIP (LKE): nilai komponen, predikat\n"
	      "  kinerja survey DB --pemda KODE --survei KODE [--periode P] [--json]\n"
	      "                                        IKM dari jawaban responden\n"
	      "  kinerja lock DB --pemda KODE --tahun YYYY\n"
	      "                                        kunci data satu tahun (semua perubahan ditolak)\n"
	      "  kinerja unlock DB --pemda KODE --tahun YYYY --alasan TEKS\n"
	      "                                        buka kunci, dengan alasan\n"
	      "  kinerja evidence add DB OBJEK BERKAS  lampirkan bukti dukung (PDF, PNG, JPEG, XLSX, DOCX)\n"
	      "  kinerja evidence get DB ID -o BERKAS | list DB OBJEK\n"
	      "                                        ambil atau daftar bukti dukung\n"
	      "DB: path berkas SQLite atau URI postgresql://…\n",
	      f);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return bantuan(stderr), KELUAR_PEMAKAIAN;
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)
		return bantuan(stdout), KELUAR_OK;
	for (size_t i = 0; i < sizeof(perintah) / sizeof(*perintah); i++)
		if (strcmp(argv[1], perintah[i].nama) == 0)
			return perintah[i].fn(argc - 2, argv + 2);
	return cli_pemakaian("perintah tidak dikenal: %s", argv[1]);
}
