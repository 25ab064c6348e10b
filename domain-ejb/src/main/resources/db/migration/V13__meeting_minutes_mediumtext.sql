-- Issue 12, hostile-input corpus: the conference form takes minutes of up to 60,000 characters,
-- up to 240,000 bytes in utf8mb4, but TEXT holds 65,535 bytes: 30,000 Vietnamese letters (90 kB)
-- failed with "Data too long" (1406) and the page showed the error page. MEDIUMTEXT holds 16 MB.
-- meeting.minutes is the only TEXT column a form writes (ballot.commitments is computed).
ALTER TABLE meeting MODIFY COLUMN minutes MEDIUMTEXT NULL;
