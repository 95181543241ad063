-- The money trail: one posting per movement of money, from one account to another, per program, period and channel.
-- Kept by the money-trail projection; a replay empties and rebuilds both tables.

CREATE TABLE trail_batch (
    batch_id VARCHAR(64) NOT NULL PRIMARY KEY,
    program  VARCHAR(16) NOT NULL,
    period   VARCHAR(7)  NOT NULL,
    channel  VARCHAR(10) NOT NULL
);

CREATE TABLE trail_posting (
    event_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    program      VARCHAR(16)  NOT NULL,
    period       VARCHAR(7)   NOT NULL,
    channel      VARCHAR(10)  NOT NULL,
    from_account VARCHAR(16)  NOT NULL,
    to_account   VARCHAR(16)  NOT NULL,
    amount       BIGINT       NOT NULL CHECK (amount > 0),
    reason       VARCHAR(100) NOT NULL,
    reference    VARCHAR(200),
    at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trail_posting_key ON trail_posting (program, period, channel);
