-- Issue 15, item 6: reminders. Units that have not signed the covenant, not self-scored
-- before the year-end review conference or not voted in an open ballot get a notification in
-- the portal, and an e-mail at the unit's contact address when the server has a mail session.

-- Where a unit's reminders are e-mailed: kept by the Board on the units page; optional.
ALTER TABLE unit ADD COLUMN contact_email VARCHAR(200) NULL;

-- When the bloc's reminders go out in a year, as its leader set it (no row: the defaults).
CREATE TABLE reminder_schedule (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    bloc_id     BIGINT       NOT NULL,
    year        INT          NOT NULL,
    days_before INT          NOT NULL,
    weekday     VARCHAR(10)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_reminder_schedule UNIQUE (bloc_id, year),
    CONSTRAINT fk_reminder_schedule_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT ck_reminder_schedule_days CHECK (days_before BETWEEN 0 AND 30)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per reminder sent: the claim. Two nodes may run the same schedule; each inserts
-- the claim first (INSERT IGNORE) and sends only when its insert took the row, so a
-- reminder for a unit, a kind, a subject (covenant version or ballot) and a day goes out once.
CREATE TABLE reminder_claim (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    subject_id  BIGINT       NOT NULL,
    sent_on     DATE         NOT NULL,
    claimed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reminder_claim UNIQUE (unit_id, kind, subject_id, sent_on),
    CONSTRAINT fk_reminder_claim_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
