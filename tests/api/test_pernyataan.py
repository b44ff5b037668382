#!/usr/bin/env python3
"""The review statement (siklus.md "Review statement", issue 12 item 6) and the
verification queue's helpers, through a real server: reviewer notes (POST
/api/reviu/catatan; reviewer or admin only, on a finding the review reports, audited),
`report --dokumen reviu` refused naming the open kesalahan while one is unanswered and
written (HTML and PDF) once each is answered, listing the notes; GET
/api/realisasi/usulan/jumlah, GET /api/skala, POST /api/realisasi/tarik and the
plausibility warnings of PUT /api/realisasi. Prints TAP."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dbutil  # noqa: E402
import test_keamanan_http as k  # noqa: E402
from test_siklus import masuk, SANDI  # noqa: E402


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-pernyataan-")
    db = dbutil.newdb("pernyataan", tmp)
    srv = None
    try:
        subprocess.run([k.KINERJA, "demo", db], check=True, capture_output=True)
        for nama, peran, opd in (("admin", "admin", None), ("rencana1", "perencana", None),
                                 ("reviu1", "reviewer", None), ("op1", "operator", "DINKES")):
            arg = [k.KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if opd:
                arg += ["--opd", opd, "--pemda", "36.73"]
            r = subprocess.run(arg, input=SANDI + "\n", text=True, capture_output=True)
            k.ok(r.returncode == 0, "user add %s (%s)" % (nama, r.stderr.strip()))
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens")
        if port is None:
            return
        admin, pr, rv, op = (masuk(port, n, SANDI) for n in ("admin", "rencana1", "reviu1", "op1"))

        def minta(siapa, method, path, isi=None):
            body = json.dumps(isi).encode() if isi is not None else b""
            st, _, jawab = k.minta(port, method, path, body, siapa)
            try:
                return st, json.loads(jawab)
            except ValueError:
                return st, {}

        def laporan(berkas, fmt="html"):
            return subprocess.run([k.KINERJA, "report", db, "--pemda", "36.73", "--tahun",
                                   "2020", "--dokumen", "reviu", "--format", fmt, "-o",
                                   berkas], capture_output=True, text=True)

        st, j = minta(rv, "GET", "/api/reviu?pemda=36.73&tahun=2020")
        salah = [t for t in j.get("temuan", []) if t["tingkat"] == "kesalahan"]
        k.ok(st == 200 and len(salah) > 2, "the demo's review has kesalahan (%d)" % len(salah))
        html = os.path.join(tmp, "p.html")
        r = laporan(html)
        k.ok(r.returncode == 1 and "%d kesalahan belum" % len(salah) in r.stderr and
             not os.path.exists(html),
             "statement refused while every kesalahan is open, nothing written")
        t0 = salah[0]
        catatan = {"pemda": "36.73", "tahun": 2020, "objek": t0["objek"],
                   "ukuran": t0["ukuran"], "sumber": t0["sumber"],
                   "catatan": "Dikoreksi pada LKjIP revisi <b>"}
        for nama, siapa in (("operator", op), ("perencana", pr)):
            st, _ = minta(siapa, "POST", "/api/reviu/catatan", catatan)
            k.ok(st == 403, "a %s may not write a review note (%d)" % (nama, st))
        st, j = minta(rv, "POST", "/api/reviu/catatan", dict(catatan, objek="TIDAKADA"))
        k.ok(st == 404, "a note on a finding the review does not report: 404 (%d %s)" % (st, j))
        st, j = minta(rv, "POST", "/api/reviu/catatan", dict(catatan, catatan=""))
        k.ok(st == 400, "an empty note: 400 (%d)" % st)
        for t in salah[:-1]:
            st, j = minta(rv, "POST", "/api/reviu/catatan",
                          dict(catatan, objek=t["objek"], ukuran=t["ukuran"], sumber=t["sumber"]))
            if st != 200:
                break
        k.ok(st == 200, "the reviewer answers all kesalahan but one (%d %s)" % (st, j))
        last = salah[-1]
        r = laporan(html)
        k.ok(r.returncode == 1 and "1 kesalahan belum" in r.stderr and
             ("%s %s (%s)" % (last["objek"], last["ukuran"], last["sumber"])) in r.stderr,
             "still refused, naming the open one (%s)" % r.stderr.strip()[:300])
        st, j = minta(admin, "POST", "/api/reviu/catatan",
                      dict(catatan, objek=last["objek"], ukuran=last["ukuran"],
                           sumber=last["sumber"], catatan="Dijelaskan: pembulatan tabel"))
        k.ok(st == 200, "an admin may answer too (%d %s)" % (st, j))
        st, j = minta(rv, "GET", "/api/reviu/catatan?pemda=36.73&tahun=2020")
        k.ok(st == 200 and len(j.get("catatan", [])) == len(salah),
             "GET /api/reviu/catatan lists one note per kesalahan")
        st, j = minta(admin, "GET", "/api/audit?pemda=36.73")
        k.ok('"catatan_reviu"' in json.dumps(j), "notes are audited")
        r = laporan(html)
        teks = open(html, encoding="utf-8").read() if os.path.exists(html) else ""
        k.ok(r.returncode == 0 and "PERNYATAAN TELAH DIREVIU" in teks and
             "Dijelaskan: pembulatan tabel" in teks,
             "produced once each is answered, listing the notes (%s)" % r.stderr.strip())
        # data/demo/opd.csv: INSPEKTORAT (jenis inspektorat), kepala "Drs. Komarudin, Ak, MM",
        # NIP 19000101 190001 1 999 (illustrative), jabatan "Inspektur Kota Serang".
        k.ok("Inspektur Kota Serang" in teks and "Drs. Komarudin, Ak, MM" in teks and
             "NIP. 19000101 190001 1 999" in teks and "Nama: ...." not in teks,
             "signed by the Inspektorat's head from opd.csv (jabatan, name, NIP)")
        k.ok("<b>" not in teks and "&lt;b&gt;" in teks, "notes are escaped in the HTML")
        pdf = os.path.join(tmp, "p.pdf")
        r = laporan(pdf, "pdf")
        k.ok(r.returncode == 0 and open(pdf, "rb").read(5) == b"%PDF-", "and as PDF")
        if shutil.which("pdftoppm"):
            r = subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", pdf,
                                os.path.join(tmp, "hal")], capture_output=True)
            k.ok(r.returncode == 0, "the PDF renders (pdftoppm)")
        else:
            print("ok # SKIP pdftoppm not installed")
        r = subprocess.run([k.KINERJA, "report", db, "--pemda", "36.73", "--tahun", "2020",
                            "--dokumen", "surat", "--format", "html", "-o", html],
                           capture_output=True)
        k.ok(r.returncode == 2, "an unknown --dokumen is a usage error")

        # The verification queue's count, the scale's categories, withdrawal, warnings.
        st, j = minta(pr, "GET", "/api/realisasi/usulan/jumlah?pemda=36.73")
        k.ok(st == 200 and j.get("jumlah") == 0, "no pending submissions yet (%s)" % j)
        st, j = minta(op, "GET", "/api/realisasi/usulan/jumlah?pemda=36.73")
        k.ok(st == 403, "an operator does not read the queue count (%d)" % st)
        st, j = minta(rv, "GET", "/api/skala?pemda=36.73&indikator=AKIP")
        kat = j.get("kategori", [])
        k.ok(st == 200 and "BB" in kat and "CC" in kat, "GET /api/skala lists the categories (%s)" % j)
        st, j = minta(rv, "GET", "/api/skala?pemda=36.73&indikator=TIDAKADA")
        k.ok(st == 404, "an unknown indicator: 404")

        def isi(siapa, nilai, kode="UHH"):
            return minta(siapa, "PUT", "/api/realisasi", {"pemda": "36.73", "indikator": kode,
                                                          "tahun": 2020, "triwulan": 0,
                                                          "realisasi": nilai})
        st, j = isi(op, "71,5")
        k.ok(st == 202 and j.get("peringatan") == [], "a plausible value: no warning (%s)" % j)
        st, j = minta(pr, "GET", "/api/realisasi/usulan/jumlah?pemda=36.73")
        k.ok(st == 200 and j.get("jumlah") == 1, "the queue counts the submission (%s)" % j)
        st, j = minta(op, "POST", "/api/realisasi/tarik", {"pemda": "36.73", "indikator": "UHH",
                                                          "tahun": 2020, "triwulan": 0})
        k.ok(st == 200, "the operator withdraws its submission (%d %s)" % (st, j))
        st, j = minta(pr, "GET", "/api/realisasi/usulan/jumlah?pemda=36.73")
        k.ok(j.get("jumlah") == 0, "and the queue is empty again (%s)" % j)
        st, j = isi(pr, "7150")
        w = j.get("peringatan", [])
        k.ok(st == 200 and any("10 kali berbeda dari target" in x for x in w),
             "a value 100x its target is stored with a warning (%s)" % j)
        st, j = isi(pr, "-3")
        w = j.get("peringatan", [])
        k.ok(st == 200 and any("negatif" in x for x in w),
             "a negative value where there never was one: a warning (%s)" % j)
        st, j = minta(pr, "POST", "/api/realisasi/tarik", {"pemda": "36.73", "indikator": "UHH",
                                                          "tahun": 2020, "triwulan": 0})
        k.ok(st == 200, "a planner withdraws the value to n/a (%d %s)" % (st, j))
        st, j = minta(rv, "GET", "/api/capaian?pemda=36.73&tahun=2020")
        uhh = [i for i in j.get("indikator", []) if i["kode"] == "UHH"]
        k.ok(uhh and uhh[0]["realisasi"] is None, "UHH 2020 is n/a again (%s)" % uhh)
        st, j = minta(rv, "POST", "/api/realisasi/tarik", {"pemda": "36.73", "indikator": "UHH",
                                                          "tahun": 2020})
        k.ok(st == 403, "a reviewer may not withdraw (%d)" % st)
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
