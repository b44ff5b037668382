-- The year's controls (siklus.md): locks of a pemda-year, fill windows per
-- pemda, year and quarter (times in WIB, `YYYY-MM-DD HH:MM`).

CREATE TABLE kunci (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	waktu TEXT NOT NULL,
	oleh TEXT NOT NULL,
	PRIMARY KEY (pemda, tahun)
);

CREATE TABLE jadwal (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 0 AND 4),
	buka TEXT NOT NULL,
	tutup TEXT NOT NULL,
	PRIMARY KEY (pemda, tahun, triwulan)
);

-- Rencana aksi: the target of one quarter (target.csv with triwulan 1-4); the
-- year's target stays in target.
CREATE TABLE target_triwulan (
	pemda TEXT NOT NULL,
	indikator TEXT NOT NULL,
	tahun INTEGER NOT NULL,
	triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
	nilai TEXT NOT NULL,
	teks TEXT NOT NULL,
	PRIMARY KEY (pemda, indikator, tahun, triwulan),
	FOREIGN KEY (pemda, indikator) REFERENCES indikator(pemda, kode)
);

-- The reviewer's (Inspektorat) notes on review findings, keyed by the
-- finding's identity (objek, ukuran, sumber); the statement lists them.
CREATE TABLE catatan_reviu (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	objek TEXT NOT NULL,
	ukuran TEXT NOT NULL,
	sumber TEXT NOT NULL,
	catatan TEXT NOT NULL,
	oleh TEXT NOT NULL,
	waktu TEXT NOT NULL,
	PRIMARY KEY (pemda, tahun, objek, ukuran, sumber)
);
