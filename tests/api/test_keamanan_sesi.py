#!/usr/bin/env python3
"""Security probes of `kinerja serve` (issue 8, items 5 and 6): an admin's power bounded by
its scope, one set of checks for users on the web and the command line, every list filtered
by the caller's scope, operators tied to a pemda, login timing independent of the name,
throttling per name and per (address, name) with a backoff, a new login ending the
browser's previous session, and the throttle failing closed on a write-locked database.
Starts the server as test_web_api.py does (random port, fixture data in tests/api/data,
plus a second pemda 99.02 sharing the OPD code DISDIK). Prints TAP."""
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import test_web_api as t  # noqa: E402  (the Klien and ok of the main API test)
import dbutil  # noqa: E402  (a database on the engine of the run)

KINERJA = t.KINERJA
ok = t.ok
Klien = t.Klien

PEMDA2 = {
    "pemda.csv": "kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n"
                 "99.02,Kabupaten Contoh,kabupaten,,2019,2023,rasio\n",
    "opd.csv": "pemda,kode,nama\n99.02,DISDIK,Dinas Pendidikan\n",
    "rencana.csv": "pemda,jenis,kode,induk,uraian\n99.02,visi,V,,Visi\n99.02,misi,M1,V,Misi\n"
                   "99.02,tujuan,T1,M1,Tujuan\n99.02,sasaran,S1,T1,Sasaran\n",
    "indikator.csv": "pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir,"
                     "rumus_turun,agregasi\n"
                     "99.02,RLS,S1,Rata-rata Lama Sekolah,Tahun,naik,,DISDIK,\"8,00\",\"9,00\",,\n",
}


def user_add(db, nama, peran, sandi, opd=None, pemda=None):
    args = [KINERJA, "user", "add", db, "--nama", nama, "--peran", peran]
    if opd:
        args += ["--opd", opd]
    if pemda:
        args += ["--pemda", pemda]
    return subprocess.run(args, input=(sandi + "\n").encode(), capture_output=True)


def cli_pesan(r):
    """The one line of a refused command, without the program's prefix."""
    return r.stderr.decode().strip().replace("kinerja: ", "", 1)


def lambat(port, method, path, body, cookie=None, csrf=None):
    """A request allowed to wait for the database's busy timeout (5 s per write)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=40)
    h = {"Content-Type": "application/json"}
    if cookie:
        h["Cookie"] = cookie
    if csrf:
        h["X-CSRF-Token"] = csrf
    try:
        c.request(method, path, body=json.dumps(body), headers=h)
        r = c.getresponse()
        teks = r.read().decode("utf-8", "replace")
        return r.status, teks
    except OSError as e:
        return -1, str(e)
    finally:
        c.close()


def masuk_dari(port, sumber, nama, sandi):
    """Logs in from loopback address `sumber` (127.0.0.0/8 all reach the server)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(sumber, 0))
    try:
        c.request("POST", "/api/masuk", body=json.dumps({"nama": nama, "kata_sandi": sandi}),
                  headers={"Content-Type": "application/json"})
        r = c.getresponse()
        r.read()
        return r.status
    except OSError:
        return -1
    finally:
        c.close()


def waktu_masuk(port, nama, sandi):
    k = Klien(port)
    t0 = time.perf_counter()
    st, _ = k.masuk(nama, sandi)
    return time.perf_counter() - t0, st


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-keamanan-")
    db = dbutil.newdb("sesi", tmp)
    srv = None
    log = []
    try:
        subprocess.run([KINERJA, "init", db], check=True, capture_output=True)
        subprocess.run([KINERJA, "import", db, os.path.join(HERE, "data")], check=True,
                       capture_output=True)
        dua = os.path.join(tmp, "pemda2")
        os.mkdir(dua)
        for nama, isi in PEMDA2.items():
            with open(os.path.join(dua, nama), "w") as f:
                f.write(isi)
        r = subprocess.run([KINERJA, "import", db, dua], capture_output=True)
        ok(r.returncode == 0, "second pemda 99.02 imported %s" % r.stderr.decode()[:200])

        # ---- the command line: one set of checks ----
        pengguna = [("admin", "admin", None, None), ("adm99", "admin", None, "99.01"), ("rev99", "reviewer", None, "99.01"),
                    ("ren1", "perencana", None, None), ("op1", "operator", "DISDIK", "99.01"),
                    ("op2", "operator", "DISDIK", "99.02"), ("pim1", "pimpinan", None, None),
                    ("pim99", "pimpinan", None, "99.01"), ("glob", "pimpinan", None, None)]
        for i in range(3):
            pengguna.append(("waktu%d" % i, "pimpinan", None, None))
        pengguna += [("mati", "pimpinan", None, None), ("jauh", "pimpinan", None, None),
                     ("ganda", "pimpinan", None, None)]
        for nama, peran, opd, pemda in pengguna:
            r = user_add(db, nama, peran, "sandi-" + nama, opd, pemda)
            ok(r.returncode == 0, "user add %s (%s) %s" % (nama, peran, r.stderr.decode()[:100]))
        r_opd = user_add(db, "x1", "pimpinan", "sandi-x1-12", "TIDAKADA", "99.01")
        ok(r_opd.returncode == 1 and "TIDAKADA" in cli_pesan(r_opd),
           "CLI: an OPD the pemda lacks: exit 1 (%s)" % cli_pesan(r_opd))
        r_pemda = user_add(db, "x2", "pimpinan", "sandi-x2-12", None, "00.00")
        ok(r_pemda.returncode == 1 and "00.00" in cli_pesan(r_pemda),
           "CLI: an unknown pemda: exit 1 (%s)" % cli_pesan(r_pemda))
        r_op = user_add(db, "x3", "operator", "sandi-x3-12", "DISDIK", None)
        ok(r_op.returncode == 1 and "pemda" in cli_pesan(r_op),
           "CLI: an operator whose OPD code is in two pemda needs --pemda: exit 1 (%s)"
           % cli_pesan(r_op))
        r_op0 = user_add(db, "x4", "operator", "sandi-x4-12", None, "99.01")
        ok(r_op0.returncode in (1, 2) and "OPD" in cli_pesan(r_op0).upper(),
           "CLI: an operator without OPD refused (%s)" % cli_pesan(r_op0))

        srv = subprocess.Popen([KINERJA, "serve", db, "--listen", "127.0.0.1:0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        port = None
        t0 = time.time()
        while time.time() - t0 < 10:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", srv.stdout.readline().decode())
            if m:
                port = int(m.group(1))
                break
        threading.Thread(target=lambda: log.extend(srv.stdout.read().decode(
            "utf-8", "replace").splitlines()), daemon=True).start()
        ok(port is not None, "server listens on a random loopback port")
        if port is None:
            return

        k = {}
        for nama, sandi in [(p[0], "sandi-" + p[0]) for p in pengguna
                            if not p[0].startswith("waktu")]:
            k[nama] = Klien(port)
            st, _ = k[nama].masuk(nama, sandi)
            ok(st == 200, "login %s" % nama)

        # ---- the web: the same checks and messages as the command line ----
        st, js, _, _ = k["admin"].req("POST", "/api/pengguna",
                                      {"nama": "x1", "peran": "pimpinan", "opd": "TIDAKADA",
                                       "pemda": "99.01", "kata_sandi": "sandi-x1-12"})
        ok(st == 400 and js and js.get("galat") == cli_pesan(r_opd),
           "web: an OPD the pemda lacks: 400 with the CLI's message (%d %s)" % (st, js))
        st, js, _, _ = k["admin"].req("POST", "/api/pengguna",
                                      {"nama": "x2", "peran": "pimpinan", "pemda": "00.00",
                                       "kata_sandi": "sandi-x2-12"})
        ok(st == 400 and js and js.get("galat") == cli_pesan(r_pemda),
           "web: an unknown pemda: 400 with the CLI's message (%d %s)" % (st, js))
        st, js, _, _ = k["admin"].req("POST", "/api/pengguna",
                                      {"nama": "x3", "peran": "operator", "opd": "DISDIK",
                                       "kata_sandi": "sandi-x3-12"})
        ok(st == 400 and js and js.get("galat") == cli_pesan(r_op),
           "web: an operator without pemda (OPD in two pemda) refused: %d %s" % (st, js))
        st, js, _, _ = k["admin"].req("POST", "/api/pengguna",
                                      {"nama": "x5", "peran": "operator", "opd": "DINSOS",
                                       "kata_sandi": "sandi-x5-12"})
        _, daftar, _, _ = k["admin"].req("GET", "/api/pengguna")
        x5 = [u for u in (daftar or {}).get("pengguna", []) if u["nama"] == "x5"]
        ok(st == 201 and x5 and x5[0]["pemda"] == "99.01",
           "web: an operator's pemda follows from its OPD when only one pemda has it (%s)" % x5)

        # ---- a scoped admin stays in its pemda ----
        a99 = k["adm99"]
        st, js, _, _ = a99.req("POST", "/api/pengguna", {"nama": "raja", "peran": "admin",
                                                         "kata_sandi": "sandi-raja-12"})
        ok(st == 403, "scoped admin creating a global admin: 403 (%d %s)" % (st, js))
        st, js, _, _ = a99.req("POST", "/api/pengguna", {"nama": "raja2", "peran": "admin",
                                                         "pemda": "99.02",
                                                         "kata_sandi": "sandi-raja-12"})
        ok(st == 403, "scoped admin creating an admin of another pemda: 403 (%d)" % st)
        ok(Klien(port).masuk("raja", "sandi-raja-12")[0] == 401 and
           Klien(port).masuk("raja2", "sandi-raja-12")[0] == 401, "neither was created")
        st, js, _, _ = a99.req("POST", "/api/pengguna", {"nama": "pim99b", "peran": "pimpinan",
                                                         "pemda": "99.01",
                                                         "kata_sandi": "sandi-pim99b"})
        ok(st == 201, "scoped admin creates a user of its pemda (%d %s)" % (st, js))
        for nama in ("admin", "pim1", "op2"):
            st, _, _, _ = a99.req("POST", "/api/pengguna/kata-sandi",
                                  {"nama": nama, "baru": "dibajak-12345"})
            ok(st == 403, "scoped admin resetting %s's password: 403 (%d)" % (nama, st))
            st, _, _, _ = a99.req("POST", "/api/pengguna/status", {"nama": nama, "aktif": False})
            ok(st == 403, "scoped admin deactivating %s: 403 (%d)" % (nama, st))
        ok(t.Klien(port).masuk("pim1", "sandi-pim1")[0] == 200 and
           k["op2"].req("GET", "/api/pemda")[0] == 200, "the users outside the scope untouched")
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        st, _, _, _ = a99.req("POST", "/pengguna/status",
                              raw="nama=pim1&aktif=0&csrf=" + a99.csrf, headers=form)
        st2, _, _, _ = a99.req("POST", "/pengguna",
                               raw="nama=raja3&peran=admin&pemda=&kata_sandi=sandi-raja-12"
                               "&csrf=" + a99.csrf, headers=form)
        ok(st == 403 and st2 == 403, "the user page refuses the same (%d, %d)" % (st, st2))
        st, _, _, _ = a99.req("POST", "/api/pengguna/kata-sandi",
                              {"nama": "pim99b", "baru": "direset-12345"})
        ok(st == 200, "scoped admin resets a user of its pemda (%d)" % st)
        st, js, _, _ = a99.req("GET", "/api/pengguna")
        nama = sorted(u["nama"] for u in (js or {}).get("pengguna", []))
        ok(st == 200 and "adm99" in nama and "op1" in nama and
           all(u["pemda"] == "99.01" for u in js["pengguna"]),
           "scoped admin lists only its pemda's users (%s)" % nama)
        st, _, teks, _ = a99.req("GET", "/pengguna")
        ok(st == 200 and "op1" in teks and ">op2<" not in teks and ">pim1<" not in teks,
           "the user page lists only its pemda's users")

        # ---- every list filtered by the caller's scope ----
        st, _, _, _ = k["admin"].req("PUT", "/api/realisasi",
                                     {"pemda": "99.02", "indikator": "RLS", "tahun": 2020,
                                      "realisasi": "8,5"})
        ok(st == 200, "global admin writes a 99.02 realisasi (%d)" % st)
        st, js, _, _ = k["admin"].req("GET", "/api/audit")
        ok(st == 200 and any(a["pemda"] == "99.02" for a in js["audit"]),
           "global admin's audit holds 99.02 rows")
        st, js, _, _ = k["rev99"].req("GET", "/api/audit")
        ok(st == 200 and js["audit"] and all(a["pemda"] == "99.01" for a in js["audit"]),
           "scoped reviewer's /api/audit without ?pemda: only its pemda (%s)" %
           sorted(set(str(a["pemda"]) for a in (js or {}).get("audit", []))))
        st, _, _, _ = k["rev99"].req("GET", "/api/audit?pemda=99.02")
        ok(st == 403, "scoped reviewer's /api/audit?pemda=99.02: 403")
        st, js, _, _ = a99.req("GET", "/api/audit")
        ok(st == 200 and all(a["pemda"] == "99.01" for a in js["audit"]),
           "scoped admin's /api/audit: only its pemda")
        st, js, _, _ = k["rev99"].req("GET", "/api/pemda")
        ok(st == 200 and js["pemda"] == ["99.01"], "scoped /api/pemda: only its pemda (%s)" % js)
        st, js, _, _ = k["admin"].req("GET", "/api/pemda")
        ok(st == 200 and js["pemda"] == ["99.01", "99.02"], "global /api/pemda: both")
        st, js, _, _ = k["op1"].req("PUT", "/api/realisasi",
                                    {"pemda": "99.01", "indikator": "RLS", "tahun": 2020,
                                     "realisasi": "8,7"})
        ok(st == 202, "op1 submits for its pemda (%d)" % st)
        st, js, _, _ = k["rev99"].req("GET", "/api/realisasi/usulan")
        ok(st == 200 and js["usulan"] and all(u["pemda"] == "99.01" for u in js["usulan"]),
           "scoped /api/realisasi/usulan without ?pemda: its pemda (%d)" % st)
        st, _, _, _ = k["rev99"].req("GET", "/api/realisasi/usulan?pemda=99.02")
        ok(st == 403, "scoped /api/realisasi/usulan?pemda=99.02: 403")
        st, _, teks, _ = k["rev99"].req("GET", "/audit")
        ok(st == 200 and "99.02" not in teks, "scoped audit page: only its pemda")
        st, _, teks, _ = k["admin"].req("GET", "/dasbor")
        ok(st == 200 and '<option value="99.02"' in teks,
           "global dashboard without ?pemda: the first pemda, both offered (%d)" % st)
        st, _, teks, _ = k["rev99"].req("GET", "/dasbor")
        ok(st == 200 and "99.02" not in teks, "scoped dashboard: only its pemda offered")

        # ---- an operator is tied to its pemda ----
        st, _, _, _ = k["op1"].req("PUT", "/api/realisasi",
                                   {"pemda": "99.02", "indikator": "RLS", "tahun": 2020,
                                    "realisasi": "8,7"})
        ok(st == 403, "op1 (99.01) submitting for 99.02: 403")
        # An operator stored without pemda (made before this rule) may submit nowhere.
        dbutil.sql(db, "INSERT INTO pengguna(nama, peran, opd, pemda, hash, dibuat) "
                       "SELECT 'lama', 'operator', 'DISDIK', NULL, hash, '2020-01-01T00:00:00Z' "
                       "FROM pengguna WHERE nama = 'op1'")
        kl = Klien(port)
        st, _ = kl.masuk("lama", "sandi-op1")
        ok(st == 200, "an operator without pemda logs in")
        for pemda in ("99.01", "99.02"):
            st, js, _, _ = kl.req("PUT", "/api/realisasi",
                                  {"pemda": pemda, "indikator": "RLS", "tahun": 2021,
                                   "realisasi": "8,1"})
            ok(st == 403, "an operator without pemda cannot submit for %s (%d)" % (pemda, st))

        # ---- login time does not tell which names exist ----
        tahu, tidak, mati = [], [], []
        k["admin"].req("POST", "/api/pengguna/status", {"nama": "mati", "aktif": False})
        for i in range(3):
            for j in range(3):
                d, st = waktu_masuk(port, "waktu%d" % j, "salah-%d" % i)
                tahu.append(d)
                d2, st2 = waktu_masuk(port, "tiada-" + uuid.uuid4().hex[:12], "salah")
                tidak.append(d2)
            d3, st3 = waktu_masuk(port, "mati", "sandi-mati")
            mati.append(d3)
        mt, mu, mm = statistics.median(tahu), statistics.median(tidak), statistics.median(mati)
        ok(mu > 0.4 * mt and mt > 0.4 * mu,
           "unknown name %.1f ms vs wrong password %.1f ms: within a factor 2.5" %
           (mu * 1000, mt * 1000))
        ok(mm > 0.4 * mt and mt > 0.4 * mm,
           "inactive user %.1f ms vs wrong password %.1f ms: within a factor 2.5" %
           (mm * 1000, mt * 1000))

        # ---- throttling: per name and per (address, name), with a backoff ----
        for i in range(11):  # 55 failures from this address over 11 names
            for _ in range(5):
                Klien(port).masuk("coba%d" % i, "salah")
        # The last name tried: its 30 s backoff has not run out while the 55 logins ran on a
        # loaded machine (coba0's could have).
        st, js, teks, resp = Klien(port).req("POST", "/api/masuk",
                                             {"nama": "coba10", "kata_sandi": "salah"})
        ok(st == 429 and js and (js.get("coba_lagi") or 0) > 0,
           "a name with 5 failures from this address: 429 with coba_lagi (%d %s)" % (st, teks))
        ra = resp.getheader("Retry-After")
        ok(ra is not None and ra.isdigit() and int(ra) == js.get("coba_lagi"),
           "the 429 says when to try again in Retry-After too (%r)" % ra)
        # A login needs a JSON body: a cross-site text/plain form cannot log a victim
        # into the attacker's account (login CSRF).
        st, js, teks, _ = Klien(port).req("POST", "/api/masuk", raw=json.dumps(
            {"nama": "glob", "kata_sandi": "sandi-glob"}), headers={"Content-Type": "text/plain"})
        ok(st == 415, "a login sent as text/plain is refused with 415 (%d)" % st)
        for _ in range(6):
            Klien(port).masuk("pim99", "salah")
        st, _ = Klien(port).masuk("pim99", "sandi-pim99")
        ok(st == 429, "the right password during the backoff: 429")
        st, _ = Klien(port).masuk("glob", "sandi-glob")
        ok(st == 200, "other names from the same address still log in (%d)" % st)
        for _ in range(5):
            masuk_dari(port, "127.0.0.2", "jauh", "salah")
        st = masuk_dari(port, "127.0.0.2", "jauh", "sandi-jauh")
        ok(st == 429, "5 failures of a name from 127.0.0.2: that pair waits (%d)" % st)
        st = masuk_dari(port, "127.0.0.1", "jauh", "sandi-jauh")
        ok(st == 200, "the same name from another address logs in (%d)" % st)
        for i in range(4):  # 20 failures of one name over four addresses
            for _ in range(5):
                masuk_dari(port, "127.0.0.%d" % (3 + i), "ganda", "salah")
        st = masuk_dari(port, "127.0.0.1", "ganda", "sandi-ganda")
        ok(st == 429, "20 failures of a name from several addresses: the name waits (%d)" % st)

        # ---- a new login ends the browser's previous session ----
        kb = Klien(port)
        kb.masuk("ren1", "sandi-ren1")
        lama = kb.cookie
        st, _ = kb.masuk("pim1", "sandi-pim1")
        baru = kb.cookie
        kb.cookie = lama
        st_lama = kb.req("GET", "/api/pemda")[0]
        kb.cookie = baru
        ok(st == 200 and lama != baru and st_lama == 401 and kb.req("GET", "/api/pemda")[0] == 200,
           "after a re-login the old cookie is invalid (%d), the new one valid" % st_lama)
        kb2 = Klien(port)
        kb2.masuk("ren1", "sandi-ren1")
        lama = kb2.cookie
        st, _, _, _ = kb2.req("POST", "/masuk", raw="nama=ren1&kata_sandi=sandi-ren1",
                              headers=form)
        kb2.cookie, baru = lama, kb2.cookie
        ok(st == 303 and baru != lama and kb2.req("GET", "/api/pemda")[0] == 401,
           "the login page also ends the previous session")

        # ---- the throttle fails closed on a write-locked database ----
        # Another process holds the write lock (dbutil.Kunci: SQLite's BEGIN EXCLUSIVE, on
        # PostgreSQL a psql session's LOCK TABLE gagal_masuk, sesi IN EXCLUSIVE MODE).
        kunci = dbutil.Kunci(db)
        try:
            t0 = time.time()
            st1, teks1 = lambat(port, "POST", "/api/masuk",
                                {"nama": "glob", "kata_sandi": "salah-terkunci"})
            st2, teks2 = lambat(port, "POST", "/api/masuk",
                                {"nama": "glob", "kata_sandi": "sandi-glob"})
            st3, teks3 = lambat(port, "POST", "/api/keluar", {}, k["glob"].cookie,
                                k["glob"].csrf)
            dt = time.time() - t0
        finally:
            kunci.lepas()
        ok(st1 == 503 and "galat" in teks1, "wrong password, locked database: 503 (%d)" % st1)
        ok(st2 == 503 and "galat" in teks2,
           "right password, locked database: 503, not let through (%d)" % st2)
        ok(st3 == 503 and k["glob"].req("GET", "/api/pemda")[0] == 200,
           "logout on a locked database: 503 and the session still valid (%d)" % st3)
        # Each waits for the lock at most the store's timeout (5 s, the SQLite busy timeout
        # and the PostgreSQL lock_timeout), not for as long as its holder keeps it.
        ok(dt < 3 * 5 + 15, "the three answered while the lock was held (%.1f s)" % dt)
        if dbutil.engine() == "pg":
            # Plain reads blocked as well: the throttle cannot even be read.
            kunci = dbutil.Kunci(db, "gagal_masuk", "ACCESS EXCLUSIVE")
            try:
                st4, teks4 = lambat(port, "POST", "/api/masuk",
                                    {"nama": "glob", "kata_sandi": "sandi-glob"})
                st5, teks5 = lambat(port, "POST", "/api/masuk",
                                    {"nama": "glob", "kata_sandi": "salah-terkunci"})
            finally:
                kunci.lepas()
            ok(st4 == 503 and "galat" in teks4,
               "right password, throttle table unreadable (ACCESS EXCLUSIVE): 503 (%d)" % st4)
            ok(st5 == 503 and "galat" in teks5,
               "wrong password, throttle table unreadable: 503 (%d)" % st5)
        else:
            print("# SKIP an unreadable throttle table: SQLite in WAL mode never blocks readers")
        ok(Klien(port).masuk("glob", "sandi-glob")[0] == 200, "logs in once the lock is gone")
    finally:
        if srv:
            srv.terminate()
            try:
                srv.wait(timeout=10)
            except subprocess.TimeoutExpired:
                srv.kill()
            ok(srv.returncode == 0, "server stops cleanly on SIGTERM")
            time.sleep(0.2)  # the reader thread's last lines
            for baris in (log[-15:] if t.gagal else []):
                print("# server: " + baris)
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % t.n)
    return 1 if t.gagal else 0


if __name__ == "__main__":
    sys.exit(main())
