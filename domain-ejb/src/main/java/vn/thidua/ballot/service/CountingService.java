package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotCandidate;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.BallotCopies;
import vn.thidua.ballot.internal.BallotCount;
import vn.thidua.ballot.internal.CountMinutesRecord;
import vn.thidua.ballot.internal.BallotReader;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.ballot.internal.ElectionTables;
import vn.thidua.ballot.internal.ElectronicCount;
import vn.thidua.ballot.internal.MinutesNumbers;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.document.service.CountMinutes;
import vn.thidua.document.service.DocumentService;
import vn.thidua.register.service.RegisterNumber;
import vn.thidua.register.service.RegisterService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;

/**
 * A ballot from the end of voting to its confirmation, by the leader or deputy of the
 * bloc's year (or a Board specialist): closing electronic voting, entering paper counts
 * that must add up, counting by the frozen rules (synchronous and repeatable; a tie at a
 * quota line may create a run-off; an electronic ballot only with k committee shares and
 * the minimum of ballots, else voided or held again on paper), confirming, and the count
 * minutes.
 *
 * <p>Confirming a leadership ballot makes its winners next year's leader and deputy; a
 * commendation ballot raises {@link CommendationConfirmed}, which the proposal area
 * observes inside the same transaction.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class CountingService {

    private static final Logger LOG = Logger.getLogger(CountingService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private BlocAccess access;

    @Inject
    private AuditService audit;

    @Inject
    private RegisterService registers;

    @Inject
    private MinutesNumbers minutesNumbers;

    @Inject
    private DocumentService documents;

    @Inject
    private Event<CommendationConfirmed> commendations;

    private CastTables tables;
    private ElectionTables elections;
    private BallotReader reader;

    @PostConstruct
    void init() {
        tables = new CastTables(em);
        elections = new ElectionTables(em);
        reader = new BallotReader(em, tables);
    }

    /** Closes electronic voting (waits for casts in progress, which hold a shared lock on the ballot). */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void closeBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        em.lock(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.close();
        em.flush();
        audit.record("Ballot", ballotId, "CLOSE", tables.ballotsCast(ballotId) + " ballots cast");
    }

    /**
     * Paper voting: the leader enters ballots issued, returned and invalid, and the votes
     * per candidate from the paper ballots; the counts must add up.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void enterPaperCounts(@NotNull Long ballotId, int issued, int returned, int invalid,
                                 @NotNull Map<Long, Integer> votesByCandidate) {
        Ballot ballot = keep(ballotId);
        ballot.paperCounts(tables.presentIds(ballotId).size(), issued, returned, invalid);
        int valid = returned - invalid;
        for (BallotSeat seat : ballot.getSeats()) {
            int sum = 0;
            for (BallotCandidate c : seat.getCandidates()) {
                Integer votes = votesByCandidate.get(c.getId());
                int v = votes == null ? 0 : votes;
                if (v < 0 || v > valid) {
                    throw new InvalidInputException("error.ballot.votesAboveValid", c.getUnit().getName(), v, valid);
                }
                sum += v;
                c.paperVotes(v);
            }
            if (sum > valid * seat.getQuota()) {
                throw new InvalidInputException("error.ballot.marksAboveSeats", sum, valid, seat.getQuota());
            }
        }
        em.flush();
        audit.record("Ballot", ballotId, "PAPER_COUNTS", "issued " + issued + " | returned " + returned
                + " | invalid " + invalid);
    }

    /**
     * Counts a closed ballot by its frozen rules and stores each candidate's result. An
     * electronic ballot is counted only from at least the minimum of ballots and with k
     * committee shares entered ({@link CommitteeService#enterShare}): the per-candidate sums
     * are decrypted, never a ballot, and the election record is stored with its SHA-256.
     * A tie at a quota line that goes to a run-off creates the run-off ballot (a draft with
     * the tied candidates, the same members present and, if electronic, the same committee).
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void countBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        em.lock(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.requireStatus(BallotStatus.CLOSED);
        ElectronicCount.Result electronic = ballot.getVotingMode() == VotingMode.PAPER ? null
                : ElectronicCount.count(em, tables, elections, ballot);
        Map<Long, Integer> votes = electronic == null ? paperVotes(ballot) : electronic.votes();
        int present = tables.presentIds(ballotId).size();
        BallotCount.Tally tally = BallotCount.count(frozenRules(ballot), present, seatCounts(ballot, votes));
        Map<Long, BallotCount.Result> byCandidate = tally.results().stream()
                .collect(Collectors.toMap(BallotCount.Result::candidateId, r -> r));
        for (BallotSeat seat : ballot.getSeats()) {
            for (BallotCandidate c : seat.getCandidates()) {
                BallotCount.Result r = byCandidate.get(c.getId());
                c.result(r.votes(), r.passed(), r.elected(), r.outcome().name());
            }
        }
        ballot.counted(null);
        if (electronic != null) {
            elections.saveRecord(ballotId, electronic.record(), electronic.sha256());
        }
        em.flush();
        audit.record("Ballot", ballotId, "COUNT", tally.results().stream()
                .map(r -> r.seat() + ":" + r.unitId() + "=" + r.votes() + (r.elected() ? "*" : ""))
                .collect(Collectors.joining(", ")) + (electronic == null ? "" : " | record " + electronic.sha256()));
        if (!tally.runoffs().isEmpty()) {
            createRunoff(ballot, tally.runoffs());
        }
        LOG.info(() -> "Ballot " + ballotId + " counted");
    }

    /**
     * Voids a closed electronic ballot that cannot be counted (fewer ballots than the
     * minimum, or the committee cannot gather k shares): nothing is decrypted.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void voidBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        em.lock(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.voidBallot();
        em.flush();
        audit.record("Ballot", ballotId, "VOID", tables.ballotsCast(ballotId) + " ballots cast, not counted");
        LOG.info(() -> "Ballot " + ballotId + " voided");
    }

    /**
     * Holds a closed electronic ballot that cannot be counted again on paper: a draft paper
     * ballot with the same seats, candidates and members present; the electronic one is
     * voided without decrypting anything. Returns the paper ballot's id.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Long holdOnPaper(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        em.lock(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.voidBallot();
        Map<Seat, Integer> quotas = new LinkedHashMap<>();
        Map<Seat, List<BallotCandidate>> candidates = new LinkedHashMap<>();
        for (BallotSeat seat : ballot.getSeats()) {
            quotas.put(seat.getSeat(), seat.getQuota());
            candidates.put(seat.getSeat(), seat.getCandidates());
        }
        Ballot paper = BallotCopies.copy(em, tables, ballot, VotingMode.PAPER,
                documents.text("ballot.paperCopyTitle", ballot.getTitle()), ballot.getRunoffOf(), quotas, candidates);
        audit.record("Ballot", ballotId, "VOID", tables.ballotsCast(ballotId) + " ballots cast, held again on paper as "
                + paper.getId());
        audit.record("Ballot", paper.getId(), "PAPER_COPY", "paper ballot replacing electronic ballot " + ballotId);
        LOG.info(() -> "Ballot " + ballotId + " voided, held on paper as " + paper.getId());
        return paper.getId();
    }

    /**
     * Confirms a counted ballot: a leadership ballot makes its winners next year's leader
     * and deputy; a commendation ballot raises {@link CommendationConfirmed} (the proposal
     * area drafts the bloc's proposal from it, in this transaction); the conference and count
     * minutes take their numbers from the leader unit's register ({@link MinutesNumbers}).
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void confirmBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        ballot.confirm();
        minutesNumbers.issue(ballot);
        em.flush();
        Map<Seat, List<Long>> elected = new LinkedHashMap<>();
        for (BallotSeat seat : ballot.getSeats()) {
            elected.put(seat.getSeat(), seat.getCandidates().stream().filter(c -> Boolean.TRUE.equals(c.getElected()))
                    .map(c -> c.getUnit().getId()).toList());
        }
        if (ballot.getKind() == BallotKind.LEADERSHIP) {
            List<Long> leader = elected.getOrDefault(Seat.LEADER, List.of());
            List<Long> deputy = elected.getOrDefault(Seat.DEPUTY, List.of());
            if (leader.isEmpty()) {
                throw new InvalidInputException("error.ballot.noLeaderElected");
            }
            blocYears.applyElectedLeadership(ballot.getBloc().getId(), ballot.getYear() + 1, leader.get(0),
                    deputy.isEmpty() ? null : deputy.get(0));
        } else {
            commendations.fire(new CommendationConfirmed(ballotId, ballot.getBloc().getId(), ballot.getYear(),
                    elected.getOrDefault(Seat.PROVINCIAL_FLAG, List.of()),
                    elected.getOrDefault(Seat.CERTIFICATE_OF_MERIT, List.of())));
        }
        audit.record("Ballot", ballotId, "CONFIRM", ballot.getKind() + " confirmed");
        LOG.info(() -> "Ballot " + ballotId + " confirmed");
    }

    /** The count minutes (official layout, number, committee's signatures); for the year's readers, once counted. */
    public byte[] countMinutesPdf(@NotNull Long ballotId) {
        return documents.countMinutesPdf(countMinutes(ballotId));
    }

    /** The ballot-count minutes as .docx, the same document as {@link #countMinutesPdf}. */
    public byte[] countMinutesDocx(@NotNull Long ballotId) {
        return documents.countMinutesDocx(countMinutes(ballotId));
    }

    private CountMinutes countMinutes(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        access.requireReadAccess(ballot.getBloc().getId(), ballot.getYear());
        if (ballot.getStatus() != BallotStatus.COUNTED && ballot.getStatus() != BallotStatus.CONFIRMED) {
            throw new InvalidInputException("error.ballot.notCounted");
        }
        Turnout t = tables.turnout(ballot, blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()));
        boolean paper = ballot.getVotingMode() == VotingMode.PAPER;
        return CountMinutesRecord.of(ballot, documents.blocHeader(
                        ballot.getBloc().provinceOn(ballot.getMeeting().getHeldOn()).getName(),
                        ballot.getBloc().getName(), ballot.getBloc().getCode(), ballot.getMeeting().getHeldOn()),
                t, reader.byIds(List.of(ballotId)).get(0).seats(),
                paper ? List.of() : elections.committee(ballotId).stream().map(ElectionTables.Member::name).toList(),
                paper ? null : elections.recordSha256(ballotId).orElse(null),
                registers.numberOf(RegisterService.COUNT_MINUTES, ballotId).map(RegisterNumber::sign).orElse(null));
    }

    // ---- internals ----

    private Ballot keep(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        access.requireKeeper(ballot.getBloc().getId(), ballot.getYear());
        return ballot;
    }

    private static BallotCount.Rules frozenRules(Ballot ballot) {
        return new BallotCount.Rules(ballot.getThresholdPercent(), ballot.getThresholdMode(),
                Boolean.TRUE.equals(ballot.getFlagNeedsFirst()), ballot.getTieResolution());
    }

    private static List<BallotCount.SeatCount> seatCounts(Ballot ballot, Map<Long, Integer> votes) {
        List<BallotCount.SeatCount> seats = new ArrayList<>();
        ballot.getSeats().stream().sorted(Comparator.comparing(BallotSeat::getSeat)).forEach(seat -> seats.add(
                new BallotCount.SeatCount(seat.getSeat(), seat.getQuota(), seat.getCandidates().stream()
                        .map(c -> new BallotCount.Candidate(c.getId(), c.getUnit().getId(),
                                votes.getOrDefault(c.getId(), 0), c.getScoreRank(), c.getScore())).toList())));
        return seats;
    }

    private static Map<Long, Integer> paperVotes(Ballot ballot) {
        Map<Long, Integer> votes = new HashMap<>();
        ballot.getSeats().forEach(s -> s.getCandidates().forEach(c ->
                votes.put(c.getId(), c.getPaperVotes() == null ? 0 : c.getPaperVotes())));
        return votes;
    }

    private void createRunoff(Ballot ballot, Map<Seat, List<Long>> tied) {
        Map<Seat, Integer> quotas = new LinkedHashMap<>();
        Map<Seat, List<BallotCandidate>> candidates = new LinkedHashMap<>();
        for (Map.Entry<Seat, List<Long>> entry : tied.entrySet()) {
            BallotSeat seat = ballot.seat(entry.getKey());
            int electedAlready = (int) seat.getCandidates().stream().filter(c -> Boolean.TRUE.equals(c.getElected())).count();
            quotas.put(entry.getKey(), seat.getQuota() - electedAlready);
            candidates.put(entry.getKey(), seat.getCandidates().stream()
                    .filter(c -> entry.getValue().contains(c.getId())).toList());
        }
        Ballot runoff = BallotCopies.copy(em, tables, ballot, ballot.getVotingMode(),
                documents.text("ballot.runoffTitle", ballot.getTitle()), ballot, quotas, candidates);
        if (ballot.getVotingMode() == VotingMode.ELECTRONIC) {
            elections.copyCommittee(ballot.getId(), runoff.getId());
        }
        audit.record("Ballot", runoff.getId(), "RUNOFF_CREATED", "run-off of ballot " + ballot.getId() + " | " + tied);
    }
}
