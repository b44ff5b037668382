#!/bin/sh
# `kinerja compare` over the national dataset (bench/gen_nasional.py: 552 kab/kota under
# 38 provinces, 6 years): the whole command (best of 5; target < 50 ms) and, apart, the
# read of the pemda concerned and the comparison alone (bench/bench_compare.c). Not a test.
# Usage: bench/compare.sh  (BUILD=build by default; reuses bench/out/nasional.db)
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
out=bench/out
make -s BUILD="$BUILD" all "$BUILD/bench/bench_compare"
if [ ! -f "$out/nasional.db" ]; then
	mkdir -p "$out"
	python3 bench/gen_nasional.py "$out/nasional"
	"$BUILD/kinerja" init "$out/nasional.db" >/dev/null
	"$BUILD/kinerja" import "$out/nasional.db" "$out/nasional" >/dev/null
fi
db=$out/nasional.db
best=
for i in 1 2 3 4 5; do
	s=$(date +%s.%N)
	"$BUILD/kinerja" compare "$db" --induk 11 --indikator I1_1 --tahun 2024 --json >/dev/null
	e=$(date +%s.%N)
	t=$(echo "($e - $s) * 1000" | bc)
	if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" -eq 1 ]; then best=$t; fi
done
printf 'kinerja compare --induk 11 --indikator I1_1 --tahun 2024: %.1f ms (best of 5; target < 50 ms)\n' "$best"
"$BUILD/bench/bench_compare" "$db" 11 I1_1 2024
