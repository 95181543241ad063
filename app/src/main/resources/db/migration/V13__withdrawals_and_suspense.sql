-- Withdrawals from the banks' claim reports, the side of each reconciliation exception, and manual matches of
-- suspense entries (proposed by one person, approved by another).

ALTER TABLE payment_line ADD COLUMN withdrawn_on DATE;
CREATE INDEX payment_line_unwithdrawn ON payment_line (booked_on) WHERE status = 'CREDITED' AND withdrawn_on IS NULL;

ALTER TABLE recon_exception ADD COLUMN side VARCHAR(6);
ALTER TABLE recon_exception ADD COLUMN counterparty VARCHAR(64);

CREATE TABLE suspense_match (
    exception_id BIGINT        NOT NULL PRIMARY KEY REFERENCES recon_exception (id),
    reference    VARCHAR(16)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    proposed_by  VARCHAR(100)  NOT NULL,
    proposed_at  TIMESTAMPTZ   NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMPTZ,
    decision     VARCHAR(1000)
);
CREATE INDEX payment_line_account ON payment_line (account_number);
ALTER TABLE cycle_held ADD COLUMN rule VARCHAR(32);
ALTER TABLE payment_line ADD COLUMN reissue_via_pos BOOLEAN NOT NULL DEFAULT FALSE;

-- What an investigator cleared as a false positive: the household is not held or flagged again for that type.
CREATE TABLE case_clearance (
    household_id VARCHAR(32) NOT NULL,
    type         VARCHAR(32) NOT NULL,
    case_id      VARCHAR(64) NOT NULL,
    cleared_by   VARCHAR(100) NOT NULL,
    cleared_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (household_id, type)
);
