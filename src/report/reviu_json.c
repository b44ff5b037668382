/* The JSON of a review; see reviu_json.h. */
#include "reviu_json.h"

#include <math.h>

#include "ukur_json.h"

static json_t *teks(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* Rupiah as an integer, other numbers rounded to 4 decimals; else the text, else null. */
static json_t *nilai(enum ukuran ukuran, int ada, double v, const char *s)
{
	if (!ada)
		return teks(s);
	if (ukuran_uang(ukuran))
		return json_integer((json_int_t)llround(v));
	return ukur_json_angka(1, v);
}

json_t *reviu_json(const struct reviu *r, const struct model *m)
{
	json_t *root = json_object();
	json_t *pemda = json_object();
	json_object_set_new(pemda, "kode", teks(m->pemda.kode));
	json_object_set_new(pemda, "nama", teks(m->pemda.nama));
	json_object_set_new(root, "pemda", pemda);
	json_object_set_new(root, "tahun", json_integer(r->tahun));

	json_t *arr = json_array();
	for (int i = 0; i < r->n; i++) {
		const struct temuan *t = &r->temuan[i];
		json_t *o = json_object();
		json_object_set_new(o, "tingkat", json_string(reviu_tingkat_nama(t->tingkat)));
		json_object_set_new(o, "objek", teks(t->objek));
		json_object_set_new(o, "ukuran", teks(t->ukuran));
		json_object_set_new(
		    o, "dilaporkan",
		    nilai(t->jenis_ukuran, t->ada_dilaporkan, t->dilaporkan, t->dilaporkan_teks));
		json_object_set_new(
		    o, "seharusnya",
		    nilai(t->jenis_ukuran, t->ada_seharusnya, t->seharusnya, t->seharusnya_teks));
		json_object_set_new(o, "sumber", teks(t->sumber));
		json_object_set_new(o, "pesan", teks(t->pesan));
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "temuan", arr);
	return root;
}

char *reviu_json_teks(const struct reviu *r, const struct model *m)
{
	json_t *j = reviu_json(r, m);
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
	json_decref(j);
	return s;
}
