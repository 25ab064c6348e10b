package vn.thidua.bloc.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.service.ProvinceSuccession;
import vn.thidua.unit.service.SuccessionItem;
import vn.thidua.unit.service.SuccessionLedger;

/**
 * When a province's records continue in a successor ({@link ProvinceSuccession}), its blocs
 * continue under the successor for the years from the merger's year on, while earlier years
 * stay under the old province: a bloc keeps the province it was founded in and reads its
 * province of a year through the provinces' lineage ({@code Bloc#provinceIn}), so the same bloc
 * (and its history) runs across the merger. Its memberships of those years already passed to
 * the successor unit records (the unit succession before this event). Refused, and so the whole
 * succession, when the successor already has a bloc with the same code.
 */
@Stateless
@PermitAll
public class BlocProvinceSuccession {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private SuccessionLedger ledger;

    public void onSuccession(@Observes ProvinceSuccession succession) {
        List<Bloc> continuing = em.createQuery("SELECT b FROM Bloc b WHERE b.province.id = :province ORDER BY b.code",
                Bloc.class).setParameter("province", succession.predecessorId()).getResultList();
        for (Bloc bloc : continuing) {
            List<String> clash = em.createQuery("SELECT b.name FROM Bloc b WHERE b.code = :code AND (b.province.id ="
                            + " :successor OR b.province.id IN (SELECT q.id FROM Province q JOIN q.successor s"
                            + " WHERE s.id = :successor AND q.id <> :predecessor))", String.class)
                    .setParameter("code", bloc.getCode()).setParameter("successor", succession.successorId())
                    .setParameter("predecessor", succession.predecessorId()).getResultList();
            if (!clash.isEmpty()) {
                throw new InvalidInputException("error.province.blocCodeTaken", bloc.getCode(), clash.get(0));
            }
            audit.record("Bloc", bloc.getId(), "PROVINCE_SUCCESSION", bloc.getCode() + " → "
                    + bloc.provinceIn(succession.effectiveFrom().getYear()).getName() + " ("
                    + succession.effectiveFrom() + ")");
            ledger.note(SuccessionItem.BLOCS, bloc.getName());
        }
    }
}
