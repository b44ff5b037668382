#!/bin/sh
# End-to-end tests of init, import, export and measure on temporary databases.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data
K=$KINERJA
A=$(newdb a)
B=$(newdb b)

check "init creates a database" $K init "$A"
check "import of the mini folder" $K import "$A" "$D/mini"
$K measure "$A" --pemda 36.73 --tahun 2020 --json >"$TMP/m.json"
eq "RLS capaian 8,76/8,64 = 101,3889" "101.3889" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='RLS'][0]['capaian']")"
eq "RLS capaian_akhir 8,76/8,68 = 100,9217" "100.9217" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='RLS'][0]['capaian_akhir']")"
eq "kemiskinan rasio 5,16/6,06 = 85,1485" "85.1485" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='KEMISKINAN'][0]['capaian']")"
eq "inflasi rentang 3-5, R 1,91 = 63,6667" "63.6667" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='INFLASI'][0]['capaian']")"
eq "AKIP score 54,96 against B = 91,6" "91.6" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='AKIP'][0]['capaian']")"
eq "target shown as entered" "8,64" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='RLS'][0]['target']")"
eq "PK Perubahan: the later target counts" "72,47" "$(j "$TMP/m.json" "[i for i in d['indikator'] if i['kode']=='IPM'][0]['target']")"
eq "sasaran S1 mean 101,0491" "101.0491" "$(j "$TMP/m.json" "[s for s in d['sasaran'] if s['kode']=='S1'][0]['capaian']")"
eq "S1 serapan 133.322.890.570 / 135.348.298.396 = 98,5036" "98.5036" "$(j "$TMP/m.json" "[s for s in d['sasaran'] if s['kode']=='S1'][0]['serapan']")"
eq "JSON keys of an indicator" "['kode', 'induk', 'uraian', 'satuan', 'arah', 'target', 'realisasi', 'capaian', 'predikat', 'capaian_akhir', 'catatan', 'proyeksi', 'triwulan']" "$(j "$TMP/m.json" "list(d['indikator'][0].keys())")"
eq "JSON keys of ringkasan" "['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah', 'belum_ada_data', 'tidak_dapat_dihitung', 'pagu', 'realisasi_anggaran', 'serapan']" "$(j "$TMP/m.json" "list(d['ringkasan'].keys())")"

# Importing the same files twice changes nothing the second time.
$K import "$A" "$D/mini" >"$TMP/second" 2>&1
eq "second import changes nothing" "Impor selesai: 0 baris baru, 0 diubah, 28 sama, 0 tanpa nilai (n/a)." "$(cat "$TMP/second")"

# Export then import into a fresh database: byte-identical measure --json.
check "export" $K export "$A" "$TMP/ex"
check "import of the export into a fresh database" sh -c "$K init '$B' && $K import '$B' '$TMP/ex'"
$K measure "$B" --pemda 36.73 --tahun 2020 --json >"$TMP/m2.json"
check "round trip gives byte-identical measure --json" cmp "$TMP/m.json" "$TMP/m2.json"
$K export "$B" "$TMP/ex2" >/dev/null
check "export of the round trip is identical" diff -r "$TMP/ex" "$TMP/ex2"
check "the PK before its Perubahan survives the round trip" grep -q '^36.73,IPM,2020,"72,40",$' "$TMP/ex2/target.csv"

# A bad cell anywhere is refused with file, row and column; nothing is written.
$K export "$A" "$TMP/before" >/dev/null
mkdir -p "$TMP/bad"
cp "$D"/mini/*.csv "$TMP/bad/"
sed -i 's/36.73,HLS,2020,,"12,78"/36.73,HLS,2020,,"12,7x8"/' "$TMP/bad/realisasi.csv"
sed -i 's/36.73,RLS,2020,"8,64"/36.73,RLS,2020,"9,99"/' "$TMP/bad/target.csv"
$K import "$A" "$TMP/bad" 2>"$TMP/err"
eq "bad cell: exit status 1" "1" "$?"
check "bad cell: message names file, row, column and value" grep -q 'realisasi.csv baris 4 kolom realisasi: .12,7x8. bukan angka' "$TMP/err"
$K export "$A" "$TMP/after" >/dev/null
check "bad cell: database exactly as before (the valid target change was rolled back too)" diff -r "$TMP/before" "$TMP/after"

# Ambiguous "1.234": decided by the column, else refused with row and column.
mkdir -p "$TMP/amb"
cp "$D"/mini/pemda.csv "$D"/mini/rencana.csv "$D"/mini/indikator.csv "$TMP/amb/"
printf 'pemda,sasaran,program,tahun,pagu,realisasi\n36.73,S1,P1,2020,1.234,1.000\n' >"$TMP/amb/anggaran.csv"
$K import "$A" "$TMP/amb" 2>"$TMP/err"
eq "ambiguous column: exit status 1" "1" "$?"
check "ambiguous column: named" grep -q 'anggaran.csv baris 2 kolom pagu' "$TMP/err"
printf 'pemda,sasaran,program,tahun,pagu,realisasi\n36.73,S1,P1,2020,1.234,1.000\n36.73,S1,P2,2020,"2.500.000","1.000,50"\n' >"$TMP/amb/anggaran.csv"
$K import "$A" "$TMP/amb" 2>"$TMP/err"
eq "a fractional Rupiah is refused" "1" "$?"
printf 'pemda,sasaran,program,tahun,pagu,realisasi\n36.73,S1,P1,2020,1.234,1.000\n36.73,S1,P2,2020,"2.500.000",2.000.000\n' >"$TMP/amb/anggaran.csv"
check "ambiguous cells decided by the column's Indonesian writing" $K import "$A" "$TMP/amb"
grep -q '36.73,S1,P1,2020,1234,1000' "$($K export "$A" "$TMP/ex3" >/dev/null; echo "$TMP/ex3/anggaran.csv")"
eq "1.234 read as 1234 in an Indonesian column" "0" "$?"

# Semicolon and TAB delimiters, BOM, header case.
mkdir -p "$TMP/semi"
printf '\357\273\277KODE;Nama;jenis;induk;periode_awal;periode_akhir;rumus_turun\n99;Uji;provinsi;;2020;2024;selisih\n' >"$TMP/semi/pemda.csv"
check "semicolon, BOM and upper-case header" $K import "$A" "$TMP/semi"
printf 'kode\tnama\tjenis\tinduk\tperiode_awal\tperiode_akhir\n98\tUji Tab\tprovinsi\t\t2020\t2024\n' >"$TMP/semi/pemda.csv"
check "TAB delimiter and absent optional column" $K import "$A" "$TMP/semi"

# Settings per pemda: a cap in averages, a predicate scale, a scale of categories.
mkdir -p "$TMP/set"
cp "$D"/mini/pemda.csv "$TMP/set/"
cat >"$TMP/set/pengaturan.csv" <<'CSV'
pemda,kunci,nilai
36.73,batas_capaian,100
36.73,predikat,"90=Baik;50=Cukup;=Kurang"
CSV
check "pengaturan.csv is imported" $K import "$A" "$TMP/set"
$K measure "$A" --pemda 36.73 --tahun 2020 --json >"$TMP/s.json"
eq "cap 100 in the sasaran mean: (100 + 100) / 2" "100.0" "$(j "$TMP/s.json" "[s for s in d['sasaran'] if s['kode']=='S1'][0]['capaian']")"
eq "the indicator keeps its own capaian above the cap" "101.3889" "$(j "$TMP/s.json" "[i for i in d['indikator'] if i['kode']=='RLS'][0]['capaian']")"
eq "predicate scale from the settings" "Baik Cukup" "$(j "$TMP/s.json" "' '.join([i['predikat'] for i in d['indikator'] if i['kode'] in ('RLS','INFLASI')])")"
eq "ringkasan keys follow the scale" "['Baik', 'Cukup', 'Kurang', 'belum_ada_data', 'tidak_dapat_dihitung', 'pagu', 'realisasi_anggaran', 'serapan']" "$(j "$TMP/s.json" "list(d['ringkasan'].keys())")"
printf 'pemda,kunci,nilai\n36.73,predikat,"50=A;90=B"\n' >"$TMP/set/pengaturan.csv"
$K import "$A" "$TMP/set" 2>"$TMP/err"
eq "a predicate scale that does not descend is refused" "1" "$?"
check "and the message names the cell" grep -q "pengaturan.csv baris 2 kolom nilai" "$TMP/err"

# Quarterly realisasi make the year's by the indicator's agregasi.
mkdir -p "$TMP/tw"
cp "$D"/mini/pemda.csv "$TMP/tw/"
cat >"$TMP/tw/indikator.csv" <<'CSV'
pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir,rumus_turun,agregasi
36.73,KUNJ,S1,Kunjungan perpustakaan,orang,naik,,,,,,jumlah
CSV
printf 'pemda,indikator,tahun,target\n36.73,KUNJ,2020,1000\n' >"$TMP/tw/target.csv"
printf 'pemda,indikator,tahun,triwulan,realisasi\n36.73,KUNJ,2020,1,200\n36.73,KUNJ,2020,2,300\n36.73,KUNJ,2020,3,250\n' >"$TMP/tw/realisasi.csv"
check "quarterly realisasi are imported" $K import "$A" "$TMP/tw"
$K measure "$A" --pemda 36.73 --tahun 2020 --json >"$TMP/tw.json"
eq "agregasi jumlah: 200 + 300 + 250 = 750 of 1000 = 75" "75.0" "$(j "$TMP/tw.json" "[i for i in d['indikator'] if i['kode']=='KUNJ'][0]['capaian']")"
printf 'pemda,indikator,tahun,triwulan,realisasi\n36.73,KUNJ,2020,5,1\n' >"$TMP/tw/realisasi.csv"
$K import "$A" "$TMP/tw" 2>"$TMP/err"
eq "triwulan 5 is refused" "1" "$?"

mkdir -p "$TMP/jenis"
printf 'kode,nama,jenis,induk,periode_awal,periode_akhir\n77,X,negara,,2020,2024\n' >"$TMP/jenis/pemda.csv"
$K import "$A" "$TMP/jenis" 2>"$TMP/err"
check "an unknown jenis is refused with the accepted values" grep -q "pemda.csv baris 2 kolom jenis: jenis 'negara' tidak dikenal (nasional, provinsi, kabupaten, kota)" "$TMP/err"

# Usage and user errors.
$K measure "$A" --pemda 36.73 >/dev/null 2>&1
eq "missing --tahun is a usage error (2)" "2" "$?"
$K measure "$A" --pemda 12.34 --tahun 2020 >/dev/null 2>"$TMP/err"
eq "unknown pemda is a user error (1)" "1" "$?"
check "unknown pemda is named" grep -q "pemda '12.34' tidak ada" "$TMP/err"
NONE=$(nodb none)
$K measure "$NONE" --pemda 36.73 --tahun 2020 >/dev/null 2>&1
eq "missing database is a user error (1)" "1" "$?"
if [ "$KINERJA_ENGINE" = pg ]; then
	eq "a missing database is not created" "0" \
		"$(pgsql "$A" "SELECT count(*) FROM pg_database WHERE datname = '$(pgnama none)'")"
	skip "corrupt database file: a SQLite file of random bytes has no PostgreSQL counterpart"
	skip "corrupt database file: clear message (SQLite only)"
else
	check "a missing database is not created" test ! -e "$NONE"
	head -c 4096 /dev/urandom >"$TMP/corrupt.db"
	$K measure "$TMP/corrupt.db" --pemda 36.73 --tahun 2020 >/dev/null 2>"$TMP/err"
	eq "corrupt database file: user error (1)" "1" "$?"
	check "corrupt database file: clear message" grep -q "bukan basis data kinerja" "$TMP/err"
fi
$K frobnicate >/dev/null 2>&1
eq "unknown command is a usage error (2)" "2" "$?"
echo "1..$n"
