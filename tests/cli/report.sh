#!/bin/sh
# The LKjIP report (kinerja report) in its four formats, and the XLSX template
# round trip (kinerja export FILE.xlsx, kinerja import FILE.xlsx). TAP output.
K=${KINERJA:-$PWD/build/kinerja}
DATA=$(cd "$(dirname "$0")/data/lapor" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { # description command...
	d=$1
	shift
	if "$@" >"$T/out" 2>&1; then ok "$d"; else nok "$d"; sed 's/^/# /' "$T/out" | head -5; fi
}
has() { grep -q -- "$2" "$1"; }

$K init "$T/f.db" >/dev/null && $K import "$T/f.db" "$DATA" >/dev/null
R="$K report $T/f.db --pemda 99.01 --tahun 2020"

check "report html" $R --format html -o "$T/l.html"
for s in "KATA PENGANTAR" "IKHTISAR EKSEKUTIF" "BAB I PENDAHULUAN" \
	"BAB II PERENCANAAN DAN PERJANJIAN KINERJA" "BAB III AKUNTABILITAS KINERJA" \
	"BAB IV PENUTUP" "LAMPIRAN" "101,39" "85,15" "136.348.298.396" "<svg" \
	"Puji syukur" "Perjanjian Kinerja Perubahan"; do
	check "html holds '$s'" has "$T/l.html" "$s"
done
check "html escapes text" has "$T/l.html" "maju &lt;dan&gt; sejahtera"
check "html has no raw markup from data" sh -c "! grep -q 'maju <dan>' '$T/l.html'"

check "report pdf" $R --format pdf -o "$T/l.pdf"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/l.pdf" "$T/l.txt"
	for s in "KATA PENGANTAR" "IKHTISAR EKSEKUTIF" "BAB I PENDAHULUAN" \
		"BAB II PERENCANAAN DAN PERJANJIAN KINERJA" "BAB III AKUNTABILITAS KINERJA" \
		"BAB IV PENUTUP" "LAMPIRAN" "DAFTAR ISI" "DAFTAR TABEL" "DAFTAR GRAFIK" \
		"Sasaran 1 terdiri dari 2 indikator dengan nilai capaian 101,05%" \
		"101,39" "100,71" "85,15" "Rp 136.348.298.396" "98,40" "Halaman 3"; do
		check "pdf text holds '$s'" has "$T/l.txt" "$s"
	done
	check "pdf embeds DejaVu Sans" sh -c "pdffonts '$T/l.pdf' | grep -q 'DejaVuSans.*yes'"
fi

check "report xlsx" $R --format xlsx -o "$T/l.xlsx"
check "report csv file" $R --format csv -o "$T/l.csv"
check "csv holds the measurement table" has "$T/l.csv" "Rata-rata Lama Sekolah;Tahun;8,64;8,76;101,39;Sangat Tinggi"
check "report csv folder" $R --format csv -o "$T/lcsv/"
check "csv folder has a file per table" test -f "$T/lcsv/pengukuran-kinerja.csv"
check "unknown format is a user error" sh -c "$R --format doc -o '$T/x' 2>/dev/null; test \$? -eq 1"

# The workbook recomputed by LibreOffice gives the engine's capaian and serapan.
if command -v soffice >/dev/null && command -v python3 >/dev/null; then
	mkdir -p "$T/prof/user" "$T/lo"
	cat >"$T/prof/user/registrymodifications.xcu" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
X
	(cd "$T/lo" && timeout 180 soffice -env:UserInstallation="file://$T/prof" --headless \
		--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
		"$T/l.xlsx" --outdir "$T/lo" >/dev/null 2>&1)
	$K measure "$T/f.db" --pemda 99.01 --tahun 2020 --json >"$T/m.json"
	check "xlsx recomputed by LibreOffice equals the engine" python3 - "$T/lo" "$T/m.json" <<'PY'
import csv, json, sys, os
d, m = sys.argv[1], json.load(open(sys.argv[2]))
rows = list(csv.reader(open(os.path.join(d, "l-Pengukuran Kinerja.csv"), encoding="utf-8")))
cap = {r[1]: r[5] for r in rows[2:] if len(r) > 5 and r[0].isdigit()}
bad = 0
for i in m["indikator"]:
    if i["induk"] == "T1":
        continue
    want = i["capaian"]
    got = cap.get(i["uraian"])
    if want is None:
        bad += got not in ("n/a", None)
    elif got is None or abs(float(got) - want) > 1e-4:
        print("capaian", i["kode"], got, want); bad += 1
rows = list(csv.reader(open(os.path.join(d, "l-Anggaran Sasaran.csv"), encoding="utf-8")))
ser = {r[1]: r[4] for r in rows[2:] if len(r) > 4}
for s in m["sasaran"]:
    got = ser.get(s["uraian"])
    if got is None or abs(float(got) - s["serapan"]) > 1e-4:
        print("serapan", s["kode"], got, s["serapan"]); bad += 1
eff = {r[1]: r[4] for r in csv.reader(open(os.path.join(d, "l-Efisiensi.csv"), encoding="utf-8"))}
for s in m["sasaran"]:
    if s["efisiensi"] is not None and abs(float(eff[s["uraian"]]) - s["efisiensi"]) > 1e-4:
        print("efisiensi", s["kode"]); bad += 1
sys.exit(1 if bad else 0)
PY
fi

# XLSX template: export, import into a fresh database, same measurement and same export.
check "export xlsx" $K export "$T/f.db" "$T/t.xlsx"
$K init "$T/g.db" >/dev/null
check "import xlsx" $K import "$T/g.db" "$T/t.xlsx"
$K measure "$T/f.db" --pemda 99.01 --tahun 2020 --json >"$T/m1.json"
$K measure "$T/g.db" --pemda 99.01 --tahun 2020 --json >"$T/m2.json"
check "xlsx round trip gives byte-identical measure --json" cmp "$T/m1.json" "$T/m2.json"
$K export "$T/f.db" "$T/e1" >/dev/null
$K export "$T/g.db" "$T/e2" >/dev/null
check "xlsx round trip gives the same export" diff -r "$T/e1" "$T/e2"
check "a broken workbook is refused" sh -c "echo rusak > '$T/x.xlsx'; $K import '$T/g.db' '$T/x.xlsx' 2>/dev/null; test \$? -eq 1"
if command -v soffice >/dev/null; then
	mkdir -p "$T/lo2"
	timeout 180 soffice -env:UserInstallation="file://$T/prof" --headless \
		--convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$T/lo2" "$T/t.xlsx" >/dev/null 2>&1
	$K init "$T/h.db" >/dev/null
	check "import xlsx saved by LibreOffice" $K import "$T/h.db" "$T/lo2/t.xlsx"
	$K measure "$T/h.db" --pemda 99.01 --tahun 2020 --json >"$T/m3.json"
	check "LibreOffice-saved workbook imports to the same data" cmp "$T/m1.json" "$T/m3.json"
fi

# The bundled demo (Kota Serang 2020), when present.
if $K demo "$T/d.db" >/dev/null 2>&1; then
	check "demo report pdf" $K report "$T/d.db" --pemda 36.73 --tahun 2020 --format pdf -o "$T/d.pdf"
	if command -v pdftotext >/dev/null; then
		pdftotext -layout "$T/d.pdf" "$T/d.txt"
		for s in "BAB I PENDAHULUAN" "BAB III AKUNTABILITAS KINERJA" "BAB IV PENUTUP" \
			"Kota Serang" "99,57" "101,39"; do
			check "demo pdf holds '$s'" has "$T/d.txt" "$s"
		done
	fi
fi
echo "1..$n"
