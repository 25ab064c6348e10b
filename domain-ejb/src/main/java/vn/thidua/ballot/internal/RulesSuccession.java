package vn.thidua.ballot.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.BallotRules;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.service.ProvinceSuccession;
import vn.thidua.unit.service.SuccessionItem;
import vn.thidua.unit.service.SuccessionLedger;
import vn.thidua.unit.service.UnitService;

/**
 * When a province's records continue in a successor ({@link ProvinceSuccession}, inside the
 * succession's transaction), its ballot rules of the effective year and later pass to the
 * successor. Where the successor already set rules for such a year, its own rules stand and
 * the predecessor's go. Earlier years keep the predecessor's rules.
 */
@Stateless
@PermitAll
public class RulesSuccession {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    @Inject
    private SuccessionLedger ledger;

    public void onSuccession(@Observes ProvinceSuccession succession) {
        Province successor = units.province(succession.successorId());
        int fromYear = succession.effectiveFrom().getYear();
        for (BallotRules rules : em.createQuery("SELECT r FROM BallotRules r WHERE r.province.id = :province"
                        + " AND r.year >= :year ORDER BY r.year", BallotRules.class)
                .setParameter("province", succession.predecessorId()).setParameter("year", fromYear)
                .getResultList()) {
            boolean own = !em.createNamedQuery(BallotRules.OF_PROVINCE_YEAR, BallotRules.class)
                    .setParameter("province", successor.getId()).setParameter("year", rules.getYear())
                    .getResultList().isEmpty();
            audit.record("BallotRules", rules.getId(), "PROVINCE_SUCCESSION", rules.getYear() + ": "
                    + rules.getProvince().getCode() + " → " + successor.getCode() + (own ? " (successor's own)" : ""));
            ledger.note(SuccessionItem.BALLOT_RULES, rules.getProvince().getName() + " " + rules.getYear());
            if (own) {
                em.remove(rules);
            } else {
                rules.passTo(successor);
            }
        }
        em.flush();
    }
}
