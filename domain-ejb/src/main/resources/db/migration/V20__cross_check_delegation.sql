-- Issue 15, items 3 and 4: the peer cross-check of scores (chấm chéo) and the leader's
-- delegation to the deputy for a period.

-- The leader gives the deputy the leader's powers for a period (from/to, both included) with
-- a reason; it may be ended early (ended_at). Steps taken under it name it (audit, records).
CREATE TABLE bloc_delegation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    bloc_id         BIGINT        NOT NULL,
    year            SMALLINT      NOT NULL,
    leader_unit_id  BIGINT        NOT NULL,
    deputy_unit_id  BIGINT        NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE          NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    given_by        VARCHAR(100)  NOT NULL,
    given_at        DATETIME(3)   NOT NULL,
    ended_by        VARCHAR(100)  NULL,
    ended_at        DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_bloc_delegation_year (bloc_id, year),
    CONSTRAINT fk_bloc_delegation_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_bloc_delegation_leader FOREIGN KEY (leader_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_bloc_delegation_deputy FOREIGN KEY (deputy_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who cross-checks a member's self-scores in a year (one checker per member), when the
-- checker proposed its points, and who finalised them (under which delegation, if any).
CREATE TABLE cross_check (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    bloc_id                  BIGINT       NOT NULL,
    year                     SMALLINT     NOT NULL,
    unit_id                  BIGINT       NOT NULL,
    checker_unit_id          BIGINT       NOT NULL,
    assigned_by              VARCHAR(100) NOT NULL,
    assigned_at              DATETIME(3)  NOT NULL,
    assigned_delegation_id   BIGINT       NULL,
    checked_by               VARCHAR(100) NULL,
    checked_at               DATETIME(3)  NULL,
    finalised_by             VARCHAR(100) NULL,
    finalised_at             DATETIME(3)  NULL,
    finalised_delegation_id  BIGINT       NULL,
    version                  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_cross_check_unit (bloc_id, year, unit_id),
    CONSTRAINT fk_cross_check_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_cross_check_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_cross_check_checker FOREIGN KEY (checker_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_cross_check_assigned_dlg FOREIGN KEY (assigned_delegation_id) REFERENCES bloc_delegation (id),
    CONSTRAINT fk_cross_check_final_dlg FOREIGN KEY (finalised_delegation_id) REFERENCES bloc_delegation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cross-checker's proposed points on a criterion and its reason (required when they differ).
ALTER TABLE assessment
    ADD COLUMN proposed_points DECIMAL(7, 2) NULL,
    ADD COLUMN proposal_reason VARCHAR(1000) NULL;
