package vn.thidua.ballot.internal;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotCandidate;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;

/**
 * A new draft ballot made from another at the same conference, with the same units
 * present: a run-off between tied candidates, or the paper ballot that replaces an
 * electronic one that cannot be counted.
 */
public final class BallotCopies {

    private BallotCopies() {
    }

    /**
     * Persists a draft with the seats given (in order, each with its quota and the source's
     * candidates standing again, keeping their rank and score) and the source's presence.
     */
    public static Ballot copy(EntityManager em, CastTables tables, Ballot source, VotingMode mode, String title,
                              Ballot runoffOf, Map<Seat, Integer> quotas, Map<Seat, List<BallotCandidate>> candidates) {
        Ballot copy = new Ballot(source.getMeeting(), source.getKind(), mode, title, runoffOf);
        for (Map.Entry<Seat, Integer> seat : quotas.entrySet()) {
            copy.addSeat(seat.getKey(), seat.getValue());
            List<BallotCandidate> standing = candidates.getOrDefault(seat.getKey(), List.of());
            copy.candidates(seat.getKey(), standing.stream().map(BallotCandidate::getUnit).toList(),
                    standing.stream().map(BallotCandidate::getScoreRank).toList(),
                    standing.stream().map(BallotCandidate::getScore).toList());
        }
        em.persist(copy);
        em.flush();
        tables.addPresence(copy.getId(), tables.presentIds(source.getId()));
        return copy;
    }
}
