package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotRules;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.BallotReader;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.BallotPaper;
import vn.thidua.document.service.DocumentService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;

/**
 * The printed papers of a paper ballot (issue 15, item 5): one page per entitled member
 * unit, all alike, so that no paper can be tied to the unit that receives it. Printed by
 * whoever keeps the year's data (the leader or deputy, who hand the papers out at the
 * conference, or a Board specialist). An electronic ballot has no papers.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class BallotPaperService {

    private static final Logger LOG = Logger.getLogger(BallotPaperService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocAccess access;

    @Inject
    private BlocService blocs;

    @Inject
    private DocumentService documents;

    private BallotReader reader;

    @PostConstruct
    void init() {
        reader = new BallotReader(em, new CastTables(em));
    }

    /**
     * The ballot papers as one PDF: the bloc, the year, the title, each seat's candidates in
     * the ballot's order with a box to mark, how many marks at most, the threshold (frozen
     * when the ballot opened, else the province's rules for the year), what makes a paper
     * invalid and the counting committee's stamp area; as many pages as the units entitled
     * to vote (the members of the bloc that year until the ballot opens).
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public byte[] ballotPapers(@NotNull Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        Long blocId = ballot.getBloc().getId();
        access.requireKeeper(blocId, ballot.getYear());
        if (ballot.getVotingMode() != VotingMode.PAPER) {
            throw new InvalidInputException("error.ballotPaper.electronic");
        }
        BallotView view = reader.byIds(List.of(ballotId)).get(0);
        // seats in the order they are counted (the flag before the certificates), each seat's
        // candidates in the order the ballot's page and its count minutes list them
        List<BallotPaper.Seat> seats = view.seats().stream().filter(s -> !s.candidates().isEmpty())
                .sorted(Comparator.comparing(BallotView.SeatView::seat))
                .map(s -> new BallotPaper.Seat(s.seat().name(), s.quota(),
                        s.candidates().stream().map(BallotView.CandidateView::unitName).toList()))
                .toList();
        if (seats.isEmpty()) {
            throw new InvalidInputException("error.ballot.noCandidates");
        }
        int papers = ballot.getEntitled() != null ? ballot.getEntitled()
                : blocs.memberUnits(blocId, ballot.getYear()).size();
        ThresholdMode mode = ballot.getThresholdMode();
        Integer percent = ballot.getThresholdPercent();
        if (mode == null || percent == null) {
            BallotRules rules = em.createNamedQuery(BallotRules.OF_PROVINCE_YEAR, BallotRules.class)
                    .setParameter("province", ballot.getBloc().provinceIn(ballot.getYear()).getId())
                    .setParameter("year", ballot.getYear()).getResultList().stream().findFirst()
                    .orElseGet(() -> new BallotRules(ballot.getBloc().provinceIn(ballot.getYear()), ballot.getYear()));
            mode = rules.getThresholdMode();
            percent = rules.getThresholdPercent();
        }
        byte[] pdf = documents.ballotPapersPdf(new BallotPaper(ballot.getBloc().provinceIn(ballot.getYear()).getName(),
                ballot.getBloc().getName(), ballot.getYear(), ballot.getTitle(), mode == ThresholdMode.MORE_THAN,
                percent, seats, papers));
        LOG.info(() -> papers + " ballot papers printed for ballot " + ballotId);
        return pdf;
    }
}
