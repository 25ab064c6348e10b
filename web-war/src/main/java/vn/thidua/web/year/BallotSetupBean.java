package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.web.Messages;

/**
 * The ballots page's preparing part, for the year's leader or deputy (or a Board
 * specialist): a new ballot, then its candidates per seat and the members present, then
 * opening it.
 */
@Named
@ViewScoped
public class BallotSetupBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BallotSetupService setup;

    @Inject
    private BallotsBean page;

    private BallotKind newKind = BallotKind.COMMENDATION;
    private VotingMode newMode = VotingMode.ELECTRONIC;
    private String newTitle;

    private Map<Seat, IdSelection> candidates;
    private List<Long> present = new ArrayList<>();

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
        Messages.info("ballot.prepared");
        return page.reload();
    }

    public String open() {
        setup.openBallot(page.getBallotId());
        Messages.info("ballot.opened");
        return page.reload();
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
