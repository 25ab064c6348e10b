-- Issue 12: after V11_1 every entry has its hashes; from now on every entry must have them.
-- (MODIFY changes the columns, not the rows, so the append-only triggers are not involved.)
ALTER TABLE audit_entry
    MODIFY COLUMN prev_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY COLUMN entry_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
