#!/usr/bin/env python3
"""The SAKIP evaluation worksheet and the surveys through a real server (issue 13):
GET /api/lke (the same numbers as `kinerja evaluate --json`, scores computed by hand),
PUT /api/lke/jawaban per role (the OPD's operator writes `mandiri` for its own OPD, the
reviewer `evaluator`, everyone else 403; bad answers 400 with nothing stored; a locked year
409; audited) and GET /api/survei (IKM per unsur/unit/period as `kinerja survey --json`).
Prints TAP."""
import hashlib
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dbutil  # noqa: E402
import test_keamanan_http as k  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SANDI = "rahasia-evaluasi-1"

# A small framework, weights summing to 100: A (60 points, three criteria) and B (40 points:
# B.1 with two Y/T criteria worth 25, B.2 scored directly in points out of 15).
KERANGKA = """kerangka,kode,induk,uraian,bobot,jawaban
uji-lke,A,,Perencanaan Kinerja,60,
uji-lke,A1,A,Renstra tersedia,1,yt
uji-lke,A2,A,Kualitas Renstra,1,ae
uji-lke,A3,A,Renja selaras,1,yt
uji-lke,B,,Pengukuran Kinerja,40,
uji-lke,B.1,B,Pemenuhan pengukuran,25,
uji-lke,B.1.1,B.1,Ada IKU,1,yt
uji-lke,B.1.2,B.1,Ada pengumpulan data,1,yt
uji-lke,B.2,B,Kualitas pengukuran,15,
"""
# The pemda's own worksheet of 2023 names the framework: the OPD's worksheets follow it.
JAWABAN = """pemda,tahun,opd,kerangka,kriteria,mandiri,evaluator,catatan
99.01,2023,,uji-lke,A1,Y,Y,
"""
SURVEI = """pemda,kode,uraian,indikator,unsur
99.01,SKM,Survei Kepuasan Masyarakat,,U1;U2;U3
"""
# 2023-S1: unit A r1 (4,3,2), r2 (3,3,blank); unit B r3 (4,4,4). 2023-S2: unit A r4 (2,2,2).
SURVEI_JAWABAN = """pemda,survei,periode,unit,responden,U1,U2,U3
99.01,SKM,2023-S1,A,r1,4,3,2
99.01,SKM,2023-S1,A,r2,3,3,
99.01,SKM,2023-S1,B,r3,4,4,4
99.01,SKM,2023-S2,A,r4,2,2,2
"""


def masuk(port, nama, sandi):
    st, h, isi = k.minta(port, "POST", "/api/masuk",
                         json.dumps({"nama": nama, "kata_sandi": sandi}).encode(),
                         {"Content-Type": "application/json"})
    m = re.match(r"(kinerja_sesi=[0-9a-f]+)", h.get("set-cookie", ""))
    if st != 200 or not m:
        return None
    return {"Cookie": m.group(1), "X-CSRF-Token": json.loads(isi)["csrf"],
            "Content-Type": "application/json"}


def kriteria(j):
    """Every criterion (and childless group) of a worksheet JSON by kode."""
    hasil = {}

    def jalan(b):
        if "jawaban" in b:
            hasil[b["kode"]] = b
        for x in b.get("subkomponen", []) + b.get("kriteria", []):
            jalan(x)
    for c in j.get("komponen", []):
        jalan(c)
    return hasil


def grup(j, kode):
    def jalan(b):
        if b["kode"] == kode:
            return b
        for x in b.get("subkomponen", []):
            r = jalan(x)
            if r:
                return r
        return None
    for c in j.get("komponen", []):
        r = jalan(c)
        if r:
            return r
    return None


def tanpa_isian(x):
    """The worksheet JSON without the web's extra members (jawab, jawaban)."""
    if isinstance(x, dict):
        return {a: tanpa_isian(b) for a, b in x.items() if a not in ("jawab", "jawaban")}
    if isinstance(x, list):
        return [tanpa_isian(b) for b in x]
    return x


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-evaluasi-")
    db = dbutil.newdb("evaluasi", tmp)
    srv = None
    try:
        subprocess.run([k.KINERJA, "init", db], check=True, capture_output=True)
        subprocess.run([k.KINERJA, "import", db, os.path.join(HERE, "data")], check=True,
                       capture_output=True)
        d = os.path.join(tmp, "lke")
        os.mkdir(d)
        for nama, isi in (("pemda.csv", "kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
                                        "98.01,Kota Lain,kota,,2019,2023,rasio\n"),
                          ("kerangka.csv", KERANGKA), ("lke_jawaban.csv", JAWABAN),
                          ("survei.csv", SURVEI), ("survei_jawaban.csv", SURVEI_JAWABAN)):
            with open(os.path.join(d, nama), "w") as f:
                f.write(isi)
        r = subprocess.run([k.KINERJA, "import", db, d], capture_output=True, text=True)
        k.ok(r.returncode == 0, "framework, a worksheet and a survey imported (%s)" % r.stderr)
        for nama, peran, opd, pemda in (("admin", "admin", None, None),
                                        ("rencana1", "perencana", None, "99.01"),
                                        ("op1", "operator", "DISDIK", "99.01"),
                                        ("op2", "operator", "DINSOS", "99.01"),
                                        ("reviu1", "reviewer", None, "99.01"),
                                        ("pimpin", "pimpinan", None, "99.01"),
                                        ("luar", "reviewer", None, "98.01")):
            arg = [k.KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if opd:
                arg += ["--opd", opd]
            if pemda:
                arg += ["--pemda", pemda]
            r = subprocess.run(arg, input=SANDI + "\n", text=True, capture_output=True)
            if r.returncode:
                k.ok(False, "user add %s: %s" % (nama, r.stderr))
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens")
        if port is None:
            return
        admin, pr, op, op2, rv, pim = (masuk(port, n, SANDI) for n in
                                       ("admin", "rencana1", "op1", "op2", "reviu1", "pimpin"))
        luar = masuk(port, "luar", SANDI)
        k.ok(all((admin, pr, op, op2, rv, pim)), "every role logs in")

        def minta(siapa, method, path, isi=None):
            body = json.dumps(isi).encode() if isi is not None else b""
            st, _, jawab = k.minta(port, method, path, body, siapa)
            try:
                return st, json.loads(jawab)
            except ValueError:
                return st, {}

        def jawab(siapa, kriteria_, jenis, nilai, opd="DISDIK", **lain):
            isi = {"pemda": "99.01", "tahun": 2023, "opd": opd, "kriteria": kriteria_,
                   "jenis": jenis, "nilai": nilai}
            isi.update(lain)
            return minta(siapa, "PUT", "/api/lke/jawaban", isi)

        # The empty worksheet of DISDIK: the framework of the pemda's worksheet that year.
        st, j = minta(op, "GET", "/api/lke?pemda=99.01&tahun=2023&opd=DISDIK")
        kr = kriteria(j)
        k.ok(st == 200 and j.get("kerangka") == "uji-lke" and j.get("total") == 0 and
             sorted(kr) == ["A1", "A2", "A3", "B.1.1", "B.1.2", "B.2"] and
             kr["A2"]["jawab"] == "ae" and kr["B.2"]["jawab"] == "nilai" and
             kr["A1"]["jawaban"]["mandiri"] == "",
             "GET /api/lke: the empty worksheet to fill (%d %s)" % (st, sorted(kr)))

        # Roles.
        st, _ = jawab(op, "A1", "mandiri", "Y")
        k.ok(st == 200, "operator of DISDIK writes mandiri for DISDIK (%d)" % st)
        st, j = jawab(op, "A1", "evaluator", "Y")
        k.ok(st == 403, "operator may not write evaluator (%d %s)" % (st, j))
        st, j = jawab(op2, "A1", "mandiri", "T")
        k.ok(st == 403, "operator of DINSOS may not write DISDIK's mandiri (%d %s)" % (st, j))
        st, j = jawab(op, "A1", "mandiri", "Y", opd="DINSOS")
        k.ok(st == 403, "operator of DISDIK may not write DINSOS's worksheet (%d)" % st)
        st, j = jawab(rv, "A1", "mandiri", "Y")
        k.ok(st == 403, "reviewer may not write mandiri (%d)" % st)
        st, j = jawab(pim, "A1", "mandiri", "Y")
        k.ok(st == 403, "pimpinan may not write (%d)" % st)
        st, j = jawab(pim, "A1", "evaluator", "Y")
        k.ok(st == 403, "pimpinan may not write evaluator (%d)" % st)
        if luar:
            st, j = jawab(luar, "A3", "evaluator", "Y")
            k.ok(st == 403, "a reviewer of another pemda may not write (%d)" % st)
            st, j = minta(luar, "GET", "/api/lke?pemda=99.01&tahun=2023")
            k.ok(st == 403, "… nor read the worksheet (%d)" % st)
            st, j = minta(luar, "GET", "/api/survei?pemda=99.01")
            k.ok(st == 403, "… nor the survey (%d)" % st)
        st, _, _ = k.minta(port, "GET", "/api/lke?pemda=99.01&tahun=2023", b"", {})
        k.ok(st == 401, "GET /api/lke without login: 401 (%d)" % st)
        tanpa_csrf = dict(op)
        del tanpa_csrf["X-CSRF-Token"]
        st, _, _ = k.minta(port, "PUT", "/api/lke/jawaban",
                           json.dumps({"pemda": "99.01", "tahun": 2023, "opd": "DISDIK",
                                       "kriteria": "A1", "jenis": "mandiri",
                                       "nilai": "T"}).encode(), tanpa_csrf)
        k.ok(st == 403, "PUT without the CSRF token: 403 (%d)" % st)

        st, _ = jawab(op, "A2", "mandiri", "B", catatan="Renstra 2019-2023 direviu",
                      bukti="https://contoh.go.id/renstra.pdf")
        k.ok(st == 200, "operator answers A2 with a note and evidence (%d)" % st)
        st, _ = jawab(op, "A3", "mandiri", "T")
        k.ok(st == 200, "operator answers A3 = T (%d)" % st)
        st, _ = jawab(pr, "B.1.1", "mandiri", "Y")
        k.ok(st == 200, "perencana writes mandiri for an OPD (%d)" % st)
        st, _ = jawab(op, "B.2", "mandiri", 10.5)
        k.ok(st == 200, "a childless group takes points (10.5 as a number) (%d)" % st)
        # Self-assessment only: A = 60 x (1 + 0,75 + 0) / 3 = 35; B.1 = 25 x (1 + 0) / 2 = 12,5
        # (B.1.2 unanswered counts 0); B.2 = 10,5; B = 23; total 58 -> CC (50-60).
        st, j = minta(op, "GET", "/api/lke?pemda=99.01&tahun=2023&opd=DISDIK")
        k.ok(st == 200 and grup(j, "A")["nilai"] == 35 and grup(j, "B.1")["nilai"] == 12.5 and
             grup(j, "B")["nilai"] == 23 and j["total"] == 58 and j["predikat"] == "CC" and
             j["sumber"] == "mandiri" and j["lengkap"] is False,
             "scores from the self-assessment: A 35, B 23, total 58 CC (%s %s)" %
             (j.get("total"), j.get("predikat")))

        st, _ = jawab(rv, "A3", "evaluator", "Y", catatan="Renja 2023 selaras dengan Renstra")
        k.ok(st == 200, "reviewer writes evaluator A3 = Y (%d)" % st)
        st, _ = jawab(admin, "B.1.2", "evaluator", "Y")
        k.ok(st == 200, "admin writes evaluator (%d)" % st)
        # The evaluator's answer wins where given: A = 60 x (1 + 0,75 + 1) / 3 = 55;
        # B.1 = 25 x (1 + 1) / 2 = 25; B = 25 + 10,5 = 35,5; total 90,5 -> AA (>90-100).
        st, j = minta(rv, "GET", "/api/lke?pemda=99.01&tahun=2023&opd=DISDIK")
        kr = kriteria(j)
        k.ok(grup(j, "A")["nilai"] == 55 and grup(j, "B")["nilai"] == 35.5 and
             j["total"] == 90.5 and j["predikat"] == "AA" and j["lengkap"] is True,
             "with the evaluator's answers: A 55, B 35,5, total 90,5 AA (%s %s)" %
             (j.get("total"), j.get("predikat")))
        k.ok(kr["A3"]["jawaban"] == {"mandiri": "T", "evaluator": "Y",
                                     "catatan": "Renja 2023 selaras dengan Renstra",
                                     "bukti": ""} and
             kr["A2"]["jawaban"]["bukti"] == "https://contoh.go.id/renstra.pdf" and
             kr["A2"]["jawaban"]["catatan"] == "Renstra 2019-2023 direviu" and
             kr["A3"]["sumber"] == "evaluator",
             "each side's answer kept, with note and evidence (%s)" % kr.get("A3"))
        k.ok(j["opd_peringkat"] and j["opd_peringkat"][0]["kode"] == "DISDIK" and
             j["opd_peringkat"][0]["total"] == 90.5 and
             j["opd_peringkat"][0]["nama"] == "Dinas Pendidikan",
             "the OPD ranking carries DISDIK 90,5 (%s)" % j.get("opd_peringkat"))

        # The same numbers as `kinerja evaluate --json`.
        r = subprocess.run([k.KINERJA, "evaluate", db, "--pemda", "99.01", "--tahun", "2023",
                            "--opd", "DISDIK", "--json"], capture_output=True, text=True)
        cli = json.loads(r.stdout) if r.returncode == 0 else {}
        web = tanpa_isian(j)
        k.ok(cli and all(web[x] == cli[x] for x in ("kerangka", "komponen", "total",
                                                    "predikat", "sumber", "lengkap",
                                                    "riwayat", "rekomendasi")),
             "GET /api/lke = kinerja evaluate --json (%s)" % r.stderr)

        # Bad answers: 400 naming the value, nothing stored.
        for nilai, jenis in (("X", "mandiri"), ("F", "evaluator"), ("16", "mandiri")):
            kode = {"X": "A1", "F": "A2", "16": "B.2"}[nilai]
            siapa = rv if jenis == "evaluator" else op
            st, e = jawab(siapa, kode, jenis, nilai)
            k.ok(st == 400 and ("'%s'" % nilai) in e.get("galat", ""),
                 "%s %s = %s refused: 400 (%d %s)" % (kode, jenis, nilai, st, e))
        st, e = jawab(op, "A9", "mandiri", "Y")
        k.ok(st == 400 and "A9" in e.get("galat", ""), "unknown criterion: 400 (%d %s)" % (st, e))
        st, e = jawab(op, "A", "mandiri", "Y")
        k.ok(st == 400, "a component with criteria is not answered directly (%d)" % st)
        st, e = jawab(op, "A1", "sendiri", "Y")
        k.ok(st == 400, "unknown jenis: 400 (%d)" % st)
        st, e = jawab(op, "A1", "mandiri", "Y", bukti="javascript:alert(1)")
        k.ok(st == 400 and "bukti" in e.get("galat", ""),
             "evidence that is no link refused (%d %s)" % (st, e))
        st, j2 = minta(op, "GET", "/api/lke?pemda=99.01&tahun=2023&opd=DISDIK")
        k.ok(j2.get("total") == 90.5 and kriteria(j2)["A1"]["jawaban"]["bukti"] == "",
             "after the refusals nothing changed (%s)" % j2.get("total"))

        # Audit.
        st, a = minta(admin, "GET", "/api/audit?pemda=99.01")
        teks = json.dumps(a)
        k.ok("lke_jawaban" in teks and "reviu1" in teks and "op1" in teks,
             "answers are audited under their authors")
        baris = dbutil.sql(db, "SELECT mandiri, evaluator, catatan, bukti FROM lke_jawaban "
                               "WHERE pemda = '99.01' AND opd = 'DISDIK' AND kriteria = 'A2'")
        k.ok(baris == [("B", "", "Renstra 2019-2023 direviu", "https://contoh.go.id/renstra.pdf")],
             "stored row of A2 (%s)" % baris)

        # Evidence files on the worksheet (POST /lke/bukti, multipart: csrf, objek, berkas).
        def lampir(siapa, objek, nama, isi, csrf=True):
            batas = "----kinerjaUjiLkeBukti"
            bag = []
            if csrf:
                bag.append(("csrf", None, siapa["X-CSRF-Token"].encode()))
            bag += [("objek", None, objek.encode()), ("berkas", nama, isi)]
            body = b""
            for n, fn, v in bag:
                body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"" % (batas, n)).encode()
                if fn:
                    body += ('; filename="%s"\r\nContent-Type: application/octet-stream' % fn).encode()
                body += b"\r\n\r\n" + v + b"\r\n"
            body += ("--%s--\r\n" % batas).encode()
            h = {"Cookie": siapa["Cookie"],
                 "Content-Type": "multipart/form-data; boundary=" + batas}
            st, hd, jawab = k.minta(port, "POST", "/lke/bukti", body, h)
            return st, hd, jawab

        def jumlah_bukti():
            return int(dbutil.sql(db, "SELECT COUNT(*) FROM bukti WHERE objek LIKE 'lke:%'")[0][0])

        pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        obj = "lke:99.01/2023/DISDIK/A2"
        st, hd, t = lampir(op, obj, "renstra.pdf", pdf)
        k.ok(st in (302, 303) and hd.get("location", "").startswith(
            "/lke?pemda=99.01&tahun=2023&opd=DISDIK&ok=bukti"),
             "operator of DISDIK attaches a PDF to A2: redirected to the worksheet (%d %s)" %
             (st, hd.get("location")))
        k.ok(jumlah_bukti() == 1, "one file stored (%d)" % jumlah_bukti())
        st, _, hal = k.minta(port, "GET", "/lke?pemda=99.01&tahun=2023&opd=DISDIK", b"",
                             {"Cookie": op["Cookie"]})
        teks = hal.decode()
        m = re.search(r'<a href="/api/bukti/(\d+)" download>renstra\.pdf</a>', teks)
        k.ok(st == 200 and m and "(pdf, %d byte)" % len(pdf) in teks,
             "/lke lists renstra.pdf with its size %d and download link (%d)" % (len(pdf), st))
        st, _, hal0 = k.minta(port, "GET", "/lke?pemda=99.01&tahun=2023&opd=DISDIK&ok=bukti",
                              b"", {"Cookie": op["Cookie"]})
        k.ok(b"Bukti dukung dilampirkan." in hal0, "the worksheet says the file was attached")
        k.ok('action="/lke/bukti"' in teks and htmlmod.escape(obj) in teks,
             "/lke offers the operator a Lampirkan form per criterion")
        if m:
            st, _, isi = k.minta(port, "GET", "/api/bukti/" + m.group(1), b"",
                                 {"Cookie": op["Cookie"]})
            k.ok(st == 200 and hashlib.sha256(isi).hexdigest() == hashlib.sha256(pdf).hexdigest(),
                 "GET /api/bukti/ID returns the same bytes (sha256, %d)" % st)
        st, hd, t = lampir(op2, obj, "lain.pdf", pdf)
        k.ok(st == 403 and jumlah_bukti() == 1,
             "operator of DINSOS may not attach to DISDIK's criterion (%d, %d stored)" %
             (st, jumlah_bukti()))
        st, _, hal2 = k.minta(port, "GET", "/lke?pemda=99.01&tahun=2023&opd=DISDIK", b"",
                              {"Cookie": op2["Cookie"]})
        # (A2's link text field names https://contoh.go.id/renstra.pdf: look for the file link.)
        k.ok(b"download>renstra.pdf</a>" not in hal2 and b'action="/lke/bukti"' not in hal2,
             "operator of DINSOS sees neither DISDIK's files nor the form (%d)" % st)
        st, hd, t = lampir(rv, "lke:99.01/2023/DISDIK/A3", "reviu.pdf", pdf)
        k.ok(st in (302, 303) and jumlah_bukti() == 2, "reviewer attaches to A3 (%d %s)" % (st, t[:200]))
        st, hd, t = lampir(op, obj, "x.html", b"<html><script>alert(1)</script></html>")
        k.ok(st == 415 and jumlah_bukti() == 2, "an HTML file is refused: 415 (%d)" % st)
        st, hd, t = lampir(op, obj, "tanpa.pdf", pdf, csrf=False)
        k.ok(st == 403 and jumlah_bukti() == 2, "no CSRF token: 403, nothing stored (%d)" % st)
        st, _, hal3 = k.minta(port, "GET", "/lke?pemda=99.01&tahun=2023&opd=DISDIK", b"",
                              {"Cookie": pim["Cookie"]})
        k.ok(b"download>reviu.pdf</a>" in hal3 and b"download>renstra.pdf</a>" in hal3 and b'action="/lke/bukti"' not in hal3,
             "pimpinan sees both files and no form")

        # A locked year: 409.
        st, _ = minta(admin, "POST", "/api/kunci", {"pemda": "99.01", "tahun": 2023})
        k.ok(st == 200, "admin locks 2023 (%d)" % st)
        st, e = jawab(op, "A1", "mandiri", "T")
        k.ok(st == 409, "mandiri in a locked year: 409 (%d %s)" % (st, e))
        st, e = jawab(rv, "A1", "evaluator", "T")
        k.ok(st == 409, "evaluator in a locked year: 409 (%d %s)" % (st, e))
        st, hd, t = lampir(op, "lke:99.01/2023/DISDIK/A1", "kunci.pdf", pdf)
        k.ok(st == 409 and jumlah_bukti() == 2, "evidence in a locked year: 409 (%d)" % st)

        # Surveys. 2023-S1, rata_unit: unit A NRR U1 (4+3)/2 = 3,5, U2 3, U3 2 (r2 blank)
        # -> IKM A = (3,5+3+2)/3 x 25 = 70,8333; unit B 4,4,4 -> 100;
        # pemda = (70,8333 + 100) / 2 = 85,4167 -> mutu B (76,61-88,30);
        # pemda U1 NRR = (3,5 + 4) / 2 = 3,75, indeks 93,75. 2023-S2: A 2,2,2 -> 50 (D).
        st, s = minta(op, "GET", "/api/survei?pemda=99.01&survei=SKM&periode=2023-S1")
        u = {x["kode"]: x for x in s.get("unsur", [])}
        t = {x["kode"]: x for x in s.get("unit", [])}
        k.ok(st == 200 and s["ikm"] == 85.4167 and s["mutu"] == "B" and s["responden"] == 3 and
             u["U1"]["nrr"] == 3.75 and u["U1"]["indeks"] == 93.75 and
             t["A"]["ikm"] == 70.8333 and t["B"]["ikm"] == 100,
             "GET /api/survei 2023-S1: IKM 85,4167 B, unit A 70,8333, B 100 (%d %s)" % (st, s))
        st, s2 = minta(rv, "GET", "/api/survei?pemda=99.01&tahun=2023")
        k.ok(st == 200 and s2["periode"] == "2023-S2" and s2["ikm"] == 50 and
             s2["mutu"] == "D" and [x["periode"] for x in s2["riwayat"]] ==
             ["2023-S1", "2023-S2"] and s2["riwayat"][0]["ikm"] == 85.4167 and
             s2["daftar_survei"][0]["kode"] == "SKM",
             "GET /api/survei?tahun=2023: the year's latest period and every period (%s)" %
             s2.get("periode"))
        r = subprocess.run([k.KINERJA, "survey", db, "--pemda", "99.01", "--survei", "SKM",
                            "--periode", "2023-S1", "--json"], capture_output=True, text=True)
        cli = json.loads(r.stdout) if r.returncode == 0 else {}
        k.ok(cli and all(s[x] == cli[x] for x in cli),
             "GET /api/survei = kinerja survey --json (%s)" % r.stderr)
        st, e = minta(op, "GET", "/api/survei?pemda=99.01&survei=SKM&periode=2022")
        k.ok(st == 404, "a period without answers: 404 (%d)" % st)
        st, e = minta(op, "GET", "/api/survei?pemda=99.01&survei=TIDAK")
        k.ok(st == 404, "an unknown survey: 404 (%d)" % st)

        # Survey answers uploaded in the browser through the import's preview and apply.
        with open(os.path.join(HERE, "data", "pemda.csv")) as f:
            pemda_csv = f.read()

        def unggah(siapa, path, nama, isi):
            """pemda.csv (every import holds it) and the file nama."""
            batas = "----kinerjaUjiEvaluasi"
            body = "".join("--%s\r\nContent-Disposition: form-data; name=\"berkas\"; "
                           "filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n%s\r\n"
                           % (batas, n, v) for n, v in (("pemda.csv", pemda_csv), (nama, isi)))
            body = (body + "--%s--\r\n" % batas).encode()
            h = dict(siapa)
            h["Content-Type"] = "multipart/form-data; boundary=" + batas
            st, _, jawab = k.minta(port, "POST", path, body, h)
            try:
                return st, json.loads(jawab), jawab
            except ValueError:
                return st, {}, jawab
        buruk = "pemda,survei,periode,unit,responden,U1,U2,U3\n99.01,SKM,2022,A,x1,5,1,1\n"
        st, j, teks = unggah(pr, "/api/impor/pratinjau", "survei_jawaban.csv", buruk)
        k.ok(st == 400 and b"baris 2" in teks and b"u1" in teks.lower(),
             "an answer 5 in an upload: 400 naming row 2 and column U1 (%d %s)" % (st, teks[:300]))
        # 2022 (a yearly period): unit A r9 (1,1,1) -> NRR 1 -> IKM 25 (D).
        baik = "pemda,survei,periode,unit,responden,U1,U2,U3\n99.01,SKM,2022,A,r9,1,1,1\n"
        st, j, teks = unggah(op, "/api/impor/pratinjau", "survei_jawaban.csv", baik)
        k.ok(st == 403, "an operator may not upload survey answers (%d)" % st)
        st, j, teks = unggah(pr, "/api/impor/pratinjau", "survei_jawaban.csv", baik)
        k.ok(st == 200 and j.get("token"), "perencana previews survey answers (%d %s)" % (st, teks[:200]))
        st, j = minta(pr, "POST", "/api/impor/terapkan", {"token": j.get("token", "")})
        k.ok(st == 200, "… and applies them (%d %s)" % (st, j))
        st, s3 = minta(op, "GET", "/api/survei?pemda=99.01&survei=SKM&periode=2022")
        k.ok(st == 200 and s3.get("ikm") == 25 and s3.get("mutu") == "D" and
             [x["periode"] for x in s3["riwayat"]] == ["2022", "2023-S1", "2023-S2"],
             "the uploaded period is computed: IKM 25 D (%d %s)" % (st, s3.get("ikm")))
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
