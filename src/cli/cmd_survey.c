/*
 * `kinerja survey DB --pemda K --survei KODE --periode P [--json]`: the IKM
 * of a survey period from its respondents' answers (PermenPANRB 14/2017,
 * siklus.md "Surveys"): per unsur, per unit and for the pemda, with the
 * tables of the LKjIP (per unsur across periods, per unit across periods).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/skala.h"
#include "../layanan/evaluasi.h"
#include "../report/evaluasi_json.h"
#include "cli.h"

static const char *fmt(int ada, double v, int d, char *out, size_t n)
{
	return ada ? angka_format(v, d, out, n) : "-";
}

int cmd_survey(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,survei,periode,json", &o);
	if (rc)
		return rc;
	if (!o.survei)
		return cli_pemakaian("--survei KODE wajib");
	struct galat g;
	galat_init(&g);
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct store *s = NULL;
	struct buf b = BUF_INIT;
	json_t *akar = NULL;
	rc = KELUAR_GALAT;
	struct survei_data d;
	enum ikm_agregat ag;
	if (store_open(o.db, STORE_ADA, &s, &g) || store_muat(s, o.pemda, &m, &g))
		goto galat;
	int r = layanan_survei_muat(s, o.pemda, o.survei, &a, &d, &g);
	if (r < 0 || layanan_ikm_agregat(s, o.pemda, &ag, &g))
		goto galat;
	if (r == 0) {
		g.pengguna = 1;
		galat_set(&g, "survei '%s' tidak dikenal untuk pemda %s", o.survei, o.pemda);
		goto galat;
	}
	if (!d.n_periode) {
		g.pengguna = 1;
		galat_set(&g, "survei %s belum memiliki jawaban (impor survei_jawaban.csv)", o.survei);
		goto galat;
	}
	/* Default: the latest period entered. */
	const char *periode = o.periode ? o.periode : d.periode[d.n_periode - 1];
	int ip = layanan_survei_periode(&d, periode);
	if (ip < 0) {
		g.pengguna = 1;
		struct buf daftar = BUF_INIT;
		for (int i = 0; i < d.n_periode; i++)
			buf_printf(&daftar, "%s%s", i ? ", " : "", d.periode[i]);
		galat_set(&g, "survei %s tidak memiliki jawaban periode '%s' (ada: %s)", o.survei,
			  periode, daftar.data);
		buf_release(&daftar);
		goto galat;
	}
	const struct skala *mutu = model_skala(&m, "ikm_mutu");
	int nu = d.n_unsur;
	struct ikm_unsur *un = arena_alloc(&a, sizeof(*un) * (size_t)nu);
	struct ikm_hasil h;
	ikm_pemda(&d.h, ip, ag, mutu, un, &h);
	if (o.json) {
		struct survei_laporan sl = {m.pemda.kode,
					    m.pemda.nama,
					    d.kode,
					    d.uraian,
					    d.indikator,
					    ag,
					    mutu,
					    &d.h,
					    (const char *const *)d.unsur,
					    (const char *const *)d.unit,
					    (const char *const *)d.periode,
					    ip};
		akar = survei_json(&sl, 0);
		char *x = json_dumps(akar, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
						   JSON_REAL_PRECISION(15));
		puts(x);
		free(x);
		rc = KELUAR_OK;
		goto out;
	}
	char x[64], y[64];
	buf_printf(&b, "Survei %s — %s, periode %s (%s)\n", d.kode, d.uraian, periode,
		   ikm_agregat_nama(ag));
	buf_printf(&b, "IKM %s  mutu %s (%s), %lld responden\n", fmt(h.ada, h.ikm, 2, x, sizeof(x)),
		   h.mutu ? h.mutu : "-", ikm_mutu_kinerja(h.mutu) ? ikm_mutu_kinerja(h.mutu) : "-",
		   (long long)h.responden);
	/* Per unsur across periods (Grafik 3.19). */
	buf_puts(&b, "\nNilai per unsur (indeks) menurut periode:\n  ");
	cli_kolom(&b, "Unsur", 10, 0);
	for (int p = 0; p < d.n_periode; p++) {
		buf_putc(&b, ' ');
		cli_kolom(&b, d.periode[p], 9, 1);
	}
	buf_putc(&b, '\n');
	struct ikm_unsur *per = arena_alloc(&a, sizeof(*per) * (size_t)nu * (size_t)d.n_periode);
	struct ikm_hasil *hp = arena_alloc(&a, sizeof(*hp) * (size_t)d.n_periode);
	for (int p = 0; p < d.n_periode; p++)
		ikm_pemda(&d.h, p, ag, mutu, &per[(size_t)p * (size_t)nu], &hp[p]);
	for (int u = 0; u < nu; u++) {
		buf_puts(&b, "  ");
		cli_kolom(&b, d.unsur[u], 10, 0);
		for (int p = 0; p < d.n_periode; p++) {
			const struct ikm_unsur *q = &per[(size_t)p * (size_t)nu + (size_t)u];
			buf_putc(&b, ' ');
			cli_kolom(&b, fmt(q->ada, q->indeks, 2, y, sizeof(y)), 9, 1);
		}
		buf_putc(&b, '\n');
	}
	buf_puts(&b, "  ");
	cli_kolom(&b, "IKM", 10, 0);
	for (int p = 0; p < d.n_periode; p++) {
		buf_putc(&b, ' ');
		cli_kolom(&b, fmt(hp[p].ada, hp[p].ikm, 2, y, sizeof(y)), 9, 1);
	}
	buf_putc(&b, '\n');
	/* Per unit across periods (Tabel 3.27). */
	buf_puts(&b, "\nIKM per unit layanan menurut periode:\n  ");
	cli_kolom(&b, "Unit", 24, 0);
	for (int p = 0; p < d.n_periode; p++) {
		buf_putc(&b, ' ');
		cli_kolom(&b, d.periode[p], 12, 1);
	}
	buf_putc(&b, '\n');
	for (int t = 0; t < d.n_unit; t++) {
		buf_puts(&b, "  ");
		cli_kolom(&b, d.unit[t], 24, 0);
		for (int p = 0; p < d.n_periode; p++) {
			struct ikm_hasil hu;
			ikm_unit(&d.h, p, t, mutu, un, &hu);
			char sel[64];
			snprintf(sel, sizeof(sel), "%s %s", fmt(hu.ada, hu.ikm, 2, y, sizeof(y)),
				 hu.ada && hu.mutu ? hu.mutu : "");
			buf_putc(&b, ' ');
			cli_kolom(&b, sel, 12, 1);
		}
		buf_putc(&b, '\n');
	}
	fputs(b.data, stdout);
	rc = KELUAR_OK;
	goto out;
galat:
	rc = cli_galat(&g);
out:
	json_decref(akar);
	buf_release(&b);
	store_close(s);
	arena_release(&a);
	model_release(&m);
	return rc;
}
