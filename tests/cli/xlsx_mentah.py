"""A workbook written by hand, for the import tests (tests/cli/impor_*.sh): inline-string cells
exactly as given, no library in between, so a test can put in what Excel would never write
(invalid UTF-8 through surrogate escapes, control characters, a key twice)."""
import zipfile

_NS = "http://schemas.openxmlformats.org"


def _lembar(rows):
    x = '<?xml version="1.0"?><worksheet xmlns="%s/spreadsheetml/2006/main"><sheetData>' % _NS
    for i, r in enumerate(rows):
        x += '<row r="%d">' % (i + 1)
        for j, v in enumerate(r):
            x += '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % ("ABCDEFGHIJ"[j], i + 1, v)
        x += "</row>"
    return x + "</sheetData></worksheet>"


def buku(path, lembar):
    """Writes the workbook path with sheets lembar: a list of (name, rows of cell texts)."""
    z = zipfile.ZipFile(path, "w")
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="%s/package/2006/'
               'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
               % _NS)
    daftar = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1)
                     for i, (n, _) in enumerate(lembar))
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="%s/spreadsheetml/2006/'
               'main" xmlns:r="%s/officeDocument/2006/relationships"><sheets>%s</sheets>'
               '</workbook>' % (_NS, _NS, daftar))
    rel = "".join('<Relationship Id="rId%d" Type="%s/officeDocument/2006/relationships/worksheet"'
                  ' Target="worksheets/sheet%d.xml"/>' % (i + 1, _NS, i + 1)
                  for i in range(len(lembar)))
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="%s/'
               'package/2006/relationships">%s</Relationships>' % (_NS, rel))
    for i, (_, rows) in enumerate(lembar):
        z.writestr("xl/worksheets/sheet%d.xml" % (i + 1),
                   _lembar(rows).encode("utf-8", "surrogateescape"))
    z.close()
