package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.BallotReader;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.ballot.internal.Marks;
import vn.thidua.ballot.internal.Receipts;
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
 * Electronic voting: each present member unit casts one ballot through its
 * representative and keeps a receipt code; everyone who may read the bloc's year sees
 * the live turnout (who voted, never what) and, after the count, the published receipt
 * hashes.
 *
 * <p>A cast writes the participation row and the anonymous cast ballot with its choices
 * in one transaction (so a unit votes exactly once); the two share nothing that joins
 * them, the cast's key is random, and nothing about the choice is logged or audited.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class VotingService {

    @PersistenceContext
    private EntityManager em;

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
    private BallotReader reader;

    @PostConstruct
    void init() {
        tables = new CastTables(em);
        reader = new BallotReader(em, tables);
    }

    /**
     * Casts the unit's one ballot: {@code choices} maps each seat kind to the candidates
     * marked "yes" (at most the seat's quota; none is a blank ballot). {@code unitId} is
     * the unit the caller votes for, or null for the caller's own member unit of the
     * bloc's year; the caller must represent it and it must be present. A second ballot
     * of the same unit, from any device, gets {@link AlreadyVotedException}. One trip:
     * the ballot is read once under a shared lock (closing waits for it), the voter's
     * unit resolved once, and the casts written in two statements beside the
     * participation row.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public CastReceipt castVote(@NotNull Long ballotId, Long unitId, @NotNull Map<Seat, List<Long>> choices) {
        Ballot ballot = em.find(Ballot.class, ballotId, LockModeType.PESSIMISTIC_READ);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        Unit unit = voter(ballot, unitId);
        if (ballot.getVotingMode() != VotingMode.ELECTRONIC) {
            throw new InvalidInputException("error.ballot.paperOnly");
        }
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new InvalidInputException("error.ballot.notOpen", ballot.getTitle());
        }
        if (!tables.isPresent(ballotId, unit.getId())) {
            throw new InvalidInputException("error.ballot.notPresent", unit.getName());
        }
        List<Long> marked = Marks.validate(Marks.rules(em.createNamedQuery(BallotSeat.MARKABLE, Object[].class)
                        .setParameter("ballot", ballotId).getResultList()), choices,
                seat -> documents.text("seat." + seat.name()));
        if (tables.hasVoted(ballotId, unit.getId())) {
            throw new AlreadyVotedException(unit.getName());
        }
        String receipt = Receipts.newCode();
        try {
            tables.recordParticipation(ballotId, unit.getId());
        } catch (PersistenceException e) {
            // the other device's ballot for this unit won the race on the primary key
            throw new AlreadyVotedException(unit.getName());
        }
        tables.storeCast(UUID.randomUUID().toString(), ballotId, Receipts.hash(receipt), marked);
        audit.record("Ballot", ballotId, "VOTED", unit.getCode() + " voted");
        return new CastReceipt(receipt);
    }

    /** Open electronic ballots where the caller's unit is present and has not voted yet. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<BallotView> myOpenBallots() {
        List<Object[]> open = em.createNamedQuery(Ballot.OPEN_FOR_VOTING, Object[].class)
                .setParameter("status", BallotStatus.OPEN).setParameter("mode", VotingMode.ELECTRONIC).getResultList();
        Map<String, Optional<Unit>> mineByBlocYear = new HashMap<>();
        List<Long> mine = new ArrayList<>();
        for (Object[] b : open) {
            Long ballotId = (Long) b[0];
            Long blocId = (Long) b[1];
            int year = ((Number) b[2]).intValue();
            mineByBlocYear.computeIfAbsent(blocId + "/" + year, k -> access.callerMemberUnit(blocId, year))
                    .filter(u -> tables.isPresent(ballotId, u.getId()) && !tables.hasVoted(ballotId, u.getId()))
                    .ifPresent(u -> mine.add(ballotId));
        }
        return reader.byIds(mine);
    }

    /** Live turnout (who has voted, never what) and the reconciliation of the count. */
    public Turnout turnout(@NotNull Long ballotId) {
        Ballot ballot = readable(ballotId);
        return tables.turnout(ballot, blocs.memberUnits(ballot.getBloc().getId(), ballot.getYear()));
    }

    /** After the count: the hashes of every counted receipt, in sorted order (never beside choices). */
    public List<String> publishedReceipts(@NotNull Long ballotId) {
        Ballot ballot = readable(ballotId);
        if (ballot.getStatus() != BallotStatus.COUNTED && ballot.getStatus() != BallotStatus.CONFIRMED) {
            throw new InvalidInputException("error.ballot.notCounted");
        }
        return tables.receiptHashes(ballotId);
    }

    /** Whether a voter's receipt code is among the counted ballots (only once counted). */
    public boolean checkReceipt(@NotNull Long ballotId, @NotNull String receipt) {
        return publishedReceipts(ballotId).contains(Receipts.hashTyped(receipt));
    }

    /**
     * The unit the caller votes for: their member unit of the bloc's year, resolved once;
     * a unit id other than that one only when the caller represents it too (another
     * record of their unit's lineage), else refused.
     */
    private Unit voter(Ballot ballot, Long unitId) {
        Long blocId = ballot.getBloc().getId();
        Optional<Unit> member = access.callerMemberUnit(blocId, ballot.getYear());
        if (unitId == null) {
            return member.orElseThrow(AccessDeniedException::new);
        }
        if (member.isPresent() && member.get().getId().equals(unitId)) {
            return member.get();
        }
        if (access.callerRepresentsMember(blocId, ballot.getYear(), unitId)) {
            return units.unit(unitId);
        }
        throw new AccessDeniedException();
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
