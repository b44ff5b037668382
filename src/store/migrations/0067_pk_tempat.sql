-- The place where a Perjanjian Kinerja was signed (pk.csv `tempat`, or entered when signing
-- in the browser). NULL for the versions signed before: their document names the pemda's
-- seat as it did ("Kota Serang" -> "Serang").
ALTER TABLE pk ADD COLUMN tempat TEXT;
