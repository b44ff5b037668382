#!/bin/sh
# Benchmark of the web application: GET /api/capaian for a pemda-year at 64
# connections (wrk), beside a bare libmicrohttpd handler returning the same JSON
# as a fixed body (bench/bare_mhd.c, built here), in the same run.
# Usage: bench/web.sh [PEMDA TAHUN]   (BUILD=build by default; uses the demo data,
# or tests/api/data when the demo has no such pemda). Target: >= 1/2 of the bare
# handler's requests/s, p99 < 20 ms.
set -e
BUILD=${BUILD:-build}
KINERJA=${KINERJA:-$PWD/$BUILD/kinerja}
DUR=${DUR:-10s}
CONN=${CONN:-64}
THREADS=${THREADS:-2}
pemda=${1:-36.73}
tahun=${2:-2020}
out=$(mktemp -d)
trap 'kill $kpid $bpid 2>/dev/null; rm -rf "$out"' EXIT
command -v wrk >/dev/null || { echo "bench/web.sh: wrk missing (tools/deps.sh)" >&2; exit 1; }
cc -O2 -o "$out/bare_mhd" bench/bare_mhd.c $(pkg-config --cflags --libs libmicrohttpd) -lpthread

db="$out/bench.db"
"$KINERJA" demo "$db" >/dev/null
if ! "$KINERJA" measure "$db" --pemda "$pemda" --tahun "$tahun" >/dev/null 2>&1; then
	rm -f "$db"
	"$KINERJA" init "$db" >/dev/null
	"$KINERJA" import "$db" tests/api/data >/dev/null
	pemda=99.01
fi
KINERJA_ADMIN_SANDI=bench-sandi-rahasia "$KINERJA" serve "$db" --listen 127.0.0.1:0 >"$out/serve.log" &
kpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'http://' "$out/serve.log" 2>/dev/null && break
	sleep 0.5
done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out/serve.log")
base="http://127.0.0.1:$port"
cookie=$(curl -s -D - -o /dev/null -X POST -d '{"nama":"admin","kata_sandi":"bench-sandi-rahasia"}' \
	"$base/api/masuk" | sed -n 's/^Set-Cookie: \(kinerja_sesi=[0-9a-f]*\).*/\1/p')
url="$base/api/capaian?pemda=$pemda&tahun=$tahun"
curl -s -H "Cookie: $cookie" "$url" >"$out/capaian.json"
test -s "$out/capaian.json"

"$out/bare_mhd" 0 "$out/capaian.json" >"$out/bare.port" &
bpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	[ -s "$out/bare.port" ] && break
	sleep 0.2
done
bport=$(cat "$out/bare.port")

run() { # name url [header]
	if [ -n "$3" ]; then
		wrk -t"$THREADS" -c"$CONN" -d"$DUR" --latency -H "$3" "$2" >"$out/$1.txt"
	else
		wrk -t"$THREADS" -c"$CONN" -d"$DUR" --latency "$2" >"$out/$1.txt"
	fi
	rps=$(awk '/Requests\/sec/ {print $2}' "$out/$1.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$out/$1.txt")
	err=$(awk '/Non-2xx/ {print $5}' "$out/$1.txt")
	mb=$(awk '/Transfer\/sec/ {print $2}' "$out/$1.txt")
	printf '%-10s %12s req/s   p99 %9s   %10s/s   non-2xx %s\n' "$1" "$rps" "$p99" "$mb" "${err:-0}"
	eval "rps_$1=$rps"
}
echo "GET /api/capaian?pemda=$pemda&tahun=$tahun, $CONN connections, $DUR, $(nproc) cores,"
echo "body $(wc -c <"$out/capaian.json") bytes"
run bare "http://127.0.0.1:$bport/api/capaian"
run kinerja "$url" "Cookie: $cookie"
awk -v k="$rps_kinerja" -v b="$rps_bare" 'BEGIN { printf "kinerja / bare = %.2f (target >= 0.50)\n", k / b }'
