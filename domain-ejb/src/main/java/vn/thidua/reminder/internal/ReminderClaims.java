package vn.thidua.reminder.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.thidua.audit.service.AuditService;
import vn.thidua.notification.service.NotificationService;

/**
 * Sends one reminder once, whichever node runs the schedule: its own transaction first
 * inserts the claim (unit, kind, subject, day; {@code INSERT IGNORE} on the unique key), and
 * only when that insert took the row leaves the notification, records the audit entry and
 * has the e-mail sent after the commit. A second node's insert waits for the first one's
 * transaction and then takes nothing (or, on Galera, fails at commit and rolls back).
 */
@Stateless
@PermitAll
public class ReminderClaims {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    /** Sends {@code due} for {@code day} unless it was sent already; whether this call sent it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(Due due, LocalDate day) {
        int taken = em.createNativeQuery("INSERT IGNORE INTO reminder_claim (unit_id, kind, subject_id, sent_on,"
                        + " claimed_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, due.unit().getId()).setParameter(2, due.kind().name())
                .setParameter(3, due.subjectId()).setParameter(4, day).setParameter(5, LocalDateTime.now())
                .executeUpdate();
        if (taken == 0) {
            return false;
        }
        notifications.notifyUnit(due.unit().getId(), due.unit().getContactEmail(), due.subjectKey(), due.textKey(),
                due.args().toArray());
        audit.record("Reminder", due.unit().getId(), "REMIND",
                due.unit().getCode() + " | " + due.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + due.subjectId()
                        + " | " + day);
        return true;
    }
}
