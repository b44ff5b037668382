/*
 * Signing a Perjanjian Kinerja in the browser (siklus.md): GET /pk?pemda=&tahun=&opd=
 * shows what the next version of that OPD's PK freezes (sasaran, indicators,
 * satuan, targets; the program budget; layanan_pk_isi, the same content the import
 * of pk.csv freezes) and the signatories' form, prefilled from the OPD's head and
 * the earlier versions; POST /pk (same query) signs it (layanan_pk_tandatangani)
 * and goes back to /opd, where the version is listed with its document. Without
 * opd it is the regional head's PK (the RPJMD sasaran indicators, every program),
 * and the way back is /laporan, which lists the pemda's versions. POST /api/pk
 * does the same for a JSON body ("opd": "" for the regional head's; the member
 * must be there, so a client that forgot it signs nothing). Planners and admins
 * of the pemda only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/pegawai.h"
#include "../layanan/kunci.h"
#include "../layanan/pk.h"
#include "../report/dok_pk.h"
#include "hal_int.h"
#include "hal_pohon.h"
#include "html.h"

/* The form's fields: pk.csv's columns, their labels and what the browser limits. */
struct medan {
	const char *kolom, *label, *jenis;
	int wajib;
};
static const struct medan MEDAN_PERTAMA[] = {
    {"pihak_pertama", "Nama", "text", 1},
    {"jabatan_pertama", "Jabatan", "text", 1},
    {"nip_pertama", "NIP", "nip", 0},
};
static const struct medan MEDAN_KEDUA[] = {
    {"pihak_kedua", "Nama", "text", 0},
    {"jabatan_kedua", "Jabatan", "text", 0},
    {"nip_kedua", "NIP", "nip", 0},
};
static const struct medan MEDAN_LAIN[] = {
    {"nomor", "Nomor (boleh kosong)", "text", 0},
    {"tempat", "Tempat", "text", 1},
    {"tanggal", "Tanggal tanda tangan", "date", 1},
};

/* The label of a pk.csv column for people ("NIP pihak pertama"). */
static const char *label_kolom(const char *kolom)
{
	static const struct {
		const char *kolom, *label;
	} l[] = {{"pihak_pertama", "nama pihak pertama"},
		 {"jabatan_pertama", "jabatan pihak pertama"},
		 {"nip_pertama", "NIP pihak pertama"},
		 {"pihak_kedua", "nama pihak kedua"},
		 {"jabatan_kedua", "jabatan pihak kedua"},
		 {"nip_kedua", "NIP pihak kedua"},
		 {"nomor", "nomor"},
		 {"tempat", "tempat"},
		 {"tanggal", "tanggal"},
		 {"versi", "versi"}};
	for (size_t i = 0; i < sizeof(l) / sizeof(*l); i++)
		if (strcmp(l[i].kolom, kolom) == 0)
			return l[i].label;
	return kolom;
}

/* The latest version of opd (NULL: the regional head's) of tahun, else of any year. */
static const struct pk *pk_akhir(const struct model *m, const char *opd, int tahun)
{
	const struct pk *x = NULL;
	for (int i = 0; i < m->n_pk; i++) {
		const struct pk *k = &m->pk[i];
		if (strcmp(k->opd ? k->opd : "", opd ? opd : "") != 0)
			continue;
		int lebih =
		    !x || (k->tahun == tahun && x->tahun != tahun) ||
		    ((k->tahun == tahun) == (x->tahun == tahun) &&
		     (k->tahun > x->tahun || (k->tahun == x->tahun && k->versi > x->versi)));
		if (lebih)
			x = k;
	}
	return x;
}

static const char *isi(const char *s)
{
	return s && *s ? s : NULL;
}

/*
 * A field's first value: pihak pertama is the OPD's head (opd.csv) where the store
 * has it, else the OPD's latest version's; pihak kedua the latest version's, else
 * the regional head who signed the pemda's PK; the place the pemda's seat; the
 * date today (WIB). The regional head's PK (o NULL): its latest version's
 * signatories, pihak kedua empty when that version had none.
 */
static const char *awal(struct web_req *r, const struct model *m, const struct opd *o, int tahun,
			const char *kolom)
{
	const struct pk *lalu = pk_akhir(m, o ? o->kode : NULL, tahun);
	const struct pk *kd = o ? pk_akhir(m, NULL, tahun) : NULL;
	int kepala = o && isi(o->kepala);
	if (strcmp(kolom, "pihak_pertama") == 0)
		return kepala ? o->kepala : lalu ? lalu->pihak_pertama : NULL;
	if (strcmp(kolom, "jabatan_pertama") == 0)
		return o && isi(o->jabatan) ? o->jabatan : lalu ? lalu->jabatan_pertama : NULL;
	if (strcmp(kolom, "nip_pertama") == 0)
		return kepala ? o->nip : lalu ? lalu->nip_pertama : NULL;
	if (strcmp(kolom, "pihak_kedua") == 0)
		return lalu && isi(lalu->pihak_kedua) ? lalu->pihak_kedua
		       : kd			      ? kd->pihak_pertama
						      : NULL;
	if (strcmp(kolom, "jabatan_kedua") == 0)
		return lalu && isi(lalu->pihak_kedua) ? lalu->jabatan_kedua
		       : kd			      ? kd->jabatan_pertama
						      : NULL;
	if (strcmp(kolom, "nip_kedua") == 0)
		return lalu && isi(lalu->pihak_kedua) ? lalu->nip_kedua
		       : kd			      ? kd->nip_pertama
						      : NULL;
	if (strcmp(kolom, "tempat") == 0)
		return lalu && isi(lalu->tempat) ? lalu->tempat : dok_pk_tempat(m);
	if (strcmp(kolom, "tanggal") == 0) {
		char kini[20];
		jadwal_sekarang(kini);
		return arena_printf(&r->arena, "%.10s", kini);
	}
	return NULL;
}

/* One fieldset of the form; values from the posted form (dari_form) or prefilled. */
static void kelompok(struct web_req *r, const struct model *m, const struct opd *o, int tahun,
		     const char *judul, const struct medan *f, int n, int dari_form,
		     const struct unggah_hasil *h, int mati)
{
	struct buf *b = &r->out;
	html_f(b, "<fieldset%R><legend>%s</legend>", mati ? " disabled" : "", judul);
	for (int i = 0; i < n; i++) {
		const char *v =
		    dari_form ? web_form(r, f[i].kolom) : awal(r, m, o, tahun, f[i].kolom);
		const char *salah = NULL;
		for (int e = 0; h && e < h->n_galat && !salah; e++)
			if (strcmp(h->galat[e].kolom, f[i].kolom) == 0)
				salah = h->galat[e].pesan;
		int nip = strcmp(f[i].jenis, "nip") == 0;
		html_f(b,
		       "<label>%s<input name=\"%s\" id=\"f-%s\" type=\"%s\" value=\"%s\"%R%R%R%R>",
		       f[i].label, f[i].kolom, f[i].kolom, nip ? "text" : f[i].jenis, v ? v : "",
		       f[i].wajib ? " required" : "",
		       nip ? " inputmode=\"numeric\" maxlength=\"21\" pattern=\"[0-9 ]*\" "
			     "placeholder=\"18 angka\""
			   : "",
		       strcmp(f[i].jenis, "text") == 0
			   ? arena_printf(&r->arena, " maxlength=\"%d\"", PEGAWAI_TEKS_MAKS)
			   : "",
		       salah ? arena_printf(&r->arena,
					    " class=\"salah\" aria-invalid=\"true\" "
					    "aria-describedby=\"g-%s\"",
					    f[i].kolom)
			     : "");
		if (salah)
			html_f(b, "<span class=\"galat\" id=\"g-%s\">%s</span>", f[i].kolom, salah);
		html_f(b, "</label>");
	}
	html_f(b, "</fieldset>");
}

/* The rows version k would freeze now: the tables of the document, as the page shows them. */
static void pratinjau(struct web_req *r, const struct model *m, const struct pk *k)
{
	struct buf *b = &r->out;
	struct layanan_pk_isi x;
	layanan_pk_isi(m, k, &x);
	html_f(b,
	       "<h2>Isi yang akan dibekukan</h2><p class=\"kecil\">Sasaran, indikator, satuan "
	       "dan target tahun %d seperti tersimpan sekarang; setelah ditandatangani, perubahan "
	       "target tidak mengubah versi ini (perlu PK Perubahan).</p>",
	       k->tahun);
	if (!x.n_isi)
		html_f(b,
		       "<p class=\"pesan peringatan\" id=\"pk-kosong\">Belum ada indikator %s "
		       "dengan target tahun %d: PK yang ditandatangani sekarang tidak berisi "
		       "indikator. Isi targetnya dulu di Perencanaan.</p>",
		       k->opd ? "OPD ini" : "sasaran dan tujuan RPJMD", k->tahun);
	html_f(b, "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"pk-isi\"><thead><tr><th "
		  "class=\"a\">No</th><th>Sasaran</th><th>Indikator kinerja</th><th>Satuan</th><th "
		  "class=\"a\">Target</th></tr></thead><tbody>");
	int no = 0;
	const char *lalu = NULL;
	for (int i = 0; i < x.n_isi; i++) {
		const struct pk_isi *y = &x.isi[i];
		int baru = !lalu || strcmp(lalu, y->sasaran ? y->sasaran : "") != 0;
		lalu = y->sasaran ? y->sasaran : "";
		html_f(b,
		       "<tr data-kode=\"%s\"><td class=\"a\" data-label=\"No\">%R</td><td "
		       "data-label=\"Sasaran\">%s</td><td data-label=\"Indikator\">%s</td><td "
		       "data-label=\"Satuan\">%s</td><td class=\"a\" data-label=\"Target\">%s</td>"
		       "</tr>",
		       y->indikator, baru ? arena_printf(&r->arena, "%d", ++no) : "",
		       baru ? (y->uraian_sasaran ? y->uraian_sasaran : lalu) : "",
		       y->uraian ? y->uraian : y->indikator, y->satuan ? y->satuan : "", y->target);
	}
	html_f(b, "</tbody></table></div>");
	html_f(b, "<h3>Program dan anggaran</h3><div class=\"tabel\"><table class=\"kartu-hp\" "
		  "id=\"pk-anggaran\"><thead><tr><th class=\"a\">No</th><th>Program</th><th "
		  "class=\"a\">Anggaran (Rp)</th></tr></thead><tbody>");
	int64_t jumlah = 0;
	for (int i = 0; i < x.n_anggaran; i++) {
		char rp[64];
		html_f(b,
		       "<tr><td class=\"a\" data-label=\"No\">%d</td><td data-label=\"Program\">%s"
		       "</td><td class=\"a\" data-label=\"Anggaran (Rp)\">%s</td></tr>",
		       i + 1, x.anggaran[i].program,
		       angka_format_rp(x.anggaran[i].pagu, rp, sizeof(rp)));
		jumlah += x.anggaran[i].pagu;
	}
	if (x.n_anggaran) {
		char rp[64];
		html_f(b,
		       "<tr class=\"jumlah\"><td></td><td data-label=\"\"><b>Jumlah</b></td>"
		       "<td class=\"a\" data-label=\"Anggaran (Rp)\"><b>%s</b></td></tr>",
		       angka_format_rp(jumlah, rp, sizeof(rp)));
	} else {
		html_f(b,
		       "<tr><td colspan=\"3\">Belum ada anggaran program %s tahun %d.</td>"
		       "</tr>",
		       k->opd ? "OPD ini" : "pemda", k->tahun);
	}
	html_f(b, "</tbody></table></div>");
	layanan_pk_isi_lepas(&x);
}

/*
 * The page: what the next version freezes and the form; the posted values kept
 * (dari_form) with the refused fields marked from h, pesan above. o NULL: the
 * regional head's PK.
 */
static void render(struct web_req *r, struct pilihan *p, const struct opd *o, int dari_form,
		   const struct unggah_hasil *h, const char *pesan)
{
	struct buf *b = &r->out;
	const char *kode = o ? o->kode : NULL;
	const char *nama = !o		 ? arena_printf(&r->arena, "Kepala Daerah %s",
							p->m.pemda.nama ? p->m.pemda.nama
									: p->m.pemda.kode)
			   : isi(o->nama) ? o->nama
					  : o->kode;
	const struct pk *akhir = dok_pk_cari(&p->m, p->tahun, kode, 0); /* the latest */
	int versi = akhir ? akhir->versi + 1 : 1;
	const struct pk k = {.tahun = p->tahun, .versi = versi, .opd = kode};
	struct buf qo = BUF_INIT, qp = BUF_INIT;
	if (kode) {
		buf_puts(&qo, "&amp;opd=");
		html_url_enc(&qo, kode);
	}
	html_url_enc(&qp, p->pemda);
	hal_awal_pilihan(r, "Tandatangani PK", p);
	html_f(b,
	       "<h1>Perjanjian Kinerja %s · %d</h1><p>Versi berikut: <b id=\"pk-versi\">%d</b> "
	       "(%s). %R</p>",
	       nama, p->tahun, versi,
	       versi == 1
		   ? "PK"
		   : arena_printf(&r->arena, "PK Perubahan, menggantikan versi %d", versi - 1),
	       o ? arena_printf(&r->arena,
				"<a href=\"/opd?pemda=%s&amp;tahun=%d%s#pk-opd\">Kembali ke "
				"halaman OPD</a>",
				qp.data, p->tahun, qo.data)
		 : arena_printf(&r->arena,
				"<a href=\"/laporan?pemda=%s&amp;tahun=%d#pk\">Kembali ke daftar "
				"laporan</a>",
				qp.data, p->tahun));
	if (o && hal_opd_ilustratif(o))
		hal_ilustratif_catat(b);
	if (pesan)
		html_f(b, "<p class=\"pesan salah\" role=\"alert\" id=\"pk-pesan\">%s</p>", pesan);
	if (h && h->n_galat) {
		html_f(b, "<ul class=\"galat-daftar\" id=\"pk-galat\">");
		for (int i = 0; i < h->n_galat; i++)
			html_f(b, "<li><a href=\"#f-%s\">%s</a> (<code>%s</code>): %s</li>",
			       h->galat[i].kolom, label_kolom(h->galat[i].kolom), h->galat[i].kolom,
			       h->galat[i].pesan);
		html_f(b, "</ul>");
	}
	int kunci = hal_kunci_spanduk(r, p->pemda, p->tahun) == 1;
	pratinjau(r, &p->m, &k);
	html_f(b,
	       "<h2>Penanda tangan</h2><form method=\"post\" class=\"ttd\" id=\"form-pk\" "
	       "action=\"/pk?pemda=%R&amp;tahun=%d%R\"><input type=\"hidden\" "
	       "name=\"csrf\" value=\"%s\">",
	       qp.data, p->tahun, qo.data ? qo.data : "", r->csrf);
	kelompok(r, &p->m, o, p->tahun, o ? "Pihak pertama (kepala OPD)" : "Kepala daerah",
		 MEDAN_PERTAMA, 3, dari_form, h, kunci);
	kelompok(r, &p->m, o, p->tahun,
		 o ? "Pihak kedua (atasan)" : "Pihak kedua (bila ada; biasanya kosong)", MEDAN_KEDUA,
		 3, dari_form, h, kunci);
	kelompok(r, &p->m, o, p->tahun, "Nomor, tempat dan tanggal", MEDAN_LAIN, 3, dari_form, h,
		 kunci);
	html_f(b,
	       "<div class=\"aksi\"><p class=\"kecil\">NIP: 18 angka, boleh dipisah spasi. Setelah "
	       "ditandatangani, versi %d dibekukan dan dokumennya (PDF/HTML) selalu sama.</p>"
	       "<button type=\"submit\"%R>Tandatangani versi %d</button></div></form>",
	       versi, kunci ? " disabled" : "", versi);
	buf_release(&qo);
	buf_release(&qp);
	hal_akhir(r);
}

/*
 * The pemda and OPD of the request (query) loaded into p, the OPD into *o (NULL
 * without opd: the regional head's PK); 0, or -1 with the error page.
 */
static int muat(struct web_req *r, struct pilihan *p, const struct opd **o)
{
	*o = NULL;
	if (hal_pilih(r, p))
		return -1;
	if (!p->opd)
		return 0;
	for (int i = 0; i < p->m.n_opd; i++)
		if (strcmp(p->m.opd[i].kode, p->opd) == 0) {
			*o = &p->m.opd[i];
			return 0;
		}
	hal_galat(r, 404, "OPD tidak dikenal di pemda ini.");
	return -1;
}

void hal_pk_konfirmasi(struct web_req *r, const struct model *m, int tahun, const char *opd)
{
	const char *pk_baru = web_param(r, "pk");
	int vb = pk_baru ? atoi(pk_baru) : 0;
	if (vb > 0 && dok_pk_cari(m, tahun, opd, vb))
		html_f(&r->out,
		       "<p class=\"pesan ok\" role=\"status\" id=\"pk-ok\">PK%s versi %d tahun %d "
		       "ditandatangani dan dibekukan; dokumennya %s.</p>",
		       opd ? "" : " kepala daerah", vb, tahun,
		       opd ? "di tabel di bawah" : "di daftar di atas");
}

static const char *TERLARANG = "hanya admin dan perencana yang boleh menandatangani "
			       "Perjanjian Kinerja";

void hal_pk(struct web_req *r)
{
	if (!web_peran(r, "admin,perencana"))
		return hal_galat(r, 403, TERLARANG);
	struct pilihan p;
	const struct opd *o;
	if (muat(r, &p, &o) == 0)
		render(r, &p, o, 0, NULL, NULL);
	hal_pilihan_lepas(&p);
}

/* The signatories of a request: the form's fields, or a JSON body's (j). */
static void masukan(struct web_req *r, json_t *j, struct layanan_pk_tanda *t)
{
#define AMBIL(k) (j ? web_json_teks(j, #k) : web_form(r, #k))
	t->nomor = AMBIL(nomor);
	t->tanggal = AMBIL(tanggal);
	t->tempat = AMBIL(tempat);
	t->instansi = AMBIL(instansi); /* the API's; the form has none (the names of now) */
	t->pihak_pertama = AMBIL(pihak_pertama);
	t->jabatan_pertama = AMBIL(jabatan_pertama);
	t->nip_pertama = AMBIL(nip_pertama);
	t->pihak_kedua = AMBIL(pihak_kedua);
	t->jabatan_kedua = AMBIL(jabatan_kedua);
	t->nip_kedua = AMBIL(nip_kedua);
#undef AMBIL
}

/* tahun of the request as a number; 0 when missing or not 1900-2200. */
static int tahun_dari(const char *s)
{
	char *akhir;
	long v = s ? strtol(s, &akhir, 10) : 0;
	return s && *s && !*akhir && v >= 1900 && v <= 2200 ? (int)v : 0;
}

/* The message of a refusal: the first refused field by its label, else g's. */
static const char *pesan_dari(struct web_req *r, int st, const struct unggah_hasil *h,
			      const struct galat *g)
{
	if (st >= 500)
		return "basis data tidak dapat ditulis sekarang; coba lagi";
	if (h->n_galat)
		return arena_printf(&r->arena, "Belum ditandatangani: %s (%s): %s.",
				    label_kolom(h->galat[0].kolom), h->galat[0].kolom,
				    h->galat[0].pesan);
	return web_pesan(r, g);
}

/*
 * Signs t as the caller (the form's and the API's one path): a year first, then
 * the service's checks (opd NULL or "": the regional head's); h and g are set up
 * here and say what was refused.
 */
static int tandatangani(struct web_req *r, const struct layanan_pk_tanda *t, int *versi,
			struct unggah_hasil *h, struct galat *g)
{
	struct aktor a;
	web_aktor(r, &a);
	memset(h, 0, sizeof(*h));
	galat_init(g);
	if (!t->tahun)
		return layanan_tolak(g, LAYANAN_SALAH, "tahun 1900-2200");
	return layanan_pk_tandatangani(r->s, &a, t, versi, h, g);
}

void hal_pk_kirim(struct web_req *r)
{
	struct layanan_pk_tanda t = {0};
	t.pemda = web_param(r, "pemda");
	t.tahun = tahun_dari(web_param(r, "tahun"));
	t.opd = web_param(r, "opd");
	if (t.opd && !*t.opd)
		t.opd = NULL; /* opd= empty: the regional head's, as without it */
	masukan(r, NULL, &t);
	struct unggah_hasil h;
	struct galat g;
	int versi = 0;
	int st = tandatangani(r, &t, &versi, &h, &g);
	if (st == LAYANAN_OK) {
		struct buf q = BUF_INIT;
		buf_puts(&q, t.opd ? "/opd?pemda=" : "/laporan?pemda=");
		html_url_enc(&q, t.pemda);
		buf_printf(&q, "&tahun=%d", t.tahun);
		if (t.opd) {
			buf_puts(&q, "&opd=");
			html_url_enc(&q, t.opd);
		}
		buf_printf(&q, "&pk=%d#pk", versi);
		web_alih(r, q.data);
		buf_release(&q);
		unggah_hasil_release(&h);
		return;
	}
	const char *pesan = pesan_dari(r, st, &h, &g);
	if (st == LAYANAN_TERLARANG || st == LAYANAN_TIDAK_ADA || !t.tahun) {
		hal_galat(r, st, pesan);
	} else {
		struct pilihan p;
		const struct opd *o;
		if (muat(r, &p, &o) == 0) {
			render(r, &p, o, 1, &h,
			       h.n_galat ? "Belum ditandatangani: periksa isian yang ditandai."
					 : pesan);
			r->status = st;
		}
		hal_pilihan_lepas(&p);
	}
	unggah_hasil_release(&h);
}

void api_pk(struct web_req *r)
{
	json_t *j = web_json_isi(r);
	if (!j)
		return web_galat(r, 400,
				 "kirim {\"pemda\", \"tahun\", \"opd\", \"tanggal\", "
				 "\"tempat\", \"pihak_pertama\", \"jabatan_pertama\", ...}");
	struct layanan_pk_tanda t = {0};
	t.pemda = web_json_teks(j, "pemda");
	json_t *th = json_object_get(j, "tahun");
	t.tahun = json_is_integer(th) ? (int)json_integer_value(th)
				      : tahun_dari(web_json_teks(j, "tahun"));
	if (!json_object_get(j, "opd")) {
		json_decref(j);
		return web_galat(r, 400,
				 "opd wajib: kode OPD, atau \"\" untuk PK kepala daerah");
	}
	t.opd = web_json_teks(j, "opd");
	masukan(r, j, &t);
	struct unggah_hasil h;
	struct galat g;
	int versi = 0;
	int st = tandatangani(r, &t, &versi, &h, &g);
	if (st == LAYANAN_OK) {
		struct buf q = BUF_INIT;
		buf_puts(&q, "/laporan?pemda=");
		html_url_enc(&q, t.pemda);
		buf_printf(&q, "&tahun=%d&dokumen=pk", t.tahun);
		if (t.opd && *t.opd) {
			buf_puts(&q, "&opd=");
			html_url_enc(&q, t.opd);
		}
		buf_printf(&q, "&versi=%d&format=", versi);
		web_json(r, 201,
			 json_pack("{s:s, s:i, s:s, s:i, s:{s:s, s:s}}", "pemda", t.pemda, "tahun",
				   t.tahun, "opd", t.opd ? t.opd : "", "versi", versi, "dokumen", "pdf",
				   arena_printf(&r->arena, "%spdf", q.data), "html",
				   arena_printf(&r->arena, "%shtml", q.data)));
		buf_release(&q);
	} else {
		json_t *kes = json_array();
		for (int i = 0; i < h.n_galat; i++)
			json_array_append_new(kes,
					      json_pack("{s:s, s:s}", "kolom", h.galat[i].kolom,
							"pesan", h.galat[i].pesan));
		json_t *o =
		    json_pack("{s:s, s:o}", "galat", pesan_dari(r, st, &h, &g), "kesalahan", kes);
		if (h.n_galat)
			json_object_set_new(o, "kolom", json_string(h.galat[0].kolom));
		web_json(r, st, o);
	}
	unggah_hasil_release(&h);
	json_decref(j);
}
