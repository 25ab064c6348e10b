-- Issue 11: secret ballots that stay secret with the binary log, the general log,
-- replication and backups on (docs/SECRECY.md).
--
-- An electronic ballot's choices are stored only as an encrypted ballot: exponential
-- ElGamal ciphertexts on P-256 with their proofs (docs/ELECTION-RECORD.md). The key is
-- dealt k-of-n to the ballot's counting committee when the ballot opens; the database
-- keeps its public side only (public key, Feldman commitments, one verification key per
-- committee member). Counting needs k members to enter their shares; only the
-- per-candidate sums are ever decrypted. So a dump, a binary log, a replica or a backup
-- holds who voted and ciphertexts, nothing that says what any unit chose.
--
-- Version 10 leaves room for another branch's migrations (V5 to V9).

-- 1. The province's rules: the counting committee (k of n) and the fewest electronic
--    ballots that may be counted (one ballot counted alone would be disclosed).
ALTER TABLE ballot_rules
    ADD COLUMN committee_threshold    INT NOT NULL DEFAULT 2,
    ADD COLUMN committee_size         INT NOT NULL DEFAULT 3,
    ADD COLUMN min_electronic_ballots INT NOT NULL DEFAULT 2;
ALTER TABLE ballot_rules
    ADD CONSTRAINT ck_rules_committee CHECK (committee_threshold >= 1 AND committee_threshold <= committee_size
        AND committee_size <= 15),
    ADD CONSTRAINT ck_rules_min_ballots CHECK (min_electronic_ballots >= 2);

-- 2. A ballot freezes k and the minimum when it opens; VOIDED ends a ballot that cannot be
--    counted (too few ballots, or the committee cannot gather k shares).
ALTER TABLE ballot
    ADD COLUMN committee_threshold    INT NULL,
    ADD COLUMN min_electronic_ballots INT NULL;
ALTER TABLE ballot DROP CONSTRAINT ck_ballot_status;
ALTER TABLE ballot
    ADD CONSTRAINT ck_ballot_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'COUNTED', 'CONFIRMED', 'VOIDED'));

-- 3. The counting committee of an electronic ballot: names recorded while a draft; each
--    member's verification key (public) when the ballot opens. No share is ever stored.
CREATE TABLE ballot_committee (
    ballot_id        BIGINT       NOT NULL,
    holder           INT          NOT NULL,
    name             VARCHAR(200) NOT NULL,
    verification_key CHAR(66)     NULL,
    PRIMARY KEY (ballot_id, holder),
    CONSTRAINT fk_committee_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT ck_committee_holder CHECK (holder BETWEEN 1 AND 15)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 4. The public side of the ballot's key (election id, k, public key, commitments as
--    comma-separated points) and, once counted, the election record and its SHA-256.
CREATE TABLE ballot_election (
    ballot_id     BIGINT       NOT NULL,
    election_id   VARCHAR(128) NOT NULL,
    threshold     INT          NOT NULL,
    public_key    CHAR(66)     NOT NULL,
    commitments   TEXT         NOT NULL,
    record        MEDIUMTEXT   NULL,
    record_sha256 CHAR(64)     NULL,
    PRIMARY KEY (ballot_id),
    CONSTRAINT uk_election_id UNIQUE (election_id),
    CONSTRAINT fk_election_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 5. Each committee member's partial decryption of the per-candidate sums, with its proofs
--    (public data, JSON); the share that made it is discarded.
CREATE TABLE ballot_partial_decryption (
    ballot_id BIGINT     NOT NULL,
    holder    INT        NOT NULL,
    factors   MEDIUMTEXT NOT NULL,
    PRIMARY KEY (ballot_id, holder),
    CONSTRAINT fk_decryption_member FOREIGN KEY (ballot_id, holder) REFERENCES ballot_committee (ballot_id, holder)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 6. What was voted: the anonymous cast ballot keeps its tracker (SHA-256 of the canonical
--    encrypted ballot, the voter's receipt; legacy rows keep the hash of their receipt code)
--    and the canonical JSON. Every ciphertext's first point is registered once, so a
--    ciphertext copied from another ballot is refused (ballot weeding).
ALTER TABLE cast_ballot
    CHANGE COLUMN receipt_hash tracker CHAR(64) NOT NULL,
    ADD COLUMN ballot_json MEDIUMTEXT NULL;

CREATE TABLE cast_ciphertext (
    alpha     CHAR(66) NOT NULL,
    ballot_id BIGINT   NOT NULL,
    PRIMARY KEY (alpha),
    CONSTRAINT fk_ciphertext_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 7. Who voted: also the account that cast (public, like the unit); one ballot per account.
ALTER TABLE ballot_participation
    ADD COLUMN voter VARCHAR(100) NULL,
    ADD CONSTRAINT uk_participation_voter UNIQUE (ballot_id, voter);

-- 8. No plaintext choice stays: electronic ballots still open or closed at this upgrade
--    (their choices were stored in clear) are voided and their casts removed; counted ones
--    keep their results and receipt hashes. Purge the binary logs written before this
--    migration (docs/SECRECY.md).
UPDATE ballot SET status = 'VOIDED' WHERE voting_mode = 'ELECTRONIC' AND status IN ('OPEN', 'CLOSED');
DELETE FROM cast_choice;
DROP TABLE cast_choice;
DELETE FROM cast_ballot WHERE ballot_id IN (SELECT id FROM ballot WHERE status = 'VOIDED');
