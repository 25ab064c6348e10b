-- Foundation schema: provinces, units with their lineage, blocs with members and
-- leadership per year, portal users and the append-only audit trail.
-- Every table is utf8mb4 so that Vietnamese names round-trip unchanged.

CREATE TABLE province (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_province_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit is a dated record: a rename or a merge ends it and starts its successor,
-- so old records keep pointing at the old name.
CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(30)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    short_name  VARCHAR(100) NOT NULL,
    parent_id   BIGINT       NULL,
    province_id BIGINT       NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE         NULL,
    version     INT          NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    KEY ix_unit_code (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT ck_unit_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_lineage (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    predecessor_id BIGINT      NOT NULL,
    successor_id   BIGINT      NOT NULL,
    kind           VARCHAR(10) NOT NULL,
    effective_date DATE        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lineage UNIQUE (predecessor_id, successor_id),
    CONSTRAINT fk_lineage_pred FOREIGN KEY (predecessor_id) REFERENCES unit (id),
    CONSTRAINT fk_lineage_succ FOREIGN KEY (successor_id) REFERENCES unit (id),
    CONSTRAINT ck_lineage_kind CHECK (kind IN ('RENAME', 'MERGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bloc (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    province_id BIGINT       NOT NULL,
    code        VARCHAR(30)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    description VARCHAR(2000) NULL,
    version     INT          NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_bloc_code UNIQUE (province_id, code),
    CONSTRAINT fk_bloc_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id      BIGINT   NOT NULL AUTO_INCREMENT,
    bloc_id BIGINT   NOT NULL,
    unit_id BIGINT   NOT NULL,
    year    SMALLINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (bloc_id, year, unit_id),
    KEY ix_membership_unit (unit_id, year),
    CONSTRAINT fk_membership_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One leader and one deputy per bloc and year (the service checks they differ).
CREATE TABLE leadership (
    id      BIGINT      NOT NULL AUTO_INCREMENT,
    bloc_id BIGINT      NOT NULL,
    unit_id BIGINT      NOT NULL,
    year    SMALLINT    NOT NULL,
    role    VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_leadership_role UNIQUE (bloc_id, year, role),
    CONSTRAINT uk_leadership_unit UNIQUE (bloc_id, year, unit_id),
    CONSTRAINT fk_leadership_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_leadership_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_leadership_role CHECK (role IN ('LEADER', 'DEPUTY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person who logs in, linked to the unit they represent (none for Board staff).
CREATE TABLE portal_user (
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    unit_id      BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT fk_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the triggers below refuse every UPDATE and DELETE.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    entity_type VARCHAR(60)   NOT NULL,
    entity_id   VARCHAR(60)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    details     VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_time (occurred_at),
    KEY ix_audit_entity (entity_type, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
