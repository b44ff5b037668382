#!/usr/bin/env python3
"""Signing a Perjanjian Kinerja in the browser and the operators' landing (issue 11 point
5) through a real server on tests/cli/data-kaskade (Kota Uji 77, 2021; OPD A already has
PK versi 1 signed 2021-01-15 by Ani, Kepala Dinas A, with Wali Kota Uji as pihak kedua).

Login lands an operator on its OPD's page, everyone else on the dashboard. A planner sees
what the next version freezes (A's indicators with their 2021 targets, its program budget)
and a form prefilled from the OPD's head; signing (form POST /pk or POST /api/pk) stores
the version exactly as pk.csv does, audited; its document is the CLI's byte for byte and
stays so after the targets change. Operator and reviewer 403, locked year 409, missing
CSRF 403, bad NIP / date / length 400 naming the field. Prints TAP."""
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dbutil  # noqa: E402
import test_keamanan_http as k  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "cli", "data-kaskade")
SANDI = "sandi-uji-pk-web"
PK = "/pk?pemda=77&tahun=2021&opd=A"


class Klien:
    """A browser-like client: a session cookie, its CSRF token, form or JSON bodies."""

    def __init__(self, port):
        self.port, self.cookie, self.csrf = port, None, None

    def req(self, method, path, body=None, jenis=None, csrf=True):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        h = {}
        if self.cookie:
            h["Cookie"] = self.cookie
        if jenis:
            h["Content-Type"] = jenis
        if csrf and self.csrf and jenis == "application/json":
            h["X-CSRF-Token"] = self.csrf
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        isi = r.read()
        for nama, v in r.getheaders():
            m = re.match(r"kinerja_sesi=([^;]*)", v) if nama.lower() == "set-cookie" else None
            if m:
                self.cookie = "kinerja_sesi=" + m.group(1) if m.group(1) else None
        c.close()
        return r.status, r.getheader("Location"), isi

    def masuk(self, nama):
        """Logs in through the login form; the Location it answers."""
        st, lok, _ = self.req("POST", "/masuk", urllib.parse.urlencode(
            {"nama": nama, "kata_sandi": SANDI}), "application/x-www-form-urlencoded")
        st2, _, isi = self.req("GET", "/akun")
        m = re.search(rb'name="csrf" content="([^"]+)"', isi)
        self.csrf = m.group(1).decode() if m else None
        return st, lok

    def form(self, path, isian, csrf=True):
        d = dict(isian)
        if csrf:
            d["csrf"] = self.csrf
        return self.req("POST", path, urllib.parse.urlencode(d),
                        "application/x-www-form-urlencoded")

    def json(self, path, isi):
        st, _, b = self.req("POST", path, json.dumps(isi), "application/json")
        try:
            return st, json.loads(b)
        except ValueError:
            return st, None


def teks(html):
    """A page or document as one line of text, without tags."""
    t = re.sub(r"<[^>]*>", " ", html.decode() if isinstance(html, bytes) else html)
    return re.sub(r"\s+", " ", t)


def cli_pk(db, tmp, versi, fmt, opd="A"):
    """The CLI's document of a version (opd None: the regional head's)."""
    berkas = os.path.join(tmp, "pk-%s-%d.%s" % (opd or "kd", versi, fmt))
    subprocess.run([k.KINERJA, "report", db, "--pemda", "77", "--tahun", "2021", "--dokumen",
                    "pk", "--versi", str(versi), "--format", fmt, "-o", berkas]
                   + (["--opd", opd] if opd else []), check=True, capture_output=True)
    with open(berkas, "rb") as f:
        return f.read()


ISIAN = {"nomor": "002/PK/A/2021", "tanggal": "2021-03-01", "tempat": "Balai Kota Uji",
         "pihak_pertama": "Ani", "jabatan_pertama": "Kepala Dinas A",
         "nip_pertama": "19000101 200001 1 001", "pihak_kedua": "Wali Kota Uji",
         "jabatan_kedua": "Wali Kota Uji", "nip_kedua": ""}


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-pkweb-")
    db = dbutil.newdb("pkweb", tmp)
    srv = None
    try:
        subprocess.run([k.KINERJA, "init", db], check=True, capture_output=True)
        subprocess.run([k.KINERJA, "import", db, DATA], check=True, capture_output=True)
        for nama, peran, lain in (("admin", "admin", []),
                                  ("ren77", "perencana", ["--pemda", "77"]),
                                  ("opA", "operator", ["--opd", "A", "--pemda", "77"]),
                                  ("rev77", "reviewer", ["--pemda", "77"])):
            r = subprocess.run([k.KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
                               + lain, input=SANDI + "\n", text=True, capture_output=True)
            k.ok(r.returncode == 0, "user add %s (%s)" % (nama, r.stderr.strip()))
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens")
        if port is None:
            return
        u = {n: Klien(port) for n in ("admin", "ren77", "opA", "rev77")}

        # ---- landing per role ----
        for nama, harap in (("opA", "/opd?pemda=77&tahun=2021&opd=A"), ("admin", "/dasbor"),
                            ("ren77", "/dasbor"), ("rev77", "/dasbor")):
            st, lok = u[nama].masuk(nama)
            k.ok(st == 303 and lok == harap, "%s: login lands on %s (%d %s)" % (nama, harap, st, lok))
            st, lok, _ = u[nama].req("GET", "/masuk")
            k.ok(st == 303 and lok == harap, "%s: /masuk when logged in: %s too (%s)" % (nama, harap, lok))
        st, _, isi = u["opA"].req("GET", "/opd?pemda=77&tahun=2021&opd=A")
        k.ok(st == 200 and b"<h1>Dinas A" in isi, "operator: the landing is Dinas A's page (%d)" % st)
        st, _, isi = u["opA"].req("GET", "/dasbor?pemda=77&tahun=2021")
        k.ok(b'<a href="/opd?pemda=77&amp;tahun=2021&amp;opd=A" id="nav-opd-saya">OPD saya</a>'
             in isi, "operator: the navigation has OPD saya, in the year shown")
        st, _, isi = u["ren77"].req("GET", "/dasbor?pemda=77&tahun=2021")
        k.ok(b"nav-opd-saya" not in isi, "planner: no OPD saya link")
        st, _, isi = u["opA"].req("GET", "/opd?pemda=77&tahun=2021&opd=A")
        k.ok(b'id="pk-tanda"' not in isi, "operator: no signing link on /opd")

        # ---- the signing page: what the next version freezes, prefilled ----
        st, _, isi = u["ren77"].req("GET", PK)
        t = teks(isi)
        k.ok(st == 200 and 'id="pk-versi">2<' in isi.decode(), "planner: /pk offers versi 2 (%d)" % st)
        # A's 2021 indicators in model order: A.I1 80 and A.I2 50 under A.S1, A.I3 10 under
        # the kegiatan A.P1.K1, A.I4 100 under the tujuan A.T1; programs: Program Dinas A
        # 300 + 200 + 500 + 100 = 1.100.
        k.ok("1 Sasaran Dinas A Indikator A satu % 80 Indikator A dua % 50 "
             "2 Kegiatan satu Indikator kegiatan A unit 10 3 Tujuan Dinas A Indikator tujuan A "
             "% 100" in t, "the rows to be frozen: sasaran, indikator, satuan, target")
        k.ok("1 Program Dinas A 1.100 Jumlah 1.100" in t, "the program budget and its total")
        for kolom, nilai in (("pihak_pertama", "Ani"), ("jabatan_pertama", "Kepala Dinas A"),
                             ("nip_pertama", "19000101 200001 1 001"),
                             ("pihak_kedua", "Wali Kota Uji"), ("jabatan_kedua", "Wali Kota Uji"),
                             ("tempat", "Uji")):
            k.ok(re.search(r'name="%s"[^>]*value="%s"' % (kolom, re.escape(nilai)), isi.decode()),
                 "prefilled %s = %s" % (kolom, nilai))
        for nama in ("opA", "rev77"):
            st, _, _ = u[nama].req("GET", PK)
            k.ok(st == 403, "%s: the signing page 403 (%d)" % (nama, st))
        st, _, _ = u["ren77"].req("GET", "/pk?pemda=77&tahun=2021&opd=TIADA")
        k.ok(st == 404, "an unknown OPD: 404 (%d)" % st)

        # ---- refused: nothing stored ----
        def versi_ada():
            return [int(r[0]) for r in dbutil.sql(
                db, "SELECT versi FROM pk WHERE pemda = '77' AND opd = 'A' ORDER BY versi")]

        for nama in ("opA", "rev77"):
            st, _, isi = u[nama].form(PK, ISIAN)
            k.ok(st == 403, "%s: signing refused 403 (%d)" % (nama, st))
        st, _, _ = u["ren77"].form(PK, ISIAN, csrf=False)
        k.ok(st == 403, "planner without the CSRF token: 403 (%d)" % st)
        st, _, isi = u["ren77"].form(PK, dict(ISIAN, nip_pertama="19000101 200001 1 00"))
        k.ok(st == 400 and '<li><a href="#f-nip_pertama">NIP pihak pertama</a> (<code>nip_pertama'
             "</code>): NIP &#39;19000101 200001 1 00&#39; harus 18 angka" in isi.decode(),
             "a NIP of 17 digits: 400 naming the field (%d)" % st)
        k.ok('name="nip_pertama" id="f-nip_pertama" type="text" value="19000101 200001 1 00"'
             in isi.decode() and 'aria-describedby="g-nip_pertama"' in isi.decode(),
             "  the form keeps what was typed and marks the field")
        st, _, isi = u["ren77"].form(PK, dict(ISIAN, tanggal="2021-02-30"))
        k.ok(st == 400 and '<a href="#f-tanggal">tanggal</a> (<code>tanggal</code>): tanggal '
             "&#39;2021-02-30&#39; harus YYYY-MM-DD" in isi.decode(),
             "30 February: 400 naming tanggal (%d)" % st)
        st, _, isi = u["ren77"].form(PK, dict(ISIAN, pihak_pertama="A" * 201))
        k.ok(st == 400 and '<a href="#f-pihak_pertama">nama pihak pertama</a> (<code>pihak_pertama'
             "</code>): paling panjang 200 karakter (201)" in isi.decode(),
             "a name of 201 characters: 400 naming the field (%d)" % st)
        st, _, isi = u["ren77"].form(PK, dict(ISIAN, pihak_pertama=""))
        k.ok(st == 400 and "pihak_pertama" in teks(isi), "no name: 400 (%d)" % st)
        st, _, _ = u["ren77"].req("POST", PK, "csrf=%s&pihak_pertama=%%C3%%28" % u["ren77"].csrf,
                                  "application/x-www-form-urlencoded")
        k.ok(st == 400, "invalid UTF-8 in a field: 400 (%d)" % st)
        st, js = u["ren77"].json("/api/pk", dict(ISIAN, pemda="77", tahun=2021, opd="A",
                                                 nip_kedua="1234"))
        k.ok(st == 400 and js and js.get("kolom") == "nip_kedua", "API: bad NIP 400 with kolom nip_kedua (%d %s)" % (st, js))
        k.ok(versi_ada() == [1], "nothing stored by the refusals (%s)" % versi_ada())

        # ---- signing: versi 2, listed, its document the CLI's ----
        audit0 = int(dbutil.sql(db, "SELECT COUNT(*) FROM audit")[0][0])
        st, lok, _ = u["ren77"].form(PK, ISIAN)
        k.ok(st == 303 and lok == "/opd?pemda=77&tahun=2021&opd=A&pk=2#pk",
             "planner signs: 303 to the OPD page (%d %s)" % (st, lok))
        k.ok(versi_ada() == [1, 2], "versi 2 stored (%s)" % versi_ada())
        isi_db = dbutil.sql(db, "SELECT urutan, indikator, target, sasaran FROM pk_isi WHERE "
                                "pemda = '77' AND opd = 'A' AND versi = 2 ORDER BY urutan")
        k.ok([tuple(x) for x in isi_db] == [("1", "A.I1", "80", "A.S1"), ("2", "A.I2", "50", "A.S1"),
                                            ("3", "A.I3", "10", "A.P1.K1"), ("4", "A.I4", "100", "A.T1")],
             "  frozen like an imported version: A.I1 80, A.I2 50, A.I3 10, A.I4 100 (%s)" % isi_db)
        ang = dbutil.sql(db, "SELECT program, pagu FROM pk_anggaran WHERE pemda = '77' AND "
                             "opd = 'A' AND versi = 2")
        k.ok([tuple(x) for x in ang] == [("Program Dinas A", "1100")], "  with its program 1.100 (%s)" % ang)
        au = dbutil.sql(db, "SELECT pengguna, pemda, tabel FROM audit WHERE tabel = 'pk' "
                            "ORDER BY id DESC")
        k.ok(au and tuple(au[0]) == ("ren77", "77", "pk")
             and int(dbutil.sql(db, "SELECT COUNT(*) FROM audit")[0][0]) > audit0,
             "  audited by ren77 (%s)" % (au[:1],))
        st, _, isi = u["admin"].req("GET", "/audit?pemda=77&tabel=pk")
        k.ok(st == 200 and "<b>PK 2021 A versi 2</b>" in isi.decode(),
             "  named on the audit page as PK 2021 A versi 2")
        st, _, isi = u["ren77"].req("GET", "/opd?pemda=77&tahun=2021&opd=A&pk=2")
        h = isi.decode()
        k.ok('id="pk-ok"' in h and 'data-versi="2"' in h, "  listed on /opd with a confirmation")
        st, _, isi = u["ren77"].req("GET", "/opd?pemda=77&tahun=2021&opd=A&pk=9")
        k.ok(b'id="pk-ok"' not in isi, "  no confirmation for a version that does not exist")
        pdf_url = "/laporan?pemda=77&amp;tahun=2021&amp;dokumen=pk&amp;opd=A&amp;versi=2&amp;format=pdf"
        k.ok(pdf_url in h and pdf_url.replace("=pdf", "=html") in h, "  with links to its PDF and HTML")
        st, _, pdf2 = u["opA"].req("GET", pdf_url.replace("&amp;", "&"))
        k.ok(st == 200 and pdf2.startswith(b"%PDF-"), "the PDF downloads (the operator too) (%d)" % st)
        k.ok(pdf2 == cli_pk(db, tmp, 2, "pdf"), "  identical to `report --dokumen pk --versi 2`")
        st, _, html2 = u["ren77"].req("GET", pdf_url.replace("&amp;", "&").replace("=pdf", "=html"))
        k.ok(html2 == cli_pk(db, tmp, 2, "html"), "  the HTML too")
        t = teks(html2)
        k.ok("PERJANJIAN KINERJA PERUBAHAN TAHUN 2021" in t and "Nomor: 002/PK/A/2021" in t
             and "Balai Kota Uji, 1 Maret 2021" in t
             and "Pihak Pertama, Kepala Dinas A Ani NIP. 19000101 200001 1 001" in t,
             "  PK Perubahan with the number, place and date entered and the signatory")
        # pk.csv round trip: the export holds the place entered
        subprocess.run([k.KINERJA, "export", db, os.path.join(tmp, "ex")], check=True, capture_output=True)
        with open(os.path.join(tmp, "ex", "pk.csv"), encoding="utf-8") as f:
            baris = f.read().splitlines()
        k.ok(baris[0].startswith("pemda,tahun,opd,versi,nomor,tanggal,tempat,instansi,")
             and "77,2021,A,2,002/PK/A/2021,2021-03-01,Balai Kota Uji,Dinas A Kota Uji,Ani,"
             "Kepala Dinas A,19000101 200001 1 001,Wali Kota Uji,Wali Kota Uji," in baris,
             "  export writes it as a pk.csv row with its tempat and the organisation line "
             "frozen at signing")

        # ---- targets change; a second signing is versi 3; versi 2 keeps its bytes ----
        st, js = u["ren77"].json("/api/rencana", {"tabel": "target", "baris": {
            "pemda": "77", "indikator": "A.I1", "tahun": "2021", "target": "85"}})
        k.ok(st == 200, "a target changed after signing (%d %s)" % (st, js))
        st, _, isi = u["ren77"].req("GET", PK)
        k.ok('id="pk-versi">3<' in isi.decode() and "Indikator A satu % 85" in teks(isi),
             "the signing page now offers versi 3 with the new target 85")
        st, js = u["admin"].json("/api/pk", dict(ISIAN, pemda="77", tahun=2021, opd="A",
                                                 nomor="003/PK/A/2021", tanggal="2021-07-01"))
        k.ok(st == 201 and js and js.get("versi") == 3
             and js["dokumen"]["pdf"] == "/laporan?pemda=77&tahun=2021&dokumen=pk&opd=A&versi=3&format=pdf",
             "admin signs through the API: 201 versi 3 (%d %s)" % (st, js))
        st, _, pdf2b = u["ren77"].req("GET", pdf_url.replace("&amp;", "&"))
        k.ok(pdf2b == pdf2, "versi 2's PDF byte-identical after the change and versi 3")
        k.ok(cli_pk(db, tmp, 2, "html") == html2, "  and its HTML")
        t3 = teks(cli_pk(db, tmp, 3, "html"))
        k.ok("PERJANJIAN KINERJA PERUBAHAN KE-2 TAHUN 2021" in t3 and "Indikator A satu % 85" in t3,
             "versi 3 holds the target 85")

        # ---- the regional head's PK (no opd): the RPJMD sasaran indicators, every program ----
        KD = "/pk?pemda=77&tahun=2021"
        ISIAN_KD = {"nomor": "", "tanggal": "2021-03-05", "tempat": "Uji",
                    "pihak_pertama": "Wali Kota Uji", "jabatan_pertama": "Wali Kota Uji",
                    "nip_pertama": "", "pihak_kedua": "", "jabatan_kedua": "", "nip_kedua": ""}

        def versi_kd():
            return [int(r[0]) for r in dbutil.sql(
                db, "SELECT versi FROM pk WHERE pemda = '77' AND opd = '' ORDER BY versi")]

        st, _, isi = u["ren77"].req("GET", "/laporan?pemda=77&tahun=2021")
        k.ok(st == 200 and b'id="pk-tanda" href="/pk?pemda=77&amp;tahun=2021"' in isi,
             "planner: /laporan links to signing the regional head's PK (%d)" % st)
        st, _, isi = u["opA"].req("GET", "/laporan?pemda=77&tahun=2021")
        k.ok(st == 200 and b'id="pk-tanda"' not in isi, "operator: no such link (%d)" % st)
        st, _, isi = u["ren77"].req("GET", KD)
        h, t = isi.decode(), teks(isi)
        k.ok(st == 200 and "<h1>Perjanjian Kinerja Kepala Daerah Kota Uji · 2021" in h
             and 'id="pk-versi">2<' in h, "planner: /pk without opd offers the regional head's versi 2 (%d)" % st)
        # IS1 and IS2 serve the RPJMD sasaran S1, both 100 in 2021; the programs: Program
        # Lama 1.000 (anggaran.csv), Program Dinas A 300 + 200 + 500 + 100 = 1.100, Program
        # Dinas B 400; 1.000 + 1.100 + 400 = 2.500.
        k.ok("Indikator sasaran satu % 100 Indikator sasaran dua % 100" in t
             and "Indikator A satu" not in t, "  the rows to be frozen: the RPJMD indicators only")
        k.ok("1 Program Lama 1.000 2 Program Dinas A 1.100 3 Program Dinas B di bawah sasaran "
             "RPJMD 400 Jumlah 2.500" in t, "  every program, 2.500 in all")
        k.ok(re.search(r'name="pihak_pertama"[^>]*value="Wali Kota Uji"', h)
             and re.search(r'name="pihak_kedua"[^>]*value=""', h),
             "  prefilled with the head who signed versi 1, no pihak kedua")
        for nama in ("opA", "rev77"):
            st, _, _ = u[nama].req("GET", KD)
            k.ok(st == 403, "%s: 403 (%d)" % (nama, st))
        st, js = u["ren77"].json("/api/pk", dict(ISIAN_KD, pemda="77", tahun=2021))
        k.ok(st == 400 and "opd wajib" in (js or {}).get("galat", ""),
             "API without the opd member: 400, signs nothing (%d %s)" % (st, js))
        k.ok(versi_kd() == [1], "  nothing stored (%s)" % versi_kd())
        st, lok, _ = u["ren77"].form(KD, ISIAN_KD)
        k.ok(st == 303 and lok == "/laporan?pemda=77&tahun=2021&pk=2#pk",
             "planner signs the regional head's: 303 to /laporan (%d %s)" % (st, lok))
        k.ok(versi_kd() == [1, 2], "  versi 2 stored (%s)" % versi_kd())
        rows = dbutil.sql(db, "SELECT urutan, indikator, target, sasaran FROM pk_isi WHERE "
                              "pemda = '77' AND opd = '' AND versi = 2 ORDER BY urutan")
        k.ok([tuple(x) for x in rows] == [("1", "IS1", "100", "S1"), ("2", "IS2", "100", "S1")],
             "  frozen: IS1 100, IS2 100 under S1 (%s)" % rows)
        ang = dbutil.sql(db, "SELECT program, pagu FROM pk_anggaran WHERE pemda = '77' AND "
                             "opd = '' AND versi = 2 ORDER BY urutan")
        k.ok([tuple(x) for x in ang] == [("Program Lama", "1000"), ("Program Dinas A", "1100"),
                                         ("Program Dinas B di bawah sasaran RPJMD", "400")],
             "  with its three programs (%s)" % ang)
        st, _, isi = u["ren77"].req("GET", "/laporan?pemda=77&tahun=2021&pk=2")
        k.ok(b'id="pk-ok"' in isi, "  /laporan confirms it")
        st, _, kd_html = u["ren77"].req("GET", "/laporan?pemda=77&tahun=2021&dokumen=pk&versi=2&format=html")
        k.ok(st == 200 and kd_html == cli_pk(db, tmp, 2, "html", None),
             "  its document is `report --dokumen pk --versi 2` (no --opd) byte for byte")
        t = teks(kd_html)
        k.ok("PERJANJIAN KINERJA PERUBAHAN TAHUN 2021" in t and "Uji, 5 Maret 2021" in t
             and "Pihak Pertama" not in t, "  one signatory, the place and date entered")
        k.ok([tuple(x) for x in dbutil.sql(db, "SELECT instansi FROM pk WHERE pemda = '77' AND "
                                               "opd = '' AND versi = 2")] == [("Pemerintah Kota Uji",)],
             "  the form gives no organisation line: the pemda's name of now frozen")
        st, js = u["admin"].json("/api/pk", dict(ISIAN_KD, pemda="77", tahun=2021, opd="",
                                                 instansi="Pemerintah Daerah Kota Uji"))
        k.ok(st == 201 and js and js.get("versi") == 3 and js.get("opd") == ""
             and js["dokumen"]["pdf"] == "/laporan?pemda=77&tahun=2021&dokumen=pk&versi=3&format=pdf",
             "API with \"opd\": \"\": the regional head's versi 3 (%d %s)" % (st, js))
        k.ok("TAHUN 2021 Pemerintah Daerah Kota Uji Dalam rangka" in teks(cli_pk(db, tmp, 3, "html", None)),
             "  its document prints the organisation line the API gave (\"instansi\")")
        k.ok(versi_ada() == [1, 2, 3], "  the OPD's versions untouched (%s)" % versi_ada())

        # ---- a locked year: 409, the form disabled ----
        r = subprocess.run([k.KINERJA, "lock", db, "--pemda", "77", "--tahun", "2021"],
                           capture_output=True, text=True)
        k.ok(r.returncode == 0, "lock 77 2021 (%s)" % r.stderr.strip())
        st, _, isi = u["ren77"].form(PK, ISIAN)
        k.ok(st == 409 and "dikunci" in teks(isi), "signing a locked year: 409 naming the lock (%d)" % st)
        st, js = u["ren77"].json("/api/pk", dict(ISIAN, pemda="77", tahun=2021, opd="A"))
        k.ok(st == 409 and "dikunci" in (js or {}).get("galat", ""), "  through the API too (%d)" % st)
        st, _, isi = u["ren77"].req("GET", PK)
        k.ok(st == 200 and 'id="kunci"' in isi.decode()
             and re.search(rb'<button type="submit" disabled>Tandatangani', isi),
             "  the page says so and its button is disabled")
        k.ok(versi_ada() == [1, 2, 3], "nothing stored while locked (%s)" % versi_ada())
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
