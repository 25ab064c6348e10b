-- Issue 14, item 4: a file that must carry a digital signature (the Chair's award decision) is
-- stored only after its signature was verified; the verified signer (the common name of the
-- certificate's subject), the issuer's common name and the signing time the signature states
-- are kept with it, shown on the proposal and registry pages. Null for files stored unsigned.
ALTER TABLE stored_file
    ADD COLUMN signed_by        VARCHAR(200) NULL,
    ADD COLUMN signature_issuer VARCHAR(200) NULL,
    ADD COLUMN signed_at        DATETIME     NULL;
