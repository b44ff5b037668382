#!/bin/sh
# Evidence (bukti dukung) from the command line (siklus.md, issue 12): `evidence add`
# checks the content (a PDF named .png is a PDF, HTML refused), the size (10 MiB passes,
# 10 MiB + 1 byte refused, nothing stored) and the lock; `evidence get` writes the same
# bytes back; `backup` and `copy` keep the files (SHA-256 of what comes back equal).
. "$(dirname "$0")/lib.inc"
db=$(newdb bukti)
"$KINERJA" demo "$db" >/dev/null 2>&1
printf '%%PDF-1.4\n%%%%EOF\n' >"$TMP/foto.png"
sha=$(sha256sum "$TMP/foto.png" | cut -d' ' -f1)
"$KINERJA" evidence add "$db" realisasi:36.73/RLS/2020/0 "$TMP/foto.png" >"$TMP/o" 2>&1
eq "evidence add exits 0" 0 $?
# 15 bytes: "%PDF-1.4\n" (9) + "%%EOF\n" (6).
grep -q "^bukti 1: foto.png (pdf, 15 byte) sha256 $sha$" "$TMP/o"
eq "a PDF named .png is stored as pdf, 15 bytes, with its SHA-256" 0 $?
printf '<html><script>alert(1)</script></html>' >"$TMP/a.pdf"
"$KINERJA" evidence add "$db" realisasi:36.73/RLS/2020/0 "$TMP/a.pdf" >"$TMP/o" 2>&1
eq "HTML named .pdf exits 1" 1 $?
grep -q "bukan PDF, PNG, JPEG, XLSX atau DOCX" "$TMP/o"
eq "and says the content is none of the accepted types" 0 $?
# 10 MiB = 10485760 bytes: the PDF head (15 bytes) then 10485745 zero bytes.
{ cat "$TMP/foto.png"; head -c 10485745 /dev/zero; } >"$TMP/besar.pdf"
"$KINERJA" evidence add "$db" realisasi:36.73/RLS/2020/0 "$TMP/besar.pdf" >"$TMP/o" 2>&1
eq "exactly 10 MiB is stored" 0 $?
{ cat "$TMP/besar.pdf"; printf 0; } >"$TMP/lebih.pdf"
"$KINERJA" evidence add "$db" realisasi:36.73/RLS/2020/0 "$TMP/lebih.pdf" >"$TMP/o" 2>&1
eq "10 MiB + 1 byte exits 1" 1 $?
grep -q "berkas bukti 10485761 byte melebihi batas 10 MiB" "$TMP/o"
eq "naming its size and the limit" 0 $?
"$KINERJA" evidence list "$db" realisasi:36.73/RLS/2020/0 >"$TMP/o" 2>&1
eq "two files listed, nothing of the refused ones" 2 "$(wc -l <"$TMP/o")"
"$KINERJA" evidence add "$db" realisasi:36.73/TIDAKADA/2020/0 "$TMP/foto.png" >/dev/null 2>&1
eq "an unknown indicator exits 1" 1 $?
"$KINERJA" evidence add "$db" realisasi:36.73/RLS/2020 "$TMP/foto.png" >/dev/null 2>&1
eq "a malformed object exits 1" 1 $?
"$KINERJA" lock "$db" --pemda 36.73 --tahun 2021 >/dev/null 2>&1
"$KINERJA" evidence add "$db" realisasi:36.73/RLS/2021/0 "$TMP/foto.png" >"$TMP/o" 2>&1
grep -q "Data 36.73 tahun 2021 dikunci per" "$TMP/o"
eq "a locked year refuses evidence, naming the lock" 0 $?
"$KINERJA" evidence get "$db" 1 -o "$TMP/kembali" >/dev/null 2>&1
eq "evidence get writes the same bytes" "$sha" "$(sha256sum "$TMP/kembali" | cut -d' ' -f1)"
"$KINERJA" evidence get "$db" 1 -o "$TMP/kembali" >/dev/null 2>&1
eq "and never overwrites a file" 1 $?
"$KINERJA" evidence get "$db" 99 -o "$TMP/tidak" >/dev/null 2>&1
eq "an unknown id exits 1" 1 $?
besar=$(sha256sum "$TMP/besar.pdf" | cut -d' ' -f1)
"$KINERJA" backup "$db" "$TMP/cadangan.db" >/dev/null 2>&1
eq "backup exits 0" 0 $?
"$KINERJA" evidence get "$TMP/cadangan.db" 2 -o "$TMP/b2" >/dev/null 2>&1
eq "the 10 MiB file comes back from the backup with its SHA-256" "$besar" \
	"$(sha256sum "$TMP/b2" | cut -d' ' -f1)"
dst=$(newdb salinan)
"$KINERJA" copy "$TMP/cadangan.db" "$dst" >/dev/null 2>&1
eq "copy of the backup exits 0" 0 $?
"$KINERJA" evidence get "$dst" 2 -o "$TMP/c2" >/dev/null 2>&1
eq "and the copy holds it too (SHA-256 equal)" "$besar" "$(sha256sum "$TMP/c2" | cut -d' ' -f1)"
"$KINERJA" evidence list "$dst" realisasi:36.73/RLS/2020/0 | cut -f2,3,4,5 >"$TMP/o"
printf 'foto.png\tpdf\t15\t%s\nbesar.pdf\tpdf\t10485760\t%s\n' "$sha" "$besar" >"$TMP/ingin"
cmp -s "$TMP/o" "$TMP/ingin"
eq "the copy lists both files with name, type, size and SHA-256" 0 $?
echo "1..$n"
