package vn.thidua.ballot.internal;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public side of an electronic ballot's key (migration V10), in plain SQL: the
 * counting committee (names, verification keys), the election's public key and
 * commitments, the members' partial decryptions, and once counted the election record.
 * No table here ever holds a share, a private key or a choice. Used inside the ballot
 * services' transactions.
 */
public final class ElectionTables {

    private final EntityManager em;

    public ElectionTables(EntityManager em) {
        this.em = em;
    }

    /** A member of a ballot's counting committee; {@code verificationKey} is set when the ballot opens. */
    public record Member(int holder, String name, String verificationKey) {
    }

    /** The stored public side of a ballot's key, and its record once counted. */
    public record Election(String electionId, int threshold, String publicKey, String commitments, String record,
                           String recordSha256) {
    }

    // ---- committee ----

    /** The committee of a ballot, by holder number (1..n). */
    public List<Member> committee(Long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT holder, name, verification_key FROM ballot_committee"
                + " WHERE ballot_id = ? ORDER BY holder").setParameter(1, ballotId).getResultList();
        List<Member> members = new ArrayList<>();
        for (Object[] r : rows) {
            members.add(new Member(((Number) r[0]).intValue(), (String) r[1], (String) r[2]));
        }
        return members;
    }

    /** Replaces a draft ballot's committee: holder i is the i-th name. */
    public void replaceCommittee(Long ballotId, List<String> names) {
        em.createNativeQuery("DELETE FROM ballot_committee WHERE ballot_id = ?").setParameter(1, ballotId)
                .executeUpdate();
        for (int i = 0; i < names.size(); i++) {
            em.createNativeQuery("INSERT INTO ballot_committee (ballot_id, holder, name) VALUES (?, ?, ?)")
                    .setParameter(1, ballotId).setParameter(2, i + 1).setParameter(3, names.get(i)).executeUpdate();
        }
    }

    /** Gives a new draft ballot (a run-off) the committee of another, names only. */
    public void copyCommittee(Long fromBallotId, Long toBallotId) {
        em.createNativeQuery("INSERT INTO ballot_committee (ballot_id, holder, name) SELECT ?, holder, name"
                + " FROM ballot_committee WHERE ballot_id = ?").setParameter(1, toBallotId).setParameter(2, fromBallotId)
                .executeUpdate();
    }

    public void setVerificationKey(Long ballotId, int holder, String verificationKey) {
        em.createNativeQuery("UPDATE ballot_committee SET verification_key = ? WHERE ballot_id = ? AND holder = ?")
                .setParameter(1, verificationKey).setParameter(2, ballotId).setParameter(3, holder).executeUpdate();
    }

    // ---- key and record ----

    public void saveElection(Long ballotId, String electionId, int threshold, String publicKey, String commitments) {
        em.createNativeQuery("INSERT INTO ballot_election (ballot_id, election_id, threshold, public_key, commitments)"
                        + " VALUES (?, ?, ?, ?, ?)").setParameter(1, ballotId).setParameter(2, electionId)
                .setParameter(3, threshold).setParameter(4, publicKey).setParameter(5, commitments).executeUpdate();
    }

    public Optional<Election> election(Long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT election_id, threshold, public_key, commitments, record,"
                + " record_sha256 FROM ballot_election WHERE ballot_id = ?").setParameter(1, ballotId).getResultList();
        return rows.stream().findFirst().map(r -> new Election((String) r[0], ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
    }

    /** The SHA-256 of a counted ballot's record, if it has one (no record text loaded). */
    public Optional<String> recordSha256(Long ballotId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT record_sha256 FROM ballot_election WHERE ballot_id = ?"
                + " AND record_sha256 IS NOT NULL").setParameter(1, ballotId).getResultList();
        return rows.stream().findFirst();
    }

    public void saveRecord(Long ballotId, String record, String sha256) {
        em.createNativeQuery("UPDATE ballot_election SET record = ?, record_sha256 = ? WHERE ballot_id = ?")
                .setParameter(1, record).setParameter(2, sha256).setParameter(3, ballotId).executeUpdate();
    }

    // ---- partial decryptions ----

    /** The partial decryptions entered so far (JSON), by holder. */
    public Map<Integer, String> partialDecryptions(Long ballotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT holder, factors FROM ballot_partial_decryption"
                + " WHERE ballot_id = ?").setParameter(1, ballotId).getResultList();
        Map<Integer, String> byHolder = new TreeMap<>();
        rows.forEach(r -> byHolder.put(((Number) r[0]).intValue(), (String) r[1]));
        return byHolder;
    }

    /** The holders who entered their share, in order (no factors loaded). */
    public List<Integer> holdersEntered(Long ballotId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT holder FROM ballot_partial_decryption WHERE ballot_id = ?"
                + " ORDER BY holder").setParameter(1, ballotId).getResultList();
        return rows.stream().map(Number::intValue).toList();
    }

    /** Stores a member's partial decryption; the key (ballot, holder) refuses a second one. */
    public void savePartialDecryption(Long ballotId, int holder, String factors) {
        em.createNativeQuery("INSERT INTO ballot_partial_decryption (ballot_id, holder, factors) VALUES (?, ?, ?)")
                .setParameter(1, ballotId).setParameter(2, holder).setParameter(3, factors).executeUpdate();
    }
}
