-- Issue 14, item 8: long work (a proposal's dossier, the national export) runs in the
-- background and the page shows its progress. The job's state and its result live in the
-- database, not in one server's memory, so that with two WildFly nodes behind a balancer any
-- node answers "how far is it" and serves the finished file, whichever node runs the work.
CREATE TABLE background_job (
    id            CHAR(36)     NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    owner         VARCHAR(100) NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    percent       SMALLINT     NOT NULL DEFAULT 0,
    error_key     VARCHAR(120) NULL,
    error_args    VARCHAR(1000) NULL,
    result_name   VARCHAR(255) NULL,
    result_type   VARCHAR(100) NULL,
    result        LONGBLOB     NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    finished_at   DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_background_job_owner (owner, created_at),
    KEY ix_background_job_finished (finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
