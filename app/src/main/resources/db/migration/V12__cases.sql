-- Investigation cases: the work queue, every flag with its evidence, and each case's trail. Kept by the case
-- projection; a replay empties and rebuilds them. flag_scan remembers which flags were raised.

CREATE TABLE investigation_case (
    case_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    household_id VARCHAR(32),
    channel      VARCHAR(10),
    status       VARCHAR(16)  NOT NULL,
    resolution   VARCHAR(32),
    assignee     VARCHAR(100),
    flags        INT          NOT NULL,
    amount       BIGINT       NOT NULL,
    types        VARCHAR(400) NOT NULL,
    opened_at    TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX investigation_case_queue ON investigation_case (status, channel, opened_at);

CREATE TABLE case_flag (
    flag_key     VARCHAR(200)  NOT NULL PRIMARY KEY,
    case_id      VARCHAR(64)   NOT NULL,
    type         VARCHAR(32)   NOT NULL,
    household_id VARCHAR(32),
    channel      VARCHAR(10),
    subject      VARCHAR(200),
    amount       BIGINT        NOT NULL,
    evidence     VARCHAR(2000) NOT NULL,
    raised_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_flag_case ON case_flag (case_id);
CREATE INDEX case_flag_type ON case_flag (type, raised_at);

CREATE TABLE case_trail (
    case_id VARCHAR(64)   NOT NULL,
    seq     BIGINT        NOT NULL,
    at      TIMESTAMPTZ   NOT NULL,
    actor   VARCHAR(100)  NOT NULL,
    action  VARCHAR(32)   NOT NULL,
    detail  VARCHAR(2000),
    PRIMARY KEY (case_id, seq)
);
