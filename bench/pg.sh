#!/bin/sh
# Benchmark of the two engines in one run (issue 9), on the national-scale data
# (bench/gen_nasional.py: 552 pemda x 6 years):
#  1. import into an empty database: seconds and rows/s (floor on PostgreSQL: 100,000 rows/s),
#     on a durable server (fsync, synchronous_commit and full_page_writes on, as PostgreSQL
#     ships them: KINERJA_PG_AWET=1, unlike the tests' server) as the role a deployment
#     connects as: not a superuser, the owner of its database, granted SET on
#     session_replication_role (docs/architecture.md); then once more as a role without
#     that grant, whose rows PostgreSQL checks one by one against their foreign keys;
#  2. measurement of every pemda-year, the pemda loaded 32 at a time (store_muat_semua: each
#     table read once per chunk) (floor: < 2 s);
#  3. GET /api/capaian of one pemda-year at 64 connections (wrk), one server per engine
#     (floor: PostgreSQL >= 0.5 x SQLite);
#  4. two `kinerja serve` on one PostgreSQL database against one, at 4 connections per core,
#     each server pinned to its own core with taskset when there are enough cores.
# Usage: bench/pg.sh [N_PEMDA]   (BUILD=build by default). Not a test: prints figures, which
# depend on the machine and on what else runs on it.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
K=$PWD/$BUILD/kinerja
N=${1:-552}
DUR=${DUR:-10s}
out=$(mktemp -d)
# serve() runs in a command substitution (a subshell), so the servers' pids go to a file.
stoppen() { if [ -f "$out/pids" ]; then kill $(cat "$out/pids") 2>/dev/null || true; rm -f "$out/pids"; fi; }
cleanup() {
	stoppen
	tests/pg/server.sh stop >/dev/null 2>&1 || true
	rm -rf "$out"
}
trap cleanup EXIT INT TERM
command -v wrk >/dev/null || { echo "bench/pg.sh: wrk missing (tools/deps.sh test)" >&2; exit 1; }
[ -x "$BUILD/bench/bench_ukur" ] || make -s "$BUILD/bench/bench_ukur"
eval "$(KINERJA_PG_AWET=1 tests/pg/server.sh start)"
psql_su() { tests/pg/server.sh psql "$KINERJA_PG_URI" "$@" >/dev/null; }
psql_su -c "CREATE ROLE kinerja LOGIN" -c "CREATE ROLE kinerja_biasa LOGIN" \
	-c "GRANT SET ON PARAMETER session_replication_role TO kinerja"
pgdb() { # name role -> URI of a new database the role owns
	psql_su -c "CREATE DATABASE $1 OWNER $2"
	echo "postgresql://$2@/$1?host=$KINERJA_PG_DIR"
}
python3 bench/gen_nasional.py "$out/nasional" "$N" >/dev/null
rows=0
for f in "$out"/nasional/*.csv; do
	rows=$((rows + $(wc -l <"$f") - 1))
done
echo "data: $N pemda, $rows rows; $(nproc) cores"

sekarang() { date +%s.%N; }
# CPU seconds of the PostgreSQL server's ended backends (the postmaster's children), so
# the figures can be compared on a loaded machine; 0 for SQLite's runs (no server).
server_cpu() {
	pm=$(head -1 "$KINERJA_PG_DIR/data/postmaster.pid" 2>/dev/null || echo)
	[ $engine = pg ] && [ -n "$pm" ] && awk '{ print ($16 + $17) / 100 }' "/proc/$pm/stat" 2>/dev/null || echo 0
}

impor() { # db label: imports the national data into db, prints the figures
	"$K" init "$1" >/dev/null
	s0=$(server_cpu)
	t0=$(sekarang)
	/usr/bin/time -o "$out/time" -f "%U %S" "$K" import "$1" "$out/nasional" >/dev/null
	t1=$(sekarang)
	sleep 0.5 # the backend is reaped by the postmaster after the client is gone
	s1=$(server_cpu)
	awk -v a="$t0" -v b="$t1" -v r="$rows" -v e="$2" -v s0="$s0" -v s1="$s1" -v l="$(cut -d' ' -f1-3 /proc/loadavg)" \
		'{ printf "%-7s import  %6.2f s  %8.0f rows/s  (CPU: client %.2f s, server %.2f s; load %s)\n", e, b - a, r / (b - a), $1 + $2, s1 - s0, l }' "$out/time"
}

serve() { # db log [taskset cpu] -> port
	if [ -n "${3:-}" ]; then
		KINERJA_ADMIN_SANDI=bench-sandi-rahasia taskset -c "$3" "$K" serve "$1" --listen 127.0.0.1:0 >"$2" 2>&1 &
	else
		KINERJA_ADMIN_SANDI=bench-sandi-rahasia "$K" serve "$1" --listen 127.0.0.1:0 >"$2" 2>&1 &
	fi
	echo $! >>"$out/pids"
	for _ in $(seq 40); do
		grep -q 'http://' "$2" 2>/dev/null && break
		sleep 0.25
	done
	sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$2" | head -1
}

cookie_of() { # port
	curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' \
		-d '{"nama":"admin","kata_sandi":"bench-sandi-rahasia"}' \
		"http://127.0.0.1:$1/api/masuk" | sed -n 's/^Set-Cookie: \(kinerja_sesi=[0-9a-f]*\).*/\1/p'
}

wrk_rps() { # connections url cookie -> "rps p99"
	wrk -t2 -c"$1" -d"$DUR" --latency -H "Cookie: $3" "$2" >"$out/wrk.txt"
	rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$out/wrk.txt")
	err=$(awk '/Non-2xx/ {print $5}' "$out/wrk.txt")
	echo "$rps $p99 ${err:-0}"
}

pemda=$(sed -n '2,$p' "$out/nasional/pemda.csv" | awk -F, '$3 != "nasional" && $3 != "provinsi" {print $1; exit}')
for engine in sqlite pg; do
	if [ $engine = sqlite ]; then db="$out/nasional.db"; else db=$(pgdb nasional kinerja); fi
	impor "$db" $engine
	if [ $engine = pg ]; then
		impor "$(pgdb nasional_biasa kinerja_biasa)" "pg(row-checked)"
		psql_su -c "DROP DATABASE nasional_biasa"
	fi
	s0=$(server_cpu)
	/usr/bin/time -o "$out/time" -f "%U %S" "$BUILD/bench/bench_ukur" "$db" | sed "s/^/$engine  /"
	sleep 0.5
	s1=$(server_cpu)
	awk -v e=$engine -v s0="$s0" -v s1="$s1" \
		'{ printf "%-7s measurement CPU: client %.2f s, server %.2f s\n", e, $1 + $2, s1 - s0 }' "$out/time"
	port=$(serve "$db" "$out/serve-$engine.log")
	c=$(cookie_of "$port")
	set -- $(wrk_rps 64 "http://127.0.0.1:$port/api/capaian?pemda=$pemda&tahun=2020" "$c")
	printf '%-7s GET /api/capaian 64 conn: %s req/s  p99 %s  non-2xx %s\n' $engine "$1" "$2" "$3"
	eval "rps_$engine=$1"
	stoppen
	wait 2>/dev/null || true
	[ $engine = pg ] && echo "$db" >"$out/pgdb"
done
awk -v p="$rps_pg" -v s="$rps_sqlite" 'BEGIN { printf "PostgreSQL / SQLite API = %.2f (floor 0.50)\n", p / s }'

# Two servers on one PostgreSQL database against one, 4 connections per core.
db=$(cat "$out/pgdb")
cores=$(nproc)
conn=$((4 * cores))
if [ "$cores" -ge 4 ]; then cpu1=0; cpu2=1; else cpu1=""; cpu2=""; fi
p1=$(serve "$db" "$out/s1.log" $cpu1)
c1=$(cookie_of "$p1")
set -- $(wrk_rps "$conn" "http://127.0.0.1:$p1/api/capaian?pemda=$pemda&tahun=2020" "$c1")
satu=$1
p2=$(serve "$db" "$out/s2.log" $cpu2)
c2=$(cookie_of "$p2")
# The same load split over both servers, at once.
wrk -t1 -c$((conn / 2)) -d"$DUR" -H "Cookie: $c1" "http://127.0.0.1:$p1/api/capaian?pemda=$pemda&tahun=2020" >"$out/w1.txt" &
w1=$!
wrk -t1 -c$((conn / 2)) -d"$DUR" -H "Cookie: $c1" "http://127.0.0.1:$p2/api/capaian?pemda=$pemda&tahun=2020" >"$out/w2.txt"
wait $w1
dua=$(awk '/Requests\/sec/ {s += $2} END {print s}' "$out/w1.txt" "$out/w2.txt")
echo "one server:  $satu req/s at $conn connections"
echo "two servers: $dua req/s at $conn connections (one session, valid on both)"
awk -v a="$dua" -v b="$satu" -v c="$cores" 'BEGIN { printf "two / one = %.2f (floor 1.5 when each server has its own cores; %d cores here%s)\n", a / b, c, c < 4 ? ": the servers, wrk and PostgreSQL share them" : "" }'
