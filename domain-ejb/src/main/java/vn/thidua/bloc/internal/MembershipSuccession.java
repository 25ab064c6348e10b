package vn.thidua.bloc.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Leadership;
import vn.thidua.bloc.entity.Membership;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;
import vn.thidua.unit.service.UnitSuccession;

/**
 * When units are renamed or merged ({@link UnitSuccession}, fired inside the unit area's
 * transaction), their memberships and leadership of the effective year and later pass to
 * the successor. Earlier years keep the old records, so they keep the old names. Where
 * the successor (or another merged unit) already holds the seat, the duplicate goes.
 */
@Stateless
@PermitAll
public class MembershipSuccession {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    public void onSuccession(@Observes UnitSuccession succession) {
        Unit successor = units.unit(succession.successorId());
        int fromYear = succession.effectiveFrom().getYear();
        Set<String> taken = new HashSet<>();
        em.createQuery("SELECT m.bloc.id, m.year FROM Membership m WHERE m.unit.id = :unit AND m.year >= :year",
                        Object[].class)
                .setParameter("unit", successor.getId()).setParameter("year", fromYear).getResultList()
                .forEach(key -> taken.add(key[0] + "/" + key[1]));
        List<Membership> memberships = em.createQuery(
                        "SELECT m FROM Membership m WHERE m.unit.id IN :ids AND m.year >= :year", Membership.class)
                .setParameter("ids", succession.predecessorIds()).setParameter("year", fromYear).getResultList();
        for (Membership m : memberships) {
            if (taken.add(m.getBloc().getId() + "/" + m.getYear())) {
                m.passTo(successor);
            } else {
                em.remove(m);
            }
            audit.record("Bloc", m.getBloc().getId(), "MEMBER_SUCCEEDED",
                    m.getYear() + ": " + succession.predecessorIds() + " → " + successor.getCode());
        }
        List<Leadership> roles = em.createQuery(
                        "SELECT l FROM Leadership l WHERE l.unit.id IN :ids AND l.year >= :year ORDER BY l.role",
                        Leadership.class)
                .setParameter("ids", succession.predecessorIds()).setParameter("year", fromYear).getResultList();
        Set<String> led = new HashSet<>();
        for (Leadership l : roles) {
            if (led.add(l.getBloc().getId() + "/" + l.getYear())) {
                l.passTo(successor);
            } else {
                em.remove(l);
            }
        }
        em.flush();
    }
}
