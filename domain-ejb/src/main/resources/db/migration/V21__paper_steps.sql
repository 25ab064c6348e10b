-- Issue 15, item 5: paper steps in the portal.

-- A covenant signed on paper: the day the page was signed, the person who signed it for the
-- unit (the head, or a deputy head), and the scan of the signed page. signed_by/signed_at stay
-- the account that recorded it and when. Signatures recorded before this version (the demo's
-- conference signatures) have no scan.
ALTER TABLE covenant_signature
    ADD COLUMN paper_signed_on DATE         NULL,
    ADD COLUMN paper_signer    VARCHAR(200) NULL,
    ADD COLUMN scan_file_id    BIGINT       NULL,
    ADD CONSTRAINT fk_signature_scan FOREIGN KEY (scan_file_id) REFERENCES stored_file (id);

-- The signed minutes (PDF) and the photos (JPEG/PNG) of a conference. A file belongs to one
-- conference; removing it from the conference deletes the row (the stored file stays, as the
-- audit trail names it).
CREATE TABLE meeting_file (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT      NOT NULL,
    file_id     BIGINT      NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_file UNIQUE (file_id),
    CONSTRAINT fk_meetf_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meetf_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT ck_meetf_kind CHECK (kind IN ('MINUTES', 'PHOTO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
