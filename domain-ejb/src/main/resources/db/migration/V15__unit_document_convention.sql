-- Issue 14 item 1: each unit's own header convention for the documents it issues (Decree
-- 30/2020/NĐ-CP, Appendix I): the parent body's line, the issuer's line, a title and motto of
-- its own (a mass organisation's; null: the national title and motto), the symbol in its
-- document numbers, and who signs (authority form, title, a person's name). All nullable:
-- a unit without them issues under "UBND TỈNH …" with its own name and code.
ALTER TABLE unit
    ADD COLUMN header_parent VARCHAR(200) NULL,
    ADD COLUMN header_issuer VARCHAR(200) NULL,
    ADD COLUMN header_title VARCHAR(200) NULL,
    ADD COLUMN header_motto VARCHAR(200) NULL,
    ADD COLUMN doc_symbol VARCHAR(30) NULL,
    ADD COLUMN signer_authority VARCHAR(100) NULL,
    ADD COLUMN signer_title VARCHAR(100) NULL,
    ADD COLUMN signer_name VARCHAR(100) NULL;
