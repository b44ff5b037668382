-- The data model of kinerja: pemda, plan tree, indicators, targets with their
-- history, realisasi, budget, comparison values, narrative, reported figures,
-- settings and the audit log. Values of targets and realisasi are kept in
-- their canonical writing (core/nilai.h); target.teks keeps what was entered.
-- Rows keep the order of their first import through the rowid.

CREATE TABLE pemda (
	kode TEXT PRIMARY KEY,
	nama TEXT NOT NULL,
	jenis TEXT NOT NULL CHECK (jenis IN ('nasional', 'provinsi', 'kabupaten', 'kota')),
	induk TEXT,
	periode_awal INTEGER,
	periode_akhir INTEGER,
	rumus_turun TEXT NOT NULL DEFAULT 'selisih' CHECK (rumus_turun IN ('rasio', 'selisih'))
);

CREATE TABLE pengaturan (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	kunci TEXT NOT NULL,
	nilai TEXT NOT NULL,
	PRIMARY KEY (pemda, kunci)
);

CREATE TABLE rencana (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	kode TEXT NOT NULL,
	jenis TEXT NOT NULL CHECK (jenis IN ('visi', 'misi', 'tujuan', 'sasaran')),
	induk TEXT,
	uraian TEXT NOT NULL,
	PRIMARY KEY (pemda, kode)
);

CREATE TABLE opd (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	kode TEXT NOT NULL,
	nama TEXT NOT NULL,
	PRIMARY KEY (pemda, kode)
);

CREATE TABLE indikator (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	kode TEXT NOT NULL,
	induk TEXT NOT NULL,
	uraian TEXT NOT NULL,
	satuan TEXT NOT NULL DEFAULT '',
	arah TEXT NOT NULL CHECK (arah IN ('naik', 'turun', 'rentang', 'kategori')),
	skala TEXT,
	opd TEXT,
	kondisi_awal TEXT NOT NULL DEFAULT '',
	target_akhir TEXT NOT NULL DEFAULT '',
	rumus_turun TEXT CHECK (rumus_turun IS NULL OR rumus_turun IN ('rasio', 'selisih')),
	agregasi TEXT NOT NULL DEFAULT 'akhir' CHECK (agregasi IN ('akhir', 'jumlah', 'rata_rata')),
	bobot REAL NOT NULL DEFAULT 1,
	PRIMARY KEY (pemda, kode),
	FOREIGN KEY (pemda, induk) REFERENCES rencana(pemda, kode)
);

CREATE TABLE target (
	pemda TEXT NOT NULL,
	indikator TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	nilai TEXT NOT NULL,
	teks TEXT NOT NULL,
	PRIMARY KEY (pemda, indikator, tahun),
	FOREIGN KEY (pemda, indikator) REFERENCES indikator(pemda, kode)
);

-- Targets replaced by a later Perjanjian Kinerja (PK Perubahan); both stay visible.
CREATE TABLE target_riwayat (
	id INTEGER PRIMARY KEY,
	pemda TEXT NOT NULL,
	indikator TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	nilai TEXT NOT NULL,
	teks TEXT NOT NULL,
	diganti TEXT NOT NULL,
	FOREIGN KEY (pemda, indikator) REFERENCES indikator(pemda, kode)
);
CREATE INDEX target_riwayat_kunci ON target_riwayat(pemda, indikator, tahun);

CREATE TABLE realisasi (
	pemda TEXT NOT NULL,
	indikator TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	triwulan INTEGER NOT NULL DEFAULT 0 CHECK (triwulan BETWEEN 0 AND 4),
	nilai TEXT NOT NULL,
	PRIMARY KEY (pemda, indikator, tahun, triwulan),
	FOREIGN KEY (pemda, indikator) REFERENCES indikator(pemda, kode)
);

CREATE TABLE anggaran (
	pemda TEXT NOT NULL,
	sasaran TEXT NOT NULL,
	program TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	pagu INTEGER NOT NULL,
	realisasi INTEGER,
	PRIMARY KEY (pemda, sasaran, program, tahun),
	FOREIGN KEY (pemda, sasaran) REFERENCES rencana(pemda, kode)
);

CREATE TABLE pembanding (
	pemda TEXT NOT NULL,
	indikator TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	wilayah TEXT NOT NULL,
	nilai REAL NOT NULL,
	PRIMARY KEY (pemda, indikator, tahun, wilayah),
	FOREIGN KEY (pemda, indikator) REFERENCES indikator(pemda, kode)
);

CREATE TABLE narasi (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	objek TEXT NOT NULL,
	jenis TEXT NOT NULL CHECK (jenis IN ('analisis', 'kendala', 'solusi', 'pengantar')),
	teks TEXT NOT NULL,
	PRIMARY KEY (pemda, tahun, objek, jenis)
);

CREATE TABLE dilaporkan (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	objek TEXT NOT NULL,
	ukuran TEXT NOT NULL CHECK (ukuran IN ('target', 'realisasi', 'capaian', 'capaian_akhir',
		'predikat', 'pagu', 'realisasi_anggaran', 'serapan', 'efisiensi')),
	sumber TEXT NOT NULL DEFAULT '',
	nilai TEXT NOT NULL,
	angka REAL,
	desimal INTEGER,
	PRIMARY KEY (pemda, tahun, objek, ukuran, sumber)
);

CREATE TABLE audit (
	id INTEGER PRIMARY KEY,
	waktu TEXT NOT NULL,
	pengguna TEXT NOT NULL,
	pemda TEXT,
	tabel TEXT NOT NULL,
	kunci TEXT NOT NULL,
	lama TEXT,
	baru TEXT
);
CREATE INDEX audit_pemda ON audit(pemda, id);
