-- The audit log: who saw unmasked personal data, who exported what, who decided what, and why. Written once, never
-- updated or deleted by the application; not a read model, so a replay leaves it alone.

CREATE TABLE audit_log (
    id        BIGSERIAL     PRIMARY KEY,
    at        TIMESTAMPTZ   NOT NULL,
    actor     VARCHAR(100)  NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    subject   VARCHAR(200)  NOT NULL,
    reason    VARCHAR(500)  NOT NULL,
    detail    VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, at DESC);
CREATE INDEX audit_log_subject ON audit_log (subject, at DESC);
