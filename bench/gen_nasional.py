#!/usr/bin/env python3
"""Generates a national-scale dataset in the import format (format-impor.md):
552 pemda, 5 tujuan and 10 sasaran each, 3 indicators per sasaran, 6 years of
targets and realisasi, 100 programs per pemda and year. Deterministic (seeded).
With --kaskade (issue 11): 40 OPD per pemda, each with a Renstra PD (1 tujuan_pd, 2 sasaran_pd,
3 programs, 6 kegiatan), 10 indicators with a target and 4 quarterly realisasi in 2022-2024,
and a budget on every kegiatan each year: about 3.5 million rows more.
Usage: bench/gen_nasional.py OUTDIR [N_PEMDA] [--kaskade]"""
import os
import random
import sys

kaskade = "--kaskade" in sys.argv
argv = [a for a in sys.argv if a != "--kaskade"]
out = argv[1]
n_pemda = int(argv[2]) if len(argv) > 2 else 552
n_opd = 40 if kaskade else 5
kolom_opd = "," if kaskade else ""  # the rencana.csv opd column of RPJMD rows
kolom_ang = ",," if kaskade else ""  # the anggaran.csv opd, rencana columns
years = range(2019, 2025)
rnd = random.Random(2026)
os.makedirs(out, exist_ok=True)


def idn(x, d=2):
    """Indonesian writing: decimal comma, quoted for the comma delimiter."""
    return '"' + f"{x:.{d}f}".replace(".", ",") + '"'


f = {n: open(os.path.join(out, n + ".csv"), "w", encoding="utf-8") for n in
     ["pemda", "rencana", "opd", "indikator", "target", "realisasi", "anggaran"]}
f["pemda"].write("kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n")
f["rencana"].write("pemda,jenis,kode,induk,uraian" + (",opd" if kaskade else "") + "\n")
f["opd"].write("pemda,kode,nama\n")
f["indikator"].write("pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir\n")
f["target"].write("pemda,indikator,tahun,target\n")
f["realisasi"].write("pemda,indikator,tahun,triwulan,realisasi\n")
f["anggaran"].write("pemda,sasaran,program,tahun,pagu,realisasi" + (",opd,rencana" if kaskade else "") + "\n")


def opd_kaskade(kode):
    """One pemda's 40 OPD cascades (siklus.md)."""
    w = f["rencana"].write
    for o in range(1, n_opd + 1):
        p = f"O{o}"
        w(f"{kode},tujuan_pd,{p}.T,S{(o - 1) % 10 + 1},Tujuan OPD {o},OPD{o}\n")
        for s in (1, 2):
            w(f"{kode},sasaran_pd,{p}.S{s},{p}.T,Sasaran OPD {o} {s},OPD{o}\n")
        for g in (1, 2, 3):
            w(f"{kode},program,{p}.P{g},{p}.S{1 if g == 1 else 2},Program OPD {o} {g},OPD{o}\n")
            for k in (1, 2):
                w(f"{kode},kegiatan,{p}.P{g}.K{k},{p}.P{g},Kegiatan {g}.{k},\n")
                for y in (2022, 2023, 2024):
                    pagu = rnd.randrange(10_000_000, 5_000_000_000)
                    f["anggaran"].write(f"{kode},,,{y},{pagu},{int(pagu * rnd.uniform(0.5, 1.0))},"
                                        f"OPD{o},{p}.P{g}.K{k}\n")
        simpul = [f"{p}.T", f"{p}.S1", f"{p}.S1", f"{p}.S2", f"{p}.S2", f"{p}.P1", f"{p}.P2",
                  f"{p}.P3", f"{p}.P1.K1", f"{p}.P3.K2"]
        for n, induk in enumerate(simpul, 1):
            ind = f"{p}.I{n}"
            base = rnd.uniform(10, 90)
            f["indikator"].write(f"{kode},{ind},{induk},Indikator OPD {o} {n},%,naik,,,"
                                 f"{idn(base)},{idn(base * 1.2)}\n")
            for y in (2022, 2023, 2024):
                tv = base * (1 + 0.05 * (y - 2022))
                f["target"].write(f"{kode},{ind},{y},{idn(tv)}\n")
                for q in (1, 2, 3, 4):
                    f["realisasi"].write(f"{kode},{ind},{y},{q},{idn(tv * q / 4 * rnd.uniform(0.7, 1.3))}\n")


f["pemda"].write("00,Indonesia,nasional,,2020,2024,selisih\n")
provs = [f"{p:02d}" for p in range(11, 11 + 38)]
for p in provs:
    f["pemda"].write(f"{p},Provinsi {p},provinsi,00,2019,2024,selisih\n")
opini = ["TMP", "TW", "WDP", "WTP"]
for i in range(n_pemda):
    prov = provs[i % len(provs)]
    kode = f"{prov}.{i // len(provs) + 1:02d}"
    jenis = "kota" if i % 5 == 0 else "kabupaten"
    rumus = "rasio" if i % 3 == 0 else "selisih"
    f["pemda"].write(f"{kode},{jenis.capitalize()} {kode},{jenis},{prov},2019,2024,{rumus}\n")
    f["rencana"].write(f"{kode},visi,V,,Visi {kode}{kolom_opd}\n")
    f["rencana"].write(f"{kode},misi,M1,V,Misi pertama{kolom_opd}\n")
    for o in range(1, n_opd + 1):
        f["opd"].write(f"{kode},OPD{o},Perangkat Daerah {o}\n")
    for t in range(1, 6):
        f["rencana"].write(f"{kode},tujuan,T{t},M1,Tujuan {t}{kolom_opd}\n")
        for s in (2 * t - 1, 2 * t):
            f["rencana"].write(f"{kode},sasaran,S{s},T{t},Sasaran {s}{kolom_opd}\n")
            for k in range(1, 4):
                ind = f"I{s}_{k}"
                arah = ["naik", "turun", "naik", "rentang", "kategori"][(s + k) % 5]
                skala = "opini_bpk" if arah == "kategori" else ""
                base = rnd.uniform(5, 90)
                if arah == "kategori":
                    awal, akhir = "WDP", "WTP"
                elif arah == "rentang":
                    awal = idn(base)
                    akhir = '"' + f"{base*0.9:.2f}-{base*1.1:.2f}".replace(".", ",") + '"'
                else:
                    awal, akhir = idn(base), idn(base * (1.1 if arah == "naik" else 0.9))
                f["indikator"].write(f"{kode},{ind},S{s},Indikator {ind},%,{arah},{skala},"
                                     f"OPD{k},{awal},{akhir}\n")
                for y in years:
                    if arah == "kategori":
                        f["target"].write(f"{kode},{ind},{y},WTP\n")
                        f["realisasi"].write(f"{kode},{ind},{y},,{rnd.choice(opini)}\n")
                        continue
                    tv = base * (1 + 0.02 * (y - 2019) * (1 if arah != "turun" else -1))
                    if arah == "rentang":
                        f["target"].write(f"{kode},{ind},{y},"
                                          + '"' + f"{tv*0.95:.2f}-{tv*1.05:.2f}".replace(".", ",") + '"\n')
                    else:
                        f["target"].write(f"{kode},{ind},{y},{idn(tv)}\n")
                    f["realisasi"].write(f"{kode},{ind},{y},,{idn(tv * rnd.uniform(0.7, 1.3))}\n")
    for y in years:
        for prog in range(1, 101):
            s = (prog - 1) % 10 + 1
            pagu = rnd.randrange(100_000_000, 50_000_000_000)
            real = int(pagu * rnd.uniform(0.6, 1.0))
            f["anggaran"].write(f"{kode},S{s},Program {prog:03d},{y},{pagu},{real}{kolom_ang}\n")
    if kaskade:
        opd_kaskade(kode)
for x in f.values():
    x.close()
