package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

import org.omnifaces.util.Faces;

import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CommitteeView;
import vn.thidua.ballot.service.ConferenceBallots;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.shared.NotFoundException;

/**
 * /year/ballots.xhtml?meeting=…&amp;ballot=…: the ballots of a conference. This bean is the
 * page's context (the conference, the ballot shown, its live turnout: who voted and how
 * many, never what; an electronic ballot's counting committee); the page's parts have
 * their own beans: {@link BallotSetupBean} (create, prepare with the committee, open),
 * {@link BallotOpeningBean} (the committee's shares, shown once in the answer to the
 * opening), {@link BallotVoteBean} (each present member votes once and keeps the tracker),
 * {@link BallotShareBean} (a committee member's share, one at a time) and
 * {@link BallotCountBean} (close, paper counts, count, void or paper, confirm, results,
 * bulletin board, record, minutes). No bean keeps a choice or a share.
 */
@Named
@ViewScoped
public class BallotsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BallotQueryService queries;

    @Inject
    private VotingService voting;

    @Inject
    private CommitteeService committees;

    private Long meetingId;
    private Long ballotId;

    private ConferenceBallots conference;
    private BallotView ballot;
    private Turnout turnout;
    private CommitteeView committee;

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
            committee = ballot.votingMode() == VotingMode.ELECTRONIC ? committees.committee(ballotId) : null;
        }
    }

    /** Reads the page's data again within the same answer (the opening, whose shares must not survive a redirect). */
    public void refresh() {
        ballot = null;
        turnout = null;
        committee = null;
        load();
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

    /** The counting committee of an electronic ballot (null for paper). */
    public CommitteeView getCommittee() {
        return committee;
    }

    public boolean isElectronic() {
        return ballot != null && ballot.votingMode() == VotingMode.ELECTRONIC;
    }

    public List<ConferenceBallots.Member> getMembers() {
        return conference.members();
    }
}
