#!/bin/sh
# Benchmark of the public pages (wrk, 64 connections), in one run beside the bare
# libmicrohttpd handler (bench/bare_mhd.c) returning the same body as a fixed answer:
#  GET /publik/pemda of one published pemda-year, and GET /publik/data.csv of it;
#  targets >= 0.75 of the bare handler's requests/s, p99 < 10 ms, 0 errors.
# Usage: bench/publik.sh   (BUILD=build by default; data: the demo, Kota Serang 2020 published)
# Figures depend on the machine and on what else runs on it.
set -e
BUILD=${BUILD:-build}
KINERJA=${KINERJA:-$PWD/$BUILD/kinerja}
DUR=${DUR:-10s}
CONN=${CONN:-64}
THREADS=${THREADS:-2}
out=$(mktemp -d)
trap 'kill $kpid $b1 $b2 2>/dev/null; rm -rf "$out"' EXIT
command -v wrk >/dev/null || { echo "bench/publik.sh: wrk missing (tools/deps.sh)" >&2; exit 1; }
cc -O2 -o "$out/bare_mhd" bench/bare_mhd.c $(pkg-config --cflags --libs libmicrohttpd) -lpthread

db="$out/bench.db"
"$KINERJA" demo "$db" >/dev/null
"$KINERJA" publish "$db" --pemda 36.73 --tahun 2020 >/dev/null
"$KINERJA" serve "$db" --listen 127.0.0.1:0 >"$out/serve.log" &
kpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'http://' "$out/serve.log" 2>/dev/null && break
	sleep 0.5
done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out/serve.log")
base="http://127.0.0.1:$port"
halaman="$base/publik/pemda?pemda=36.73&tahun=2020"
data="$base/publik/data.csv?pemda=36.73&tahun=2020"
curl -sf "$halaman" >"$out/halaman.html"
curl -sf "$data" >"$out/data.csv"

bare() { # file -> port on stdout of the bare handler, pid in $bpid
	"$out/bare_mhd" 0 "$1" >"$1.port" &
	bpid=$!
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		[ -s "$1.port" ] && break
		sleep 0.2
	done
}
bare "$out/halaman.html"
b1=$bpid
bare "$out/data.csv"
b2=$bpid

run() { # name url
	wrk -t"$THREADS" -c"$CONN" -d"$DUR" --latency "$2" >"$out/$1.txt"
	rps=$(awk '/Requests\/sec/ {print $2}' "$out/$1.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$out/$1.txt")
	err=$(awk '/Non-2xx/ {print $5}' "$out/$1.txt")
	sock=$(awk '/Socket errors/ {print $0}' "$out/$1.txt")
	printf '%-14s %12s req/s   p99 %9s   non-2xx %s %s\n' "$1" "$rps" "$p99" "${err:-0}" "$sock"
	eval "rps_$1=$rps"
}
echo "$CONN connections, $DUR each, $(nproc) cores; page $(wc -c <"$out/halaman.html") bytes," \
	"data.csv $(wc -c <"$out/data.csv") bytes"
run bare_halaman "http://127.0.0.1:$(cat "$out/halaman.html.port")/"
run halaman "$halaman"
run bare_data "http://127.0.0.1:$(cat "$out/data.csv.port")/"
run data "$data"
awk -v k="$rps_halaman" -v b="$rps_bare_halaman" -v d="$rps_data" -v e="$rps_bare_data" \
	'BEGIN { printf "page / bare = %.2f, data.csv / bare = %.2f (targets >= 0.75, p99 < 10 ms, 0 errors)\n", k / b, d / e }'
