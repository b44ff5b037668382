#!/usr/bin/env python3
"""Planners in the browser (issue 10 item 2): the template uploaded as multipart/form-data
(CSV files or one XLSX), a preview that is a dry run (new, changed, unchanged per file, every
error with file, row, column and value), the apply bound to the previewed content by its
SHA-256, a new pemda built from nothing and then measured (GET /api/capaian, capaian computed
by hand), the 20 MiB upload limit checked before the body is read (nothing stored), path
characters in file names made harmless, the roles and scopes refused, and the template
pre-filled with the pemda's data. Starts the server as test_web_api.py does. Prints TAP."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dbutil  # noqa: E402
import test_web_api as t  # noqa: E402

ok = t.ok
Klien = t.Klien
KINERJA = t.KINERJA
BATAS = 20 * 1024 * 1024

BARU = {
    "pemda.csv": "kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
                 "77.01,Kota Baru,kota,,2021,2026,selisih\n",
    "opd.csv": "pemda,kode,nama\n77.01,DISDIK,Dinas Pendidikan\n77.01,DINKES,Dinas Kesehatan\n",
    "rencana.csv": "pemda,jenis,kode,induk,uraian\n77.01,visi,V,,Kota Baru maju\n"
                   "77.01,misi,M1,V,Misi satu\n77.01,tujuan,T1,M1,Tujuan satu\n"
                   "77.01,sasaran,S1,T1,Sasaran satu\n",
    "indikator.csv": "pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir\n"
                     "77.01,APS,S1,Angka Partisipasi Sekolah,%,naik,,DISDIK,\"70,00\",\"90,00\"\n"
                     "77.01,AKB,S1,Angka Kematian Bayi,per 1000,turun,,DINKES,12,8\n",
    "target.csv": "pemda,indikator,tahun,target\n77.01,APS,2022,80\n77.01,AKB,2022,10\n",
    "realisasi.csv": "pemda,indikator,tahun,triwulan,realisasi\n77.01,APS,2022,,72\n"
                     "77.01,AKB,2022,,11\n",
}


def multipart(files, fields=None, batas="----kinerjaUjiBatas7"):
    """A multipart/form-data body: files is a list of (field, filename, bytes)."""
    out = b""
    for k, v in (fields or {}).items():
        out += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                % (batas, k, v)).encode()
    for field, name, data in files:
        out += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n" % (batas, field, name)).encode()
        out += data + b"\r\n"
    out += ("--%s--\r\n" % batas).encode()
    return out, "multipart/form-data; boundary=" + batas


def unggah(k, path, files, fields=None):
    body, ct = multipart(files, fields)
    return k.req("POST", path, raw=body, headers={"Content-Type": ct})


def berkas(d):
    return [("berkas", n, v.encode()) for n, v in d.items()]


def per_berkas(js):
    return {f["berkas"]: (f["baru"], f["diubah"], f["sama"]) for f in js.get("berkas", [])}


def hanya_kepala(port, path, panjang, cookie=None):
    """Sends only the headers of a request announcing `panjang` bytes; the status answered."""
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    h = ("POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\n"
         "Content-Length: %d\r\n" % (path, panjang))
    if cookie:
        h += "Cookie: %s\r\n" % cookie
    s.sendall((h + "\r\n").encode())
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            b = s.recv(4096)
            if not b:
                break
            data += b
    finally:
        s.close()
    try:
        return int(data.split(b" ")[1])
    except (IndexError, ValueError):
        return -1


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-perencana-")
    db = dbutil.newdb("perencana", tmp)
    srv = None
    try:
        subprocess.run([KINERJA, "init", db], check=True, capture_output=True)
        # A second pemda, for the scoped planner.
        lain = os.path.join(tmp, "lain")
        os.mkdir(lain)
        with open(os.path.join(lain, "pemda.csv"), "w") as f:
            f.write("kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
                    "88.01,Kabupaten Lain,kabupaten,,2021,2026,selisih\n")
        with open(os.path.join(lain, "opd.csv"), "w") as f:
            f.write("pemda,kode,nama\n88.01,DISDIK,Dinas Pendidikan\n")
        subprocess.run([KINERJA, "import", db, lain], check=True, capture_output=True)
        for nama, peran, pemda in [("rencana1", "perencana", None),
                                   ("rencana88", "perencana", "88.01"),
                                   ("op1", "operator", "88.01"), ("pim1", "pimpinan", None),
                                   ("rev1", "reviewer", None), ("admin1", "admin", None)]:
            args = [KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if peran == "operator":
                args += ["--opd", "DISDIK"]
            if pemda:
                args += ["--pemda", pemda]
            r = subprocess.run(args, input=b"sandi-rahasia-1\n", capture_output=True)
            ok(r.returncode == 0, "user add %s (%s)" % (nama, peran))
        srv, port = t_server(db)
        if port is None:
            return
        k = Klien(port)
        ok(k.masuk("rencana1", "sandi-rahasia-1")[0] == 200, "planner logs in")

        # ---- preview of a new pemda: a dry run, nothing stored ----
        st, js, _, _ = unggah(k, "/api/impor/pratinjau", berkas(BARU))
        ok(st == 200 and len(js.get("token", "")) == 64, "preview of six CSV files: 200 with a token")
        pb = per_berkas(js or {})
        ok(pb.get("pemda.csv") == (1, 0, 0) and pb.get("opd.csv") == (2, 0, 0)
           and pb.get("rencana.csv") == (4, 0, 0) and pb.get("indikator.csv") == (2, 0, 0)
           and pb.get("target.csv") == (2, 0, 0) and pb.get("realisasi.csv") == (2, 0, 0),
           "preview counts new rows per file: %s" % pb)
        token = js.get("token")
        st, _, _, _ = k.req("GET", "/api/capaian?pemda=77.01&tahun=2022")
        ok(st == 404, "the preview stored nothing (pemda 77.01 unknown): %d" % st)

        # ---- apply: a wrong token, then the previewed one (once) ----
        st, js, _, _ = k.req("POST", "/api/impor/terapkan", {"token": "0" * 64})
        ok(st == 409, "apply with an unknown token: 409")
        st, js, _, _ = k.req("POST", "/api/impor/terapkan", {"token": token})
        ok(st == 200 and per_berkas(js).get("indikator.csv") == (2, 0, 0),
           "apply of the previewed content: 200, the same counts")
        st, js, _, _ = k.req("POST", "/api/impor/terapkan", {"token": token})
        ok(st == 409, "a preview is applied once: 409 the second time")

        # ---- measured: APS naik 72 / 80 x 100 = 90; AKB turun selisih (2x10 - 11) / 10 x 100 = 90
        st, js, _, _ = k.req("GET", "/api/capaian?pemda=77.01&tahun=2022")
        ind = {i["kode"]: i for i in (js or {}).get("indikator", [])}
        ok(st == 200 and abs((ind.get("APS") or {}).get("capaian", 0) - 90.0) < 1e-9,
           "capaian APS = 72 / 80 x 100 = 90: %s" % (ind.get("APS") or {}).get("capaian"))
        ok(abs((ind.get("AKB") or {}).get("capaian", 0) - 90.0) < 1e-9,
           "capaian AKB (turun, selisih) = (2 x 10 - 11) / 10 x 100 = 90: %s"
           % (ind.get("AKB") or {}).get("capaian"))

        # ---- the same files again: everything unchanged; one changed target ----
        ubah = dict(BARU)
        ubah["target.csv"] = "pemda,indikator,tahun,target\n77.01,APS,2022,75\n77.01,AKB,2022,10\n"
        st, js, _, _ = unggah(k, "/api/impor/pratinjau", berkas(ubah))
        pb = per_berkas(js or {})
        if st != 200:
            print("# %d %s" % (st, json.dumps(js)[:600]))
        ok(st == 200 and pb.get("pemda.csv") == (0, 0, 1) and pb.get("rencana.csv") == (0, 0, 4)
           and pb.get("target.csv") == (0, 1, 1),
           "preview of a changed target: 1 changed, 1 unchanged, the rest unchanged: %s" % pb)

        # ---- every error of every file at once, nothing stored ----
        salah = {"pemda.csv": BARU["pemda.csv"],
                 "target.csv": "pemda,indikator,tahun,target\n77.01,APS,2023,abc\n"
                               "77.01,AKB,20x3,10\n",
                 "realisasi.csv": "pemda,indikator,tahun,triwulan,realisasi\n"
                                  "77.01,APS,2023,,sembilan\n77.01,AKB,2023,7,11\n"}
        st, js, _, _ = unggah(k, "/api/impor/pratinjau", berkas(salah))
        daftar = [(e["berkas"], e["baris"], e["kolom"]) for e in (js or {}).get("kesalahan", [])]
        ok(st == 400 and "token" not in (js or {}), "preview with errors: 400, no token")
        ok(("target.csv", 2, "target") in daftar and ("target.csv", 3, "tahun") in daftar
           and ("realisasi.csv", 2, "realisasi") in daftar
           and ("realisasi.csv", 3, "triwulan") in daftar,
           "every error of both files listed (file, row, column): %s" % daftar)
        teks = json.dumps(js)
        ok("abc" in teks and "sembilan" in teks, "the messages name the values")

        # ---- one XLSX: the template downloaded pre-filled, uploaded back unchanged ----
        st, _, _, r = k.req("GET", "/api/impor/templat?pemda=77.01")
        ok(st == 200 and "spreadsheetml" in (r.getheader("Content-Type") or "")
           and "attachment" in (r.getheader("Content-Disposition") or ""),
           "template of 77.01 downloaded as an XLSX attachment")
        c = __import__("http.client").client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", "/api/impor/templat?pemda=77.01", headers={"Cookie": k.cookie})
        xlsx = c.getresponse().read()
        c.close()
        ok(xlsx[:2] == b"PK", "the template is a zip (XLSX) file")
        st, js, _, _ = unggah(k, "/api/impor/pratinjau", [("berkas", "templat.xlsx", xlsx)])
        pb = per_berkas(js or {})
        if st != 200:
            print("# %d %s" % (st, json.dumps(js)[:600]))
        ok(st == 200 and pb.get("templat.xlsx:indikator") == (0, 0, 2)
           and pb.get("templat.xlsx:realisasi") == (0, 0, 2),
           "the pre-filled template previews as unchanged: %s" % pb)

        # ---- file names: path characters harmless ----
        st, js, _, _ = unggah(k, "/api/impor/pratinjau",
                              [("berkas", "../../../etc/pemda.csv", BARU["pemda.csv"].encode())])
        if st != 200:
            print("# %d %s" % (st, json.dumps(js)[:600]))
        ok(st == 200 and per_berkas(js).get("pemda.csv") == (0, 0, 1),
           "a name with ../ is reduced to its last component: %s" % per_berkas(js or {}))
        st, js, teks, _ = unggah(k, "/api/impor/pratinjau",
                                 [("berkas", "..\\\\..\\\\x<script>.csv", b"a,b\n")])
        ok(st == 400 and "<script>" not in teks and "x_script_.csv" in teks,
           "a name with backslashes and markup is made harmless: %s" % teks[:160])

        # ---- limits: 20 MiB + 1 byte refused before reading, nothing stored ----
        audit_sebelum = len(k.req("GET", "/api/audit?pemda=77.01")[1] or {})
        ok(hanya_kepala(port, "/api/impor/pratinjau", BATAS + 1, k.cookie) == 413,
           "an upload of 20 MiB + 1 byte: 413 before the body")
        ok(hanya_kepala(port, "/impor", BATAS + 1, k.cookie) == 413,
           "the upload page too: 413 for 20 MiB + 1 byte")
        ok(hanya_kepala(port, "/api/realisasi", 64 * 1024 + 1, k.cookie) == 413,
           "other routes keep the 64 KiB limit")
        ok(hanya_kepala(port, "/api/impor/pratinjau", 1024 * 1024) == 401,
           "an upload without a session: 401 before the body")
        besar = BARU["pemda.csv"].encode() + b"#" * (BATAS)
        try:
            st = unggah(k, "/api/impor/pratinjau", [("berkas", "pemda.csv", besar)])[0]
        except OSError:
            st = 413  # the server answered 413 and closed before the body was sent
        ok(st == 413, "a real body over 20 MiB: 413 (%d)" % st)
        ok(len(k.req("GET", "/api/audit?pemda=77.01")[1] or {}) == audit_sebelum,
           "nothing stored by the refused uploads")

        # ---- roles and scope ----
        for nama in ["op1", "pim1", "rev1"]:
            kk = Klien(port)
            mst = kk.masuk(nama, "sandi-rahasia-1")
            if mst[0] != 200:
                print("# login %s: %s" % (nama, mst))
            st, _, _, _ = unggah(kk, "/api/impor/pratinjau", berkas(BARU))
            st2 = hanya_kepala(port, "/api/impor/pratinjau", 1024 * 1024, kk.cookie)
            st3, _, _, _ = kk.req("GET", "/api/impor/templat?pemda=77.01")
            ok(st == 403 and st2 == 403 and st3 == 403, "%s refused: preview %d, large body %d, "
               "template %d" % (nama, st, st2, st3))
        k88 = Klien(port)
        k88.masuk("rencana88", "sandi-rahasia-1")
        st, js, _, _ = unggah(k88, "/api/impor/pratinjau", berkas(BARU))
        ok(st == 403, "a planner of 88.01 may not import pemda 77.01: %d %s" % (st, js))
        st, _, _, _ = k88.req("GET", "/api/impor/templat?pemda=77.01")
        ok(st == 403, "nor download its template")
        st, js, _, _ = unggah(k88, "/api/impor/pratinjau", [
            ("berkas", "pemda.csv", b"kode,nama,jenis,induk,periode_awal,periode_akhir,"
             b"rumus_turun\n88.01,Kabupaten Lain,kabupaten,,2021,2026,selisih\n"),
            ("berkas", "opd.csv", b"pemda,kode,nama\n88.01,BAPPEDA,Bappeda\n")])
        if st != 200:
            print("# %d %s" % (st, json.dumps(js)[:600]))
        ok(st == 200 and per_berkas(js).get("opd.csv") == (1, 0, 0),
           "it may preview its own pemda's rows")

        # ---- CSRF: the header for the API, the form field for the page ----
        body, ct = multipart(berkas(BARU))
        st, _, _, _ = k.req("POST", "/api/impor/pratinjau", raw=body, csrf=False,
                            headers={"Content-Type": ct})
        ok(st == 403, "an API upload without the CSRF header: 403")
        body, ct = multipart(berkas(BARU), {"csrf": "salah"})
        st, _, _, _ = k.req("POST", "/impor", raw=body, csrf=False, headers={"Content-Type": ct})
        ok(st == 403, "a page upload with a wrong CSRF field: 403")
        body, ct = multipart(berkas(ubah), {"csrf": k.csrf})
        st, _, teks, _ = k.req("POST", "/impor", raw=body, csrf=False,
                               headers={"Content-Type": ct})
        ok(st == 200 and "Terapkan" in teks and "target.csv" in teks,
           "the preview page lists the files and offers Terapkan")

        # ---- a pemda built from nothing with the forms' JSON, then measured ----
        def simpan(kk, tabel, baris):
            return kk.req("POST", "/api/rencana", {"tabel": tabel, "baris": baris})
        langkah = [
            ("pemda", {"kode": "66.01", "nama": "Kota Formulir", "jenis": "kota",
                       "periode_awal": 2021, "periode_akhir": 2026}),
            ("opd", {"pemda": "66.01", "kode": "DISDIK", "nama": "Dinas Pendidikan"}),
            ("rencana", {"pemda": "66.01", "jenis": "visi", "kode": "V", "uraian": "Visi"}),
            ("rencana", {"pemda": "66.01", "jenis": "misi", "kode": "M1", "induk": "V",
                         "uraian": "Misi"}),
            ("rencana", {"pemda": "66.01", "jenis": "tujuan", "kode": "T1", "induk": "M1",
                         "uraian": "Tujuan"}),
            ("rencana", {"pemda": "66.01", "jenis": "sasaran", "kode": "S1", "induk": "T1",
                         "uraian": "Sasaran"}),
            ("indikator", {"pemda": "66.01", "kode": "APM", "induk": "S1",
                           "uraian": "Angka Partisipasi Murni", "satuan": "%", "arah": "naik",
                           "opd": "DISDIK", "kondisi_awal": "60", "target_akhir": "90",
                           "agregasi": "akhir"}),
            ("target", {"pemda": "66.01", "indikator": "APM", "tahun": "2022", "target": "80"}),
            ("realisasi", {"pemda": "66.01", "indikator": "APM", "tahun": "2022",
                           "triwulan": "", "realisasi": "70"}),
        ]
        hasil = [simpan(k, tb, br) for tb, br in langkah]
        ok(all(x[0] == 200 and x[1]["baru"] for x in hasil),
           "pemda, OPD, visi-misi-tujuan-sasaran, indicator, target, realisasi created: %s"
           % [(x[0], (x[1] or {}).get("galat")) for x in hasil])
        st, js, _, _ = k.req("GET", "/api/capaian?pemda=66.01&tahun=2022")
        apm = {i["kode"]: i for i in (js or {}).get("indikator", [])}.get("APM") or {}
        ok(st == 200 and abs(apm.get("capaian", 0) - 87.5) < 1e-9,
           "measured: capaian APM = 70 / 80 x 100 = 87,5: %s" % apm.get("capaian"))
        st, js, _, _ = simpan(k, "target", {"pemda": "66.01", "indikator": "APM", "tahun": "2022",
                                             "target": "75"})
        ok(st == 200 and js["diubah"], "a changed target (PK Perubahan) saved as a change")
        st, js, _, _ = k.req("GET", "/api/capaian?pemda=66.01&tahun=2022")
        apm = {i["kode"]: i for i in (js or {}).get("indikator", [])}.get("APM") or {}
        ok(abs(apm.get("capaian", 0) - 93.3333) < 1e-9,
           "capaian follows the new target: 70 / 75 x 100 = 93,3333: %s" % apm.get("capaian"))
        adm = Klien(port)
        am = adm.masuk("admin1", "sandi-rahasia-1")
        if am[0] != 200:
            print("# admin login %s" % (am,))
        st, js, _, _ = adm.req("GET", "/api/audit?pemda=66.01")
        tg = [a for a in (js or {}).get("audit", []) if a["tabel"] == "target"]
        if not tg:
            print("# %d %s" % (st, json.dumps(js)[:800]))
        ok(st == 200 and any("80" in (a.get("lama") or "") and "75" in (a.get("baru") or "")
                             and a["pengguna"] == "rencana1" for a in tg),
           "the target change is audited with its old value and its author: %s" % tg[:2])
        st, _, teks, _ = k.req("GET", "/rencana?tabel=target&pemda=66.01")
        ok(st == 200 and re.search(r"Riwayat target.*<td[^>]*>APM</td><td[^>]*>2022</td>"
                                   r"<td[^>]*>80</td>", teks, re.S),
           "the target page shows the PK before its Perubahan (APM 2022: 80)")
        st, js, _, _ = simpan(k, "indikator", {"pemda": "66.01", "kode": "X", "induk": "S9",
                                                "uraian": "x", "arah": "naik",
                                                "kondisi_awal": "abc", "agregasi": "tengah"})
        kol = sorted(e["kolom"] for e in (js or {}).get("kesalahan", []))
        ok(st == 400 and kol == ["agregasi", "induk", "kondisi_awal"],
           "a form with bad values: 400 naming every column (%s)" % kol)
        st, _, _, _ = k.req("GET", "/api/capaian?pemda=66.01&tahun=2022")
        ok(st == 200 and "X" not in {i["kode"] for i in
                                     k.req("GET", "/api/capaian?pemda=66.01&tahun=2022")[1]
                                     ["indikator"]}, "nothing stored from the bad form")
        for nama in ["op1", "pim1", "rev1"]:
            kk = Klien(port)
            kk.masuk(nama, "sandi-rahasia-1")
            st, _, _, _ = simpan(kk, "opd", {"pemda": "66.01", "kode": "X", "nama": "X"})
            ok(st == 403, "%s may not edit the plan: %d" % (nama, st))
        st, js, _, _ = simpan(k88, "opd", {"pemda": "66.01", "kode": "X", "nama": "X"})
        ok(st == 403, "a planner of 88.01 may not edit pemda 66.01: %d" % st)
        st, js, _, _ = simpan(k88, "opd", {"pemda": "88.01", "kode": "DINSOS", "nama": "Dinsos"})
        ok(st == 200 and js["baru"], "but may edit its own pemda")
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        st, _, teks, _ = k.req("POST", "/rencana", raw="csrf=%s&tabel=opd&pemda=66.01&kode=BAPP"
                               "&nama=Bappeda+%%3Cb%%3E" % k.csrf, headers=form)
        ok(st == 200 and "baris baru" in teks and "&lt;b&gt;" not in teks,
           "the form page saves an OPD and answers in Bahasa Indonesia")
        st, _, teks, _ = k.req("POST", "/rencana", raw="csrf=%s&tabel=target&pemda=66.01&"
                               "indikator=APM&tahun=20x2&target=80" % k.csrf, headers=form)
        ok(st == 400 and "tahun" in teks and "20x2" in teks,
           "the form page keeps the values and names the bad column")
    finally:
        if srv:
            srv.terminate()
            try:
                srv.wait(timeout=10)
            except subprocess.TimeoutExpired:
                srv.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % t.n)
    return 1 if t.gagal else 0


def t_server(db):
    import re
    import time
    env = dict(os.environ, KINERJA_ADMIN_SANDI="admin-rahasia-1")
    srv = subprocess.Popen([KINERJA, "serve", db, "--listen", "127.0.0.1:0"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    t0 = time.time()
    while time.time() - t0 < 10:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", srv.stdout.readline().decode())
        if m:
            return srv, int(m.group(1))
    ok(False, "server listens")
    return srv, None


if __name__ == "__main__":
    sys.exit(main())
