-- A signed Perjanjian Kinerja keeps its whole content (siklus.md): with each
-- indicator and target also the sasaran it serves and the indicator's uraian
-- and satuan as they read at signing, and the program budget of the version.
-- Versions signed before this migration have NULL there: their documents take
-- those texts from the current plan.
ALTER TABLE pk_isi ADD COLUMN sasaran TEXT;
ALTER TABLE pk_isi ADD COLUMN uraian_sasaran TEXT;
ALTER TABLE pk_isi ADD COLUMN uraian TEXT;
ALTER TABLE pk_isi ADD COLUMN satuan TEXT;

CREATE TABLE pk_anggaran (
	pemda TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	opd TEXT NOT NULL,
	versi INTEGER NOT NULL,
	urutan INTEGER NOT NULL,
	program TEXT NOT NULL,
	pagu INTEGER NOT NULL,
	PRIMARY KEY (pemda, tahun, opd, versi, urutan),
	FOREIGN KEY (pemda, tahun, opd, versi) REFERENCES pk(pemda, tahun, opd, versi)
);
