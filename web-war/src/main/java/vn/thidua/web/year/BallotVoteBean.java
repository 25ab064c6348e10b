package vn.thidua.web.year;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.omnifaces.util.Faces;

import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.ConferenceBallots;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.web.Messages;

/**
 * The ballots page's voting part: a present member that has not voted yet marks at most
 * each seat's quota and casts its one ballot, which the server encrypts; the tracker (the
 * receipt) is shown once, after the redirect. The marks live in this request only (request
 * scope, cleared once cast): no session or view keeps a choice.
 */
@Named
@RequestScoped
public class BallotVoteBean {

    @Inject
    private VotingService voting;

    @Inject
    private BallotsBean page;

    private Map<Seat, IdSelection> choices;

    public String cast() {
        Map<Seat, List<Long>> marked = new EnumMap<>(Seat.class);
        getChoices().forEach((seat, selection) -> marked.put(seat, selection.getIds()));
        choices = null;
        CastReceipt cast = voting.castVote(page.getBallotId(), page.getMyUnit().unitId(), marked);
        marked.clear();
        Faces.getFlash().put("receipt", cast.receipt());
        Messages.info("ballot.cast");
        return page.reload();
    }

    /** Whether the caller's unit may vote now: the ballot is open and electronic, and the unit present and not voted. */
    public boolean isCanVote() {
        BallotView ballot = page.getBallot();
        ConferenceBallots.Member mine = page.getMyUnit();
        return ballot != null && mine != null && ballot.status() == BallotStatus.OPEN
                && ballot.votingMode() == VotingMode.ELECTRONIC && page.getTurnout().notYetVoted().contains(mine.name());
    }

    /** Per seat, the candidates marked "yes" (none at first). */
    public Map<Seat, IdSelection> getChoices() {
        if (choices == null) {
            choices = new EnumMap<>(Seat.class);
            BallotView ballot = page.getBallot();
            if (ballot != null) {
                ballot.seats().forEach(seat -> choices.put(seat.seat(), new IdSelection(List.of())));
            }
        }
        return choices;
    }

    /** The tracker of the ballot just cast (its receipt, shown once after the redirect). */
    public String getReceipt() {
        Object receipt = Faces.getFlash().get("receipt");
        return receipt == null ? null : receipt.toString();
    }
}
