package vn.thidua.calendar.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.thidua.calendar.entity.CalendarDay;
import vn.thidua.calendar.entity.ProvinceSettings;
import vn.thidua.calendar.entity.PublicHoliday;

/**
 * What the calendar area's services share: the settings that apply to a province's year
 * (its own row, else the latest earlier year's, else none: the law's defaults) and the
 * working-day arithmetic over the national holidays plus the province's own days. Runs in
 * the caller's transaction; the services check roles.
 */
@Stateless
@PermitAll
public class ProvinceCalendar {

    @PersistenceContext
    private EntityManager em;

    /** The row that applies to the year: the year's own or the latest earlier one; empty means the law's defaults. */
    public Optional<ProvinceSettings> applying(Long provinceId, int year) {
        return em.createNamedQuery(ProvinceSettings.UP_TO, ProvinceSettings.class).setParameter("province", provinceId)
                .setParameter("year", year).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The year's own row, if the Board saved one. */
    public Optional<ProvinceSettings> own(Long provinceId, int year) {
        return applying(provinceId, year).filter(s -> s.getYear() == year);
    }

    /** The day {@code days} working days after {@code from} in the province's calendar. */
    public LocalDate addWorkingDays(Long provinceId, LocalDate from, int days) {
        Set<LocalDate> off = new HashSet<>(em.createNamedQuery(PublicHoliday.DAYS_AFTER, LocalDate.class)
                .setParameter("from", from).getResultList());
        Set<LocalDate> worked = new HashSet<>();
        if (provinceId != null) {
            for (CalendarDay d : em.createNamedQuery(CalendarDay.AFTER, CalendarDay.class)
                    .setParameter("province", provinceId).setParameter("from", from).getResultList()) {
                (d.getKind().isDayOff() ? off : worked).add(d.getDay());
            }
        }
        return WorkingDays.add(from, days, off, worked);
    }

    /** The province's own days of a year, in date order. */
    public List<CalendarDay> days(Long provinceId, int year) {
        return em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class).setParameter("province", provinceId)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }
}
