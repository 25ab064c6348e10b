package vn.thidua.ballot.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.document.service.CountMinutes;
import vn.thidua.document.service.Header;
import vn.thidua.meeting.entity.Meeting;

/**
 * The count minutes of a counted ballot as the document area takes them: the turnout, each
 * seat's candidates by votes, who signs (the recorded counting committee, head first; else
 * an electronic ballot's key holders; else the secretary and chair), the election record's
 * hash and the minutes' number from the register.
 */
public final class CountMinutesRecord {

    private CountMinutesRecord() {
    }

    /** The minutes of {@code ballot}; {@code keyHolders} are the electronic ballot's committee (empty on paper). */
    public static CountMinutes of(Ballot ballot, Header header, Turnout t, List<BallotView.SeatView> seatViews,
            List<String> keyHolders, String recordSha256, String number) {
        List<CountMinutes.Seat> seats = new ArrayList<>();
        for (BallotView.SeatView seat : seatViews) {
            seats.add(new CountMinutes.Seat(seat.seat().name(), seat.quota(), seat.candidates().stream()
                    .sorted(Comparator.comparing((BallotView.CandidateView c) -> votesOf(c)).reversed())
                    .map(c -> new CountMinutes.Candidate(c.unitName(), votesOf(c), BallotCount.percent(votesOf(c),
                            t.present()), c.outcome()))
                    .toList()));
        }
        Meeting meeting = ballot.getMeeting();
        boolean paper = ballot.getVotingMode() == VotingMode.PAPER;
        return new CountMinutes(header, ballot.getTitle(), paper, t.entitled(), t.present(),
                ballot.getThresholdMode() == ThresholdMode.MORE_THAN, ballot.getThresholdPercent(),
                ballot.getPaperIssued(), ballot.getPaperReturned(), t.cast(), t.valid() == null ? 0 : t.valid(),
                t.invalid() == null ? 0 : t.invalid(), seats, meeting.getSecretary(), meeting.getChair(),
                keyHolders, paper || ballot.getCommitteeThreshold() == null ? 0 : ballot.getCommitteeThreshold(),
                recordSha256, number,
                ballot.countingCommitteeMembers().isEmpty() ? keyHolders : ballot.countingCommitteeMembers());
    }

    private static int votesOf(BallotView.CandidateView c) {
        return c.votes() == null ? 0 : c.votes();
    }
}
