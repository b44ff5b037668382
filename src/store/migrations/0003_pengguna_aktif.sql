-- A user can be deactivated by an admin instead of deleted, so that the audit
-- log keeps naming who did what; a deactivated user cannot log in.

ALTER TABLE pengguna ADD COLUMN aktif INTEGER NOT NULL DEFAULT 1;
