#!/bin/sh
# A throw-away PostgreSQL 15 server for the tests: initdb into a temporary
# directory, listening only on a Unix socket inside it (no TCP).
#   eval "$(tests/pg/server.sh start)"   # sets KINERJA_PG_DIR and KINERJA_PG_URI
#   tests/pg/server.sh newdb NAME        # creates database NAME, prints its URI
#   tests/pg/server.sh uri NAME          # prints the URI of NAME without creating it
#   tests/pg/server.sh psql URI ARGS...  # runs psql on a database of the server
#   tests/pg/server.sh stop              # stops the server and removes the directory
# The tests' server trades durability for speed (fsync, synchronous_commit and
# full_page_writes off: a crash of the machine may lose or corrupt it, which a
# throw-away server may). KINERJA_PG_AWET=1 starts it durable instead, with the
# settings a deployment keeps (PostgreSQL's defaults): bench/pg.sh times on that.
# Under root the server runs as the `postgres` system user (initdb refuses root).
# Exit status 3 (and a "# SKIP" line) when no PostgreSQL server binaries exist.
set -eu
bin=""
for d in /usr/lib/postgresql/*/bin; do
	[ -x "$d/initdb" ] && bin=$d
done
as() { # runs a command as the server's owner
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
start)
	if [ -z "$bin" ]; then
		echo "# SKIP PostgreSQL server not installed (package postgresql)" >&2
		exit 3
	fi
	dir=$(mktemp -d "${TMPDIR:-/tmp}/kinerja-pg.XXXXXX")
	chmod 755 "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
	as "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	cepat="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	[ "${KINERJA_PG_AWET:-0}" = 1 ] && cepat=""
	as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-k $dir -c listen_addresses= $cepat -c max_connections=200" start >/dev/null ||
		{ cat "$dir/server.log" >&2; exit 1; }
	echo "KINERJA_PG_DIR='$dir'; export KINERJA_PG_DIR"
	echo "KINERJA_PG_URI='postgresql://postgres@/postgres?host=$dir'; export KINERJA_PG_URI"
	;;
newdb)
	dir=${KINERJA_PG_DIR:?start the server first}
	as "$bin/createdb" -h "$dir" -U postgres "$2"
	echo "postgresql://postgres@/$2?host=$dir"
	;;
uri)
	dir=${KINERJA_PG_DIR:?start the server first}
	echo "postgresql://postgres@/$2?host=$dir"
	;;
psql)
	shift
	psql=psql
	[ -x "$bin/psql" ] && psql=$bin/psql
	exec "$psql" -X -q -v ON_ERROR_STOP=1 "$@"
	;;
stop)
	dir=${KINERJA_PG_DIR:-}
	[ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
	as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start|newdb NAME|uri NAME|psql URI ARGS...|stop" >&2
	exit 2
	;;
esac
