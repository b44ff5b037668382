#!/usr/bin/env python3
"""The pohon kinerja page (/pohon) and the OPD page (/opd) of issue 11 item 5 through a real
server, on the cascade fixture tests/cli/data-kaskade (pemda 77, 14 nodes, OPD A, B, C, A1):
which nodes are drawn (collapse by level, `buka`, one OPD, search), the capaian of a node and
of an OPD computed by hand, the OPD ranking on the dashboard, the roles' scopes, and a
planner's edit through the prefilled form seen on both pages and audited. Prints TAP."""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dbutil  # noqa: E402
import test_perencana as tp  # noqa: E402
import test_web_api as t  # noqa: E402

ok = t.ok
Klien = t.Klien
KINERJA = t.KINERJA
DATA = os.path.join(HERE, "..", "cli", "data-kaskade")
SANDI = "sandi-rahasia-1"


def ringkas(teks):
    """(drawn, in view) from "N dari M simpul ditampilkan"."""
    m = re.search(r"(\d+) dari (\d+) simpul ditampilkan", teks)
    return (int(m.group(1)), int(m.group(2))) if m else None


def kode_digambar(teks):
    """Codes of the boxes of the wide drawing, in drawing order."""
    lebar = teks.split('<svg class="lebar"', 1)[-1].split("</svg>", 1)[0]
    return re.findall(r'<g(?: class="kena")? id="n\d+" data-kode="([^"]+)"', lebar)


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-pohon-")
    db = dbutil.newdb("pohon", tmp)
    srv = None
    try:
        subprocess.run([KINERJA, "init", db], check=True, capture_output=True)
        subprocess.run([KINERJA, "import", db, DATA], check=True, capture_output=True)
        lain = os.path.join(tmp, "lain")
        os.mkdir(lain)
        with open(os.path.join(lain, "pemda.csv"), "w") as f:
            f.write("kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
                    "88.01,Kabupaten Lain,kabupaten,,2021,2026,selisih\n")
        subprocess.run([KINERJA, "import", db, lain], check=True, capture_output=True)
        for nama, peran, pemda, opd in [("admin1", "admin", None, None),
                                        ("rencana1", "perencana", None, None),
                                        ("opa", "operator", "77", "A"),
                                        ("rev88", "reviewer", "88.01", None)]:
            args = [KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if pemda:
                args += ["--pemda", pemda]
            if opd:
                args += ["--opd", opd]
            r = subprocess.run(args, input=(SANDI + "\n").encode(), capture_output=True)
            ok(r.returncode == 0, "user add %s (%s)" % (nama, peran))
        srv, port = tp.t_server(db)
        if port is None:
            return
        k = {}
        for nama in ("admin1", "rencana1", "opa", "rev88"):
            k[nama] = Klien(port)
            ok(k[nama].masuk(nama, SANDI)[0] == 200, "%s logs in" % nama)
        pr = k["rencana1"]
        dasar = "/pohon?pemda=77&tahun=2021"

        # ---- which nodes are drawn ----
        st, _, teks, _ = pr.req("GET", dasar)
        # default: down to the sasaran: V, M1, T1, S1 of the 14 nodes
        ok(st == 200 and ringkas(teks) == (4, 14), "whole tree collapsed below the sasaran: "
           "4 of 14 drawn (%s)" % (ringkas(teks),))
        ok(kode_digambar(teks) == ["V", "M1", "T1", "S1"], "drawn depth-first: V M1 T1 S1")
        # S1 hides its four children A.T1, B.T1, B.P1, C.P1
        ok("+4 \u25b8" in teks, "S1 shows +4 hidden nodes")
        ok('id="ilustrasi"' not in teks, "no illustrative-data note without such data")
        ok('class="sempit"' in teks and 'class="lebar"' in teks,
           "drawn twice: wide and narrow (the stylesheet shows one)")
        st, _, teks, _ = pr.req("GET", dasar + "&buka=S1")
        # S1 open: + A.T1, B.T1, B.P1, C.P1 = 8
        ok(ringkas(teks) == (8, 14), "buka=S1 opens S1's four children: 8 of 14 (%s)"
           % (ringkas(teks),))
        ok(kode_digambar(teks)[4:] == ["A.T1", "B.T1", "B.P1", "C.P1"],
           "children in model order after their parent")
        ok("tutup \u25be" in teks, "an opened node offers to close it again")
        st, _, teks, _ = pr.req("GET", dasar + "&tingkat=subkegiatan")
        ok(ringkas(teks) == (14, 14), "tingkat=subkegiatan draws all 14")

        # one OPD: A.T1, A.S1, A.P1, A.P1.K1 and A.P1.K1.1 (their OPD inherited from A.P1),
        # A.P1.K2, and the RPJMD path S1, T1, M1, V above them = 10
        st, _, teks, _ = pr.req("GET", dasar + "&opd=A")
        ok(st == 200 and ringkas(teks) == (10, 10), "OPD A: its 6 nodes and the 4 RPJMD nodes "
           "above them, every level (%s)" % (ringkas(teks),))
        ok(kode_digambar(teks) == ["V", "M1", "T1", "S1", "A.T1", "A.S1", "A.P1", "A.P1.K1",
                                   "A.P1.K1.1", "A.P1.K2"], "OPD A drawn depth-first")
        # A.S1: own indicators A.I1 100/80 = 125 (bobot 1), A.I2 40/50 = 80 (bobot 3):
        # (125 + 240) / 4 = 91,25
        ok("Capaian 91,25 % · Sangat Tinggi" in teks,
           "sasaran_pd A.S1 capaian (125 + 3 x 80) / 4 = 91,25: Sangat Tinggi (>= 91)")
        # kegiatan A.P1.K1 pagu 200 + 300 = 500, realisasi 350: serapan 70
        ok("Rp 500 · serapan 70,00 %" in teks, "kegiatan A.P1.K1 pagu 500, serapan 70,00 %")
        ok('<option value="A" selected>Dinas A (A)</option>' in teks, "OPD picker with names")
        st, _, teks, _ = pr.req("GET", dasar + "&opd=A&tingkat=sasaran")
        # S1 keeps in view only A.T1 (B and C are other OPDs)
        ok(ringkas(teks) == (4, 10) and "+1 \u25b8" in teks,
           "OPD A collapsed at sasaran: 4 of 10, S1 hides 1 (%s)" % (ringkas(teks),))
        st, _, _, _ = pr.req("GET", dasar + "&opd=ZZ")
        ok(st == 404, "unknown OPD: 404")

        # search: "kegiatan" is in the names of A.P1.K1, A.P1.K1.1 (Sub-kegiatan satu) and
        # A.P1.K2; their paths open: everything but B.S1 under the closed B.T1 = 13
        st, _, teks, _ = pr.req("GET", dasar + "&cari=" + urllib.parse.quote("kegiatan"))
        ok('Hasil pencarian "kegiatan": 3 simpul' in teks, "search finds 3 nodes by name")
        ok(ringkas(teks) == (13, 14), "their paths are opened: 13 of 14 (%s)" % (ringkas(teks),))
        ok(len(re.findall(r'<g class="kena" id="n', teks)) == 3, "the 3 hits are marked")
        jalur = re.search(r'<ol class="jalur grafik">(.*?)</ol>', teks, re.S)
        lebar = "".join(re.findall(r'<a class="lebar"[^>]*>(.*?)</a>', jalur.group(1) if jalur else ""))
        ok(re.sub(r"<[^>]+>", "", lebar).count("›") == 7 + 8 + 7 and "Sub-kegiatan <b>A.P1.K1.1</b>: Sub-kegiatan satu" in teks,
           "each hit listed with its path: 8, 9 and 8 nodes (V › M1 › T1 › S1 › A.T1 › ...)")
        st, _, teks, _ = pr.req("GET", dasar + "&cari=A.P1.K2")
        ok('Hasil pencarian "A.P1.K2": 1 simpul' in teks, "search by code")
        st, _, teks, _ = pr.req("GET", dasar + "&cari=" + urllib.parse.quote("<b>x"))
        ok("<b>x" not in teks and "&lt;b&gt;x" in teks, "the search term is escaped")

        # ---- the OPD page ----
        st, _, teks, _ = pr.req("GET", "/opd?pemda=77&tahun=2021&opd=A")
        # (125 + 3 x 80 + 50 + 70) / 6 = 80,8333; budget 100 + 300 + 200 + 500 = 1.100,
        # realisasi 500: 45,45 %
        ok(st == 200 and "80,83 %" in teks, "OPD A capaian 485 / 6 = 80,83 %")
        ok("<b>1</b><span>peringkat dari 3 OPD</span>" in teks,
           "OPD A ranks first of the 3 OPD with capaian")
        ok("realisasi Rp 500 dari pagu Rp 1.100" in teks and "45,45 %" in teks, "budget 500 of 1.100, 45,45 %")
        ind = re.search(r'id="indikator-opd".*?</table>', teks, re.S).group(0)
        ok(re.findall(r'<tr data-kode="([^"]+)"', ind) == ["A.I1", "A.I2", "A.I3", "A.I4"],
           "its 4 indicators")
        simp = re.search(r'id="simpul-opd".*?</table>', teks, re.S).group(0)
        ok(re.findall(r'<tr data-kode="([^"]+)"', simp) == ["A.T1", "A.S1", "A.P1", "A.P1.K1",
                                                             "A.P1.K1.1", "A.P1.K2"],
           "its 6 Renstra nodes in model order")
        ok("001/PK/A/2021" in teks and "dokumen=pk&amp;opd=A&amp;versi=1" in teks,
           "its PK version, linking the PK document")
        ok('id="tren-opd"' in teks and teks.count("<tr><td>20") == 6,
           "trend over the RPJMD period 2021-2026: 6 years")
        ok("/rencana?tabel=indikator&amp;pemda=77&amp;kode=A.I1" in teks,
           "a planner gets a link to the prefilled indicator form")
        st, _, teks, _ = k["opa"].req("GET", "/opd")
        ok(st == 200 and "Dinas A" in teks and "80,83 %" in teks,
           "an operator's /opd is their own OPD")
        ok("/rencana?tabel=" not in teks, "an operator gets no edit links")

        # ---- the dashboard's OPD ranking ----
        st, _, teks, _ = pr.req("GET", "/dasbor?pemda=77&tahun=2021")
        sek = re.search(r'<section id="peringkat-opd">.*?</section>', teks, re.S)
        baris = re.findall(r'<tr data-kode="([^"]+)"><td class="a" data-label="Peringkat">'
                           r'([^<]+)</td>', sek.group(0) if sek else "")
        # A 80,83 first; B 70 and C 70 share rank 2; A1 (no indicator, no budget) left out
        ok(baris == [("A", "1"), ("B", "2"), ("C", "2")],
           "dashboard: OPD ranked A 1, B 2, C 2 (%s)" % baris)

        st, _, teks, _ = k["opa"].req("GET", "/dasbor?pemda=77&tahun=2021")
        ok('<p id="opd-saya">OPD Anda: <a href="/opd?pemda=77&amp;tahun=2021&amp;opd=A">Dinas A'
           '</a>, peringkat 1.</p>' in teks, "an operator's dashboard links their OPD page first")

        # ---- scopes ----
        st, _, _, _ = k["rev88"].req("GET", dasar)
        ok(st == 403, "a reviewer of 88.01 may not read pemda 77's tree: %d" % st)
        st, _, _, _ = k["rev88"].req("GET", "/opd?pemda=77&tahun=2021&opd=A")
        ok(st == 403, "nor its OPD page: %d" % st)
        st, _, _, r = Klien(port).req("GET", dasar)
        ok(st == 303 and r.getheader("Location") == "/masuk", "anonymous: to the login page")
        st, _, teks, _ = k["opa"].req("GET", dasar + "&opd=A")
        ok(st == 200 and "/rencana?tabel=" not in teks, "an operator reads, without edit links")

        # ---- a planner edits a node and an indicator through the prefilled form ----
        st, _, teks, _ = pr.req("GET", "/rencana?tabel=rencana&pemda=77&jenis=sasaran_pd&"
                                "kode=A.S1&induk=A.T1&uraian=Sasaran+Dinas+A&opd=A")
        ok(st == 200 and 'name="uraian" value="Sasaran Dinas A"' in teks,
           "the form is prefilled from the link")
        ok("tabel=pk" in teks, "the form list offers Perjanjian Kinerja")
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        st, _, teks, _ = pr.req("POST", "/rencana", raw="csrf=%s&tabel=rencana&pemda=77&"
                                "jenis=sasaran_pd&kode=A.S1&induk=A.T1&uraian=Sasaran+baru+A&"
                                "opd=A" % pr.csrf, headers=form)
        ok(st == 200, "the node's new name is saved: %d" % st)
        st, _, teks, _ = pr.req("POST", "/rencana", raw="csrf=%s&tabel=indikator&pemda=77&"
                                "kode=A.I1&induk=A.S1&uraian=Indikator+baru+A1&satuan=%%25&"
                                "arah=naik&opd=A" % pr.csrf, headers=form)
        ok(st == 200, "the indicator's new name is saved: %d" % st)
        st, _, teks, _ = pr.req("POST", "/rencana", raw="csrf=%s&tabel=pk&pemda=77&tahun=2021&"
                                "opd=B&versi=1&nomor=002%%2FPK%%2FB%%2F2021&tanggal=2021-01-20&"
                                "pihak_pertama=Budi&jabatan_pertama=Kepala+Dinas+B&"
                                "pihak_kedua=Wali+Kota+Uji&jabatan_kedua=Wali+Kota+Uji" % pr.csrf,
                                headers=form)
        ok(st == 200, "a PK version entered in the form: %d" % st)
        st, _, teks, _ = pr.req("GET", "/opd?pemda=77&tahun=2021&opd=B")
        ok("002/PK/B/2021" in teks and "2021-01-20" in teks, "and listed on the OPD page")
        st, _, teks, _ = pr.req("GET", dasar + "&opd=A")
        ok("Sasaran baru A" in teks, "the tree shows the node's new name")
        st, _, teks, _ = pr.req("GET", "/opd?pemda=77&tahun=2021&opd=A")
        ok("Indikator baru A1" in teks, "the OPD page shows the indicator's new name")
        st, js, _, _ = k["admin1"].req("GET", "/api/audit?pemda=77")
        baru = [a for a in (js or {}).get("audit", []) if a.get("pengguna") == "rencana1"]
        ok(any(a["tabel"] == "rencana" and "Sasaran baru A" in (a.get("baru") or "")
               for a in baru) and any(a["tabel"] == "indikator" for a in baru),
           "both edits audited under the planner's name")

        # ---- the demo (issue 11.6): the rencana aksi of data/demo/target.csv are loaded ----
        demo = dbutil.newdb("pohon_demo", tmp)
        subprocess.run([KINERJA, "demo", demo], check=True, capture_output=True)
        keluar = os.path.join(tmp, "ekspor")
        subprocess.run([KINERJA, "export", demo, keluar], check=True, capture_output=True)
        with open(os.path.join(HERE, "..", "..", "data", "demo", "target.csv")) as f:
            sumber = {(r["indikator"], r["tahun"], r["triwulan"]) for r in csv.DictReader(f)
                      if r["triwulan"]}
        with open(os.path.join(keluar, "target.csv")) as f:
            dimuat = {(r["indikator"], r["tahun"], r["triwulan"]) for r in csv.DictReader(f)
                      if r["triwulan"]}
        # 104 rows, DINKES/IDL 2020 triwulan 3 and 4 twice (its PK Perubahan): 102 cells
        ok(len(sumber) == 102 and sumber == dimuat,
           "the demo database holds the 102 quarterly target cells of data/demo/target.csv "
           "(%d loaded)" % len(dimuat))
        opd_aksi = {k[0].split("/")[0] for k in dimuat}
        ok(len(opd_aksi) >= 5, "quarterly targets for >= 5 OPD: %d" % len(opd_aksi))
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


if __name__ == "__main__":
    sys.exit(main())
