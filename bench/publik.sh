#!/bin/sh
# Benchmark of the public pages (wrk, 64 connections), in one run beside the bare
# libmicrohttpd handler (bench/bare_mhd.c) returning the same body as a fixed answer:
#  GET /publik/pemda of one published pemda-year, and GET /publik/data.csv of it;
#  targets >= 0.75 of the bare handler's requests/s, p99 < 10 ms, 0 errors.
# Usage: bench/publik.sh   (BUILD=build by default, DUR=5s, ROUNDS=3; data: the demo,
# Kota Serang 2020 locked and published)
# Figures depend on the machine and on what else runs on it.
set -e
BUILD=${BUILD:-build}
KINERJA=${KINERJA:-$PWD/$BUILD/kinerja}
DUR=${DUR:-5s}
ROUNDS=${ROUNDS:-3}
CONN=${CONN:-64}
THREADS=${THREADS:-2}
out=$(mktemp -d)
trap 'kill $kpid $b1 $b2 2>/dev/null; rm -rf "$out"' EXIT
command -v wrk >/dev/null || { echo "bench/publik.sh: wrk missing (tools/deps.sh)" >&2; exit 1; }
cc -O2 -o "$out/bare_mhd" bench/bare_mhd.c $(pkg-config --cflags --libs libmicrohttpd) -lpthread

db="$out/bench.db"
"$KINERJA" demo "$db" >/dev/null
"$KINERJA" lock "$db" --pemda 36.73 --tahun 2020 >/dev/null
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

cpu() { # pid -> user+system clock ticks of the process so far
	awk '{ print $14 + $15 }' "/proc/$1/stat"
}
run() { # name url pid-of-the-server
	c0=$(cpu "$3")
	wrk -t"$THREADS" -c"$CONN" -d"$DUR" --latency "$2" >"$out/$1.txt"
	c1=$(cpu "$3")
	rps=$(awk '/Requests\/sec/ {print $2}' "$out/$1.txt")
	n=$(awk '/requests in/ {print $1}' "$out/$1.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$out/$1.txt")
	err=$(awk '/Non-2xx/ {print $5}' "$out/$1.txt")
	sock=$(awk '/Socket errors/ {print $0}' "$out/$1.txt")
	us=$(awk -v a="$c0" -v b="$c1" -v n="$n" -v hz="$(getconf CLK_TCK)" \
		'BEGIN { printf "%.1f", (b - a) * 1e6 / hz / n }')
	printf '  %-14s %10s req/s  %6s us CPU/req  p99 %9s  non-2xx %s %s\n' "$1" "$rps" "$us" \
		"$p99" "${err:-0}" "$sock"
	eval "rps_$1=$rps"
	eval "us_$1=$us"
}
echo "$CONN connections, $DUR each, $(nproc) cores; page $(wc -c <"$out/halaman.html") bytes," \
	"data.csv $(wc -c <"$out/data.csv") bytes"
# The machine may be shared: each round runs the bare handler right before kinerja on the
# same body, and the ratio of each pair counts; the median of the rounds is the figure.
: >"$out/rasio"
for i in $(seq "$ROUNDS"); do
	echo "round $i"
	run bare_halaman "http://127.0.0.1:$(cat "$out/halaman.html.port")/" "$b1"
	run halaman "$halaman" "$kpid"
	run bare_data "http://127.0.0.1:$(cat "$out/data.csv.port")/" "$b2"
	run data "$data" "$kpid"
	echo "$rps_halaman $rps_bare_halaman $rps_data $rps_bare_data $us_halaman $us_bare_halaman" \
		"$us_data $us_bare_data" >>"$out/rasio"
done
# Requests/s ratios, and bare CPU time per request / kinerja's (steadier on a busy machine).
awk '{ h[NR] = $1 / $2; d[NR] = $3 / $4; ch[NR] = $6 / $5; cd[NR] = $8 / $7
	printf "round %d: page / bare = %.2f, data.csv / bare = %.2f; by CPU per request: %.2f, %.2f\n", NR, h[NR], d[NR], ch[NR], cd[NR] }
	function median(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	END { printf "median of %d rounds: page / bare = %.2f, data.csv / bare = %.2f; by CPU per request: %.2f, %.2f (targets >= 0.75, p99 < 10 ms, 0 errors)\n", NR, median(h, NR), median(d, NR), median(ch, NR), median(cd, NR) }' "$out/rasio"
