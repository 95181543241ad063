-- Export of approved batches: the plan every file is written from, and the outbox's view of each file.

ALTER TABLE payment_batch ADD COLUMN requested_execution_date DATE;
ALTER TABLE payment_batch ADD COLUMN export_planned_by VARCHAR(100);

ALTER TABLE batch_file ADD COLUMN channel VARCHAR(10);
ALTER TABLE batch_file ADD COLUMN file_sequence INT;
CREATE UNIQUE INDEX batch_file_name ON batch_file (channel, file_name);
