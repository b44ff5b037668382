/*
 * Planners create and edit in the browser (issue 10 item 2): one form per
 * template table (pemda, OPD, the plan tree, indicators, targets,
 * realisasi, budgets, narratives), its fields the template's columns
 * (core/templat.h), saved by layanan_rencana_simpan (the importer's checks,
 * audited). Page /rencana, JSON POST /api/rencana. Also the planners' page frame.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"

#include "../core/templat.h"
#include "../layanan/rencana.h"
#include "hal_perencana.h"
#include "hal_int.h"
#include "html.h"
#include "masukan.h"

/* The tables planners edit in a form, in the order a new pemda is built. */
static const enum templat_id formulir[] = {
    TEMPLAT_PEMDA,     TEMPLAT_OPD,	 TEMPLAT_RENCANA, TEMPLAT_INDIKATOR,
    TEMPLAT_TARGET,    TEMPLAT_REALISASI, TEMPLAT_ANGGARAN, TEMPLAT_NARASI,
    TEMPLAT_PK,
};
#define N_FORMULIR ((int)(sizeof(formulir) / sizeof(*formulir)))
#define SEL_MAKS 4000 /* a cell (IMPOR_SEL_MAKS): narratives are long */

static const char *judul_tabel(enum templat_id t)
{
	switch (t) {
	case TEMPLAT_PEMDA: return "Pemda";
	case TEMPLAT_OPD: return "OPD";
	case TEMPLAT_RENCANA: return "Rencana (RPJMD dan Renstra OPD)";
	case TEMPLAT_INDIKATOR: return "Indikator";
	case TEMPLAT_TARGET: return "Target";
	case TEMPLAT_REALISASI: return "Realisasi";
	case TEMPLAT_ANGGARAN: return "Anggaran";
	case TEMPLAT_NARASI: return "Narasi";
	case TEMPLAT_PK: return "Perjanjian Kinerja";
	default: return templat[t].nama;
	}
}

/* A hint under a field: what the column takes (format-impor.md). */
static const char *petunjuk(enum templat_id t, const char *kolom)
{
	static const struct {
		enum templat_id t;
		const char *kolom, *teks;
	} p[] = {
	    {TEMPLAT_PEMDA, "kode", "kode wilayah Kemendagri, mis. 36.73"},
	    {TEMPLAT_PEMDA, "induk", "kode pemda induk (kosong untuk yang teratas)"},
	    {TEMPLAT_PEMDA, "rumus_turun", "kosong = selisih"},
	    {TEMPLAT_RENCANA, "jenis",
	     "RPJMD: visi, misi, tujuan, sasaran; Renstra OPD: tujuan_pd, sasaran_pd, program, "
	     "kegiatan, subkegiatan"},
	    {TEMPLAT_RENCANA, "induk",
	     "kode simpul di atasnya (kosong untuk visi): tujuan_pd di bawah sasaran, sasaran_pd "
	     "di bawah tujuan_pd, program di bawah sasaran_pd atau sasaran, kegiatan di bawah "
	     "program, subkegiatan di bawah kegiatan"},
	    {TEMPLAT_RENCANA, "opd",
	     "kode OPD: wajib untuk tujuan_pd, sasaran_pd dan program; kegiatan dan subkegiatan: "
	     "kosong = OPD induknya; kosong untuk RPJMD"},
	    {TEMPLAT_INDIKATOR, "induk", "kode tujuan, sasaran atau simpul Renstra OPD"},
	    {TEMPLAT_INDIKATOR, "skala", "untuk arah kategori: opini_bpk, akip, lppd, ikm_mutu, ..."},
	    {TEMPLAT_INDIKATOR, "opd", "kode OPD penanggung jawab (kosong = OPD simpulnya)"},
	    {TEMPLAT_INDIKATOR, "agregasi", "kosong = akhir"},
	    {TEMPLAT_TARGET, "target", "angka (72,47), rentang (3-5) atau kategori (WTP)"},
	    {TEMPLAT_TARGET, "triwulan", "kosong = setahun, 1-4 = triwulan"},
	    {TEMPLAT_REALISASI, "triwulan", "kosong = setahun, 1-4 = triwulan"},
	    {TEMPLAT_ANGGARAN, "pagu", "Rupiah, mis. 1.384.644.172"},
	    {TEMPLAT_NARASI, "objek",
	     "kode indikator, sasaran, tujuan, atau pemda (kode OPD: kata pengantar LKj OPD)"},
	};
	for (size_t i = 0; i < sizeof(p) / sizeof(*p); i++)
		if (p[i].t == t && strcmp(p[i].kolom, kolom) == 0)
			return p[i].teks;
	return NULL;
}

void hal_perencana_awal(struct web_req *r, const char *judul)
{
	hal_awal(r, judul); /* the shared layout (hal_tata.c) */
}

static enum templat_id tabel_dari(const char *nama)
{
	const struct templat_tabel *tt = nama ? templat_cari(nama) : NULL;
	for (int i = 0; tt && i < N_FORMULIR; i++)
		if (&templat[formulir[i]] == tt)
			return formulir[i];
	return TEMPLAT_N;
}

static int riwayat_baris(const char *indikator, int tahun, const char *teks, const char *diganti,
			 void *arg)
{
	struct web_req *r = arg;
	html_f(&r->out,
	       "<tr><td data-label=\"Indikator\">%s</td><td data-label=\"Tahun\">%d</td>"
	       "<td data-label=\"Target lama\">%s</td><td data-label=\"Diganti\">%s</td></tr>",
	       indikator, tahun, teks, diganti);
	return 0;
}

/* The earlier targets of pemda (PK before its Perubahan), under the target form. */
static void riwayat_target(struct web_req *r, const char *pemda)
{
	html_f(&r->out, "<h2>Riwayat target (PK sebelum Perubahan)</h2><div class=\"tabel\">"
			"<table class=\"kartu-hp riwayat\"><thead><tr><th>Indikator</th><th>Tahun"
			"</th><th>Target lama</th><th>Diganti</th></tr></thead><tbody>");
	struct galat g;
	galat_init(&g);
	if (store_web_target_riwayat(r->s, pemda, riwayat_baris, r, &g))
		html_f(&r->out, "<tr><td colspan=\"4\">%s</td></tr>", web_pesan(r, &g));
	html_f(&r->out, "</tbody></table></div>");
}

/*
 * A table with a year whose form names a locked year of pemda (?tahun= or the
 * posted row): the lock's banner, and 1 (the form is disabled).
 */
static int tahun_terkunci(struct web_req *r, enum templat_id t, int dari_form, const char *pemda)
{
	int ada = 0;
	for (int k = 0; k < templat[t].n_kolom; k++)
		ada |= strcmp(templat[t].kolom[k].nama, "tahun") == 0;
	if (!pemda || !ada || !web_boleh_pemda(r, pemda))
		return 0;
	const char *ts = dari_form ? web_form(r, "tahun") : web_param(r, "tahun");
	long th = ts ? strtol(ts, NULL, 10) : 0;
	if (th < 1900 || th > 2200)
		return 0;
	return hal_kunci_spanduk(r, pemda, (int)th) == 1;
}

/* An edit link: the form of t prefilled with the row's columns (?kolom=nilai). */
static void tautan_ubah(struct web_req *r, enum templat_id t, const char *const *kolom,
			const char *const *nilai, int n)
{
	struct buf u = BUF_INIT;
	buf_printf(&u, "/rencana?tabel=%s", templat[t].nama);
	for (int i = 0; i < n; i++) {
		if (!nilai[i] || !*nilai[i])
			continue;
		buf_printf(&u, "&%s=", kolom[i]);
		html_url_enc(&u, nilai[i]);
	}
	html_f(&r->out, "<a class=\"ubah\" href=\"%s\">ubah</a>", u.data);
	buf_release(&u);
}

/*
 * The pemda's existing budget or narrative rows (newest year first), each with
 * an edit link to the prefilled form: planners change a row, not retype it.
 */
static void daftar_baris(struct web_req *r, enum templat_id t, const char *pemda)
{
	if (!web_boleh_pemda(r, pemda)) {
		html_f(&r->out, "<p class=\"pesan salah\" id=\"daftar\">Anda tidak boleh melihat data "
				"pemda %s.</p>",
		       pemda);
		return;
	}
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, &m, &g)) {
		html_f(&r->out, "<p class=\"pesan salah\">Data %s tidak dapat dibaca: %s</p>", pemda,
		       web_pesan(r, &g));
		model_release(&m);
		return;
	}
	int n = t == TEMPLAT_ANGGARAN ? m.n_anggaran : m.n_narasi;
	html_f(&r->out, "<h2 id=\"daftar\">%s yang sudah ada (%d baris)</h2>", judul_tabel(t), n);
	if (!n) {
		html_f(&r->out, "<p class=\"kecil\">Belum ada; isi formulir di atas untuk baris "
				"pertama.</p>");
		model_release(&m);
		return;
	}
	int akhir = 0, awal = 99999;
	for (int i = 0; i < m.n_anggaran && t == TEMPLAT_ANGGARAN; i++) {
		akhir = m.anggaran[i].tahun > akhir ? m.anggaran[i].tahun : akhir;
		awal = m.anggaran[i].tahun < awal ? m.anggaran[i].tahun : awal;
	}
	for (int i = 0; i < m.n_narasi && t == TEMPLAT_NARASI; i++) {
		akhir = m.narasi[i].tahun > akhir ? m.narasi[i].tahun : akhir;
		awal = m.narasi[i].tahun < awal ? m.narasi[i].tahun : awal;
	}
	/* one year at a time (?tahun=, else the newest), the others a link away */
	const char *pt = web_param(r, "tahun");
	int pilih = pt ? atoi(pt) : 0;
	if (pilih < awal || pilih > akhir)
		pilih = akhir;
	html_f(&r->out, "<p class=\"tab\" id=\"daftar-tahun\">Tahun:");
	for (int th = akhir; th >= awal && th > 0; th--)
		html_f(&r->out, " <a href=\"/rencana?tabel=%s&amp;pemda=%s&amp;tahun=%d#daftar\"%R>%d</a>",
		       templat[t].nama, pemda, th, th == pilih ? " aria-current=\"page\"" : "", th);
	html_f(&r->out, "</p>");
	if (t == TEMPLAT_ANGGARAN)
		html_f(&r->out, "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"daftar-baris\">"
				"<thead><tr><th>Tahun</th><th>Sasaran / rencana</th><th>Program</th>"
				"<th>OPD</th><th class=\"a\">Pagu (Rp)</th><th class=\"a\">Realisasi (Rp)"
				"</th><th></th></tr></thead><tbody>\n");
	else
		html_f(&r->out, "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"daftar-baris\">"
				"<thead><tr><th>Tahun</th><th>Objek</th><th>Jenis</th><th>Teks</th>"
				"<th></th></tr></thead><tbody>\n");
	{
		const int th = pilih;
		for (int i = 0; t == TEMPLAT_ANGGARAN && i < m.n_anggaran; i++) {
			const struct anggaran *a = &m.anggaran[i];
			if (a->tahun != th)
				continue;
			char pg[48], rl[48], ts[16];
			snprintf(ts, sizeof(ts), "%d", a->tahun);
			angka_format_rp(a->pagu, pg, sizeof(pg));
			if (a->ada_realisasi)
				angka_format_rp(a->realisasi, rl, sizeof(rl));
			html_f(&r->out,
			       "<tr><td data-label=\"Tahun\">%d</td><td data-label=\"Sasaran / "
			       "rencana\">%s</td><td data-label=\"Program\">%s</td><td "
			       "data-label=\"OPD\">%s</td><td class=\"a\" data-label=\"Pagu "
			       "(Rp)\">%s</td><td class=\"a\" data-label=\"Realisasi (Rp)\">%s</td>"
			       "<td>",
			       a->tahun, a->di_simpul && a->rencana ? a->rencana : a->sasaran ? a->sasaran : "",
			       a->program ? a->program : "", a->opd ? a->opd : "", pg,
			       a->ada_realisasi ? rl : "–");
			/* a row on a cascade node is keyed by its node; the file keeps
			 * sasaran and program empty (model.h) */
			const char *kolom[] = {"pemda", "sasaran", "program", "tahun",
					       "pagu",  "realisasi", "opd", "rencana"};
			char pgm[32], rlm[32];
			snprintf(pgm, sizeof(pgm), "%lld", (long long)a->pagu);
			snprintf(rlm, sizeof(rlm), "%lld", (long long)a->realisasi);
			const char *nilai[] = {pemda,
					       a->di_simpul ? NULL : a->sasaran,
					       a->di_simpul ? NULL : a->program,
					       ts,
					       pgm,
					       a->ada_realisasi ? rlm : NULL,
					       a->opd,
					       a->rencana};
			tautan_ubah(r, t, kolom, nilai, 8);
			html_f(&r->out, "</td></tr>\n");
		}
		for (int i = 0; t == TEMPLAT_NARASI && i < m.n_narasi; i++) {
			const struct narasi *x = &m.narasi[i];
			if (x->tahun != th)
				continue;
			char ts[16];
			snprintf(ts, sizeof(ts), "%d", x->tahun);
			/* the list shows the text's start; the form holds all of it */
			size_t len = strlen(x->teks), cut = len > 160 ? 160 : len;
			while (cut < len && ((unsigned char)x->teks[cut] & 0xC0) == 0x80)
				cut--; /* never inside a UTF-8 sequence */
			html_f(&r->out,
			       "<tr><td data-label=\"Tahun\">%d</td><td data-label=\"Objek\">%s</td>"
			       "<td data-label=\"Jenis\">%s</td><td data-label=\"Teks\">%s%R</td><td>",
			       x->tahun, x->objek, x->jenis,
			       arena_printf(&r->arena, "%.*s", (int)cut, x->teks), cut < len ? " …" : "");
			/* the key only: a text is too long for an address (narasi_lama fills it) */
			const char *kolom[] = {"pemda", "tahun", "objek", "jenis"};
			const char *nilai[] = {pemda, ts, x->objek, x->jenis};
			tautan_ubah(r, t, kolom, nilai, 4);
			html_f(&r->out, "</td></tr>\n");
		}
	}
	html_f(&r->out, "</tbody></table></div>");
	model_release(&m);
}

/* The stored text of the narrative the edit link names by its key (?tahun=&objek=&jenis=). */
static const char *narasi_lama(struct web_req *r, const char *pemda)
{
	const char *ts = web_param(r, "tahun"), *objek = web_param(r, "objek"),
		   *jenis = web_param(r, "jenis");
	if (!pemda || !ts || !objek || !jenis || !web_boleh_pemda(r, pemda))
		return NULL;
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	const char *teks = NULL;
	if (!store_muat(r->s, pemda, &m, &g))
		for (int i = 0; i < m.n_narasi && !teks; i++)
			if (m.narasi[i].tahun == atoi(ts) && strcmp(m.narasi[i].objek, objek) == 0 &&
			    strcmp(m.narasi[i].jenis, jenis) == 0)
				teks = arena_strdup(&r->arena, m.narasi[i].teks);
	model_release(&m);
	return teks;
}

/* The form of table t, its fields from isi (NULL: empty; pemda pre-filled). */
static void render(struct web_req *r, enum templat_id t, int dari_form, const char *pemda,
		   const struct unggah_hasil *h, int st, const char *pesan)
{
	hal_perencana_awal(r, "Perencanaan");
	html_f(&r->out, "<h1>Perencanaan</h1><p>Buat atau ubah data satu per satu; baris dengan "
			"kunci yang sudah ada akan diubah (perubahan target setelah PK menjadi PK "
			"Perubahan, nilai lamanya tetap tersimpan). Untuk banyak baris sekaligus pakai "
			"<a href=\"/impor\">impor templat</a>.</p><nav class=\"tab\">");
	for (int i = 0; i < N_FORMULIR; i++)
		html_f(&r->out, "<a href=\"/rencana?tabel=%s%R%s\"%R>%s</a> ",
		       templat[formulir[i]].nama, pemda ? "&amp;pemda=" : "", pemda ? pemda : "",
		       formulir[i] == t ? " aria-current=\"page\"" : "", judul_tabel(formulir[i]));
	html_f(&r->out, "</nav>");
	if (pesan)
		html_f(&r->out, "<p class=\"pesan %s\" role=\"status\">%s</p>", st ? "salah" : "ok",
		       pesan);
	if (h && h->n_galat) {
		html_f(&r->out, "<ul class=\"galat-daftar\">");
		for (int i = 0; i < h->n_galat; i++)
			html_f(&r->out, "<li>kolom <b>%s</b>: %s</li>", h->galat[i].kolom,
			       h->galat[i].pesan);
		html_f(&r->out, "</ul>");
	}
	const struct templat_tabel *tt = &templat[t];
	html_f(&r->out, "<h2>%s</h2>", judul_tabel(t));
	int terkunci = tahun_terkunci(r, t, dari_form, pemda);
	html_f(&r->out, "<form method=\"post\" action=\"/rencana\" class=\"isian\">"
			"<input type=\"hidden\" name=\"csrf\" value=\"%s\"><input type=\"hidden\" "
			"name=\"tabel\" value=\"%s\"><fieldset%R>",
	       r->csrf, tt->nama, terkunci ? " disabled" : "");
	for (int k = 0; k < tt->n_kolom; k++) {
		const struct templat_kolom *kol = &tt->kolom[k];
		const char *v = dari_form ? masukan_form_cari(r->body, r->nbody, kol->nama, SEL_MAKS,
							      &r->arena)
					  : web_param(r, kol->nama); /* prefilled by a link */
		if (!v && strcmp(kol->nama, "pemda") == 0)
			v = pemda;
		if (!v && !dari_form && t == TEMPLAT_NARASI && strcmp(kol->nama, "teks") == 0)
			v = narasi_lama(r, pemda);
		const char *salah = NULL; /* the column's message, shown under its field */
		for (int i = 0; h && i < h->n_galat && !salah; i++)
			if (strcmp(h->galat[i].kolom, kol->nama) == 0)
				salah = h->galat[i].pesan;
		const char *tanda =
		    salah ? arena_printf(&r->arena,
					 " class=\"salah\" aria-invalid=\"true\" aria-describedby=\"g-%s\"",
					 kol->nama)
			  : "";
		const char *p = petunjuk(t, kol->nama);
		int panjang = kol->jenis == TJ_TEKS;
		html_f(&r->out, "<label>%s", kol->nama);
		if (kol->pilihan) {
			/* the schema's words (templat.c), so nothing is typed from memory */
			int pilih = v && *v ? templat_pilihan(kol, v) : -1;
			html_f(&r->out, "<select name=\"%s\"%R><option value=\"\">–</option>",
			       kol->nama, tanda);
			for (int w = 0; kol->pilihan[w]; w++)
				html_f(&r->out, "<option%R>%s</option>", w == pilih ? " selected" : "",
				       kol->pilihan[w]);
			if (v && *v && pilih < 0) /* a prefilled word not in the list: kept, refused on save */
				html_f(&r->out, "<option selected>%s</option>", v);
			html_f(&r->out, "</select>");
		} else if (panjang && t == TEMPLAT_NARASI)
			html_f(&r->out, "<textarea name=\"%s\" rows=\"4\"%R>%s</textarea>", kol->nama,
			       tanda, v ? v : "");
		else
			html_f(&r->out, "<input name=\"%s\" value=\"%s\"%R>", kol->nama, v ? v : "",
			       tanda);
		if (salah)
			html_f(&r->out, "<span class=\"galat\" id=\"g-%s\">%s</span>", kol->nama, salah);
		if (p)
			html_f(&r->out, "<span class=\"kecil\">%s</span>", p);
		html_f(&r->out, "</label>");
	}
	html_f(&r->out, "<button type=\"submit\">Simpan</button></fieldset></form>");
	if (t == TEMPLAT_TARGET && pemda && *pemda)
		riwayat_target(r, pemda);
	if ((t == TEMPLAT_ANGGARAN || t == TEMPLAT_NARASI) && pemda && *pemda)
		daftar_baris(r, t, pemda);
	html_f(&r->out, "</main></body></html>\n");
}

void hal_rencana(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana")) {
		r->status = 403;
		hal_perencana_awal(r, "Tidak diizinkan");
		html_f(&r->out, "<h1>Tidak diizinkan</h1><p class=\"pesan salah\">hanya admin dan "
				"perencana yang boleh mengubah data perencanaan</p></main></body></html>\n");
		return;
	}
	enum templat_id t = tabel_dari(web_param(r, "tabel"));
	const char *pemda = web_param(r, "pemda");
	if (!pemda && r->u.pemda[0])
		pemda = r->u.pemda;
	render(r, t == TEMPLAT_N ? TEMPLAT_PEMDA : t, 0, pemda, NULL, 0, NULL);
}

/* Saves the row; the layanan status with *pesan. */
static int simpan(struct web_req *r, enum templat_id t, const char *const *kolom,
		  const char *const *nilai, int n, struct unggah_hasil *h, const char **pesan)
{
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	galat_init(&g);
	int st = layanan_rencana_simpan(r->s, &a, templat[t].nama, kolom, nilai, n, h, &g);
	if (st == LAYANAN_OK) {
		const struct unggah_ringkas *f = h->n ? &h->f[0] : NULL;
		*pesan = !f ? "Tersimpan."
		       : f->baru ? "Tersimpan: baris baru."
		       : f->diubah ? "Tersimpan: baris diubah."
				   : "Tidak ada yang berubah (isinya sama).";
	} else {
		*pesan = st >= 500 ? "basis data tidak dapat ditulis sekarang; coba lagi"
		       : h->n_galat ? "Belum tersimpan: periksa kolom yang ditandai."
				    : web_pesan(r, &g);
	}
	return st;
}

void hal_rencana_kirim(struct web_req *r)
{
	enum templat_id t = tabel_dari(web_form(r, "tabel"));
	if (t == TEMPLAT_N)
		t = TEMPLAT_PEMDA;
	const struct templat_tabel *tt = &templat[t];
	const char *kolom[64], *nilai[64];
	int n = 0;
	for (int k = 0; k < tt->n_kolom && n < 64; k++) {
		const char *v = masukan_form_cari(r->body, r->nbody, tt->kolom[k].nama, SEL_MAKS,
						  &r->arena);
		if (!v)
			continue;
		kolom[n] = tt->kolom[k].nama;
		nilai[n++] = v;
	}
	struct unggah_hasil h;
	const char *pesan;
	int st = simpan(r, t, kolom, nilai, n, &h, &pesan);
	r->status = st == LAYANAN_OK ? 200 : st;
	const char *pemda = web_form(r, "pemda");
	if (t == TEMPLAT_PEMDA)
		pemda = web_form(r, "kode");
	render(r, t, st != LAYANAN_OK, pemda, &h, st, pesan);
	unggah_hasil_release(&h);
}

void api_rencana(struct web_req *r)
{
	json_error_t je;
	json_t *in = json_loadb(r->body, r->nbody, 0, &je);
	json_t *baris = json_object_get(in, "baris");
	enum templat_id t = tabel_dari(json_string_value(json_object_get(in, "tabel")));
	if (!json_is_object(in) || !json_is_object(baris) || t == TEMPLAT_N) {
		json_decref(in);
		return web_galat(r, 400, "kirim {\"tabel\": pemda|opd|rencana|indikator|target|"
					 "realisasi|anggaran|narasi, \"baris\": {kolom: nilai}}");
	}
	const char *kolom[64], *nilai[64];
	int n = 0;
	const char *k;
	json_t *v;
	json_object_foreach(baris, k, v)
	{
		if (n >= 64)
			break;
		if (json_is_string(v))
			nilai[n] = json_string_value(v);
		else if (json_is_integer(v))
			nilai[n] = arena_printf(&r->arena, "%lld", (long long)json_integer_value(v));
		else if (json_is_real(v))
			nilai[n] = arena_printf(&r->arena, "%.15g", json_real_value(v));
		else if (json_is_null(v))
			nilai[n] = "";
		else
			continue;
		kolom[n++] = k;
	}
	struct unggah_hasil h;
	const char *pesan;
	int st = simpan(r, t, kolom, nilai, n, &h, &pesan);
	json_t *kes = json_array();
	for (int i = 0; i < h.n_galat; i++)
		json_array_append_new(kes, json_pack("{s:s, s:s}", "kolom", h.galat[i].kolom,
						     "pesan", h.galat[i].pesan));
	const struct unggah_ringkas *f = h.n ? &h.f[0] : NULL;
	json_t *j = json_pack("{s:s, s:b, s:b, s:o}", "tabel", templat[t].nama, "baru",
			      f && f->baru, "diubah", f && f->diubah, "kesalahan", kes);
	if (st) {
		const char *g1 = h.n_galat ? arena_printf(&r->arena, "kolom %s: %s", h.galat[0].kolom,
							  h.galat[0].pesan)
					   : pesan;
		json_object_set_new(j, "galat", json_string(g1));
	}
	unggah_hasil_release(&h);
	json_decref(in);
	web_json(r, st ? st : 200, j);
}
