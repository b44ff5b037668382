-- The evidence of an LKE answer (siklus.md "Evaluation of SAKIP"): a link to
-- the document the answer rests on (a URL or the objek of the evidence store,
-- lke:PEMDA/TAHUN/OPD/KRITERIA), entered with the answer by import or on /lke.

ALTER TABLE lke_jawaban ADD COLUMN bukti TEXT NOT NULL DEFAULT '';
