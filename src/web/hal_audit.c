/*
 * The audit log: who changed what and when, in WIB (UTC+7), with readable keys
 * ("Realisasi RLS 2020 setahun"), filtered here over store_audit_daftar's rows
 * by user, table, object and date range, with the count shown.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "html.h"
#include "hal_int.h"

/* Rows read for filtering; the page shows the newest TAMPIL of those that pass. */
#define AUDIT_BACA   5000
#define AUDIT_TAMPIL 200

struct baris {
	const char *waktu, *pengguna, *pemda, *tabel, *kunci, *lama, *baru;
};

struct kumpul {
	struct arena *a;
	struct baris *b;
	int n;
};

static const char *salin(struct arena *a, const char *s)
{
	return s ? arena_printf(a, "%s", s) : NULL;
}

static int kumpul_satu(const struct store_audit_baris *x, void *arg)
{
	struct kumpul *k = arg;
	if (k->n >= AUDIT_BACA)
		return 0;
	struct baris *b = &k->b[k->n++];
	b->waktu = salin(k->a, x->waktu);
	b->pengguna = salin(k->a, x->pengguna);
	b->pemda = salin(k->a, x->pemda);
	b->tabel = salin(k->a, x->tabel);
	b->kunci = salin(k->a, x->kunci);
	b->lama = salin(k->a, x->lama);
	b->baru = salin(k->a, x->baru);
	return 0;
}

/*
 * An ISO UTC time ("2026-12-02T06:05:00Z") in WIB: "2 Des 2026 13.05 WIB", and
 * its WIB date "2026-12-02" into tgl (for the date filter). The text as is when
 * it does not parse.
 */
static const char *waktu_wib(struct arena *a, const char *iso, char tgl[40])
{
	static const char *const bulan[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
					    "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	tgl[0] = '\0';
	if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
			   &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return iso ? iso : "";
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm) + 7 * 3600;
	struct tm w;
	gmtime_r(&t, &w);
	snprintf(tgl, 40, "%04d-%02d-%02d", w.tm_year + 1900, w.tm_mon + 1, w.tm_mday);
	return arena_printf(a, "%d %s %d %02d.%02d WIB", w.tm_mday, bulan[w.tm_mon],
			    w.tm_year + 1900, w.tm_hour, w.tm_min);
}

/* The key's parts after the pemda code ("36.73 / RLS / 2020 / 0"), at most 6. */
static int bagian(const char *kunci, char p[6][96])
{
	int n = 0;
	const char *s = kunci ? kunci : "";
	while (n < 6) {
		const char *e = strstr(s, " / ");
		size_t len = e ? (size_t)(e - s) : strlen(s);
		snprintf(p[n], 96, "%.*s", (int)(len < 95 ? len : 95), s);
		n++;
		if (!e)
			break;
		s = e + 3;
	}
	return n;
}

static const char *nama_tw(const char *s)
{
	return s[0] >= '0' && s[0] <= '4' && !s[1] ? hal_nama_triwulan(s[0] - '0') : s;
}

/* A readable key: "Realisasi RLS 2020 setahun", "Target RLS 2021", "Impor realisasi". */
static const char *kunci_baca(struct web_req *r, const struct baris *b)
{
	struct arena *a = &r->arena;
	const char *tb = b->tabel ? b->tabel : "";
	if (b->kunci && strcmp(b->kunci, "impor") == 0)
		return arena_printf(a, "Impor %s", tb);
	char p[6][96];
	int n = bagian(b->kunci, p);
	/* the first part is the pemda code for the plan and data tables */
	int dp = b->pemda && *b->pemda && strcmp(p[0], b->pemda) == 0;
	char(*q)[96] = dp ? p + 1 : p;
	int m = dp ? n - 1 : n;
	if (strcmp(tb, "realisasi") == 0 && m >= 3)
		return arena_printf(a, "Realisasi %s %s %s", q[0], q[1], nama_tw(q[2]));
	if ((strcmp(tb, "target") == 0 || strcmp(tb, "target_riwayat") == 0) && m >= 2)
		return arena_printf(a, "Target %s %s", q[0], q[1]);
	if (strcmp(tb, "indikator") == 0 && m >= 1)
		return arena_printf(a, "Indikator %s", q[0]);
	if (strcmp(tb, "rencana") == 0 && m >= 1)
		return arena_printf(a, "Rencana %s", q[0]);
	if (strcmp(tb, "opd") == 0 && m >= 1)
		return arena_printf(a, "OPD %s", q[0]);
	if (strcmp(tb, "anggaran") == 0 && m >= 3)
		return arena_printf(a, "Anggaran %s program %s %s", q[0], q[1], q[2]);
	if (strcmp(tb, "pembanding") == 0 && m >= 3)
		return arena_printf(a, "Pembanding %s %s %s", q[0], q[1],
				    hal_nama_wilayah(r, q[2]));
	if (strcmp(tb, "narasi") == 0 && m >= 3)
		return arena_printf(a, "Narasi %s %s %s", q[1], q[2], q[0]);
	if (strcmp(tb, "pk") == 0 && m >= 3)
		return arena_printf(a, "PK %s %s versi %s", q[0], q[1], q[2]);
	if (strcmp(tb, "anggaran_simpul") == 0 && m >= 2)
		return arena_printf(a, "Anggaran simpul %s %s", q[0], q[1]);
	if (strcmp(tb, "jadwal") == 0 && m >= 2)
		return arena_printf(a, "Jadwal %s %s", q[0], nama_tw(q[1]));
	if (strcmp(tb, "realisasi_usulan") == 0 && b->kunci) {
		/* "INDIKATOR/TAHUN/TRIWULAN #ID": the code may hold '/', so read from the right */
		const char *k = b->kunci, *pagar = strrchr(k, '#');
		size_t len = pagar && pagar > k ? (size_t)(pagar - k - 1) : strlen(k);
		char x[192];
		snprintf(x, sizeof(x), "%.*s", (int)(len < sizeof(x) - 1 ? len : sizeof(x) - 1), k);
		char *tw = strrchr(x, '/');
		char *th = tw ? (*tw = '\0', strrchr(x, '/')) : NULL;
		if (th) {
			*th = '\0';
			return arena_printf(a, "Usulan realisasi %s %s %s%s%s", x, th + 1, nama_tw(tw + 1),
					    pagar ? " " : "", pagar ? pagar : "");
		}
	}
	if (strcmp(tb, "pemda") == 0) {
		const char *nama = hal_nama_pemda(r, p[0]);
		return arena_printf(a, "Pemda %s%s%s%s", nama ? nama : "", nama ? " (" : "", p[0],
				    nama ? ")" : "");
	}
	struct buf x = BUF_INIT;
	buf_puts(&x, tb);
	if (x.data && x.data[0] >= 'a' && x.data[0] <= 'z')
		x.data[0] = (char)(x.data[0] - 'a' + 'A'); /* "Pengguna admin" */
	for (int i = 0; i < m; i++)
		buf_printf(&x, " %s", q[i]);
	const char *hasil = arena_printf(a, "%s", x.data ? x.data : "");
	buf_release(&x);
	return hasil;
}

static int tanggal_sah(const char *s)
{
	int y, mo, d;
	return s && strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d", &y, &mo, &d) == 3;
}

/* Appends <option>s of the distinct values of a column, the chosen one selected. */
static void opsi_beda(struct buf *b, const struct kumpul *k, int kolom, const char *pilih)
{
	const char **lihat = xcalloc((size_t)k->n + 1, sizeof(char *));
	int n = 0;
	for (int i = 0; i < k->n; i++) {
		const char *v = kolom ? k->b[i].tabel : k->b[i].pengguna;
		if (!v || !*v)
			continue;
		int ada = 0;
		for (int j = 0; j < n && !ada; j++)
			ada = strcmp(lihat[j], v) == 0;
		if (ada)
			continue;
		lihat[n++] = v;
		html_f(b, "<option%R>%s</option>",
		       pilih && strcmp(pilih, v) == 0 ? " selected" : "", v);
	}
	free(lihat);
}

static const char *param(struct web_req *r, const char *nama)
{
	const char *v = web_param(r, nama);
	return v && *v ? v : NULL;
}

void hal_audit(struct web_req *r)
{
	if (!web_peran(r, "admin,reviewer"))
		return hal_galat(r, 403, "Hanya admin dan reviewer yang melihat log audit.");
	const char *pemda = param(r, "pemda");
	if (!pemda && r->u.pemda[0])
		pemda = r->u.pemda;
	if (pemda && !web_boleh_pemda(r, pemda))
		return hal_galat(r, 403, "Anda tidak boleh melihat pemda ini.");
	const char *pengguna = param(r, "pengguna"), *tabel = param(r, "tabel");
	const char *objek = param(r, "objek");
	const char *dari = param(r, "dari"), *sampai = param(r, "sampai");
	if (dari && !tanggal_sah(dari))
		dari = NULL;
	if (sampai && !tanggal_sah(sampai))
		sampai = NULL;

	struct kumpul k = {&r->arena, NULL, 0};
	k.b = arena_alloc(&r->arena, AUDIT_BACA * sizeof(*k.b));
	struct galat g;
	galat_init(&g);
	if (store_audit_daftar(r->s, pemda, AUDIT_BACA, kumpul_satu, &k, &g))
		return hal_galat(r, 503,
				 "Log audit tidak dapat dibaca (basis data sibuk atau "
				 "galat); coba lagi.");

	struct buf *b = &r->out;
	hal_awal(r, "Log audit");
	const char *nama_pd = pemda ? hal_nama_pemda(r, pemda) : NULL;
	html_f(b, "<h1>Log audit%R%s</h1>", pemda ? " " : "",
	       pemda ? (nama_pd ? nama_pd : pemda) : "");
	html_f(b, "<form class=\"pilih\" method=\"get\" action=\"/audit\" id=\"saring-audit\">"
		  "<div><label for=\"pemda\">Pemda</label><select id=\"pemda\" name=\"pemda\">");
	if (!r->u.pemda[0])
		html_f(b, "<option value=\"\">semua pemda</option>");
	if (hal_opsi_pemda(r, b, pemda))
		return hal_galat(r, 503, "Basis data sibuk atau galat; coba lagi.");
	html_f(b, "</select></div><div><label for=\"pengguna\">Pengguna</label><select "
		  "id=\"pengguna\" name=\"pengguna\"><option value=\"\">semua</option>");
	opsi_beda(b, &k, 0, pengguna);
	html_f(b, "</select></div><div><label for=\"tabel\">Tabel</label><select id=\"tabel\" "
		  "name=\"tabel\"><option value=\"\">semua</option>");
	opsi_beda(b, &k, 1, tabel);
	html_f(b,
	       "</select></div><div><label for=\"objek\">Objek (kode)</label><input "
	       "id=\"objek\" name=\"objek\" maxlength=\"60\" size=\"10\" value=\"%s\" "
	       "placeholder=\"mis. RLS\"></div>"
	       "<div><label for=\"dari\">Dari tanggal</label><input type=\"date\" id=\"dari\" "
	       "name=\"dari\" value=\"%s\"></div><div><label for=\"sampai\">Sampai tanggal"
	       "</label><input type=\"date\" id=\"sampai\" name=\"sampai\" value=\"%s\"></div>"
	       "<div><button type=\"submit\">Saring</button></div></form>",
	       objek ? objek : "", dari ? dari : "", sampai ? sampai : "");

	struct buf isi = BUF_INIT;
	int lolos = 0, tampil = 0;
	for (int i = 0; i < k.n; i++) {
		const struct baris *x = &k.b[i];
		if (pengguna && (!x->pengguna || strcmp(x->pengguna, pengguna) != 0))
			continue;
		if (tabel && (!x->tabel || strcmp(x->tabel, tabel) != 0))
			continue;
		if (objek) {
			/* a code is a whole part of the key ("RLS" in "36.73 / RLS / 2020 / 0") */
			char p[6][96];
			int n = bagian(x->kunci, p), cocok = 0;
			for (int j = 0; j < n && !cocok; j++)
				cocok = strcasecmp(p[j], objek) == 0;
			if (!cocok)
				continue;
		}
		char tgl[40];
		const char *w = waktu_wib(&r->arena, x->waktu, tgl);
		if ((dari && (!tgl[0] || strcmp(tgl, dari) < 0)) ||
		    (sampai && (!tgl[0] || strcmp(tgl, sampai) > 0)))
			continue;
		lolos++;
		if (tampil >= AUDIT_TAMPIL)
			continue;
		tampil++;
		html_f(&isi,
		       "<tr><td data-label=\"Waktu (WIB)\">%s</td><td data-label=\"Pengguna\">"
		       "%s</td><td data-label=\"Perubahan\"><b>%s</b>%R%s%R</td>"
		       "<td data-label=\"Lama\" class=\"nilai\">%s</td><td data-label=\"Baru\" "
		       "class=\"nilai\">%s</td></tr>\n",
		       w, x->pengguna ? x->pengguna : "", kunci_baca(r, x),
		       !pemda && x->pemda && *x->pemda ? " <span class=\"kecil\">" : "",
		       !pemda && x->pemda ? x->pemda : "",
		       !pemda && x->pemda && *x->pemda ? "</span>" : "", x->lama ? x->lama : "–",
		       x->baru ? x->baru : "");
	}
	html_f(b,
	       "<p class=\"kecil\" id=\"jumlah-audit\">Menampilkan %d dari %d perubahan%R, "
	       "terbaru di atas; waktu dalam WIB (UTC+7).</p>",
	       tampil, lolos,
	       k.n >= AUDIT_BACA
		   ? arena_printf(&r->arena, " (dari %d perubahan terakhir)", AUDIT_BACA)
		   : "");
	html_f(b, "<div class=\"tabel\"><table class=\"kartu-hp\" id=\"audit\"><thead><tr>"
		  "<th>Waktu (WIB)</th><th>Pengguna</th><th>Perubahan</th><th>Lama</th>"
		  "<th>Baru</th></tr></thead><tbody>\n");
	buf_append(b, isi.data ? isi.data : "", isi.len);
	buf_release(&isi);
	if (!tampil)
		html_f(b,
		       "<tr><td colspan=\"5\">Tidak ada perubahan untuk saringan ini.</td></tr>");
	html_f(b, "</tbody></table></div>");
	hal_akhir(r);
}
