#!/usr/bin/env python3
"""The year's controls (siklus.md, issue 12) through a real server, as an operator, a
planner, a reviewer and an admin: the RPJMD period, fill windows (409 naming the window),
one pending submission per cell, locks (every write path refused with a message naming the
lock: PUT /api/realisasi, verification, import; unlock needs a reason; both audited) and the
`kunci` field of /api/capaian. Prints TAP."""
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
SANDI = "rahasia-siklus-1"


def masuk(port, nama, sandi):
    st, h, isi = k.minta(port, "POST", "/api/masuk",
                         json.dumps({"nama": nama, "kata_sandi": sandi}).encode(),
                         {"Content-Type": "application/json"})
    m = re.match(r"(kinerja_sesi=[0-9a-f]+)", h.get("set-cookie", ""))
    if st != 200 or not m:
        return None
    return {"Cookie": m.group(1), "X-CSRF-Token": json.loads(isi)["csrf"],
            "Content-Type": "application/json"}


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-siklus-")
    db = dbutil.newdb("siklus", tmp)
    srv = None
    try:
        subprocess.run([k.KINERJA, "init", db], check=True, capture_output=True)
        subprocess.run([k.KINERJA, "import", db, os.path.join(HERE, "data")], check=True,
                       capture_output=True)
        for nama, peran, opd in (("admin", "admin", None), ("rencana1", "perencana", None), ("op1", "operator", "DISDIK"),
                                 ("reviu1", "reviewer", None)):
            arg = [k.KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
            if opd:
                arg += ["--opd", opd, "--pemda", "99.01"]
            subprocess.run(arg, input=SANDI + "\n", text=True, check=True, capture_output=True)
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens")
        if port is None:
            return
        admin = masuk(port, "admin", SANDI)
        pr, op, rv = (masuk(port, n, SANDI) for n in ("rencana1", "op1", "reviu1"))
        k.ok(all((admin, pr, op, rv)), "admin, perencana, operator and reviewer log in")

        def minta(siapa, method, path, isi=None):
            body = json.dumps(isi).encode() if isi is not None else b""
            st, _, jawab = k.minta(port, method, path, body, siapa)
            try:
                return st, json.loads(jawab)
            except ValueError:
                return st, {}

        def isi(siapa, nilai, tahun=2020, triwulan=0, kode="RLS"):
            return minta(siapa, "PUT", "/api/realisasi",
                         {"pemda": "99.01", "indikator": kode, "tahun": tahun,
                          "triwulan": triwulan, "realisasi": nilai})

        # RPJMD period 2019-2023: refused for everyone.
        st, j = isi(admin, "8,5", tahun=2030)
        k.ok(st == 400 and "periode RPJMD 2019-2023" in j.get("galat", ""),
             "a year outside the RPJMD period: 400 for an admin (%d %s)" % (st, j))
        st, j = isi(op, "8,5", tahun=2018)
        k.ok(st == 400, "a year outside the RPJMD period: 400 for an operator (%d)" % st)

        # One pending submission per cell.
        st1, j1 = isi(op, "8,5")
        st2, j2 = isi(op, "8,6")
        k.ok(st1 == 202 and st2 == 202, "operator submits twice (%d %d)" % (st1, st2))
        st, j = minta(pr, "GET", "/api/realisasi/usulan?pemda=99.01&status=diajukan")
        sel = [u for u in j.get("usulan", []) if u["indikator"] == "RLS" and u["tahun"] == 2020]
        k.ok(len(sel) == 1 and sel[0]["id"] == j2.get("id") and sel[0]["realisasi"] == "8,6",
             "one pending submission per cell: the newer replaced the earlier (%s %s %s)" % (sel, j, j2))
        st, j = minta(admin, "GET", "/api/audit?pemda=99.01")
        teks = json.dumps(j)
        k.ok("diganti usulan #%s" % j2.get("id") in teks,
             "the replaced submission is kept in the audit")

        # Fill windows: planners set them, operators are bound to them.
        st, _ = minta(op, "PUT", "/api/jadwal", {"pemda": "99.01", "tahun": 2021, "triwulan": 0,
                                                 "buka": "2021-07-01 08:00",
                                                 "tutup": "2021-07-15 23:59"})
        k.ok(st == 403, "an operator may not set a window (%d)" % st)
        st, j = minta(pr, "PUT", "/api/jadwal", {"pemda": "99.01", "tahun": 2021, "triwulan": 0,
                                                 "buka": "2021-07-15 08:00",
                                                 "tutup": "2021-07-01 23:59"})
        k.ok(st == 400, "a window closing before it opens: 400 (%d %s)" % (st, j))
        st, _ = minta(pr, "PUT", "/api/jadwal", {"pemda": "99.01", "tahun": 2021, "triwulan": 2,
                                                 "buka": "2021-07-01 08:00",
                                                 "tutup": "2021-07-15 23:59"})
        k.ok(st == 200, "a planner sets a closed window for triwulan 2 2021 (%d)" % st)
        st, _ = minta(pr, "PUT", "/api/jadwal", {"pemda": "99.01", "tahun": 2021, "triwulan": 1,
                                                 "buka": "2000-01-01 00:00",
                                                 "tutup": "2099-12-31 23:59"})
        k.ok(st == 200, "and an open one for triwulan 1 2021 (%d)" % st)
        st, j = isi(op, "8,5", tahun=2021, triwulan=2)
        k.ok(st == 409 and j.get("galat") ==
             "jendela pengisian triwulan 2 2021 ditutup 15 Jul 2021 23.59 WIB",
             "operator outside the window: 409 naming it (%d %s)" % (st, j))
        st, j = isi(op, "8,5", tahun=2021, triwulan=3)
        k.ok(st == 409 and "triwulan 3 2021" in j.get("galat", ""),
             "operator in a quarter without a window: 409 (%d %s)" % (st, j))
        st, j = isi(op, "8,5", tahun=2021, triwulan=1)
        k.ok(st == 202, "operator inside the open window: 202 (%d %s)" % (st, j))
        st, j = isi(pr, "8,5", tahun=2021, triwulan=2)
        k.ok(st == 200, "a planner is not bound to windows (%d %s)" % (st, j))
        st, j = minta(op, "GET", "/api/jadwal?pemda=99.01")
        k.ok(st == 200 and j.get("terbuka", {}) and j["terbuka"]["triwulan"] == 1 and
             j["terbuka"]["tutup_teks"] == "31 Des 2099 23.59 WIB" and len(j["jadwal"]) == 2,
             "GET /api/jadwal: the windows and the one open now (%s)" % j)

        # Locks: only an admin.
        for nama, siapa in (("operator", op), ("perencana", pr), ("reviewer", rv)):
            st, _ = minta(siapa, "POST", "/api/kunci", {"pemda": "99.01", "tahun": 2020})
            k.ok(st == 403, "%s may not lock (%d)" % (nama, st))
        st, j = minta(admin, "POST", "/api/kunci", {"pemda": "99.01", "tahun": 2020})
        k.ok(st == 200, "an admin locks 99.01 2020 (%d %s)" % (st, j))
        st, j = minta(admin, "POST", "/api/kunci", {"pemda": "99.01", "tahun": 2020})
        k.ok(st == 409, "locking again: 409 (%d)" % st)
        pola = r"^Data 99\.01 tahun 2020 dikunci per \d+ \w+ \d{4} \d\d\.\d\d WIB oleh admin$"
        for nama, siapa in (("admin", admin), ("perencana", pr), ("operator", op)):
            st, j = isi(siapa, "8,7")
            k.ok(st == 409 and re.match(pola, j.get("galat", "")),
                 "PUT /api/realisasi of a locked year by the %s: 409 naming the lock (%d %s)"
                 % (nama, st, j))
        st, j = minta(pr, "POST", "/api/realisasi/verifikasi", {"id": j2.get("id"), "setuju": True})
        k.ok(st == 409 and re.match(pola, j.get("galat", "")),
             "verifying an older submission of a locked year: 409 (%d %s)" % (st, j))
        import urllib.parse

        def form(siapa, path, isi):
            isi = dict(isi, csrf=siapa["X-CSRF-Token"])
            h = {"Cookie": siapa["Cookie"], "Content-Type": "application/x-www-form-urlencoded"}
            st, hd, jawab = k.minta(port, "POST", path, urllib.parse.urlencode(isi).encode(), h)
            return st, hd, jawab.decode("utf-8", "replace")
        st, _, html = form(op, "/realisasi", {"pemda": "99.01", "tahun": "2020",
                                             "triwulan": "0", "n_RLS": "8,7"})
        k.ok(st == 409 and re.search(r"Data 99\.01 tahun 2020 dikunci per", html),
             "the realisasi page form of a locked year: 409 naming the lock (%d)" % st)
        st, _, html = form(pr, "/realisasi", {"pemda": "99.01", "tahun": "2020",
                                             "triwulan": "0", "n_RLS": "8,7"})
        k.ok(st == 409, "also for a planner (%d)" % st)
        st, _, html = form(pr, "/kunci/buka", {"pemda": "99.01", "tahun": "2020",
                                              "alasan": "x"})
        k.ok(st == 403, "the page's unlock form refuses a planner (%d)" % st)
        st, hd, html = k.minta(port, "GET", "/jadwal?pemda=99.01&tahun=2020",
                               headers={"Cookie": pr["Cookie"]})
        html = html.decode("utf-8", "replace")
        k.ok(st == 200 and "Jendela pengisian triwulan 1 2021 terbuka sampai 31 Des 2099 23.59 WIB"
             in html and re.search(r"Data dikunci per .* WIB oleh admin", html) and
             "15 Jul 2021 23.59 WIB" in html,
             "the jadwal page shows the open window, the windows and the lock (%d)" % st)
        st, hd, html = k.minta(port, "GET", "/rencana-aksi?pemda=99.01&tahun=2021",
                               headers={"Cookie": rv["Cookie"]})
        html = html.decode("utf-8", "replace")
        # RLS 2021 Q2: 8,50 written by the planner, no Q2 target: 8,50 / 8,70 x 100 = 97,70.
        # The cell: capaian, then realisasi / target (the year's: no <sup>TW</sup>).
        k.ok(st == 200 and "<b>97,70</b> %<br><small>8,50 / 8,70</small>" in html and
             "&#9660; belum" in html,
             "the rencana aksi page: Q2 against the year's target, behind (%d)" % st)
        st, _, html = form(op, "/jadwal", {"pemda": "99.01", "tahun": "2022", "triwulan": "1",
                                          "buka": "2022-04-01 08:00", "tutup": "2022-04-15 23:59"})
        k.ok(st == 403, "an operator may not set a window on the page (%d)" % st)
        st, hd, html = form(pr, "/jadwal", {"pemda": "99.01", "tahun": "2022", "triwulan": "1",
                                           "buka": "2022-04-01 08:00", "tutup": "2022-04-15 23:59"})
        k.ok(st == 303, "a planner sets a window on the page (%d)" % st)
        st, j = minta(pr, "PUT", "/api/jadwal", {"pemda": "99.01", "tahun": 2020, "triwulan": 1,
                                                 "buka": "2020-01-01 00:00",
                                                 "tutup": "2020-03-31 23:59"})
        k.ok(st == 409, "a window of a locked year: 409 (%d)" % st)
        st, j = isi(admin, "8,7", tahun=2021)
        k.ok(st == 200, "another year stays open (%d %s)" % (st, j))
        st, j = minta(rv, "GET", "/api/capaian?pemda=99.01&tahun=2020")
        k.ok(st == 200 and re.match(r"^Data dikunci per .* WIB oleh admin$", j.get("kunci") or ""),
             "/api/capaian of a locked year says so (%s)" % j.get("kunci"))
        st, j = minta(rv, "GET", "/api/capaian?pemda=99.01&tahun=2021")
        k.ok(st == 200 and "kunci" in j and j["kunci"] is None, "and null when not locked")
        r = subprocess.run([k.KINERJA, "import", db, os.path.join(HERE, "data")],
                           capture_output=True, text=True)
        k.ok(r.returncode == 1 and re.search(r"target\.csv baris \d+ kolom tahun: Data 99\.01 "
                                             r"tahun 2020 dikunci per", r.stderr),
             "an import holding a row of the locked year is refused with file and row")
        st, j = minta(admin, "POST", "/api/kunci/buka", {"pemda": "99.01", "tahun": 2020})
        k.ok(st == 400, "unlock without a reason: 400 (%d)" % st)
        st, j = minta(pr, "POST", "/api/kunci/buka", {"pemda": "99.01", "tahun": 2020,
                                                     "alasan": "koreksi"})
        k.ok(st == 403, "a planner may not unlock (%d)" % st)
        st, j = minta(admin, "POST", "/api/kunci/buka", {"pemda": "99.01", "tahun": 2020,
                                                        "alasan": "koreksi temuan BPK"})
        k.ok(st == 200, "an admin unlocks with a reason (%d %s)" % (st, j))
        st, j = minta(admin, "GET", "/api/audit?pemda=99.01")
        teks = json.dumps(j)
        k.ok('"dikunci"' in teks and "dibuka: koreksi temuan BPK" in teks,
             "lock and unlock are audited (%s)" % [x for x in j.get("audit", j) if "kunci" in json.dumps(x)][:3] if isinstance(j, dict) else j)
        st, j = minta(pr, "POST", "/api/realisasi/verifikasi", {"id": j2.get("id"), "setuju": True})
        k.ok(st == 200, "after unlocking the submission is verified (%d %s)" % (st, j))
        # The audit page names the windows and the submissions readably.
        st, _, html = k.minta(port, "GET", "/audit?pemda=99.01", headers={"Cookie": admin["Cookie"]})
        html = html.decode("utf-8", "replace")
        kunci = re.findall(r'<td data-label="Perubahan"><b>([^<]*)</b>', html)
        k.ok(any(re.match(r"^Jadwal 2021 triwulan I$", x) for x in kunci) and
             any(re.match(r"^Usulan realisasi RLS 2021 triwulan I #\d+$", x) for x in kunci) and
             not any(x.startswith(("Jadwal 99", "Realisasi_usulan")) for x in kunci),
             "the audit names windows and submissions readably (%s)" % sorted(set(kunci))[:12])
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
