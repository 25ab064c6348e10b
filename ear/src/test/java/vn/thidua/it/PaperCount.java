package vn.thidua.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
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

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotSetupService ballotSetup;

    /**
     * The year-end conference of a bloc and its paper commendation ballot, the flag to
     * {@code flagUnit} and the certificate to {@code certificateUnit}, every unit of
     * {@code present} voting for both; counted and confirmed. The answer is the draft
     * proposal the confirmation created.
     */
    public Long unanimousCommendation(Long bloc, int year, Long flagUnit, Long certificateUnit, List<Long> present) {
        Meeting meeting = meetings.saveMeeting(TestData.yearEndMeeting(bloc, year));
        Long ballot = ballotSetup.createBallot(meeting.getId(), BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu năm " + year);
        ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(flagUnit));
        ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(certificateUnit));
        ballotSetup.recordPresence(ballot, present);
        ballotSetup.openBallot(ballot);
        return confirmUnanimous(ballot, present.size());
    }

    public Long confirmUnanimous(Long ballot, int present) {
        countUnanimous(ballot, present);
        return proposals.fromBallot(ballot).orElseThrow().getId();
    }

    /** The open paper ballot counted with every present unit voting for every candidate, and confirmed. */
    public void countUnanimous(Long ballot, int present) {
        BallotView open = ballots.ballot(ballot);
        Map<Long, Integer> votes = new HashMap<>();
        open.seats().forEach(seat -> seat.candidates().forEach(c -> votes.put(c.id(), present)));
        counting.enterPaperCounts(ballot, present, present, 0, votes);
        counting.countBallot(ballot);
        counting.confirmBallot(ballot);
    }
}
