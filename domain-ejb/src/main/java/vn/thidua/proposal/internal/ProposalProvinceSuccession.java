package vn.thidua.proposal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import vn.thidua.audit.service.AuditService;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.unit.service.ProvinceSuccession;
import vn.thidua.unit.service.SuccessionItem;
import vn.thidua.unit.service.SuccessionLedger;

/**
 * When a province's records continue in a successor ({@link ProvinceSuccession}), the open
 * proposals of its blocs (any year, not yet decided or rejected) go on to the successor's
 * authority: their documents dated from the merger on are addressed to it (the documents take
 * the province valid on their date, {@code Bloc#provinceOn}). Each is audited and reported.
 */
@Stateless
@PermitAll
public class ProposalProvinceSuccession {

    private static final List<String> CLOSED = List.of(ProposalStatus.DECIDED.name(), ProposalStatus.REJECTED.name());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private SuccessionLedger ledger;

    public void onSuccession(@Observes ProvinceSuccession succession) {
        for (Proposal p : em.createQuery("SELECT p FROM Proposal p JOIN p.bloc b WHERE b.province.id = :province"
                        + " AND p.status NOT IN :closed ORDER BY p.year, b.code, p.id", Proposal.class)
                .setParameter("province", succession.predecessorId()).setParameter("closed", CLOSED)
                .getResultList()) {
            audit.record("Proposal", p.getId(), "PROVINCE_SUCCESSION", p.getBloc().getCode() + " " + p.getYear()
                    + " → " + p.getBloc().provinceOn(succession.effectiveFrom()).getName());
            ledger.note(SuccessionItem.PROPOSALS, p.getBloc().getName() + " " + p.getYear()
                    + (p.getNumber() == null ? "" : " (" + p.getNumber() + ")"));
        }
    }
}
