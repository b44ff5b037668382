#!/bin/sh
# Survey benchmark (issue 13): 100,000 respondents x 9 unsur imported (target < 2 s)
# and computed (kinerja survey, target < 0.2 s including start-up and reading the
# answers back). Not a test: prints timings. Usage: bench/survei.sh [N] [DB]
# (DB: an SQLite path, default a temporary file, or a postgresql:// URI of an empty database).
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
N=${1:-100000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 bench/gen_survei.py "$T/data" "$N"
DB=${2:-$T/s.db}
"$BUILD/kinerja" init "$DB" >/dev/null
echo "== impor $N responden x 9 unsur =="
/usr/bin/time -f "waktu impor: %e s (user %U s, sys %S s), memori maks %M KiB" "$BUILD/kinerja" import "$DB" "$T/data"
echo "== hitung IKM (kinerja survey, 2024-S1) =="
/usr/bin/time -f "waktu hitung: %e s (user %U s, sys %S s), memori maks %M KiB" "$BUILD/kinerja" survey "$DB" --pemda 99.01 --survei SKM --periode 2024-S1 | head -2
