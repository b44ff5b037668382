/*
 * The review (reviu) of a pemda-year: findings grouped by object or by source
 * table, filtered by tingkat and sumber (query parameters, so it works without
 * script), the same finding printed in several tables shown once with every source.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/reviu.h"
#include "../core/ukuran.h"
#include "../layanan/evaluasi.h"
#include "html.h"
#include "hal_int.h"

/* One finding as shown: the first of its identical copies, with every source. */
struct butir {
	const struct temuan *t;
	const char **sumber;
	int n_sumber;
};

static int sama(const struct temuan *a, const struct temuan *b)
{
	return a->tingkat == b->tingkat && strcmp(a->objek, b->objek) == 0 &&
	       strcmp(a->ukuran, b->ukuran) == 0 && a->ada_dilaporkan == b->ada_dilaporkan &&
	       (!a->ada_dilaporkan || a->dilaporkan == b->dilaporkan) &&
	       a->ada_seharusnya == b->ada_seharusnya &&
	       (!a->ada_seharusnya || a->seharusnya == b->seharusnya) &&
	       strcmp(a->dilaporkan_teks ? a->dilaporkan_teks : "",
		      b->dilaporkan_teks ? b->dilaporkan_teks : "") == 0 &&
	       strcmp(a->pesan, b->pesan) == 0;
}

static int uang(const struct temuan *t)
{
	return t->jenis_ukuran == UKURAN_PAGU || t->jenis_ukuran == UKURAN_REALISASI_ANGGARAN ||
	       t->jenis_ukuran == UKURAN_ANGGARAN;
}

/* A figure of a finding: money as "Rp 711.694.079.906", else with its decimals. */
static const char *angka_temuan(const struct temuan *t, int ada, double v, int desimal, char *out,
				size_t n)
{
	if (!ada)
		return "–";
	if (uang(t) && fabs(v) < 9.2e18) {
		char x[48];
		snprintf(out, n, "Rp %s", angka_format_rp((int64_t)llround(v), x, sizeof(x)));
		return out;
	}
	return angka_format(v, desimal, out, n);
}

/* The object's name: the indicator's, the sasaran's or the tujuan's uraian. */
static const char *nama_objek(const struct model *m, const char *objek)
{
	const struct indikator *ind = model_indikator(m, objek);
	if (ind)
		return ind->uraian;
	const struct rencana *r = model_rencana(m, objek);
	if (r)
		return r->uraian;
	if (strcmp(objek, "total") == 0)
		return "Total pemda";
	return NULL;
}

/* A measure's name as read: "capaian thd. target akhir", "realisasi anggaran". */
static const char *nama_ukuran(struct arena *a, const char *u)
{
	if (strcmp(u, "capaian_akhir") == 0)
		return "capaian thd. target akhir";
	char *s = arena_printf(a, "%s", u);
	for (char *c = s; *c; c++)
		if (*c == '_')
			*c = ' ';
	return s;
}

static const char *kelas_tingkat(enum reviu_tingkat t)
{
	return t == REVIU_KESALAHAN ? "p4" : t == REVIU_PERINGATAN ? "p2" : "pn";
}

static void butir_html(struct web_req *r, const struct butir *x, int tampil_objek,
		       const struct model *m)
{
	struct buf *b = &r->out;
	const struct temuan *t = x->t;
	char d[64], s[64];
	const char *dl = t->dilaporkan_teks
			     ? t->dilaporkan_teks
			     : angka_temuan(t, t->ada_dilaporkan, t->dilaporkan,
					    t->desimal > 0 ? t->desimal : 2, d, sizeof(d));
	const char *sh = t->seharusnya_teks
			     ? t->seharusnya_teks
			     : angka_temuan(t, t->ada_seharusnya, t->seharusnya, 2, s, sizeof(s));
	html_f(b,
	       "<li class=\"temuan t-%s\"><div class=\"kepala\"><span class=\"pred %R\">%s</span>",
	       reviu_tingkat_nama(t->tingkat), kelas_tingkat(t->tingkat),
	       reviu_tingkat_nama(t->tingkat));
	if (tampil_objek) {
		const char *nama = nama_objek(m, t->objek);
		html_f(b, " <b>%s</b>%R%s", t->objek, nama ? " " : "", nama ? nama : "");
	}
	html_f(b, " · <span class=\"ukuran\">%s</span></div>", nama_ukuran(&r->arena, t->ukuran));
	if (t->ada_dilaporkan || t->dilaporkan_teks || t->ada_seharusnya || t->seharusnya_teks)
		html_f(b, "<div class=\"angka\">dilaporkan <b>%s</b> · seharusnya <b>%s</b></div>",
		       dl, sh);
	html_f(b, "<p class=\"penjelasan\">%s</p><div class=\"sumber\">Sumber: ", t->pesan);
	for (int i = 0; i < x->n_sumber; i++)
		html_f(b, "%R<span>%s</span>", i ? ", " : "", x->sumber[i]);
	if (!x->n_sumber)
		html_f(b, "–");
	html_f(b, "</div></li>\n");
}

/* The link to this page with one filter changed (NULL: left as it is). */
static void tautan(struct buf *u, const struct pilihan *p, const char *kelompok,
		   const char *tingkat, const char *sumber)
{
	buf_puts(u, "/reviu?pemda=");
	html_url_enc(u, p->pemda);
	buf_printf(u, "&tahun=%d&kelompok=", p->tahun);
	html_url_enc(u, kelompok);
	if (tingkat && *tingkat) {
		buf_puts(u, "&tingkat=");
		html_url_enc(u, tingkat);
	}
	if (sumber && *sumber) {
		buf_puts(u, "&sumber=");
		html_url_enc(u, sumber);
	}
}

void hal_reviu(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	/* the values a printed IKM may rightly show (weight 0,111): as the CLI and the API */
	struct galat gs;
	galat_init(&gs);
	if (layanan_evaluasi_setara(r->s, &p.m, &gs)) {
		hal_galat(r, 503, "Data survei tidak dapat dibaca; coba lagi.");
		return hal_pilihan_lepas(&p);
	}
	struct reviu rv;
	reviu_jalankan(&p.m, p.tahun, &rv);
	const char *tingkat = web_param(r, "tingkat");
	const char *sumber = web_param(r, "sumber");
	const char *kelompok = web_param(r, "kelompok");
	if (tingkat && !*tingkat)
		tingkat = NULL;
	if (sumber && !*sumber)
		sumber = NULL;
	int per_sumber = kelompok && strcmp(kelompok, "sumber") == 0;
	kelompok = per_sumber ? "sumber" : "objek";

	/* identical findings once, with all their sources; then the filters */
	struct butir *bt = xcalloc((size_t)rv.n + 1, sizeof(*bt));
	int nb = 0;
	for (int i = 0; i < rv.n; i++) {
		const struct temuan *t = &rv.temuan[i];
		struct butir *x = NULL;
		for (int k = 0; k < nb && !x; k++)
			if (sama(bt[k].t, t))
				x = &bt[k];
		if (!x) {
			x = &bt[nb++];
			x->t = t;
			x->sumber = arena_alloc(&r->arena, (size_t)rv.n * sizeof(char *));
		}
		const char *sb = t->sumber ? t->sumber : "";
		int ada = 0;
		for (int k = 0; k < x->n_sumber; k++)
			ada |= strcmp(x->sumber[k], sb) == 0;
		if (!ada && *sb)
			x->sumber[x->n_sumber++] = sb;
	}
	/* the distinct sources, in the review's order (tables first) */
	const char **semua = arena_alloc(&r->arena, (size_t)(rv.n + 1) * sizeof(char *));
	int ns = 0;
	for (int i = 0; i < rv.n; i++) {
		const char *sb = rv.temuan[i].sumber;
		int ada = !sb || !*sb;
		for (int k = 0; k < ns && !ada; k++)
			ada = strcmp(semua[k], sb) == 0;
		if (!ada)
			semua[ns++] = sb;
	}
	int *lolos = xcalloc((size_t)nb + 1, sizeof(int));
	int nl = 0;
	for (int k = 0; k < nb; k++) {
		int ok = !tingkat || strcmp(reviu_tingkat_nama(bt[k].t->tingkat), tingkat) == 0;
		if (ok && sumber) {
			ok = 0;
			for (int s = 0; s < bt[k].n_sumber; s++)
				ok |= strcmp(bt[k].sumber[s], sumber) == 0;
		}
		lolos[k] = ok;
		nl += ok;
	}

	struct buf *b = &r->out;
	char judul[200];
	snprintf(judul, sizeof(judul), "Reviu %s %d", p.m.pemda.nama, p.tahun);
	hal_awal_pilihan(r, judul, &p);
	hal_form_pilih(r, &p, "/reviu", 0);
	html_f(b, "<h1>Reviu %s Tahun %d</h1>", p.m.pemda.nama, p.tahun);
	hal_kunci_spanduk(r, p.pemda, p.tahun);
	html_f(b,
	       "<div class=\"kartu\">"
	       "<div><b>%d</b><span>angka laporan diperiksa</span></div>",
	       rv.n_diperiksa);
	for (int t = 0; t < REVIU_N_TINGKAT; t++) {
		struct buf u = BUF_INIT;
		tautan(&u, &p, kelompok, reviu_tingkat_nama((enum reviu_tingkat)t), NULL);
		html_f(b, "<div><b>%d</b><a class=\"pred %R\" href=\"%s\">%s</a></div>",
		       rv.jumlah[t], kelas_tingkat((enum reviu_tingkat)t), u.data,
		       reviu_tingkat_nama((enum reviu_tingkat)t));
		buf_release(&u);
	}
	html_f(b, "</div>");

	/* the filters: a GET form, so they work without script */
	html_f(b,
	       "<form class=\"pilih\" method=\"get\" action=\"/reviu\" id=\"saring\">"
	       "<input type=\"hidden\" name=\"pemda\" value=\"%s\">"
	       "<input type=\"hidden\" name=\"tahun\" value=\"%d\">"
	       "<div><label for=\"kelompok\">Kelompokkan menurut</label><select id=\"kelompok\" "
	       "name=\"kelompok\" data-otomatis><option value=\"objek\"%R>objek</option>"
	       "<option value=\"sumber\"%R>tabel sumber</option></select></div>"
	       "<div><label for=\"tingkat\">Tingkat</label><select id=\"tingkat\" name=\"tingkat\" "
	       "data-otomatis><option value=\"\">semua</option>",
	       p.pemda, p.tahun, per_sumber ? "" : " selected", per_sumber ? " selected" : "");
	for (int t = 0; t < REVIU_N_TINGKAT; t++) {
		const char *nm = reviu_tingkat_nama((enum reviu_tingkat)t);
		html_f(b, "<option%R>%s</option>",
		       tingkat && strcmp(tingkat, nm) == 0 ? " selected" : "", nm);
	}
	html_f(b, "</select></div><div><label for=\"sumber\">Sumber</label><select id=\"sumber\" "
		  "name=\"sumber\" data-otomatis><option value=\"\">semua</option>");
	for (int k = 0; k < ns; k++)
		html_f(b, "<option%R>%s</option>",
		       sumber && strcmp(sumber, semua[k]) == 0 ? " selected" : "", semua[k]);
	html_f(b, "</select></div><div><button type=\"submit\">Saring</button></div></form>");
	html_f(b,
	       "<p class=\"kecil\" id=\"jumlah-temuan\">Menampilkan %d dari %d temuan "
	       "(%d baris reviu; temuan yang sama dari beberapa tabel ditampilkan sekali "
	       "dengan semua sumbernya).",
	       nl, nb, rv.n);
	if (tingkat || sumber) {
		struct buf u = BUF_INIT;
		tautan(&u, &p, kelompok, NULL, NULL);
		html_f(b, " <a href=\"%s\">Hapus saringan</a>", u.data);
		buf_release(&u);
	}
	html_f(b, "</p>");

	/* the groups: by object (in the review's order) or by source */
	int ng = 0;
	const char **grup = arena_alloc(&r->arena, (size_t)(rv.n + 1) * sizeof(char *));
	if (per_sumber) {
		for (int k = 0; k < ns; k++)
			if (!sumber || strcmp(semua[k], sumber) == 0)
				grup[ng++] = semua[k];
	} else {
		for (int k = 0; k < nb; k++) {
			int ada = 0;
			for (int g = 0; g < ng && !ada; g++)
				ada = strcmp(grup[g], bt[k].t->objek) == 0;
			if (!ada)
				grup[ng++] = bt[k].t->objek;
		}
	}
	html_f(b, "<div id=\"temuan\">");
	for (int g = 0; g < ng; g++) {
		int n = 0;
		for (int k = 0; k < nb; k++) {
			if (!lolos[k])
				continue;
			int masuk = 0;
			if (per_sumber)
				for (int s = 0; s < bt[k].n_sumber; s++)
					masuk |= strcmp(bt[k].sumber[s], grup[g]) == 0;
			else
				masuk = strcmp(bt[k].t->objek, grup[g]) == 0;
			if (!masuk)
				continue;
			if (!n++) {
				const char *nama = per_sumber ? NULL : nama_objek(&p.m, grup[g]);
				html_f(b,
				       "<section class=\"grup\"><h2>%s%R%s%R</h2><ul "
				       "class=\"temuan\">",
				       grup[g], nama ? " <span class=\"kecil\">" : "",
				       nama ? nama : "", nama ? "</span>" : "");
			}
			butir_html(r, &bt[k], per_sumber, &p.m);
		}
		if (n)
			html_f(b, "</ul></section>\n");
	}
	if (!nl)
		html_f(b, "<p>Tidak ada temuan%R.</p>",
		       tingkat || sumber ? " untuk saringan ini" : "");
	html_f(b, "</div>");
	hal_akhir(r);
	free(lolos);
	free(bt);
	reviu_release(&rv);
	hal_pilihan_lepas(&p);
}
