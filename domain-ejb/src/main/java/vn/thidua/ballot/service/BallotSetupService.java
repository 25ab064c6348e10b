package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotRules;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.ballot.internal.ElectionCrypto;
import vn.thidua.ballot.internal.ElectionTables;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.StorableInput;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * A ballot up to its opening: the province's rules (set by the Board), then, by the
 * leader or deputy of the bloc's year (or a Board specialist entering a paper ballot),
 * the draft ballot with its seats and quotas, the candidates, the members present, and
 * the opening, which freezes the rules, is refused without quorum, and for an electronic
 * ballot deals the key to the counting committee ({@link CommitteeService} records its
 * members).
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class BallotSetupService {

    private static final Logger LOG = Logger.getLogger(BallotSetupService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProvinceSettingsService settings;

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
    private AuditService audit;

    @Inject
    private DatabaseLogging databaseLogging;

    private CastTables tables;
    private ElectionTables elections;

    @PostConstruct
    void init() {
        tables = new CastTables(em);
        elections = new ElectionTables(em);
    }

    // ---- rules ----

    /** The province's rules for a year, or the defaults when the Board has set none (the rules form). */
    public BallotRules rules(@NotNull Long provinceId, int year) {
        return em.createNamedQuery(BallotRules.OF_PROVINCE_YEAR, BallotRules.class)
                .setParameter("province", provinceId).setParameter("year", year).getResultList().stream().findFirst()
                .orElseGet(() -> new BallotRules(units.province(provinceId), year));
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public BallotRules saveRules(@NotNull Long provinceId, int year, int quorumNumerator, int quorumDenominator,
                                 int thresholdPercent, @NotNull ThresholdMode mode, int flagQuota,
                                 int certificatePercent, boolean flagNeedsFirst, @NotNull TieResolution tie,
                                 int committeeThreshold, int committeeSize, int minElectronicBallots) {
        BallotRules rules = rules(provinceId, year);
        rules.change(quorumNumerator, quorumDenominator, thresholdPercent, mode, flagQuota, certificatePercent,
                flagNeedsFirst, tie, committeeThreshold, committeeSize, minElectronicBallots);
        if (rules.getId() == null) {
            em.persist(rules);
        }
        em.flush();
        audit.record("BallotRules", rules.getId(), "SAVE", year + " | quorum " + quorumNumerator + "/" + quorumDenominator
                + " | " + mode + " " + thresholdPercent + "% | flag " + flagQuota + " | certificates " + certificatePercent
                + "% | flag first " + flagNeedsFirst + " | " + tie + " | committee " + committeeThreshold + " of "
                + committeeSize + " | electronic ballots counted from " + minElectronicBallots);
        return rules;
    }

    // ---- preparing ----

    /** A new draft ballot at a conference, with the seat kinds and quotas of the rules; its id. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Long createBallot(@NotNull Long meetingId, @NotNull BallotKind kind, @NotNull VotingMode mode,
                             @NotNull @Size(max = 300, message = "{ballot.title.size}") @StorableInput String title) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireKeeper(meeting.getBloc().getId(), meeting.getYear());
        Ballot ballot = new Ballot(meeting, kind, mode, title.trim(), null);
        if (kind == BallotKind.COMMENDATION) {
            BallotRules rules = rules(meeting.getBloc().provinceIn(meeting.getYear()).getId(), meeting.getYear());
            int members = blocs.memberUnits(meeting.getBloc().getId(), meeting.getYear()).size();
            ballot.addSeat(Seat.PROVINCIAL_FLAG, rules.getFlagQuota());
            ballot.addSeat(Seat.CERTIFICATE_OF_MERIT, settings.certificateQuota(meeting.getBloc().provinceIn(meeting.getYear()).getId(),
                    meeting.getYear(), members, rules.getCertificatePercent()));
        } else {
            ballot.addSeat(Seat.LEADER, 1);
            ballot.addSeat(Seat.DEPUTY, 1);
        }
        em.persist(ballot);
        em.flush();
        audit.record("Ballot", ballot.getId(), "CREATE", kind + " | " + mode + " | " + ballot.getTitle());
        return ballot.getId();
    }

    /** Sets the candidates of one seat kind (member units of the year, with their rank on score). */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void setCandidates(@NotNull Long ballotId, @NotNull Seat seat, @NotNull List<Long> unitIds) {
        Ballot ballot = keep(ballotId);
        List<Unit> members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear());
        Map<Long, ScoreTable.Row> ranking = scoring.ranking(ballot.getBloc().getId(), ballot.getYear()).stream()
                .collect(Collectors.toMap(ScoreTable.Row::unitId, r -> r));
        boolean scored = ranking.values().stream().anyMatch(r -> r.total().signum() > 0);
        List<Unit> chosen = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(unitIds)) {
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
    }

    /** Records the member units present at the conference; before the ballot opens. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void recordPresence(@NotNull Long ballotId, @NotNull List<Long> unitIds) {
        Ballot ballot = keep(ballotId);
        ballot.requireStatus(BallotStatus.DRAFT);
        Set<Long> members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()).stream()
                .map(Unit::getId).collect(Collectors.toSet());
        Set<Long> present = new LinkedHashSet<>(unitIds);
        if (!members.containsAll(present)) {
            throw new InvalidInputException("error.covenant.notMember");
        }
        tables.replacePresence(ballotId, present);
        audit.record("Ballot", ballotId, "PRESENCE", present.size() + " of " + members.size() + " members present");
    }

    /**
     * Records the counting committee (ban kiểm phiếu) that the count minutes name and that
     * signs them, head first; until the result is confirmed.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void recordCountingCommittee(@NotNull Long ballotId,
                                        @NotNull @Size(max = Ballot.COMMITTEE_MAX, message = "{ballot.committee.size}")
                                        @StorableInput List<String> members) {
        Ballot ballot = keep(ballotId);
        ballot.countingCommittee(members);
        em.flush();
        audit.record("Ballot", ballotId, "COUNTING_COMMITTEE", String.join(", ", ballot.countingCommitteeMembers()));
    }

    /**
     * Opens the ballot: rules frozen, refused without quorum. An electronic ballot needs its
     * counting committee of the rules' n members: a key is dealt k of n, its public side
     * stored (public key, commitments, each member's verification key) and each member's
     * share returned in the answer, once; the portal keeps no share and no private key.
     * The database's logging settings are read and logged (they record participation and
     * ciphertexts only).
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public OpenedBallot openBallot(@NotNull Long ballotId) {
        Ballot ballot = keep(ballotId);
        int members = blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()).size();
        BallotRules rules = rules(ballot.getBloc().provinceIn(ballot.getYear()).getId(), ballot.getYear());
        int present = tables.presentIds(ballotId).size();
        List<ElectionTables.Member> committee = elections.committee(ballotId);
        ballot.open(members, present, rules, committee.size());
        em.flush();
        audit.record("Ballot", ballotId, "OPEN", "present " + present + "/" + members
                + " | rules frozen: " + rules.getThresholdMode() + " " + rules.getThresholdPercent() + "%"
                + (ballot.getVotingMode() == VotingMode.ELECTRONIC ? " | key dealt to the counting committee, "
                + rules.getCommitteeThreshold() + " of " + committee.size() + " shares to count" : ""));
        if (ballot.getVotingMode() != VotingMode.ELECTRONIC) {
            LOG.info(() -> "Ballot " + ballotId + " opened");
            return new OpenedBallot(ballotId, 0, List.of(), null);
        }
        ThresholdKey.Dealing dealing = ElectionCrypto.deal(rules.getCommitteeThreshold(), committee.size());
        ThresholdKey key = dealing.key();
        elections.saveElection(ballotId, ElectionCrypto.newElectionId(ballotId), key.threshold(),
                Group.encode(key.publicKey()), ElectionCrypto.points(key.commitments()));
        List<CommitteeShare> shares = new ArrayList<>();
        for (ElectionTables.Member member : committee) {
            elections.setVerificationKey(ballotId, member.holder(), Group.encode(key.verificationKey(member.holder())));
            shares.add(new CommitteeShare(member.holder(), member.name(),
                    dealing.shares().get(member.holder() - 1).toText()));
        }
        DatabaseLogging.Settings database = databaseLogging.settings();
        LOG.info(() -> "Ballot " + ballotId + " opened electronically, key dealt " + key.threshold() + " of "
                + key.holders() + "; database: " + database.describe());
        return new OpenedBallot(ballotId, key.threshold(), shares, database);
    }

    private Ballot keep(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        access.requireKeeper(ballot.getBloc().getId(), ballot.getYear());
        return ballot;
    }
}
