package vn.thidua.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.proposal.service.ProposalService;

/**
 * A paper ballot counted as the fixtures of several tests need it, as whoever calls it (a
 * test identity leading the bloc): every candidate gets every vote of the units present,
 * the count is run and confirmed, each step in its own transaction as from the page; the
 * answer is the draft proposal the confirmation created.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaperCount {

    @Inject
    private BallotQueryService ballots;

    @Inject
    private CountingService counting;

    @Inject
    private ProposalService proposals;

    public Long confirmUnanimous(Long ballot, int present) {
        BallotView open = ballots.ballot(ballot);
        Map<Long, Integer> votes = new HashMap<>();
        open.seats().forEach(seat -> seat.candidates().forEach(c -> votes.put(c.id(), present)));
        counting.enterPaperCounts(ballot, present, present, 0, votes);
        counting.countBallot(ballot);
        counting.confirmBallot(ballot);
        return proposals.fromBallot(ballot).orElseThrow().getId();
    }
}
