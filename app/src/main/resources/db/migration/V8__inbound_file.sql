-- Files banks and PT Pos send back: each stored as received, once per content (SHA-256), accepted or quarantined
-- with its reason; and every arrival, repeats included.

CREATE TABLE inbound_file (
    id           BIGSERIAL     NOT NULL PRIMARY KEY,
    sha256       VARCHAR(64)   NOT NULL UNIQUE,
    channel      VARCHAR(10)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    stored_path  VARCHAR(1000) NOT NULL,
    received_via VARCHAR(16)   NOT NULL,
    received_by  VARCHAR(100)  NOT NULL,
    received_at  TIMESTAMPTZ   NOT NULL,
    format       VARCHAR(64),
    message_id   VARCHAR(140),
    entry_count  BIGINT,
    status       VARCHAR(16)   NOT NULL,
    reason       VARCHAR(4000),
    report       JSONB         NOT NULL
);
CREATE INDEX inbound_file_channel ON inbound_file (channel, received_at);

CREATE TABLE inbound_receipt (
    id           BIGSERIAL     NOT NULL PRIMARY KEY,
    sha256       VARCHAR(64)   NOT NULL,
    channel      VARCHAR(10)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    received_via VARCHAR(16)   NOT NULL,
    received_by  VARCHAR(100)  NOT NULL,
    received_at  TIMESTAMPTZ   NOT NULL,
    repeat       BOOLEAN       NOT NULL
);
CREATE INDEX inbound_receipt_sha ON inbound_receipt (sha256);
