-- Evaluation of SAKIP (LKE) and surveys (IKM), siklus.md. A framework
-- (kerangka) is shared by every pemda; the built-in ones are embedded in the
-- binary and read from there when the database holds no row of them.
-- Survey answers are one row per respondent, the answers packed as one digit
-- per unsur in the survey's order ('0' = not answered).

CREATE TABLE kerangka (
	kerangka TEXT NOT NULL,
	kode TEXT NOT NULL,
	induk TEXT,
	uraian TEXT NOT NULL,
	bobot REAL NOT NULL,
	jawaban TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (kerangka, kode)
);

CREATE TABLE lke_jawaban (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	opd TEXT NOT NULL DEFAULT '',
	kerangka TEXT NOT NULL,
	kriteria TEXT NOT NULL,
	mandiri TEXT NOT NULL DEFAULT '',
	evaluator TEXT NOT NULL DEFAULT '',
	catatan TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (pemda, tahun, opd, kerangka, kriteria)
);

CREATE TABLE survei (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	kode TEXT NOT NULL,
	uraian TEXT NOT NULL,
	indikator TEXT,
	unsur TEXT NOT NULL,
	PRIMARY KEY (pemda, kode)
);

CREATE TABLE survei_jawaban (
	pemda TEXT NOT NULL,
	survei TEXT NOT NULL,
	periode TEXT NOT NULL,
	unit TEXT NOT NULL,
	responden TEXT NOT NULL,
	jawaban TEXT NOT NULL,
	PRIMARY KEY (pemda, survei, periode, unit, responden),
	FOREIGN KEY (pemda, survei) REFERENCES survei(pemda, kode)
);

-- Recommendations of an evaluation (LHE) and their follow-up.
CREATE TABLE lke_rekomendasi (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	opd TEXT NOT NULL DEFAULT '',
	nomor TEXT NOT NULL,
	uraian TEXT NOT NULL,
	tindak_lanjut TEXT NOT NULL DEFAULT '',
	status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum', 'proses', 'selesai')),
	PRIMARY KEY (pemda, tahun, opd, nomor)
);
