-- The web application: users with argon2id password hashes, sessions (only a
-- hash of the token is kept), failed logins for throttling, and realisasi
-- submitted by operators that wait for a planner's verification.

CREATE TABLE pengguna (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL UNIQUE,
	peran TEXT NOT NULL CHECK (peran IN ('admin', 'perencana', 'operator', 'reviewer',
		'pimpinan')),
	opd TEXT,
	pemda TEXT,
	hash TEXT NOT NULL,
	dibuat TEXT NOT NULL
);

CREATE TABLE sesi (
	token TEXT PRIMARY KEY,
	pengguna INTEGER NOT NULL REFERENCES pengguna(id) ON DELETE CASCADE,
	csrf TEXT NOT NULL,
	kedaluwarsa INTEGER NOT NULL
);

CREATE TABLE gagal_masuk (
	id INTEGER PRIMARY KEY,
	kunci TEXT NOT NULL,
	waktu INTEGER NOT NULL
);
CREATE INDEX gagal_masuk_kunci ON gagal_masuk(kunci, waktu);

CREATE TABLE realisasi_usulan (
	id INTEGER PRIMARY KEY,
	pemda TEXT NOT NULL,
	indikator TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	triwulan INTEGER NOT NULL DEFAULT 0 CHECK (triwulan BETWEEN 0 AND 4),
	nilai TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('diajukan', 'disetujui', 'dikembalikan')),
	diajukan_oleh TEXT NOT NULL,
	waktu TEXT NOT NULL,
	diperiksa_oleh TEXT,
	alasan TEXT,
	FOREIGN KEY (pemda, indikator) REFERENCES indikator(pemda, kode)
);
CREATE INDEX realisasi_usulan_pemda ON realisasi_usulan(pemda, status, id);
