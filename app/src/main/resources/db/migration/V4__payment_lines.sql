-- Payment lines: one per attempt to pay a household an entitlement, in a batch. Kept by the kpm projection.

CREATE TABLE payment_line (
    reference      VARCHAR(16)  NOT NULL PRIMARY KEY,
    household_id   VARCHAR(32)  NOT NULL,
    program        VARCHAR(16)  NOT NULL,
    period         VARCHAR(7)   NOT NULL,
    attempt        SMALLINT     NOT NULL,
    amount         BIGINT       NOT NULL CHECK (amount > 0),
    channel        VARCHAR(10)  NOT NULL,
    account_number VARCHAR(32),
    kks_number     VARCHAR(32),
    creditor_name  VARCHAR(200) NOT NULL,
    region_code    VARCHAR(10)  NOT NULL,
    address        VARCHAR(500) NOT NULL,
    pengurus_nik   VARCHAR(16)  NOT NULL,
    batch_id       VARCHAR(64)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    status_reason  VARCHAR(500),
    scheduled_at   TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (household_id, program, period, attempt)
);
CREATE INDEX payment_line_batch ON payment_line (batch_id, reference);
CREATE INDEX payment_line_entitlement ON payment_line (program, period, household_id);
