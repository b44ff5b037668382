/*
 * The planners' screen of the year's controls (siklus.md): GET /jadwal?pemda=
 * shows the fill window open now and until when (WIB), every window of the
 * pemda and the lock of a year; POST /jadwal sets a window (perencana,
 * admin), POST /kunci locks and POST /kunci/buka reopens a year (admin, with
 * a reason). The rules are layanan/kunci.c's, the same as the API's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/angka.h"
#include "../core/nilai.h"
#include "../core/ukur.h"
#include "../layanan/kunci.h"
#include "hal_int.h"
#include "html.h"
#include "web_int.h"

/* The page's frame. The shared one of halaman.c is static there (web-ui splits it). */
/* The shared layout (hal_tata.c). */
static void bingkai(struct web_req *r, const char *judul)
{
	hal_awal(r, judul);
}

static void pesan_halaman(struct web_req *r, int status, const char *pesan)
{
	buf_reset(&r->out);
	r->status = status;
	bingkai(r, "Jadwal pengisian");
	html_f(&r->out, "<h1>Jadwal pengisian</h1><p class=\"pesan salah\">%s</p>"
			"<p><a href=\"/jadwal\">Kembali</a></p></main></body></html>\n",
	       pesan);
}

static const char *pemda_halaman(struct web_req *r, const char *dari)
{
	const char *p = dari && *dari ? dari : NULL;
	return p ? p : r->u.pemda[0] ? r->u.pemda : NULL;
}

static int baris_jadwal(const struct store_jadwal *j, void *arg)
{
	struct web_req *r = arg;
	char buka[48], tutup[48], kini[20];
	jadwal_wib(j->buka, buka, sizeof(buka));
	jadwal_wib(j->tutup, tutup, sizeof(tutup));
	jadwal_sekarang(kini);
	const char *keadaan = strcmp(kini, j->buka) < 0	  ? "belum dibuka"
			      : strcmp(kini, j->tutup) > 0 ? "ditutup"
							   : "terbuka";
	char tw[16];
	snprintf(tw, sizeof(tw), "%d", j->triwulan);
	html_f(&r->out, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
	       j->tahun, j->triwulan ? tw : "tahunan", buka, tutup, keadaan);
	return 0;
}

void hal_jadwal(struct web_req *r)
{
	const char *pemda = pemda_halaman(r, web_param(r, "pemda"));
	if (!pemda)
		return pesan_halaman(r, 400, "Sebutkan pemda (?pemda=KODE).");
	if (!web_boleh_pemda(r, pemda))
		return pesan_halaman(r, 403, "Anda tidak boleh melihat pemda ini.");
	const char *t = web_param(r, "tahun");
	int tahun = t ? atoi(t) : 0;
	struct galat g;
	galat_init(&g);
	struct store_jadwal buka;
	int ada = jadwal_terbuka(r->s, pemda, &buka, &g);
	if (ada < 0)
		return pesan_halaman(r, 503, "Jadwal tidak dapat dibaca; coba lagi.");
	r->status = 200;
	bingkai(r, "Jadwal pengisian");
	const char *nama = hal_nama_pemda(r, pemda);
	if (nama)
		html_f(&r->out, "<h1>Jadwal pengisian %s (%s)</h1>", nama, pemda);
	else
		html_f(&r->out, "<h1>Jadwal pengisian %s</h1>", pemda);
	if (ada) {
		char tutup[48], tw[24];
		jadwal_wib(buka.tutup, tutup, sizeof(tutup));
		snprintf(tw, sizeof(tw), "triwulan %d", buka.triwulan);
		html_f(&r->out,
		       "<p class=\"pesan\" id=\"terbuka\">Jendela pengisian %s %d terbuka sampai "
		       "%s.</p>",
		       buka.triwulan ? tw : "tahunan", buka.tahun, tutup);
	} else {
		html_f(&r->out, "<p class=\"pesan\" id=\"terbuka\">Tidak ada jendela pengisian "
				"yang terbuka saat ini.</p>");
	}
	if (tahun >= 1900 && tahun <= 2200) {
		if (hal_kunci_spanduk(r, pemda, tahun) == 0)
			html_f(&r->out, "<p class=\"pesan\" id=\"kunci\">Data tahun %d tidak dikunci.</p>",
			       tahun);
	}
	html_f(&r->out, "<div class=\"tabel\"><table id=\"jadwal\"><thead><tr><th>Tahun</th>"
			"<th>Triwulan</th><th>Buka (WIB)</th><th>Tutup (WIB)</th><th>Keadaan</th>"
			"</tr></thead><tbody>\n");
	if (store_jadwal_daftar(r->s, pemda, 0, baris_jadwal, r, &g))
		return pesan_halaman(r, 503, "Jadwal tidak dapat dibaca; coba lagi.");
	html_f(&r->out, "</tbody></table></div>");
	if (web_peran(r, "admin,perencana"))
		html_f(&r->out,
		       "<h2>Atur jendela pengisian</h2><form method=\"post\" action=\"/jadwal\">"
		       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		       "<input type=\"hidden\" name=\"pemda\" value=\"%s\">"
		       "<label>Tahun <input name=\"tahun\" inputmode=\"numeric\" maxlength=\"4\" "
		       "required></label><label>Triwulan (0 = tahunan) <input name=\"triwulan\" "
		       "inputmode=\"numeric\" maxlength=\"1\" required></label>"
		       "<label>Buka (YYYY-MM-DD HH:MM, WIB) <input name=\"buka\" maxlength=\"16\" "
		       "required></label><label>Tutup <input name=\"tutup\" maxlength=\"16\" "
		       "required></label><button type=\"submit\">Simpan</button></form>",
		       r->csrf, pemda);
	if (web_peran(r, "admin"))
		html_f(&r->out,
		       "<h2>Kunci data</h2><form method=\"post\" action=\"/kunci\">"
		       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		       "<input type=\"hidden\" name=\"pemda\" value=\"%s\">"
		       "<label>Tahun <input name=\"tahun\" inputmode=\"numeric\" maxlength=\"4\" "
		       "required></label><button type=\"submit\">Kunci</button></form>"
		       "<form method=\"post\" action=\"/kunci/buka\">"
		       "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		       "<input type=\"hidden\" name=\"pemda\" value=\"%s\">"
		       "<label>Tahun <input name=\"tahun\" inputmode=\"numeric\" maxlength=\"4\" "
		       "required></label><label>Alasan <input name=\"alasan\" maxlength=\"500\" "
		       "required></label><button type=\"submit\">Buka kunci</button></form>",
		       r->csrf, pemda, r->csrf, pemda);
	html_f(&r->out, "</main></body></html>\n");
}

/* After a form: back to the page of the pemda (and year), or the refusal. */
static void selesai(struct web_req *r, int st, const struct galat *g, const char *pemda,
		    int tahun)
{
	if (st)
		return pesan_halaman(r, st, web_pesan(r, g));
	struct buf b = BUF_INIT;
	buf_puts(&b, "/jadwal?pemda=");
	html_url_enc(&b, pemda);
	if (tahun)
		buf_printf(&b, "&tahun=%d", tahun);
	web_alih(r, b.data);
	buf_release(&b);
}

void hal_jadwal_kirim(struct web_req *r)
{
	struct store_jadwal j = {0};
	const char *pemda = web_form(r, "pemda"), *t = web_form(r, "tahun"),
		   *tw = web_form(r, "triwulan"), *buka = web_form(r, "buka"),
		   *tutup = web_form(r, "tutup");
	snprintf(j.pemda, sizeof(j.pemda), "%s", pemda ? pemda : "");
	j.tahun = t ? atoi(t) : 0;
	j.triwulan = tw && *tw ? atoi(tw) : -1;
	snprintf(j.buka, sizeof(j.buka), "%s", buka ? buka : "");
	snprintf(j.tutup, sizeof(j.tutup), "%s", tutup ? tutup : "");
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = jadwal_simpan(r->s, &a, &j, &g);
	selesai(r, st, &g, j.pemda, j.tahun);
}

static void kunci_form(struct web_req *r, int pasang)
{
	const char *pemda = web_form(r, "pemda"), *t = web_form(r, "tahun");
	int tahun = t ? atoi(t) : 0;
	struct aktor a;
	web_aktor(r, &a);
	struct galat g;
	int st = pasang ? kunci_pasang(r->s, &a, pemda, tahun, &g)
			: kunci_buka(r->s, &a, pemda, tahun, web_form(r, "alasan"), &g);
	selesai(r, st, &g, pemda ? pemda : "", tahun);
}

void hal_kunci_kirim(struct web_req *r)
{
	kunci_form(r, 1);
}

void hal_kunci_buka_kirim(struct web_req *r)
{
	kunci_form(r, 0);
}

/* A quarter's cell: capaian, then what it was computed from. */
static void sel_triwulan(struct buf *b, const struct ukur_tw *q, const char *label)
{
	char c[64], rv[64], t[64];
	const char *isi = q->capaian.ada	 ? angka_format(q->capaian.nilai, 2, c, sizeof(c))
			  : q->realisasi ? ukur_keadaan_nama(UKUR_TIDAK_DAPAT_DIHITUNG)
					 : ukur_keadaan_nama(UKUR_BELUM_ADA_DATA);
	html_f(b, "<td class=\"a\" data-label=\"%s\"><span><b>%s</b>%R<br><small>%s / %s%R</small>"
		  "</span></td>",
	       label, isi, q->capaian.ada ? " %" : "",
	       q->realisasi ? nilai_tampil(q->realisasi, 2, rv, sizeof(rv)) : "–",
	       q->acuan ? nilai_tampil(&q->acuan->nilai, 2, t, sizeof(t)) : "–",
	       q->target ? "<sup>TW</sup>" : "");
}

void hal_triwulan_kepala(struct web_req *r, int tahun, const char *id)
{
	html_f(&r->out,
	       "<div class=\"tabel\"><table class=\"kartu-hp triwulan\" id=\"%s\"><thead><tr>"
	       "<th>Indikator</th><th class=\"a\">Target tahun %d</th><th class=\"a\">TW I</th>"
	       "<th class=\"a\">TW II</th><th class=\"a\">TW III</th><th class=\"a\">TW IV</th>"
	       "<th>Jalur target</th></tr></thead><tbody>\n",
	       id, tahun);
}

void hal_triwulan_baris(struct web_req *r, const struct ukur_indikator *ui, int tahun)
{
	static const char *const tw[] = {"", "TW I", "TW II", "TW III", "TW IV"};
	struct buf *b = &r->out;
	const struct indikator *ind = ui->ind;
	const struct ukur_tw *q = ui->tw;
	int nq = ui->n_tw;
	int akhir = 0, j = ukur_triwulan_jalur_dari(q, nq, &akhir);
	const struct target *tt = ui->target;
	char ts[64];
	html_f(b,
	       "<tr data-kode=\"%s\"%R><td data-label=\"Indikator\"><span><small>%s</small><br>%s"
	       "</span></td><td class=\"a\" data-label=\"Target tahun %d\">%s</td>",
	       ind->kode, j == 0 ? " class=\"di-bawah\"" : "", ind->kode, ind->uraian, tahun,
	       tt ? nilai_tampil(&tt->nilai, 2, ts, sizeof(ts)) : "–");
	for (int t = 1, k = 0; t <= 4; t++) {
		if (k < nq && q[k].triwulan == t)
			sel_triwulan(b, &q[k++], tw[t]);
		else
			html_f(b, "<td class=\"a\" data-label=\"%s\">–</td>", tw[t]);
	}
	if (j < 0)
		html_f(b, "<td class=\"jalur\" data-label=\"Jalur target\">%s</td></tr>\n",
		       ukur_keadaan_nama(UKUR_BELUM_ADA_DATA));
	else
		html_f(b,
		       "<td class=\"jalur\" data-label=\"Jalur target\"><span>%R<br><small>s.d. %s"
		       "</small></span></td></tr>\n",
		       j ? "<span class=\"tanda-capai\">&#10003; sesuai</span>"
			 : "<span class=\"tanda-bawah\">&#9660; belum</span>",
		       tw[akhir]);
}

/*
 * GET /rencana-aksi?pemda=&tahun=: the year's progress by quarter (target,
 * realisasi, capaian of each quarter, ukur_indikator.tw) and whether the
 * year's target is on track (ukur_triwulan_jalur_dari).
 */
void hal_rencana_aksi(struct web_req *r)
{
	const char *pemda = pemda_halaman(r, web_param(r, "pemda"));
	const char *t = web_param(r, "tahun");
	int tahun = t ? atoi(t) : 0;
	if (!pemda || tahun < 1900 || tahun > 2200)
		return pesan_halaman(r, 400, "Sebutkan pemda dan tahun (?pemda=KODE&tahun=YYYY).");
	if (!web_boleh_pemda(r, pemda))
		return pesan_halaman(r, 403, "Anda tidak boleh melihat pemda ini.");
	struct model m;
	model_init(&m);
	struct galat g;
	galat_init(&g);
	if (store_muat(r->s, pemda, &m, &g)) {
		model_release(&m);
		return pesan_halaman(r, g.pengguna ? 404 : 503, "Pemda tidak dikenal.");
	}
	r->status = 200;
	bingkai(r, "Rencana aksi");
	html_f(&r->out, "<h1>Rencana aksi %s tahun %d</h1>", m.pemda.nama, tahun);
	hal_kunci_spanduk(r, pemda, tahun);
	html_f(&r->out,
	       "<p class=\"kecil\">Tiap triwulan: capaian, lalu <small>realisasi / target</small>; "
	       "targetnya target triwulan itu sendiri (ditandai <sup>TW</sup>) atau target tahunan "
	       "bila triwulan tidak punya target sendiri. <i>Jalur target</i>: triwulan terakhir "
	       "yang terukur sudah (&#10003; sesuai) atau belum (&#9660; belum) mencapai "
	       "targetnya menurut arah indikator.</p>");
	hal_triwulan_kepala(r, tahun, "rencana-aksi");
	int ada = 0;
	struct pengukuran u;
	ukur_hitung(&m, tahun, &u); /* every indicator's quarters from one pass over the rows */
	for (int i = 0; i < u.n_indikator; i++) {
		if (u.indikator[i].n_tw) {
			hal_triwulan_baris(r, &u.indikator[i], tahun);
			ada++;
		}
	}
	ukur_release(&u);
	if (!ada)
		html_f(&r->out,
		       "<tr><td colspan=\"7\" id=\"rencana-aksi-kosong\">Belum ada target atau "
		       "realisasi triwulan tahun %d. Target triwulan diisi di Perencanaan (tabel "
		       "Target, kolom triwulan 1-4) atau impor target.csv; realisasi triwulan di "
		       "halaman Realisasi.</td></tr>",
		       tahun);
	html_f(&r->out, "</tbody></table></div></main></body></html>\n");
	model_release(&m);
}
