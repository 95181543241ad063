-- Reminders recorded by the approval reminder job for batches waiting on a preparer or an approver.

CREATE TABLE approval_reminder (
    id            BIGSERIAL    NOT NULL PRIMARY KEY,
    batch_id      VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    waiting_since TIMESTAMPTZ  NOT NULL,
    reminded_at   TIMESTAMPTZ  NOT NULL,
    message       VARCHAR(200) NOT NULL
);
CREATE INDEX approval_reminder_batch ON approval_reminder (batch_id, reminded_at);
