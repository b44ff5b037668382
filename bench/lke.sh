#!/bin/sh
# Worksheet benchmark (issue 13): 40 OPD x the 80 criteria of permenpanrb-88-2021,
# scored and ranked by `kinerja evaluate` (target < 50 ms for the scoring; the figure
# printed includes start-up and reading the answers). Not a test: prints timings.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/d"
printf 'kode,nama,jenis,induk,periode_awal,periode_akhir\n99.01,Kota Uji,kota,,2021,2026\n' >"$T/d/pemda.csv"
python3 - "$T/d" <<'PY'
import csv, random, sys
d = sys.argv[1]
rows = list(csv.DictReader(open("data/kerangka/permenpanrb-88-2021.csv")))
rnd = random.Random(13)
with open(d + "/opd.csv", "w") as f:
    f.write("pemda,kode,nama\n")
    for o in range(40):
        f.write("99.01,OPD%02d,Perangkat Daerah %d\n" % (o, o))
with open(d + "/lke_jawaban.csv", "w") as f:
    f.write("pemda,tahun,opd,kerangka,kriteria,mandiri,evaluator,catatan\n")
    for o in ["OPD%02d" % i for i in range(40)] + [""]:
        for r in rows:
            if not r["jawaban"]:
                continue
            v = rnd.choice("YT") if r["jawaban"] == "yt" else rnd.choice("ABCDE")
            f.write("99.01,2024,%s,permenpanrb-88-2021,%s,%s,%s,\n" % (o, r["kode"], v, v))
PY
"$BUILD/kinerja" init "$T/l.db" >/dev/null
/usr/bin/time -f "impor 41 lembar kerja: %e s (user %U s, sys %S s)" "$BUILD/kinerja" import "$T/l.db" "$T/d"
/usr/bin/time -f "evaluate (41 lembar kerja dinilai, 40 OPD diperingkat): %e s (user %U s, sys %S s)" \
	"$BUILD/kinerja" evaluate "$T/l.db" --pemda 99.01 --tahun 2024 --json >/dev/null
