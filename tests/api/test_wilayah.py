#!/usr/bin/env python3
"""The province view over HTTP (wilayah.md): GET /api/wilayah gives the JSON of
`kinerja compare --json` (the Banten 2023 example of the demo), the page /wilayah
ranks the regions by name with the chart and the flags, a pemda-scoped user sees only
the regions under its own pemda, and a realisasi written for an earlier year moves the
projection of a later year's cached measurement. Prints TAP."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import dbutil
from test_web_api import Klien

HERE = os.path.dirname(os.path.abspath(__file__))
KINERJA = os.environ.get("KINERJA") or os.path.join(HERE, "..", "..", "build", "kinerja")
n = 0
gagal = 0


def ok(cond, nama):
    global n, gagal
    n += 1
    if not cond:
        gagal += 1
    print(("ok %d - %s" if cond else "not ok %d - %s") % (n, nama))
    sys.stdout.flush()


def tambah(db, nama, peran, pemda=None):
    args = [KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
    if pemda:
        args += ["--pemda", pemda]
    r = subprocess.run(args, input=("sandi-" + nama + "\n").encode(), capture_output=True)
    ok(r.returncode == 0, "user add %s (%s)" % (nama, pemda or "semua pemda"))


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-wilayah-")
    db = dbutil.newdb("w", tmp)
    srv = None
    try:
        subprocess.run([KINERJA, "demo", db], check=True, capture_output=True)
        tambah(db, "admin1", "admin")
        tambah(db, "banten", "pimpinan", "36")
        tambah(db, "lebak", "pimpinan", "36.02")
        srv = subprocess.Popen([KINERJA, "serve", db, "--listen", "127.0.0.1:0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        port = None
        t0 = time.time()
        while time.time() - t0 < 10:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", srv.stdout.readline().decode())
            if m:
                port = int(m.group(1))
                break
        ok(port is not None, "server listens")
        if port is None:
            return
        admin, banten, lebak = Klien(port), Klien(port), Klien(port)
        ok(admin.masuk("admin1", "sandi-admin1")[0] == 200, "login admin")
        ok(banten.masuk("banten", "sandi-banten")[0] == 200, "login the province user")
        ok(lebak.masuk("lebak", "sandi-lebak")[0] == 200, "login the Lebak user")

        q = "/api/wilayah?induk=36&indikator=KEMISKINAN&tahun=2023"
        st, _, _, _ = Klien(port).req("GET", q)
        ok(st == 401, "/api/wilayah without a session: 401")
        st, js, _, _ = admin.req("GET", q)
        ok(st == 200 and js["nilai_induk"] == 6.17 and js["nilai_nasional"] == 9.36,
           "Banten 2023: province 6,17, national 9,36")
        ok(js and js["induk"] == {"kode": "36", "nama": "Provinsi Banten"}
           and js["indikator"]["kode"] == "KEMISKINAN" and js["tahun"] == 2023,
           "induk, indikator and tahun named")
        baris = [(w["nama"], w["realisasi"], w["peringkat"], w["terhadap_induk"],
                  w["terhadap_nasional"]) for w in (js or {}).get("wilayah", [])]
        ok(baris == [("Kota Serang", 6.2, 1, "di_atas", "di_bawah"),
                     ("Kabupaten Tangerang", 6.93, 2, "di_atas", "di_bawah"),
                     ("Kabupaten Lebak", 8.68, 3, "di_atas", "di_bawah"),
                     ("Kabupaten Pandeglang", 9.27, 4, "di_atas", "di_bawah")],
           "the four above the province and below the national rate: %s" % baris)
        st, js, _, _ = admin.req(
            "GET", "/api/wilayah?induk=36&indikator=KEMISKINAN_EKSTREM&tahun=2023&batas=1")
        pos = {w["kode"]: (w["realisasi"], w["terhadap_batas"]) for w in (js or {}).get("wilayah", [])}
        ok(st == 200 and pos == {"36.01": (1.34, "di_atas"), "36.02": (1.79, "di_atas"),
                                 "36.03": (2.0, "di_atas"), "36.72": (0.0, "di_bawah")},
           "kemiskinan ekstrem --batas 1: Pandeglang, Lebak, Tangerang above, Cilegon 0 not")
        st, js, _, _ = admin.req(
            "GET", "/api/wilayah?induk=36&indikator=KEMISKINAN_EKSTREM&tahun=2023&batas=1%2C5")
        ok(st == 200 and [w["terhadap_batas"] for w in js["wilayah"]].count("di_atas") == 2,
           "batas 1,5 (Indonesian decimal comma): two above")

        for path, status, why in [
                ("/api/wilayah?induk=36&indikator=KEMISKINAN", 400, "without tahun"),
                ("/api/wilayah?induk=36&indikator=KEMISKINAN&tahun=20x3", 400, "a bad tahun"),
                ("/api/wilayah?induk=36&indikator=KEMISKINAN&tahun=2023&batas=satu", 400,
                 "a bad batas"),
                ("/api/wilayah?induk=77&indikator=KEMISKINAN&tahun=2023", 404, "unknown parent"),
                ("/api/wilayah?induk=36&indikator=TIDAKADA&tahun=2023", 404,
                 "an indicator no region holds")]:
            st, js, _, _ = admin.req("GET", path)
            ok(st == status and js and "galat" in js, "%s: %d with galat" % (why, status))

        st, js, _, _ = banten.req("GET", q)
        ok(st == 200 and len(js["wilayah"]) == 4, "the province user sees its kab/kota")
        st, _, _, _ = lebak.req("GET", q)
        ok(st == 403, "a kab user may not see the province view: 403")
        st, _, teks, _ = lebak.req("GET", "/wilayah?induk=36&indikator=KEMISKINAN&tahun=2023")
        ok(st == 403, "... nor its page: 403")

        # The page: names, never bare codes; chart with the lines; flags.
        st, _, teks, _ = banten.req(
            "GET", "/wilayah?induk=36&indikator=KEMISKINAN_EKSTREM&tahun=2023&batas=1")
        ok(st == 200 and "Perbandingan wilayah: Provinsi Banten" in teks, "the page: 200")
        ok(all(nm in teks for nm in ["Kabupaten Pandeglang", "Kabupaten Lebak",
                                     "Kabupaten Tangerang", "Kota Cilegon"]),
           "the page names the regions")
        sel = re.findall(r'<td class="nama"[^>]*>(.*?)</td>', teks)
        ok(len(sel) == 4 and not any(re.fullmatch(r"[\d.]+", re.sub("<[^>]+>", "", s).strip())
                                     for s in sel), "no bare code in the name column")
        ok(teks.count('class="tandai"') == 3 and teks.count('class="bendera"') == 3,
           "three regions flagged above batas 1")
        ok('<svg' in teks and "Batas 1,00" in teks and "Kota Cilegon" in teks.split("<svg", 1)[1],
           "the sorted bar chart names the regions and the batas line")
        st, _, teks, _ = banten.req("GET", "/wilayah?induk=36&indikator=KEMISKINAN&tahun=2023")
        ok(st == 200 and "Provinsi Banten 6,17" in teks and "Nasional 9,36" in teks,
           "the chart's lines: the province 6,17 and national 9,36")
        rank = re.findall(r'<tr data-kode="([\d.]+)"', teks)
        ok(rank == ["36.73", "36.03", "36.02", "36.01"], "rows ranked lowest first: %s" % rank)
        st, _, teks, _ = banten.req("GET", "/wilayah")
        ok(st == 200 and "Provinsi Banten" in teks, "without parameters: the user's own province")
        st, _, teks, _ = admin.req("GET", "/wilayah?induk=36&tahun=abc")
        ok(st == 400, "page with a bad tahun: 400")

        # The web LKjIP of the province has the CLI's table of its regions (one builder):
        # KEMISKINAN 2023 ranked lowest first, Serang 6,20 < Tangerang 6,93 < Lebak 8,68 <
        # Pandeglang 9,27, each above the province's 6,17.
        st, _, lap, _ = banten.req("GET", "/laporan?pemda=36&tahun=2023&format=html")
        m = re.search(r"<caption>Tabel [0-9.]+ Perbandingan Kabupaten/Kota: Persentase Penduduk "
                      r"Miskin Tahun 2023", lap)
        i = m.start() if m else -1
        tab = lap[i:lap.find("</table>", i)] if i >= 0 else ""
        urut = [nm for nm in re.findall(r"<td[^>]*>(Kota [A-Za-z]+|Kabupaten [A-Za-z]+)</td>", tab)]
        ok(st == 200 and "E. Perbandingan Kabupaten/Kota" in lap and urut == [
            "Kota Serang", "Kabupaten Tangerang", "Kabupaten Lebak", "Kabupaten Pandeglang"],
           "web LKjIP of the province: the regions' table ranked %s" % urut)
        ok(tab.count("di atas") == 4, "... all four above the province")
        cli = os.path.join(tmp, "lkjip.html")
        subprocess.run([KINERJA, "report", db, "--pemda", "36", "--tahun", "2023", "--format",
                        "html", "-o", cli], check=True, capture_output=True)
        with open(cli, encoding="utf-8") as f:
            teks_cli = f.read()
        m = re.search(r"<caption>Tabel [0-9.]+ Perbandingan Kabupaten/Kota: Persentase", teks_cli)
        j = m.start() if m else -1
        ok(j >= 0 and teks_cli[j:teks_cli.find("</table>", j)] == tab,
           "... the same table as `kinerja report`")
        st, _, lap, _ = lebak.req("GET", "/laporan?pemda=36.02&tahun=2023&format=html")
        ok(st == 200 and "Perbandingan Kabupaten/Kota" not in lap,
           "a kabupaten's LKjIP has no regions' table")

        # A realisasi of an earlier year moves a later year's projection (cached JSON).
        cap = "/api/capaian?pemda=33.75&tahun=2023"
        st, js, _, _ = admin.req("GET", cap)
        laju = lambda j: j["indikator"][0]["proyeksi"]["metode"][1]["laju"]
        ok(st == 200 and laju(js) == -0.19, "Pekalongan 2023: laju_terakhir -0,19")
        st, _, _, _ = admin.req("PUT", "/api/realisasi", {
            "pemda": "33.75", "indikator": "KEMISKINAN", "tahun": 2022, "triwulan": 0,
            "realisasi": "6,5"})
        ok(st == 200, "write realisasi 2022 = 6,5")
        st, js, _, _ = admin.req("GET", cap)
        ok(st == 200 and laju(js) == 0.31, "2023 projection follows: laju_terakhir 6,81 - 6,5 = 0,31")
    finally:
        if srv:
            srv.terminate()
            try:
                srv.wait(timeout=10)
            except subprocess.TimeoutExpired:
                srv.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % n)
    return 1 if gagal else 0


if __name__ == "__main__":
    sys.exit(main())
