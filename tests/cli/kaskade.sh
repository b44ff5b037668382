#!/bin/sh
# The OPD cascade (siklus.md, issue 11) on tests/cli/data-kaskade: import with
# the parent rules, node and OPD measurement computed by hand, measure --opd,
# the OPD ranking, tree, export and XLSX round trips, frozen PK versions.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data-kaskade
K=$KINERJA
A=$(newdb a)

check "import of the cascade fixture" sh -c "$K init '$A' >/dev/null && $K import '$A' '$D'"
$K measure "$A" --pemda 77 --tahun 2021 --opd A --json >"$TMP/a.json"
# A's indicators: A.I1 100/80 = 125 (bobot 1), A.I2 40/50 = 80 (bobot 3), A.I3 5/10 = 50,
# A.I4 70/100 = 70: (125 + 240 + 50 + 70) / 6 = 485 / 6 = 80,8333
eq "OPD A capaian (125 + 3 x 80 + 50 + 70) / 6 = 80,8333" "80.8333" "$(j "$TMP/a.json" "d['ringkasan']['capaian']")"
eq "OPD A predikat" "Tinggi" "$(j "$TMP/a.json" "d['ringkasan']['predikat']")"
eq "OPD A: its 4 indicators" "['A.I1', 'A.I2', 'A.I3', 'A.I4']" "$(j "$TMP/a.json" "[i['kode'] for i in d['indikator']]")"
eq "OPD A predikat counts" "1 1 1 0 1" "$(j "$TMP/a.json" "' '.join(str(d['ringkasan'][k]) for k in ['Sangat Tinggi','Tinggi','Sedang','Rendah','Sangat Rendah'])")"
eq "OPD A budget 100 + 300 + 200 + 500 = 1.100, realisasi 500, serapan 45,4545" "1100 500 45.4545" "$(j "$TMP/a.json" "'%d %d %s' % (d['ringkasan']['pagu'], d['ringkasan']['realisasi_anggaran'], d['ringkasan']['serapan'])")"
eq "OPD A ranks first" "1" "$(j "$TMP/a.json" "d['ringkasan']['peringkat']")"
eq "OPD A nodes in model order" "['A.T1', 'A.S1', 'A.P1', 'A.P1.K1', 'A.P1.K1.1', 'A.P1.K2']" "$(j "$TMP/a.json" "[r['kode'] for r in d['rencana']]")"
eq "node keys" "['kode', 'jenis', 'induk', 'uraian', 'capaian', 'predikat', 'pagu', 'realisasi_anggaran', 'serapan']" "$(j "$TMP/a.json" "list(d['rencana'][0].keys())")"
eq "sasaran_pd A.S1: own indicators (125 + 3 x 80) / 4 = 91,25" "91.25" "$(j "$TMP/a.json" "[r for r in d['rencana'] if r['kode']=='A.S1'][0]['capaian']")"
eq "program A.P1 without indicators: its child A.P1.K1 = 50" "50.0" "$(j "$TMP/a.json" "[r for r in d['rencana'] if r['kode']=='A.P1'][0]['capaian']")"
eq "tujuan_pd A.T1 keeps its own indicator: 70" "70.0" "$(j "$TMP/a.json" "[r for r in d['rencana'] if r['kode']=='A.T1'][0]['capaian']")"
eq "kegiatan A.P1.K1 pagu 200 + 300 = 500, realisasi 350, serapan 70" "500 350 70.0" "$(j "$TMP/a.json" "' '.join(str(r[k]) for r in d['rencana'] if r['kode']=='A.P1.K1' for k in ['pagu','realisasi_anggaran','serapan'])")"
eq "sub-kegiatan without data: null" "None None" "$(j "$TMP/a.json" "' '.join(str(r[k]) for r in d['rencana'] if r['kode']=='A.P1.K1.1' for k in ['capaian','predikat'])")"

$K measure "$A" --pemda 77 --tahun 2021 --json >"$TMP/p.json"
eq "pemda JSON: OPD ranked, ties share (B 70 = C 70), A1 without indicators last" "A:1 B:2 C:2 A1:None" "$(j "$TMP/p.json" "' '.join('%s:%s' % (o['kode'], o['peringkat']) for o in d['opd'])")"
eq "OPD ranking keys" "['kode', 'nama', 'capaian', 'predikat', 'serapan', 'peringkat']" "$(j "$TMP/p.json" "list(d['opd'][0].keys())")"
eq "RPJMD sasaran S1 keeps its own indicators (90 + 70) / 2 = 80" "80.0" "$(j "$TMP/p.json" "[s for s in d['sasaran'] if s['kode']=='S1'][0]['capaian']")"
eq "S1 pagu: program row 1.000 + node rows 1.500 = 2.500, realisasi 1.400" "2500 1400" "$(j "$TMP/p.json" "' '.join(str(s[k]) for s in d['sasaran'] if s['kode']=='S1' for k in ['pagu','realisasi_anggaran'])")"
eq "pemda ringkasan counts the RPJMD sasaran indicators only" "2" "$(j "$TMP/p.json" "sum(v for k, v in d['ringkasan'].items() if k in ['Sangat Tinggi','Tinggi','Sedang','Rendah','Sangat Rendah','belum_ada_data','tidak_dapat_dihitung'])")"
$K measure "$A" --pemda 77 --tahun 2021 --opd C --json >"$TMP/c.json"
eq "OPD C: IS2 (opd column) 70, C.I1 belum ada data" "70.0 1" "$(j "$TMP/c.json" "'%s %s' % (d['ringkasan']['capaian'], d['ringkasan']['belum_ada_data'])")"
$K measure "$A" --pemda 77 --tahun 2021 --opd B >"$TMP/b.txt"
check "measure --opd as a table" grep -q "Ringkasan 2 indikator OPD: capaian 70,00% Sedang, peringkat 2 dari 4 OPD" "$TMP/b.txt"
$K measure "$A" --pemda 77 --tahun 2021 --opd TIADA >/dev/null 2>"$TMP/e"
eq "unknown OPD: exit 1" "1" "$?"
check "  named" grep -q "OPD 'TIADA' tidak ada di pemda 77" "$TMP/e"

$K tree "$A" --pemda 77 --tahun 2021 --json >"$TMP/t.json"
eq "tree: visi > misi > tujuan > sasaran" "V M1 T1 S1" "$(j "$TMP/t.json" "' '.join([d['pohon'][0]['kode'], d['pohon'][0]['anak'][0]['kode'], d['pohon'][0]['anak'][0]['anak'][0]['kode'], d['pohon'][0]['anak'][0]['anak'][0]['anak'][0]['kode']])")"
eq "tree: under S1 the OPD nodes" "['A.T1', 'B.T1', 'B.P1', 'C.P1']" "$(j "$TMP/t.json" "[a['kode'] for a in d['pohon'][0]['anak'][0]['anak'][0]['anak'][0]['anak']]")"
eq "tree node keys" "['kode', 'jenis', 'uraian', 'opd', 'capaian', 'predikat', 'indikator', 'anak']" "$(j "$TMP/t.json" "list(d['pohon'][0].keys())")"
eq "tree: S1's indicators, A.T1's opd" "['IS1', 'IS2'] A" "$(j "$TMP/t.json" "'%s %s' % (d['pohon'][0]['anak'][0]['anak'][0]['anak'][0]['indikator'], d['pohon'][0]['anak'][0]['anak'][0]['anak'][0]['anak'][0]['opd'])")"
eq "tree: sub-kegiatan at depth 8 inherits the OPD" "A.P1.K1.1 A" "$(j "$TMP/t.json" "(lambda n: n['kode'] + ' ' + n['opd'])(d['pohon'][0]['anak'][0]['anak'][0]['anak'][0]['anak'][0]['anak'][0]['anak'][0]['anak'][0]['anak'][0])")"
$K tree "$A" --pemda 77 --tahun 2021 >"$TMP/t.txt"
check "tree as indented text" grep -q "^              kegiatan A.P1.K1 Kegiatan satu \[A\] — 50,00% Sangat Rendah (1 indikator)$" "$TMP/t.txt"

# Export and XLSX round trips: identical measure --json (pemda and OPD) and tree.
B=$(newdb b)
X=$(newdb x)
check "export" $K export "$A" "$TMP/ex"
check "  pk.csv exported (tempat and instansi as frozen at signing)" \
	grep -q "^77,2021,A,1,001/PK/A/2021,2021-01-15,Uji,Dinas A Kota Uji,Ani" "$TMP/ex/pk.csv"
check "  anggaran on a node keeps sasaran/program empty" grep -q "^77,,,2021,200,200,,A.P1.K1$" "$TMP/ex/anggaran.csv"
check "import of the export" sh -c "$K init '$B' >/dev/null && $K import '$B' '$TMP/ex' >/dev/null"
check "export as XLSX" $K export "$A" "$TMP/ex.xlsx"
check "import of the XLSX" sh -c "$K init '$X' >/dev/null && $K import '$X' '$TMP/ex.xlsx' >/dev/null"
for db in "$B" "$X"; do
	for o in "" "--opd A" "--opd B" "--opd C"; do
		$K measure "$A" --pemda 77 --tahun 2021 $o --json >"$TMP/1.json"
		$K measure "$db" --pemda 77 --tahun 2021 $o --json >"$TMP/2.json"
		check "round trip: measure $o --json identical" cmp "$TMP/1.json" "$TMP/2.json"
	done
	$K tree "$A" --pemda 77 --tahun 2021 --json >"$TMP/1.json"
	$K tree "$db" --pemda 77 --tahun 2021 --json >"$TMP/2.json"
	check "round trip: tree --json identical" cmp "$TMP/1.json" "$TMP/2.json"
done
$K import "$A" "$D" >"$TMP/again"
eq "second import changes nothing" "Impor selesai: 0 baris baru, 0 diubah, 53 sama, 0 tanpa nilai (n/a)." "$(cat "$TMP/again")"

# A signed PK is frozen: a later target change leaves its content; changing it is refused.
mkdir -p "$TMP/pk"
cp "$D"/*.csv "$TMP/pk/"
sed -i 's/^77,A.I1,2021,80$/77,A.I1,2021,85/' "$TMP/pk/target.csv"
check "a target changed after signing" $K import "$A" "$TMP/pk"
eq "  the target is the new one" "85" "$($K measure "$A" --pemda 77 --tahun 2021 --opd A --json >"$TMP/a2.json"; j "$TMP/a2.json" "[i for i in d['indikator'] if i['kode']=='A.I1'][0]['target']")"
eq "  the signed PK keeps 80" "80" "$(q "$A" "SELECT target FROM pk_isi WHERE pemda = '77' AND opd = 'A' AND versi = 1 AND indikator = 'A.I1'")"
eq "  the regional head's PK holds the RPJMD indicators" "IS1 IS2" "$(q "$A" "SELECT indikator FROM pk_isi WHERE pemda = '77' AND opd = '' ORDER BY urutan" | tr '\n' ' ' | sed 's/ $//')"
printf '77,2021,A,2,002/PK/A/2021,2021-06-01,Ani,Kepala Dinas A,19000101 200001 1 001,Wali Kota Uji,Wali Kota Uji,\n' >>"$TMP/pk/pk.csv"
check "a PK Perubahan (versi 2) is a new version" $K import "$A" "$TMP/pk"
eq "  versi 2 holds the new target" "85" "$(q "$A" "SELECT target FROM pk_isi WHERE pemda = '77' AND opd = 'A' AND versi = 2 AND indikator = 'A.I1'")"
sed -i 's/001\/PK\/A\/2021/009\/PK\/A\/2021/' "$TMP/pk/pk.csv"
$K import "$A" "$TMP/pk" >/dev/null 2>"$TMP/e"
eq "changing a signed version: exit 1" "1" "$?"
check "  refused by name" grep -q "pk.csv baris 3 kolom versi: PK 2021 A versi 1 sudah ditandatangani dan dibekukan; perubahan memerlukan versi baru (PK Perubahan)" "$TMP/e"

# Bad cascades: refused with file, row and column, nothing written.
buruk() { # description, the row appended to rencana.csv, the expected message
	mkdir -p "$TMP/buruk"
	rm -f "$TMP/buruk"/*
	cp "$D"/pemda.csv "$D"/opd.csv "$D"/rencana.csv "$TMP/buruk/"
	printf '%s\n' "$2" >>"$TMP/buruk/rencana.csv"
	C=$(newdb "c$n")
	$K init "$C" >/dev/null
	$K import "$C" "$TMP/buruk" >/dev/null 2>"$TMP/e"
	eq "$1: exit 1" "1" "$?"
	check "  $3" grep -qF "$3" "$TMP/e"
}
buruk "a sasaran_pd under another OPD's tujuan_pd" "77,sasaran_pd,B.S9,A.T1,Sasaran B di bawah tujuan A,B" \
	"rencana.csv baris 16 kolom induk: induk 'A.T1' adalah tujuan_pd OPD A; induk sebuah sasaran_pd OPD B harus tujuan_pd OPD yang sama"
buruk "an OPD goal under another OPD's sasaran" "77,tujuan_pd,B.T9,A.S1,Tujuan B di bawah sasaran A,B" \
	"rencana.csv baris 16 kolom induk: induk 'A.S1' adalah sasaran_pd OPD A; induk sebuah tujuan_pd OPD B harus sasaran RPJMD"
buruk "a program under another OPD's sasaran_pd" "77,program,B.P9,A.S1,Program B,B" \
	"rencana.csv baris 16 kolom induk: induk 'A.S1' adalah sasaran_pd OPD A; induk sebuah program OPD B harus sasaran_pd OPD yang sama atau sasaran RPJMD"
buruk "a sub-kegiatan under a program" "77,subkegiatan,A.P1.9,A.P1,Sub-kegiatan salah tempat," \
	"rencana.csv baris 16 kolom induk: induk 'A.P1' adalah program OPD A; induk sebuah subkegiatan harus kegiatan"
buruk "a kegiatan of another OPD under a program" "77,kegiatan,A.P1.K9,A.P1,Kegiatan,B" \
	"rencana.csv baris 16 kolom opd: kegiatan OPD B berada di bawah program 'A.P1' OPD A; opd harus sama dengan induknya (atau kosong)"
buruk "a cascade node without opd" "77,tujuan_pd,X.T1,S1,Tujuan tanpa OPD," \
	"rencana.csv baris 16 kolom opd: tujuan_pd 'X.T1' memerlukan opd"
buruk "an RPJMD node with an opd" "77,sasaran,S9,T1,Sasaran,A" \
	"rencana.csv baris 16 kolom opd: sasaran RPJMD tidak mempunyai opd"
buruk "an unknown OPD" "77,tujuan_pd,X.T1,S1,Tujuan,X" \
	"rencana.csv baris 16 kolom opd: opd 'X' tidak ada di opd.csv pemda 77"
# A cycle: two kegiatan each under the other.
mkdir -p "$TMP/lingkar"
cp "$D"/pemda.csv "$D"/opd.csv "$D"/rencana.csv "$TMP/lingkar/"
printf '77,kegiatan,A.K8,A.K9,Kegiatan delapan,\n77,kegiatan,A.K9,A.K8,Kegiatan sembilan,\n' >>"$TMP/lingkar/rencana.csv"
C=$(newdb lingkar)
$K init "$C" >/dev/null
$K import "$C" "$TMP/lingkar" >/dev/null 2>"$TMP/e"
eq "a cycle: exit 1" "1" "$?"
check "  refused with row and column" grep -qF "rencana.csv baris 16 kolom induk: induk 'A.K9' membentuk lingkaran: kegiatan 'A.K8' menjadi leluhurnya sendiri" "$TMP/e"
check "  both rows named" grep -qF "rencana.csv baris 17 kolom induk: induk 'A.K8' membentuk lingkaran" "$TMP/e"
check "  nothing written" sh -c "! $K measure '$C' --pemda 77 --tahun 2021 >/dev/null 2>&1"
# A cycle closed by one row against the stored tree: A.S1 (a sasaran_pd, stored above A.P1)
# made a kegiatan under A.P1 passes the parent rule (a kegiatan under a program).
mkdir -p "$TMP/lingkar2"
cp "$D"/pemda.csv "$TMP/lingkar2/"
printf 'pemda,jenis,kode,induk,uraian,opd\n77,kegiatan,A.S1,A.P1,Sasaran jadi kegiatan,\n' >"$TMP/lingkar2/rencana.csv"
$K import "$A" "$TMP/lingkar2" >/dev/null 2>"$TMP/e"
eq "a cycle through stored rencana rows: exit 1" "1" "$?"
check "  refused with row and column" grep -qF "rencana.csv baris 2 kolom induk: induk 'A.P1' membentuk lingkaran: kegiatan 'A.S1' menjadi leluhurnya sendiri" "$TMP/e"
eq "  A.S1 still the sasaran_pd under A.T1" "sasaran_pd A.T1" "$(q "$A" "SELECT jenis || ' ' || induk FROM rencana WHERE pemda = '77' AND kode = 'A.S1'")"

# OPD cycles (opd.csv induk): within the file, and closed against the stored OPD.
$K export "$A" "$TMP/sebelum" >/dev/null
mkdir -p "$TMP/opd1"
cp "$D"/pemda.csv "$D"/opd.csv "$TMP/opd1/"
sed -i 's/^77,A,Dinas A,,/77,A,Dinas A,A1,/' "$TMP/opd1/opd.csv"
$K import "$A" "$TMP/opd1" >/dev/null 2>"$TMP/e"
eq "an OPD cycle in opd.csv (A under A1, A1 under A): exit 1" "1" "$?"
check "  row 2 named with the cycle" grep -qF "opd.csv baris 2 kolom induk: induk 'A1' membentuk lingkaran OPD: A -> A1 -> A" "$TMP/e"
check "  row 5 too" grep -qF "opd.csv baris 5 kolom induk: induk 'A' membentuk lingkaran OPD: A1 -> A -> A1" "$TMP/e"
mkdir -p "$TMP/opd2"
cp "$D"/pemda.csv "$TMP/opd2/"
printf 'pemda,kode,nama,induk\n77,A,Dinas A,B\n77,B,Dinas B,A1\n' >"$TMP/opd2/opd.csv"
$K import "$A" "$TMP/opd2" >/dev/null 2>"$TMP/e"
eq "an OPD cycle closed against the stored A1 (under A): exit 1" "1" "$?"
check "  A's row names the cycle" grep -qF "opd.csv baris 2 kolom induk: induk 'B' membentuk lingkaran OPD: A -> B -> A1 -> A" "$TMP/e"
check "  B's row too" grep -qF "opd.csv baris 3 kolom induk: induk 'A1' membentuk lingkaran OPD: B -> A1 -> A -> B" "$TMP/e"
$K export "$A" "$TMP/sesudah" >/dev/null
check "  refused cycles: nothing stored" diff -r "$TMP/sebelum" "$TMP/sesudah"
cp "$D"/opd.csv "$TMP/opd2/"
sed -i 's/^77,B,Dinas B,,/77,B,Dinas B,A1,/' "$TMP/opd2/opd.csv"
check "  B under A1 (under A): no cycle, accepted" $K import "$A" "$TMP/opd2"
eq "  stored" "A1" "$(q "$A" "SELECT induk FROM opd WHERE pemda = '77' AND kode = 'B'")"
check "  and back: the export from before imported" $K import "$A" "$TMP/sebelum"

# Two rows of one key in rencana.csv: the later one refused, naming the earlier, before the
# tree checks read them (the second A.P1 would move it and its children to OPD B).
mkdir -p "$TMP/ganda"
cp "$D"/*.csv "$TMP/ganda/"
printf '77,program,A.P1,B.S1,Program ganda,B\n' >>"$TMP/ganda/rencana.csv"
C=$(newdb ganda)
$K init "$C" >/dev/null
$K import "$C" "$TMP/ganda" >/dev/null 2>"$TMP/e"
eq "a rencana kode twice: exit 1" "1" "$?"
check "  the duplicate named" grep -qF "rencana.csv baris 16 kolom kode: kode 'A.P1' sudah ada di baris 8" "$TMP/e"
eq "  the only error" "1" "$(grep -c 'baris' "$TMP/e")"
check "  nothing written" sh -c "! $K measure '$C' --pemda 77 --tahun 2021 >/dev/null 2>&1"

# Budgets and indicators on the cascade.
mkdir -p "$TMP/ang"
cp "$D"/*.csv "$TMP/ang/"
printf '77,,,2021,10,5,,A.S1\n' >>"$TMP/ang/anggaran.csv"
$K import "$A" "$TMP/ang" >/dev/null 2>"$TMP/e"
eq "a budget on a sasaran_pd: exit 1" "1" "$?"
check "  named" grep -qF "anggaran.csv baris 8 kolom rencana: rencana 'A.S1' adalah sasaran_pd; anggaran ditaruh pada program, kegiatan atau subkegiatan" "$TMP/e"
cp "$D"/anggaran.csv "$TMP/ang/"
printf '77,,,2022,10,5,B,A.P1.K2\n' >>"$TMP/ang/anggaran.csv"
$K import "$A" "$TMP/ang" >/dev/null 2>"$TMP/e"
check "a budget naming another OPD than its node's" grep -qF "anggaran.csv baris 8 kolom opd: opd 'B' berbeda dengan OPD simpul 'A.P1.K2' (A)" "$TMP/e"
cp "$D"/anggaran.csv "$TMP/ang/"
printf '77,IX,M1,Indikator misi,%%,naik,,,1,2,\n' >>"$TMP/ang/indikator.csv"
$K import "$A" "$TMP/ang" >/dev/null 2>"$TMP/e"
check "an indicator under a misi refused" grep -qF "indikator.csv baris 11 kolom induk: induk 'M1' adalah misi" "$TMP/e"

# measure --opd as text lists exactly the indicators its ringkasan counts (those
# of --json: the opd column, else the node's OPD), under the node they hang on,
# RPJMD nodes included; another OPD's indicator on the OPD's node is marked and
# not counted. The fixture plus A1.I1 (UPT A1) on A's kegiatan A.P1.K1:
# 9 / 10 = 90 Tinggi. A keeps its 4 indicators and 80,8333; A1 90 ranks first
# (A 2, B and C 3). C: IS2 on the RPJMD sasaran S1, 70 / 100 = 70 Sedang, and
# C.I1 without realisasi; C and A1 have no budget: serapan n/a, no percent sign.
mkdir "$TMP/u"
cp "$D"/*.csv "$TMP/u/"
printf '77,A1.I1,A.P1.K1,Indikator UPT A1,%%,naik,,A1,,,\n' >>"$TMP/u/indikator.csv"
printf '77,A1.I1,2021,10\n' >>"$TMP/u/target.csv"
printf '77,A1.I1,2021,,9\n' >>"$TMP/u/realisasi.csv"
U=$(newdb u)
check "fixture with a sub-unit's indicator on its parent's node" sh -c "$K init '$U' >/dev/null && $K import '$U' '$TMP/u' >/dev/null"
for o in A A1 C; do
	$K measure "$U" --pemda 77 --tahun 2021 --opd $o >"$TMP/u-$o.txt"
	$K measure "$U" --pemda 77 --tahun 2021 --opd $o --json >"$TMP/u-$o.json"
done
# the indicator rows of the text before the ringkasan: two spaces, a code, a space
baris() { sed -n '/^Ringkasan/q; s/^  \([A-Z][A-Za-z0-9.]*\) .*/\1/p' "$1" | tr '\n' ' '; }
eq "OPD A text: its 4 indicators and A1's A1.I1 on its kegiatan" "A.I4 A.I1 A.I2 A.I3 A1.I1 " "$(baris "$TMP/u-A.txt")"
check "  A1.I1 marked as A1's, not counted" grep -qx "                 indikator OPD A1: tidak dihitung dalam ringkasan A" "$TMP/u-A.txt"
eq "  marked once" "1" "$(grep -c "tidak dihitung dalam ringkasan" "$TMP/u-A.txt")"
check "  ringkasan: 4 indikator, 80,83%" grep -q "^Ringkasan 4 indikator OPD: capaian 80,83% Tinggi, peringkat 2 dari 4 OPD$" "$TMP/u-A.txt"
eq "  --json agrees: 4 indicators" "['A.I1', 'A.I2', 'A.I3', 'A.I4']" "$(j "$TMP/u-A.json" "[i['kode'] for i in d['indikator']]")"
eq "OPD A1 text: A1.I1 listed" "A1.I1 " "$(baris "$TMP/u-A1.txt")"
check "  in the section of nodes outside its Renstra" grep -qx "Indikator A1 pada simpul di luar Renstra A1:" "$TMP/u-A1.txt"
check "  under A's kegiatan, named with its OPD" grep -qx "kegiatan A.P1.K1  Kegiatan satu \[OPD A\]" "$TMP/u-A1.txt"
check "  with its values: 10 / 9 = 90 Tinggi" grep -qE "^  A1.I1 +Indikator UPT A1 +% +10,00 +9,00 +90,00  Tinggi" "$TMP/u-A1.txt"
check "  ringkasan: 1 indikator, 90,00%, first" grep -q "^Ringkasan 1 indikator OPD: capaian 90,00% Tinggi, peringkat 1 dari 4 OPD$" "$TMP/u-A1.txt"
check "  no budget: serapan n/a" grep -qx "Anggaran: pagu Rp 0, realisasi Rp 0, serapan n/a" "$TMP/u-A1.txt"
eq "OPD C text: C.I1 on its program, IS2 on the RPJMD sasaran S1" "C.I1 IS2 " "$(baris "$TMP/u-C.txt")"
check "  S1 in the section outside its Renstra" sh -c "grep -A1 -x 'Indikator C pada simpul di luar Renstra C:' '$TMP/u-C.txt' | grep -qx 'sasaran S1  Sasaran satu'"
check "  IS2 70 / 100 = 70 Sedang" grep -qE "^  IS2 +Indikator sasaran dua +% +100,00 +70,00 +70,00  Sedang" "$TMP/u-C.txt"
check "  ringkasan: 2 indikator, 70,00%" grep -q "^Ringkasan 2 indikator OPD: capaian 70,00% Sedang, peringkat 3 dari 4 OPD$" "$TMP/u-C.txt"
check "  program without data: capaian n/a" grep -qx "  capaian n/a  belum ada data  pagu Rp 0  realisasi Rp 0  serapan n/a" "$TMP/u-C.txt"
check "  no 'n/a%' anywhere" sh -c "! grep -q 'n/a%' '$TMP/u-C.txt' '$TMP/u-A1.txt' '$TMP/u-A.txt'"

# The demo: Kota Serang's OPD cascade merged into data/demo, checked by its own script.
check "data/demo/periksa.py: the demo cascade holds together" python3 "$(dirname "$0")/../../data/demo/periksa.py"
S=$(newdb demo)
S2=$(newdb demo2)
check "demo" $K demo "$S"
$K measure "$S" --pemda 36.73 --tahun 2020 --json >"$TMP/s.json"
eq "demo: 16 OPD ranked (12 with a cascade, DLH, BPBD, DISHUB, DPRKP by their RPJMD indicators)" "16" "$(j "$TMP/s.json" "len([o for o in d['opd'] if o['peringkat']])")"
eq "demo: Tabel 3.31 S2 pagu unchanged by the node budgets" "85830702252" "$(j "$TMP/s.json" "[s for s in d['sasaran'] if s['kode']=='S2'][0]['pagu']")"
$K measure "$S" --pemda 36.73 --tahun 2020 --opd KEC.SERANG --json >"$TMP/ks.json"
eq "demo: Kecamatan Serang IKLI 66,46 / 60,70" "109.4893" "$(j "$TMP/ks.json" "[i for i in d['indikator'] if i['kode']=='KEC.SERANG/IKLI'][0]['capaian']")"
check "demo: export" $K export "$S" "$TMP/demo.ex"
check "demo: import of the export" sh -c "$K init '$S2' >/dev/null && $K import '$S2' '$TMP/demo.ex' >/dev/null"
for o in "" "--opd DINKES" "--opd KEC.SERANG"; do
	$K measure "$S" --pemda 36.73 --tahun 2020 $o --json >"$TMP/1.json"
	$K measure "$S2" --pemda 36.73 --tahun 2020 $o --json >"$TMP/2.json"
	check "demo round trip: measure $o --json identical" cmp "$TMP/1.json" "$TMP/2.json"
done
$K tree "$S" --pemda 36.73 --tahun 2020 --json >"$TMP/1.json"
$K tree "$S2" --pemda 36.73 --tahun 2020 --json >"$TMP/2.json"
check "demo round trip: tree --json identical" cmp "$TMP/1.json" "$TMP/2.json"
echo "1..$n"
