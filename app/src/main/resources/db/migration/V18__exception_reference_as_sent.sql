-- A reconciliation exception keeps the reference a line was read with as it was read. ISO 20022 files are refused at
-- intake when a reference is longer than Max35Text allows; other formats refer to a line by what they carry (an
-- MT940 line without an EREF by its :86: remark, up to 390 characters), which no longer has to fit 64 characters.
ALTER TABLE recon_exception ALTER COLUMN reference TYPE TEXT;
