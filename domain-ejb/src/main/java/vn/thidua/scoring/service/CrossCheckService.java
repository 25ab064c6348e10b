package vn.thidua.scoring.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.scoring.entity.Assessment;
import vn.thidua.scoring.entity.CrossCheck;
import vn.thidua.scoring.internal.CrossCheckRotation;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.unit.entity.Unit;

/**
 * The peer cross-check of self-scores (chấm chéo, issue 15, item 3), one transaction and one
 * audit trail per step: the leader assigns each member's self-scores to another member (a
 * rotation is proposed: nobody checks itself, no reciprocal pairs from three members on); the
 * cross-checker proposes points with a reason for every change; the leader finalises, except
 * for the leader's own unit, which the deputy finalises (the Board may finalise any). The
 * ranking counts the final points. Under a delegation the deputy acts as leader
 * ({@link BlocAccess#callerIsLeader}) and the steps record it.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class CrossCheckService {

    private static final Logger LOG = Logger.getLogger(CrossCheckService.class.getName());

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

    /** The rotation the leader may take as it is or adjust: checked unit id → checker unit id, by unit name. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public Map<Long, Long> proposeAssignment(@NotNull Long blocId, int year) {
        access.requireLeader(blocId, year);
        List<Long> ids = blocs.memberUnits(blocId, year).stream().map(Unit::getId).toList();
        return CrossCheckRotation.propose(ids);
    }

    /**
     * The leader assigns every member's self-scores to a checker (checked unit id → checker
     * unit id): refused whole when a member is left out, checks itself, is checked by a unit
     * outside the bloc, or, from three members on, when two members would check each other.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<CrossCheckView> assignCrossChecks(@NotNull Long blocId, int year, @NotNull Map<Long, Long> checkerOf) {
        access.requireLeader(blocId, year);
        List<Unit> members = blocs.memberUnits(blocId, year);
        Map<Long, Unit> byId = new LinkedHashMap<>();
        members.forEach(u -> byId.put(u.getId(), u));
        CrossCheckRotation.Violation<Long> broken = CrossCheckRotation.violation(List.copyOf(byId.keySet()), checkerOf);
        if (broken != null) {
            throw refusal(broken, byId);
        }
        Long delegation = access.delegationInUse().map(d -> d.delegationId()).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        Map<Long, CrossCheck> existing = new HashMap<>();
        of(blocId, year).forEach(x -> existing.put(x.getUnit().getId(), x));
        for (Unit unit : members) {
            Unit checker = byId.get(checkerOf.get(unit.getId()));
            CrossCheck x = existing.get(unit.getId());
            if (x != null && x.getCheckerUnit().getId().equals(checker.getId())) {
                continue;
            }
            if (x == null) {
                x = new CrossCheck(blocs.blocOf(blocId), year, unit);
                x.assign(checker, caller(), now, delegation);
                em.persist(x);
            } else {
                x.assign(checker, caller(), now, delegation);
            }
            em.flush();
            audit.record("CrossCheck", x.getId(), "ASSIGN", year + " | " + unit.getCode() + " ← " + checker.getCode());
        }
        LOG.info(() -> "cross-checks assigned in bloc " + blocId + " " + year);
        return crossChecks(blocId, year);
    }

    /**
     * The assigned checker proposes its points on each of the checked unit's scores; every
     * changed score needs a reason (refused whole otherwise, naming the criterion).
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public CrossCheckView submitCrossCheck(@NotNull Long blocId, int year, @NotNull Long unitId,
                                           @NotNull @NotEmpty List<@Valid CrossCheckItem> items) {
        CrossCheck x = crossCheck(blocId, year, unitId);
        if (!access.callerRepresentsMember(blocId, year, x.getCheckerUnit().getId())) {
            throw new AccessDeniedException();
        }
        Map<Long, Assessment> scores = new HashMap<>();
        scored(blocId, year, unitId).forEach(a -> scores.put(a.getId(), a));
        for (CrossCheckItem item : items) {
            Assessment a = scores.get(item.assessmentId());
            if (a == null) {
                throw new InvalidInputException("error.crossCheck.notThisUnit");
            }
            a.proposeCrossCheck(item.points(), item.reason());
        }
        x.checked(caller(), LocalDateTime.now());
        em.flush();
        for (CrossCheckItem item : items) {
            Assessment a = scores.get(item.assessmentId());
            audit.record("Assessment", a.getId(), "CROSS_CHECK", x.getCheckerUnit().getCode() + " → "
                    + x.getUnit().getCode() + " | " + a.getCriterion().getTitle() + " | "
                    + a.getSelfPoints().toPlainString() + " → " + a.getProposedPoints().toPlainString()
                    + (a.getProposalReason() == null ? "" : " | " + a.getProposalReason()));
        }
        return view(x);
    }

    /**
     * Settles a member's final points from the cross-check. The leader finalises every member
     * but its own unit (refused with a message), which the deputy finalises; the Board may
     * finalise any. Under a delegation the deputy finalises as leader, never its own unit.
     */
    public CrossCheckView finaliseCrossCheck(@NotNull Long blocId, int year, @NotNull Long unitId) {
        requireFinaliser(blocId, year, unitId);
        CrossCheck x = crossCheck(blocId, year, unitId);
        Long delegation = access.delegationInUse().map(d -> d.delegationId()).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        x.finalise(caller(), now, delegation);
        List<Assessment> scores = scored(blocId, year, unitId);
        scores.forEach(a -> a.finalise(caller(), now));
        em.flush();
        for (Assessment a : scores) {
            audit.record("Assessment", a.getId(), "FINALISE", x.getUnit().getCode() + " | "
                    + a.getCriterion().getTitle() + " | " + a.effectivePoints().toPlainString());
        }
        audit.record("CrossCheck", x.getId(), "FINALISE", year + " | " + x.getUnit().getCode());
        return view(x);
    }

    /** Every member's cross-check of the year, by unit name, for whoever reads the year. */
    public List<CrossCheckView> crossChecks(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return of(blocId, year).stream().map(CrossCheckService::view).toList();
    }

    private void requireFinaliser(Long blocId, int year, Long unitId) {
        if (access.isBoard()) {
            return;
        }
        boolean leaderUnit = blocs.leaderUnit(blocId, year).map(u -> u.getId().equals(unitId)).orElse(false);
        if (leaderUnit && access.callerIsDeputy(blocId, year)) {
            return;
        }
        boolean own = access.callerUnitLineage().contains(unitId);
        if (access.callerIsLeader(blocId, year)) {
            if (own) {
                throw new SeparationOfDutiesException(access.callerIsLeaderInPerson(blocId, year)
                        ? "error.crossCheck.leaderOwnUnit" : "error.crossCheck.ownUnit");
            }
            return;
        }
        if (access.callerIsDeputy(blocId, year)) {
            throw new SeparationOfDutiesException("error.crossCheck.deputyLeaderUnitOnly");
        }
        throw new AccessDeniedException();
    }

    private RuntimeException refusal(CrossCheckRotation.Violation<Long> v, Map<Long, Unit> byId) {
        String member = v.member() == null || byId.get(v.member()) == null ? "" : byId.get(v.member()).getName();
        String checker = v.checker() == null || byId.get(v.checker()) == null ? "" : byId.get(v.checker()).getName();
        return switch (v.rule()) {
            case TOO_FEW -> new InvalidInputException("error.crossCheck.tooFew");
            case MISSING -> new InvalidInputException("error.crossCheck.missing", member);
            case NOT_MEMBER -> new InvalidInputException("error.crossCheck.notMember", member);
            case SELF -> new InvalidInputException("error.crossCheck.self", member);
            case RECIPROCAL -> new InvalidInputException("error.crossCheck.reciprocal", member, checker);
        };
    }

    private CrossCheck crossCheck(Long blocId, int year, Long unitId) {
        return em.createNamedQuery(CrossCheck.OF_UNIT, CrossCheck.class).setParameter("bloc", blocId)
                .setParameter("year", year).setParameter("unit", unitId).getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("error.crossCheck.notAssigned"));
    }

    private List<CrossCheck> of(Long blocId, int year) {
        return em.createNamedQuery(CrossCheck.OF_YEAR, CrossCheck.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList();
    }

    private List<Assessment> scored(Long blocId, int year, Long unitId) {
        return em.createNamedQuery(Assessment.OF_UNIT_IN_FORCE, Assessment.class).setParameter("unit", unitId)
                .setParameter("bloc", blocId).setParameter("year", year)
                .setParameter("status", CovenantStatus.IN_FORCE).setParameter("kind", CriterionKind.CRITERION)
                .getResultList();
    }

    private static CrossCheckView view(CrossCheck x) {
        return new CrossCheckView(x.getId(), x.getUnit().getId(), x.getUnit().getName(), x.getCheckerUnit().getId(),
                x.getCheckerUnit().getName(), x.getAssignedBy(), x.getAssignedDelegationId(), x.getCheckedBy(),
                x.getCheckedAt(), x.getFinalisedBy(), x.getFinalisedAt(), x.getFinalisedDelegationId());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
