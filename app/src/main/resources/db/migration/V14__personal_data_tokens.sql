-- NIK, No. KK, account and KKS numbers are kept as keyed tokens (AES-GCM with a keyed-hash nonce, see PersonalData):
-- equal numbers give equal tokens, so the columns can still be compared, grouped and searched by exact match.

ALTER TABLE household ALTER COLUMN no_kk TYPE VARCHAR(120);
ALTER TABLE household ALTER COLUMN pengurus_nik TYPE VARCHAR(120);
ALTER TABLE household ALTER COLUMN account_number TYPE VARCHAR(160);
ALTER TABLE household ALTER COLUMN kks_number TYPE VARCHAR(120);
ALTER TABLE household_member ALTER COLUMN nik TYPE VARCHAR(120);
ALTER TABLE payment_line ALTER COLUMN account_number TYPE VARCHAR(160);
ALTER TABLE payment_line ALTER COLUMN kks_number TYPE VARCHAR(120);
ALTER TABLE payment_line ALTER COLUMN pengurus_nik TYPE VARCHAR(120);
ALTER TABLE recon_exception ALTER COLUMN account TYPE VARCHAR(160);
ALTER TABLE recon_exception ALTER COLUMN counterparty TYPE VARCHAR(160);
