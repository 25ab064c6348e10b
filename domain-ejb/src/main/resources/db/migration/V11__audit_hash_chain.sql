-- Issue 12: the audit trail becomes a hash chain (vn.thidua.audit.service.AuditChain documents
-- the canonical content). Each entry keeps the previous entry's hash and its own; the one-row
-- table audit_head keeps the last entry's id and hash and is locked by every append, so two
-- transactions never chain onto the same entry. The entries are numbered by the portal from
-- now on (the previous id plus one), no longer by AUTO_INCREMENT.
-- The next migration (V11_1, Java: vn.thidua.platform.AuditChainSealing) hashes the entries
-- that exist already; V11_2 then makes both hash columns required.

ALTER TABLE audit_entry
    ADD COLUMN prev_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN entry_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;

CREATE TABLE audit_head (
    id        INT      NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the empty chain; V11_1 moves the head to the last existing entry
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Only the head changes, and only by appending: no deleting it
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_head is never deleted';
