#!/usr/bin/env python3
"""Evidence (bukti dukung, siklus.md; issue 12 items 5 and 7) through a real server:
POST /api/bukti stores a file recognised by its content with its SHA-256; GET
/api/bukti/ID sends it back as an attachment; GET /api/bukti?objek= lists. Security: a
PDF named .png is stored and served as PDF, HTML is refused (415), a path in the name is
harmless, 10 MiB passes and 10 MiB + 1 byte is refused (413) with nothing stored, the
pemda's batas_bukti setting lowers the limit, an operator of another OPD may neither
download nor list, 401 without a session, CSRF required, a locked year refuses. The
table survives `backup` and `copy` (the SHA-256 of the content read back). Prints TAP."""
import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dbutil  # noqa: E402
import test_keamanan_http as k  # noqa: E402
from test_siklus import masuk, SANDI  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1 << 20
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)


def ooxml(bagian):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(bagian, "<x/>")
    return b.getvalue()


def multipart(objek, nama, isi):
    batas = "----kinerjaBatas7d1"
    body = (("--%s\r\nContent-Disposition: form-data; name=\"objek\"\r\n\r\n%s\r\n" % (batas, objek)).encode() +
            ("--%s\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"%s\"\r\n"
             "Content-Type: application/octet-stream\r\n\r\n" % (batas, nama)).encode() +
            isi + ("\r\n--%s--\r\n" % batas).encode())
    return body, "multipart/form-data; boundary=" + batas


def jumlah(db):
    return int(dbutil.sql(db, "SELECT COUNT(*) FROM bukti")[0][0])


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-bukti-")
    db = dbutil.newdb("bukti", tmp)
    srv = srv2 = None
    try:
        subprocess.run([k.KINERJA, "init", db], check=True, capture_output=True)
        subprocess.run([k.KINERJA, "import", db, os.path.join(HERE, "data")], check=True,
                       capture_output=True)
        for nama, peran, opd in (("admin", "admin", None), ("rencana1", "perencana", None),
                                 ("op1", "operator", "DISDIK"), ("op2", "operator", "DINSOS"),
                                 ("reviu1", "reviewer", None), ("pim1", "pimpinan", None)):
            arg = [k.KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if opd:
                arg += ["--opd", opd, "--pemda", "99.01"]
            subprocess.run(arg, input=SANDI + "\n", text=True, check=True, capture_output=True)
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens")
        if port is None:
            return
        admin, pr, op1, op2, rv, pim = (masuk(port, n, SANDI) for n in
                                        ("admin", "rencana1", "op1", "op2", "reviu1", "pim1"))
        k.ok(all((admin, pr, op1, op2, rv, pim)), "six roles log in")

        def unggah(siapa, objek, nama, isi, csrf=True):
            body, ct = multipart(objek, nama, isi)
            h = dict(siapa or {})
            if not csrf:
                h.pop("X-CSRF-Token", None)
            h["Content-Type"] = ct
            st, hh, jawab = k.minta(port, "POST", "/api/bukti", body, h)
            try:
                return st, json.loads(jawab)
            except ValueError:
                return st, {}

        def unduh(siapa, id_):
            return k.minta(port, "GET", "/api/bukti/%s" % id_, b"", siapa or {})

        # An operator submits RLS 2020 (DISDIK) and attaches a PDF to its submission.
        st, _, j = k.minta(port, "PUT", "/api/realisasi", json.dumps(
            {"pemda": "99.01", "indikator": "RLS", "tahun": 2020, "triwulan": 0,
             "realisasi": "8,5"}).encode(), dict(op1, **{"Content-Type": "application/json"}))
        usulan = json.loads(j).get("id")
        k.ok(st == 202 and usulan, "operator submits a realisasi (%d)" % st)
        objek = "usulan:%s" % usulan
        st, j = unggah(op1, objek, "laporan.pdf", PDF)
        # ukuran = len(PDF) = 65 bytes (9 + 44 + 12); sha256 computed here independently.
        k.ok(st == 201 and j.get("jenis") == "pdf" and j.get("ukuran") == len(PDF) == 65 and
             j.get("sha256") == hashlib.sha256(PDF).hexdigest(),
             "operator attaches a PDF to its submission: 201 with jenis, ukuran 65 and SHA-256 (%d %s)" % (st, j))
        id_pdf = j.get("id")
        st, h, isi = unduh(pr, id_pdf)
        k.ok(st == 200 and isi == PDF and h.get("content-type") == "application/pdf" and
             h.get("content-disposition") == 'attachment; filename="laporan.pdf"' and
             h.get("x-content-type-options") == "nosniff",
             "the verifier downloads it: same bytes, attachment, nosniff, application/pdf (%d %s)" % (st, h))

        # A PDF named .png is a PDF.
        st, j = unggah(op1, objek, "foto.png", PDF)
        id_png = j.get("id")
        st2, h, isi = unduh(op1, id_png)
        k.ok(st == 201 and j.get("jenis") == "pdf" and h.get("content-type") == "application/pdf" and
             h.get("content-disposition") == 'attachment; filename="foto.png.pdf"',
             "a PDF named .png is stored and served as PDF, named foto.png.pdf (%s %s)" % (j, h))
        # Real PNG, DOCX and XLSX are recognised by content.
        jenis = []
        for nama, isi_ in (("a.bin", PNG), ("b.bin", ooxml("word/document.xml")),
                           ("c.bin", ooxml("xl/workbook.xml"))):
            st, j = unggah(pr, objek, nama, isi_)
            jenis.append((st, j.get("jenis")))
        k.ok(jenis == [(201, "png"), (201, "docx"), (201, "xlsx")],
             "PNG, DOCX and XLSX recognised by content whatever the name (%s)" % jenis)
        # HTML, a script and a plain ZIP are refused, nothing stored.
        n0 = jumlah(db)
        hasil = [unggah(op1, objek, "x.pdf", b"<!DOCTYPE html><script>alert(1)</script>")[0],
                 unggah(op1, objek, "x.pdf", b"#!/bin/sh\nrm -rf /\n")[0],
                 unggah(op1, objek, "x.docx", ooxml("lain/isi.xml"))[0]]
        k.ok(hasil == [415, 415, 415] and jumlah(db) == n0,
             "HTML, a shell script and a ZIP that is no DOCX/XLSX: 415, nothing stored (%s)" % hasil)
        # Path characters in the name are harmless.
        st, j = unggah(op1, objek, "../../etc/passwd", PDF)
        st2, h, _ = unduh(op1, j.get("id"))
        k.ok(st == 201 and j.get("nama") == "passwd" and
             h.get("content-disposition") == 'attachment; filename="passwd.pdf"',
             "'../../etc/passwd' is kept as passwd, offered as passwd.pdf (%s %s)" % (j, h))
        # 10 MiB passes; 10 MiB + 1 byte is refused with nothing stored.
        besar = PDF + b"0" * (10 * MIB - len(PDF))
        st, j = unggah(op1, objek, "besar.pdf", besar)
        k.ok(st == 201 and j.get("ukuran") == 10 * MIB == 10485760,
             "a file of exactly 10 MiB (10485760 bytes) is stored (%d %s)" % (st, j))
        n0 = jumlah(db)
        st, j = unggah(op1, objek, "besar.pdf", besar + b"0")
        k.ok(st == 413 and jumlah(db) == n0,
             "10 MiB + 1 byte: 413, nothing stored (%d %s)" % (st, j))
        st, _, _ = k.minta(port, "POST", "/api/bukti", b"", dict(
            op1, **{"Content-Type": "multipart/form-data; boundary=x",
                    "Content-Length": str(11 * MIB)}))
        k.ok(st == 413, "a body announced over the limit: 413 before it is read (%d)" % st)

        # Scope: another OPD's operator, the reviewer, the pimpinan.
        st, h, isi = unduh(op2, id_pdf)
        k.ok(st == 403 and isi != PDF, "an operator of another OPD may not download (%d)" % st)
        st, _, _ = k.minta(port, "GET", "/api/bukti?objek=" + objek, b"", op2)
        k.ok(st == 403, "nor list the object's files (%d)" % st)
        st, j = unggah(op2, objek, "x.pdf", PDF)
        k.ok(st == 403, "nor attach to it (%d %s)" % (st, j))
        st, j = unggah(op1, "realisasi:99.01/KEMISKINAN/2020/0", "x.pdf", PDF)
        k.ok(st == 403, "an operator may not attach to another OPD's indicator (%d)" % st)
        st, j = unggah(rv, "realisasi:99.01/RLS/2020/0", "x.pdf", PDF)
        k.ok(st == 403, "a reviewer may not attach to a realisasi (%d)" % st)
        st, j = unggah(rv, "lke:99.01/2020/DISDIK/1.1", "lhe.pdf", PDF)
        k.ok(st == 201, "a reviewer attaches to an evaluation answer (%d %s)" % (st, j))
        st, j = unggah(pim, objek, "x.pdf", PDF)
        k.ok(st == 403, "a pimpinan may not attach (%d)" % st)
        st, h, isi = unduh(pim, id_pdf)
        k.ok(st == 200 and isi == PDF, "a pimpinan may read (%d)" % st)
        st, _, jawab = k.minta(port, "GET", "/api/bukti?objek=" + objek, b"", pr)
        daftar = json.loads(jawab).get("bukti", [])
        # laporan.pdf, foto.png, a.bin, b.bin, c.bin, passwd, besar.pdf = 7 files, oldest first.
        k.ok(st == 200 and [b["nama"] for b in daftar] ==
             ["laporan.pdf", "foto.png", "a.bin", "b.bin", "c.bin", "passwd", "besar.pdf"] and
             daftar[0]["sha256"] == hashlib.sha256(PDF).hexdigest() and daftar[0]["pengunggah"] == "op1",
             "the verifier lists the submission's 7 files with names, SHA-256 and uploader (%s)" % [b.get("nama") for b in daftar])

        # Unknown, unauthenticated, no CSRF, bad object.
        st, _, _ = unduh(pr, 999999)
        k.ok(st == 404, "unknown id: 404 (%d)" % st)
        st, _, _ = unduh(pr, "abc")
        k.ok(st == 404, "a non-numeric id: 404 (%d)" % st)
        st, _, _ = unduh(None, id_pdf)
        k.ok(st == 401, "download without a session: 401 (%d)" % st)
        st, j = unggah(None, objek, "x.pdf", PDF)
        k.ok(st == 401, "upload without a session: 401 (%d)" % st)
        n0 = jumlah(db)
        st, j = unggah(op1, objek, "x.pdf", PDF, csrf=False)
        k.ok(st == 403 and jumlah(db) == n0, "upload without the CSRF token: 403, nothing stored (%d)" % st)
        st, j = unggah(pr, "usulan:999999", "x.pdf", PDF)
        k.ok(st == 404, "a submission that does not exist: 404 (%d)" % st)
        st, j = unggah(pr, "realisasi:99.01/RLS/20x0/0", "x.pdf", PDF)
        k.ok(st == 400, "a malformed object: 400 (%d %s)" % (st, j))

        # A locked year refuses.
        st, _, _ = k.minta(port, "POST", "/api/kunci", json.dumps({"pemda": "99.01", "tahun": 2021}).encode(),
                           dict(admin, **{"Content-Type": "application/json"}))
        st2, j = unggah(pr, "realisasi:99.01/RLS/2021/0", "x.pdf", PDF)
        k.ok(st == 200 and st2 == 409 and "dikunci" in j.get("galat", ""),
             "a locked year refuses evidence: 409 naming the lock (%d %d %s)" % (st, st2, j))

        # The pemda's batas_bukti setting (1 MiB) lowers the limit.
        pth = os.path.join(tmp, "atur")
        os.mkdir(pth)
        with open(os.path.join(HERE, "data", "pemda.csv")) as f, open(os.path.join(pth, "pemda.csv"), "w") as g:
            g.write(f.read())
        with open(os.path.join(pth, "pengaturan.csv"), "w") as f:
            f.write("pemda,kunci,nilai\n99.01,batas_bukti,1\n")
        r = subprocess.run([k.KINERJA, "import", db, pth], capture_output=True, text=True)
        st, j = unggah(pr, "realisasi:99.01/RLS/2020/0", "x.pdf", PDF + b"0" * (MIB - len(PDF) + 1))
        k.ok(r.returncode == 0 and st == 413 and "1 MiB" in j.get("galat", ""),
             "batas_bukti 1: 1 MiB + 1 byte refused, 413 naming 1 MiB (%d %s %s)" % (st, j, r.stderr))
        with open(os.path.join(pth, "pengaturan.csv"), "w") as f:
            f.write("pemda,kunci,nilai\n99.01,batas_bukti,11\n")
        r = subprocess.run([k.KINERJA, "import", db, pth], capture_output=True, text=True)
        k.ok(r.returncode == 1 and "batas_bukti" in r.stderr,
             "batas_bukti 11 (over 10 MiB) is refused at import (%d %s)" % (r.returncode, r.stderr.strip()))

        # Audit.
        st, _, jawab = k.minta(port, "GET", "/api/audit?pemda=99.01", b"", admin)
        k.ok("sha256 %s" % hashlib.sha256(PDF).hexdigest() in jawab.decode() and '"bukti"' in jawab.decode(),
             "every stored file is audited with its SHA-256")

        # backup (an SQLite file) and copy keep the files: read back, same SHA-256.
        k.henti = None
        cad = os.path.join(tmp, "cadangan.db")
        r = subprocess.run([k.KINERJA, "backup", db, cad], capture_output=True, text=True)
        c = sqlite3.connect(cad)
        baris = c.execute("SELECT sha256, isi FROM bukti ORDER BY id").fetchall()
        c.close()
        # laporan, foto, a, b, c, passwd, besar (id 7), lhe = 8 files; the others were refused.
        k.ok(r.returncode == 0 and len(baris) == 8 and
             all(hashlib.sha256(i).hexdigest() == h for h, i in baris) and
             hashlib.sha256(baris[6][1]).hexdigest() == hashlib.sha256(besar).hexdigest(),
             "backup: the 8 files with their content (SHA-256 of each equal, the 10 MiB one too) (%s %d)" % (r.stderr, len(baris)))
        dst = dbutil.newdb("bukti_salin", tmp)
        r = subprocess.run([k.KINERJA, "copy", db, dst], capture_output=True, text=True)
        srv2, port2 = k.mulai_server(dst)
        ok2 = False
        if r.returncode == 0 and port2:
            pr2 = masuk(port2, "rencana1", SANDI)
            hasil = []
            for id_, isi_ in ((id_pdf, PDF), (id_pdf + 6, besar)):
                st, h, b = k.minta(port2, "GET", "/api/bukti/%d" % id_, b"", pr2)
                hasil.append(st == 200 and hashlib.sha256(b).hexdigest() == hashlib.sha256(isi_).hexdigest())
            ok2 = all(hasil)
        k.ok(ok2, "copy: the files download from the copy with the same SHA-256 (%s)" % r.stderr.strip())

        # The realisasi page (hal_realisasi.c).
        def halaman(siapa, tahun):
            st, _, b = k.minta(port, "GET", "/realisasi?pemda=99.01&tahun=%d" % tahun, b"", siapa)
            return st, b.decode()
        st, t = halaman(op1, 2020)
        k.ok(st == 200 and 'href="/api/bukti/%d" download>laporan.pdf</a>' % id_pdf in t and
             'action="/realisasi/bukti"' in t and 'value="%s"' % objek in t,
             "the operator's page lists the submission's evidence with download links and an upload form")
        m = re.search(r'<tr data-id="\d+">(.*?)</tr>', t, re.S)
        k.ok(m and re.search(r'<span class="kecil">\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) '
                             r'\d{4} \d\d\.\d\d WIB</span>', m.group(1)) and "Z</span>" not in m.group(1),
             "a submission's time in WIB, not the stored UTC (%s)" % (m.group(1)[:300] if m else None))
        k.ok('id="jendela">Tidak ada jendela pengisian yang terbuka saat ini.' in t,
             "and says that no fill window is open")
        st, t2 = halaman(op2, 2020)
        k.ok(st == 200 and "/api/bukti/%d" % id_pdf not in t2,
             "another OPD's operator does not see that submission's evidence")
        st, t = halaman(pr, 2020)
        k.ok(st == 200 and 0 <= t.find('id="antrean"') < t.find('id="form-realisasi"') and
             "passwd</a>" in t,
             "the planner's page shows the verification queue (with its evidence) before the form")
        # AKIP is categorical on the akip scale: a dropdown of its categories, low to high.
        m = re.search(r'<select id="n_AKIP" name="n_AKIP"[^>]*>(.*?)</select>', t)
        pilihan = re.findall(r"<option[^>]*>([^<]*)</option>", m.group(1)) if m else []
        k.ok(pilihan == ["–", "D", "C", "CC", "B", "BB", "A", "AA"],
             "a categorical indicator gets a dropdown of its scale's categories (%s)" % pilihan)
        st, t = halaman(pr, 2021)
        k.ok(re.search(r"id=\"kunci\">Data dikunci per [^<]* WIB oleh admin. Formulir realisasi dinonaktifkan.", t) and "<fieldset disabled>" in t and
             'action="/realisasi/bukti"' not in t,
             "a locked year: 'dikunci per', the form disabled, no upload form")
        # Upload through the page: the csrf part is required, nothing stored without it.
        def unggah_halaman(csrf):
            batas = "----halaman"
            bag = [("objek", objek)] + ([("csrf", csrf)] if csrf else [])
            body = b"".join(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (batas, n, v)).encode() for n, v in bag)
            body += ("--%s\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"bukti.pdf\"\r\n\r\n" % batas).encode() + PDF + ("\r\n--%s--\r\n" % batas).encode()
            return k.minta(port, "POST", "/realisasi/bukti", body,
                           {"Cookie": op1["Cookie"], "Content-Type": "multipart/form-data; boundary=" + batas})
        n0 = jumlah(db)
        st, h, _ = unggah_halaman(None)
        k.ok(st == 403 and jumlah(db) == n0, "the page's upload without its csrf part: 403, nothing stored (%d)" % st)
        st, h, _ = unggah_halaman(op1["X-CSRF-Token"])
        k.ok(st == 303 and "ok=bukti" in h.get("location", "") and jumlah(db) == n0 + 1,
             "the page's upload with it: stored, back to the realisasi page (%d %s)" % (st, h.get("location")))
        # Plausibility warning after a write: RLS 2020 target 8,60: 100 / 8,60 = 11,6 > 10, more than 10x away.
        form = "csrf=%s&pemda=99.01&tahun=2020&triwulan=0&n_RLS=100" % pr["X-CSRF-Token"]
        st, _, b = k.minta(port, "POST", "/realisasi", form.encode(),
                           {"Cookie": pr["Cookie"], "Content-Type": "application/x-www-form-urlencoded"})
        t = b.decode()
        k.ok(st == 200 and 'id="peringatan"' in t and "<strong>RLS</strong>: lebih dari 10 kali berbeda dari target" in t and
             "Realisasi disimpan." in t,
             "a value 10x off its target is stored and the page warns (%d)" % st)
    finally:
        for s in (srv, srv2):
            if s:
                s.terminate()
                s.wait()
    print("1..%d" % k.n)
    sys.exit(1 if k.gagal else 0)


if __name__ == "__main__":
    main()
