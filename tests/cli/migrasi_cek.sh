#!/bin/sh
# Migration 0068: the CHECKs of rencana.jenis, indikator.arah, .rumus_turun and .agregasi
# written as `x = 'a' OR ...` (SQLite built a temporary table of an IN list for every row
# written). Both engines: the checks refuse and accept what they did. SQLite: a database
# of schema 67 (its two tables as they were, rebuilt back by this test) keeps every row,
# rowid, export and foreign key through the migration, and an insert builds no table.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
K=$KINERJA
DB=$(newdb a)
$K init "$DB" >/dev/null
$K import "$DB" "$D/mini" >/dev/null
$K import "$DB" "$(dirname "$0")/data-kaskade" >/dev/null
# A value outside the list is refused, each one of the list is taken (then rolled back).
tolak() { # description SQL
	if q "$DB" "$2" >"$TMP/o" 2>&1; then
		eq "$1" "refused" "taken"
	else
		check "$1" grep -qi "check" "$TMP/o"
	fi
}
tolak "rencana.jenis 'bab' is refused" "INSERT INTO rencana(pemda, kode, jenis, uraian) VALUES ('36.73', 'X1', 'bab', 'x')"
tolak "indikator.arah 'naik turun' is refused" "INSERT INTO indikator(pemda, kode, induk, uraian, arah) VALUES ('36.73', 'X1', 'S1', 'x', 'naik turun')"
tolak "indikator.rumus_turun 'beda' is refused" "INSERT INTO indikator(pemda, kode, induk, uraian, arah, rumus_turun) VALUES ('36.73', 'X1', 'S1', 'x', 'turun', 'beda')"
tolak "indikator.agregasi 'rerata' is refused" "INSERT INTO indikator(pemda, kode, induk, uraian, arah, agregasi) VALUES ('36.73', 'X1', 'S1', 'x', 'naik', 'rerata')"
sql="BEGIN;"
for j in visi misi tujuan sasaran tujuan_pd sasaran_pd program kegiatan subkegiatan; do
	sql="$sql INSERT INTO rencana(pemda, kode, jenis, uraian) VALUES ('36.73', 'X$j', '$j', 'x');"
done
i=0
for a in naik turun rentang kategori; do
	for r in NULL "'rasio'" "'selisih'"; do
		for g in akhir jumlah rata_rata; do
			i=$((i + 1))
			sql="$sql INSERT INTO indikator(pemda, kode, induk, uraian, arah, rumus_turun, agregasi) VALUES ('36.73', 'X$i', 'S1', 'x', '$a', $r, '$g');"
		done
	done
done
check "every value of the lists is taken (9 jenis, 36 arah x rumus_turun x agregasi)" q "$DB" "$sql SELECT 1; ROLLBACK;"

if [ "$KINERJA_ENGINE" = pg ]; then
	skip "SQLite only: a database of schema 67 migrates"
	echo "1..$n"
	exit 0
fi
# Schema 67 again: both tables rebuilt with the IN lists they had (0001, 0010), and the
# migrations after 0068 undone (0070: pk.instansi), so that 68 onwards run on it as on a
# database of that day. A migration added later is undone here too.
sqlite3 "$DB" "PRAGMA foreign_keys = ON; BEGIN; PRAGMA defer_foreign_keys = ON;
CREATE TABLE rs AS SELECT rowid AS r, * FROM rencana; DROP TABLE rencana;
CREATE TABLE rencana (pemda TEXT NOT NULL REFERENCES pemda(kode), kode TEXT NOT NULL, jenis TEXT NOT NULL CHECK (jenis IN ('visi', 'misi', 'tujuan', 'sasaran', 'tujuan_pd', 'sasaran_pd', 'program', 'kegiatan', 'subkegiatan')), induk TEXT, uraian TEXT NOT NULL, opd TEXT, PRIMARY KEY (pemda, kode));
INSERT INTO rencana(rowid, pemda, kode, jenis, induk, uraian, opd) SELECT r, pemda, kode, jenis, induk, uraian, opd FROM rs ORDER BY r; DROP TABLE rs;
CREATE INDEX rencana_muat ON rencana(pemda);
CREATE TABLE i_s AS SELECT rowid AS r, * FROM indikator; DROP TABLE indikator;
CREATE TABLE indikator (pemda TEXT NOT NULL REFERENCES pemda(kode), kode TEXT NOT NULL, induk TEXT NOT NULL, uraian TEXT NOT NULL, satuan TEXT NOT NULL DEFAULT '', arah TEXT NOT NULL CHECK (arah IN ('naik', 'turun', 'rentang', 'kategori')), skala TEXT, opd TEXT, kondisi_awal TEXT NOT NULL DEFAULT '', target_akhir TEXT NOT NULL DEFAULT '', rumus_turun TEXT CHECK (rumus_turun IS NULL OR rumus_turun IN ('rasio', 'selisih')), agregasi TEXT NOT NULL DEFAULT 'akhir' CHECK (agregasi IN ('akhir', 'jumlah', 'rata_rata')), bobot REAL NOT NULL DEFAULT 1, PRIMARY KEY (pemda, kode), FOREIGN KEY (pemda, induk) REFERENCES rencana(pemda, kode));
INSERT INTO indikator(rowid, pemda, kode, induk, uraian, satuan, arah, skala, opd, kondisi_awal, target_akhir, rumus_turun, agregasi, bobot) SELECT r, pemda, kode, induk, uraian, satuan, arah, skala, opd, kondisi_awal, target_akhir, rumus_turun, agregasi, bobot FROM i_s ORDER BY r;
DROP TABLE i_s; CREATE INDEX indikator_muat ON indikator(pemda);
ALTER TABLE pk DROP COLUMN instansi;
PRAGMA user_version = 67; COMMIT;" >"$TMP/o" 2>&1
check "schema 67 made again" test ! -s "$TMP/o"
eq "schema 67: rencana has its IN list" "1" "$(q "$DB" "SELECT count(*) FROM sqlite_master WHERE name = 'rencana' AND sql LIKE '%jenis IN (%'")"
q "$DB" "SELECT rowid, * FROM rencana ORDER BY rowid; SELECT rowid, * FROM indikator ORDER BY rowid" >"$TMP/r67"
$K export "$DB" "$TMP/ex67" >/dev/null
eq "the export migrates the database to the last schema" \
	"$(ls "$(dirname "$0")"/../../src/store/migrations/*.sql | sed 's|.*/0*\([0-9]*\)_.*|\1|' | sort -n | tail -1)" \
	"$(q "$DB" "PRAGMA user_version")"
q "$DB" "SELECT rowid, * FROM rencana ORDER BY rowid; SELECT rowid, * FROM indikator ORDER BY rowid" >"$TMP/r68"
check "every rencana and indikator row kept with its rowid ($(wc -l <"$TMP/r67") rows)" diff "$TMP/r67" "$TMP/r68"
$K export "$DB" "$TMP/ex68" >/dev/null
check "the export is the same before and after" diff -r "$TMP/ex67" "$TMP/ex68"
eq "no foreign key broken, the file intact" "ok" "$(q "$DB" "PRAGMA foreign_key_check; PRAGMA integrity_check")"
eq "no IN list left in either table" "0" "$(q "$DB" "SELECT count(*) FROM sqlite_master WHERE name IN ('rencana', 'indikator') AND sql LIKE '% IN (%'")"
eq "both read-order indexes are back" "indikator_muat rencana_muat" "$(q "$DB" "SELECT name FROM sqlite_master WHERE name IN ('rencana_muat', 'indikator_muat') ORDER BY name" | tr '\n' ' ' | sed 's/ $//')"
eq "an insert into rencana or indikator builds no temporary table" "0" \
	"$(q "$DB" "EXPLAIN INSERT INTO rencana(pemda, kode, jenis, uraian) VALUES (?, ?, ?, ?); EXPLAIN INSERT INTO indikator(pemda, kode, induk, uraian, arah) VALUES (?, ?, ?, ?, ?)" | grep -c OpenEphemeral)"
echo "1..$n"
