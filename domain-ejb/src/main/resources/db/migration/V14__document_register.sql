-- Issue 14, item 3: the register of numbers (sổ văn bản). Each issuing unit numbers its
-- documents per calendar year from 1 (Decree 30/2020/NĐ-CP: the register starts on 1 January
-- and ends on 31 December). A number is taken when a document is issued, in the issuing
-- transaction; the unique keys make a repeated number or a document numbered twice
-- impossible, whatever the application does, on any number of nodes.

-- One row per register (unit and year): the last number taken. Taking a number inserts the
-- row if it is missing (INSERT IGNORE), then locks it (SELECT ... FOR UPDATE) until the
-- transaction ends, like audit_head: concurrent takes of one register queue on this row.
CREATE TABLE register_head (
    unit_id     BIGINT NOT NULL,
    year        INT    NOT NULL,
    last_number INT    NOT NULL,
    PRIMARY KEY (unit_id, year),
    CONSTRAINT fk_register_head_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_register_head_number CHECK (last_number >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every number taken: which register, the number, the document kind's symbol, the full sign
-- ("05/TTr-KTĐ03"), what it numbers (document type and id, and its summary), who took it, when.
CREATE TABLE register_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    year          INT          NOT NULL,
    number        INT          NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    sign          VARCHAR(60)  NOT NULL,
    document_type VARCHAR(30)  NOT NULL,
    document_id   BIGINT       NOT NULL,
    summary       VARCHAR(500) NOT NULL,
    issued_by     VARCHAR(100) NOT NULL,
    issued_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_register_number UNIQUE (unit_id, year, number),
    CONSTRAINT uq_register_document UNIQUE (document_type, document_id),
    CONSTRAINT fk_register_entry_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_register_entry_number CHECK (number >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit's own symbols, where they differ from the defaults: per document kind (PROPOSAL,
-- MINUTES, REPORT, DECISION; defaults TTr, BB, BC, QĐ) and ISSUER (the abbreviation after
-- the dash; default the bloc's abbreviation for documents issued in a bloc's name). A
-- province adds rows here (README, "Numbers from a register").
CREATE TABLE register_symbol (
    unit_id BIGINT      NOT NULL,
    kind    VARCHAR(20) NOT NULL,
    symbol  VARCHAR(20) NOT NULL,
    PRIMARY KEY (unit_id, kind),
    CONSTRAINT fk_register_symbol_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The counting committee (ban kiểm phiếu) a ballot's count minutes name, head first, one
-- name a line; entered where the ballot is kept.
ALTER TABLE ballot ADD COLUMN counting_committee VARCHAR(2000) NULL;
