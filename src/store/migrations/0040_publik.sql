-- Publishing (wilayah.md): a pemda-year an admin published (diterbitkan) is
-- public under /publik until withdrawn (the row is deleted). API tokens for
-- integrators: read-only, only a hash of the token is kept (as for sessions),
-- revoked by setting dicabut.

CREATE TABLE terbit (
	pemda TEXT NOT NULL REFERENCES pemda(kode),
	tahun INTEGER NOT NULL,
	waktu TEXT NOT NULL,
	oleh TEXT NOT NULL,
	PRIMARY KEY (pemda, tahun)
);

CREATE TABLE token_api (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL UNIQUE,
	peran TEXT NOT NULL CHECK (peran IN ('pimpinan', 'reviewer')),
	pemda TEXT,
	hash TEXT NOT NULL UNIQUE,
	dibuat TEXT NOT NULL,
	dicabut TEXT
);
