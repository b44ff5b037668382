#!/bin/sh
# National-scale benchmark (issue 2): generates 552 pemda x 6 years, imports
# them and measures every pemda-year. Not a test: prints timings.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
out=bench/out
mkdir -p "$out"
python3 bench/gen_nasional.py "$out/nasional"
rm -f "$out/nasional.db" "$out/nasional.db-wal" "$out/nasional.db-shm"
"$BUILD/kinerja" init "$out/nasional.db" >/dev/null
echo "== impor (kinerja import) =="
/usr/bin/time -f "waktu impor: %e s, memori maks %M KiB" "$BUILD/kinerja" import "$out/nasional.db" "$out/nasional"
echo "== pengukuran setiap pemda-tahun =="
"$BUILD/bench/bench_ukur" "$out/nasional.db"
