-- Issue 15, item 1: one decision for many proposals.
--
-- The Board gathers the year's proposals that await the Chair (reviewed by the Council) of
-- every bloc of its province into one consolidated submission (tờ trình tổng hợp), numbered
-- in the Board's register; the Chair's one decision then grants the awards of all of them.
-- Decision numbers are unique per issuing authority (the province's People's Committee) and
-- calendar year of the decision, no longer across all provinces and years: 245/QĐ-UBND may
-- repeat in another year or in another province.

-- The Board's consolidated submission to the Chair: its province and emulation year, its
-- number ("12/TTr-BTĐKT", from the register), who issued it, and the decision that answered it.
CREATE TABLE consolidated_submission (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    province_id BIGINT       NOT NULL,
    year        SMALLINT     NOT NULL,
    number      VARCHAR(60)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    decision_id BIGINT       NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_submission_province_year (province_id, year),
    CONSTRAINT fk_submission_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_submission_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A proposal is gathered into at most one consolidated submission.
ALTER TABLE proposal
    ADD COLUMN submission_id BIGINT NULL,
    ADD CONSTRAINT fk_proposal_submission FOREIGN KEY (submission_id) REFERENCES consolidated_submission (id);

-- The proposals a decision answers (one or many); a proposal is decided once.
CREATE TABLE award_decision_proposal (
    decision_id BIGINT NOT NULL,
    proposal_id BIGINT NOT NULL,
    PRIMARY KEY (decision_id, proposal_id),
    CONSTRAINT uk_decision_proposal_once UNIQUE (proposal_id),
    CONSTRAINT fk_decision_proposal_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_decision_proposal_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO award_decision_proposal (decision_id, proposal_id)
SELECT id, proposal_id FROM award_decision;

-- The issuing authority of each decision: the province of the bloc whose proposal it answered.
ALTER TABLE award_decision ADD COLUMN province_id BIGINT NULL;

UPDATE award_decision d
    JOIN proposal p ON p.id = d.proposal_id
    JOIN bloc b ON b.id = p.bloc_id
SET d.province_id = b.province_id;

ALTER TABLE award_decision DROP FOREIGN KEY fk_decision_proposal;
ALTER TABLE award_decision DROP INDEX uk_decision_proposal;
ALTER TABLE award_decision DROP INDEX uk_decision_number;
ALTER TABLE award_decision DROP COLUMN proposal_id;

-- The number is unique per authority and calendar year of the decision (the year is computed
-- by the database from the date, so no writer can get it wrong).
ALTER TABLE award_decision
    MODIFY province_id BIGINT NOT NULL,
    ADD COLUMN decided_year SMALLINT AS (YEAR(decided_on)) PERSISTENT,
    ADD CONSTRAINT fk_decision_province FOREIGN KEY (province_id) REFERENCES province (id),
    ADD CONSTRAINT uk_decision_number UNIQUE (province_id, decided_year, number);
