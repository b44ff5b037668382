#!/bin/sh
# CSV injection (OWASP): text cells of the report CSV that start with
# = + - @ TAB or CR get a leading ' ; numbers such as -19,51 stay numbers.
# The template export stays raw (docs/panduan.md says why) and round-trips.
. "$(dirname "$0")/lib.inc"
ADB=$(newdb a)
BDB=$(newdb b)
D=$(dirname "$0")/data
K=$KINERJA

mkdir -p "$TMP/in"
cp "$D"/mini/*.csv "$TMP/in/"
sed -i -e 's/36.73,RLS,S1,Rata-rata Lama Sekolah,/36.73,RLS,S1,"=HYPERLINK(""http:\/\/x.example"",""klik"")",/' \
	-e 's/36.73,HLS,S1,Harapan Lama Sekolah,/36.73,HLS,S1,@SUM(A1:A9),/' \
	-e 's/36.73,IPM,T1,Indeks Pembangunan Manusia,/36.73,IPM,T1,+cmd|calc!A0,/' \
	-e 's/36.73,KEMISKINAN,S9,Angka Kemiskinan,/36.73,KEMISKINAN,S9,-2+3,/' "$TMP/in/indikator.csv"
$K init "$ADB" >/dev/null
check "import of texts that look like formulas" $K import "$ADB" "$TMP/in"
check "report as CSV" $K report "$ADB" --pemda 36.73 --tahun 2020 --format csv -o "$TMP/lap.csv"
check "=HYPERLINK neutralised" grep -q "'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")" "$TMP/lap.csv"
check "@SUM neutralised" grep -q "'@SUM(A1:A9)" "$TMP/lap.csv"
check "+cmd neutralised" grep -q "'+cmd|calc!A0" "$TMP/lap.csv"
check "-2+3 neutralised" grep -q "'-2+3" "$TMP/lap.csv"
eq "no cell starts with a formula character" "0" "$(tr ';' '\n' <"$TMP/lap.csv" | sed 's/^"//' | grep -c '^[=+@]')"
# A negative number stays a number: the efisiensi column holds e.g. -1,5.
check "negative numbers are not prefixed" sh -c "grep -q ';-[0-9]' '$TMP/lap.csv' && ! grep -q \"'-[0-9][0-9]*,[0-9]\" '$TMP/lap.csv'"
check "report as a CSV folder" $K report "$ADB" --pemda 36.73 --tahun 2020 --format csv -o "$TMP/lapdir/"
check "folder tables neutralised too" grep -rq "'=HYPERLINK" "$TMP/lapdir"

# The template keeps the texts as they are: export -> import is lossless.
check "export" $K export "$ADB" "$TMP/ex"
check "template export is raw" grep -q '^36.73,RLS,S1,"=HYPERLINK(""http://x.example"",""klik"")",' "$TMP/ex/indikator.csv"
$K init "$BDB" >/dev/null
check "re-import of the export" $K import "$BDB" "$TMP/ex"
$K export "$BDB" "$TMP/ex2" >/dev/null
check "round trip identical" diff -r "$TMP/ex" "$TMP/ex2"
echo "1..$n"
