#!/usr/bin/env python3
"""Writes a survey of N respondents x 9 unsur (default 100,000) as import files:
pemda.csv, survei.csv and survei_jawaban.csv in DIR, over 2 semesters and 20 units,
with about 2 % blank answers. Usage: bench/gen_survei.py DIR [N]"""
import os
import random
import sys

d = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
os.makedirs(d, exist_ok=True)
rnd = random.Random(14)
with open(os.path.join(d, "pemda.csv"), "w") as f:
    f.write("kode,nama,jenis,induk,periode_awal,periode_akhir\n99.01,Kota Uji,kota,,2021,2026\n")
with open(os.path.join(d, "survei.csv"), "w") as f:
    f.write("pemda,kode,uraian,indikator,unsur\n99.01,SKM,Survei kepuasan masyarakat,,\n")
with open(os.path.join(d, "survei_jawaban.csv"), "w") as f:
    f.write("pemda,survei,periode,unit,responden,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
    for i in range(n):
        jaw = ["" if rnd.random() < 0.02 else str(rnd.choice((2, 3, 3, 3, 4, 4))) for _ in range(9)]
        f.write("99.01,SKM,2024-S%d,UNIT%02d,R%06d,%s\n" % (1 + i % 2, i % 20, i, ",".join(jaw)))
