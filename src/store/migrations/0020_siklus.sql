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
