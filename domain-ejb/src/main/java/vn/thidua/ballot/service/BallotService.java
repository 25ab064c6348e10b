package vn.thidua.ballot.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotCandidate;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotRules;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.BallotCount;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.CountMinutes;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.Header;
import vn.thidua.file.service.FileRules;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * Ballots from draft to confirmation. The leader (or deputy) of the bloc's year runs a
 * ballot; each present member unit casts one electronic ballot through its
 * representative, or the leader enters paper counts. Administrators have no access at all.
 *
 * <p>Casting writes the participation row and the anonymous ballot in one transaction
 * (so a unit votes exactly once); the two share nothing that joins them, the ballot's key
 * is random, and nothing about the choice is logged or audited.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class BallotService {

    private static final Logger LOG = Logger.getLogger(BallotService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private UnitService units;

    @Inject
    private MeetingService meetings;

    @Inject
    private ScoringService scoring;

    @Inject
    private ProposalService proposals;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    // ---- rules ----

    /** The province's rules for a year, or the defaults when the Board has set none. */
    public BallotRules rules(@NotNull Long provinceId, int year) {
        return em.createQuery("SELECT r FROM BallotRules r WHERE r.province.id = :p AND r.year = :y", BallotRules.class)
                .setParameter("p", provinceId).setParameter("y", year).getResultList().stream().findFirst()
                .orElseGet(() -> new BallotRules(units.province(provinceId), year));
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public BallotRules saveRules(@NotNull Long provinceId, int year, int quorumNumerator, int quorumDenominator,
                                 int thresholdPercent, @NotNull ThresholdMode mode, int flagQuota,
                                 int certificatePercent, boolean flagNeedsFirst, @NotNull TieResolution tie) {
        BallotRules rules = rules(provinceId, year);
        rules.change(quorumNumerator, quorumDenominator, thresholdPercent, mode, flagQuota, certificatePercent,
                flagNeedsFirst, tie);
        if (rules.getId() == null) {
            em.persist(rules);
        }
        em.flush();
        audit.record("BallotRules", rules.getId(), "SAVE", year + " | quorum " + quorumNumerator + "/" + quorumDenominator
                + " | " + mode + " " + thresholdPercent + "% | flag " + flagQuota + " | certificates " + certificatePercent
                + "% | flag first " + flagNeedsFirst + " | " + tie);
        return rules;
    }

    // ---- preparing ----

    /** A new draft ballot at a conference, with the seat kinds and quotas of the rules. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot createBallot(@NotNull Long meetingId, @NotNull BallotKind kind, @NotNull VotingMode mode,
                               @NotNull String title) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireKeeper(meeting.getBloc().getId(), meeting.getYear());
        Ballot ballot = new Ballot(meeting, kind, mode, title.trim(), null);
        if (kind == BallotKind.COMMENDATION) {
            BallotRules rules = rules(meeting.getBloc().getProvince().getId(), meeting.getYear());
            int members = blocs.memberUnits(meeting.getBloc().getId(), meeting.getYear()).size();
            ballot.addSeat(Seat.PROVINCIAL_FLAG, rules.getFlagQuota());
            ballot.addSeat(Seat.CERTIFICATE_OF_MERIT, rules.certificateQuota(members));
        } else {
            ballot.addSeat(Seat.LEADER, 1);
            ballot.addSeat(Seat.DEPUTY, 1);
        }
        em.persist(ballot);
        em.flush();
        audit.record("Ballot", ballot.getId(), "CREATE", kind + " | " + mode + " | " + ballot.getTitle());
        return ballot;
    }

    /** Sets the candidates of one seat kind (member units of the year, with their rank on score). */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot setCandidates(@NotNull Long ballotId, @NotNull Seat seat, @NotNull List<Long> unitIds) {
        Ballot ballot = keep(ballotId);
        List<Unit> members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear());
        Map<Long, ScoreTable.Row> ranking = scoring.ranking(ballot.getBloc().getId(), ballot.getYear()).stream()
                .collect(Collectors.toMap(ScoreTable.Row::unitId, r -> r));
        boolean scored = ranking.values().stream().anyMatch(r -> r.total().signum() > 0);
        List<Unit> chosen = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(unitIds)) {
            Unit unit = members.stream().filter(u -> u.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("error.covenant.notMember"));
            chosen.add(unit);
            ScoreTable.Row row = ranking.get(id);
            ranks.add(scored && row != null ? row.rank() : null);
            scores.add(scored && row != null ? row.total() : null);
        }
        ballot.candidates(seat, chosen, ranks, scores);
        em.flush();
        audit.record("Ballot", ballot.getId(), "CANDIDATES", seat + " | "
                + chosen.stream().map(Unit::getCode).collect(Collectors.joining(",")));
        return ballot;
    }

    /** Records the member units present at the conference; before the ballot opens. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot recordPresence(@NotNull Long ballotId, @NotNull List<Long> unitIds) {
        Ballot ballot = keep(ballotId);
        ballot.requireStatus(BallotStatus.DRAFT);
        Set<Long> members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()).stream()
                .map(Unit::getId).collect(Collectors.toSet());
        Set<Long> present = new java.util.LinkedHashSet<>(unitIds);
        if (!members.containsAll(present)) {
            throw new InvalidInputException("error.covenant.notMember");
        }
        em.createNativeQuery("DELETE FROM ballot_presence WHERE ballot_id = ?").setParameter(1, ballotId).executeUpdate();
        for (Long unitId : present) {
            em.createNativeQuery("INSERT INTO ballot_presence (ballot_id, unit_id) VALUES (?, ?)")
                    .setParameter(1, ballotId).setParameter(2, unitId).executeUpdate();
        }
        audit.record("Ballot", ballotId, "PRESENCE", present.size() + " of " + members.size() + " members present");
        return ballot;
    }

    /** Opens the ballot: rules frozen, refused without quorum. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot openBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        int members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()).size();
        BallotRules rules = rules(ballot.getBloc().getProvince().getId(), ballot.getYear());
        ballot.open(members, presentIds(ballotId).size(), rules);
        em.flush();
        audit.record("Ballot", ballotId, "OPEN", "present " + presentIds(ballotId).size() + "/" + members
                + " | rules frozen: " + rules.getThresholdMode() + " " + rules.getThresholdPercent() + "%");
        LOG.info(() -> "Ballot " + ballotId + " opened");
        return ballot;
    }

    // ---- voting ----

    /**
     * Casts the unit's one ballot: {@code choices} maps each seat kind to the candidates
     * marked "yes" (at most the seat's quota; none is a blank ballot). The caller must
     * represent the unit, which must be present. A second ballot of the same unit, from
     * any device, gets {@link AlreadyVotedException}; nothing about the choice is logged.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public CastReceipt castVote(@NotNull Long ballotId, @NotNull Long unitId, @NotNull Map<Seat, List<Long>> choices) {
        Ballot ballot = em.find(Ballot.class, ballotId, LockModeType.PESSIMISTIC_READ);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        if (!access.callerRepresentsMember(ballot.getBloc().getId(), ballot.getYear(), unitId)) {
            throw new AccessDeniedException();
        }
        Unit unit = units.unit(unitId);
        if (ballot.getVotingMode() != VotingMode.ELECTRONIC) {
            throw new InvalidInputException("error.ballot.paperOnly");
        }
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new InvalidInputException("error.ballot.notOpen", ballot.getTitle());
        }
        if (!isRow("SELECT COUNT(*) FROM ballot_presence WHERE ballot_id = ? AND unit_id = ?", ballotId, unitId)) {
            throw new InvalidInputException("error.ballot.notPresent", unit.getName());
        }
        List<Long> marked = validChoices(ballot, choices);
        if (isRow("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ? AND unit_id = ?", ballotId, unitId)) {
            throw new AlreadyVotedException(unit.getName());
        }
        String receipt = newReceipt();
        String castId = UUID.randomUUID().toString();
        try {
            em.createNativeQuery("INSERT INTO ballot_participation (ballot_id, unit_id) VALUES (?, ?)")
                    .setParameter(1, ballotId).setParameter(2, unitId).executeUpdate();
        } catch (PersistenceException e) {
            // the other device's ballot for this unit won the race on the primary key
            throw new AlreadyVotedException(unit.getName());
        }
        em.createNativeQuery("INSERT INTO cast_ballot (id, ballot_id, receipt_hash) VALUES (?, ?, ?)")
                .setParameter(1, castId).setParameter(2, ballotId).setParameter(3, receiptHash(receipt)).executeUpdate();
        for (Long candidateId : marked) {
            em.createNativeQuery("INSERT INTO cast_choice (cast_id, candidate_id) VALUES (?, ?)")
                    .setParameter(1, castId).setParameter(2, candidateId).executeUpdate();
        }
        audit.record("Ballot", ballotId, "VOTED", unit.getCode() + " voted");
        return new CastReceipt(receipt);
    }

    /** Closes electronic voting. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot closeBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        em.lock(ballot, LockModeType.PESSIMISTIC_WRITE);
        ballot.close();
        em.flush();
        audit.record("Ballot", ballotId, "CLOSE", ballotsCast(ballotId) + " ballots cast");
        return ballot;
    }

    /**
     * Paper voting: the leader enters ballots issued, returned and invalid, and the votes
     * per candidate from the paper ballots; the counts must add up.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot enterPaperCounts(@NotNull Long ballotId, int issued, int returned, int invalid,
                                   @NotNull Map<Long, Integer> votesByCandidate) {
        Ballot ballot = keep(ballotId);
        ballot.paperCounts(presentIds(ballotId).size(), issued, returned, invalid);
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
        return ballot;
    }

    // ---- counting ----

    /**
     * Counts a closed ballot by its frozen rules and stores each candidate's result. A tie
     * at a quota line that goes to a run-off creates the run-off ballot (a draft with the
     * tied candidates and the same members present).
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot countBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        ballot.requireStatus(BallotStatus.CLOSED);
        Map<Long, Integer> votes = ballot.getVotingMode() == VotingMode.PAPER ? paperVotes(ballot) : electronicVotes(ballotId);
        int present = presentIds(ballotId).size();
        BallotCount.Tally tally = BallotCount.count(frozenRules(ballot), present, seatCounts(ballot, votes));
        Map<Long, BallotCount.Result> byCandidate = tally.results().stream()
                .collect(Collectors.toMap(BallotCount.Result::candidateId, r -> r));
        for (BallotSeat seat : ballot.getSeats()) {
            for (BallotCandidate c : seat.getCandidates()) {
                BallotCount.Result r = byCandidate.get(c.getId());
                c.result(r.votes(), r.passed(), r.elected(), r.outcome().name());
            }
        }
        int blank = ballot.getVotingMode() == VotingMode.PAPER ? 0 : blankBallots(ballotId);
        ballot.counted(blank);
        em.flush();
        audit.record("Ballot", ballotId, "COUNT", tally.results().stream()
                .map(r -> r.seat() + ":" + r.unitId() + "=" + r.votes() + (r.elected() ? "*" : ""))
                .collect(Collectors.joining(", ")));
        if (!tally.runoffs().isEmpty()) {
            createRunoff(ballot, tally.runoffs());
        }
        return ballot;
    }

    /**
     * Confirms a counted ballot: a leadership ballot makes its winners next year's leader
     * and deputy; a commendation ballot creates the draft proposal of its nominees.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Ballot confirmBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        ballot.confirm();
        em.flush();
        Map<Seat, List<Unit>> elected = new LinkedHashMap<>();
        for (BallotSeat seat : ballot.getSeats()) {
            elected.put(seat.getSeat(), seat.getCandidates().stream().filter(c -> Boolean.TRUE.equals(c.getElected()))
                    .map(BallotCandidate::getUnit).toList());
        }
        if (ballot.getKind() == BallotKind.LEADERSHIP) {
            List<Unit> leader = elected.getOrDefault(Seat.LEADER, List.of());
            List<Unit> deputy = elected.getOrDefault(Seat.DEPUTY, List.of());
            if (leader.isEmpty()) {
                throw new InvalidInputException("error.ballot.noLeaderElected");
            }
            blocs.applyElectedLeadership(ballot.getBloc().getId(), ballot.getYear() + 1, leader.get(0).getId(),
                    deputy.isEmpty() ? null : deputy.get(0).getId());
        } else {
            Map<Unit, AwardKind> nominees = new LinkedHashMap<>();
            elected.getOrDefault(Seat.PROVINCIAL_FLAG, List.of()).forEach(u -> nominees.put(u, AwardKind.PROVINCIAL_FLAG));
            elected.getOrDefault(Seat.CERTIFICATE_OF_MERIT, List.of())
                    .forEach(u -> nominees.put(u, AwardKind.CERTIFICATE_OF_MERIT));
            proposals.createDraft(ballot.getBloc().getId(), ballot.getYear(), ballotId, nominees);
        }
        audit.record("Ballot", ballotId, "CONFIRM", ballot.getKind() + " confirmed");
        return ballot;
    }

    // ---- reading ----

    public List<Ballot> ballots(@NotNull Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireReadAccess(meeting.getBloc().getId(), meeting.getYear());
        List<Ballot> list = em.createQuery("SELECT b FROM Ballot b WHERE b.meeting.id = :m ORDER BY b.id", Ballot.class)
                .setParameter("m", meetingId).getResultList();
        list.forEach(b -> b.getSeats().forEach(s -> s.getCandidates().size()));
        return list;
    }

    public Ballot ballot(@NotNull Long ballotId) {
        Ballot ballot = find(ballotId);
        access.requireReadAccess(ballot.getBloc().getId(), ballot.getYear());
        ballot.getSeats().forEach(s -> s.getCandidates().size());
        return ballot;
    }

    /** Open electronic ballots where the caller's unit is present and has not voted yet. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<Ballot> myOpenBallots() {
        List<Ballot> open = em.createQuery("SELECT b FROM Ballot b WHERE b.status = :s AND b.votingMode = :m"
                + " ORDER BY b.id", Ballot.class)
                .setParameter("s", BallotStatus.OPEN).setParameter("m", VotingMode.ELECTRONIC).getResultList();
        List<Ballot> mine = new ArrayList<>();
        for (Ballot b : open) {
            access.callerMemberUnit(b.getBloc().getId(), b.getYear())
                    .filter(u -> presentIds(b.getId()).contains(u.getId()) && !hasVoted(b.getId(), u.getId()))
                    .ifPresent(u -> mine.add(b));
        }
        mine.forEach(b -> b.getSeats().forEach(s -> s.getCandidates().size()));
        return mine;
    }

    /** Live turnout (who has voted, never what) and the reconciliation of the count. */
    public Turnout turnout(@NotNull Long ballotId) {
        Ballot ballot = ballot(ballotId);
        List<Unit> members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear());
        Set<Long> present = presentIds(ballotId);
        Set<Long> voted = votedIds(ballotId);
        List<String> votedNames = members.stream().filter(u -> voted.contains(u.getId())).map(Unit::getName).sorted().toList();
        List<String> waiting = members.stream().filter(u -> present.contains(u.getId()) && !voted.contains(u.getId()))
                .map(Unit::getName).sorted().toList();
        if (ballot.getVotingMode() == VotingMode.PAPER) {
            int returned = ballot.getPaperReturned() == null ? 0 : ballot.getPaperReturned();
            int invalid = ballot.getPaperInvalid() == null ? 0 : ballot.getPaperInvalid();
            return new Turnout(members.size(), present.size(), returned, returned - invalid, 0, invalid, votedNames, waiting);
        }
        int cast = ballotsCast(ballotId);
        int blank = ballot.getBlankBallots() == null ? blankBallots(ballotId) : ballot.getBlankBallots();
        return new Turnout(members.size(), present.size(), cast, cast, blank, 0, votedNames, waiting);
    }

    /** After the count: the hashes of every counted receipt, in sorted order (never beside choices). */
    public List<String> publishedReceipts(@NotNull Long ballotId) {
        Ballot ballot = ballot(ballotId);
        if (ballot.getStatus() != BallotStatus.COUNTED && ballot.getStatus() != BallotStatus.CONFIRMED) {
            throw new InvalidInputException("error.ballot.notCounted");
        }
        return receiptHashes(ballotId);
    }

    /** Whether a voter's receipt code is among the counted ballots (only once counted). */
    public boolean checkReceipt(@NotNull Long ballotId, @NotNull String receipt) {
        return publishedReceipts(ballotId).contains(receiptHash(receipt.trim().toUpperCase(Locale.ROOT)));
    }

    /** The ballot-count minutes (biên bản kiểm phiếu) in the official layout. */
    public byte[] countMinutesPdf(@NotNull Long ballotId) {
        Ballot ballot = ballot(ballotId);
        if (ballot.getStatus() != BallotStatus.COUNTED && ballot.getStatus() != BallotStatus.CONFIRMED) {
            throw new InvalidInputException("error.ballot.notCounted");
        }
        Turnout t = turnout(ballotId);
        Meeting meeting = ballot.getMeeting();
        List<CountMinutes.Seat> seats = new ArrayList<>();
        for (BallotSeat seat : ballot.getSeats()) {
            seats.add(new CountMinutes.Seat(seat.getSeat().name(), seat.getQuota(), seat.getCandidates().stream()
                    .sorted(Comparator.comparing((BallotCandidate c) -> c.getVotes() == null ? 0 : c.getVotes()).reversed())
                    .map(c -> new CountMinutes.Candidate(c.getUnit().getName(), c.getVotes() == null ? 0 : c.getVotes(),
                            BallotCount.percent(c.getVotes(), t.present()), c.getOutcome()))
                    .toList()));
        }
        return documents.countMinutesPdf(new CountMinutes(
                new Header(ballot.getBloc().getProvince().getName(), ballot.getBloc().getName(), meeting.getHeldOn()),
                ballot.getTitle(), ballot.getVotingMode() == VotingMode.PAPER, t.entitled(), t.present(),
                ballot.getThresholdMode() == ThresholdMode.MORE_THAN, ballot.getThresholdPercent(),
                ballot.getPaperIssued(), ballot.getPaperReturned(), t.cast(), t.valid(), t.blank(), t.invalid(), seats,
                meeting.getSecretary(), meeting.getChair()));
    }

    // ---- internals ----

    private Ballot keep(Long ballotId) {
        Ballot ballot = find(ballotId);
        access.requireKeeper(ballot.getBloc().getId(), ballot.getYear());
        return ballot;
    }

    private Ballot find(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        return ballot;
    }

    private List<Long> validChoices(Ballot ballot, Map<Seat, List<Long>> choices) {
        List<Long> marked = new ArrayList<>();
        for (Map.Entry<Seat, List<Long>> entry : choices.entrySet()) {
            BallotSeat seat = ballot.seat(entry.getKey());
            Set<Long> ids = new HashSet<>(entry.getValue());
            if (ids.size() != entry.getValue().size()) {
                throw new InvalidInputException("error.ballot.duplicateMark");
            }
            if (ids.size() > seat.getQuota()) {
                throw new InvalidInputException("error.ballot.tooManyMarks", documents.text("seat." + seat.getSeat().name()), seat.getQuota());
            }
            Set<Long> allowed = seat.getCandidates().stream().map(BallotCandidate::getId).collect(Collectors.toSet());
            if (!allowed.containsAll(ids)) {
                throw new InvalidInputException("error.ballot.notACandidate");
            }
            marked.addAll(ids);
        }
        return marked;
    }

    private BallotCount.Rules frozenRules(Ballot ballot) {
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

    private Map<Long, Integer> electronicVotes(Long ballotId) {
        Map<Long, Integer> votes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ch.candidate_id, COUNT(*) FROM cast_choice ch"
                + " JOIN cast_ballot cb ON cb.id = ch.cast_id WHERE cb.ballot_id = ? GROUP BY ch.candidate_id")
                .setParameter(1, ballotId).getResultList();
        for (Object[] row : rows) {
            votes.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return votes;
    }

    private int ballotsCast(Long ballotId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?")
                .setParameter(1, ballotId).getSingleResult()).intValue();
    }

    private int blankBallots(Long ballotId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cast_ballot cb WHERE cb.ballot_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM cast_choice ch WHERE ch.cast_id = cb.id)").setParameter(1, ballotId)
                .getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> receiptHashes(Long ballotId) {
        return em.createNativeQuery("SELECT receipt_hash FROM cast_ballot WHERE ballot_id = ? ORDER BY receipt_hash")
                .setParameter(1, ballotId).getResultList();
    }

    private Set<Long> presentIds(Long ballotId) {
        return ids("SELECT unit_id FROM ballot_presence WHERE ballot_id = ?", ballotId);
    }

    private Set<Long> votedIds(Long ballotId) {
        return ids("SELECT unit_id FROM ballot_participation WHERE ballot_id = ?", ballotId);
    }

    private boolean hasVoted(Long ballotId, Long unitId) {
        return votedIds(ballotId).contains(unitId);
    }

    private boolean isRow(String countSql, Long ballotId, Long unitId) {
        return ((Number) em.createNativeQuery(countSql).setParameter(1, ballotId).setParameter(2, unitId)
                .getSingleResult()).longValue() > 0;
    }

    private Set<Long> ids(String sql, Long ballotId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, ballotId).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private void createRunoff(Ballot ballot, Map<Seat, List<Long>> tied) {
        Ballot runoff = new Ballot(ballot.getMeeting(), ballot.getKind(), ballot.getVotingMode(),
                documents.text("ballot.runoffTitle", ballot.getTitle()), ballot);
        for (Map.Entry<Seat, List<Long>> entry : tied.entrySet()) {
            BallotSeat seat = ballot.seat(entry.getKey());
            int electedAlready = (int) seat.getCandidates().stream().filter(c -> Boolean.TRUE.equals(c.getElected())).count();
            runoff.addSeat(entry.getKey(), seat.getQuota() - electedAlready);
            List<BallotCandidate> candidates = seat.getCandidates().stream()
                    .filter(c -> entry.getValue().contains(c.getId())).toList();
            runoff.candidates(entry.getKey(), candidates.stream().map(BallotCandidate::getUnit).toList(),
                    candidates.stream().map(BallotCandidate::getScoreRank).toList(),
                    candidates.stream().map(BallotCandidate::getScore).toList());
        }
        em.persist(runoff);
        em.flush();
        for (Long unitId : presentIds(ballot.getId())) {
            em.createNativeQuery("INSERT INTO ballot_presence (ballot_id, unit_id) VALUES (?, ?)")
                    .setParameter(1, runoff.getId()).setParameter(2, unitId).executeUpdate();
        }
        audit.record("Ballot", runoff.getId(), "RUNOFF_CREATED", "run-off of ballot " + ballot.getId() + " | " + tied);
    }

    private static String newReceipt() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String receiptHash(String receipt) {
        return FileRules.sha256(receipt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
