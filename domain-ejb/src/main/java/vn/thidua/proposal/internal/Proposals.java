package vn.thidua.proposal.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;

import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.entity.ProposalStep;
import vn.thidua.proposal.service.ProposalRow;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.SeparationOfDutiesException;

/**
 * What the proposal area's services share: finding (and locking) a proposal, reading it
 * into views with one fetch query, and the rules of who may act on it (the year's leader
 * unit submits; nobody appraises what they submitted, and the account that checked
 * the dossier does not approve or reject it). Runs in the caller's transaction;
 * the services check roles.
 */
@Stateless
@PermitAll
public class Proposals {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocAccess access;

    public Proposal find(Long id) {
        return found(id, em.find(Proposal.class, id));
    }

    /** The proposal, locked until the transaction ends: one step at a time. */
    public Proposal lock(Long id) {
        return found(id, em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public ProposalView view(Long id) {
        return views(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    /** The proposals {@code ids} as views, in the order of the ids. */
    public List<ProposalView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Proposal> found = em.createNamedQuery(Proposal.FOR_VIEWS, Proposal.class).setParameter("ids", ids)
                .getResultList();
        return ids.stream().flatMap(id -> found.stream().filter(p -> p.getId().equals(id)).limit(1))
                .map(Proposals::view).toList();
    }

    public static ProposalRow row(Proposal p) {
        return new ProposalRow(p.getId(), p.getBloc().getName(), p.getYear(), p.getNumber(), p.statusValue(),
                p.getDueOn(), p.isOverdue());
    }

    /**
     * Whether the caller acts as the bloc's leader in the proposal's year: represents the leader
     * unit, or the deputy unit under the leader's delegation in force today (issue 15).
     */
    public boolean leads(Proposal p) {
        return access.callerIsLeader(p.getBloc().getId(), p.getYear());
    }

    public void requireSubmitter(Proposal p) {
        if (!leads(p)) {
            throw new AccessDeniedException();
        }
    }

    /** Nobody approves, checks or decides on a proposal they submitted. */
    public void requireNotSubmitter(Proposal p) {
        if (caller().equals(p.getSubmittedBy())) {
            throw new InvalidInputException("error.proposal.ownSubmission");
        }
    }

    /**
     * The account that checked the dossier does not approve or reject it too, even when it
     * also holds the Board leader's role: a second pair of eyes at each Board step.
     */
    public void requireNotChecker(Proposal p) {
        if (p.wasCheckedBy(caller())) {
            throw new SeparationOfDutiesException("error.proposal.checkerCannotApprove");
        }
    }

    /** The dossier changes only while the leader holds the proposal (a draft, or returned). */
    public static void requireEditable(Proposal p) {
        if (p.statusValue() != ProposalStatus.DRAFT && p.statusValue() != ProposalStatus.RETURNED) {
            throw new InvalidInputException("error.proposal.wrongState", p.getStatus());
        }
    }

    public String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static ProposalView view(Proposal p) {
        // in the order of the nominee key (unit record, then award), as pages have always listed them
        List<ProposalView.Nominee> nominees = p.getNominees().stream()
                .map(n -> new ProposalView.Nominee(n.getUnit().getId(), n.getUnit().getCode(), n.getUnit().getName(),
                        n.getAwardKind()))
                .sorted(Comparator.comparing(ProposalView.Nominee::unitId).thenComparing(ProposalView.Nominee::awardKind))
                .toList();
        List<ProposalView.Step> steps = p.getSteps().stream()
                .sorted(Comparator.comparing(ProposalStep::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> new ProposalView.Step(s.getStep(), s.getActor(), s.getTakenAt(),
                        ProposalStatus.valueOf(s.getStatusAfter()), s.getComment())).toList();
        return new ProposalView(p.getId(), p.getBloc().getId(), p.getBloc().getName(), p.getYear(), p.getBallotId(),
                p.statusValue(), p.getNumber(), p.getSubmittedBy(), p.getSubmittedAt(), p.getDueOn(), p.isOverdue(),
                nominees, steps, p.getCheckedBy());
    }

    private static Proposal found(Long id, Proposal p) {
        if (p == null) {
            throw new NotFoundException("Proposal", id);
        }
        return p;
    }
}
