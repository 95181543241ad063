-- Payment batches, their approval trail and their exported files. Kept by the batch projection.

CREATE TABLE payment_batch (
    batch_id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    program          VARCHAR(16)  NOT NULL,
    period           VARCHAR(7)   NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    line_count       BIGINT       NOT NULL,
    control_sum      BIGINT       NOT NULL,
    digest_sha256    VARCHAR(64)  NOT NULL,
    prepared_by      VARCHAR(100) NOT NULL,
    submitted_by     VARCHAR(100),
    approvals_needed SMALLINT,
    approvals        SMALLINT     NOT NULL DEFAULT 0,
    funded_amount    BIGINT       NOT NULL DEFAULT 0,
    prepared_at      TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX payment_batch_period ON payment_batch (program, period, channel);

CREATE TABLE batch_trail (
    batch_id   VARCHAR(64)  NOT NULL,
    seq        BIGINT       NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    detail     VARCHAR(1000),
    PRIMARY KEY (batch_id, seq)
);

CREATE TABLE batch_file (
    sha256       VARCHAR(64)  NOT NULL PRIMARY KEY,
    batch_id     VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    format       VARCHAR(32)  NOT NULL,
    line_count   BIGINT       NOT NULL,
    control_sum  BIGINT       NOT NULL,
    exported_by  VARCHAR(100) NOT NULL,
    exported_at  TIMESTAMPTZ  NOT NULL,
    collected_at TIMESTAMPTZ,
    collected_by VARCHAR(100)
);
CREATE INDEX batch_file_batch ON batch_file (batch_id);

CREATE TABLE cycle_held (
    program      VARCHAR(16)  NOT NULL,
    period       VARCHAR(7)   NOT NULL,
    household_id VARCHAR(32)  NOT NULL,
    channel      VARCHAR(10)  NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (program, period, household_id)
);
