-- The emulation year of a bloc: movement launch, covenant versions with criteria and
-- signatures, scoring, joint activities, review conferences, and stored files.

-- Uploaded files live in the database, inside the transaction of the change that
-- brings them: a rolled-back change leaves no orphan file. The SHA-256 of the content
-- is recorded and checked on every read, so a stored file cannot be swapped silently.
CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE movement (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    bloc_id     BIGINT        NOT NULL,
    year        SMALLINT      NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    content     VARCHAR(4000) NOT NULL,
    targets     VARCHAR(4000) NULL,
    launch_date DATE          NOT NULL,
    launched_by VARCHAR(100)  NOT NULL,
    version     INT           NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_movement UNIQUE (bloc_id, year),
    CONSTRAINT fk_movement_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A covenant version is editable until its first signature; an amendment is a new
-- version (number + 1) and supersedes the earlier one, which stays readable.
CREATE TABLE covenant_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    bloc_id     BIGINT        NOT NULL,
    year        SMALLINT      NOT NULL,
    number      INT           NOT NULL,
    content     VARCHAR(8000) NOT NULL,
    targets     VARCHAR(4000) NULL,
    status      VARCHAR(20)   NOT NULL,
    drafted_by  VARCHAR(100)  NOT NULL,
    drafted_at  DATETIME(3)   NOT NULL,
    in_force_at DATETIME(3)   NULL,
    version     INT           NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_covenant_version UNIQUE (bloc_id, year, number),
    CONSTRAINT fk_covenant_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT ck_covenant_status CHECK (status IN ('AWAITING_SIGNATURES', 'IN_FORCE', 'SUPERSEDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    covenant_version_id BIGINT        NOT NULL,
    position            INT           NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    title               VARCHAR(500)  NOT NULL,
    max_points          DECIMAL(7, 2) NOT NULL,
    evidence_required   BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_criterion_position UNIQUE (covenant_version_id, position),
    CONSTRAINT fk_criterion_version FOREIGN KEY (covenant_version_id) REFERENCES covenant_version (id),
    CONSTRAINT ck_criterion_kind CHECK (kind IN ('CRITERION', 'BONUS', 'DEDUCTION')),
    CONSTRAINT ck_criterion_max CHECK (max_points > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE covenant_signature (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    covenant_version_id BIGINT       NOT NULL,
    unit_id             BIGINT       NOT NULL,
    signed_by           VARCHAR(100) NOT NULL,
    signed_at           DATETIME(3)  NOT NULL,
    on_paper            BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_signature UNIQUE (covenant_version_id, unit_id),
    CONSTRAINT fk_signature_version FOREIGN KEY (covenant_version_id) REFERENCES covenant_version (id),
    CONSTRAINT fk_signature_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One score per unit and criterion: the unit's own points and evidence, then the
-- leader's review (accepted, or adjusted with a reason). Bonus and deduction items are
-- entered by the leader directly (status ADJUSTED, reason required).
CREATE TABLE assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    criterion_id    BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    self_points     DECIMAL(7, 2) NULL,
    evidence        VARCHAR(4000) NULL,
    status          VARCHAR(10)   NOT NULL,
    reviewed_points DECIMAL(7, 2) NULL,
    review_reason   VARCHAR(1000) NULL,
    scored_by       VARCHAR(100)  NOT NULL,
    scored_at       DATETIME(3)   NOT NULL,
    reviewed_by     VARCHAR(100)  NULL,
    reviewed_at     DATETIME(3)   NULL,
    version         INT           NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment UNIQUE (criterion_id, unit_id),
    CONSTRAINT fk_assessment_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
    CONSTRAINT fk_assessment_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_assessment_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'ADJUSTED')),
    CONSTRAINT ck_assessment_points CHECK (self_points IS NULL OR self_points >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_file (
    assessment_id BIGINT NOT NULL,
    file_id       BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, file_id),
    CONSTRAINT fk_af_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_af_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE joint_activity (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    bloc_id       BIGINT        NOT NULL,
    year          SMALLINT      NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    description   VARCHAR(4000) NULL,
    beneficiary   VARCHAR(300)  NULL,
    place         VARCHAR(300)  NULL,
    total_value   BIGINT        NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    common_model  BOOLEAN       NOT NULL DEFAULT FALSE,
    copied_from_id BIGINT       NULL,
    version       INT           NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_activity_copy FOREIGN KEY (copied_from_id) REFERENCES joint_activity (id),
    CONSTRAINT ck_activity_status CHECK (status IN ('PROPOSED', 'IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT ck_activity_value CHECK (total_value >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_contribution (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    activity_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    amount      BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_contribution UNIQUE (activity_id, unit_id),
    CONSTRAINT fk_contribution_activity FOREIGN KEY (activity_id) REFERENCES joint_activity (id),
    CONSTRAINT fk_contribution_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_contribution_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_file (
    activity_id BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    PRIMARY KEY (activity_id, file_id),
    CONSTRAINT fk_actf_activity FOREIGN KEY (activity_id) REFERENCES joint_activity (id),
    CONSTRAINT fk_actf_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    bloc_id    BIGINT        NOT NULL,
    year       SMALLINT      NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    held_on    DATE          NOT NULL,
    place      VARCHAR(300)  NOT NULL,
    chair      VARCHAR(300)  NOT NULL,
    secretary  VARCHAR(300)  NULL,
    agenda     VARCHAR(4000) NULL,
    minutes    TEXT          NULL,
    version    INT           NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT ck_meeting_kind CHECK (kind IN ('MID_YEAR', 'YEAR_END'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attendees: member representatives (unit set) and guests such as the Board's head.
CREATE TABLE meeting_attendee (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    unit_id    BIGINT       NULL,
    name       VARCHAR(200) NOT NULL,
    title      VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendee_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
