package vn.thidua.reminder.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.reminder.entity.ReminderSchedule;
import vn.thidua.reminder.internal.Due;
import vn.thidua.reminder.internal.DueReminders;
import vn.thidua.reminder.internal.ReminderClaims;
import vn.thidua.shared.Roles;

/**
 * Reminders to member units: the leader's schedule for the bloc's year, and the daily run
 * that sends what is due (from {@link ReminderTimer}, or a test with its own day). Each
 * reminder is sent once per unit, kind, subject and day, however many nodes run it.
 */
@Stateless
@DeclareRoles({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE})
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocAccess access;

    @Inject
    private BlocService blocs;

    @Inject
    private AuditService audit;

    @Inject
    private DueReminders dueReminders;

    @Inject
    private ReminderClaims claims;

    /** When the bloc's reminders go out in the year (the defaults until the leader sets them). */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE})
    public ReminderScheduleView schedule(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return find(blocId, year).map(s -> view(blocId, s))
                .orElseGet(() -> new ReminderScheduleView(blocId, year, ReminderSchedule.DEFAULT_DAYS_BEFORE,
                        ReminderSchedule.DEFAULT_WEEKDAY, null, null));
    }

    /**
     * The leader (or deputy, or a Board specialist) sets when the bloc's reminders go out in
     * the year: {@code daysBefore} days before a deadline (0 to 30, the entity refuses others
     * with {@code error.reminder.daysBefore}), and weekly on {@code weekday}.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.MEMBER_REPRESENTATIVE})
    public ReminderScheduleView saveSchedule(@NotNull Long blocId, int year, int daysBefore,
                                             @NotNull(message = "{reminder.weekday.required}") DayOfWeek weekday) {
        access.requireKeeper(blocId, year);
        ReminderSchedule schedule = find(blocId, year).orElseGet(() -> {
            ReminderSchedule created = new ReminderSchedule(blocs.blocOf(blocId), year);
            em.persist(created);
            return created;
        });
        schedule.set(daysBefore, weekday, context.getCallerPrincipal().getName(), LocalDateTime.now());
        em.flush();
        audit.record("ReminderSchedule", schedule.getId(), "SAVE",
                blocId + " " + year + " | " + daysBefore + " | " + weekday);
        return view(blocId, schedule);
    }

    /**
     * Sends the reminders due on {@code today}, each in its own transaction, and answers how
     * many this call sent (those another run already sent are skipped). The timer calls it
     * every hour of the working day; a test calls it with the day it needs.
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendReminders(@NotNull LocalDate today) {
        List<Due> due = dueReminders.dueOn(today);
        int sent = 0;
        for (Due reminder : due) {
            try {
                if (claims.send(reminder, today)) {
                    sent++;
                }
            } catch (EJBException e) {
                // another node took the same claim at the same moment (Galera refuses one at commit)
                LOG.log(Level.FINE, "Reminder claimed elsewhere: {0}", e.getMessage());
            }
        }
        int total = sent;
        LOG.info(() -> "Reminders due on " + today + ": " + due.size() + ", sent by this run: " + total);
        return sent;
    }

    private java.util.Optional<ReminderSchedule> find(Long blocId, int year) {
        return em.createNamedQuery(ReminderSchedule.OF_YEAR, ReminderSchedule.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList().stream().findFirst();
    }

    private static ReminderScheduleView view(Long blocId, ReminderSchedule s) {
        return new ReminderScheduleView(blocId, s.getYear(), s.getDaysBefore(), s.getWeekday(), s.getUpdatedBy(),
                s.getUpdatedAt());
    }
}
