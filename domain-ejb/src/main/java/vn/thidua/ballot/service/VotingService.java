package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.BallotReader;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.ballot.internal.DuplicateKeys;
import vn.thidua.ballot.internal.ElectionCrypto;
import vn.thidua.ballot.internal.ElectionTables;
import vn.thidua.ballot.internal.Marks;
import vn.thidua.ballot.internal.Receipts;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.DocumentService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * Electronic voting: each present member unit casts one encrypted ballot through one
 * representative and keeps its tracker as receipt; everyone who may read the bloc's year
 * sees the live turnout (who voted and how many, never what) and, after the count, may
 * check a receipt among the published trackers ({@link BulletinBoardService} publishes the
 * encrypted ballots and the election record).
 *
 * <p>A choice is stored only as an {@link EncryptedBallot} (ciphertexts with their 0/1
 * and quota proofs), built here from the voter's choices or sent encrypted by a client,
 * and accepted only once every proof holds and no ciphertext was seen before. A cast
 * writes the participation row (unit and account) and the anonymous cast ballot in one
 * transaction; the two share nothing that joins them, the cast's key is random, and
 * nothing about the choice is logged, audited or kept.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class VotingService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocAccess access;

    @Inject
    private BlocService blocs;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    private CastTables tables;
    private ElectionTables elections;
    private BallotReader reader;

    @PostConstruct
    void init() {
        tables = new CastTables(em);
        elections = new ElectionTables(em);
        reader = new BallotReader(em, tables);
    }

    /**
     * Casts the unit's one ballot, encrypted here: {@code choices} maps each seat kind to
     * the candidates marked "yes" (at most the seat's quota; none is a blank ballot).
     * {@code unitId} may be null; otherwise it must be the caller's own unit or the unit
     * they vote for, never a way to a predecessor's ballot. One account casts at most one
     * ballot, and a unit with its predecessors one in all ({@link AlreadyVotedException}).
     * The answer is the tracker, the voter's receipt.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public CastReceipt castVote(@NotNull Long ballotId, Long unitId, @NotNull Map<Seat, List<Long>> choices) {
        Ballot ballot = openForVoting(ballotId);
        Unit unit = voter(ballot, unitId);
        List<Object[]> markable = markable(ballotId);
        Marks.validate(Marks.rules(markable), choices, seat -> documents.text("seat." + seat.name()));
        ElectionTables.Election election = election(ballotId);
        ECPoint publicKey = Group.decode(election.publicKey());
        ElectionCrypto.Layout layout = ElectionCrypto.layout(markable);
        EncryptedBallot encrypted = ElectionCrypto.encrypt(publicKey, election.electionId(), layout, choices);
        return accept(ballot, unit, election, publicKey, layout, encrypted);
    }

    /**
     * Casts a ballot the client encrypted itself: the canonical JSON of an encrypted ballot
     * for this ballot's election ({@link #electionParameters}). Refused with nothing stored
     * when malformed, of another election, when a mark is not 0 or 1, when a seat has more
     * marks than its quota, or when a ciphertext was cast before.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public CastReceipt castEncryptedVote(@NotNull Long ballotId, Long unitId, @NotNull String ballotJson) {
        Ballot ballot = openForVoting(ballotId);
        Unit unit = voter(ballot, unitId);
        EncryptedBallot encrypted = ElectionCrypto.parse(ballotJson);
        ElectionTables.Election election = election(ballotId);
        return accept(ballot, unit, election, Group.decode(election.publicKey()),
                ElectionCrypto.layout(markable(ballotId)), encrypted);
    }

    /** Open electronic ballots where the caller's unit (or a unit it succeeded) is present and has not voted. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<BallotView> myOpenBallots() {
        List<Object[]> open = em.createNamedQuery(Ballot.OPEN_FOR_VOTING, Object[].class)
                .setParameter("status", BallotStatus.OPEN).setParameter("mode", VotingMode.ELECTRONIC).getResultList();
        Set<Long> lineage = access.callerUnitLineage();
        String account = context.getCallerPrincipal().getName();
        List<Long> mine = new ArrayList<>();
        for (Object[] b : open) {
            Long ballotId = (Long) b[0];
            if (presentUnit(ballotId, lineage).isPresent() && !tables.anyVoted(ballotId, lineage)
                    && !tables.accountVoted(ballotId, account)) {
                mine.add(ballotId);
            }
        }
        return reader.byIds(mine);
    }

    /** Live turnout: who has voted and how many, never what; the reconciliation once counted. */
    public Turnout turnout(@NotNull Long ballotId) {
        Ballot ballot = readable(ballotId);
        return tables.turnout(ballot, blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()));
    }

    /** After the count: the trackers of every counted ballot, sorted (never beside a unit). */
    public List<String> publishedReceipts(@NotNull Long ballotId) {
        counted(readable(ballotId));
        return tables.trackers(ballotId);
    }

    /** Whether a voter's receipt (the tracker) is among the counted ballots (only once counted). */
    public boolean checkReceipt(@NotNull Long ballotId, @NotNull String receipt) {
        List<String> published = publishedReceipts(ballotId);
        String typed = receipt.strip().toLowerCase(Locale.ROOT);
        return published.contains(typed) || published.contains(Receipts.hashTyped(receipt));
    }

    // ---- internals ----

    /** Verifies the ballot, refuses copies, then writes participation and the anonymous cast. */
    private CastReceipt accept(Ballot ballot, Unit unit, ElectionTables.Election election, ECPoint publicKey,
                               ElectionCrypto.Layout layout, EncryptedBallot encrypted) {
        Long ballotId = ballot.getId();
        ElectionCrypto.requireValid(encrypted, publicKey, election.electionId(), layout);
        String tracker = encrypted.tracker();
        List<String> alphas = ElectionCrypto.alphas(encrypted);
        if (tables.seenBefore(tracker, alphas)) {
            throw new InvalidInputException("error.ballot.replayed");
        }
        try {
            tables.recordParticipation(ballotId, unit.getId(), context.getCallerPrincipal().getName());
        } catch (PersistenceException e) {
            if (!DuplicateKeys.isDuplicate(e)) {
                throw e; // e.g. the database went away: not a second vote
            }
            // another device of this unit or this account won the race on a unique key
            throw new AlreadyVotedException(unit.getName());
        }
        try {
            tables.storeCast(UUID.randomUUID().toString(), ballotId, tracker, encrypted.canonicalJson());
            tables.registerCiphertexts(ballotId, alphas);
        } catch (PersistenceException e) {
            if (!DuplicateKeys.isDuplicate(e)) {
                throw e;
            }
            // the same ciphertext cast at the same moment in another request
            throw new InvalidInputException("error.ballot.replayed");
        }
        audit.record("Ballot", ballotId, "VOTED", unit.getCode() + " voted");
        return new CastReceipt(tracker);
    }

    /** The ballot under a shared lock (closing waits for casts in progress), if open and electronic. */
    private Ballot openForVoting(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId, LockModeType.PESSIMISTIC_READ);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        // members of the ballot's bloc only, before anything about the ballot is told
        access.requireReadAccess(ballot.getBloc().getId(), ballot.getYear());
        if (ballot.getVotingMode() != VotingMode.ELECTRONIC) {
            throw new InvalidInputException("error.ballot.paperOnly");
        }
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new InvalidInputException("error.ballot.notOpen", ballot.getTitle());
        }
        return ballot;
    }

    /**
     * The unit the caller votes for: the one unit of their lineage (their current unit, or
     * a unit it succeeded) recorded present, the current unit first, else the lowest id;
     * refused when any unit of the lineage or this account has voted already, so a merger
     * during the ballot adds no ballot. {@code unitId}, when given, must be the caller's
     * current unit or that unit.
     */
    private Unit voter(Ballot ballot, Long unitId) {
        Set<Long> lineage = access.callerUnitLineage();
        Optional<Long> present = presentUnit(ballot.getId(), lineage);
        if (present.isEmpty()) {
            Unit member = access.callerMemberUnit(ballot.getBloc().getId(), ballot.getYear())
                    .orElseThrow(AccessDeniedException::new);
            throw new InvalidInputException("error.ballot.notPresent", member.getName());
        }
        Long current = lineage.iterator().next();
        if (unitId != null && !unitId.equals(present.get()) && !unitId.equals(current)) {
            throw new AccessDeniedException();
        }
        Unit unit = units.unit(present.get());
        if (tables.anyVoted(ballot.getId(), lineage)
                || tables.accountVoted(ballot.getId(), context.getCallerPrincipal().getName())) {
            throw new AlreadyVotedException(unit.getName());
        }
        return unit;
    }

    /** The unit of a lineage (current unit first) that is present at the ballot: the current one, else the lowest id. */
    private Optional<Long> presentUnit(Long ballotId, Set<Long> lineage) {
        if (lineage.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> present = tables.presentIds(ballotId);
        Long current = lineage.iterator().next();
        if (present.contains(current)) {
            return Optional.of(current);
        }
        return lineage.stream().filter(present::contains).min(Long::compare);
    }

    private ElectionTables.Election election(Long ballotId) {
        return elections.election(ballotId).orElseThrow(() -> new InvalidInputException("error.ballot.noKey"));
    }

    private List<Object[]> markable(Long ballotId) {
        return em.createNamedQuery(BallotSeat.MARKABLE, Object[].class).setParameter("ballot", ballotId)
                .getResultList();
    }

    private static Ballot counted(Ballot ballot) {
        if (!BulletinBoardService.isCounted(ballot)) {
            throw new InvalidInputException("error.ballot.notCounted");
        }
        return ballot;
    }

    private Ballot readable(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        access.requireReadAccess(ballot.getBloc().getId(), ballot.getYear());
        return ballot;
    }
}
