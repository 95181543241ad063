-- Which applied files the flag scan has looked at since they were applied. A scan is due while an applied file has
-- not been scanned, and the file is marked only when a scan finished: a scan cut short (a database outage, a crash)
-- is done again by the next run instead of being lost.

ALTER TABLE inbound_file ADD COLUMN flags_scanned_at TIMESTAMPTZ;
UPDATE inbound_file SET flags_scanned_at = applied_at WHERE status = 'APPLIED';
CREATE INDEX inbound_file_scan_due ON inbound_file (id) WHERE status = 'APPLIED' AND flags_scanned_at IS NULL;
