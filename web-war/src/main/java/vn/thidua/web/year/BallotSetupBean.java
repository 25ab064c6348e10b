package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.omnifaces.util.Faces;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CommitteeView;
import vn.thidua.ballot.service.OpenedBallot;
import vn.thidua.web.Messages;

/**
 * The ballots page's preparing part, for the year's leader or deputy (or a Board
 * specialist): a new ballot, then its candidates per seat, the members present and, for an
 * electronic ballot, the names of its counting committee (n of them, from the province's
 * rules), then opening it. Opening an electronic ballot answers the committee's shares in
 * the same response ({@link BallotOpeningBean}, request-scoped): no redirect, so the
 * shares are never kept in the session, the flash or this view.
 */
@Named
@ViewScoped
public class BallotSetupBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BallotSetupService setup;

    @Inject
    private CommitteeService committees;

    @Inject
    private BallotsBean page;

    @Inject
    private BallotOpeningBean opening;

    private BallotKind newKind = BallotKind.COMMENDATION;
    private VotingMode newMode = VotingMode.ELECTRONIC;
    private String newTitle;

    private Map<Seat, IdSelection> candidates;
    private List<Long> present = new ArrayList<>();
    private List<CommitteeMember> committee;

    /** A committee member's name being typed (holder i is the i-th field). */
    public static class CommitteeMember implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;

        CommitteeMember(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public String create() {
        Long created = setup.createBallot(page.getMeetingId(), newKind, newMode, newTitle);
        page.show(created);
        newTitle = null;
        Messages.info("ballot.created");
        return page.reload();
    }

    public String saveCandidates() {
        for (BallotView.SeatView seat : page.getBallot().seats()) {
            setup.setCandidates(page.getBallotId(), seat.seat(), getCandidates().get(seat.seat()).getIds());
        }
        setup.recordPresence(page.getBallotId(), present);
        if (page.isElectronic()) {
            committees.setCommittee(page.getBallotId(), getCommittee().stream().map(CommitteeMember::getName).toList());
        }
        Messages.info("ballot.prepared");
        return page.reload();
    }

    /**
     * Opens the ballot. Electronic: the shares go to the request-scoped opening bean and
     * the page is rendered again in this answer, the only time they are shown.
     */
    public String open() {
        OpenedBallot opened = setup.openBallot(page.getBallotId());
        Messages.info("ballot.opened");
        if (opened.shares().isEmpty()) {
            return page.reload();
        }
        Faces.addResponseHeader("Cache-Control", "no-store");
        opening.show(opened, page.getBallot().title());
        page.refresh();
        committee = null;
        return null;
    }

    /** Per seat, the units standing (ticked as they are now). */
    public Map<Seat, IdSelection> getCandidates() {
        if (candidates == null) {
            candidates = new EnumMap<>(Seat.class);
            BallotView ballot = page.getBallot();
            if (ballot != null) {
                for (BallotView.SeatView seat : ballot.seats()) {
                    candidates.put(seat.seat(), new IdSelection(seat.candidates().stream()
                            .map(BallotView.CandidateView::unitId).toList()));
                }
            }
        }
        return candidates;
    }

    /** The committee's name fields: n of them (the rules' committee size), filled with the names recorded. */
    public List<CommitteeMember> getCommittee() {
        if (committee == null) {
            committee = new ArrayList<>();
            CommitteeView view = page.getCommittee();
            if (view != null) {
                for (int i = 0; i < Math.max(view.size(), view.members().size()); i++) {
                    committee.add(new CommitteeMember(i < view.members().size() ? view.members().get(i).name() : null));
                }
            }
        }
        return committee;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public BallotKind[] getKinds() {
        return BallotKind.values();
    }

    public VotingMode[] getModes() {
        return VotingMode.values();
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
}
