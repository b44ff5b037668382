#!/bin/sh
# Server time of the pohon kinerja and OPD pages (issue 11: < 50 ms for a 2,000-node pemda)
# on one pemda of the national cascade generator (bench/gen_nasional.py --kaskade: 40 OPD,
# 12 nodes each) given 6 sub-kegiatan under each of its 240 kegiatan, about 2,000 nodes in
# all. Logged in as admin; for each page the median of N requests of curl's time_total -
# time_connect in milliseconds, and the server's CPU time per request (user + system from
# /proc, which a loaded machine inflates less than the wall clock). Not a test: prints figures; exit 1 when a page misses BATAS.
# Usage: bench/pohon.sh   (BUILD=build by default; N=20, BATAS=50)
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
KINERJA=${KINERJA:-$PWD/$BUILD/kinerja}
N=${N:-20}
BATAS=${BATAS:-50}
out=$(mktemp -d)
trap 'kill $kpid 2>/dev/null; [ -n "$SIMPAN" ] && cp "$out/pohon.db" "$SIMPAN"; rm -rf "$out"' EXIT
python3 bench/gen_nasional.py "$out/data" 1 --kaskade >/dev/null
# 6 sub-kegiatan per kegiatan, each with a budget in 2023 (pagu 1.000.000 x k, 90 % spent)
python3 - "$out/data" <<'PY'
import csv, sys
d = sys.argv[1]
keg = [r for r in csv.DictReader(open(d + "/rencana.csv")) if r["jenis"] == "kegiatan"]
with open(d + "/rencana.csv", "a") as f, open(d + "/anggaran.csv", "a") as a:
    for r in keg:
        for k in range(1, 7):
            kode = "%s.%d" % (r["kode"], k)
            f.write("%s,subkegiatan,%s,%s,Sub-kegiatan %s,\n" % (r["pemda"], kode, r["kode"], kode))
            a.write("%s,,,2023,%d,%d,,%s\n" % (r["pemda"], 1000000 * k, 900000 * k, kode))
PY
simpul=$(grep -c "^$(sed -n '2s/,.*//p' "$out/data/rencana.csv")," "$out/data/rencana.csv")
db="$out/pohon.db"
"$KINERJA" init "$db" >/dev/null
"$KINERJA" import "$db" "$out/data" >/dev/null
pemda=$(sed -n '2s/,.*//p' "$out/data/rencana.csv")
echo "pemda $pemda: $simpul simpul rencana"
KINERJA_ADMIN_SANDI=bench-sandi-rahasia "$KINERJA" serve "$db" --listen 127.0.0.1:0 >"$out/serve.log" &
kpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'http://' "$out/serve.log" 2>/dev/null && break
	sleep 0.5
done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out/serve.log")
base="http://127.0.0.1:$port"
jar="$out/jar"
curl -s -c "$jar" -H 'Content-Type: application/json' \
	-d '{"nama":"admin","kata_sandi":"bench-sandi-rahasia"}' "$base/api/masuk" >/dev/null
q="pemda=$pemda&tahun=2023"
gagal=0
cpu() { awk '{print $14 + $15}' "/proc/$kpid/stat"; }
hz=$(getconf CLK_TCK)
printf '%-55s %8s %8s %9s\n' halaman "ms (med)" "CPU ms" bytes
for hal in "/pohon?$q" "/pohon?$q&opd=OPD7" "/pohon?$q&tingkat=subkegiatan" \
	"/pohon?$q&cari=Kegiatan+3.2" "/opd?$q&opd=OPD7" "/dasbor?$q"; do
	: >"$out/t"
	c0=$(cpu)
	i=0
	while [ $i -lt "$N" ]; do
		curl -s -o "$out/body" -b "$jar" -w '%{time_connect} %{time_total} %{http_code}\n' \
			"$base$hal" >>"$out/t"
		i=$((i + 1))
	done
	if grep -qv ' 200$' "$out/t"; then
		echo "$hal: not 200 ($(grep -v ' 200$' "$out/t" | head -1))" >&2
		gagal=1
	fi
	c1=$(cpu)
	ms=$(awk '{print 1000 * ($2 - $1)}' "$out/t" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
	printf '%-55s %8.2f %8.2f %9d\n' "$hal" "$ms" "$(echo "$c0 $c1 $hz $N" | awk '{print 1000 * ($2 - $1) / $3 / $4}')" \
		"$(wc -c <"$out/body")"
	grep -o '[0-9]* dari [0-9]* simpul ditampilkan' "$out/body" | sed 's/^/    /' || true
	awk -v m="$ms" -v b="$BATAS" 'BEGIN {exit !(m < b)}' || gagal=1
done
[ "$gagal" -eq 0 ] && echo "every page under $BATAS ms" || echo "some page missed $BATAS ms"
exit "$gagal"
