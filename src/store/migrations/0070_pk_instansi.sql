-- The organisation line of a Perjanjian Kinerja as printed ("Dinas A Kota Uji", "Pemerintah
-- Kota Uji"; pk.csv `instansi`), frozen when the version is signed, so renaming the OPD or the
-- pemda later leaves the signed document as it was. NULL for the versions signed before: their
-- document names the OPD and the pemda as they are named now.
ALTER TABLE pk ADD COLUMN instansi TEXT;
