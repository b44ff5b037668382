#!/usr/bin/env python3
"""Publishing, /publik, the open data and API tokens (issue 14, wilayah.md), on the engine of
the run (dbutil.newdb). Over the bundled demo database, with one pemda-year published:
- every public URL (list, pemda-year page, each indicator, data.csv/.json with and without
  parameters, the LKjIP in each format) answers 404 for every unpublished pemda-year, and
  nothing of those years shows anywhere public; every public answer is searched for internal
  things (user and token names, audit, notes, sessions);
- withdrawing hides again: through the API at once, by the CLI (another process) within a
  second; publishing is audited;
- ETag / If-None-Match and Last-Modified / If-Modified-Since answer 304, a change 200;
- the open data read by Python's csv module: the exact header, values against measure --json,
  a province's own rows without kode_kabupaten_kota, a formula-looking text neutralised;
- tokens: read with the right scope, another pemda 403, a write 403, revoked and unknown 401,
  created and revoked audited, only a hash at rest (a backup searched for the token).
Prints TAP."""
import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dbutil  # noqa: E402
import test_keamanan_http as k  # noqa: E402  (server start, raw requests, TAP)

KOLOM = ["kode_provinsi", "nama_provinsi", "kode_kabupaten_kota", "nama_kabupaten_kota",
         "kode_indikator", "indikator", "satuan", "tahun", "target", "realisasi", "capaian",
         "predikat"]
FORMAT = ["pdf", "html", "xlsx", "csv"]
PENGGUNA_LAIN = "budi_rahasia_x"
TOKEN_NAMA = "integrasi_bps_x"
# What must never show in a public answer: user and token names, the audit, notes, sessions.
INTERNAL = [re.compile(p) for p in (
    r"\badmin\b", PENGGUNA_LAIN, TOKEN_NAMA, r"\baudit\b", r'"catatan"', r"realisasi_usulan",
    r"token_api", r"kinerja_sesi", r"csrf", r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ",
    r"Capaian dihitung", r"diajukan_oleh", r"\bcli\b")]


def lain_proses():
    """A change made by another process (the CLI) reaches the server's cached answers within a
    second (the data version of src/web/cache.c); one made through the server, at once."""
    time.sleep(1.2)


def jalan(*args, masukan=None):
    return subprocess.run([k.KINERJA] + list(args), capture_output=True, text=True,
                          input=masukan)


def main():
    tmp = tempfile.mkdtemp(prefix="kinerja-publik-")
    db = dbutil.newdb("publik", tmp)
    srv = None
    try:
        r = jalan("demo", db)
        k.ok(r.returncode == 0, "demo database created (%s)" % r.stderr.strip())
        ex = os.path.join(tmp, "ekspor")
        jalan("export", db, ex)
        # Formula-looking text in the data: an indicator whose name starts with '='.
        d = os.path.join(tmp, "inj")
        os.mkdir(d)
        shutil.copy(os.path.join(ex, "pemda.csv"), d)
        with open(os.path.join(d, "indikator.csv"), "w", encoding="utf-8") as f:
            f.write("pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir,"
                    "rumus_turun,agregasi\n"
                    '36.73,INJ,S1,"=HYPERLINK(""http://x"")",@Poin,naik,,BAPPEDA,,,,\n')
        r = jalan("import", db, d)
        k.ok(r.returncode == 0, "an indicator named =HYPERLINK(...) imported (%s)"
             % r.stderr.strip())

        # Every pemda-year of the demo (from its export: works on both engines).
        pasang = set()
        for f in ("realisasi.csv", "target.csv"):
            with open(os.path.join(ex, f), encoding="utf-8-sig") as fh:
                for row in csv.DictReader(fh):
                    pasang.add((row["pemda"], int(row["tahun"])))
        indikator = {}
        with open(os.path.join(ex, "indikator.csv"), encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                indikator.setdefault(row["pemda"], []).append(row["kode"])
        PUB = ("36.73", 2020)
        k.ok(PUB in pasang and len(pasang) > 20, "the demo holds %d pemda-years" % len(pasang))

        # Nothing is public before publishing.
        srv, port = k.mulai_server(db)
        k.ok(port is not None, "server listens on a random loopback port")
        if port is None:
            return
        r = jalan("user", "add", db, "--nama", PENGGUNA_LAIN, "--peran", "reviewer",
                  masukan="rahasia-budi-123\n")
        k.ok(r.returncode == 0, "a second user (%s)" % r.stderr.strip())

        def get(path, headers=None):
            return k.minta(port, "GET", path, headers=headers)

        def internal(isi):
            teks = isi.decode("utf-8", "replace")
            return [p.pattern for p in INTERNAL if p.search(teks)]

        st, _, isi = get("/publik")
        k.ok(st == 200 and b"36.73" not in isi, "/publik without login, nothing listed yet")
        st, _, _ = get("/publik/pemda?pemda=36.73&tahun=2020")
        k.ok(st == 404, "an unpublished pemda-year page is 404 (%d)" % st)
        st, _, isi = get("/publik/data.csv")
        k.ok(st == 200 and isi.decode().strip() == ",".join(KOLOM),
             "data.csv with nothing published: the header only")

        # Publishing: admin only (API), audited.
        cookie, csrf = k.masuk(port)
        k.ok(cookie is not None, "admin logs in")
        auth = {"Cookie": cookie, "X-CSRF-Token": csrf, "Content-Type": "application/json"}

        def post(path, obj, h=auth):
            return k.minta(port, "POST", path, json.dumps(obj).encode(), h)

        # Only a locked year can be published (wilayah.md, siklus.md).
        st, _, isi = post("/api/terbit", {"pemda": "36.73", "tahun": 2020})
        k.ok(st == 409 and b"dikunci" in isi, "an unlocked year cannot be published: 409 (%d %s)"
             % (st, isi))
        st, _, isi = post("/api/kunci", {"pemda": "36.73", "tahun": 2020})
        k.ok(st == 200, "admin locks 36.73 / 2020 (%d %s)" % (st, isi))
        st, _, isi = post("/api/terbit", {"pemda": "36.73", "tahun": 2020})
        k.ok(st == 200 and json.loads(isi)["diterbitkan"] is True, "admin publishes 36.73 / 2020")
        st, _, _ = post("/api/terbit", {"pemda": "36.73", "tahun": 2020},
                        {"Content-Type": "application/json"})
        k.ok(st == 401, "publishing without a session is 401 (%d)" % st)
        st, _, _ = post("/api/terbit", {"pemda": "99.99", "tahun": 2020})
        k.ok(st == 404, "publishing an unknown pemda is 404 (%d)" % st)
        st, _, isi = k.minta(port, "GET", "/api/audit?pemda=36.73", headers={"Cookie": cookie})
        k.ok(st == 200 and any(a.get("tabel") == "terbit" for a in json.loads(isi)["audit"]),
             "publishing is audited")
        r = jalan("publish", db, "--pemda", "36", "--tahun", "2023")
        k.ok(r.returncode == 1 and "dikunci" in r.stderr,
             "kinerja publish of an unlocked year: exit 1 naming the lock (%s)" % r.stderr.strip())
        r = jalan("lock", db, "--pemda", "36", "--tahun", "2023")
        k.ok(r.returncode == 0, "kinerja lock 36 / 2023 (%s)" % r.stderr.strip())
        r = jalan("publish", db, "--pemda", "36", "--tahun", "2023")
        lain_proses()
        k.ok(r.returncode == 0, "kinerja publish: the province 36 / 2023 (%s)" % r.stderr.strip())
        PUB2 = ("36", 2023)
        terbit = {PUB, PUB2}

        # Every public URL of the published pemda-years: 200, nothing internal.
        publik_ok = ["/publik", "/publik/data.csv", "/publik/data.json"]
        for p, y in sorted(terbit):
            q = "pemda=%s&tahun=%d" % (p, y)
            publik_ok += ["/publik/pemda?" + q, "/publik/data.csv?" + q, "/publik/data.json?" + q,
                          "/publik/data.csv?pemda=" + p, "/publik/data.json?tahun=%d" % y]
            publik_ok += ["/publik/indikator?%s&kode=%s" % (q, i) for i in indikator.get(p, [])]
            publik_ok += ["/publik/laporan?%s&format=%s" % (q, f) for f in FORMAT]
        gagal_200, bocor = [], []
        for u in publik_ok:
            st, h, isi = get(u)
            if st != 200:
                gagal_200.append("%s %d" % (u, st))
            elif not u.endswith(("pdf", "xlsx")) and internal(isi):
                bocor.append("%s: %s" % (u, internal(isi)))
        k.ok(not gagal_200, "all %d public URLs of published years answer 200 %s"
             % (len(publik_ok), gagal_200[:3]))
        k.ok(not bocor, "no public answer names a user, token, audit, note or session %s"
             % bocor[:3])
        st, _, isi = get("/publik/indikator?pemda=36.73&tahun=2020&kode=IPM")
        tahun_seri = set(re.findall(r"<tr><td>(\d{4})</td>", isi.decode()))
        k.ok(tahun_seri == {"2020"}, "the indicator's series shows only published years %s"
             % sorted(tahun_seri))
        st, _, isi = get("/publik/laporan?pemda=36.73&tahun=2020&format=html")
        k.ok(st == 200 and b"Kota Serang" in isi, "the LKjIP of a published year downloads")

        # Every unpublished pemda-year: 404 on every URL, and absent from everything.
        tolak = []
        n_url = 0
        for p, y in sorted(pasang - terbit):
            q = "pemda=%s&tahun=%d" % (p, y)
            urls = ["/publik/pemda?" + q, "/publik/data.csv?" + q, "/publik/data.json?" + q]
            urls += ["/publik/indikator?%s&kode=%s" % (q, i) for i in indikator.get(p, [])]
            urls += ["/publik/laporan?%s&format=%s" % (q, f) for f in FORMAT]
            if p not in {t[0] for t in terbit}:
                urls += ["/publik/data.csv?pemda=" + p, "/publik/data.json?pemda=" + p]
            if y not in {t[1] for t in terbit}:
                urls += ["/publik/data.csv?tahun=%d" % y, "/publik/data.json?tahun=%d" % y]
            for u in urls:
                n_url += 1
                st, _, _ = get(u)
                if st != 404:
                    tolak.append("%s %d" % (u, st))
        k.ok(not tolak and n_url > 100, "all %d URLs of unpublished pemda-years answer 404 %s"
             % (n_url, tolak[:3]))
        st, _, isi = get("/publik/data.csv")
        baris = list(csv.reader(io.StringIO(isi.decode("utf-8"))))
        ada = {(b[2] or b[0], int(b[7])) for b in baris[1:]}
        k.ok(ada == terbit, "data.csv without parameters: exactly the published pemda-years %s"
             % sorted(ada))
        st, _, isi = get("/publik/data.json")
        ada = {(b["kode_kabupaten_kota"] or b["kode_provinsi"], b["tahun"])
               for b in json.loads(isi)}
        k.ok(ada == terbit, "data.json without parameters: exactly the published pemda-years")
        st, _, isi = get("/publik")
        teks = isi.decode()
        k.ok("tahun=2020" in teks and "tahun=2023" in teks and "tahun=2019" not in teks
             and "36.04" not in teks, "the list names the published years only")

        # A province lists its kab/kota only for the years they published (gap 4 of issue 14).
        # 36/2023 is published, none of its kab/kota is for 2023: its page and its LKjIP
        # name none of them. Then 36.73 (Kota Serang) publishes 2023: it alone shows, with its
        # own 6,20 ranked 1 and "di atas" the province's 6,17 (arah turun); withdrawn, it
        # leaves again.
        ANAK = ["Kabupaten Pandeglang", "Kabupaten Lebak", "Kabupaten Tangerang",
                "Kabupaten Serang", "Kota Cilegon", "Kota Serang"]
        prov = ["/publik/pemda?pemda=36&tahun=2023"] + [
            "/publik/laporan?pemda=36&tahun=2023&format=%s" % f for f in ("html", "csv")]

        def nama_anak(urls, kecuali=()):
            temu = []
            for u in urls:
                st, _, isi = get(u)
                teks = isi.decode("utf-8", "replace")
                temu += ["%s: %s" % (u, nm) for nm in ANAK if nm not in kecuali and nm in teks]
            return temu

        k.ok(not nama_anak(prov), "no kab/kota on the province's public page and LKjIP %s"
             % nama_anak(prov)[:3])
        r = jalan("lock", db, "--pemda", "36.73", "--tahun", "2023")
        r2 = jalan("publish", db, "--pemda", "36.73", "--tahun", "2023")
        lain_proses()
        k.ok(r.returncode == 0 and r2.returncode == 0, "36.73 / 2023 locked and published")
        st, _, isi = get(prov[0])
        teks = isi.decode()
        baris = re.findall(r'<tr data-kode="([\d.]+)"><td class="a"[^>]*>(\d+)</td><td[^>]*>'
                           r'<a [^>]*>([^<]+)</a></td><td class="a"[^>]*>([^<]+)</td>.*?'
                           r'<td data-label="Terhadap[^"]*">([^<]+)</td></tr>', teks)
        k.ok(st == 200 and "Perbandingan kabupaten/kota" in teks
             and baris == [("36.73", "1", "Kota Serang", "6,20", "di atas")],
             "the province page now lists Kota Serang alone: %s" % baris)
        st, _, isi = get(prov[1])
        m = re.search(r"<caption>Tabel [0-9.]+ Perbandingan Kabupaten/Kota: Persentase Penduduk "
                      r"Miskin Tahun 2023</caption>(.*?)</table>", isi.decode(), re.S)
        k.ok(m and re.findall(r"<td>(Kota [A-Za-z]+|Kabupaten [A-Za-z]+)</td>", m.group(1))
             == ["Kota Serang"], "... and so does its public LKjIP")
        # Every public URL, of every published pemda-year: no unpublished kab/kota named.
        semua = publik_ok + ["/publik/pemda?pemda=36.73&tahun=2023",
                             "/publik/laporan?pemda=36.73&tahun=2023&format=html",
                             "/publik/data.csv?pemda=36.73&tahun=2023"]
        semua = [u for u in semua if not u.endswith(("pdf", "xlsx"))]
        bocor = [x for x in nama_anak(semua, ("Kota Serang",))]
        k.ok(not bocor, "none of %d public URLs names an unpublished kab/kota %s"
             % (len(semua), bocor[:3]))
        r = jalan("publish", db, "--pemda", "36.73", "--tahun", "2023", "--withdraw")
        lain_proses()
        k.ok(r.returncode == 0 and not nama_anak(prov),
             "36.73 / 2023 withdrawn: the province's page and LKjIP drop it")

        # The open data, read by a CSV reader.
        st, h, isi = get("/publik/data.csv?pemda=36.73&tahun=2020")
        k.ok(h.get("content-type", "").startswith("text/csv") and "charset=utf-8"
             in h.get("content-type", ""), "data.csv is text/csv; charset=utf-8")
        baris = list(csv.reader(io.StringIO(isi.decode("utf-8"))))
        k.ok(baris[0] == KOLOM, "the exact header row %s" % baris[0])
        ukur = json.loads(jalan("measure", db, "--pemda", "36.73", "--tahun", "2020",
                                "--json").stdout)
        kode = [i["kode"] for i in ukur["indikator"]]
        rows = {b[4]: dict(zip(KOLOM, b)) for b in baris[1:]}
        k.ok(sorted(rows) == sorted(kode), "one row per indicator (%d)" % len(rows))
        ipm = rows["IPM"]
        k.ok([ipm[c] for c in KOLOM] == ["36", "Provinsi Banten", "36.73", "Kota Serang", "IPM",
                                        "Indeks Pembangunan Manusia", "Poin", "2020", "72.47",
                                        "72.16", "99.5722", "Sangat Tinggi"],
             "IPM 2020: %s" % [ipm[c] for c in KOLOM])
        beda = []
        for i in ukur["indikator"]:
            b = rows[i["kode"]]
            if i["capaian"] is not None and abs(float(b["capaian"]) - i["capaian"]) > 1e-9:
                beda.append(i["kode"])
            if (i["predikat"] or "") != b["predikat"]:
                beda.append(i["kode"])
            if isinstance(i["realisasi"], float) and abs(float(b["realisasi"])
                                                         - i["realisasi"]) > 1e-9:
                beda.append(i["kode"])
        k.ok(not beda, "capaian, predikat, realisasi as measure --json %s" % beda)
        k.ok(all("," not in b[c] for b in rows.values() for c in ("target", "realisasi",
                                                                  "capaian")
                 if re.match(r"^-?\d", b[c])), "numbers with a dot decimal mark")
        inj = rows.get("INJ", {})
        k.ok(inj.get("indikator") == "'=HYPERLINK(\"http://x\")" and inj.get("satuan") == "'@Poin",
             "formula-looking text is neutralised with ' (%s, %s)"
             % (inj.get("indikator"), inj.get("satuan")))
        st, _, isi = get("/publik/data.csv?pemda=36&tahun=2023")
        baris = list(csv.reader(io.StringIO(isi.decode("utf-8"))))
        k.ok(len(baris) > 1 and all(b[0] == "36" and b[1] == "Provinsi Banten" and b[2] == ""
                                    and b[3] == "" for b in baris[1:]),
             "a province's own rows: kode_kabupaten_kota empty")
        st, h, isi = get("/publik/data.json?pemda=36.73&tahun=2020")
        j = json.loads(isi)
        jipm = [x for x in j if x["kode_indikator"] == "IPM"][0]
        k.ok(list(jipm) == KOLOM and jipm["realisasi"] == 72.16 and jipm["tahun"] == 2020
             and jipm["capaian"] == 99.5722, "data.json: the same columns, numbers as numbers")

        # ETag and Last-Modified.
        u = "/publik/data.csv?pemda=36.73&tahun=2020"
        st, h, isi = get(u)
        etag, lm = h.get("etag"), h.get("last-modified")
        k.ok(etag and lm and etag.startswith('"'), "ETag %s and Last-Modified %s" % (etag, lm))
        st, h2, isi2 = get(u, {"If-None-Match": etag})
        k.ok(st == 304 and isi2 == b"", "If-None-Match with the ETag: 304, no body (%d)" % st)
        st, _, _ = get(u, {"If-None-Match": '"anders"'})
        k.ok(st == 200, "If-None-Match with another ETag: 200 (%d)" % st)
        st, _, _ = get(u, {"If-Modified-Since": lm})
        k.ok(st == 304, "If-Modified-Since the Last-Modified: 304 (%d)" % st)
        st, _, _ = get(u, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
        k.ok(st == 200, "If-Modified-Since an older date: 200 (%d)" % st)
        for p in ("/publik/pemda?pemda=36.73&tahun=2020", "/publik/data.json"):
            st, h, _ = get(p)
            st2, _, _ = get(p, {"If-None-Match": h.get("etag", "x")})
            k.ok(st == 200 and st2 == 304, "%s: 304 on its ETag" % p)
        body = json.dumps({"pemda": "36.73", "indikator": "IPM", "tahun": 2020, "triwulan": 0,
                           "realisasi": "72,99"}).encode()
        st, _, _ = k.minta(port, "PUT", "/api/realisasi", body, auth)
        k.ok(st == 409, "a published (locked) year refuses a change: 409 (%d)" % st)
        st, _, isi = post("/api/kunci/buka", {"pemda": "36.73", "tahun": 2020,
                                              "alasan": "koreksi IPM"})
        k.ok(st == 200, "admin reopens 36.73 / 2020 with a reason (%d %s)" % (st, isi))
        st, _, _ = k.minta(port, "PUT", "/api/realisasi", body, auth)
        k.ok(st == 200, "admin changes IPM 2020 (%d)" % st)
        st, h, isi = get(u, {"If-None-Match": etag})
        k.ok(st == 200 and b"72.99" in isi and h.get("etag") != etag,
             "after a change the old ETag gets 200 with the new value (%d)" % st)
        st, _, _ = get(u, {"If-Modified-Since": lm})
        k.ok(st == 200, "after a change the old Last-Modified gets 200 (%d)" % st)

        # Withdrawing hides again: at once through the API, within a second by the CLI.
        st, _, _ = post("/api/terbit/tarik", {"pemda": "36.73", "tahun": 2020})
        k.ok(st == 200, "admin withdraws 36.73 / 2020")
        masih = [x for x in publik_ok if "36.73" in x and get(x)[0] != 404]
        k.ok(not masih, "every URL of the withdrawn year answers 404 %s" % masih[:3])
        st, _, isi = get("/publik/data.csv")
        k.ok(b"Kota Serang" not in isi and b"Provinsi Banten" in isi,
             "the withdrawn year left the open data")
        r = jalan("publish", db, "--pemda", "36", "--tahun", "2023", "--withdraw")
        lain_proses()
        k.ok(r.returncode == 0, "kinerja publish --withdraw")
        st, _, _ = get("/publik/pemda?pemda=36&tahun=2023")
        st2, _, isi = get("/publik")
        k.ok(st == 404 and b"tahun=2023" not in isi,
             "a withdrawal by another process hides within a second (%d)" % st)
        r = jalan("lock", db, "--pemda", "36.73", "--tahun", "2020")
        k.ok(r.returncode == 0, "kinerja lock 36.73 / 2020 again (%s)" % r.stderr.strip())
        r = jalan("publish", db, "--pemda", "36.73", "--tahun", "2020")
        lain_proses()
        st, _, _ = get("/publik/pemda?pemda=36.73&tahun=2020")
        k.ok(r.returncode == 0 and st == 200, "published again, visible again (%d)" % st)

        # Command-line errors.
        r = jalan("publish", db, "--pemda", "99.99", "--tahun", "2020")
        k.ok(r.returncode == 1 and "99.99" in r.stderr, "publish of an unknown pemda: exit 1")
        r = jalan("publish", db, "--pemda", "36.73")
        k.ok(r.returncode == 2, "publish without --tahun: exit 2")
        r = jalan("token", "add", db, "--nama", "x", "--peran", "admin")
        k.ok(r.returncode == 2, "a token with role admin: exit 2")

        # API tokens.
        r = jalan("token", "add", db, "--nama", TOKEN_NAMA, "--peran", "pimpinan", "--pemda",
                  "36.73")
        token = r.stdout.strip()
        k.ok(r.returncode == 0 and re.fullmatch(r"knj_[0-9a-f]{64}", token),
             "kinerja token add prints the token once")
        r = jalan("token", "add", db, "--nama", TOKEN_NAMA, "--peran", "pimpinan")
        k.ok(r.returncode == 1, "a taken token name: exit 1")
        rv = jalan("token", "add", db, "--nama", "reviu_semua", "--peran", "reviewer").stdout.strip()
        bearer = {"Authorization": "Bearer " + token}
        st, _, isi = get("/api/capaian?pemda=36.73&tahun=2020", bearer)
        k.ok(st == 200 and json.loads(isi)["pemda"]["kode"] == "36.73",
             "a token reads its pemda (%d)" % st)
        st, _, _ = get("/api/reviu?pemda=36.73&tahun=2020", bearer)
        k.ok(st == 200, "a token reads the review of its pemda (%d)" % st)
        st, _, _ = get("/api/capaian?pemda=36.04&tahun=2024", bearer)
        k.ok(st == 403, "a token scoped to 36.73 reading 36.04: 403 (%d)" % st)
        st, _, _ = get("/api/audit?pemda=36.73", bearer)
        k.ok(st == 403, "a pimpinan token reading the audit: 403 (%d)" % st)
        st, _, _ = get("/api/capaian?pemda=36.04&tahun=2024", {"Authorization": "Bearer " + rv})
        k.ok(st == 200, "an unscoped reviewer token reads any pemda (%d)" % st)
        for m, p, b in (("PUT", "/api/realisasi", body), ("POST", "/api/terbit",
                                                          b'{"pemda":"36.73","tahun":2020}'),
                        ("POST", "/api/keluar", b"")):
            st, _, _ = k.minta(port, m, p, b, dict(bearer, **{"Content-Type": "application/json"}))
            k.ok(st == 403, "%s %s with a token: 403 (%d)" % (m, p, st))
        st, _, _ = k.minta(port, "PUT", "/api/realisasi", body,
                           dict(bearer, **{"Content-Type": "application/json",
                                           "X-CSRF-Token": csrf, "Cookie": cookie}))
        k.ok(st == 403, "a token beside a session still writes nothing (%d)" % st)
        st, _, isi = get("/api/capaian?pemda=36.73&tahun=2020",
                         {"Authorization": "Bearer knj_" + "0" * 64})
        k.ok(st == 401, "an unknown token: 401 (%d)" % st)
        st, _, _ = get("/api/capaian?pemda=36.73&tahun=2020", {"Authorization": "Bearer x"})
        k.ok(st == 401, "a malformed token: 401 (%d)" % st)
        r = jalan("token", "revoke", db, "--nama", TOKEN_NAMA)
        k.ok(r.returncode == 0, "kinerja token revoke")
        st, _, _ = get("/api/capaian?pemda=36.73&tahun=2020", bearer)
        k.ok(st == 401, "a revoked token: 401 at once (%d)" % st)
        r = jalan("token", "revoke", db, "--nama", TOKEN_NAMA)
        k.ok(r.returncode == 1, "revoking again: exit 1")
        st, _, isi = k.minta(port, "GET", "/api/audit", headers={"Cookie": cookie})
        ta = [a for a in json.loads(isi)["audit"] if a.get("tabel") == "token_api"
              and a.get("kunci") == TOKEN_NAMA]
        k.ok(len(ta) == 2, "token created and revoked are audited (%d rows)" % len(ta))
        cad = os.path.join(tmp, "cadangan.db")
        r = jalan("backup", db, cad)
        k.ok(r.returncode == 0, "kinerja backup")
        c = sqlite3.connect(cad)
        sel = []
        for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in c.execute("SELECT * FROM %s" % t):
                sel += [str(v) for v in row]
        hashes = [h for (h,) in c.execute("SELECT hash FROM token_api")]
        terbit_n = c.execute("SELECT count(*) FROM terbit").fetchone()[0]
        c.close()
        raw = open(cad, "rb").read()
        k.ok(not any(token in v or token[4:] in v for v in sel) and token.encode() not in raw,
             "the token text is nowhere in the database")
        k.ok(len(hashes) == 2 and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes),
             "tokens are stored as 64-hex hashes")
        k.ok(terbit_n == 1, "the backup carries the published years (%d)" % terbit_n)
    finally:
        k.selesai(srv, tmp)


if __name__ == "__main__":
    main()
