package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

import org.omnifaces.util.Faces;

import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.ConferenceBallots;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.shared.NotFoundException;

/**
 * /year/ballots.xhtml?meeting=…&amp;ballot=…: the ballots of a conference. This bean is the
 * page's context (the conference, the ballot shown, its live turnout: who voted, never
 * what); the page's parts have their own beans: {@link BallotSetupBean} (create, prepare,
 * open), {@link BallotVoteBean} (each present member votes once and keeps a receipt code)
 * and {@link BallotCountBean} (close, paper counts, count, confirm, results, receipts,
 * minutes).
 */
@Named
@ViewScoped
public class BallotsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BallotQueryService queries;

    @Inject
    private VotingService voting;

    private Long meetingId;
    private Long ballotId;

    private ConferenceBallots conference;
    private BallotView ballot;
    private Turnout turnout;

    public void load() {
        if (meetingId == null) {
            throw new NotFoundException("Meeting", null);
        }
        conference = queries.conference(meetingId);
        List<BallotView> ballots = conference.ballots();
        if (ballotId == null && !ballots.isEmpty()) {
            ballotId = ballots.get(ballots.size() - 1).id();
        }
        if (ballotId != null) {
            ballot = ballots.stream().filter(b -> b.id().equals(ballotId)).findFirst()
                    .orElseGet(() -> queries.ballot(ballotId));
            turnout = voting.turnout(ballotId);
        }
    }

    /** Post-redirect-get: the page again, by its address, with the messages kept. */
    public String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/year/ballots.xhtml?faces-redirect=true&meeting=" + meetingId + "&ballot=" + ballotId;
    }

    /** Shows another ballot after the next {@link #reload()} (a ballot just created). */
    public void show(Long ballotId) {
        this.ballotId = ballotId;
    }

    public boolean isCounted() {
        return ballot != null && ballot.isCounted();
    }

    public boolean isKeeper() {
        return conference.keeper();
    }

    public ConferenceBallots.Member getMyUnit() {
        return conference.myUnit();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public void setBallotId(Long ballotId) {
        this.ballotId = ballotId;
    }

    public ConferenceBallots getConference() {
        return conference;
    }

    public List<BallotView> getBallots() {
        return conference.ballots();
    }

    public BallotView getBallot() {
        return ballot;
    }

    public Turnout getTurnout() {
        return turnout;
    }

    public List<ConferenceBallots.Member> getMembers() {
        return conference.members();
    }
}
