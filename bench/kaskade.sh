#!/bin/sh
# The OPD cascade at national scale (issue 11): 552 pemda with 40 OPD each (about 3.5 million
# cascade rows), imported and then every OPD of every pemda measured. Not a test: prints
# timings; floors: import >= 200.000 rows/s (SQLite), every OPD measured in < 5 s, one OPD's
# LKj PDF (report --opd) in < 0.5 s.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
out=bench/out
for b in "$BUILD/kinerja" "$BUILD/bench/bench_kaskade"; do
	if [ ! -x "$b" ]; then
		echo "kaskade.sh: $b belum dibangun; jalankan: make bench-kaskade (atau make $b)" >&2
		exit 2
	fi
done
mkdir -p "$out"
python3 bench/gen_nasional.py "$out/kaskade" 552 --kaskade
baris=0
for f in "$out"/kaskade/*.csv; do
	baris=$((baris + $(wc -l <"$f") - 1))
done
db=${DB:-$out/kaskade.db}
rm -f "$db" "$db-wal" "$db-shm"
"$BUILD/kinerja" init "$db" >/dev/null
echo "== impor (kinerja import), $baris baris; beban: $(cut -d' ' -f1-3 /proc/loadavg) =="
t0=$(date +%s.%N)
/usr/bin/time -o "$out/kaskade.time" -f "%U %S %M" "$BUILD/kinerja" import "$db" "$out/kaskade"
t1=$(date +%s.%N)
# Wall time depends on the machine's load; CPU time (user + sys) much less.
read -r u s m <"$out/kaskade.time"
python3 -c "import sys; t = float(sys.argv[2]) - float(sys.argv[1]); c = float(sys.argv[4]) + float(sys.argv[5]); n = int(sys.argv[3]); print('waktu impor: %.1f s, %.0f baris/s; CPU %s s user + %s s sys = %.1f s, %.0f baris per detik CPU; memori maks %s KiB' % (t, n / t, sys.argv[4], sys.argv[5], c, n / c, sys.argv[6]))" "$t0" "$t1" "$baris" "$u" "$s" "$m"
echo "== pengukuran setiap OPD setiap pemda (tahun 2023); beban: $(cut -d' ' -f1-3 /proc/loadavg) =="
/usr/bin/time -o "$out/kaskade.time" -f "%U %S %e" "$BUILD/bench/bench_kaskade" "$db" 2023
read -r u s e <"$out/kaskade.time"
echo "CPU $u s user + $s s sys; $e s wall"
echo "== LKj satu OPD (report --opd, PDF), pemda 11.01 tahun 2023; sasaran 0,5 s =="
for i in 1 2 3 4 5; do
	/usr/bin/time -f "%e s wall, CPU %U s user + %S s sys" "$BUILD/kinerja" report "$db" \
		--pemda 11.01 --tahun 2023 --opd OPD1 --format pdf -o "$out/lkj-opd1.pdf" >/dev/null
done
