-- Reconciliation: outcomes on payment lines, what applying each received file gave, and the lines that did not match.

ALTER TABLE payment_line ADD COLUMN credits INT NOT NULL DEFAULT 0;
ALTER TABLE payment_line ADD COLUMN booked_on DATE;

ALTER TABLE inbound_file ADD COLUMN applied_at TIMESTAMPTZ;
ALTER TABLE inbound_file ADD COLUMN matched_lines BIGINT;
ALTER TABLE inbound_file ADD COLUMN break_lines BIGINT;
ALTER TABLE inbound_file ADD COLUMN suspense_lines BIGINT;
ALTER TABLE inbound_file ADD COLUMN skipped_lines BIGINT;
ALTER TABLE inbound_file ADD COLUMN application_note VARCHAR(1000);

CREATE TABLE recon_exception (
    id            BIGSERIAL     NOT NULL PRIMARY KEY,
    source        VARCHAR(400)  NOT NULL UNIQUE,
    inbound_id    BIGINT        NOT NULL REFERENCES inbound_file (id),
    channel       VARCHAR(10)   NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    reference     VARCHAR(64),
    household_id  VARCHAR(32),
    amount        BIGINT,
    account       VARCHAR(64),
    booked_on     DATE,
    reason        VARCHAR(1000) NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    resolved_at   TIMESTAMPTZ
);
CREATE INDEX recon_exception_open ON recon_exception (kind, channel) WHERE resolved_at IS NULL;
