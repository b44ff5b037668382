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
awal=0
[ "$KINERJA_ENGINE" = pg ] && awal=$(ditulis)
$K import "$DB" "$TMP/big" >/dev/null 2>&1 &
pid=$!
# Kill it once it is writing: 2 MB of its uncommitted rows have reached the disk.
i=0
while [ $i -lt 200 ]; do
	size=$(ditulis)
	[ "$size" -gt $((awal + 2000000)) ] && break
	sleep 0.05
	i=$((i + 1))
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
