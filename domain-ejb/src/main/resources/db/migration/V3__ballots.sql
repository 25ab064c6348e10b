-- Secret ballots (commendation nominations and leadership elections) and the draft
-- proposals a confirmed commendation ballot creates.
--
-- Secrecy: who voted (ballot_participation) and what was voted (cast_ballot, cast_choice)
-- share no column that links them. A cast ballot's key is a random UUID (no
-- auto-increment, no timestamp, clustered in random order), it carries only the SHA-256
-- of the voter's receipt code, and participation rows carry no time either. The binary
-- log is off for the portal's MariaDB (the embedded one runs with --skip-log-bin; see
-- README for a province's server), so the database's own log cannot pair them.

CREATE TABLE ballot_rules (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    province_id          BIGINT      NOT NULL,
    year                 SMALLINT    NOT NULL,
    quorum_numerator     INT         NOT NULL,
    quorum_denominator   INT         NOT NULL,
    threshold_percent    INT         NOT NULL,
    threshold_mode       VARCHAR(10) NOT NULL,
    flag_quota           INT         NOT NULL,
    certificate_percent  INT         NOT NULL,
    flag_needs_first     BOOLEAN     NOT NULL,
    tie_resolution       VARCHAR(12) NOT NULL,
    version              INT         NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_ballot_rules UNIQUE (province_id, year),
    CONSTRAINT fk_rules_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT ck_rules_mode CHECK (threshold_mode IN ('MORE_THAN', 'AT_LEAST')),
    CONSTRAINT ck_rules_tie CHECK (tie_resolution IN ('RUNOFF', 'HIGHER_SCORE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id           BIGINT       NOT NULL,
    bloc_id              BIGINT       NOT NULL,
    year                 SMALLINT     NOT NULL,
    kind                 VARCHAR(12)  NOT NULL,
    voting_mode          VARCHAR(10)  NOT NULL,
    title                VARCHAR(300) NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    runoff_of_id         BIGINT       NULL,
    entitled             INT          NULL,
    quorum_numerator     INT          NULL,
    quorum_denominator   INT          NULL,
    threshold_percent    INT          NULL,
    threshold_mode       VARCHAR(10)  NULL,
    flag_needs_first     BOOLEAN      NULL,
    tie_resolution       VARCHAR(12)  NULL,
    paper_issued         INT          NULL,
    paper_returned       INT          NULL,
    paper_invalid        INT          NULL,
    blank_ballots        INT          NULL,
    version              INT          NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT fk_ballot_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_ballot_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_ballot_runoff FOREIGN KEY (runoff_of_id) REFERENCES ballot (id),
    CONSTRAINT ck_ballot_kind CHECK (kind IN ('COMMENDATION', 'LEADERSHIP')),
    CONSTRAINT ck_ballot_mode CHECK (voting_mode IN ('ELECTRONIC', 'PAPER')),
    CONSTRAINT ck_ballot_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'COUNTED', 'CONFIRMED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A seat kind of a ballot with how many may be chosen (the quota).
CREATE TABLE ballot_seat (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    ballot_id BIGINT      NOT NULL,
    seat      VARCHAR(24) NOT NULL,
    quota     INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ballot_seat UNIQUE (ballot_id, seat),
    CONSTRAINT fk_seat_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT ck_seat_quota CHECK (quota >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot_candidate (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    seat_id     BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    score_rank  INT           NULL,
    score       DECIMAL(8, 2) NULL,
    paper_votes INT           NULL,
    votes       INT           NULL,
    passed      BOOLEAN       NULL,
    elected     BOOLEAN       NULL,
    outcome     VARCHAR(30)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_candidate UNIQUE (seat_id, unit_id),
    CONSTRAINT fk_candidate_seat FOREIGN KEY (seat_id) REFERENCES ballot_seat (id),
    CONSTRAINT fk_candidate_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Member units present at the meeting, recorded before the ballot opens.
CREATE TABLE ballot_presence (
    ballot_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, unit_id),
    CONSTRAINT fk_presence_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_presence_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who voted: one row per unit and ballot (the key makes a second ballot impossible).
CREATE TABLE ballot_participation (
    ballot_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, unit_id),
    CONSTRAINT fk_participation_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_participation_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was voted: a random key, the receipt's hash, and the chosen candidates.
CREATE TABLE cast_ballot (
    id           CHAR(36) NOT NULL,
    ballot_id    BIGINT   NOT NULL,
    receipt_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cast_receipt UNIQUE (receipt_hash),
    CONSTRAINT fk_cast_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cast_choice (
    cast_id      CHAR(36) NOT NULL,
    candidate_id BIGINT   NOT NULL,
    PRIMARY KEY (cast_id, candidate_id),
    CONSTRAINT fk_choice_cast FOREIGN KEY (cast_id) REFERENCES cast_ballot (id),
    CONSTRAINT fk_choice_candidate FOREIGN KEY (candidate_id) REFERENCES ballot_candidate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The draft proposal (tờ trình) a confirmed commendation ballot creates; the approval
-- chain builds on it.
CREATE TABLE proposal (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    bloc_id   BIGINT      NOT NULL,
    year      SMALLINT    NOT NULL,
    ballot_id BIGINT      NOT NULL,
    status    VARCHAR(20) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    version   INT         NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_proposal_ballot UNIQUE (ballot_id),
    CONSTRAINT fk_proposal_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_proposal_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_nominee (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    award_kind  VARCHAR(24) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_nominee UNIQUE (proposal_id, unit_id, award_kind),
    CONSTRAINT fk_nominee_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_nominee_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
