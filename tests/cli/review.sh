#!/bin/sh
# End-to-end tests of `kinerja review` on a small fixture and on the bundled demo.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
K=$KINERJA
R=$(newdb r)

check "init and import of the review fixture" sh -c "$K init '$R' && $K import '$R' '$D/reviu'"
check "review --json exits 0 with findings" sh -c "$K review '$R' --pemda 36.73 --tahun 2020 --json >'$TMP/r.json'"
f() { j "$TMP/r.json" "[t for t in d['temuan'] if t['objek']=='$1' and t['ukuran']=='$2'][0]['$3']"; }
eq "JSON top-level keys" "['pemda', 'tahun', 'temuan']" "$(j "$TMP/r.json" "list(d.keys())")"
eq "JSON keys of a finding" "['tingkat', 'objek', 'ukuran', 'dilaporkan', 'seharusnya', 'sumber', 'pesan']" "$(j "$TMP/r.json" "list(d['temuan'][0].keys())")"
eq "IKA_AIR capaian is a kesalahan" "kesalahan" "$(f IKA_AIR capaian tingkat)"
eq "IKA_AIR dilaporkan 155.78" "155.78" "$(f IKA_AIR capaian dilaporkan)"
eq "IKA_AIR seharusnya 64.1926" "64.1926" "$(f IKA_AIR capaian seharusnya)"
eq "IKA_AIR sumber" "Tabel 3.2" "$(f IKA_AIR capaian sumber)"
check "IKA_AIR: computed upside down, with the right computation" grep -q 'Capaian dihitung terbalik: 43,33 / 67,50 x 100 = 64,19' "$TMP/r.json"
eq "S7 average carries the wrong figure" "True" "$(j "$TMP/r.json" "'rata-rata memuat angka yang salah: capaian IKA_AIR 155,78 seharusnya 64,19' in [t for t in d['temuan'] if t['objek']=='S7' and t['ukuran']=='capaian'][0]['pesan']")"
eq "S7 efisiensi built on the wrong average" "True" "$(j "$TMP/r.json" "'capaian yang salah 135,06' in [t for t in d['temuan'] if t['objek']=='S7' and t['ukuran']=='efisiensi'][0]['pesan']")"
eq "LPE -19,51 (truncation of -19,5159) is not a finding" "0" "$(j "$TMP/r.json" "len([t for t in d['temuan'] if t['objek'] in ('LPE','T4') and t['sumber'].startswith('Tabel')])")"
eq "right figures are not findings" "0" "$(j "$TMP/r.json" "len([t for t in d['temuan'] if t['objek'] in ('IKU_UDARA','IKTL','KEMISKINAN','S9','total')])")"
eq "exactly three kesalahan" "3" "$(j "$TMP/r.json" "len([t for t in d['temuan'] if t['tingkat']=='kesalahan'])")"

$K review "$R" --pemda 36.73 --tahun 2020 >"$TMP/r.txt"
eq "text: exit 0" "0" "$?"
eq "text: summary line" "Ringkasan: 3 kesalahan, 0 peringatan, 0 info" "$(tail -1 "$TMP/r.txt")"
check "text: grouped by tingkat then source" grep -q '^KESALAHAN (3)$' "$TMP/r.txt"
check "text: source heading" grep -q '^  Tabel 3.17$' "$TMP/r.txt"
$K review "$R" --pemda 99.99 --tahun 2020 >/dev/null 2>"$TMP/err"
eq "unknown pemda: exit 1" "1" "$?"
check "unknown pemda: one line naming it" grep -q '99.99' "$TMP/err"
$K review "$R" --tahun 2020 >/dev/null 2>&1
eq "missing --pemda: exit 2" "2" "$?"

# The bundled demo: Kota Serang 2020 as printed.
if [ -f data/demo/dilaporkan.csv ]; then
	DEMO=$(newdb demo)
	check "demo database" $K demo "$DEMO"
	$K review "$DEMO" --pemda 36.73 --tahun 2020 --json >"$TMP/d.json"
	eq "demo: IKA_AIR capaian in Tabel 3.2 is a kesalahan" "kesalahan" "$(j "$TMP/d.json" "[t for t in d['temuan'] if t['objek']=='IKA_AIR' and t['ukuran']=='capaian' and t['sumber']=='Tabel 3.2'][0]['tingkat']")"
	eq "demo: IKA_AIR seharusnya 64.1926" "64.1926" "$(j "$TMP/d.json" "[t for t in d['temuan'] if t['objek']=='IKA_AIR' and t['ukuran']=='capaian' and t['sumber']=='Tabel 3.2'][0]['seharusnya']")"
	eq "demo: IKA_AIR dihitung terbalik" "True" "$(j "$TMP/d.json" "'dihitung terbalik' in [t for t in d['temuan'] if t['objek']=='IKA_AIR' and t['ukuran']=='capaian' and t['sumber']=='Tabel 3.2'][0]['pesan']")"
	eq "demo: sasaran 7 average 135,06 in Tabel 3.17 carries it" "True" "$(j "$TMP/d.json" "'capaian IKA_AIR 155,78 seharusnya 64,19' in [t for t in d['temuan'] if t['objek']=='S7' and t['ukuran']=='capaian' and t['sumber']=='Tabel 3.17'][0]['pesan']")"
	eq "demo: sasaran 7 seharusnya 104.5318" "104.5318" "$(j "$TMP/d.json" "[t for t in d['temuan'] if t['objek']=='S7' and t['ukuran']=='capaian' and t['sumber']=='Tabel 3.17'][0]['seharusnya']")"
	eq "demo: sasaran 7 efisiensi 37,46 built on it" "kesalahan" "$(j "$TMP/d.json" "[t for t in d['temuan'] if t['objek']=='S7' and t['ukuran']=='efisiensi'][0]['tingkat']")"
	eq "demo: LPE -19,51 is not a finding" "0" "$(j "$TMP/d.json" "len([t for t in d['temuan'] if t['objek'] in ('LPE','T4') and t['ukuran']=='capaian'])")"
	eq "demo: capaian printed truncated (RLS 101,38) is not a finding" "0" "$(j "$TMP/d.json" "len([t for t in d['temuan'] if t['objek']=='RLS'])")"
	eq "demo: Tabel 3.1 IKLI 101,92 (truncated) is not a finding" "0" "$(j "$TMP/d.json" "len([t for t in d['temuan'] if t['objek']=='IKLI' and t['sumber']=='Tabel 3.1'])")"
	eq "demo: serapan on the wrong total (95,48) found" "kesalahan" "$(j "$TMP/d.json" "[t for t in d['temuan'] if t['objek']=='total' and t['ukuran']=='serapan' and t['sumber']=='Tabel 3.31'][0]['tingkat']")"
	eq "demo: Tabel 3.3 counts per predikat (12 2 0 3 1) built on IKA_AIR's wrong capaian" "True" "$(j "$TMP/d.json" "(lambda t: t['tingkat']=='kesalahan' and 'Sangat Tinggi dicetak 12, seharusnya 11; Rendah dicetak 3, seharusnya 4' in t['pesan'] and 'IKA_AIR dicetak 155,78' in t['pesan'])([t for t in d['temuan'] if t['objek']=='total' and t['ukuran']=='predikat' and t['sumber']=='Tabel 3.3'][0])")"
	eq "demo: 67 kesalahan, 10 peringatan, 0 info" "67 10 0" "$(j "$TMP/d.json" "' '.join(str(len([t for t in d['temuan'] if t['tingkat']==k])) for k in ('kesalahan','peringatan','info'))")"
	eq "demo: capaian_akhir of KEMISKINAN (124,69) computed upside down" "True" "$(j "$TMP/d.json" "'dihitung terbalik' in [t for t in d['temuan'] if t['objek']=='KEMISKINAN' and t['ukuran']=='capaian_akhir'][0]['pesan']")"
else
	skip "review of the bundled demo: data/demo/dilaporkan.csv not present"
fi
echo "1..$n"
