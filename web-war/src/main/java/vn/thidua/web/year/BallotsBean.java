package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotCandidate;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotService;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.web.Messages;

/**
 * /year/ballots.xhtml?meeting=…&amp;ballot=…: the ballots of a conference. The leader
 * prepares, opens, closes, counts and confirms; each present member votes once and keeps
 * a receipt code; everyone sees live turnout (who voted, never what) and, after the
 * count, the totals, the published receipts and the count minutes.
 */
@Named
@ViewScoped
public class BallotsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BallotService ballotService;

    @Inject
    private MeetingService meetingService;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private ProposalService proposals;

    private Long meetingId;
    private Long ballotId;

    private Meeting meeting;
    private List<Ballot> ballots;
    private Ballot ballot;
    private Turnout turnout;
    private List<Unit> members;
    private Unit myUnit;
    private boolean keeper;

    private BallotKind newKind = BallotKind.COMMENDATION;
    private VotingMode newMode = VotingMode.ELECTRONIC;
    private String newTitle;

    private Map<Seat, Selection> candidates = new EnumMap<>(Seat.class);
    private List<Long> present = new ArrayList<>();
    private Map<Seat, Selection> choices = new EnumMap<>(Seat.class);
    private String receiptToCheck;
    private Boolean receiptCounted;
    private Integer issued;
    private Integer returned;
    private Integer invalid;
    private Map<Long, Integer> paperVotes = new HashMap<>();

    public void load() {
        if (meetingId == null) {
            throw new vn.thidua.shared.NotFoundException("Meeting", null);
        }
        meeting = meetingService.meeting(meetingId);
        members = blocs.memberUnits(meeting.getBloc().getId(), meeting.getYear());
        myUnit = access.callerMemberUnit(meeting.getBloc().getId(), meeting.getYear()).orElse(null);
        HttpServletRequest request = Faces.getRequest();
        keeper = request.isUserInRole(Roles.BOARD_SPECIALIST) || access.callerLeads(meeting.getBloc().getId(), meeting.getYear());
        refresh();
    }

    private void refresh() {
        ballots = ballotService.ballots(meetingId);
        if (ballotId == null && !ballots.isEmpty()) {
            ballotId = ballots.get(ballots.size() - 1).getId();
        }
        ballot = ballotId == null ? null : ballotService.ballot(ballotId);
        turnout = ballot == null ? null : ballotService.turnout(ballotId);
        candidates = new EnumMap<>(Seat.class);
        choices = new EnumMap<>(Seat.class);
        if (ballot != null) {
            for (BallotSeat seat : ballot.getSeats()) {
                candidates.put(seat.getSeat(), new Selection(seat.getCandidates().stream()
                        .map(c -> c.getUnit().getId()).toList()));
                choices.put(seat.getSeat(), new Selection(List.of()));
            }
        }
    }

    public String create() {
        Ballot created = ballotService.createBallot(meetingId, newKind, newMode, newTitle);
        ballotId = created.getId();
        newTitle = null;
        Messages.info("ballot.created");
        return reload();
    }

    public String saveCandidates() {
        for (BallotSeat seat : ballot.getSeats()) {
            ballotService.setCandidates(ballotId, seat.getSeat(), candidates.get(seat.getSeat()).getIds());
        }
        ballotService.recordPresence(ballotId, present);
        Messages.info("ballot.prepared");
        return reload();
    }

    public String open() {
        ballotService.openBallot(ballotId);
        Messages.info("ballot.opened");
        return reload();
    }

    public String cast() {
        Map<Seat, List<Long>> marked = new EnumMap<>(Seat.class);
        choices.forEach((seat, selection) -> marked.put(seat, selection.getIds()));
        CastReceipt cast = ballotService.castVote(ballotId, myUnit.getId(), marked);
        Faces.getFlash().put("receipt", cast.receipt());
        Messages.info("ballot.cast");
        return reload();
    }

    public String close() {
        ballotService.closeBallot(ballotId);
        Messages.info("ballot.closed");
        return reload();
    }

    public String enterPaper() {
        ballotService.enterPaperCounts(ballotId, issued == null ? 0 : issued, returned == null ? 0 : returned,
                invalid == null ? 0 : invalid, paperVotes);
        Messages.info("ballot.paperEntered");
        return reload();
    }

    public String count() {
        ballotService.countBallot(ballotId);
        Messages.info("ballot.counted");
        return reload();
    }

    public String confirm() {
        Ballot confirmed = ballotService.confirmBallot(ballotId);
        Messages.info(confirmed.getKind() == BallotKind.LEADERSHIP ? "ballot.confirmed.leadership"
                : "ballot.confirmed.commendation", meeting.getYear() + 1);
        return reload();
    }

    /** Post-redirect-get: the page again, by its address, with the messages kept. */
    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/year/ballots.xhtml?faces-redirect=true&meeting=" + meetingId + "&ballot=" + ballotId;
    }

    public void checkReceipt() {
        receiptCounted = ballotService.checkReceipt(ballotId, receiptToCheck == null ? "" : receiptToCheck);
    }

    public StreamedContent getMinutes() {
        return DefaultStreamedContent.builder().name("bien-ban-kiem-phieu-" + ballotId + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(ballotService.countMinutesPdf(ballotId))).build();
    }

    public boolean isCanVote() {
        return ballot != null && myUnit != null && ballot.getStatus() == BallotStatus.OPEN
                && ballot.getVotingMode() == VotingMode.ELECTRONIC && turnout.notYetVoted().contains(myUnit.getName());
    }

    public boolean isCounted() {
        return ballot != null && (ballot.getStatus() == BallotStatus.COUNTED || ballot.getStatus() == BallotStatus.CONFIRMED);
    }

    public List<String> getReceipts() {
        return isCounted() ? ballotService.publishedReceipts(ballotId) : List.of();
    }

    public Optional<Long> getProposalId() {
        return ballot == null ? Optional.empty() : proposals.fromBallot(ballotId).map(p -> p.getId());
    }

    /** The share of present members' ballots, for the bar's width. */
    public String percent(BallotCandidate c) {
        if (c.getVotes() == null || turnout.present() == 0) {
            return "0";
        }
        return vn.thidua.ballot.internal.BallotCount.percent(c.getVotes(), turnout.present()).toPlainString();
    }

    public BallotKind[] getKinds() {
        return BallotKind.values();
    }

    public VotingMode[] getModes() {
        return VotingMode.values();
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

    public Meeting getMeeting() {
        return meeting;
    }

    public List<Ballot> getBallots() {
        return ballots;
    }

    public Ballot getBallot() {
        return ballot;
    }

    public Turnout getTurnout() {
        return turnout;
    }

    public List<Unit> getMembers() {
        return members;
    }

    public Unit getMyUnit() {
        return myUnit;
    }

    public boolean isKeeper() {
        return keeper;
    }

    public BallotKind getNewKind() {
        return newKind;
    }

    public void setNewKind(BallotKind newKind) {
        this.newKind = newKind;
    }

    public VotingMode getNewMode() {
        return newMode;
    }

    public void setNewMode(VotingMode newMode) {
        this.newMode = newMode;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    /** The units ticked for one seat (a typed holder, so that Faces fills a List of Long). */
    public static class Selection implements Serializable {

        private static final long serialVersionUID = 1L;

        private List<Long> ids;

        Selection(List<Long> ids) {
            this.ids = new ArrayList<>(ids);
        }

        public List<Long> getIds() {
            return ids;
        }

        public void setIds(List<Long> ids) {
            this.ids = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
        }
    }

    public Map<Seat, Selection> getCandidates() {
        return candidates;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public Map<Seat, Selection> getChoices() {
        return choices;
    }

    /** The receipt code just issued (shown once, after the redirect). */
    public String getReceipt() {
        Object receipt = Faces.getFlash().get("receipt");
        return receipt == null ? null : receipt.toString();
    }

    public String getReceiptToCheck() {
        return receiptToCheck;
    }

    public void setReceiptToCheck(String receiptToCheck) {
        this.receiptToCheck = receiptToCheck;
    }

    public Boolean getReceiptCounted() {
        return receiptCounted;
    }

    public Integer getIssued() {
        return issued;
    }

    public void setIssued(Integer issued) {
        this.issued = issued;
    }

    public Integer getReturned() {
        return returned;
    }

    public void setReturned(Integer returned) {
        this.returned = returned;
    }

    public Integer getInvalid() {
        return invalid;
    }

    public void setInvalid(Integer invalid) {
        this.invalid = invalid;
    }

    public Map<Long, Integer> getPaperVotes() {
        return paperVotes;
    }
}
