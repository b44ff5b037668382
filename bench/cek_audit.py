#!/usr/bin/env python3
"""After bench/campur.lua: every acknowledged write stored and audited exactly once.
Usage: cek_audit.py DB PENGGUNA INDIKATOR DITULIS KONEKSI
The bench's values are unique, so each audit row of the bench user for the indicator
must carry a distinct value; there must be at least DITULIS of them (acknowledged) and at
most DITULIS + KONEKSI (writes in flight when wrk stopped may be stored unacknowledged);
and each stored realisasi must be the value of its newest audit row."""
import re
import sqlite3
import sys

db, pengguna, indikator, ditulis, koneksi = sys.argv[1], sys.argv[2], sys.argv[3], \
    int(sys.argv[4]), int(sys.argv[5])
c = sqlite3.connect(db)
baris = c.execute("SELECT id, pemda, kunci, baru FROM audit WHERE pengguna = ? AND tabel = "
                  "'realisasi' AND kunci LIKE ? ORDER BY id", (pengguna, "% / " + indikator + " / %"))
nilai, terakhir = [], {}
for _id, pemda, kunci, baru in baris:
    m = re.search(r"(\d{8,})", baru or "")
    if not m:
        continue
    nilai.append(m.group(1))
    terakhir[kunci] = m.group(1)
salah = []
if len(nilai) != len(set(nilai)):
    salah.append("a write audited twice (%d rows, %d values)" % (len(nilai), len(set(nilai))))
if not ditulis <= len(nilai) <= ditulis + koneksi:
    salah.append("%d audited for %d acknowledged writes" % (len(nilai), ditulis))
for kunci, v in terakhir.items():
    pemda, ind, tahun, tw = [x.strip() for x in kunci.split(" / ")]
    r = c.execute("SELECT nilai FROM realisasi WHERE pemda = ? AND indikator = ? AND tahun = ? "
                  "AND triwulan = ?", (pemda, ind, int(tahun), int(tw))).fetchone()
    if not r or re.sub(r"\D", "", r[0]) != v:
        salah.append("%s stored %r, newest audit %s" % (kunci, r and r[0], v))
print("audit: %d writes acknowledged, %d audited once each, %d pemda-years checked%s"
      % (ditulis, len(nilai), len(terakhir), "" if not salah else ": " + "; ".join(salah[:5])))
sys.exit(1 if salah else 0)
