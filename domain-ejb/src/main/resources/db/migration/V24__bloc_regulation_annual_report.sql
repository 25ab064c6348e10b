-- Issue 15, item 8: the bloc's regulation (quy chế hoạt động của khối) and its annual report
-- (báo cáo tổng kết).

-- A version of a bloc's regulation: drafted by the year's leader, adopted at a held
-- conference of that bloc and year (the meeting and the day), numbered from the leader
-- unit's register when adopted (QC). Versions are never deleted: earlier ones stay readable;
-- the one in force for a year is the last adopted of that year or before.
CREATE TABLE regulation_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    bloc_id      BIGINT       NOT NULL,
    year         INT          NOT NULL,
    version_no   INT          NOT NULL,
    title        VARCHAR(300) NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    meeting_id   BIGINT       NULL,
    adopted_on   DATE         NULL,
    register_sign VARCHAR(60) NULL,
    drafted_by   VARCHAR(100) NOT NULL,
    drafted_at   DATETIME     NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_regulation_version UNIQUE (bloc_id, version_no),
    CONSTRAINT fk_regulation_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_regulation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_regulation_adopted CHECK (status = 'DRAFT' OR (meeting_id IS NOT NULL AND adopted_on IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The articles of a version, in order: a heading and the text.
CREATE TABLE regulation_article (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    regulation_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    heading       VARCHAR(300) NOT NULL,
    body          TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_regulation_article UNIQUE (regulation_id, position),
    CONSTRAINT fk_regulation_article FOREIGN KEY (regulation_id) REFERENCES regulation_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bloc's annual report of a year: generated from the year's data into sections the leader
-- edits, then issued with a number from the leader unit's register (BC) and frozen.
CREATE TABLE annual_report (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    bloc_id       BIGINT       NOT NULL,
    year          INT          NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    activities    TEXT         NOT NULL,
    ranking       TEXT         NOT NULL,
    common_model  TEXT         NOT NULL,
    ballots       TEXT         NOT NULL,
    direction     TEXT         NOT NULL,
    register_sign VARCHAR(60)  NULL,
    issued_on     DATE         NULL,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME     NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_annual_report UNIQUE (bloc_id, year),
    CONSTRAINT fk_annual_report_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT ck_annual_report_issued CHECK (status = 'DRAFT' OR (register_sign IS NOT NULL AND issued_on IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
