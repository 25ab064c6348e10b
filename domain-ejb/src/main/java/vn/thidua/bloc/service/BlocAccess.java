package vn.thidua.bloc.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.thidua.account.service.AccountService;
import vn.thidua.bloc.entity.Delegation;
import vn.thidua.bloc.entity.Leadership;
import vn.thidua.bloc.entity.LeadershipRole;
import vn.thidua.bloc.entity.Membership;
import vn.thidua.bloc.internal.CallerLineageCache;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.DelegationInUse;
import vn.thidua.shared.Roles;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * Who the caller is for a bloc in a year: a member (through their unit, or a unit record
 * it succeeded), the leader or deputy, a keeper of the year's data, or Board staff. Every
 * area that keeps data per bloc and year asks here, so the data-derived roles of the
 * domain (DOMAIN.md, "Roles") are decided in one place.
 */
@Stateless
@PermitAll
public class BlocAccess {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    @Inject
    private CallerLineageCache lineageCache;

    /** Whether the caller holds one of the Board's roles (they read every bloc). */
    public boolean isBoard() {
        return context.isCallerInRole(Roles.BOARD_SPECIALIST) || context.isCallerInRole(Roles.BOARD_LEADER);
    }

    /** The ids of the caller's unit and of every unit record it succeeded; empty for Board staff without a unit. */
    public Set<Long> callerUnitLineage() {
        return lineageCache.lineageOf(context.getCallerPrincipal().getName(), () -> {
            Set<Long> ids = new LinkedHashSet<>();
            accounts.callerUnitId().ifPresent(unitId -> ids.addAll(units.lineageIdsOf(unitId)));
            return ids;
        });
    }

    /**
     * The member unit through which the caller belongs to a bloc in a year (their unit,
     * or the record it succeeded), if any. Data-derived roles start here.
     */
    public Optional<Unit> callerMemberUnit(@NotNull Long blocId, int year) {
        Set<Long> mine = callerUnitLineage();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        List<Unit> found = em.createNamedQuery(Membership.MEMBER_UNITS_AMONG, Unit.class)
                .setParameter("bloc", blocId).setParameter("year", year).setParameter("units", mine)
                .getResultList();
        return found.stream().findFirst();
    }

    /**
     * Whether the caller represents {@code unitId} and that unit is a member of the bloc in
     * the year: the one check on the voting path, kept to small queries.
     */
    public boolean callerRepresentsMember(@NotNull Long blocId, int year, @NotNull Long unitId) {
        if (!callerUnitLineage().contains(unitId)) {
            return false;
        }
        return em.createNamedQuery(Membership.IS_MEMBER, Long.class)
                .setParameter("bloc", blocId).setParameter("year", year).setParameter("unit", unitId)
                .getSingleResult() > 0;
    }

    /** Whether the caller represents the bloc's leader or deputy unit of that year. */
    public boolean callerLeads(@NotNull Long blocId, int year) {
        Set<Long> mine = callerUnitLineage();
        return !mine.isEmpty() && em.createNamedQuery(Leadership.HOLDS_ROLE, Long.class)
                .setParameter("bloc", blocId).setParameter("year", year).setParameter("units", mine)
                .setParameter("roles", List.of(LeadershipRole.LEADER, LeadershipRole.DEPUTY))
                .getSingleResult() > 0;
    }

    /**
     * Whether the caller acts as the bloc's leader of that year: they represent the leader
     * unit, or the deputy unit while a delegation of the leader is in force today (issue 15,
     * item 4). In the second case the delegation is put into the transaction's resources
     * ({@link DelegationInUse}), so the audit entries and the step's own record name it.
     */
    public boolean callerIsLeader(@NotNull Long blocId, int year) {
        if (callerIsLeaderInPerson(blocId, year)) {
            return true;
        }
        Set<Long> mine = callerUnitLineage();
        if (mine.isEmpty()) {
            return false;
        }
        Optional<Delegation> delegation = em.createNamedQuery(Delegation.ACTIVE_ON, Delegation.class)
                .setParameter("bloc", blocId).setParameter("year", year).setParameter("day", LocalDate.now())
                .getResultList().stream().filter(d -> mine.contains(d.getDeputyUnit().getId())).findFirst();
        delegation.ifPresent(d -> transactions.putResource(DelegationInUse.KEY,
                new DelegationInUse(d.getId(), d.getDeputyUnit().getCode())));
        return delegation.isPresent();
    }

    /** Whether the caller represents the bloc's leader unit of that year itself (no delegation counts). */
    public boolean callerIsLeaderInPerson(@NotNull Long blocId, int year) {
        return callerHolds(blocId, year, LeadershipRole.LEADER);
    }

    /** Whether the caller represents the bloc's deputy unit of that year. */
    public boolean callerIsDeputy(@NotNull Long blocId, int year) {
        return callerHolds(blocId, year, LeadershipRole.DEPUTY);
    }

    /** Refuses the caller unless they act as the bloc's leader ({@link #callerIsLeader}). */
    public void requireLeader(@NotNull Long blocId, int year) {
        if (!callerIsLeader(blocId, year)) {
            throw new AccessDeniedException();
        }
    }

    /** The delegation the caller acts under in this transaction, if a leader check granted one. */
    public Optional<DelegationInUse> delegationInUse() {
        return Optional.ofNullable((DelegationInUse) transactions.getResource(DelegationInUse.KEY));
    }

    private boolean callerHolds(Long blocId, int year, LeadershipRole role) {
        Set<Long> mine = callerUnitLineage();
        return !mine.isEmpty() && em.createNamedQuery(Leadership.HOLDS_ROLE, Long.class)
                .setParameter("bloc", blocId).setParameter("year", year).setParameter("units", mine)
                .setParameter("roles", List.of(role))
                .getSingleResult() > 0;
    }

    /**
     * Refuses the caller unless they hold a Board role or represent the year's leader or
     * deputy unit, and refuses anyone whose own unit (or a unit record it succeeded) is
     * {@code unitId}: nobody reviews or awards points to their own unit. The leader's unit
     * is reviewed by the deputy or the Board, the deputy's by the leader or the Board.
     */
    public void requireScoreReviewer(@NotNull Long blocId, int year, @NotNull Long unitId) {
        if (!isBoard() && !callerLeads(blocId, year)) {
            throw new AccessDeniedException();
        }
        if (callerUnitLineage().contains(unitId)) {
            throw new SeparationOfDutiesException("error.score.ownUnit");
        }
    }

    /**
     * Refuses the caller unless they hold a Board role or their unit is a member of the
     * bloc that year: the read check of every area that keeps data per bloc and year.
     */
    public void requireReadAccess(@NotNull Long blocId, int year) {
        if (!isBoard() && callerMemberUnit(blocId, year).isEmpty()) {
            throw new AccessDeniedException();
        }
    }

    /**
     * {@link #requireReadAccess} for several blocs of one year at once, in one query: the
     * check of the home pages' sections, which read many blocs together.
     */
    public void requireReadAccessToAll(@NotNull Collection<Long> blocIds, int year) {
        if (isBoard() || blocIds.isEmpty()) {
            return;
        }
        Set<Long> mine = callerUnitLineage();
        Set<Long> asked = new HashSet<>(blocIds);
        if (mine.isEmpty() || em.createQuery("SELECT COUNT(DISTINCT m.bloc.id) FROM Membership m WHERE m.year = :year"
                        + " AND m.bloc.id IN :blocs AND m.unit.id IN :units", Long.class)
                .setParameter("year", year).setParameter("blocs", asked).setParameter("units", mine)
                .getSingleResult() < asked.size()) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Refuses the caller unless they represent the year's leader or deputy unit, or are a
     * Board specialist (who enters what a bloc decided on paper): the check of every
     * "leader keeps it" use case.
     */
    public void requireKeeper(@NotNull Long blocId, int year) {
        if (!context.isCallerInRole(Roles.BOARD_SPECIALIST) && !callerLeads(blocId, year)) {
            throw new AccessDeniedException();
        }
    }
}
