-- Read models of the household (KPM) ledger: kept by projections, rebuilt by replay.

CREATE TABLE household (
    household_id   VARCHAR(32)  NOT NULL PRIMARY KEY,
    no_kk          VARCHAR(16)  NOT NULL,
    pengurus_nik   VARCHAR(16)  NOT NULL,
    pengurus_name  VARCHAR(200) NOT NULL,
    region_code    VARCHAR(10)  NOT NULL,
    province_code  VARCHAR(2)   NOT NULL,
    address        VARCHAR(500) NOT NULL,
    desil          SMALLINT     NOT NULL,
    channel        VARCHAR(10)  NOT NULL,
    account_number VARCHAR(32),
    kks_number     VARCHAR(32),
    programs       VARCHAR(200) NOT NULL,
    member_count   SMALLINT     NOT NULL,
    on_roster      BOOLEAN      NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX household_no_kk ON household (no_kk);
CREATE INDEX household_pengurus_nik ON household (pengurus_nik);
CREATE INDEX household_region ON household (province_code, region_code);

CREATE TABLE household_member (
    household_id VARCHAR(32)  NOT NULL,
    nik          VARCHAR(16)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    birth_date   DATE         NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    component    VARCHAR(24),
    PRIMARY KEY (household_id, nik)
);
CREATE INDEX household_member_nik ON household_member (nik);

CREATE TABLE entitlement (
    household_id  VARCHAR(32)  NOT NULL,
    program       VARCHAR(16)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    amount        BIGINT       NOT NULL CHECK (amount >= 0),
    status        VARCHAR(10)  NOT NULL,
    reasons       TEXT         NOT NULL,
    rule_version  VARCHAR(32)  NOT NULL,
    components    TEXT         NOT NULL,
    province_code VARCHAR(2)   NOT NULL,
    channel       VARCHAR(10)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (household_id, program, period)
);
CREATE INDEX entitlement_period ON entitlement (program, period, status);

CREATE TABLE roster_import (
    import_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    file_name      VARCHAR(500) NOT NULL,
    file_sha256    VARCHAR(64)  NOT NULL,
    period         VARCHAR(7)   NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    status         VARCHAR(16)  NOT NULL,
    lines_read     INTEGER      NOT NULL DEFAULT 0,
    rows_invalid   INTEGER      NOT NULL DEFAULT 0,
    registered     INTEGER      NOT NULL DEFAULT 0,
    changed        INTEGER      NOT NULL DEFAULT 0,
    unchanged      INTEGER      NOT NULL DEFAULT 0,
    dropped        INTEGER      NOT NULL DEFAULT 0,
    events         INTEGER      NOT NULL DEFAULT 0,
    acting_user    VARCHAR(100) NOT NULL
);

CREATE TABLE roster_import_problem (
    import_id VARCHAR(64)  NOT NULL,
    line      INTEGER      NOT NULL,
    field     VARCHAR(64)  NOT NULL,
    value     VARCHAR(200),
    reason    VARCHAR(500) NOT NULL
);
CREATE INDEX roster_import_problem_import ON roster_import_problem (import_id, line);


-- The last roster input applied to each household (line + computed entitlements, hashed), so that an import skips
-- households whose input has not changed. Written in the same transaction as the household's events.
CREATE TABLE roster_fingerprint (
    household_id VARCHAR(32) NOT NULL PRIMARY KEY,
    fingerprint  VARCHAR(64) NOT NULL,
    on_roster    BOOLEAN     NOT NULL
);
