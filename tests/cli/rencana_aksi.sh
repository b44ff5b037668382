#!/bin/sh
# Rencana aksi (siklus.md, issue 12 item 1): target.csv `triwulan` (empty = the
# year's target, 1-4 = that quarter's) imported, measured quarter by quarter
# against its own target (else the year's), in measure --json `triwulan`, and
# round-tripped through export (CSV and XLSX). Expected values computed by hand.
. "$(dirname "$0")/lib.inc"
DATA=$(dirname "$0")/../api/data
mkdir "$TMP/d"
cp "$DATA"/*.csv "$TMP/d/"
{
	echo "pemda,indikator,tahun,target,triwulan"
	tail -n +2 "$DATA/target.csv" | sed 's/$/,/'
	echo '99.01,RLS,2021,"8,00",1'
	echo '99.01,RLS,2021,"8,50",3'
	echo '99.01,KEMISKINAN,2021,"6,00",2'
} >"$TMP/d/target.csv"
{
	cat "$DATA/realisasi.csv"
	echo '99.01,RLS,2021,1,"8,20"'
	echo '99.01,RLS,2021,2,"8,70"'
	echo '99.01,KEMISKINAN,2021,2,"6,30"'
} >"$TMP/d/realisasi.csv"
db=$(newdb ra)
"$KINERJA" init "$db" >/dev/null 2>&1
"$KINERJA" import "$db" "$TMP/d" >"$TMP/o" 2>&1
eq "import with quarterly targets" 0 $?
"$KINERJA" measure "$db" --pemda 99.01 --tahun 2021 --json >"$TMP/m.json"
eq "measure --json" 0 $?
rls='[x for x in d["indikator"] if x["kode"]=="RLS"][0]["triwulan"]'
# Q1: own target 8,00, realisasi 8,20: 8,20 / 8,00 x 100 = 102,5.
eq "Q1 measured against its own target: 102,5" \
	"{'triwulan': 1, 'target': '8,00', 'target_triwulan': True, 'realisasi': 8.2, 'capaian': 102.5}" "$(j "$TMP/m.json" "$rls[0]")"
# Q2: no target of its own: against the year's 8,70: 8,70 / 8,70 x 100 = 100;
# target is the one it was measured against (the year's 8,70), not a quarter's.
eq "Q2 without a target: against the year's 8,70 (100)" \
	"{'triwulan': 2, 'target': '8,70', 'target_triwulan': False, 'realisasi': 8.7, 'capaian': 100.0}" "$(j "$TMP/m.json" "$rls[1]")"
eq "Q3 with a target and no realisasi: capaian null" \
	"{'triwulan': 3, 'target': '8,50', 'target_triwulan': True, 'realisasi': None, 'capaian': None}" "$(j "$TMP/m.json" "$rls[2]")"
eq "Q4 (neither) is left out" 3 "$(j "$TMP/m.json" "len($rls)")"
# KEMISKINAN turun, rumus rasio: 6,00 / 6,30 x 100 = 95,2381.
eq "a falling indicator's quarter by the same rules: 95,2381" 95.2381 \
	"$(j "$TMP/m.json" '[x for x in d["indikator"] if x["kode"]=="KEMISKINAN"][0]["triwulan"][0]["capaian"]')"
eq "an indicator without quarters: empty list" "[]" \
	"$(j "$TMP/m.json" '[x for x in d["indikator"] if x["kode"]=="IPM"][0]["triwulan"]')"
eq "the year's target is unchanged by quarterly ones" "8,70" \
	"$(j "$TMP/m.json" '[x for x in d["indikator"] if x["kode"]=="RLS"][0]["target"]')"
"$KINERJA" export "$db" "$TMP/x" >/dev/null 2>&1
grep -q '^99.01,RLS,2021,"\?8,00"\?,1$' "$TMP/x/target.csv"
eq "export writes the quarter's target with its triwulan" 0 $?
grep -q '^99.01,RLS,2021,"\?8,70"\?,$' "$TMP/x/target.csv"
eq "and the year's with an empty triwulan" 0 $?
for f in csv xlsx; do
	db2=$(newdb "ra_$f")
	"$KINERJA" init "$db2" >/dev/null 2>&1
	if [ $f = csv ]; then src="$TMP/x"; else
		src="$TMP/x.xlsx"
		"$KINERJA" export "$db" "$src" >/dev/null 2>&1
	fi
	"$KINERJA" import "$db2" "$src" >/dev/null 2>&1
	eq "re-import of the $f export" 0 $?
	"$KINERJA" measure "$db2" --pemda 99.01 --tahun 2021 --json >"$TMP/m2.json"
	eq "the $f round trip keeps the quarters" "$(j "$TMP/m.json" "$rls")" "$(j "$TMP/m2.json" "$rls")"
done
sed 's/"8,00",1$/"8,00",5/' "$TMP/d/target.csv" >"$TMP/t5.csv" && cp "$TMP/t5.csv" "$TMP/d/target.csv"
"$KINERJA" import "$db" "$TMP/d" >"$TMP/o" 2>&1
eq "triwulan 5 refused" 1 $?
grep -q "target.csv baris [0-9]* kolom triwulan" "$TMP/o"
eq "naming file, row and column" 0 $?
echo "1..$n"
