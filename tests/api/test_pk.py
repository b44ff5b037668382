#!/usr/bin/env python3
"""The report downloads of /laporan for the Perjanjian Kinerja and the OPD's LKj (issue 11
items 3 and 4) through a real server on the demo: the page listing them (an operator sees
the pemda's and their own OPD's only), a PK version as PDF and HTML (the same bytes each
time, the stored version's own), an OPD's LKj in every format, bad choices refused, and
another pemda's user refused. Prints TAP."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dbutil  # noqa: E402
import test_keamanan_http as k  # noqa: E402
from test_siklus import masuk, SANDI  # noqa: E402


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-pk-")
    db = dbutil.newdb("pk", tmp)
    srv = None
    try:
        subprocess.run([k.KINERJA, "demo", db], check=True, capture_output=True)
        for nama, peran, opd, pemda in (("admin", "admin", None, None),
                                        ("op1", "operator", "DINKES", "36.73"),
                                        ("lain", "pimpinan", None, "33.75")):
            arg = [k.KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if opd:
                arg += ["--opd", opd]
            if pemda:
                arg += ["--pemda", pemda]
            r = subprocess.run(arg, input=SANDI + "\n", text=True, capture_output=True)
            k.ok(r.returncode == 0, "user add %s (%s)" % (nama, r.stderr.strip()))
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens")
        if port is None:
            return
        admin, op, lain = (masuk(port, n, SANDI) for n in ("admin", "op1", "lain"))

        def get(siapa, path):
            st, h, isi = k.minta(port, "GET", path, b"", siapa)
            return st, h, isi if isinstance(isi, bytes) else isi.encode()

        dasar = "/laporan?pemda=36.73&tahun=2020"
        st, _, isi = get(admin, dasar)
        teks = isi.decode()
        k.ok(st == 200 and "Unduh laporan" in teks, "the downloads page (%d)" % st)
        # the demo's 2020 PK: the regional head's versions 1 and 2, one per OPD
        k.ok("dokumen=pk&amp;versi=2&amp;format=pdf" in teks
             and "opd=DINKES" in teks and "opd=KEC.SERANG" in teks,
             "it lists the PK versions and every OPD")
        st, _, isi = get(op, dasar)
        teks = isi.decode()
        k.ok(st == 200 and "opd=DINKES" in teks and "opd=KEC.SERANG" not in teks,
             "an operator sees the pemda's and their own OPD's only")

        st, h, pdf = get(admin, dasar + "&dokumen=pk&versi=1&format=pdf")
        k.ok(st == 200 and pdf.startswith(b"%PDF-")
             and h.get("content-disposition") == 'attachment; filename="PK-36.73-2020-v1.pdf"',
             "PK versi 1 as PDF (%d %s)" % (st, h.get("content-disposition")))
        st, _, pdf2 = get(admin, dasar + "&dokumen=pk&versi=1&format=pdf")
        k.ok(pdf2 == pdf, "the same bytes again")
        # the command line writes the same document from the same stored version
        berkas = os.path.join(tmp, "pk.pdf")
        subprocess.run([k.KINERJA, "report", db, "--pemda", "36.73", "--tahun", "2020",
                        "--dokumen", "pk", "--versi", "1", "--format", "pdf", "-o", berkas],
                       check=True, capture_output=True)
        with open(berkas, "rb") as f:
            k.ok(f.read() == pdf, "the web's PDF is the command line's, byte for byte")
        st, h, html = get(admin, dasar + "&dokumen=pk&opd=DINKES&format=html")
        teks = html.decode()
        # the latest DINKES version is the demo's versi 2, a PK Perubahan
        k.ok(st == 200 and "PERJANJIAN KINERJA PERUBAHAN TAHUN 2020" in teks
             and "Fulan DINKES (ilustratif)" in teks and "NIP. 19000101 200001 1 001" in teks
             and h.get("content-disposition") == 'attachment; filename="PK-36.73-DINKES-2020.html"',
             "the DINKES PK as HTML names its head and NIP")
        for fmt, awal in (("pdf", b"%PDF-"), ("html", b"<!DOCTYPE"), ("xlsx", b"PK"),
                          ("csv", b"")):
            st, h, isi = get(op, dasar + "&opd=KEC.SERANG&format=" + fmt)
            k.ok(st == 200 and isi.startswith(awal) and len(isi) > 500
                 and h.get("content-disposition")
                 == 'attachment; filename="LKj-36.73-KEC.SERANG-2020.%s"' % fmt,
                 "an OPD's LKj as %s (%d)" % (fmt, st))
        st, _, isi = get(admin, dasar + "&opd=DINKES&format=html")
        k.ok(b"LAPORAN KINERJA PERANGKAT DAERAH (LKj)" in isi, "the LKj PD's cover")
        st, _, _ = get(admin, dasar + "&dokumen=pk&format=xlsx")
        k.ok(st == 404, "a PK as xlsx: refused (%d)" % st)
        st, _, _ = get(admin, dasar + "&dokumen=pk&versi=9&format=pdf")
        k.ok(st == 404, "a version that does not exist: 404 (%d)" % st)
        st, _, _ = get(admin, dasar + "&dokumen=pk&versi=x&format=pdf")
        k.ok(st == 400, "a bad version: 400 (%d)" % st)
        st, _, _ = get(admin, dasar + "&dokumen=lhe&format=pdf")
        k.ok(st == 400, "an unknown document: 400 (%d)" % st)
        st, _, _ = get(admin, dasar + "&opd=TIADA&format=pdf")
        k.ok(st == 404, "an unknown OPD: 404 (%d)" % st)
        st, _, _ = get(lain, dasar + "&dokumen=pk&format=pdf")
        k.ok(st == 403, "another pemda's user: 403 (%d)" % st)
        st, _, _ = get(lain, dasar)
        k.ok(st == 403, "  nor its downloads page (%d)" % st)
        st, _, _ = get(None, dasar + "&dokumen=pk&format=pdf")
        k.ok(st == 303, "without a session: the login page (%d)" % st)
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
