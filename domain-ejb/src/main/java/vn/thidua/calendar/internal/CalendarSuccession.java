package vn.thidua.calendar.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.calendar.entity.CalendarDay;
import vn.thidua.calendar.entity.ProvinceSettings;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.service.ProvinceSuccession;
import vn.thidua.unit.service.SuccessionItem;
import vn.thidua.unit.service.SuccessionLedger;
import vn.thidua.unit.service.UnitService;

/**
 * When a province continues in a successor ({@link ProvinceSuccession}, fired inside the
 * transaction that applies the succession), the predecessor's calendar days from the
 * effective date on and its settings of the effective year and later pass to the successor
 * as copies. What the successor already has wins: a day or a year it holds keeps the
 * successor's row. The predecessor keeps its own rows as its record (its settings of the
 * effective year still govern its last months, as old names stay on old records). Audited
 * in the same transaction.
 */
@Stateless
@PermitAll
public class CalendarSuccession {

    private static final Logger LOG = Logger.getLogger(CalendarSuccession.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        LocalDate from = succession.effectiveFrom();
        Set<LocalDate> successorDays = new HashSet<>(em.createQuery(
                        "SELECT d.day FROM CalendarDay d WHERE d.province.id = :province AND d.day >= :from", LocalDate.class)
                .setParameter("province", successor.getId()).setParameter("from", from).getResultList());
        List<CalendarDay> days = em.createQuery(
                        "SELECT d FROM CalendarDay d WHERE d.province.id = :province AND d.day >= :from", CalendarDay.class)
                .setParameter("province", succession.predecessorId()).setParameter("from", from).getResultList();
        int daysPassed = 0;
        for (CalendarDay d : days) {
            if (successorDays.add(d.getDay())) {
                em.persist(new CalendarDay(successor, d.getDay(), d.getKind(), d.getName()));
                ledger.note(SuccessionItem.HOLIDAYS, DAY.format(d.getDay()) + " " + d.getName());
                daysPassed++;
            }
        }
        Set<Integer> successorYears = new HashSet<>();
        em.createNamedQuery(ProvinceSettings.FROM_YEAR, ProvinceSettings.class).setParameter("province", successor.getId())
                .setParameter("year", from.getYear()).getResultList().forEach(s -> successorYears.add(s.getYear()));
        List<ProvinceSettings> settings = em.createNamedQuery(ProvinceSettings.FROM_YEAR, ProvinceSettings.class)
                .setParameter("province", succession.predecessorId()).setParameter("year", from.getYear())
                .getResultList();
        int yearsPassed = 0;
        for (ProvinceSettings s : settings) {
            if (successorYears.add(s.getYear())) {
                em.persist(new ProvinceSettings(successor, s.getYear(), s));
                ledger.note(SuccessionItem.SETTINGS, String.valueOf(s.getYear()));
                yearsPassed++;
            }
        }
        em.flush();
        String details = succession.predecessorId() + " → " + successor.getCode() + " | " + from + " | "
                + daysPassed + "/" + days.size() + " | " + yearsPassed + "/" + settings.size();
        audit.record("ProvinceSettings", successor.getId(), "PROVINCE_SUCCEEDED", details);
        LOG.info(() -> "Calendar and settings passed on: " + details);
    }
}
