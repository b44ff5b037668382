#!/bin/sh
# The store on both engines: read-only commands never create a database;
# on a throw-away PostgreSQL server (tests/pg/server.sh) the same demo gives
# the same measurement, review and export as on SQLite; connection errors
# are one line; concurrent writes to one cell lose nothing; a measurement
# never mixes before and after a concurrent import.
. "$(dirname "$0")/lib.inc"
K=$KINERJA
R=$(cd "$(dirname "$0")/../.." && pwd)

# ---- SQLite: read-only commands never create or change a database ----
: >"$TMP/kosong.db"
$K measure "$TMP/kosong.db" --pemda 36.73 --tahun 2020 >"$TMP/o" 2>"$TMP/e"
eq "measure on a zero-byte file: exit 1" "1" "$?"
check "  with a clear message" grep -q "bukan basis data kinerja (kosong; buat dengan \`kinerja init" "$TMP/e"
eq "  the file stays zero bytes" "0" "$(stat -c %s "$TMP/kosong.db")"
check "  and no journal appears" test ! -e "$TMP/kosong.db-wal"
$K export "$TMP/kosong.db" "$TMP/ex0" >/dev/null 2>&1
eq "export on a zero-byte file: exit 1" "1" "$?"
printf 'bukan basis data\n' >"$TMP/teks.db"
cp "$TMP/teks.db" "$TMP/teks.asli"
$K review "$TMP/teks.db" --pemda 36.73 --tahun 2020 >"$TMP/o" 2>"$TMP/e"
eq "review on a text file: exit 1" "1" "$?"
check "  named as not a kinerja database" grep -q "'$TMP/teks.db' bukan basis data kinerja" "$TMP/e"
check "  the file is unchanged" cmp "$TMP/teks.db" "$TMP/teks.asli"
$K measure "$TMP/tiada.db" --pemda 36.73 --tahun 2020 >"$TMP/o" 2>"$TMP/e"
eq "measure on a missing path: exit 1" "1" "$?"
check "  nothing is created" test ! -e "$TMP/tiada.db"
$K import "$TMP/kosong.db" "$R/tests/cli/data/mini" >"$TMP/o" 2>&1
eq "import into a zero-byte file: exit 1 (init first)" "1" "$?"

# ---- copy and backup between SQLite files (no server needed) ----
$K demo "$TMP/d.db" >/dev/null
for c in "measure --json" "review --json"; do
	$K $c "$TMP/d.db" --pemda 36.73 --tahun 2020 >"$TMP/sq.$(echo $c | cut -c1-3)"
done
check "copy SQLite -> SQLite" $K copy "$TMP/d.db" "$TMP/s2.db"
$K measure "$TMP/s2.db" --pemda 36.73 --tahun 2020 --json >"$TMP/s2.mea"
check "  the copy measures the same" cmp "$TMP/sq.mea" "$TMP/s2.mea"
$K copy "$TMP/d.db" "$TMP/s2.db" >"$TMP/o" 2>"$TMP/e"
eq "copy into a non-empty database: exit 1" "1" "$?"
check "  saying it is not empty" grep -q "tidak kosong" "$TMP/e"
check "backup of an SQLite database" $K backup "$TMP/d.db" "$TMP/b1.db"
$K measure "$TMP/b1.db" --pemda 36.73 --tahun 2020 --json >"$TMP/b1.mea"
check "  the snapshot measures the same" cmp "$TMP/sq.mea" "$TMP/b1.mea"
$K backup "$TMP/d.db" "$TMP/b1.db" >"$TMP/o" 2>&1
eq "backup onto an existing file: exit 1" "1" "$?"
$K copy "$TMP/d.db" >"$TMP/o" 2>"$TMP/e"
eq "copy with one argument: usage error" "2" "$?"
check "  in Indonesian" grep -q "pemakaian: kinerja copy SUMBER TUJUAN" "$TMP/e"

# ---- PostgreSQL ----
mkdir "$TMP/tanpa-server"
$K measure "postgresql://postgres@/x?host=$TMP/tanpa-server" --pemda 36.73 --tahun 2020 \
	>"$TMP/o" 2>"$TMP/e"
eq "no server behind the socket: exit 1" "1" "$?"
eq "  exactly one line" "1" "$(wc -l <"$TMP/e")"
check "  naming host/db and libpq's reason" grep -q \
	"^kinerja: tidak dapat terhubung ke PostgreSQL ($TMP/tanpa-server/x): connection to server on socket .*failed" "$TMP/e"

if ! env=$("$R/tests/pg/server.sh" start 2>"$TMP/pg.err"); then
	if grep -q "# SKIP" "$TMP/pg.err"; then
		cat "$TMP/pg.err"
		echo "1..$n"
		exit 0
	fi
	echo "not ok $((n + 1)) - PostgreSQL test server starts"
	sed 's/^/#   /' "$TMP/pg.err"
	echo "1..$((n + 1))"
	exit 1
fi
eval "$env"
trap '"$R/tests/pg/server.sh" stop; rm -rf "$TMP"; [ "$gagal" -eq 0 ] || exit 1' EXIT
baru() { "$R/tests/pg/server.sh" newdb "$1"; }
psqlq() { psql -qAt "$@"; }

# A statement failed inside a write transaction and its caller went on: PostgreSQL answers
# COMMIT with ROLLBACK, which the store must report rather than call success.
check "a commit after a failed statement reports it, keeping nothing (test_store_tx)" \
	env KINERJA_TEST_DB="$(baru tx)" "$(dirname "$K")/tests/test_store_tx"

u=$(baru kosong)
$K measure "$u" --pemda 36.73 --tahun 2020 >"$TMP/o" 2>"$TMP/e"
eq "measure on an empty PostgreSQL database: exit 1" "1" "$?"
check "  saying it is not a kinerja database yet" grep -q "bukan basis data kinerja (kosong" "$TMP/e"
eq "  and creating no table" "0" "$(psqlq "$u" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
$K measure "postgresql://postgres@/tiada?host=$KINERJA_PG_DIR" --pemda 36.73 --tahun 2020 \
	>"$TMP/o" 2>"$TMP/e"
eq "a database that does not exist: exit 1" "1" "$?"
check "  libpq's reason on one line" grep -q '^kinerja: tidak dapat terhubung ke PostgreSQL (.*/tiada): .*database "tiada" does not exist' "$TMP/e"

u=$(baru demo)
check "demo into PostgreSQL" $K demo "$u"
check "init again is harmless (schema versioned)" $K init "$u"
# The number of the last migration (each helper's branch adds its own).
akhir=$(ls "$R"/src/store/migrations/*.sql | sed 's|.*/0*\([0-9]*\)_.*|\1|' | sort -n | tail -1)
eq "  schema version recorded once" "$akhir" "$(psqlq "$u" -c "SELECT max(versi) FROM kinerja_skema")"
$K measure "$u" --pemda 36.73 --tahun 2020 --json >"$TMP/pg.mea"
$K review "$u" --pemda 36.73 --tahun 2020 --json >"$TMP/pg.rev"
check "measure --json on PostgreSQL = on SQLite" cmp "$TMP/sq.mea" "$TMP/pg.mea"
check "review --json on PostgreSQL = on SQLite" cmp "$TMP/sq.rev" "$TMP/pg.rev"
$K export "$TMP/d.db" "$TMP/ex.sq" >/dev/null
$K export "$u" "$TMP/ex.pg" >/dev/null
check "export on PostgreSQL = on SQLite" diff -r "$TMP/ex.sq" "$TMP/ex.pg"
printf 'rahasia123\n' | $K user add "$u" --nama admin1 --peran admin >/dev/null 2>&1
eq "a user added on PostgreSQL" "admin1" "$(psqlq "$u" -c "SELECT nama FROM pengguna")"

# ---- copy SQLite -> PostgreSQL -> SQLite ----
u2=$(baru salinan)
check "copy SQLite -> PostgreSQL" $K copy "$TMP/d.db" "$u2"
check "copy PostgreSQL -> SQLite" $K copy "$u2" "$TMP/kembali.db"
for c in measure review; do
	$K $c "$TMP/kembali.db" --pemda 36.73 --tahun 2020 --json >"$TMP/rt.$c"
done
check "round trip: measure --json byte-identical" cmp "$TMP/sq.mea" "$TMP/rt.measure"
check "round trip: review --json byte-identical" cmp "$TMP/sq.rev" "$TMP/rt.review"
$K export "$TMP/kembali.db" "$TMP/ex.rt" >/dev/null
check "round trip: export byte-identical" diff -r "$TMP/ex.sq" "$TMP/ex.rt"
eq "round trip: the audit keeps its ids" \
	"$(sqlite3 "$TMP/d.db" "SELECT group_concat(id || ':' || tabel || ':' || waktu, ' ') FROM audit")" \
	"$(sqlite3 "$TMP/kembali.db" "SELECT group_concat(id || ':' || tabel || ':' || waktu, ' ') FROM audit")"
$K copy "$TMP/d.db" "$u2" >"$TMP/o" 2>"$TMP/e"
eq "copy into a non-empty PostgreSQL database: exit 1" "1" "$?"
printf 'rahasia123\n' | $K user add "$u2" --nama kedua --peran admin >/dev/null 2>&1
eq "after a copy new ids continue after the copied ones" "1" \
	"$(psqlq "$u2" -c "SELECT count(*) FROM pengguna WHERE nama = 'kedua' AND id > 0")"

# ---- the foreign keys of a COPY ----
# Where the role may set session_replication_role (a superuser, or GRANT SET ON PARAMETER),
# a COPY skips PostgreSQL's per-row checks and the driver checks each foreign key once per
# COPY, as a set; elsewhere PostgreSQL checks each row. Either way a missing reference fails
# with PostgreSQL's message and nothing is kept.
cp "$TMP/d.db" "$TMP/yatim.db"
sqlite3 "$TMP/yatim.db" "PRAGMA foreign_keys = OFF; INSERT INTO anggaran(pemda, sasaran, program, tahun, pagu) VALUES ('36.73', 'S-TIADA', 'Program X', 2020, 1)"
pesan='basis data: anggaran: ERROR: insert or update on table "anggaran" violates foreign key constraint "anggaran_pemda_sasaran_fkey" DETAIL: Key (pemda, sasaran)=(36.73, S-TIADA) is not present in table "rencana".'
psqlq "$KINERJA_PG_URI" -c "CREATE ROLE biasa LOGIN" -c "CREATE ROLE boleh LOGIN" \
	-c "GRANT SET ON PARAMETER session_replication_role TO boleh" >/dev/null
for peran in postgres:1 boleh:1 biasa:0; do
	cepat=${peran#*:}
	peran=${peran%:*}
	psqlq "$KINERJA_PG_URI" -c "CREATE DATABASE fk_$peran OWNER $peran" \
		-c "ALTER DATABASE fk_$peran SET log_statement = 'all'"
	u3="postgresql://$peran@/fk_$peran?host=$KINERJA_PG_DIR"
	sebelum=$(grep -c "SET LOCAL session_replication_role = replica" "$KINERJA_PG_DIR/server.log")
	$K copy "$TMP/yatim.db" "$u3" >"$TMP/o" 2>"$TMP/e"
	eq "$peran: a copy with a missing reference: exit 1" "1" "$?"
	eq "  with PostgreSQL's message" "kinerja: $pesan" "$(cat "$TMP/e")"
	eq "  and nothing copied" "0" "$(psqlq "$u3" -c "SELECT count(*) FROM pemda")"
	check "  the database without it copies" $K copy "$TMP/d.db" "$u3"
	$K measure "$u3" --pemda 36.73 --tahun 2020 --json >"$TMP/fk.mea"
	check "  and measures as on SQLite" cmp "$TMP/sq.mea" "$TMP/fk.mea"
	sesudah=$(grep -c "SET LOCAL session_replication_role = replica" "$KINERJA_PG_DIR/server.log")
	eq "  per-row checks skipped: $cepat" "$cepat" "$((sesudah > sebelum))"
done

# ---- backup from PostgreSQL, also while a server serves ----
port=$((20000 + $$ % 20000))
$K serve "$u" --listen 127.0.0.1:$port >"$TMP/serve.log" 2>&1 &
spid=$!
sleep 1
check "backup of a PostgreSQL database while it is served" $K backup "$u" "$TMP/pg-b.db"
kill $spid 2>/dev/null
wait $spid 2>/dev/null
$K measure "$TMP/pg-b.db" --pemda 36.73 --tahun 2020 --json >"$TMP/pgb.mea"
check "  the snapshot is an SQLite database that measures the same" cmp "$TMP/sq.mea" "$TMP/pgb.mea"

# ---- two servers on one database ----
python3 "$R/tests/cli/pg_serve.py" "$K" "$u" "$n" >"$TMP/serve.tap" 2>&1
grep -v '^# next' "$TMP/serve.tap"
gagal=$((gagal + $(grep -c '^not ok' "$TMP/serve.tap")))
n=$(sed -n 's/^# next //p' "$TMP/serve.tap")
[ -n "$n" ] || { n=0; gagal=$((gagal + 1)); echo "not ok 999 - pg_serve.py ran to its end"; }

# ---- concurrent writes to one cell: each audited with the right old value ----
mkdir "$TMP/a" "$TMP/b"
cp "$R/data/demo/pemda.csv" "$TMP/a/"
cp "$R/data/demo/pemda.csv" "$TMP/b/"
printf 'pemda,indikator,tahun,triwulan,realisasi\n36.73,IPM,2020,,"70,01"\n' >"$TMP/a/realisasi.csv"
printf 'pemda,indikator,tahun,triwulan,realisasi\n36.73,IPM,2020,,"70,02"\n' >"$TMP/b/realisasi.csv"
# A third connection holds the row, so that both imports are waiting for it at once.
(psqlq "$u" -c "BEGIN; SELECT 1 FROM realisasi WHERE pemda = '36.73' AND indikator = 'IPM' AND tahun = 2020 FOR UPDATE; SELECT pg_sleep(1.5); COMMIT;" >/dev/null) &
lock=$!
sleep 0.3
$K import "$u" "$TMP/a" >"$TMP/ia" 2>&1 &
pa=$!
$K import "$u" "$TMP/b" >"$TMP/ib" 2>&1 &
pb=$!
wait $pa
ra=$?
wait $pb
rb=$?
wait $lock
eq "two concurrent imports of the same cell both succeed" "0 0" "$ra $rb"
psqlq "$u" -F '|' -c "SELECT lama, baru FROM audit WHERE tabel = 'realisasi' AND kunci LIKE '36.73 / IPM / 2020 / 0%' ORDER BY id" >"$TMP/aud"
eq "  two audit entries for the cell" "2" "$(wc -l <"$TMP/aud")"
l1=$(sed -n 1p "$TMP/aud")
l2=$(sed -n 2p "$TMP/aud")
eq "  the first replaced the stored value" "nilai=72,16" "${l1%%|*}"
eq "  the second replaced what the first wrote (no lost update)" "${l1#*|}" "${l2%%|*}"
eq "  the last committed value is stored" "${l2#*|}" \
	"nilai=$(psqlq "$u" -c "SELECT nilai FROM realisasi WHERE pemda = '36.73' AND indikator = 'IPM' AND tahun = 2020")"

# ---- a killed import leaves the database as it was ----
menulis() { # waits (at most 5 s) until an import's COPY is running on $u
	i=0
	while [ $i -lt 100 ]; do
		[ "$(psqlq "$u" -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE 'COPY%'")" -gt 0 ] && break
		sleep 0.05
		i=$((i + 1))
	done
}
python3 "$R/bench/gen_nasional.py" "$TMP/besar" 60 >/dev/null
$K export "$u" "$TMP/pra" >/dev/null
$K import "$u" "$TMP/besar" >/dev/null 2>&1 &
pid=$!
# Kill it once it is writing: its rows are arriving at the server.
menulis
kill -9 $pid 2>/dev/null
{ wait $pid; } 2>/dev/null
eq "the import into PostgreSQL was killed while running (status 137)" "137" "$?"
sleep 0.5
$K export "$u" "$TMP/pasca" >/dev/null
check "  the database holds exactly what it held before" diff -r "$TMP/pra" "$TMP/pasca"
eq "  no row of the killed import is left" "0" "$(psqlq "$u" -c "SELECT count(*) FROM pemda WHERE kode = '11.01'")"

# ---- a connection lost during an import: an error, nothing half written ----
$K import "$u" "$TMP/besar" >"$TMP/o" 2>"$TMP/e" &
pid=$!
menulis
psqlq "$u" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()" >/dev/null
wait $pid
eq "an import whose connection is cut: exit 1" "1" "$?"
check "  saying the connection was lost" grep -q "koneksi ke PostgreSQL terputus" "$TMP/e"
$K export "$u" "$TMP/pasca2" >/dev/null
check "  the database holds exactly what it held before" diff -r "$TMP/pra" "$TMP/pasca2"

# ---- a measurement never mixes before and after a concurrent import ----
konsisten() { # DB: imports version A and B alternately while measuring
	db=$1
	$K import "$db" "$TMP/vA" >/dev/null 2>&1
	$K measure "$db" --pemda 36.73 --tahun 2020 --json >"$TMP/mA"
	$K import "$db" "$TMP/vB" >/dev/null 2>&1
	$K measure "$db" --pemda 36.73 --tahun 2020 --json >"$TMP/mB"
	cmp -s "$TMP/mA" "$TMP/mB" && echo "versions measure the same"
	(i=0; while [ $i -lt 15 ]; do
		$K import "$db" "$TMP/vA" >/dev/null 2>&1 || echo "import gagal"
		$K import "$db" "$TMP/vB" >/dev/null 2>&1 || echo "import gagal"
		i=$((i + 1)); done) &
	imp=$!
	campur=0 i=0
	while [ $i -lt 30 ]; do
		$K measure "$db" --pemda 36.73 --tahun 2020 --json >"$TMP/mX" 2>/dev/null
		cmp -s "$TMP/mX" "$TMP/mA" || cmp -s "$TMP/mX" "$TMP/mB" || campur=$((campur + 1))
		i=$((i + 1))
	done
	wait $imp
	echo "$campur campuran"
}
mkdir "$TMP/vA" "$TMP/vB"
cp "$R/data/demo/pemda.csv" "$TMP/vA/"
cp "$R/data/demo/pemda.csv" "$TMP/vB/"
# Version A and B differ in targets and realisasi (two tables read one after the other).
awk -F, 'NR == 1 || $3 == 2020' "$R/data/demo/target.csv" >"$TMP/vA/target.csv"
awk -F, 'NR == 1 || $3 == 2020' "$R/data/demo/realisasi.csv" >"$TMP/vA/realisasi.csv"
sed 's/,"\([0-9]*\),\([0-9]*\)"$/,"\1,\29"/' "$TMP/vA/target.csv" >"$TMP/vB/target.csv"
sed 's/,"\([0-9]*\),\([0-9]*\)"$/,"\1,\29"/' "$TMP/vA/realisasi.csv" >"$TMP/vB/realisasi.csv"
check "  the two versions differ" sh -c "! cmp -s '$TMP/vA/target.csv' '$TMP/vB/target.csv'"
eq "PostgreSQL: every measurement during imports is all before or all after" "0 campuran" "$(konsisten "$u")"
eq "SQLite: every measurement during imports is all before or all after" "0 campuran" "$(konsisten "$TMP/d.db")"

echo "1..$n"
