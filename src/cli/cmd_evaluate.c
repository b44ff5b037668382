/*
 * `kinerja evaluate DB --pemda K --tahun Y [--opd KODE] [--riwayat] [--json]`:
 * the SAKIP evaluation (LKE) of the pemda or one OPD: components, their
 * sub-components, total and predikat (antarmuka.md); the history per
 * component across years (--riwayat; always in the JSON) and, for the pemda,
 * the OPD ranked by their score.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/banding.h"
#include "../layanan/evaluasi.h"
#include "cli.h"

static json_t *angka(double v)
{
	return json_real(angka_bulat(v, 4));
}

/* "mandiri" when any score rests on self-assessment (siklus.md), else "evaluator". */
static const char *sumber_nama(enum lke_sumber s)
{
	return s == LKE_SUMBER_EVALUATOR ? "evaluator" : s == LKE_SUMBER_KOSONG ? NULL : "mandiri";
}

static json_t *butir_json(const struct evaluasi *e, int i)
{
	const struct lke_butir *b = &e->k.butir[i];
	const struct lke_skor *sk = &e->skor[i];
	json_t *o = json_object();
	json_object_set_new(o, "kode", json_string(b->kode));
	json_object_set_new(o, "uraian", json_string(b->uraian));
	if (b->tipe != LKE_GRUP) {
		json_object_set_new(o, "nilai", sk->sumber ? angka(sk->nilai) : json_null());
		const char *sn = lke_sumber_nama(sk->sumber);
		json_object_set_new(o, "sumber", sn ? json_string(sn) : json_null());
		return o;
	}
	json_object_set_new(o, "bobot", angka(b->bobot));
	json_object_set_new(o, "nilai", angka(sk->nilai));
	json_object_set_new(o, "persen", angka(sk->persen));
	const char *sn = sumber_nama(sk->sumber);
	json_object_set_new(o, "sumber", sn ? json_string(sn) : json_null());
	json_t *sub = json_array(), *kri = json_array();
	for (int j = 0; j < e->k.n; j++) {
		if (e->k.butir[j].induk_i != i)
			continue;
		json_array_append_new(e->k.butir[j].tipe == LKE_GRUP ? sub : kri, butir_json(e, j));
	}
	json_object_set_new(o, "subkomponen", sub);
	if (json_array_size(kri))
		json_object_set_new(o, "kriteria", kri);
	else
		json_decref(kri);
	return o;
}

static json_t *evaluasi_json(const struct evaluasi *e)
{
	json_t *o = json_object();
	if (!e->ada) {
		json_object_set_new(o, "kerangka", json_null());
		json_object_set_new(o, "komponen", json_array());
		json_object_set_new(o, "total", json_null());
		json_object_set_new(o, "predikat", json_null());
		json_object_set_new(o, "sumber", json_null());
		json_object_set_new(o, "lengkap", json_false());
		return o;
	}
	json_object_set_new(o, "kerangka", json_string(e->k.kode));
	json_t *kom = json_array();
	for (int i = 0; i < e->k.n; i++)
		if (e->k.butir[i].induk_i < 0)
			json_array_append_new(kom, butir_json(e, i));
	json_object_set_new(o, "komponen", kom);
	json_object_set_new(o, "total", angka(e->hasil.total.nilai));
	json_object_set_new(o, "predikat",
			    e->hasil.predikat ? json_string(e->hasil.predikat) : json_null());
	const char *sn = sumber_nama(e->sumber);
	json_object_set_new(o, "sumber", sn ? json_string(sn) : json_null());
	json_object_set_new(o, "lengkap", json_boolean(e->hasil.lengkap));
	return o;
}

static void cetak(struct buf *b, const struct evaluasi *e)
{
	char x[64], y[64], z[64];
	buf_printf(b, "Kerangka: %s\n", e->k.kode);
	buf_puts(b, "  ");
	cli_kolom(b, "Kode", 8, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Komponen", 48, 0);
	buf_putc(b, ' ');
	cli_kolom(b, "Bobot", 7, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "Nilai", 7, 1);
	buf_putc(b, ' ');
	cli_kolom(b, "% bobot", 8, 1);
	buf_putc(b, '\n');
	for (int i = 0; i < e->k.n; i++) {
		const struct lke_butir *bt = &e->k.butir[i];
		if (bt->tipe != LKE_GRUP)
			continue;
		buf_puts(b, bt->tingkat ? "    " : "  ");
		cli_kolom(b, bt->kode, bt->tingkat ? 6 : 8, 0);
		buf_putc(b, ' ');
		cli_kolom(b, bt->uraian, 48, 0);
		buf_putc(b, ' ');
		cli_kolom(b, angka_format(bt->bobot, 2, x, sizeof(x)), 7, 1);
		buf_putc(b, ' ');
		cli_kolom(b, angka_format(e->skor[i].nilai, 2, y, sizeof(y)), 7, 1);
		buf_putc(b, ' ');
		cli_kolom(b, angka_format(e->skor[i].persen, 2, z, sizeof(z)), 8, 1);
		buf_putc(b, '\n');
	}
	buf_printf(b, "Nilai total: %s   Predikat: %s   Sumber: %s%s\n",
		   angka_format(e->hasil.total.nilai, 2, x, sizeof(x)),
		   e->hasil.predikat ? e->hasil.predikat : "-",
		   sumber_nama(e->sumber) ? sumber_nama(e->sumber) : "-",
		   e->hasil.lengkap ? "" : "   (belum semua kriteria dijawab)");
}

/* Tabel 3.29: components (rows) across the years (bobot and nilai per year). */
static void cetak_riwayat(struct buf *b, const struct evaluasi *e, const int *tahun, int n)
{
	char x[64];
	buf_puts(b, "\nRiwayat per komponen (bobot / nilai):\n  ");
	cli_kolom(b, "Komponen", 40, 0);
	for (int t = 0; t < n; t++) {
		snprintf(x, sizeof(x), "%d", tahun[t]);
		buf_putc(b, ' ');
		cli_kolom(b, x, 15, 1);
	}
	buf_putc(b, '\n');
	/* Rows: the components of the latest year's framework, matched by their uraian. */
	const struct evaluasi *akhir = &e[n - 1];
	for (int i = 0; i < akhir->k.n; i++) {
		if (akhir->k.butir[i].induk_i >= 0)
			continue;
		buf_puts(b, "  ");
		cli_kolom(b, akhir->k.butir[i].uraian, 40, 0);
		for (int t = 0; t < n; t++) {
			int j = -1;
			for (int q = 0; q < e[t].k.n && j < 0; q++)
				if (e[t].k.butir[q].induk_i < 0 &&
				    strcmp(e[t].k.butir[q].uraian, akhir->k.butir[i].uraian) == 0)
					j = q;
			char sel[64] = "-";
			if (j >= 0) {
				char bb[32], nn[32];
				snprintf(sel, sizeof(sel), "%s / %s",
					 angka_format(e[t].k.butir[j].bobot, 0, bb, sizeof(bb)),
					 angka_format(e[t].skor[j].nilai, 2, nn, sizeof(nn)));
			}
			buf_putc(b, ' ');
			cli_kolom(b, sel, 15, 1);
		}
		buf_putc(b, '\n');
	}
	buf_puts(b, "  ");
	cli_kolom(b, "Nilai total (predikat)", 40, 0);
	for (int t = 0; t < n; t++) {
		char sel[64], nn[32];
		snprintf(sel, sizeof(sel), "%s (%s)",
			 angka_format(e[t].hasil.total.nilai, 2, nn, sizeof(nn)),
			 e[t].hasil.predikat ? e[t].hasil.predikat : "-");
		buf_putc(b, ' ');
		cli_kolom(b, sel, 15, 1);
	}
	buf_putc(b, '\n');
}

struct rek {
	const char *opd;
	json_t *a;
};

static int rek_satu(const struct store_rekomendasi_baris *b, void *arg)
{
	struct rek *r = arg;
	if (strcmp(b->opd, r->opd) == 0)
		json_array_append_new(r->a, json_pack("{s:s, s:s, s:s, s:s}", "nomor", b->nomor,
						      "uraian", b->uraian, "tindak_lanjut",
						      b->tindak_lanjut, "status", b->status));
	return 0;
}

int cmd_evaluate(int argc, char **argv)
{
	struct cli_opsi o;
	int rc = cli_opsi_parse(argc, argv, "pemda,tahun,opd,riwayat,json", &o);
	if (rc)
		return rc;
	struct galat g;
	galat_init(&g);
	struct model m;
	model_init(&m);
	struct arena a;
	arena_init(&a);
	struct store *s = NULL;
	json_t *akar = NULL;
	struct buf b = BUF_INIT;
	const char *opd = o.opd ? o.opd : "";
	rc = KELUAR_GALAT;
	if (store_open(o.db, STORE_ADA, &s, &g) || store_muat(s, o.pemda, &m, &g))
		goto galat;
	if (*opd) {
		int ada = 0;
		for (int i = 0; i < m.n_opd; i++)
			ada |= strcmp(m.opd[i].kode, opd) == 0;
		if (!ada) {
			g.pengguna = 1;
			galat_set(&g, "opd '%s' tidak dikenal untuk pemda %s", opd, o.pemda);
			goto galat;
		}
	}
	const struct skala *akip = model_skala(&m, "akip");
	struct evaluasi e;
	if (layanan_evaluasi_hitung(s, o.pemda, o.tahun, opd, akip, &a, &e, &g))
		goto galat;
	/* The history: every year with answers up to this one. */
	int tahun[64];
	int nt = layanan_evaluasi_tahun(s, o.pemda, opd, tahun, 64, &g);
	if (nt < 0)
		goto galat;
	struct evaluasi *rw = arena_alloc(&a, sizeof(*rw) * (size_t)(nt ? nt : 1));
	int nr = 0;
	for (int t = 0; t < nt; t++) {
		if (tahun[t] > o.tahun)
			continue;
		if (layanan_evaluasi_hitung(s, o.pemda, tahun[t], opd, akip, &a, &rw[nr], &g))
			goto galat;
		tahun[nr++] = tahun[t];
	}
	/* The OPD ranked by their score (the pemda's evaluation only). */
	const char **kode = NULL;
	int nk = *opd ? 0 : layanan_evaluasi_opd(s, o.pemda, o.tahun, &a, &kode, &g);
	if (nk < 0)
		goto galat;
	struct evaluasi *eo = arena_alloc(&a, sizeof(*eo) * (size_t)(nk ? nk : 1));
	double *nilai = arena_alloc(&a, sizeof(double) * (size_t)(nk ? nk : 1));
	int *urut = arena_alloc(&a, sizeof(int) * (size_t)(nk ? nk : 1));
	int *peringkat = arena_alloc(&a, sizeof(int) * (size_t)(nk ? nk : 1));
	for (int i = 0; i < nk; i++) {
		if (layanan_evaluasi_hitung(s, o.pemda, o.tahun, kode[i], akip, &a, &eo[i], &g))
			goto galat;
		nilai[i] = eo[i].hasil.total.nilai;
	}
	banding_peringkat(nilai, NULL, nk, ARAH_NAIK, peringkat, urut);
	struct rek rk = {opd, json_array()};
	if (store_rekomendasi_daftar(s, o.pemda, o.tahun, opd, rek_satu, &rk, &g)) {
		json_decref(rk.a);
		goto galat;
	}
	if (!e.ada && !nk) {
		g.pengguna = 1;
		galat_set(&g, "belum ada jawaban LKE untuk %s%s%s tahun %d (impor lke_jawaban.csv)",
			  o.pemda, *opd ? " OPD " : "", opd, o.tahun);
		goto galat;
	}

	if (o.json) {
		akar = evaluasi_json(&e);
		json_object_set_new(akar, "pemda", json_pack("{s:s, s:s}", "kode", m.pemda.kode,
							     "nama", m.pemda.nama));
		json_object_set_new(akar, "tahun", json_integer(o.tahun));
		json_object_set_new(akar, "opd", *opd ? json_string(opd) : json_null());
		json_t *r = json_array();
		for (int t = 0; t < nr; t++) {
			json_t *x = evaluasi_json(&rw[t]);
			json_object_set_new(x, "tahun", json_integer(tahun[t]));
			json_array_append_new(r, x);
		}
		json_object_set_new(akar, "riwayat", r);
		json_t *po = json_array();
		for (int q = 0; q < nk; q++) {
			int i = urut[q];
			const char *nama = "";
			for (int j = 0; j < m.n_opd; j++)
				if (strcmp(m.opd[j].kode, kode[i]) == 0)
					nama = m.opd[j].nama;
			json_array_append_new(
				po, json_pack("{s:s, s:s, s:f, s:o, s:i}", "kode", kode[i], "nama", nama,
					      "total", angka_bulat(nilai[i], 4), "predikat",
					      eo[i].hasil.predikat ? json_string(eo[i].hasil.predikat)
								   : json_null(),
					      "peringkat", peringkat[i]));
		}
		json_object_set_new(akar, "opd_peringkat", po);
		json_object_set_new(akar, "rekomendasi", rk.a);
		char *t = json_dumps(akar, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
						   JSON_REAL_PRECISION(15));
		puts(t);
		free(t);
	} else {
		buf_printf(&b, "Evaluasi AKIP %s%s%s %d\n", m.pemda.nama, *opd ? " — OPD " : "", opd,
			   o.tahun);
		if (e.ada)
			cetak(&b, &e);
		else
			buf_puts(&b, "Belum ada lembar kerja evaluasi pemda sendiri tahun ini.\n");
		if (o.riwayat && nr)
			cetak_riwayat(&b, rw, tahun, nr);
		if (nk) {
			buf_puts(&b, "\nPeringkat OPD menurut nilai evaluasi:\n");
			for (int q = 0; q < nk; q++) {
				int i = urut[q];
				char x[32];
				buf_printf(&b, "  %3d  ", peringkat[i]);
				cli_kolom(&b, kode[i], 16, 0);
				buf_putc(&b, ' ');
				cli_kolom(&b, angka_format(nilai[i], 2, x, sizeof(x)), 7, 1);
				buf_printf(&b, "  %s\n", eo[i].hasil.predikat ? eo[i].hasil.predikat : "-");
			}
		}
		if (json_array_size(rk.a))
			buf_puts(&b, "\nRekomendasi dan tindak lanjut:\n");
		for (size_t i = 0; i < json_array_size(rk.a); i++) {
			json_t *x = json_array_get(rk.a, i);
			buf_printf(&b, "  %s. %s [%s]%s%s\n",
				   json_string_value(json_object_get(x, "nomor")),
				   json_string_value(json_object_get(x, "uraian")),
				   json_string_value(json_object_get(x, "status")),
				   *json_string_value(json_object_get(x, "tindak_lanjut")) ? " — " : "",
				   json_string_value(json_object_get(x, "tindak_lanjut")));
		}
		json_decref(rk.a);
		fputs(b.data, stdout);
	}
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
