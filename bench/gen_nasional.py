#!/usr/bin/env python3
"""Generates a national-scale dataset in the import format (format-impor.md):
552 pemda, 5 tujuan and 10 sasaran each, 3 indicators per sasaran, 6 years of
targets and realisasi, 100 programs per pemda and year. Deterministic (seeded).
Usage: bench/gen_nasional.py OUTDIR [N_PEMDA]"""
import os
import random
import sys

out = sys.argv[1]
n_pemda = int(sys.argv[2]) if len(sys.argv) > 2 else 552
years = range(2019, 2025)
rnd = random.Random(2026)
os.makedirs(out, exist_ok=True)


def idn(x, d=2):
    """Indonesian writing: decimal comma, quoted for the comma delimiter."""
    return '"' + f"{x:.{d}f}".replace(".", ",") + '"'


f = {n: open(os.path.join(out, n + ".csv"), "w", encoding="utf-8") for n in
     ["pemda", "rencana", "opd", "indikator", "target", "realisasi", "anggaran"]}
f["pemda"].write("kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n")
f["rencana"].write("pemda,jenis,kode,induk,uraian\n")
f["opd"].write("pemda,kode,nama\n")
f["indikator"].write("pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir\n")
f["target"].write("pemda,indikator,tahun,target\n")
f["realisasi"].write("pemda,indikator,tahun,triwulan,realisasi\n")
f["anggaran"].write("pemda,sasaran,program,tahun,pagu,realisasi\n")
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
    f["rencana"].write(f"{kode},visi,V,,Visi {kode}\n")
    f["rencana"].write(f"{kode},misi,M1,V,Misi pertama\n")
    for o in range(1, 6):
        f["opd"].write(f"{kode},OPD{o},Perangkat Daerah {o}\n")
    for t in range(1, 6):
        f["rencana"].write(f"{kode},tujuan,T{t},M1,Tujuan {t}\n")
        for s in (2 * t - 1, 2 * t):
            f["rencana"].write(f"{kode},sasaran,S{s},T{t},Sasaran {s}\n")
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
            f["anggaran"].write(f"{kode},S{s},Program {prog:03d},{y},{pagu},{real}\n")
for x in f.values():
    x.close()
