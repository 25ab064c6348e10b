package vn.thidua.proposal.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.service.CommendationConfirmed;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.internal.Proposals;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * Award proposals as pages read them (one proposal with its nominees and history, a bloc
 * year's proposals, the caller's inbox, the Board's counts and overdue list), and the draft
 * a confirmed commendation ballot creates. The steps of the chain are
 * {@link ApprovalWorkflowService}'s; the dossier is {@link DossierService}'s.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ProposalService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private AuditService audit;

    @Inject
    private UnitService units;

    @Inject
    private Proposals proposals;

    /**
     * A confirmed commendation ballot drafts the bloc's proposal with its nominees (flag,
     * then certificates, in the order of the count). Observed inside the confirmation's
     * transaction, so a refusal here undoes the confirmation.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void onCommendationConfirmed(@Observes CommendationConfirmed event) {
        access.requireKeeper(event.blocId(), event.year());
        Map<Unit, AwardKind> nominees = new LinkedHashMap<>();
        event.flagUnitIds().forEach(id -> nominees.put(units.unit(id), AwardKind.PROVINCIAL_FLAG));
        event.certificateUnitIds().forEach(id -> nominees.put(units.unit(id), AwardKind.CERTIFICATE_OF_MERIT));
        if (nominees.isEmpty()) {
            throw new InvalidInputException("error.proposal.noNominee");
        }
        Proposal proposal = new Proposal(blocs.blocOf(event.blocId()), event.year(), event.ballotId(), LocalDateTime.now());
        nominees.forEach(proposal::nominate);
        em.persist(proposal);
        em.flush();
        audit.record("Proposal", proposal.getId(), "DRAFT_FROM_BALLOT", "ballot " + event.ballotId() + " | "
                + nominees.entrySet().stream().map(e -> e.getValue() + "=" + e.getKey().getCode())
                .collect(Collectors.joining(", ")));
    }

    /** One proposal with its nominees and history, for whoever reads its bloc's year. */
    public ProposalView proposal(@NotNull Long proposalId) {
        ProposalView view = proposals.view(proposalId);
        access.requireReadAccess(view.blocId(), view.year());
        return view;
    }

    /** A bloc's proposals of a year, oldest first. */
    public List<ProposalView> proposals(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return proposals.views(em.createNamedQuery(Proposal.IDS_OF_BLOC_YEAR, Long.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList());
    }

    /** The proposal a confirmed commendation ballot created, if any. */
    public Optional<ProposalView> fromBallot(@NotNull Long ballotId) {
        Optional<ProposalView> view = proposals.views(em.createNamedQuery(Proposal.IDS_OF_BALLOT, Long.class)
                .setParameter("ballot", ballotId).setMaxResults(1).getResultList()).stream().findFirst();
        view.ifPresent(v -> access.requireReadAccess(v.blocId(), v.year()));
        return view;
    }

    /**
     * The caller's inbox: proposals waiting for what their role does next, overdue first.
     * Board specialists: submitted; Board leaders: checked, approved, reviewed by the Council;
     * member representatives: drafts and returned proposals of the blocs their unit leads.
     */
    public List<ProposalRow> inbox() {
        Set<ProposalStatus> statuses = new LinkedHashSet<>();
        if (context.isCallerInRole(Roles.BOARD_SPECIALIST)) {
            statuses.add(ProposalStatus.SUBMITTED);
        }
        if (context.isCallerInRole(Roles.BOARD_LEADER)) {
            statuses.addAll(List.of(ProposalStatus.CHECKED, ProposalStatus.APPROVED, ProposalStatus.COUNCIL_REVIEWED));
        }
        List<ProposalRow> result = new ArrayList<>();
        if (!statuses.isEmpty()) {
            em.createNamedQuery(Proposal.AWAITING, Proposal.class)
                    .setParameter("statuses", statuses.stream().map(Enum::name).toList()).getResultList()
                    .forEach(p -> result.add(Proposals.row(p)));
        }
        if (context.isCallerInRole(Roles.MEMBER_REPRESENTATIVE)) {
            em.createNamedQuery(Proposal.IN_STATUSES, Proposal.class)
                    .setParameter("statuses", List.of(ProposalStatus.DRAFT.name(), ProposalStatus.RETURNED.name()))
                    .getResultList().stream().filter(proposals::leads).forEach(p -> result.add(Proposals.row(p)));
        }
        return result;
    }

    /**
     * The proposals of the blocs given in a year, one row per nominee with whether its
     * achievement report is filed, in one query: the home pages' proposal section.
     */
    public List<ProposalProgressRow> proposalsOfYear(int year, @NotNull java.util.Collection<Long> blocIds) {
        access.requireReadAccessToAll(blocIds, year);
        if (blocIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.id, p.bloc.id, p.status, p.dueOn, p.overdue, nu.id,"
                        + " (SELECT COUNT(d) FROM DossierDocument d WHERE d.proposal = p AND d.kind = :report"
                        + " AND d.unit = nu) FROM Proposal p LEFT JOIN p.nominees n LEFT JOIN n.unit nu"
                        + " WHERE p.year = :year AND p.bloc.id IN :blocs ORDER BY p.id, nu.id", Object[].class)
                .setParameter("report", DocumentKind.ACHIEVEMENT_REPORT).setParameter("year", year)
                .setParameter("blocs", blocIds).getResultList().stream()
                .map(t -> new ProposalProgressRow((Long) t[0], (Long) t[1], (String) t[2], (LocalDate) t[3],
                        Boolean.TRUE.equals(t[4]), (Long) t[5], t[6] != null && ((Number) t[6]).longValue() > 0))
                .toList();
    }

    /** Counts per status, for the Board dashboard. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Map<ProposalStatus, Long> countsByStatus() {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus s : ProposalStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createNamedQuery(Proposal.COUNT_BY_STATUS, Object[].class).getResultList()) {
            counts.put(ProposalStatus.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** Appraisals past their due date, the earliest first. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<ProposalRow> overdue() {
        return em.createNamedQuery(Proposal.OVERDUE, Proposal.class).getResultList().stream().map(Proposals::row).toList();
    }
}
