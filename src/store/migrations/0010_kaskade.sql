-- The OPD cascade (siklus.md): OPD hierarchy and heads, Renstra PD nodes with
-- their OPD, budgets on program/kegiatan/sub-kegiatan nodes, and Perjanjian
-- Kinerja versions with the content frozen when signed.
-- A line starting `--@sqlite ` or `--@pg ` is run on that engine only: the
-- CHECK on rencana.jenis is widened by a rebuild on SQLite (which cannot drop
-- a constraint; foreign keys deferred so the rows referring to rencana stay)
-- and by replacing the constraint on PostgreSQL.

ALTER TABLE opd ADD COLUMN induk TEXT;
ALTER TABLE opd ADD COLUMN jenis TEXT;
ALTER TABLE opd ADD COLUMN kepala TEXT;
ALTER TABLE opd ADD COLUMN nip TEXT;
ALTER TABLE opd ADD COLUMN jabatan TEXT;

ALTER TABLE rencana ADD COLUMN opd TEXT;
--@sqlite PRAGMA defer_foreign_keys = ON;
--@sqlite CREATE TABLE rencana_salin AS SELECT rowid AS r, pemda, kode, jenis, induk, uraian, opd FROM rencana;
--@sqlite DROP TABLE rencana;
--@sqlite CREATE TABLE rencana (pemda TEXT NOT NULL REFERENCES pemda(kode), kode TEXT NOT NULL, jenis TEXT NOT NULL CHECK (jenis IN ('visi', 'misi', 'tujuan', 'sasaran', 'tujuan_pd', 'sasaran_pd', 'program', 'kegiatan', 'subkegiatan')), induk TEXT, uraian TEXT NOT NULL, opd TEXT, PRIMARY KEY (pemda, kode));
--@sqlite INSERT INTO rencana(rowid, pemda, kode, jenis, induk, uraian, opd) SELECT r, pemda, kode, jenis, induk, uraian, opd FROM rencana_salin ORDER BY r;
--@sqlite DROP TABLE rencana_salin;
--@pg ALTER TABLE rencana DROP CONSTRAINT rencana_jenis_check;
--@pg ALTER TABLE rencana ADD CONSTRAINT rencana_jenis_check CHECK (jenis IN ('visi', 'misi', 'tujuan', 'sasaran', 'tujuan_pd', 'sasaran_pd', 'program', 'kegiatan', 'subkegiatan'));

CREATE TABLE anggaran_simpul (
	pemda TEXT NOT NULL,
	rencana TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	opd TEXT,
	pagu INTEGER NOT NULL,
	realisasi INTEGER,
	PRIMARY KEY (pemda, rencana, tahun),
	FOREIGN KEY (pemda, rencana) REFERENCES rencana(pemda, kode)
);

-- opd '' = the regional head's PK.
CREATE TABLE pk (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	opd TEXT NOT NULL,
	versi INTEGER NOT NULL,
	nomor TEXT,
	tanggal TEXT NOT NULL,
	pihak_pertama TEXT NOT NULL,
	jabatan_pertama TEXT NOT NULL,
	nip_pertama TEXT,
	pihak_kedua TEXT,
	jabatan_kedua TEXT,
	nip_kedua TEXT,
	PRIMARY KEY (pemda, tahun, opd, versi)
);

-- The indicators and targets of a version as they stood when it was signed.
CREATE TABLE pk_isi (
	pemda TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	opd TEXT NOT NULL,
	versi INTEGER NOT NULL,
	urutan INTEGER NOT NULL,
	indikator TEXT NOT NULL,
	target TEXT NOT NULL,
	PRIMARY KEY (pemda, tahun, opd, versi, urutan),
	FOREIGN KEY (pemda, tahun, opd, versi) REFERENCES pk(pemda, tahun, opd, versi)
);
