/*
 * The command line: one cmd_<verb>.c per command. Each returns the exit
 * status of antarmuka.md: 0 success, 1 user error, 2 usage error.
 */
#ifndef KINERJA_CLI_H
#define KINERJA_CLI_H

#include "../store/store.h"
#include "../util/util.h"

#define KELUAR_OK 0
#define KELUAR_GALAT 1
#define KELUAR_PEMAKAIAN 2

int cmd_init(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_measure(int argc, char **argv);
int cmd_review(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_user(int argc, char **argv);
int cmd_copy(int argc, char **argv);
int cmd_backup(int argc, char **argv);
int cmd_publish(int argc, char **argv);
int cmd_token(int argc, char **argv);
int cmd_evaluate(int argc, char **argv);
int cmd_survey(int argc, char **argv);

struct ekspor_hasil;
struct cli_opsi;
/* Adds the evaluation and survey tables of the store to an export (ekspor_evaluasi.c). */
int cli_ekspor_evaluasi(struct store *s, struct ekspor_hasil *h, struct galat *g);
/* `report --dokumen evaluasi`: the LHE of o->pemda, o->tahun (o->opd) (laporan_evaluasi.c). */
int cli_laporan_evaluasi(const struct cli_opsi *o);
int cmd_compare(int argc, char **argv);
int cmd_tree(int argc, char **argv);
int cmd_lock(int argc, char **argv);
int cmd_unlock(int argc, char **argv);
int cmd_evidence(int argc, char **argv);

/* Prints "kinerja: <message>" for g on stderr and returns the exit status it calls for. */
int cli_galat(const struct galat *g);
/* Prints a usage error and returns KELUAR_PEMAKAIAN. */
int cli_pemakaian(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Options shared by the commands on a pemda-year: DB --pemda KODE --tahun YYYY [--json]. */
struct cli_opsi {
	const char *db;
	const char *pemda;
	int tahun;
	int json;
	const char *format;
	const char *keluaran; /* -o FILE */
	const char *listen;
	const char *nama, *peran, *opd;
	const char *survei, *periode; /* survey */
	int riwayat;                  /* evaluate --riwayat */
	const char *dokumen;          /* report --dokumen */
	const char *induk, *indikator, *batas; /* compare */
	const char *alasan; /* unlock --alasan TEXT */
	int versi;          /* report --versi N (0: not given) */
};
/*
 * Parses argv (after the verb) into o. `boleh` lists the accepted flags,
 * e.g. "pemda,tahun,json"; pemda and tahun are required when listed, unless
 * marked optional ("pemda?"). Returns 0, or KELUAR_PEMAKAIAN after printing why.
 */
int cli_opsi_parse(int argc, char **argv, const char *boleh, struct cli_opsi *o);
/* `report --dokumen reviu`: the review statement (cmd_pernyataan.c). */
int cli_pernyataan(const struct cli_opsi *o);

/*
 * Opens o->db, loads pemda o->pemda into m (initialised here) and closes the
 * store. Returns 0, or the exit status after printing the error (m released).
 */
int cli_muat(const struct cli_opsi *o, struct model *m);

/* Display width of UTF-8 text (code points). */
int cli_lebar(const char *s);
/* Appends s padded (or cut with "…") to width w, right-aligned when kanan. */
void cli_kolom(struct buf *b, const char *s, int w, int kanan);

#endif
