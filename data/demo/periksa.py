#!/usr/bin/env python3
"""Check the Kota Serang OPD cascade of the demo (data/demo) against siklus.md.

Usage: python3 data/demo/periksa.py [DIR]   (DIR defaults to this file's folder)

The cascade rows of DIR's files (rencana jenis tujuan_pd .. subkegiatan, the indicators on
them, their targets and realisasi, the budget rows on nodes, pk.csv) are checked against the
RPJMD rows of the same files, the rencana aksi (quarterly targets: target.csv rows with a
`triwulan`) included. Prints one line per check, `ok - ...` or `not ok - ...` with file and row, and exits
1 if any check fails.
"""
import csv
import os
import re
import sys
from collections import defaultdict

DIR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
PEMDA = "36.73"
TAHUN = "2020"

RPJMD = {"visi", "misi", "tujuan", "sasaran"}
CASCADE = {"tujuan_pd", "sasaran_pd", "program", "kegiatan", "subkegiatan"}
BUDGETED = {"program", "kegiatan", "subkegiatan"}
ARAH = {"naik", "turun", "rentang", "kategori"}
AGREGASI = {"", "akhir", "jumlah", "rata_rata"}

errors = []
checks = 0


def fail(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(name, ok_before):
    """Report one check: ok when no error was added since ok_before."""
    global checks
    checks += 1
    new = errors[ok_before:]
    if new:
        print("not ok %d - %s" % (checks, name))
        for e in new:
            print("#   " + e)
    else:
        print("ok %d - %s" % (checks, name))


def read(path):
    """Rows of a CSV file as dicts with lower-case keys, each with its line number in '_baris'."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = []
        r = csv.reader(f)
        header = [h.strip().lower() for h in next(r)]
        for n, cells in enumerate(r, 2):
            d = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            d["_baris"] = n
            rows.append(d)
        return rows


def demo(name):
    return [r for r in read(os.path.join(DIR, name)) if r["pemda"] == PEMDA]


# Lampiran A (LKjIP lines 3210-3375) for the 32 programs the cascade details: their rows were
# deleted from anggaran.csv when the node budgets came in, so the sasaran are not counted twice.
LAMPIRAN_A = {
    ('S1', 'Program Pendidikan Anak Usia Dini, Nonformal dan Informal'): (6772131458, 6326846850),
    ('S1', 'Program Pendidikan Sekolah Dasar'): (69752108056, 68993260691),
    ('S1', 'Program Pendidikan Sekolah Menengah Pertama'): (41961788132, 41404413292),
    ('S1', 'Program Peningkatan Mutu Guru dan Tenaga Kependidikan'): (6086300000, 6062428000),
    ('S1', 'Program Kebudayaan'): (750470000, 747022500),
    ('S2', 'Program Kesehatan Masyarakat'): (5187544207, 3998647151),
    ('S2', 'Program Pencegahan dan Penanggulangan Penyakit Menular dan Tidak Menular'): (3186135186, 2593922235),
    ('S2', 'Program Pelayanan Kesehatan'): (8553855049, 7760006810),
    ('S2', 'Program Sumber Daya Kesehatan dan Promosi Kesehatan'): (52490865600, 47065871541),
    ('S2', 'Program Peningkatan Pelayanan Kesehatan di RSUD Kota Serang'): (15371702810, 14907371539),
    ('S2', 'Program Perlindungan Perempuan dan Anak'): (587169000, 559461050),
    ('S2', 'Program Pemberdayaan Perempuan'): (453430400, 408281800),
    ('S3', 'Program Pengendalian Penduduk'): (2115057700, 1980710800),
    ('S3', 'Program Pelayanan KB dan Ketahanan Keluarga'): (1697627000, 1596206741),
    ('S4', 'Program Pembangunan Jalan dan Jembatan'): (37250642550, 36143964570),
    ('S4', 'Program Pengadaan Sarana dan Prasarana Kebinamargaan'): (1517695394, 1517447800),
    ('S4', 'Program Peningkatan Pembangunan Gedung Pemerintah dan Fasilitas Umum'): (10818715900, 10130156850),
    ('S4', 'Program Pembangunan Saluran Drainase/Gorong-gorong'): (9381528650, 8805005600),
    ('S4', 'Program Pengembangan dan Pengelolaan Jaringan Irigasi dan Pengairan Lainnya'): (1922933831, 1915002000),
    ('S4', 'Program Pengendalian Banjir'): (844724800, 830642300),
    ('S4', 'Program Rehabilitasi Pemeliharaan Jalan dan Jembatan'): (8340000000, 8264337000),
    ('S4', 'Program Pembinaan Jasa Konstruksi'): (3650000, 3650000),
    ('S7', 'Program Penataan Ruang'): (541080000, 515053450),
    ('S7', 'Program Fasilitasi Administrasi Pertanahan'): (1041162200, 1023962000),
    ('S10', 'Program Peningkatan Sistem Pengawasan Internal dan Pengendalian Pelaksanaan Kebijakan KDH'): (4328607970, 3862353970),
    ('S10', 'Program Perencanaan Infrastruktur dan Kewilayahan'): (1559445000, 1550013500),
    ('S10', 'Program Perencanaan Pembangunan Ekonomi'): (1238823000, 1211598400),
    ('S10', 'Program Perencanaan Pembangunan Daerah'): (2745637400, 2688769544),
    ('S10', 'Program Perencanaan Sosial dan Budaya'): (899985167, 833635500),
    ('S10', 'Program Penelitian, Pengembangan Kebijakan Strategis, Inovasi Daerah, dan IPTEK'): (763225000, 701977500),
    ('S10', 'Program Pemerintahan Umum Kecamatan'): (1546490814, 1516925000),
    ('S10', 'Program Pemberdayaan Masyarakat Kecamatan'): (1715381000, 1590890124),
}
# The 11 OPD of the pemda's own measurement (indikator.csv opd) before the cascade came in.
OPD_LAMA = {"DINDIKBUD", "DINKES", "DP3AKB", "DPUPR", "DPRKP", "DISHUB", "DLH", "BPBD", "BAPPEDA",
            "SETDA", "BPKAD"}


def at(name, row, col=None):
    return "%s baris %d%s" % (name, row["_baris"], (" kolom " + col) if col else "")


def angka(s):
    """Indonesian or international number writing as used in these files (no thousand marks)."""
    s = s.strip()
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    return float(s)


def rupiah(s):
    if not re.fullmatch(r"\d+", s):
        raise ValueError(s)
    return int(s)


# ------------------------------------------------------------------ load
opd = demo("opd.csv")
_ren = demo("rencana.csv")
ren = [r for r in _ren if r["jenis"] in CASCADE]
d_ren = [r for r in _ren if r["jenis"] not in CASCADE]
_cascade = {r["kode"] for r in ren}
_ind = demo("indikator.csv")
ind = [r for r in _ind if r["induk"] in _cascade]
d_ind = [r for r in _ind if r["induk"] not in _cascade]
_kodes = {r["kode"] for r in ind}
tgt = [dict(r, triwulan=r.get("triwulan", "")) for r in demo("target.csv") if r["indikator"] in _kodes]
rea = [r for r in demo("realisasi.csv") if r["indikator"] in _kodes]
_ang = demo("anggaran.csv")
ang = [r for r in _ang if r.get("rencana")]
d_ang = [r for r in _ang if not r.get("rencana")]
for (s_, p_), (pg_, rl_) in LAMPIRAN_A.items():
    d_ang.append({"pemda": PEMDA, "sasaran": s_, "program": p_, "tahun": TAHUN, "pagu": str(pg_),
                  "realisasi": str(rl_), "_baris": 0})
pk = demo("pk.csv")

# every file: pemda column is Kota Serang
e0 = len(errors)
for name, rows in [("opd.csv", opd), ("rencana.csv", ren), ("indikator.csv", ind), ("target.csv", tgt),
                   ("realisasi.csv", rea), ("anggaran.csv", ang), ("pk.csv", pk)]:
    for r in rows:
        if r["pemda"] != PEMDA:
            fail(at(name, r, "pemda"), "pemda %r, expected %s" % (r["pemda"], PEMDA))
check("every row belongs to pemda %s" % PEMDA, e0)

# ------------------------------------------------------------------ opd.csv
e0 = len(errors)
units = {}
for r in opd:
    if r["kode"] in units:
        fail(at("opd.csv", r, "kode"), "kode %s repeated" % r["kode"])
    units[r["kode"]] = r
    if not r["nama"] or not r["jenis"]:
        fail(at("opd.csv", r), "nama and jenis required")
    if r["nip"] and not re.fullmatch(r"\d{18}", r["nip"].replace(" ", "")):
        fail(at("opd.csv", r, "nip"), "NIP %r is not 18 digits" % r["nip"])
    if r["nip"] and not r["kepala"]:
        fail(at("opd.csv", r, "nip"), "NIP without kepala")
check("opd.csv: codes unique, nama/jenis present, NIP 18 digits", e0)

# heads: only the Inspektur is named (with NIP) in the LKjIP; any other head must say it is invented
SEED_HEADS = {("Drs. Komarudin, Ak, MM", "19000101 190001 1 999")}
e0 = len(errors)
for r in opd:
    if r["kepala"] and (r["kepala"], r["nip"]) not in SEED_HEADS:
        if "(ilustratif)" not in r["kepala"]:
            fail(at("opd.csv", r, "kepala"), "%r is not in the LKjIP and not labelled (ilustratif)" % r["kepala"])
        if r["nip"] and not r["nip"].startswith("19000101"):
            fail(at("opd.csv", r, "nip"), "invented NIP %r must use the visibly fake birth date 19000101" % r["nip"])
check("opd.csv: heads not in the LKjIP are labelled (ilustratif), invented NIPs visibly fake", e0)

e0 = len(errors)
for k in sorted(OPD_LAMA - set(units)):
    fail("opd.csv", "kode %s of the pemda's measurement is missing" % k)
for r in d_ind:
    if r["opd"] and r["opd"] not in units:
        fail(at("indikator.csv", r, "opd"), "opd %s not in opd.csv" % r["opd"])
check("opd.csv keeps the 11 OPD codes of the pemda's measurement", e0)

e0 = len(errors)
for r in opd:
    seen, k = set(), r["kode"]
    while units[k]["induk"]:
        seen.add(k)
        p = units[k]["induk"]
        if p not in units:
            fail(at("opd.csv", units[k], "induk"), "induk %s is not an OPD" % p)
            break
        if p in seen or p == r["kode"]:
            fail(at("opd.csv", r, "induk"), "cycle through %s" % p)
            break
        k = p
check("opd.csv: every induk exists, no cycle", e0)

# ------------------------------------------------------------------ rencana.csv
e0 = len(errors)
nodes = {}
for r in d_ren:
    nodes[r["kode"]] = dict(r, opd=r.get("opd", ""), _src="demo/rencana.csv")
for r in ren:
    if r["kode"] in nodes:
        fail(at("rencana.csv", r, "kode"), "kode %s not unique in pemda %s (also in %s)" %
             (r["kode"], PEMDA, nodes[r["kode"]]["_src"]))
        continue
    nodes[r["kode"]] = dict(r, _src="rencana.csv")
    if r["jenis"] not in CASCADE:
        fail(at("rencana.csv", r, "jenis"), "jenis %r is not one of %s" % (r["jenis"], sorted(CASCADE)))
    if r["jenis"] in {"tujuan_pd", "sasaran_pd", "program"} and not r["opd"]:
        fail(at("rencana.csv", r, "opd"), "opd required for %s" % r["jenis"])
    if r["opd"] and r["opd"] not in units:
        fail(at("rencana.csv", r, "opd"), "opd %s not in opd.csv" % r["opd"])
    if not r["uraian"]:
        fail(at("rencana.csv", r, "uraian"), "uraian empty")
check("rencana.csv: codes unique in the pemda (with data/demo), jenis and opd valid", e0)

e0 = len(errors)


def node_opd(k):
    """The OPD of a node: its own opd, or its parent's for kegiatan/subkegiatan left empty."""
    seen = set()
    while k in nodes and k not in seen:
        n = nodes[k]
        if n["opd"] or n["jenis"] in RPJMD:
            return n["opd"]
        seen.add(k)
        k = n["induk"]
    return ""


for r in ren:
    j, p = r["jenis"], nodes.get(r["induk"])
    where = at("rencana.csv", r, "induk")
    if p is None:
        fail(where, "induk %s does not exist" % r["induk"])
        continue
    o = node_opd(r["kode"])
    if j == "tujuan_pd":
        if p["jenis"] != "sasaran" or p["_src"] != "demo/rencana.csv":
            fail(where, "tujuan_pd must be under an RPJMD sasaran, %s is %s" % (p["kode"], p["jenis"]))
    elif j == "sasaran_pd":
        if p["jenis"] != "tujuan_pd" or p["opd"] != r["opd"]:
            fail(where, "sasaran_pd must be under a tujuan_pd of the same OPD (%s is %s of %s)" %
                 (p["kode"], p["jenis"], p["opd"]))
    elif j == "program":
        if not ((p["jenis"] == "sasaran_pd" and p["opd"] == r["opd"]) or
                (p["jenis"] == "sasaran" and p["_src"] == "demo/rencana.csv")):
            fail(where, "program must be under a sasaran_pd of the same OPD or an RPJMD sasaran (%s is %s of %s)" %
                 (p["kode"], p["jenis"], p["opd"]))
    elif j == "kegiatan":
        if p["jenis"] != "program":
            fail(where, "kegiatan must be under a program, %s is %s" % (p["kode"], p["jenis"]))
    elif j == "subkegiatan":
        if p["jenis"] != "kegiatan":
            fail(where, "subkegiatan must be under a kegiatan, %s is %s" % (p["kode"], p["jenis"]))
    if j in {"kegiatan", "subkegiatan"} and r["opd"] and r["opd"] != node_opd(p["kode"]):
        fail(at("rencana.csv", r, "opd"), "%s of OPD %s under %s of OPD %s" % (j, r["opd"], p["kode"], node_opd(p["kode"])))
    # no cycle: walking up must reach the RPJMD
    seen, k = set(), r["kode"]
    while k in nodes and nodes[k]["jenis"] not in RPJMD:
        if k in seen:
            fail(at("rencana.csv", r), "cycle through %s" % k)
            break
        seen.add(k)
        k = nodes[k]["induk"]
check("rencana.csv: every induk exists and obeys the cascade table, no cycle", e0)
if any("cycle" in e or "does not exist" in e for e in errors[e0:]):
    # the checks below walk the tree; a broken tree would make them loop or mislead
    print("Bail out! rencana.csv is not a tree")
    sys.exit(1)


def sasaran_of(k):
    """The RPJMD sasaran a cascade node supports."""
    while nodes[k]["jenis"] != "sasaran":
        k = nodes[k]["induk"]
    return k


# ------------------------------------------------------------------ indikator.csv
e0 = len(errors)
inds = {r["kode"]: dict(r, _src="demo/indikator.csv") for r in d_ind}
for r in ind:
    if r["kode"] in inds:
        fail(at("indikator.csv", r, "kode"), "kode %s not unique in pemda (also in %s)" % (r["kode"], inds[r["kode"]]["_src"]))
        continue
    inds[r["kode"]] = dict(r, _src="indikator.csv")
    if r["induk"] not in nodes:
        fail(at("indikator.csv", r, "induk"), "node %s does not exist" % r["induk"])
        continue
    if nodes[r["induk"]]["_src"] != "rencana.csv":
        fail(at("indikator.csv", r, "induk"), "%s is not a cascade node of this folder" % r["induk"])
    o = r["opd"] or node_opd(r["induk"])
    if o != node_opd(r["induk"]):
        fail(at("indikator.csv", r, "opd"), "opd %s differs from its node's %s" % (o, node_opd(r["induk"])))
    if r["arah"] not in ARAH:
        fail(at("indikator.csv", r, "arah"), "arah %r" % r["arah"])
    if (r["arah"] == "kategori") != bool(r["skala"]):
        fail(at("indikator.csv", r, "skala"), "skala required exactly for arah kategori")
    if r.get("agregasi", "") not in AGREGASI:
        fail(at("indikator.csv", r, "agregasi"), "agregasi %r" % r["agregasi"])
    if not r["satuan"]:
        fail(at("indikator.csv", r, "satuan"), "satuan empty")
    for c in ("kondisi_awal", "target_akhir"):
        if r[c] and r["arah"] != "kategori":
            try:
                angka(r[c])
            except ValueError:
                fail(at("indikator.csv", r, c), "not a number: %r" % r[c])
check("indikator.csv: codes unique (with data/demo), every node exists, opd = node's, arah/satuan/agregasi valid", e0)

# ------------------------------------------------------------------ target.csv / realisasi.csv
pk_versions = defaultdict(set)
for r in pk:
    pk_versions[r["opd"]].add(r["versi"])
perubahan = {o for o, v in pk_versions.items() if any(x != "1" for x in v)}


def quarterly(name, rows, col):
    e0 = len(errors)
    seen = {}
    for r in rows:
        where = at(name, r)
        i = inds.get(r["indikator"])
        if i is None:
            fail(at(name, r, "indikator"), "indikator %s does not exist" % r["indikator"])
            continue
        if i["_src"] != "indikator.csv":
            fail(at(name, r, "indikator"), "%s is an RPJMD indicator of data/demo" % r["indikator"])
        if r["tahun"] != TAHUN:
            fail(at(name, r, "tahun"), "tahun %r" % r["tahun"])
        if r["triwulan"] not in {"", "1", "2", "3", "4"}:
            fail(at(name, r, "triwulan"), "triwulan %r is not empty or 1-4" % r["triwulan"])
        key = (r["indikator"], r["tahun"], r["triwulan"])
        if key in seen:
            o = i["opd"] or node_opd(i["induk"])
            if name != "target.csv" or o not in perubahan:
                fail(where, "repeats row %d (a repeated target is only for an OPD with a PK Perubahan)" % seen[key]["_baris"])
        seen[key] = r
        v = r[col]
        if i["arah"] == "kategori":
            if not v:
                fail(at(name, r, col), "empty")
        else:
            try:
                angka(v)
            except ValueError:
                fail(at(name, r, col), "not a number: %r" % v)
    return seen, e0


tseen, e0 = quarterly("target.csv", tgt, "target")
check("target.csv: indicators exist, tahun %s, triwulan empty or 1-4, repeats only for a PK Perubahan" % TAHUN, e0)
rseen, e0 = quarterly("realisasi.csv", rea, "realisasi")
check("realisasi.csv: indicators exist, tahun %s, triwulan empty or 1-4, no repeats" % TAHUN, e0)

e0 = len(errors)
for r in ind:
    k = r["kode"]
    year = tseen.get((k, TAHUN, ""))
    if year is None:
        fail(at("indikator.csv", r), "no target for %s" % TAHUN)
        continue
    qs = {q: tseen[(k, TAHUN, q)] for q in "1234" if (k, TAHUN, q) in tseen}
    if not any((k, TAHUN, q) in rseen for q in ["", "1", "2", "3", "4"]):
        fail(at("indikator.csv", r), "no realisasi for %s" % TAHUN)
    if qs and r["arah"] != "kategori":
        y = angka(year["target"])
        vals = [angka(t["target"]) for _, t in sorted(qs.items())]
        ag = r.get("agregasi") or "akhir"
        if ag == "jumlah" and abs(sum(vals) - y) > 1e-9:
            fail(at("target.csv", year), "%s: quarterly targets sum to %g, year target %g" % (k, sum(vals), y))
        if ag == "akhir" and abs(vals[-1] - y) > 1e-9:
            fail(at("target.csv", year), "%s: last quarter's target %g, year target %g" % (k, vals[-1], y))
    for q in "1234":
        if (k, TAHUN, q) in rseen and q not in qs:
            fail(at("realisasi.csv", rseen[(k, TAHUN, q)]), "%s: realisasi of triwulan %s without a rencana aksi target" % (k, q))
check("every indicator has a %s target and realisasi; quarterly targets add up to the year's by agregasi" % TAHUN, e0)

# ------------------------------------------------------------------ anggaran.csv
e0 = len(errors)
own = defaultdict(lambda: [0, 0])
for r in ang:
    k = r["rencana"]
    n = nodes.get(k)
    if n is None:
        fail(at("anggaran.csv", r, "rencana"), "node %s does not exist" % k)
        continue
    if n["jenis"] not in BUDGETED:
        fail(at("anggaran.csv", r, "rencana"), "%s is a %s; budgets go on program, kegiatan, subkegiatan" % (k, n["jenis"]))
    if r["opd"] != node_opd(k):
        fail(at("anggaran.csv", r, "opd"), "opd %s, node %s belongs to %s" % (r["opd"], k, node_opd(k)))
    if r["tahun"] != TAHUN:
        fail(at("anggaran.csv", r, "tahun"), "tahun %r" % r["tahun"])
    try:
        p, q = rupiah(r["pagu"]), rupiah(r["realisasi"])
    except ValueError:
        fail(at("anggaran.csv", r), "pagu/realisasi not whole Rupiah")
        continue
    if q > p:
        fail(at("anggaran.csv", r, "realisasi"), "realisasi %d above pagu %d" % (q, p))
    if (k in own) and own[k] != [0, 0]:
        fail(at("anggaran.csv", r, "rencana"), "second row for %s" % k)
    own[k][0] += p
    own[k][1] += q
check("anggaran.csv: every row on a program/kegiatan/subkegiatan of its OPD, realisasi <= pagu", e0)

# a node's pagu = its own row + its children's pagu
children = defaultdict(list)
for r in ren:
    children[r["induk"]].append(r["kode"])


def total(k):
    p, q = own[k] if k in own else (0, 0)
    for c in children[k]:
        cp, cq = total(c)
        p, q = p + cp, q + cq
    return p, q


e0 = len(errors)
seed = {(r["sasaran"], r["program"]): (rupiah(r["pagu"]), rupiah(r["realisasi"])) for r in d_ang}
groups = defaultdict(lambda: [0, 0, []])
for r in ren:
    if r["jenis"] != "program":
        continue
    p, q = total(r["kode"])
    if p == 0:
        fail(at("rencana.csv", r), "program %s has no budget" % r["kode"])
    g = groups[(sasaran_of(r["kode"]), r["uraian"])]
    g[0] += p
    g[1] += q
    g[2].append(r["kode"])
for (s, name), (p, q, codes) in sorted(groups.items()):
    want = seed.get((s, name))
    if want is None:
        fail("rencana.csv", "program %r under %s (%s) is not a Lampiran A program of data/demo/anggaran.csv" % (name, s, ",".join(codes)))
    elif (p, q) != want:
        fail("anggaran.csv", "%s %r: tree gives pagu %d realisasi %d, Lampiran A %d %d" % (s, name, p, q, want[0], want[1]))
check("budgets add up the tree to each program's Lampiran A pagu and realisasi (%d programs)" % len(groups), e0)

e0 = len(errors)
per_s = defaultdict(lambda: [0, 0])
for r in ren:
    if r["jenis"] == "tujuan_pd" or (r["jenis"] == "program" and nodes[r["induk"]]["jenis"] == "sasaran"):
        p, q = total(r["kode"])
        per_s[r["induk"]][0] += p
        per_s[r["induk"]][1] += q
seed_s = defaultdict(lambda: [0, 0])
for (s, _), (p, q) in seed.items():
    seed_s[s][0] += p
    seed_s[s][1] += q
covered = {k for k in groups}
for s in sorted(seed_s, key=lambda x: int(x[1:])):
    rest = [sum(v[i] for (ss, n), v in seed.items() if ss == s and (ss, n) not in covered) for i in (0, 1)]
    merged = [per_s[s][i] + rest[i] for i in (0, 1)]
    if merged != seed_s[s]:
        fail("anggaran.csv", "%s: cascade %d + other programs %d != Lampiran A %d" % (s, per_s[s][0], rest[0], seed_s[s][0]))
    print("#   %-4s cascade pagu %16s of %16s (%5.1f %%), merged = Lampiran A" %
          (s, "{:,}".format(per_s[s][0]).replace(",", "."), "{:,}".format(seed_s[s][0]).replace(",", "."),
           100.0 * per_s[s][0] / seed_s[s][0]))
check("per RPJMD sasaran: cascade budgets + the remaining Lampiran A programs = the sasaran's total", e0)

# ------------------------------------------------------------------ pk.csv
e0 = len(errors)
keys = {}
for r in pk:
    key = (r["pemda"], r["tahun"], r["opd"], r["versi"])
    if key in keys:
        fail(at("pk.csv", r), "key %s repeated" % (key,))
    keys[key] = r
    if r["opd"] and r["opd"] not in units:
        fail(at("pk.csv", r, "opd"), "opd %s not in opd.csv" % r["opd"])
    if not re.fullmatch(r"\d+", r["versi"]) or int(r["versi"]) < 1:
        fail(at("pk.csv", r, "versi"), "versi %r" % r["versi"])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["tanggal"]) or not r["tanggal"].startswith(r["tahun"]):
        fail(at("pk.csv", r, "tanggal"), "tanggal %r not YYYY-MM-DD in %s" % (r["tanggal"], r["tahun"]))
    if not r["pihak_pertama"] or not r["jabatan_pertama"]:
        fail(at("pk.csv", r), "pihak_pertama and jabatan_pertama required")
    if r["opd"] and (not r["pihak_kedua"] or not r["jabatan_kedua"]):
        fail(at("pk.csv", r), "an OPD's PK needs pihak_kedua (the regional head)")
    if r["opd"] and r["opd"] in units:
        u = units[r["opd"]]
        if (u["kepala"], u["nip"], u["jabatan"]) != (r["pihak_pertama"], r["nip_pertama"], r["jabatan_pertama"]):
            fail(at("pk.csv", r, "pihak_pertama"), "differs from the head in opd.csv")
    for c in ("nip_pertama", "nip_kedua"):
        if r[c] and not re.fullmatch(r"\d{18}", r[c].replace(" ", "")):
            fail(at("pk.csv", r, c), "NIP %r is not 18 digits" % r[c])
by = defaultdict(dict)
for (pm, th, o, v), r in keys.items():
    if re.fullmatch(r"\d+", v):
        by[(th, o)][int(v)] = r
for (th, o), vs in by.items():
    if sorted(vs) != list(range(1, len(vs) + 1)):
        fail("pk.csv", "PK %s %s: versions %s are not 1..n" % (th, o or "kepala daerah", sorted(vs)))
    dates = [vs[v]["tanggal"] for v in sorted(vs)]
    if dates != sorted(dates):
        fail("pk.csv", "PK %s %s: a later version is dated earlier" % (th, o or "kepala daerah"))
cascade_opd = {r["opd"] for r in ren if r["opd"]}
for o in sorted(cascade_opd | {""}):
    if 1 not in by.get((TAHUN, o), {}):
        fail("pk.csv", "no PK versi 1 for %s %s" % (TAHUN, o or "kepala daerah"))
if not any(o for o in perubahan):
    fail("pk.csv", "no OPD PK Perubahan (versi 2)")
check("pk.csv: key unique, versions 1..n in date order, a versi 1 for the regional head and each cascade OPD", e0)

e0 = len(errors)
with_ind = {i["opd"] or node_opd(i["induk"]) for i in ind}
for o in sorted(cascade_opd):
    if o not in with_ind:
        fail("indikator.csv", "OPD %s has a cascade but no indicator" % o)
if len(cascade_opd) < 5:
    fail("rencana.csv", "only %d OPD have a cascade" % len(cascade_opd))
check("%d OPD with a cascade, each with indicators" % len(cascade_opd), e0)

print("1..%d" % checks)
sys.exit(1 if errors else 0)
