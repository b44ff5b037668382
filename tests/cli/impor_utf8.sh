#!/bin/sh
# Encodings and sizes: invalid UTF-8 refused by file, row and column; a CSV
# saved by Excel as Windows-1252 converted with a notice; bounded cells.
. "$(dirname "$0")/lib.inc"
ADB=$(newdb a)
D=$(dirname "$0")/data
K=$KINERJA

$K init "$ADB" >/dev/null
check "import of the mini folder" $K import "$ADB" "$D/mini"
$K export "$ADB" "$TMP/before" >/dev/null

# Damaged UTF-8 (a valid "é" and a lone continuation byte) in one cell.
mkdir -p "$TMP/bad"
cp "$D"/mini/*.csv "$TMP/bad/"
printf 'pemda,kode,nama\n36.73,D1,Dinas Pendidikan \303\251\n36.73,D2,Dinas \200 Kesehatan\n' >"$TMP/bad/opd.csv"
$K import "$ADB" "$TMP/bad" 2>"$TMP/err"
eq "invalid UTF-8: exit status 1" "1" "$?"
check "invalid UTF-8: file, row and column named" grep -q "opd.csv baris 3 kolom nama: sel berisi byte yang bukan UTF-8" "$TMP/err"
$K export "$ADB" "$TMP/after" >/dev/null
check "invalid UTF-8: nothing stored" diff -r "$TMP/before" "$TMP/after"

# Windows-1252 as Excel saves it: curly quotes 0x93 0x94 and e-acute 0xe9.
mkdir -p "$TMP/cp"
cp "$D"/mini/*.csv "$TMP/cp/"
printf 'pemda;kode;nama\r\n36.73;D1;Dinas \223Pendidikan\224 Kot\351\r\n' >"$TMP/cp/opd.csv"
$K import "$ADB" "$TMP/cp" >"$TMP/out" 2>"$TMP/err"
eq "cp1252: imported" "0" "$?"
check "cp1252: a notice names the file" grep -q "opd.csv bukan UTF-8; dibaca sebagai Windows-1252" "$TMP/err"
$K export "$ADB" "$TMP/ex" >/dev/null
check "cp1252: stored as UTF-8" grep -q "^36.73,D1,Dinas “Pendidikan” Koté,,,,,$" "$TMP/ex/opd.csv"

# An over-long cell is refused with its size.
mkdir -p "$TMP/long"
cp "$D"/mini/*.csv "$TMP/long/"
python3 -c "print('pemda,kode,nama'); print('36.73,D9,' + 'a' * 5000)" >"$TMP/long/opd.csv"
$K import "$ADB" "$TMP/long" 2>"$TMP/err"
eq "long cell: exit status 1" "1" "$?"
check "long cell: named with its size" grep -q "opd.csv baris 2 kolom nama: isi sel terlalu panjang (5000 byte, paling banyak 4000)" "$TMP/err"

# Invalid UTF-8 and a control character in XLSX cells (inline strings written by hand).
for kind in utf8 kendali; do
python3 - "$TMP/$kind.xlsx" "$kind" "$(dirname "$0")" <<'PY'
import sys
sys.path.insert(0, sys.argv[3])
from xlsx_mentah import buku
bad = "Kota \udcffSerang" if sys.argv[2] == "utf8" else "Kota \x01Serang"
buku(sys.argv[1], [("pemda", [["kode", "nama", "jenis", "induk", "periode_awal", "periode_akhir"],
                              ["36.73", bad, "kota", "", "2018", "2023"]])])
PY
$K import "$ADB" "$TMP/$kind.xlsx" 2>"$TMP/err"
eq "XLSX with a bad cell ($kind): exit status 1" "1" "$?"
check "XLSX ($kind): refused naming workbook, sheet, row and column" grep -q "$kind.xlsx:pemda baris 2 kolom B: teks berisi byte yang bukan UTF-8 atau karakter kendali" "$TMP/err"
done
# A workbook whose sheet inflates beyond the bound (a zip bomb) is refused, not read.
python3 - "$TMP/bom.xlsx" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)
z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="pemda" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
    blok = b" " * (1 << 20)
    for i in range(257):
        f.write(blok)
z.close()
PY
$K import "$ADB" "$TMP/bom.xlsx" 2>"$TMP/err"
eq "inflating workbook: exit status 1" "1" "$?"
check "inflating workbook: the bound is named" grep -q "bom.xlsx: lembar 'pemda' terlalu besar (lebih dari 256 MiB terurai)" "$TMP/err"
echo "1..$n"
