/* Indonesian sentences of the LKjIP; see narasi.h. */
#include "narasi.h"

#include <math.h>

#include "../core/angka.h"
#include "../core/nilai.h"

const char *narasi_status(double capaian)
{
	double c = angka_bulat(capaian, 2);
	if (c > 100)
		return "melebihi target";
	if (c == 100)
		return "mencapai target";
	return "belum mencapai target";
}

const char *narasi_sasaran(struct arena *a, int nomor, const struct ukur_agregat *s,
			   int belum_ada_data, int tidak_dapat_dihitung)
{
	char c[64];
	if (!s->ada_capaian && !tidak_dapat_dihitung)
		return arena_printf(a,
				    "Sasaran %d terdiri dari %d indikator yang belum memiliki data "
				    "realisasi (n/a), sehingga capaiannya belum dapat diukur.",
				    nomor, s->jumlah_indikator);
	if (!s->ada_capaian)
		return arena_printf(a,
				    "Sasaran %d terdiri dari %d indikator; capaian %d indikator yang "
				    "memiliki realisasi tidak dapat dihitung, sehingga capaian "
				    "sasaran belum dapat diukur.",
				    nomor, s->jumlah_indikator, tidak_dapat_dihitung);
	const char *ekor = "";
	if (belum_ada_data > 0)
		ekor = arena_printf(a, "; %d indikator belum ada data (n/a)", belum_ada_data);
	if (tidak_dapat_dihitung > 0)
		ekor = arena_printf(a, "%s; capaian %d indikator tidak dapat dihitung", ekor,
				    tidak_dapat_dihitung);
	return arena_printf(a,
			    "Sasaran %d terdiri dari %d indikator dengan nilai capaian %s%%, %s "
			    "dengan interpretasi %s%s.",
			    nomor, s->jumlah_indikator, angka_format(s->capaian, 2, c, sizeof(c)),
			    narasi_status(s->capaian), s->predikat, ekor);
}

const char *narasi_indikator(struct arena *a, const struct ukur_indikator *u)
{
	char t[64], r[64], c[64];
	const char *sat = u->ind->satuan && *u->ind->satuan ? u->ind->satuan : "";
	const char *sp = *sat ? " " : "";
	if (!u->target)
		return arena_printf(a, "Indikator %s belum memiliki target tahun ini.",
				    u->ind->uraian);
	/* the decimals of the tables (nilai_desimal_cetak): "75" and "60", not "75,00" */
	nilai_cetak(&u->target->nilai, &u->realisasi, t, sizeof(t));
	if (u->realisasi.jenis == NILAI_KOSONG)
		return arena_printf(a,
				    "Indikator %s dengan target %s%s%s belum memiliki data realisasi "
				    "(n/a).",
				    u->ind->uraian, t, sp, sat);
	nilai_cetak(&u->realisasi, &u->target->nilai, r, sizeof(r));
	if (!u->capaian.ada)
		return arena_printf(a,
				    "Indikator %s dengan target %s%s%s terealisasi %s%s%s; capaian "
				    "tidak dapat dihitung (%s).",
				    u->ind->uraian, t, sp, sat, r, sp, sat,
				    u->capaian.catatan ? u->capaian.catatan : "rumus tidak berlaku");
	return arena_printf(a,
			    "Indikator %s dengan target %s%s%s terealisasi %s%s%s, capaian %s%% "
			    "(%s), %s.",
			    u->ind->uraian, t, sp, sat, r, sp, sat,
			    angka_format(u->capaian.nilai, 2, c, sizeof(c)), u->predikat,
			    narasi_status(u->capaian.nilai));
}

const char *narasi_tren(struct arena *a, const struct indikator *ind, int tahun, double kini,
			double lalu)
{
	char x[64], y[64], z[64];
	if (isnan(kini) || isnan(lalu))
		return NULL;
	double d = kini - lalu;
	const char *arah;
	if (angka_bulat(d, 2) == 0)
		arah = "tetap";
	else if (ind->arah == ARAH_TURUN)
		arah = d < 0 ? "membaik (turun)" : "menurun (naik)";
	else if (ind->arah == ARAH_NAIK)
		arah = d > 0 ? "membaik (naik)" : "menurun (turun)";
	else
		arah = d > 0 ? "naik" : "turun";
	return arena_printf(a,
			    "Dibandingkan tahun %d (%s), realisasi %s tahun %d (%s) %s sebesar %s.",
			    tahun - 1, angka_format(lalu, 2, x, sizeof(x)), ind->uraian, tahun,
			    angka_format(kini, 2, y, sizeof(y)), arah,
			    angka_format(fabs(d), 2, z, sizeof(z)));
}

const char *narasi_serapan(struct arena *a, const char *subjek, int64_t pagu, int64_t realisasi,
			   int ada_serapan, double serapan)
{
	char p[64], r[64], s[64];
	angka_format_rp(pagu, p, sizeof(p));
	angka_format_rp(realisasi, r, sizeof(r));
	if (!ada_serapan)
		return arena_printf(a, "%s memiliki pagu Rp %s; serapannya belum dapat dihitung.",
				    subjek, p);
	return arena_printf(a,
			    "%s memiliki pagu Rp %s dengan realisasi Rp %s atau serapan anggaran "
			    "sebesar %s%%.",
			    subjek, p, r, angka_format(serapan, 2, s, sizeof(s)));
}

const char *narasi_efisiensi(struct arena *a, const struct ukur_agregat *s)
{
	(void)a;
	if (!s->ada_efisiensi)
		return "belum dapat dinilai";
	return s->efisiensi > 0 ? "efisien" : "tidak efisien";
}
