#!/usr/bin/env python3
"""The capaian cache of `kinerja serve` (src/web/cache.c), seen from outside:
a write through the web is served at once, to every later reader; it invalidates only the
pemda-year it touched (a change slipped into the database without an audit row, for
another year or pemda, stays unseen until that one is written); a change made by another
process with its audit row is seen within about a second; concurrent readers of a
pemda-year all get the same, new answer. Prints TAP."""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_keamanan_http as k  # noqa: E402  (server start, raw requests, TAP)
import dbutil  # noqa: E402  (a database on the engine of the run)

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-cache-")
    db = dbutil.newdb("cache", tmp)
    srv = None
    try:
        subprocess.run([k.KINERJA, "init", db], check=True, capture_output=True)
        data2 = os.path.join(tmp, "data2")
        os.mkdir(data2)
        for f in os.listdir(os.path.join(HERE, "data")):
            teks = open(os.path.join(HERE, "data", f), encoding="utf-8").read()
            open(os.path.join(data2, f), "w", encoding="utf-8").write(
                teks.replace("\n99.01,", "\n99.02,"))
        for d in (os.path.join(HERE, "data"), data2):
            subprocess.run([k.KINERJA, "import", db, d], check=True, capture_output=True)
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens on a random loopback port")
        if port is None:
            return
        cookie, csrf = k.masuk(port)
        auth = {"Cookie": cookie}

        def ipm(pemda, tahun):
            st, _, isi = k.minta(port, "GET", "/api/capaian?pemda=%s&tahun=%d" % (pemda, tahun),
                                 headers=auth)
            if st != 200:
                return "status %d" % st
            return [i["realisasi"] for i in json.loads(isi)["indikator"] if i["kode"] == "IPM"][0]

        def tulis(pemda, tahun, nilai):
            body = json.dumps({"pemda": pemda, "indikator": "IPM", "tahun": tahun,
                               "triwulan": 0, "realisasi": nilai}).encode()
            st, _, _ = k.minta(port, "PUT", "/api/realisasi", body,
                               dict(auth, **{"X-CSRF-Token": csrf,
                                             "Content-Type": "application/json"}))
            return st

        def selip(pemda, tahun, nilai, audit):
            """Changes a realisasi behind the server's back, with or without its audit row."""
            # The values are the test's own constants: written into the SQL as literals.
            teks = ("UPDATE realisasi SET nilai = '%s' WHERE pemda = '%s' AND indikator = 'IPM' "
                    "AND tahun = %d AND triwulan = 0" % (nilai, pemda, tahun))
            if audit:
                teks += ("; INSERT INTO audit(waktu, pengguna, pemda, tabel, kunci, lama, baru) "
                         "VALUES ('2026-01-01 00:00:00', 'uji', '%s', 'realisasi', "
                         "'%s / IPM / %d / 0', NULL, 'nilai=%s')" % (pemda, pemda, tahun, nilai))
            # One transaction on PostgreSQL too (psql -c sends both as one query string).
            dbutil.sql(db, teks)

        k.ok(ipm("99.01", 2019) == 72.1 and ipm("99.01", 2020) == 72.3
             and ipm("99.02", 2020) == 72.3, "the imported realisasi are served (and cached)")
        # Behind the server's back, without audit: 2019 of 99.01 and 2020 of 99.02.
        selip("99.01", 2019, "60", audit=False)
        selip("99.02", 2020, "61", audit=False)
        time.sleep(1.2)
        k.ok(tulis("99.01", 2020, "73,4") == 200, "a web write of 99.01 / 2020")
        k.ok(ipm("99.01", 2020) == 73.4, "the written pemda-year is served new at once")
        k.ok(ipm("99.01", 2019) == 72.1,
             "another year of the same pemda stays cached (%s)" % ipm("99.01", 2019))
        k.ok(ipm("99.02", 2020) == 72.3,
             "the same year of another pemda stays cached (%s)" % ipm("99.02", 2020))
        # Another process, with its audit row (as an import does): seen within a second.
        selip("99.01", 2019, "70", audit=True)
        t0 = time.time()
        while time.time() - t0 < 3 and ipm("99.01", 2019) != 70.0:
            time.sleep(0.1)
        dt = time.time() - t0
        k.ok(ipm("99.01", 2019) == 70.0 and dt < 1.6,
             "a change by another process is seen within about a second (%.1f s)" % dt)
        k.ok(ipm("99.02", 2020) == 72.3, "... and still only that pemda-year")

        # Many readers at once right after a write: all get the new value.
        k.ok(tulis("99.02", 2020, "74,5") == 200, "a web write of 99.02 / 2020")
        hasil = []

        def baca():
            hasil.append(ipm("99.02", 2020))

        ts = [threading.Thread(target=baca) for _ in range(32)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        k.ok(len(hasil) == 32 and all(h == 74.5 for h in hasil),
             "32 concurrent readers all get the written value (%s)" % sorted(set(map(str, hasil))))
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
