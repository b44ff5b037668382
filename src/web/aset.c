/* Static assets served by kinerja itself (no CDN): one stylesheet and one script. */
#include <string.h>

#include "web_int.h"

static const char css[] =
	":root{--biru:#1d4e89;--abu:#f3f5f8;--garis:#d5dae1;font-family:system-ui,-apple-system,"
	"'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1b1f24}\n"
	"*{box-sizing:border-box}body{margin:0;background:#fff;line-height:1.45}\n"
	"header{background:var(--biru);color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;"
	"align-items:center;gap:.5rem 1.2rem}\n"
	"header .merek{font-weight:700;font-size:1.1rem;color:#fff;text-decoration:none}\n"
	"header nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem}\n"
	"header nav a{color:#dfe9f7;text-decoration:none}header nav a:hover{color:#fff;"
	"text-decoration:underline}\n"
	"header .akun{margin-left:auto;display:flex;gap:.6rem;align-items:center;font-size:.9rem}\n"
	"header .akun a{color:#dfe9f7}header .akun a:hover{color:#fff}\n"
	"header form{margin:0}header button{background:transparent;border:1px solid #9db6d8;"
	"color:#fff;border-radius:4px;padding:.2rem .6rem;cursor:pointer}\n"
	"main{padding:1rem;max-width:1200px;margin:0 auto}\n"
	"h1{font-size:1.4rem;margin:.4rem 0 1rem}h2{font-size:1.15rem;margin:1.6rem 0 .6rem}\n"
	"table{border-collapse:collapse;width:100%;font-size:.92rem}\n"
	".tabel{overflow-x:auto}th,td{border-bottom:1px solid var(--garis);padding:.35rem .5rem;"
	"text-align:left;vertical-align:top}\n"
	"th{background:var(--abu);font-weight:600}td.a,th.a{text-align:right;"
	"font-variant-numeric:tabular-nums;white-space:nowrap}\n"
	"tr.agregat td{font-weight:600;background:#fafbfc}\n"
	".pred{display:inline-block;padding:.05rem .45rem;border-radius:3px;font-size:.82rem;"
	"white-space:nowrap;color:#fff}\n"
	".p0{background:#1a7f37}.p1{background:#4c9a2a}.p2{background:#b58800}.p3{background:#d4650c}"
	".p4{background:#c62828}.pn{background:#8a939e}\n"
	"svg .p0{fill:#1a7f37}svg .p1{fill:#4c9a2a}svg .p2{fill:#b58800}svg .p3{fill:#d4650c}"
	"svg .p4{fill:#c62828}svg .pn{fill:#8a939e}\n"
	".kartu{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.6rem;"
	"margin:.5rem 0 1rem}\n"
	".kartu div{border:1px solid var(--garis);border-radius:6px;padding:.5rem .7rem}\n"
	".kartu b{display:block;font-size:1.35rem}.kartu span{font-size:.85rem;color:#4a525c}"
	".kartu span.pred{color:#fff}\n"
	"form.pilih{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;background:var(--abu);"
	"padding:.6rem;border-radius:6px}\n"
	"label{display:block;font-size:.85rem;color:#333}td label{display:inline;font-size:inherit;"
	"color:inherit}\n"
	"input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #aab3bf;"
	"border-radius:4px}\n"
	"button{background:var(--biru);color:#fff;border-color:var(--biru);cursor:pointer}\n"
	"button.kedua{background:#fff;color:var(--biru)}\n"
	".galat{color:#b00020;font-size:.85rem;display:block}\n"
	"input.salah{border-color:#b00020;background:#fff5f5}\n"
	".pesan{padding:.6rem .8rem;border-radius:6px;margin:.6rem 0}\n"
	".pesan.ok{background:#e7f5ea;border:1px solid #9fd3ab}.pesan.salah{background:#fdecee;"
	"border:1px solid #f1a7b0}\n"
	".masuk{max-width:22rem;margin:3rem auto;border:1px solid var(--garis);border-radius:8px;"
	"padding:1.2rem}\n"
	".masuk input{width:100%;margin-bottom:.7rem}.masuk button{width:100%}\n"
	"svg{width:760px;max-width:100%;height:auto;display:block}svg text{font-size:11px;fill:#333}\n"
	"svg .sumbu{stroke:#888;stroke-width:1}svg .seratus{stroke:#1d4e89;stroke-dasharray:4 3}\n"
	"svg .grid{stroke:#e3e6ea}svg .l0{stroke:#1d4e89;fill:none;stroke-width:2}"
	"svg .l1{stroke:#1a7f37;fill:none;stroke-width:2}svg .l2{stroke:#d4650c;fill:none;"
	"stroke-width:2;stroke-dasharray:5 3}svg .l3{stroke:#7b3fa0;fill:none;stroke-width:2;"
	"stroke-dasharray:2 3}\n"
	"svg .t0{fill:#1d4e89}svg .t1{fill:#1a7f37}svg .t2{fill:#d4650c}svg .t3{fill:#7b3fa0}\n"
	".kecil{font-size:.85rem;color:#4a525c}.status{font-weight:600}\n"
	"@media (max-width:640px){main{padding:.6rem}th,td{padding:.3rem}header .akun{margin-left:0}"
	"table{font-size:.85rem}}\n";

static const char js[] =
	"'use strict';\n"
	"// Small enhancements only: every page works without this script.\n"
	"document.addEventListener('DOMContentLoaded', function () {\n"
	"  document.querySelectorAll('select[data-otomatis]').forEach(function (s) {\n"
	"    s.addEventListener('change', function () { s.form.submit(); });\n"
	"  });\n"
	"  document.querySelectorAll('form[data-konfirmasi]').forEach(function (f) {\n"
	"    f.addEventListener('submit', function (e) {\n"
	"      if (!window.confirm(f.getAttribute('data-konfirmasi'))) e.preventDefault();\n"
	"    });\n"
	"  });\n"
	"  document.querySelectorAll('button[data-kembali]').forEach(function (b) {\n"
	"    b.addEventListener('click', function (e) {\n"
	"      var a = b.form.querySelector('input[name=alasan]');\n"
	"      if (a && !a.value.trim()) { e.preventDefault(); a.focus();\n"
	"        a.setCustomValidity('Alasan wajib diisi bila dikembalikan'); a.reportValidity(); }\n"
	"      else if (a) { a.setCustomValidity(''); }\n"
	"    });\n"
	"  });\n"
	"});\n";

const char *aset_cari(const char *path, const char **jenis)
{
	if (strcmp(path, "/aset/gaya.css") == 0) {
		*jenis = "text/css; charset=utf-8";
		return css;
	}
	if (strcmp(path, "/aset/app.js") == 0) {
		*jenis = "text/javascript; charset=utf-8";
		return js;
	}
	if (strcmp(path, "/favicon.ico") == 0) {
		*jenis = "image/svg+xml";
		return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'>"
		       "<rect width='16' height='16' fill='#1d4e89'/></svg>";
	}
	return NULL;
}
