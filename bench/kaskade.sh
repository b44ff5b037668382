#!/bin/sh
# The OPD cascade at national scale (issue 11): 552 pemda with 40 OPD each (about 3.5 million
# cascade rows), imported and then every OPD of every pemda measured. Not a test: prints
# timings; floors: import >= 200.000 rows/s (SQLite), every OPD measured in < 5 s, one OPD's
# LKj PDF (report --opd) in < 0.5 s.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
out=bench/out
mkdir -p "$out"
python3 bench/gen_nasional.py "$out/kaskade" 552 --kaskade
baris=0
for f in "$out"/kaskade/*.csv; do
	baris=$((baris + $(wc -l <"$f") - 1))
done
db=${DB:-$out/kaskade.db}
rm -f "$db" "$db-wal" "$db-shm"
"$BUILD/kinerja" init "$db" >/dev/null
echo "== impor (kinerja import), $baris baris =="
t0=$(date +%s.%N)
/usr/bin/time -f "memori maks %M KiB; CPU %U s user + %S s sys (waktu pada mesin yang sibuk)" "$BUILD/kinerja" import "$db" "$out/kaskade"
t1=$(date +%s.%N)
python3 -c "import sys; t = float(sys.argv[2]) - float(sys.argv[1]); print('waktu impor: %.1f s, %.0f baris/s' % (t, int(sys.argv[3]) / t))" "$t0" "$t1" "$baris"
echo "== pengukuran setiap OPD setiap pemda (tahun 2023) =="
"$BUILD/bench/bench_kaskade" "$db" 2023
echo "== LKj satu OPD (report --opd, PDF), pemda 11.01 tahun 2023; sasaran 0,5 s =="
for i in 1 2 3 4 5; do
	/usr/bin/time -f "%e s wall, CPU %U s user + %S s sys" "$BUILD/kinerja" report "$db" \
		--pemda 11.01 --tahun 2023 --opd OPD1 --format pdf -o "$out/lkj-opd1.pdf" >/dev/null
done
