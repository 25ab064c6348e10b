package vn.thidua.bloc.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.entity.Delegation;
import vn.thidua.bloc.entity.Leadership;
import vn.thidua.bloc.entity.LeadershipRole;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.StorableInput;
import vn.thidua.unit.entity.Unit;

/**
 * The leader's delegation to the deputy for a period (issue 15, item 4): given and ended
 * early by the leader in person, read by whoever reads the bloc's year. While one is in force
 * {@link BlocAccess#callerIsLeader} lets the deputy act as leader and names the delegation on
 * the step; documents dated within it are signed "KT. KHỐI TRƯỞNG / KHỐI PHÓ".
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class DelegationService {

    private static final Logger LOG = Logger.getLogger(DelegationService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocAccess access;

    @Inject
    private BlocService blocs;

    @Inject
    private AuditService audit;

    /**
     * The leader gives the deputy its powers from {@code from} to {@code to} (both included)
     * for {@code reason}; refused without a deputy, for a period already over, reversed or
     * overlapping another delegation that is not ended.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public DelegationView delegate(@NotNull Long blocId, int year, @NotNull LocalDate from, @NotNull LocalDate to,
                                   @NotNull @Size(max = 1000, message = "{review.reason.size}") @StorableInput String reason) {
        if (!access.callerIsLeaderInPerson(blocId, year)) {
            throw new AccessDeniedException();
        }
        Bloc bloc = blocs.blocOf(blocId);
        Unit leader = unitIn(blocId, year, LeadershipRole.LEADER)
                .orElseThrow(AccessDeniedException::new);
        Unit deputy = unitIn(blocId, year, LeadershipRole.DEPUTY)
                .orElseThrow(() -> new InvalidInputException("error.delegation.noDeputy"));
        if (of(blocId, year).stream().anyMatch(d -> d.overlaps(from, to))) {
            throw new InvalidInputException("error.delegation.overlap");
        }
        LocalDateTime now = LocalDateTime.now();
        Delegation d = new Delegation(bloc, year, leader, deputy, from, to, reason, caller(), now, now.toLocalDate());
        em.persist(d);
        em.flush();
        audit.record("Delegation", d.getId(), "DELEGATE", bloc.getCode() + " " + year + " | " + leader.getCode()
                + " → " + deputy.getCode() + " | " + from + " – " + to + " | " + d.getReason());
        LOG.info(() -> "delegation " + d.getId() + " given in bloc " + blocId + " " + year);
        return view(d);
    }

    /** The leader ends a delegation before its last day; the deputy no longer acts as leader from now. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public DelegationView endDelegation(@NotNull Long delegationId) {
        Delegation d = em.find(Delegation.class, delegationId);
        if (d == null) {
            throw new NotFoundException("Delegation", delegationId);
        }
        if (!access.callerIsLeaderInPerson(d.getBloc().getId(), d.getYear())) {
            throw new AccessDeniedException();
        }
        d.end(caller(), LocalDateTime.now());
        em.flush();
        audit.record("Delegation", d.getId(), "END_DELEGATION", d.getBloc().getCode() + " " + d.getYear()
                + " | " + d.getDeputyUnit().getCode());
        LOG.info(() -> "delegation " + delegationId + " ended");
        return view(d);
    }

    /** Every delegation of the bloc's year, newest first. */
    public List<DelegationView> delegations(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return of(blocId, year).stream().map(DelegationService::view).toList();
    }

    /** The delegation in force on {@code day}, if any: documents dated that day are signed under it. */
    public Optional<DelegationView> delegationOn(@NotNull Long blocId, int year, @NotNull LocalDate day) {
        access.requireReadAccess(blocId, year);
        return of(blocId, year).stream().filter(d -> d.activeOn(day)).findFirst().map(DelegationService::view);
    }

    private List<Delegation> of(Long blocId, int year) {
        return em.createNamedQuery(Delegation.OF_YEAR, Delegation.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList();
    }

    private Optional<Unit> unitIn(Long blocId, int year, LeadershipRole role) {
        return em.createNamedQuery(Leadership.UNIT_IN_ROLE, Unit.class).setParameter("bloc", blocId)
                .setParameter("year", year).setParameter("role", role).getResultList().stream().findFirst();
    }

    private static DelegationView view(Delegation d) {
        return new DelegationView(d.getId(), d.getLeaderUnit().getName(), d.getDeputyUnit().getName(),
                d.getDeputyUnit().getSignerName(), d.getValidFrom(), d.getValidTo(), d.getReason(), d.getGivenBy(),
                d.getEndedAt(), d.activeOn(LocalDate.now()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
