#!/bin/sh
# Benchmark of the web application (wrk, 64 connections), in one run:
#  1. reads: GET /api/capaian of one pemda-year, beside a bare libmicrohttpd handler
#     returning the same JSON as a fixed body (bench/bare_mhd.c, built here);
#     target >= 0.75 of the bare handler's requests/s;
#  2. mixed: 90 % GET /api/capaian over 12 pemda-years, 10 % PUT /api/realisasi logged in
#     with the CSRF token (bench/campur.lua); targets >= 15,000 requests/s, p99 < 20 ms,
#     0 errors; then every acknowledged write must be stored and audited exactly once
#     (bench/cek_audit.py).
# Usage: bench/web.sh   (BUILD=build by default; data: tests/api/data under 4 pemda codes;
#        PERF=out.data records the server with perf during the mixed load)
# Figures depend on the machine and on what else runs on it.
set -e
BUILD=${BUILD:-build}
KINERJA=${KINERJA:-$PWD/$BUILD/kinerja}
DUR=${DUR:-10s}
CONN=${CONN:-64}
THREADS=${THREADS:-2}
out=$(mktemp -d)
trap 'kill $kpid $bpid 2>/dev/null; rm -rf "$out"' EXIT
command -v wrk >/dev/null || { echo "bench/web.sh: wrk missing (tools/deps.sh)" >&2; exit 1; }
cc -O2 -o "$out/bare_mhd" bench/bare_mhd.c $(pkg-config --cflags --libs libmicrohttpd) -lpthread

db="$out/bench.db"
"$KINERJA" init "$db" >/dev/null
pt=""
for p in 99.01 99.02 99.03 99.04; do
	mkdir "$out/data-$p"
	for f in tests/api/data/*.csv; do
		sed "s/^99\.01,/$p,/; s/,99\.01,/,$p,/" "$f" >"$out/data-$p/$(basename "$f")"
	done
	"$KINERJA" import "$db" "$out/data-$p" >/dev/null
	for y in 2019 2020 2021; do pt="$pt $p:$y"; done
done
KINERJA_ADMIN_SANDI=bench-sandi-rahasia "$KINERJA" serve "$db" --listen 127.0.0.1:0 >"$out/serve.log" &
kpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'http://' "$out/serve.log" 2>/dev/null && break
	sleep 0.5
done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out/serve.log")
base="http://127.0.0.1:$port"
curl -s -D "$out/masuk.h" -o "$out/masuk.json" -X POST \
	-H 'Content-Type: application/json' -d '{"nama":"admin","kata_sandi":"bench-sandi-rahasia"}' "$base/api/masuk"
cookie=$(sed -n 's/^Set-Cookie: \(kinerja_sesi=[0-9a-f]*\).*/\1/p' "$out/masuk.h")
csrf=$(sed -n 's/.*"csrf":"\([0-9a-f]*\)".*/\1/p' "$out/masuk.json")
url="$base/api/capaian?pemda=99.01&tahun=2020"
curl -s -H "Cookie: $cookie" "$url" >"$out/capaian.json"
test -s "$out/capaian.json"

"$out/bare_mhd" 0 "$out/capaian.json" >"$out/bare.port" &
bpid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	[ -s "$out/bare.port" ] && break
	sleep 0.2
done
bport=$(cat "$out/bare.port")

run() { # name url [wrk options...]
	name=$1
	u=$2
	shift 2
	wrk -t"$THREADS" -c"$CONN" -d"$DUR" --latency "$@" "$u" >"$out/$name.txt"
	rps=$(awk '/Requests\/sec/ {print $2}' "$out/$name.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$out/$name.txt")
	err=$(awk '/Non-2xx/ {print $5}' "$out/$name.txt")
	sock=$(awk '/Socket errors/ {print $0}' "$out/$name.txt")
	printf '%-8s %12s req/s   p99 %9s   non-2xx %s %s\n' "$name" "$rps" "$p99" "${err:-0}" "$sock"
	eval "rps_$name=$rps"
	eval "p99_$name=$p99"
}
echo "$CONN connections, $DUR each, $(nproc) cores; capaian body $(wc -c <"$out/capaian.json") bytes"
run bare "http://127.0.0.1:$bport/api/capaian"
run baca "$url" -H "Cookie: $cookie"
awk -v k="$rps_baca" -v b="$rps_bare" 'BEGIN { printf "reads / bare = %.2f (target >= 0.75)\n", k / b }'

# PERF=file: record the server's profile during the mixed load (perf report -i file).
[ -n "${PERF:-}" ] && perf record -F 499 --call-graph dwarf,16384 -o "$PERF" -p "$kpid" -- sleep "${DUR%s}" 2>/dev/null &
cpu() { awk '{print $14 + $15}' /proc/"$kpid"/stat; } # the server's CPU time, in ticks
cpu0=$(cpu)
PEMDA_TAHUN="$pt" COOKIE="$cookie" CSRF="$csrf" INDIKATOR=IPM \
	run campur "$base/" -s bench/campur.lua
cpu1=$(cpu)
n_campur=$(awk '/requests in/ {print $1}' "$out/campur.txt")
awk -v c="$((cpu1 - cpu0))" -v n="$n_campur" -v hz="$(getconf CLK_TCK)" \
	'BEGIN { printf "mixed: server CPU %.1f us per request (%d requests)\n", c * 1e6 / hz / n, n }'
ditulis=$(awk '/^ditulis/ {print $2}' "$out/campur.txt")
galat=$(awk '/^galat/ {print $2}' "$out/campur.txt")
echo "mixed: $ditulis writes acknowledged, $galat errors (targets: >= 15000 req/s, p99 < 20 ms, 0 errors)"
kill $kpid
wait $kpid 2>/dev/null || true
kpid=
python3 bench/cek_audit.py "$db" admin IPM "$ditulis" "$CONN"
