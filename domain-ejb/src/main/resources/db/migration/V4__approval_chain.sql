-- The approval chain from a bloc's proposal to the award decision, the dossier, public
-- holidays for working-day deadlines, in-app notifications and the award registry.

ALTER TABLE proposal
    ADD COLUMN number        VARCHAR(60)  NULL,
    ADD COLUMN submitted_by  VARCHAR(100) NULL,
    ADD COLUMN submitted_at  DATETIME(3)  NULL,
    ADD COLUMN due_on        DATE         NULL,
    ADD COLUMN overdue       BOOLEAN      NOT NULL DEFAULT FALSE;

-- Every step taken on a proposal: who, when, what, and why.
CREATE TABLE proposal_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT        NOT NULL,
    step        VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    taken_at    DATETIME(3)   NOT NULL,
    status_after VARCHAR(20)  NOT NULL,
    comment     VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    KEY ix_step_proposal (proposal_id),
    CONSTRAINT fk_step_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The dossier (law art. 84): the proposal, the meeting and ballot-count minutes, the score
-- table and one achievement report per nominee.
CREATE TABLE dossier_document (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT      NOT NULL,
    kind        VARCHAR(24) NOT NULL,
    unit_id     BIGINT      NULL,
    file_id     BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_doc_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_doc_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_doc_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE public_holiday (
    holiday DATE         NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (holiday)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Vietnam's public holidays (Labour Code art. 112) for the years of the demo; the Board
-- adds each year's (Tết dates move with the lunar calendar).
INSERT INTO public_holiday (holiday, name) VALUES
    ('2024-01-01', 'Tết Dương lịch'),
    ('2024-02-08', 'Tết Nguyên đán'), ('2024-02-09', 'Tết Nguyên đán'), ('2024-02-10', 'Tết Nguyên đán'),
    ('2024-02-11', 'Tết Nguyên đán'), ('2024-02-12', 'Tết Nguyên đán'), ('2024-02-13', 'Tết Nguyên đán'),
    ('2024-02-14', 'Tết Nguyên đán'),
    ('2024-04-18', 'Giỗ Tổ Hùng Vương'), ('2024-04-30', 'Ngày Chiến thắng'), ('2024-05-01', 'Quốc tế Lao động'),
    ('2024-09-02', 'Quốc khánh'), ('2024-09-03', 'Quốc khánh'),
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
    ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'), ('2025-04-30', 'Ngày Chiến thắng'), ('2025-05-01', 'Quốc tế Lao động'),
    ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
    ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương'), ('2026-04-30', 'Ngày Chiến thắng'), ('2026-05-01', 'Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh');

CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(100)  NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    seen       BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY ix_notification_recipient (recipient, seen)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The Chair's decision and the awards it grants (the registry).
CREATE TABLE award_decision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT       NOT NULL,
    number      VARCHAR(60)  NOT NULL,
    decided_on  DATE         NOT NULL,
    signer      VARCHAR(200) NOT NULL,
    file_id     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_decision_number UNIQUE (number),
    CONSTRAINT uk_decision_proposal UNIQUE (proposal_id),
    CONSTRAINT fk_decision_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_decision_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE award (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    decision_id BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    bloc_id     BIGINT      NOT NULL,
    year        SMALLINT    NOT NULL,
    kind        VARCHAR(24) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_award UNIQUE (decision_id, unit_id, kind),
    KEY ix_award_unit (unit_id, year),
    CONSTRAINT fk_award_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_award_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_award_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
