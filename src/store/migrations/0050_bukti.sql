-- Evidence (bukti dukung, siklus.md): a file attached to an object named by
-- `objek` (antarmuka.md: usulan:ID, realisasi:PEMDA/INDIKATOR/TAHUN/TRIWULAN,
-- lke:PEMDA/TAHUN/OPD/KRITERIA). jenis is the type recognised from the
-- content (core/jenis_berkas), never from the name; nama is the harmless
-- display name only; sha256 is the hex digest of isi.

CREATE TABLE bukti (
	id INTEGER PRIMARY KEY,
	objek TEXT NOT NULL,
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	nama TEXT NOT NULL,
	jenis TEXT NOT NULL CHECK (jenis IN ('pdf', 'png', 'jpeg', 'xlsx', 'docx')),
	ukuran INTEGER NOT NULL,
	sha256 TEXT NOT NULL,
	isi BLOB NOT NULL,
	pengunggah TEXT NOT NULL,
	waktu TEXT NOT NULL
);

CREATE INDEX bukti_objek ON bukti(objek);
