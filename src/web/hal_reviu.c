/*
 * The review (reviu) of a pemda-year.
 */

#include "../core/reviu.h"
#include "../layanan/usulan.h"
#include "html.h"
#include "hal_int.h"

void hal_reviu(struct web_req *r)
{
	struct pilihan p;
	if (hal_pilih(r, &p))
		return hal_pilihan_lepas(&p);
	struct reviu rv;
	reviu_jalankan(&p.m, p.tahun, &rv);
	struct buf *b = &r->out;
	hal_awal(r, "Reviu");
	hal_form_pilih(r, &p, "/reviu", 0);
	html_f(b,
	       "<h1>Reviu %s Tahun %d</h1><div class=\"kartu\">"
	       "<div><b>%d</b><span>angka laporan diperiksa</span></div>"
	       "<div><b>%d</b><span class=\"pred p4\">kesalahan</span></div>"
	       "<div><b>%d</b><span class=\"pred p2\">peringatan</span></div>"
	       "<div><b>%d</b><span class=\"pred pn\">info</span></div></div>",
	       p.m.pemda.nama, p.tahun, rv.n_diperiksa, rv.jumlah[REVIU_KESALAHAN],
	       rv.jumlah[REVIU_PERINGATAN], rv.jumlah[REVIU_INFO]);
	html_f(b, "<div class=\"tabel\"><table id=\"temuan\"><thead><tr><th>Tingkat</th>"
		  "<th>Objek</th><th>Ukuran</th><th class=\"a\">Dilaporkan</th>"
		  "<th class=\"a\">Seharusnya</th><th>Sumber</th><th>Temuan</th></tr></thead>"
		  "<tbody>\n");
	for (int i = 0; i < rv.n; i++) {
		const struct temuan *t = &rv.temuan[i];
		char d[64], s[64];
		const char *dl =
		    t->dilaporkan_teks ? t->dilaporkan_teks
		    : t->ada_dilaporkan
			? angka_format(t->dilaporkan, t->desimal > 0 ? t->desimal : 2, d, sizeof(d))
			: "–";
		const char *sh = t->seharusnya_teks  ? t->seharusnya_teks
				 : t->ada_seharusnya ? angka_format(t->seharusnya, 2, s, sizeof(s))
						     : "–";
		html_f(b,
		       "<tr><td><span class=\"pred %R\">%s</span></td><td>%s</td><td>%s</td>"
		       "<td class=\"a\">%s</td><td class=\"a\">%s</td><td>%s</td><td>%s</td>"
		       "</tr>\n",
		       t->tingkat == REVIU_KESALAHAN	? "p4"
		       : t->tingkat == REVIU_PERINGATAN ? "p2"
							: "pn",
		       reviu_tingkat_nama(t->tingkat), t->objek, t->ukuran, dl, sh,
		       t->sumber ? t->sumber : "", t->pesan);
	}
	if (!rv.n)
		html_f(b, "<tr><td colspan=\"7\">Tidak ada temuan.</td></tr>");
	html_f(b, "</tbody></table></div>");
	hal_akhir(r);
	reviu_release(&rv);
	hal_pilihan_lepas(&p);
}
