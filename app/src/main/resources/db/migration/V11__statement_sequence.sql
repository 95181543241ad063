-- Statement numbers received per bank, account and statement format, so that a statement received twice is refused and a
-- gap in the numbering is noted, across files.

CREATE TABLE inbound_statement (
    channel    VARCHAR(10) NOT NULL,
    account    VARCHAR(64) NOT NULL,
    family     VARCHAR(16) NOT NULL,
    sequence   BIGINT      NOT NULL,
    page       INT         NOT NULL DEFAULT 0,
    inbound_id BIGINT      NOT NULL REFERENCES inbound_file (id),
    PRIMARY KEY (channel, account, family, sequence, page)
);

ALTER TABLE inbound_file ADD COLUMN intake_note VARCHAR(2000);
