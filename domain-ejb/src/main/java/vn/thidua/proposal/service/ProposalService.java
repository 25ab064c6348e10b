package vn.thidua.proposal.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.service.CommendationConfirmed;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/** Award proposals; for now, the draft a confirmed commendation ballot creates. */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ProposalService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private AuditService audit;

    @Inject
    private UnitService units;

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

    public List<Proposal> proposals(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        List<Proposal> list = em.createQuery("SELECT p FROM Proposal p WHERE p.bloc.id = :bloc AND p.year = :year"
                        + " ORDER BY p.id", Proposal.class)
                .setParameter("bloc", blocId).setParameter("year", year).getResultList();
        list.forEach(p -> p.getNominees().size());
        return list;
    }

    public Optional<Proposal> fromBallot(@NotNull Long ballotId) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.ballotId = :b", Proposal.class)
                .setParameter("b", ballotId).getResultList().stream().findFirst();
    }
}
