package vn.thidua.ballot.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.unit.entity.Unit;

/**
 * The tables of presence, participation and the anonymous cast ballots (migrations V3 and
 * V10), in plain SQL: who is present, who has voted (unit and account), and the encrypted
 * casts with their trackers. Participation and casts are written and read apart; nothing
 * here joins a unit to a cast, and no cast holds a choice in clear. Used inside the ballot
 * services' transactions.
 */
public final class CastTables {

    private final EntityManager em;

    public CastTables(EntityManager em) {
        this.em = em;
    }

    // ---- presence ----

    public Set<Long> presentIds(Long ballotId) {
        return ids("SELECT unit_id FROM ballot_presence WHERE ballot_id = ?", ballotId);
    }

    public boolean isPresent(Long ballotId, Long unitId) {
        return isRow("SELECT COUNT(*) FROM ballot_presence WHERE ballot_id = ? AND unit_id = ?", ballotId, unitId);
    }

    /** The number of units present per ballot, for the ballots given (absent ones have none). */
    public Map<Long, Integer> presentCounts(Collection<Long> ballotIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ballotIds.isEmpty()) {
            return counts;
        }
        String marks = ballotIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("SELECT ballot_id, COUNT(*) FROM ballot_presence WHERE ballot_id IN ("
                + marks + ") GROUP BY ballot_id");
        int i = 1;
        for (Long id : ballotIds) {
            query.setParameter(i++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Replaces the units present at a ballot. */
    public void replacePresence(Long ballotId, Collection<Long> unitIds) {
        em.createNativeQuery("DELETE FROM ballot_presence WHERE ballot_id = ?").setParameter(1, ballotId).executeUpdate();
        addPresence(ballotId, unitIds);
    }

    /** Records units present at a ballot, in one statement. */
    public void addPresence(Long ballotId, Collection<Long> unitIds) {
        insertPairs("INSERT INTO ballot_presence (ballot_id, unit_id) VALUES ", ballotId, unitIds);
    }

    // ---- who voted ----

    public Set<Long> votedIds(Long ballotId) {
        return ids("SELECT unit_id FROM ballot_participation WHERE ballot_id = ?", ballotId);
    }

    public boolean hasVoted(Long ballotId, Long unitId) {
        return isRow("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ? AND unit_id = ?", ballotId, unitId);
    }

    /** Whether any of the units given (a unit's lineage) has voted in the ballot. */
    public boolean anyVoted(Long ballotId, Collection<Long> unitIds) {
        return !unitIds.isEmpty() && count("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ? AND unit_id IN ("
                + marks(unitIds.size()) + ")", ballotId, unitIds) > 0;
    }

    /** Whether the account has voted in the ballot (one person, one ballot). */
    public boolean accountVoted(Long ballotId, String voter) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ? AND voter = ?")
                .setParameter(1, ballotId).setParameter(2, voter).getSingleResult()).longValue() > 0;
    }

    /**
     * The unit's participation row with the account that cast; the keys (ballot, unit) and
     * (ballot, voter) refuse a second one, so a race between two devices fails here with a
     * {@link jakarta.persistence.PersistenceException}.
     */
    public void recordParticipation(Long ballotId, Long unitId, String voter) {
        em.createNativeQuery("INSERT INTO ballot_participation (ballot_id, unit_id, voter) VALUES (?, ?, ?)")
                .setParameter(1, ballotId).setParameter(2, unitId).setParameter(3, voter).executeUpdate();
    }

    // ---- what was voted: encrypted ballots only ----

    /**
     * An anonymous cast: its random id, the tracker, the canonical encrypted ballot, then the
     * first point of each ciphertext, whose key refuses a copy (one statement each).
     */
    public void storeCast(String castId, Long ballotId, String tracker, String ballotJson) {
        em.createNativeQuery("INSERT INTO cast_ballot (id, ballot_id, tracker, ballot_json) VALUES (?, ?, ?, ?)")
                .setParameter(1, castId).setParameter(2, ballotId).setParameter(3, tracker).setParameter(4, ballotJson)
                .executeUpdate();
    }

    /** Registers the ciphertexts' first points; a point already registered fails with a PersistenceException. */
    public void registerCiphertexts(Long ballotId, List<String> alphas) {
        if (alphas.isEmpty()) {
            return;
        }
        Query query = em.createNativeQuery("INSERT INTO cast_ciphertext (alpha, ballot_id) VALUES "
                + alphas.stream().map(a -> "(?, ?)").collect(Collectors.joining(", ")));
        int i = 1;
        for (String alpha : alphas) {
            query.setParameter(i++, alpha).setParameter(i++, ballotId);
        }
        query.executeUpdate();
    }

    /** Whether a tracker or any of the ciphertexts was cast before (a replayed ballot). */
    public boolean seenBefore(String tracker, List<String> alphas) {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM cast_ballot WHERE tracker = ?").setParameter(1, tracker)
                .getSingleResult()).longValue() > 0) {
            return true;
        }
        if (alphas.isEmpty()) {
            return false;
        }
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM cast_ciphertext WHERE alpha IN (" + marks(alphas.size())
                + ")");
        int i = 1;
        for (String alpha : alphas) {
            query.setParameter(i++, alpha);
        }
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    public int ballotsCast(Long ballotId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?")
                .setParameter(1, ballotId).getSingleResult()).intValue();
    }

    /** The trackers of a ballot's casts, sorted (never in the order they were cast). */
    @SuppressWarnings("unchecked")
    public List<String> trackers(Long ballotId) {
        return em.createNativeQuery("SELECT tracker FROM cast_ballot WHERE ballot_id = ? ORDER BY tracker")
                .setParameter(1, ballotId).getResultList();
    }

    /** Tracker and canonical JSON of each encrypted ballot of a ballot, by tracker (the bulletin board). */
    @SuppressWarnings("unchecked")
    public List<Object[]> encryptedBallots(Long ballotId) {
        return em.createNativeQuery("SELECT tracker, ballot_json FROM cast_ballot WHERE ballot_id = ?"
                + " AND ballot_json IS NOT NULL ORDER BY tracker").setParameter(1, ballotId).getResultList();
    }

    // ---- turnout ----

    /**
     * Who has voted (never what) among the bloc's {@code members}, and how many; the
     * reconciliation (valid, blank, invalid) only once counted. For paper ballots "cast"
     * is the ballots returned; an electronic ballot's blank ballots are never known (only
     * the per-candidate sums are decrypted).
     */
    public Turnout turnout(Ballot ballot, List<Unit> members) {
        Long ballotId = ballot.getId();
        Set<Long> present = presentIds(ballotId);
        Set<Long> voted = votedIds(ballotId);
        List<String> votedNames = members.stream().filter(u -> voted.contains(u.getId())).map(Unit::getName)
                .sorted().toList();
        List<String> waiting = members.stream().filter(u -> present.contains(u.getId()) && !voted.contains(u.getId()))
                .map(Unit::getName).sorted().toList();
        boolean counted = ballot.getStatus() == BallotStatus.COUNTED || ballot.getStatus() == BallotStatus.CONFIRMED;
        if (ballot.getVotingMode() == VotingMode.PAPER) {
            int returned = ballot.getPaperReturned() == null ? 0 : ballot.getPaperReturned();
            int invalid = ballot.getPaperInvalid() == null ? 0 : ballot.getPaperInvalid();
            return new Turnout(members.size(), present.size(), returned, counted ? returned - invalid : null,
                    null, counted ? invalid : null, votedNames, waiting);
        }
        int cast = ballotsCast(ballotId);
        return new Turnout(members.size(), present.size(), cast, counted ? cast : null, ballot.getBlankBallots(),
                counted ? 0 : null, votedNames, waiting);
    }

    // ---- plumbing ----

    private void insertPairs(String insert, Object first, Collection<Long> seconds) {
        if (seconds.isEmpty()) {
            return;
        }
        Query query = em.createNativeQuery(insert + seconds.stream().map(s -> "(?, ?)").collect(Collectors.joining(", ")));
        int i = 1;
        for (Long second : seconds) {
            query.setParameter(i++, first).setParameter(i++, second);
        }
        query.executeUpdate();
    }

    private long count(String sql, Long ballotId, Collection<Long> ids) {
        Query query = em.createNativeQuery(sql).setParameter(1, ballotId);
        int i = 2;
        for (Long id : ids) {
            query.setParameter(i++, id);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private boolean isRow(String countSql, Long ballotId, Long unitId) {
        return ((Number) em.createNativeQuery(countSql).setParameter(1, ballotId).setParameter(2, unitId)
                .getSingleResult()).longValue() > 0;
    }

    private Set<Long> ids(String sql, Long ballotId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, ballotId).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
