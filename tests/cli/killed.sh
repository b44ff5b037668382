#!/bin/sh
# A killed import leaves the database exactly as before: the import is one
# transaction. SQLite's WAL, or PostgreSQL's aborted transaction, rolls back
# what was not committed. Runs on both engines; the database is checked
# through kinerja (export, import, measure), not through the engine.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
K=$KINERJA
python3 "$(dirname "$0")/../../bench/gen_nasional.py" "$TMP/big" 200
DB=$(newdb k)
$K init "$DB" >/dev/null
$K import "$DB" "$D/mini" >/dev/null
$K export "$DB" "$TMP/before" >/dev/null
# How much the import has written so far: SQLite's WAL file, or the PostgreSQL
# database's size on disk (relations grow as rows are inserted, committed or not).
ditulis() {
	if [ "$KINERJA_ENGINE" = pg ]; then
		pgsql "$DB" "SELECT pg_database_size(current_database())" 2>/dev/null || echo 0
	else
		stat -c %s "$DB-wal" 2>/dev/null || echo 0
	fi
}
# How long the whole import takes, into a scratch database: the real one is
# killed at the latest a quarter of that time in (machine load varies). (During an import SQLite keeps up to
# 256 MiB of pages in memory, so rows may reach the disk only at the commit.)
DBW=$(newdb kw)
$K init "$DBW" >/dev/null
t0=$(date +%s%N)
$K import "$DBW" "$TMP/big" >/dev/null
seperempat=$((($(date +%s%N) - t0) / 4000000)) # ms
awal=0
[ "$KINERJA_ENGINE" = pg ] && awal=$(ditulis)
$K import "$DB" "$TMP/big" >/dev/null 2>&1 &
pid=$!
t0=$(date +%s%N)
# Kill it once it is writing: 2 MB of its uncommitted rows have reached the
# disk, or it has run a quarter of the time the whole import takes.
while :; do
	size=$(ditulis)
	[ "$size" -gt $((awal + 2000000)) ] && break
	[ $((($(date +%s%N) - t0) / 1000000)) -ge "$seperempat" ] && break
	sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid
status=$?
eq "the import was killed while running (status 137)" "137" "$status"
$K export "$DB" "$TMP/after" >/dev/null
check "after the kill the database holds exactly what it held before" diff -r "$TMP/before" "$TMP/after"
check "the database still works: the same import now completes" $K import "$DB" "$TMP/big"
$K measure "$DB" --pemda 11.01 --tahun 2020 --json >"$TMP/m.json"
eq "and its data is measured" "30" "$(j "$TMP/m.json" "len(d['indikator'])")"
echo "1..$n"
