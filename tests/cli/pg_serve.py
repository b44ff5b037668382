"""Two `kinerja serve` processes on one PostgreSQL database (tests/cli/pg_store.sh
runs this): a session opened on one is valid on the other, failed logins
count across both, and a server whose database connections were cut
answers again at the next request. Prints TAP lines (numbered from argv[3])."""
import http.client
import json
import os
import re
import subprocess
import sys
import time

KINERJA, URI, n = sys.argv[1], sys.argv[2], int(sys.argv[3])


def ok(cond, desc):
    global n
    n += 1
    print(("ok %d - %s" if cond else "not ok %d - %s") % (n, desc), flush=True)


def req(port, method, path, body=None, cookie=None, csrf=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    h = {"Content-Type": "application/json"} if body is not None else {}
    if cookie:
        h["Cookie"] = cookie
    if csrf:
        h["X-CSRF-Token"] = csrf
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
    r = c.getresponse()
    teks = r.read().decode("utf-8", "replace")
    kue = None
    for k, v in r.getheaders():
        m = re.match(r"kinerja_sesi=([^;]+)", v) if k.lower() == "set-cookie" else None
        if m:
            kue = "kinerja_sesi=" + m.group(1)
    c.close()
    return r.status, teks, kue


def mulai():
    p = subprocess.Popen([KINERJA, "serve", URI, "--listen", "127.0.0.1:0"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for _ in range(50):
        line = p.stdout.readline()
        m = re.search(r"127\.0\.0\.1:(\d+)", line)
        if m:
            return p, int(m.group(1))
    raise SystemExit("server did not start")


s1, p1 = mulai()
s2, p2 = mulai()
try:
    st, teks, kue = req(p1, "POST", "/api/masuk", {"nama": "admin1", "kata_sandi": "rahasia123"})
    ok(st == 200 and kue, "log in on server 1")
    csrf = json.loads(teks)["csrf"] if st == 200 else None
    capaian = "/api/capaian?pemda=36.73&tahun=2020"
    st1, t1, _ = req(p1, "GET", capaian, cookie=kue)
    st2, t2, _ = req(p2, "GET", capaian, cookie=kue)
    ok(st1 == 200 and st2 == 200, "the session opened on server 1 is valid on server 2")
    ok(t1 == t2, "both servers answer the same capaian")
    # A write through server 1 is seen by server 2 within a second (its cache learns of it).
    st, teks, _ = req(p1, "PUT", "/api/realisasi", {"pemda": "36.73", "indikator": "RLS",
                                                    "tahun": 2020, "realisasi": "8,9"},
                      cookie=kue, csrf=csrf)
    ok(st == 200, "a realisasi written through server 1 (%d %s)" % (st, teks[:80]))
    t0, nilai = time.time(), None
    while time.time() - t0 < 3:
        _, t2, _ = req(p2, "GET", capaian, cookie=kue)
        nilai = [i for i in json.loads(t2)["indikator"] if i["kode"] == "RLS"][0]["realisasi"]
        if nilai == 8.9:
            break
        time.sleep(0.1)
    ok(nilai == 8.9 and time.time() - t0 < 1.5,
       "  server 2's capaian shows it within a second (%.2f s)" % (time.time() - t0))
    # Kill every connection the servers hold; the next request reconnects.
    subprocess.run(["psql", "-qAt", URI, "-c",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                    "datname = current_database() AND pid <> pg_backend_pid()"],
                   check=True, capture_output=True)
    time.sleep(0.2)
    # Each worker thread (two per core) meets its cut connection once: that request answers
    # 503, the worker's next one reconnects. Enough requests reach every worker.
    utas = 2 * (os.cpu_count() or 1)
    hasil = []
    while len(hasil) < 40 and not (len(hasil) >= 6 and all(
            h[0] == 200 and "36.73" in h[1] for h in hasil[-6:])):
        hasil.append(req(p2, "GET", "/api/pemda", cookie=kue)[:2])
    kode = [h[0] for h in hasil]
    ok(all(h[0] == 200 and "36.73" in h[1] for h in hasil[-6:])
       and all(k in (200, 503) for k in kode) and kode.count(503) <= utas,
       "after its connections were cut server 2 reads the database again, at most one 503 "
       "per worker (%s)" % kode)
    ok(s2.poll() is None, "  and is still running")
    # Failed logins recorded by one server count on the other.
    # Server 1's connections were cut too: a worker meeting its cut connection answers 503
    # (and records nothing); that login is tried again, as a user would.
    for p in (p1, p2, p1, p2):
        for _ in range(2 * utas + 1):
            if req(p, "POST", "/api/masuk", {"nama": "admin1", "kata_sandi": "salah"})[0] != 503:
                break
    jumlah = subprocess.run(["psql", "-qAt", URI, "-c",
                             "SELECT count(*) FROM gagal_masuk WHERE kunci LIKE '%admin1%'"],
                            capture_output=True, text=True).stdout.strip()
    ok(jumlah.isdigit() and int(jumlah) >= 4,
       "failed logins through both servers are counted in one place (%s)" % jumlah)
finally:
    for s in (s1, s2):
        s.terminate()
        s.wait()
print("# next %d" % n)
