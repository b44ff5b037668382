#!/bin/sh
# An OPD's LKj (issue 11 point 4): under each sasaran_pd the analysis lists the programs,
# kegiatan and sub-kegiatan below it with their indicators (capaian, predikat) and budgets,
# in html, csv and xlsx, with the figures of measure --opd and tree (the same cascade).
# Fixture: tests/cli/data-kaskade plus indicator A.I5 on kegiatan A.P1.K2, 190 / 200 = 95 %.
. "$(dirname "$0")/lib.inc"
D=$(dirname "$0")/data-kaskade
K=$KINERJA
mkdir -p "$TMP/d"
cp "$D"/*.csv "$TMP/d/"
printf '77,A.I5,A.P1.K2,Indikator kegiatan dua,%%,naik,,,100,250,\n' >>"$TMP/d/indikator.csv"
printf '77,A.I5,2021,200\n' >>"$TMP/d/target.csv"
printf '77,A.I5,2021,,190\n' >>"$TMP/d/realisasi.csv"
A=$(newdb a)
check "import of the cascade fixture" sh -c "$K init '$A' >/dev/null && $K import '$A' '$TMP/d' >/dev/null"

# By hand (A's nodes, data-kaskade/rencana.csv):
#   sasaran_pd A.S1: own A.I1 100 / 80 = 125 (bobot 1), A.I2 40 / 50 = 80 (bobot 3):
#     (125 + 240) / 4 = 91,25 Sangat Tinggi
#   program A.P1 (no own indicator): its kegiatan A.P1.K1 50 and A.P1.K2 95: 145 / 2 = 72,5 Sedang
#   kegiatan A.P1.K1: A.I3 5 / 10 = 50 Sangat Rendah; sub-kegiatan A.P1.K1.1: none
#   kegiatan A.P1.K2: A.I5 190 / 200 = 95 Sangat Tinggi
#   budgets: A.P1.K1.1 300 / 150 = 50; A.P1.K1 its own 200 / 200 + 300 / 150 = 500 / 350 = 70;
#     A.P1.K2 500 / 100 = 20; A.P1 its own 100 / 50 + 500 + 500 = 1.100 / 500 = 45,45;
#     Jumlah (the programs) 1.100 / 500 = 45,45
#   OPD A, 5 indicators: (125 + 3 x 80 + 50 + 70 (A.I4) + 95) / (1 + 3 + 1 + 1 + 1) = 580 / 7 = 82,86 Tinggi
$K report "$A" --pemda 77 --tahun 2021 --opd A --format csv -o "$TMP/a.csv" >/dev/null
tr -d '\r' <"$TMP/a.csv" >"$TMP/a.txt"
baris() { # the line after the title line $1 at offset $2
	awk -v t="$1" -v k="$2" 'index($0, t) == 1 { a = NR } a && NR == a + k { print; exit }' "$TMP/a.txt"
}
T="Tabel 3.7 Capaian Kinerja Program dan Kegiatan Sasaran 1 Tahun 2021"
eq "csv: the program table's header" "No;Program / Kegiatan / Indikator;Satuan;Target;Realisasi;Capaian (%);Predikat" "$(baris "$T" 1)"
eq "csv: sasaran_pd A.S1 (125 + 3 x 80) / 4 = 91,25" "Sasaran PD A.S1: Sasaran Dinas A;;;;;91,25;Sangat Tinggi" "$(baris "$T" 2)"
eq "csv: program A.P1 = mean of its kegiatan (50 + 95) / 2 = 72,5" "Program A.P1: Program Dinas A;;;;;72,50;Sedang" "$(baris "$T" 3)"
eq "csv: kegiatan A.P1.K1 under it" "Kegiatan A.P1.K1: Kegiatan satu;;;;;50,00;Sangat Rendah" "$(baris "$T" 4)"
eq "csv: its indicator A.I3 5 / 10 = 50" "1;Indikator kegiatan A;unit;10;5;50,00;Sangat Rendah" "$(baris "$T" 5)"
eq "csv: sub-kegiatan without indicators" "Sub-kegiatan A.P1.K1.1: Sub-kegiatan satu;;;;;n/a;-" "$(baris "$T" 6)"
eq "csv: kegiatan A.P1.K2" "Kegiatan A.P1.K2: Kegiatan dua;;;;;95,00;Sangat Tinggi" "$(baris "$T" 7)"
eq "csv: its indicator A.I5 190 / 200 = 95" "2;Indikator kegiatan dua;%;200;190;95,00;Sangat Tinggi" "$(baris "$T" 8)"
T="Tabel 3.8 Pagu dan Realisasi Anggaran Program dan Kegiatan Sasaran 1 Tahun 2021"
eq "csv: budget header" "No;Program / Kegiatan / Sub-kegiatan;Pagu (Rp);Realisasi (Rp);Serapan (%)" "$(baris "$T" 1)"
eq "csv: A.P1 1.100 / 500 = 45,45" "1;Program A.P1: Program Dinas A;1.100;500;45,45" "$(baris "$T" 2)"
eq "csv: A.P1.K1 500 / 350 = 70" "2;Kegiatan A.P1.K1: Kegiatan satu;500;350;70,00" "$(baris "$T" 3)"
eq "csv: A.P1.K1.1 300 / 150 = 50" "3;Sub-kegiatan A.P1.K1.1: Sub-kegiatan satu;300;150;50,00" "$(baris "$T" 4)"
eq "csv: A.P1.K2 500 / 100 = 20" "4;Kegiatan A.P1.K2: Kegiatan dua;500;100;20,00" "$(baris "$T" 5)"
eq "csv: Jumlah of the programs" ";Jumlah;1.100;500;45,45" "$(baris "$T" 6)"
check "csv folder: one file per sheet, the program sheet among them" sh -c \
	"$K report '$A' --pemda 77 --tahun 2021 --opd A --format csv -o '$TMP/f/' >/dev/null && grep -q '^Program A.P1: Program Dinas A;;;;;72,50;Sedang' '$TMP/f/sasaran-1-program.csv'"

$K report "$A" --pemda 77 --tahun 2021 --opd A --format html -o "$TMP/a.html" >/dev/null
check "html: program A.P1 row with 72,50 Sedang" grep -qF '<td colspan="5" class="g">Program A.P1: Program Dinas A</td><td class="n">72,50</td><td class="p2">Sedang</td>' "$TMP/a.html"
check "html: indicator A.I5 under kegiatan A.P1.K2" grep -qF '<td class="n">2</td><td>Indikator kegiatan dua</td><td>%</td><td class="n">200</td><td class="n">190</td><td class="n">95,00</td>' "$TMP/a.html"
check "html: the indicator's sentence" grep -qF 'Indikator Indikator kegiatan dua dengan target 200 % terealisasi 190 %, capaian 95,00% (Sangat Tinggi), belum mencapai target.' "$TMP/a.html"
check "html: its projection sentence, as for a sasaran's indicator (one year of data)" grep -qF 'Proyeksi Indikator kegiatan dua sampai akhir periode RPJMD belum dapat dihitung: data belum cukup.' "$TMP/a.html"
check "html: the OPD's capaian over its 5 indicators (weights 1 + 3 + 1 + 1 + 1 = 7): 580 / 7 = 82,86" grep -qF 'rata-rata capaian 5 indikator yang menjadi tanggung jawabnya (pada tujuan, sasaran, program, kegiatan dan sub-kegiatan), adalah 82,86% (Tinggi)' "$TMP/a.html"
check "html: the budget row of A.P1.K1" grep -qF '<td>Kegiatan A.P1.K1: Kegiatan satu</td><td class="n">500</td><td class="n">350</td><td class="n">70,00</td>' "$TMP/a.html"

# Every node row of the LKj equals the tree's capaian and the OPD's figures measure --opd's.
$K tree "$A" --pemda 77 --tahun 2021 --json >"$TMP/t.json"
$K measure "$A" --pemda 77 --tahun 2021 --opd A --json >"$TMP/m.json"
check "csv node rows = tree --json, OPD sentence = measure --opd" python3 - "$TMP/a.txt" "$TMP/t.json" "$TMP/m.json" "$TMP/a.html" <<'PY'
import json, re, sys
t = json.load(open(sys.argv[2]))
pohon = {}
def jalan(n):
    pohon[n["kode"]] = n["capaian"]
    for a in n["anak"]:
        jalan(a)
for n in t["pohon"]:
    jalan(n)
bad = 0
seen = 0
for line in open(sys.argv[1]):
    m = re.match(r"(?:Sasaran PD|Program|Kegiatan|Sub-kegiatan) ([^:;]+): [^;]*;;;;;([^;]*);", line)
    if not m:
        continue
    seen += 1
    want = "n/a" if pohon[m.group(1)] is None else ("%.2f" % pohon[m.group(1)]).replace(".", ",")
    if m.group(2) != want:
        print(m.group(1), m.group(2), "!=", want)
        bad += 1
d = json.load(open(sys.argv[3]))
want = "%d indikator yang menjadi tanggung jawabnya (pada tujuan, sasaran, program, kegiatan dan sub-kegiatan), adalah %s%%" % (
    len(d["indikator"]), ("%.2f" % d["ringkasan"]["capaian"]).replace(".", ","))
if want not in open(sys.argv[4]).read():
    print("OPD sentence missing:", want)
    bad += 1
print("rows seen", seen) if seen != 5 else None
sys.exit(1 if bad or seen != 5 else 0)
PY

# A chart shows exactly the indicators of the table it illustrates (those with a capaian),
# in its order: Grafik 3.1 "Capaian IKU" = Tabel 3.1's rows, the sasaran chart = the
# Pengukuran Kinerja table's. OPD A: IKU A.I4 70 / 100 = 70 only (not the kegiatan's
# A.I3 50 and A.I5 95); sasaran: A.I1 125, A.I2 80. The pemda's LKjIP: T1 has no
# indicator, so no IKU chart; Grafik 3.1 is the sasaran chart, IS1 90, IS2 70.
# (csv and xlsx carry the tables only, no chart.)
cat >"$TMP/g.py" <<'PY'
import html, re, sys
h = open(sys.argv[1], encoding="utf-8").read()
def bersih(x):
    return html.unescape(re.sub(r"<[^>]+>", "", x))
def grafik(awal):
    """label=value of the bars of the chart whose title starts with awal."""
    for f in re.findall(r"<figure.*?</figure>", h, re.S):
        t = re.search(r"<title>(.*?)</title>", f)
        if t and bersih(t.group(1)).startswith(awal):
            lab = [bersih(x) for x in re.findall(r'<text[^>]*class="label">(.*?)</text>', f)]
            nil = [bersih(x) for x in re.findall(r'<text[^>]*class="nilai">(.*?)</text>', f)]
            return " ".join("%s=%s" % x for x in zip(lab, nil))
    return "-"
def tabel(awal):
    """name=capaian of the indicator rows (with a capaian) of the table titled awal."""
    for tb in re.findall(r"<table.*?</table>", h, re.S):
        c = re.search(r"<caption>(.*?)</caption>", tb)
        if c and bersih(c.group(1)).startswith(awal):
            out = []
            for tr in re.findall(r"<tr>(.*?)</tr>", tb, re.S):
                td = [bersih(x) for x in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
                if len(td) == 7 and td[0].isdigit() and td[5] != "n/a":
                    out.append("%s=%s" % (td[1], td[5]))
            return " ".join(out)
    return "-"
print(grafik(sys.argv[2]) if sys.argv[3] == "grafik" else tabel(sys.argv[2]))
PY
g() { python3 "$TMP/g.py" "$@"; }
eq "html A: Grafik 3.1 Capaian IKU = A.I4 70 only" "Indikator tujuan A=70,00" "$(g "$TMP/a.html" "Grafik 3.1 Capaian IKU" grafik)"
eq "  = the rows of Tabel 3.1" "$(g "$TMP/a.html" "Tabel 3.1 Capaian Indikator Kinerja Utama" tabel)" "$(g "$TMP/a.html" "Grafik 3.1 Capaian IKU" grafik)"
eq "html A: Grafik 3.2 = A.I1 125, A.I2 80" "Indikator A satu=125,00 Indikator A dua=80,00" "$(g "$TMP/a.html" "Grafik 3.2 Capaian Indikator Kinerja Sasaran" grafik)"
eq "  = the rows of Tabel 3.2" "$(g "$TMP/a.html" "Tabel 3.2 Pengukuran Kinerja" tabel)" "$(g "$TMP/a.html" "Grafik 3.2 Capaian Indikator Kinerja Sasaran" grafik)"
$K report "$A" --pemda 77 --tahun 2021 --format html -o "$TMP/p.html" >/dev/null
eq "html LKjIP: Tabel 3.1 lists no indicator (T1 has none)" "" "$(g "$TMP/p.html" "Tabel 3.1 Capaian Indikator Kinerja Utama" tabel)"
check "  and has no IKU chart" sh -c "! grep -q '<title>Grafik [0-9.]* Capaian IKU' '$TMP/p.html'"
check "  and says so below it" grep -qF 'Belum ada indikator kinerja pada tingkat tujuan; capaian diukur pada tingkat sasaran (bagian B).' "$TMP/p.html"
check "  which the LKj of A, with A.I4 on its tujuan_pd, does not" sh -c "! grep -qF 'Belum ada indikator kinerja pada tingkat tujuan' '$TMP/a.html'"
eq "html LKjIP: Grafik 3.1 = the sasaran chart, IS1 90, IS2 70" "Indikator sasaran satu=90,00 Indikator sasaran dua=70,00" "$(g "$TMP/p.html" "Grafik 3.1 Capaian Indikator Kinerja Sasaran" grafik)"
eq "  = the rows of Tabel 3.2" "$(g "$TMP/p.html" "Tabel 3.2 Pengukuran Kinerja" tabel)" "$(g "$TMP/p.html" "Grafik 3.1 Capaian Indikator Kinerja Sasaran" grafik)"

# The XLSX sheets: values, and the capaian and serapan as formulas over their cells.
$K report "$A" --pemda 77 --tahun 2021 --opd A --format xlsx -o "$TMP/a.xlsx" >/dev/null
cat >"$TMP/x.py" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
wb = z.read("xl/workbook.xml").decode()
rel = z.read("xl/_rels/workbook.xml.rels").decode()
target = {a: b for a, b in re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rel)}
target.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rel)})
sst = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode(), re.S)]
def lembar(nama):
    """{cell: (value, formula)} of sheet nama."""
    rid = re.search(r'<sheet name="%s"[^>]*r:id="(rId\d+)"' % re.escape(nama), wb).group(1)
    x = z.read("xl/" + target[rid].lstrip("/").replace("xl/", "")).decode()
    sel = {}
    for c, attr, isi in re.findall(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', x, re.S):
        f = re.search(r"<f>([^<]*)</f>", isi or "")
        v = re.search(r"<v>([^<]*)</v>", isi or "")
        v = v.group(1) if v else ""
        if 't="s"' in attr:
            v = sst[int(v)]
        sel[c] = (v, f.group(1) if f else None)
    return sel
s = lembar(sys.argv[2])
for c in sys.argv[3:]:
    v, f = s.get(c, ("", None))
    print("%s=%s%s" % (c, v, " {=%s}" % f if f else ""))
PY
xl() { python3 "$TMP/x.py" "$TMP/a.xlsx" "$@" | tr '\n' ' ' | sed 's/ $//'; }
# rows: 1 title, 2 header, 3 A.S1, 4 A.P1, 5 A.P1.K1, 6 A.I3, 7 A.P1.K1.1, 8 A.P1.K2, 9 A.I5
eq "xlsx 'Sasaran 1 Program': A.P1 = AVERAGE of its kegiatan's cells" "A4=Program A.P1: Program Dinas A F4=72.5 {=AVERAGE(F5,F8)} G4=Sedang" "$(xl 'Sasaran 1 Program' A4 F4 G4)"
# A.S1's capaian is the mean of its own indicators (not of the program below it), whose
# cells are on the Pengukuran Kinerja sheet (row 3 Sasaran 1, 4 A.I1 125, 5 A.I2 80):
# weighted (1 x 125 + 3 x 80) / (1 + 3) = 91,25, a formula over those cells.
eq "xlsx: A.S1 91,25 = its indicators' cells on the Pengukuran Kinerja sheet" "A3=Sasaran PD A.S1: Sasaran Dinas A F3=91.25 {=(1*'Pengukuran Kinerja'!F4+3*'Pengukuran Kinerja'!F5)/(1+3)}" "$(xl 'Sasaran 1 Program' A3 F3)"
eq "  those cells: A.I1 125, A.I2 80" "B4=Indikator A satu F4=125 {=E4/D4*100} B5=Indikator A dua F5=80 {=E5/D5*100}" "$(xl 'Pengukuran Kinerja' B4 F4 B5 F5)"
eq "xlsx: A.P1.K1 over A.I3, A.I3 = E/D x 100" "F5=50 {=AVERAGE(F6:F6)} D6=10 E6=5 F6=50 {=E6/D6*100}" "$(xl 'Sasaran 1 Program' F5 D6 E6 F6)"
eq "xlsx: A.I5 under A.P1.K2" "B9=Indikator kegiatan dua F9=95 {=E9/D9*100} G9=Sangat Tinggi" "$(xl 'Sasaran 1 Program' B9 F9 G9)"
# rows: 3 A.P1, 4 A.P1.K1, 5 A.P1.K1.1, 6 A.P1.K2, 7 Jumlah
eq "xlsx 'Sasaran 1 Anggaran': serapan formulas, Jumlah = the program rows" "C3=1100 E4=70 {=D4/C4*100} B7=Jumlah C7=1100 {=C3} D7=500 {=D3} E7=45.45454545454545 {=D7/C7*100}" "$(xl 'Sasaran 1 Anggaran' C3 E4 B7 C7 D7 E7)"

# B: its program B.P1 hangs directly under the RPJMD sasaran S1.
# B.I2 turun (selisih): (2 x 10 - 12) / 10 = 80 Tinggi; pagu 400 without realisasi.
$K report "$A" --pemda 77 --tahun 2021 --opd B --format csv -o "$TMP/b.csv" >/dev/null
tr -d '\r' <"$TMP/b.csv" >"$TMP/a.txt"
T="Tabel 3.7 Capaian Kinerja Program dan Kegiatan yang langsung mendukung sasaran RPJMD Tahun 2021"
eq "csv B: program under the RPJMD sasaran, (2 x 10 - 12) / 10 = 80" "Program B.P1: Program Dinas B di bawah sasaran RPJMD;;;;;80,00;Tinggi" "$(baris "$T" 2)"
eq "csv B: its indicator" "1;Indikator B dua;hari;10;12;80,00;Tinggi" "$(baris "$T" 3)"
T="Tabel 3.8 Pagu dan Realisasi Anggaran Program dan Kegiatan yang langsung mendukung sasaran RPJMD Tahun 2021"
$K report "$A" --pemda 77 --tahun 2021 --opd B --format html -o "$TMP/b.html" >/dev/null
check "html B: the RPJMD sasaran the program supports" grep -qF 'Program B.P1 (Program Dinas B di bawah sasaran RPJMD) mendukung langsung sasaran RPJMD S1 (Sasaran satu).' "$TMP/b.html"
eq "csv B: pagu 400 without realisasi" "1;Program B.P1: Program Dinas B di bawah sasaran RPJMD;400;n/a;n/a" "$(baris "$T" 2)"
# C answers for IS2 on the RPJMD sasaran S1 (opd C): its capaian counts it (70 / 100 = 70,
# with C.I1 still without data), so its LKj shows it under S1 with the sasaran counted.
$K report "$A" --pemda 77 --tahun 2021 --opd C --format csv -o "$TMP/c.csv" >/dev/null
tr -d '\r' <"$TMP/c.csv" >"$TMP/a.txt"
T="Tabel 3.2 Pengukuran Kinerja Dinas C Kota Uji Tahun 2021"
eq "csv C: its indicator on the RPJMD sasaran S1, under that sasaran" "Sasaran 1: Sasaran satu;;;;;70,00;Sedang" "$(baris "$T" 2)"
eq "csv C: IS2 70 / 100 = 70" "1;Indikator sasaran dua;%;100;70;70,00;Sedang" "$(baris "$T" 3)"
$K report "$A" --pemda 77 --tahun 2021 --opd C --format html -o "$TMP/c.html" >/dev/null
check "html C: 1 sasaran strategis measured by 1 indicator" grep -qF 'atas 1 sasaran strategis yang diukur dengan 1 indikator' "$TMP/c.html"
check "pdf of A" $K report "$A" --pemda 77 --tahun 2021 --opd A --format pdf -o "$TMP/a.pdf"
# Every indicator sentence is drawn in ink: each word "terealisasi" has dark pixels (a
# table ending in a predikat cell, white on green, once left its colour to the next paragraph).
if command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null; then
	check "pdf: the sentences after the tables are visible" python3 - "$TMP/a.pdf" "$TMP" <<'PY'
import re, subprocess, sys
pdf, tmp = sys.argv[1], sys.argv[2]
subprocess.run(["pdftotext", "-bbox", pdf, tmp + "/bbox.html"], check=True)
halaman = re.split(r"<page ", open(tmp + "/bbox.html", encoding="utf-8").read())[1:]
dpi, n, gelap = 72, 0, 0
for no, h in enumerate(halaman, 1):
    for x0, y0, x1, y1 in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">terealisasi</word>', h):
        x, y, w, t = int(float(x0)), int(float(y0)), int(float(x1) - float(x0)) + 1, int(float(y1) - float(y0)) + 1
        out = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(no), "-l", str(no),
                              "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(t), pdf],
                             check=True, capture_output=True).stdout
        # binary PGM: "P5\nW H\n255\n" then the pixels
        kepala = out.split(b"\n", 3)
        n += 1
        gelap += min(kepala[3]) < 100
print("words", n, "dark", gelap)
sys.exit(0 if n >= 3 and gelap == n else 1)
PY
else
	skip "pdf ink not checked: pdftoppm or pdftotext not installed"
fi

# LibreOffice recomputes the new sheets' formulas to the engine's figures. It is told to
# recompute on load (as in report.sh), and every formula's stored value is set to 0 first,
# so each figure below comes from its formula, not from the value the engine stored.
if command -v soffice >/dev/null && [ "${KINERJA_LO:-1}" != 0 ]; then
	mkdir -p "$TMP/lo" "$TMP/prof/user"
	cat >"$TMP/prof/user/registrymodifications.xcu" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
X
	python3 - "$TMP/a.xlsx" "$TMP/lo/l.xlsx" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as o:
    for i in z.infolist():
        x = z.read(i.filename)
        if i.filename.startswith("xl/worksheets/sheet"):
            x = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1<v>0</v>", x)
        o.writestr(i, x)
PY
	(cd "$TMP/lo" && timeout 180 soffice -env:UserInstallation="file://$TMP/prof" --headless \
		--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
		l.xlsx --outdir . >/dev/null 2>&1)
	eq "LibreOffice: A.S1 recomputed 91,25, A.P1 72,5, A.P1.K2 95, A.I5 95" "91.25 72.5 95 95" "$(python3 -c "
import csv, sys
r = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
print(' '.join('%g' % float(r[i][5]) for i in (2, 3, 7, 8)))" "$TMP/lo/l-Sasaran 1 Program.csv" 2>&1)"
	eq "LibreOffice: Jumlah 1100 500 45,4545" "1100 500 45.4545" "$(python3 -c "
import csv, sys
r = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
print('%g %g %.4f' % (float(r[6][2]), float(r[6][3]), float(r[6][4])))" "$TMP/lo/l-Sasaran 1 Anggaran.csv" 2>&1)"
else
	skip "xlsx not recomputed: soffice not installed (or KINERJA_LO=0)"
fi

# Lampiran 2 lists the indicators of the nodes below each sasaran_pd too, after its own:
# A.P1.K1 5 / 10 = 50, A.P1.K2 190 / 200 = 95, numbered on from the sasaran_pd's two.
L="Tabel L.3 Rencana dan Realisasi Kinerja dan Anggaran per Program Tahun 2021"
tr -d '\r' <"$TMP/a.csv" >"$TMP/a.txt" # OPD A's report again (B's was read since)
eq "Lampiran 2: kegiatan A.P1.K1's indicator under sasaran 1" "3;Indikator Kegiatan A.P1.K1: Indikator kegiatan A (unit);10;5;50,00" "$(baris "$L" 5)"
eq "Lampiran 2: kegiatan A.P1.K2's indicator (190 / 200 = 95)" "4;Indikator Kegiatan A.P1.K2: Indikator kegiatan dua (%);200;190;95,00" "$(baris "$L" 6)"
echo "1..$n"
