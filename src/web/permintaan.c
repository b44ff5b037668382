/*
 * Request helpers: query parameters, form fields, the check of every input
 * for valid UTF-8, JSON and redirect responses, and the response itself with
 * the security headers. See web_int.h.
 */
#include <ctype.h>
#include <microhttpd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "masukan.h"
#include "web_int.h"

const char *web_param(struct web_req *r, const char *nama)
{
	const char *v = MHD_lookup_connection_value(r->con, MHD_GET_ARGUMENT_KIND, nama);
	if (v && strlen(v) > WEB_BATAS_FIELD)
		return NULL;
	return v;
}

const char *web_form(struct web_req *r, const char *nama)
{
	return masukan_form_cari(r->body, r->nbody, nama, WEB_BATAS_FIELD, &r->arena);
}

void web_json(struct web_req *r, int status, json_t *j)
{
	char *t = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(15));
	json_decref(j);
	buf_reset(&r->out);
	buf_puts(&r->out, t ? t : "null");
	free(t);
	r->status = status;
	r->jenis = "application/json; charset=utf-8";
}

void web_galat(struct web_req *r, int status, const char *pesan)
{
	web_json(r, status, json_pack("{s:s}", "galat", pesan));
}

void web_alih(struct web_req *r, const char *lokasi)
{
	free(r->lokasi);
	r->lokasi = xstrdup(lokasi);
	r->status = 303;
	buf_reset(&r->out);
	r->jenis = "text/plain; charset=utf-8";
}

/* ---- UTF-8 at every input ---- */

struct param_cek {
	char salah[64];
	int ada;
};

static enum MHD_Result param_satu(void *cls, enum MHD_ValueKind kind, const char *key,
				  size_t key_size, const char *value, size_t value_size)
{
	(void)kind;
	struct param_cek *k = cls;
	int kunci_sah = key && masukan_utf8_sah(key, key_size);
	if (kunci_sah && (!value || masukan_utf8_sah(value, value_size)))
		return MHD_YES;
	k->ada = 1;
	snprintf(k->salah, sizeof(k->salah), "%s", "?");
	if (kunci_sah) {
		size_t o = 0;
		for (size_t i = 0; i < key_size && o + 1 < sizeof(k->salah); i++)
			k->salah[o++] = key[i] >= 0x20 && key[i] < 0x7F && key[i] != '\'' ? key[i] : '?';
		k->salah[o] = '\0';
	}
	return MHD_NO;
}

/* Whether the body is a form or JSON that the handlers read as text. */
static int body_teks(struct web_req *r, int *json)
{
	const char *jenis = MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Content-Type");
	if (jenis && strncasecmp(jenis, "multipart/", 10) == 0)
		return 0; /* files: their handler checks what it keeps */
	*json = strncmp(r->path, "/api/", 5) == 0;
	return 1;
}

/* 400 with pesan: JSON under /api/, plain text for the pages. */
static void tolak(struct web_req *r, const char *pesan)
{
	if (strncmp(r->path, "/api/", 5) == 0)
		return web_galat(r, 400, pesan);
	buf_reset(&r->out);
	buf_printf(&r->out, "400 %s\n", pesan);
	r->status = 400;
	r->jenis = "text/plain; charset=utf-8";
}

int web_masukan_cek(struct web_req *r)
{
	struct param_cek k = {.ada = 0};
	/* The count is not needed: the iterator records the first bad parameter. */
	(void)MHD_get_connection_values_n(r->con, MHD_GET_ARGUMENT_KIND, param_satu, &k);
	if (k.ada) {
		tolak(r, arena_printf(&r->arena, "parameter '%s' bukan teks UTF-8 yang sah", k.salah));
		return -1;
	}
	int json = 0;
	if (!r->nbody || !body_teks(r, &json))
		return 0;
	char salah[64];
	if (json ? masukan_json_cek(r->body, r->nbody, salah, sizeof(salah))
		 : masukan_form_cek(r->body, r->nbody, salah, sizeof(salah))) {
		tolak(r, arena_printf(&r->arena, "kolom '%s' bukan teks UTF-8 yang sah", salah));
		return -1;
	}
	return 0;
}

/* ---- the response ---- */

#define CSP                                                                                   \
	"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "     \
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

static void badan_lepas(void *cls)
{
	web_badan_lepas(cls);
}

enum MHD_Result web_kirim(struct MHD_Connection *con, struct web_req *r)
{
	struct MHD_Response *resp;
	if (r->badan) {
		/* a cached body, sent as it is; MHD lets the reference go when done */
		size_t len;
		const char *data = web_badan_data(r->badan, &len);
		resp = MHD_create_response_from_buffer_with_free_callback_cls(
			len, (void *)(uintptr_t)data, badan_lepas, r->badan);
		if (!resp)
			web_badan_lepas(r->badan);
		r->badan = NULL;
	} else {
		size_t len = r->out.len;
		char *data = buf_detach(&r->out);
		resp = MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
		if (!resp)
			free(data);
	}
	if (!resp)
		return MHD_NO;
	char ra[24] = "";
	if (r->coba_lagi > 0)
		snprintf(ra, sizeof(ra), "%d", r->coba_lagi);
	char cd[160];
	if (r->unduh) {
		snprintf(cd, sizeof(cd), "attachment; filename=\"%s\"", r->unduh);
		/* Only plain characters in the name: a pemda code is the user's text. */
		for (char *c = cd + 22; *c && c[1]; c++)
			if (!isalnum((unsigned char)*c) && *c != '.' && *c != '-' && *c != '_')
				*c = '_';
	}
	const char *header[][2] = {
		{"Content-Type", r->jenis ? r->jenis : "text/plain; charset=utf-8"},
		{"Content-Security-Policy", CSP},
		{"X-Content-Type-Options", "nosniff"},
		{"X-Frame-Options", "DENY"},
		{"Referrer-Policy", "no-referrer"},
		{"Cache-Control",
		 r->path && strncmp(r->path, "/aset/", 6) == 0 ? "max-age=3600"
		 : r->etag					? "no-cache"
								: "no-store"},
		{"ETag", r->etag},
		{"Last-Modified", r->diubah},
		{"Set-Cookie", r->cookie},
		{"Location", r->lokasi},
		{"Content-Disposition", r->unduh ? cd : NULL},
		{"Retry-After", ra[0] ? ra : NULL},
	};
	for (size_t i = 0; i < sizeof(header) / sizeof(*header); i++) {
		if (header[i][1] && MHD_add_response_header(resp, header[i][0], header[i][1]) != MHD_YES) {
			/* No answer rather than one without its headers (or its cookie). */
			MHD_destroy_response(resp);
			return MHD_NO;
		}
	}
	enum MHD_Result rc = MHD_queue_response(con, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return rc;
}
