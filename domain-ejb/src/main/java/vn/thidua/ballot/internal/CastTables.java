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
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.unit.entity.Unit;

/**
 * The tables of presence, participation and the anonymous cast ballots (migration V3),
 * in plain SQL: who is present, who has voted, and the casts with their chosen
 * candidates. Participation and casts are written and read apart; nothing here joins a
 * unit to a choice. Used inside the ballot services' transactions.
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

    /**
     * The unit's participation row; its primary key refuses a second one, so a race
     * between two devices fails here with a {@link jakarta.persistence.PersistenceException}.
     */
    public void recordParticipation(Long ballotId, Long unitId) {
        em.createNativeQuery("INSERT INTO ballot_participation (ballot_id, unit_id) VALUES (?, ?)")
                .setParameter(1, ballotId).setParameter(2, unitId).executeUpdate();
    }

    // ---- what was voted ----

    /** An anonymous cast: its random id, the receipt's hash, and the candidates marked (one statement for all). */
    public void storeCast(String castId, Long ballotId, String receiptHash, Collection<Long> candidateIds) {
        em.createNativeQuery("INSERT INTO cast_ballot (id, ballot_id, receipt_hash) VALUES (?, ?, ?)")
                .setParameter(1, castId).setParameter(2, ballotId).setParameter(3, receiptHash).executeUpdate();
        insertPairs("INSERT INTO cast_choice (cast_id, candidate_id) VALUES ", castId, candidateIds);
    }

    public int ballotsCast(Long ballotId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?")
                .setParameter(1, ballotId).getSingleResult()).intValue();
    }

    public int blankBallots(Long ballotId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cast_ballot cb WHERE cb.ballot_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM cast_choice ch WHERE ch.cast_id = cb.id)").setParameter(1, ballotId)
                .getSingleResult()).intValue();
    }

    /** The receipt hashes of a ballot's casts, sorted (never beside a choice). */
    @SuppressWarnings("unchecked")
    public List<String> receiptHashes(Long ballotId) {
        return em.createNativeQuery("SELECT receipt_hash FROM cast_ballot WHERE ballot_id = ? ORDER BY receipt_hash")
                .setParameter(1, ballotId).getResultList();
    }

    /** Votes per candidate id over a ballot's electronic casts. */
    public Map<Long, Integer> electronicVotes(Long ballotId) {
        Map<Long, Integer> votes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ch.candidate_id, COUNT(*) FROM cast_choice ch"
                        + " JOIN cast_ballot cb ON cb.id = ch.cast_id WHERE cb.ballot_id = ? GROUP BY ch.candidate_id")
                .setParameter(1, ballotId).getResultList();
        for (Object[] row : rows) {
            votes.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return votes;
    }

    // ---- turnout ----

    /**
     * Who has voted (never what) among the bloc's {@code members}, and the reconciliation;
     * for paper ballots "cast" is the ballots returned.
     */
    public Turnout turnout(Ballot ballot, List<Unit> members) {
        Long ballotId = ballot.getId();
        Set<Long> present = presentIds(ballotId);
        Set<Long> voted = votedIds(ballotId);
        List<String> votedNames = members.stream().filter(u -> voted.contains(u.getId())).map(Unit::getName)
                .sorted().toList();
        List<String> waiting = members.stream().filter(u -> present.contains(u.getId()) && !voted.contains(u.getId()))
                .map(Unit::getName).sorted().toList();
        if (ballot.getVotingMode() == VotingMode.PAPER) {
            int returned = ballot.getPaperReturned() == null ? 0 : ballot.getPaperReturned();
            int invalid = ballot.getPaperInvalid() == null ? 0 : ballot.getPaperInvalid();
            return new Turnout(members.size(), present.size(), returned, returned - invalid, 0, invalid, votedNames,
                    waiting);
        }
        int cast = ballotsCast(ballotId);
        int blank = ballot.getBlankBallots() == null ? blankBallots(ballotId) : ballot.getBlankBallots();
        return new Turnout(members.size(), present.size(), cast, cast, blank, 0, votedNames, waiting);
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
