#!/bin/sh
# The LKjIP report (kinerja report) in its four formats, and the XLSX template
# round trip (kinerja export FILE.xlsx, kinerja import FILE.xlsx). TAP output.
. "$(dirname "$0")/lib.inc"
K=$KINERJA
DATA=$(cd "$(dirname "$0")/data/lapor" && pwd)
T=$TMP
F=$(newdb f)
G=$(newdb g)
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); gagal=$((gagal + 1)); echo "not ok $n - $1"; }
check() { # description command...
	d=$1
	shift
	if "$@" >"$T/out" 2>&1; then ok "$d"; else nok "$d"; sed 's/^/# /' "$T/out" | head -5; fi
}
has() { grep -q -- "$2" "$1"; }

$K init "$F" >/dev/null && $K import "$F" "$DATA" >/dev/null
R="$K report $F --pemda 99.01 --tahun 2020"

check "report html" $R --format html -o "$T/l.html"
for s in "KATA PENGANTAR" "IKHTISAR EKSEKUTIF" "BAB I PENDAHULUAN" \
	"BAB II PERENCANAAN DAN PERJANJIAN KINERJA" "BAB III AKUNTABILITAS KINERJA" \
	"BAB IV PENUTUP" "LAMPIRAN" "101,39" "85,15" "136.348.298.396" "<svg" \
	"Puji syukur" "Perjanjian Kinerja Perubahan"; do
	check "html holds '$s'" has "$T/l.html" "$s"
done
check "html escapes text" has "$T/l.html" "maju &lt;dan&gt; sejahtera"
# One predikat colour table (src/core/warna.c) for the report and the web.
check "html predikat cells carry the table's classes" has "$T/l.html" '<td class="p0">Sangat Tinggi</td>'
check "html predikat colours from the table" has "$T/l.html" 'td.p4{background:#cf222e;color:#ffffff}'
check "html chart bars in the same colours" has "$T/l.html" 'fill="#1a7f37" class="p0"'

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
else
	skip "pdf text and fonts not checked: pdftotext not installed (poppler-utils)"
fi

check "report xlsx" $R --format xlsx -o "$T/l.xlsx"
command -v python3 >/dev/null || echo "# SKIP python3 missing: the workbook's XML was not checked"
command -v python3 >/dev/null && check "xlsx predikat cells filled with the table's colours" python3 -c "
import sys, zipfile
st = zipfile.ZipFile(sys.argv[1]).read('xl/styles.xml').decode()
sys.exit(not all('<fgColor rgb=\"FF%s\"/>' % c in st for c in ('1A7F37', '4FA35A', 'D4A72C', 'E0701E', 'CF222E')))" "$T/l.xlsx"
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
	cat >"$T/cek.py" <<'PY'
import csv, json, sys, os
d, m = sys.argv[1], json.load(open(sys.argv[2]))
bad = 0
def lembar(nama):
    return list(csv.reader(open(os.path.join(d, "l-%s.csv" % nama), encoding="utf-8")))
def sama(apa, got, want):
    global bad
    if want is None:
        ok = got in ("n/a", "-", None)
    else:
        try:
            ok = abs(float(got) - want) <= 1e-4
        except (TypeError, ValueError):
            ok = False
    if not ok:
        print(apa, got, want)
        bad += 1
# indicators, sasaran and tujuan: capaian (ranges, rentang, target 0, AVERAGE of the group)
for nama, grup, daftar in (("Pengukuran Kinerja", "Sasaran", m["sasaran"]),
                           ("Capaian IKU", "Tujuan", m["tujuan"])):
    rows = lembar(nama)
    cap = {r[1]: r[5] for r in rows[2:] if len(r) > 5 and r[0].isdigit()}
    for i in m["indikator"]:
        if (i["induk"] == "T1") == (grup == "Tujuan"):
            sama("capaian " + i["kode"], cap.get(i["uraian"]), i["capaian"])
    rata = {r[0].split(": ", 1)[1]: r[5] for r in rows[2:] if r and r[0].startswith(grup)}
    for s in daftar:
        if s["jumlah_indikator"] or grup == "Sasaran":
            sama("capaian " + s["kode"], rata.get(s["uraian"]), s["capaian"])
# Lampiran program sheet: the same capaian with the target in another column
cap = {r[1]: r[4] for r in lembar("Program") if len(r) > 4 and r[1].startswith("Indikator: ")}
for i in m["indikator"]:
    if i["induk"] != "T1":
        sama("lampiran " + i["kode"], cap.get("Indikator: %s (%s)" % (i["uraian"], i["satuan"])),
             i["capaian"])
rows = lembar("Anggaran Sasaran")
ser = {r[1]: r for r in rows[2:] if len(r) > 4}
for s in m["sasaran"]:
    sama("serapan " + s["kode"], ser[s["uraian"]][4], s["serapan"])
ring = m["ringkasan"]
for k, x in ((2, "pagu"), (3, "realisasi_anggaran"), (4, "serapan")):
    sama("jumlah " + x, ser["Jumlah"][k], ring[x])
eff = {r[1]: r for r in lembar("Efisiensi")[2:] if len(r) > 4}
for s in m["sasaran"]:
    for k, x in ((2, "capaian"), (3, "serapan"), (4, "efisiensi")):
        sama(x + " efisiensi " + s["kode"], eff[s["uraian"]][k], s[x])
sys.exit(1 if bad else 0)
PY
	# recompute DIR: DIR/l.xlsx converted by LibreOffice against DIR/m.json
	recompute() {
		(cd "$1" && timeout 180 soffice -env:UserInstallation="file://$T/prof" --headless \
			--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
			l.xlsx --outdir . >/dev/null 2>&1)
		python3 "$T/cek.py" "$1" "$1/m.json"
	}
	cp "$T/l.xlsx" "$T/lo/l.xlsx"
	$K measure "$F" --pemda 99.01 --tahun 2020 --json >"$T/lo/m.json"
	check "xlsx recomputed by LibreOffice equals the engine" recompute "$T/lo"
	# the same with batas_capaian and an indicator's weight: MIN and weights in the means
	mkdir -p "$T/cap/data" "$T/cap/lo"
	cp "$DATA"/*.csv "$T/cap/data/"
	printf 'pemda,kunci,nilai\n99.01,batas_capaian,105\n' >"$T/cap/data/pengaturan.csv"
	sed -i -e '1s/$/,bobot/' -e 's/^\(99.01,AIR,.*\)$/\1,2/' -e 's/^\(99.01,RLS,.*\)$/\1,3/' \
		"$T/cap/data/indikator.csv"
	sed -i 's|^99.01,OPINI,2020,,n/a|99.01,OPINI,2020,,WDP|' "$T/cap/data/realisasi.csv"
	C=$(newdb c)
	$K init "$C" >/dev/null && $K import "$C" "$T/cap/data" >/dev/null
	$K report "$C" --pemda 99.01 --tahun 2020 --format xlsx -o "$T/cap/lo/l.xlsx" >/dev/null
	$K measure "$C" --pemda 99.01 --tahun 2020 --json >"$T/cap/lo/m.json"
	check "capped, weighted means recomputed by LibreOffice equal the engine" recompute "$T/cap/lo"
	check "capped, weighted sasaran mean is a formula" \
		python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(not any(
b'<f>(3*MIN(F4,105)+1*MIN(F5,105))/(3+1)</f>' in z.read(n) for n in z.namelist()))" "$T/cap/lo/l.xlsx"
	check "a categorical capaian is a value with a comment saying why" \
		python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(not any(
b'Nilai, bukan rumus: capaian indikator kategori' in z.read(n) for n in z.namelist()))" "$T/cap/lo/l.xlsx"
else
	skip "workbook not recomputed by LibreOffice: soffice (libreoffice-calc-nogui) or python3 not installed"
fi

# A realisasi inside its range target is 100 by the rule, not a computation: a value
# with a comment saying so (INFLASI 4 within 3-5), in the table and in the lampiran.
mkdir -p "$T/dalam"
cp "$DATA"/*.csv "$T/dalam/"
sed -i 's|^99.01,INFLASI,2020,,"1,91"|99.01,INFLASI,2020,,4|' "$T/dalam/realisasi.csv"
DALAM=$(newdb dalam)
$K init "$DALAM" >/dev/null && $K import "$DALAM" "$T/dalam" >/dev/null
$K report "$DALAM" --pemda 99.01 --tahun 2020 --format xlsx -o "$T/dalam.xlsx" >/dev/null
command -v python3 >/dev/null && check "xlsx: inside the range is a value with its comment, no formula" python3 -c "
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
kom = ''.join(z.read(n).decode() for n in z.namelist() if 'comments' in n)
lembar = ''.join(z.read(n).decode() for n in z.namelist() if n.startswith('xl/worksheets/sheet'))
sys.exit(not ('realisasi di dalam rentang target, capaian 100' in kom
              and '<f>E10/H10*100</f>' not in lembar))" "$T/dalam.xlsx"

# The workbook holds formulas, not only values, for what an auditor traces.
command -v python3 >/dev/null || skip "xlsx formulas not checked: python3 not installed"
command -v python3 >/dev/null && check "xlsx cells are formulas" python3 - "$T/l.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
wb = z.read("xl/workbook.xml").decode()
rel = z.read("xl/_rels/workbook.xml.rels").decode()
target = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rel))
target.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rel)})
def rumus(nama):
    rid = re.search(r'<sheet name="%s"[^>]*r:id="(rId\d+)"' % re.escape(nama), wb).group(1)
    x = z.read("xl/" + target[rid].lstrip("/").replace("xl/", "")).decode()
    return {c: f.replace("&lt;", "<").replace("&gt;", ">")
            for c, f in re.findall(r'<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)</f>', x)}
want = {
    "Pengukuran Kinerja": {  # rows as in the fixture: S1 3-5, S2 6-8, S3 9-13
        "F3": "AVERAGE(F4:F5)", "F6": "AVERAGE(F7:F8)", "F9": "AVERAGE(F10:F13)",
        "F4": "E4/D4*100", "F7": "D7/E7*100",
        # the engine's decision, not the rule again: rentang below lo (R / lo),
        # naik above hi (R / hi), turun selisih below lo ((2 lo - R) / lo), target 0
        "F10": "E10/H10*100", "F11": "E11/I11*100", "F12": "(2*H12-E12)/H12*100",
        "F13": "IF(E13<=0,100,0)"},
    "Capaian IKU": {"F3": "AVERAGE(F4:F4)", "F4": "E4/D4*100"},
    "Anggaran Sasaran": {"E3": "D3/C3*100", "C6": "SUM(C3:C5)", "D6": "SUM(D3:D5)",
                         "E6": "D6/C6*100"},
    "Efisiensi": {"C3": "'Pengukuran Kinerja'!F3",
                  "D3": "'Anggaran Sasaran'!D3/'Anggaran Sasaran'!C3*100", "E3": "C3-D3",
                  "C5": "'Pengukuran Kinerja'!F9"},
    "Program": {"E12": "D12/F12*100",
                "E15": "IF(D15<=0,100,0)"},
}
bad = 0
for nama, sel in want.items():
    f = rumus(nama)
    for c, w in sel.items():
        if f.get(c) != w:
            print(nama, c, f.get(c), "!=", w)
            bad += 1
sys.exit(1 if bad else 0)
PY

# XLSX template: export, import into a fresh database, same measurement and same export.
check "export xlsx" $K export "$F" "$T/t.xlsx"
# Choice columns carry Excel's in-cell list of the schema's words (indikator.arah is column F).
check "xlsx: indikator.arah offers its four words as a list" python3 - "$T/t.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
wb = z.read("xl/workbook.xml").decode()
rels = z.read("xl/_rels/workbook.xml.rels").decode()
rid = re.search(r'<sheet name="indikator" sheetId="\d+" r:id="(rId\d+)"', wb).group(1)
target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
xml = z.read("xl/" + target).decode()
dv = re.findall(r'<dataValidation [^>]*sqref="([^"]+)"[^>]*>.*?<formula1>([^<]*)</formula1>', xml)
want = ("F2:F1048576", "\"naik,turun,rentang,kategori\"")
sys.exit(0 if want in dv else print(dv) or 1)
PY
$K init "$G" >/dev/null
check "import xlsx" $K import "$G" "$T/t.xlsx"
$K measure "$F" --pemda 99.01 --tahun 2020 --json >"$T/m1.json"
$K measure "$G" --pemda 99.01 --tahun 2020 --json >"$T/m2.json"
check "xlsx round trip gives byte-identical measure --json" cmp "$T/m1.json" "$T/m2.json"
$K export "$F" "$T/e1" >/dev/null
$K export "$G" "$T/e2" >/dev/null
check "xlsx round trip gives the same export" diff -r "$T/e1" "$T/e2"
check "a broken workbook is refused" sh -c "echo rusak > '$T/x.xlsx'; $K import '$G' '$T/x.xlsx' 2>/dev/null; test \$? -eq 1"
if command -v soffice >/dev/null; then
	mkdir -p "$T/lo2"
	timeout 180 soffice -env:UserInstallation="file://$T/prof" --headless \
		--convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$T/lo2" "$T/t.xlsx" >/dev/null 2>&1
	H=$(newdb h)
	$K init "$H" >/dev/null
	check "import xlsx saved by LibreOffice" $K import "$H" "$T/lo2/t.xlsx"
	$K measure "$H" --pemda 99.01 --tahun 2020 --json >"$T/m3.json"
	check "LibreOffice-saved workbook imports to the same data" cmp "$T/m1.json" "$T/m3.json"
else
	skip "workbook saved by LibreOffice not imported: soffice (libreoffice-calc-nogui) not installed"
fi

# The bundled demo (Kota Serang 2020).
DEMO=$(newdb d)
if $K demo "$DEMO" >/dev/null 2>&1; then
	check "demo report pdf" $K report "$DEMO" --pemda 36.73 --tahun 2020 --format pdf -o "$T/d.pdf"
	if command -v pdftotext >/dev/null; then
		pdftotext -layout "$T/d.pdf" "$T/d.txt"
		for s in "BAB I PENDAHULUAN" "BAB III AKUNTABILITAS KINERJA" "BAB IV PENUTUP" \
			"Kota Serang" "99,57" "101,39"; do
			check "demo pdf holds '$s'" has "$T/d.txt" "$s"
		done
	else
		skip "demo pdf text not checked: pdftotext not installed (poppler-utils)"
	fi
else
	nok "kinerja demo builds the demo database for the demo report"
fi
echo "1..$n"
