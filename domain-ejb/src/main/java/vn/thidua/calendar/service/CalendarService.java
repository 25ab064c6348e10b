package vn.thidua.calendar.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.calendar.entity.ProvinceSettings;
import vn.thidua.calendar.entity.PublicHoliday;
import vn.thidua.calendar.internal.ProvinceCalendar;
import vn.thidua.calendar.internal.WorkingDays;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;

/**
 * The working calendar: the national public holidays the Board keeps, and deadlines counted
 * in working days (Saturdays, Sundays and those holidays skipped), such as the appraisal's
 * deadline, which follows the province's own calendar (its holidays, swapped working days and
 * extra days off) and its deadline of the year ({@link ProvinceSettingsService}); and the
 * date by which a province's blocs file the year's award proposals, where the Board set one.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private ProvinceCalendar provinceCalendar;

    /** The public holidays from 1 January of {@code year} on, in date order. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<Holiday> holidaysFrom(int year) {
        return em.createNamedQuery(PublicHoliday.FROM, PublicHoliday.class).setParameter("from", LocalDate.of(year, 1, 1))
                .getResultList().stream().map(h -> new Holiday(h.getDay(), h.getName())).toList();
    }

    /** Adds a public holiday (the Board sets each year's, Tết moving with the lunar calendar). */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public void addHoliday(@NotNull LocalDate day, @NotBlank String name) {
        if (em.find(PublicHoliday.class, day) != null) {
            throw new InvalidInputException("error.holiday.exists", day);
        }
        em.persist(new PublicHoliday(day, name.trim()));
        em.flush();
        audit.record("PublicHoliday", day, "CREATE", name.trim());
        LOG.info(() -> "Public holiday added: " + day);
    }

    /** The day {@code days} working days after {@code from} (the day itself does not count). */
    public LocalDate addWorkingDays(@NotNull LocalDate from, @PositiveOrZero int days) {
        Set<LocalDate> holidays = new HashSet<>(em.createNamedQuery(PublicHoliday.DAYS_AFTER, LocalDate.class)
                .setParameter("from", from).getResultList());
        return WorkingDays.add(from, days, holidays);
    }

    /**
     * When an appraisal submitted on {@code submittedOn} in the province is due: the deadline
     * of the submission's year (20 working days unless the province set another) counted in
     * the province's calendar.
     */
    public LocalDate appraisalDue(@NotNull Long provinceId, @NotNull LocalDate submittedOn) {
        int days = provinceCalendar.applying(provinceId, submittedOn.getYear())
                .map(ProvinceSettings::getAppraisalWorkingDays).orElse(ProvinceSettings.DEFAULT_APPRAISAL_DAYS);
        return provinceCalendar.addWorkingDays(provinceId, submittedOn, days);
    }

    /**
     * The date by which the blocs of the province file their award proposals of {@code year}
     * (hạn nộp hồ sơ đề nghị khen thưởng), as the Board set it in the year's own settings;
     * null when it set none (an earlier year's date does not carry over).
     */
    public LocalDate filingDeadline(@NotNull Long provinceId, int year) {
        return provinceCalendar.own(provinceId, year).map(ProvinceSettings::getFilingDeadline).orElse(null);
    }
}
