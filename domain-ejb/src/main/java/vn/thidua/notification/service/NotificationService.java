package vn.thidua.notification.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.account.service.AccountService;
import vn.thidua.document.service.DocumentService;
import vn.thidua.notification.entity.Notification;
import vn.thidua.notification.internal.Mailer;
import vn.thidua.shared.Roles;

/**
 * Messages in the portal, addressed to a user, to everyone holding a role or to a unit, and
 * e-mail to the Board's mailbox or to a unit's contact address. The words come from the notifications section of the documents
 * bundle ({@code notification.*} keys), in Vietnamese, so a notification reads the same
 * whoever's page shows it. Sending runs inside the caller's transaction: a step and its
 * notifications commit or roll back together (a mail problem never undoes a step).
 */
@Stateless
@DeclareRoles({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE})
public class NotificationService {

    /** The prefix of a recipient that is a role rather than a username. */
    public static final String ROLE_PREFIX = "role:";

    /** The prefix of a recipient that is a unit: every person representing it sees the notification. */
    public static final String UNIT_PREFIX = "unit:";

    private static final int MAX_NOTIFICATIONS = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DocumentService documents;

    @Inject
    private Mailer mailer;

    @Inject
    private AccountService accounts;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The recipient that stands for everyone holding {@code role}. */
    public static String role(String role) {
        return ROLE_PREFIX + role;
    }

    /**
     * Leaves a notification for {@code recipient} (a username, or {@link #role(String)}),
     * worded by the documents bundle's {@code key} with {@code args}; nothing when the
     * recipient is unknown (null).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(String recipient, @NotBlank String key, Object... args) {
        if (recipient == null) {
            return;
        }
        em.persist(new Notification(recipient, documents.text(key, args), LocalDateTime.now()));
    }

    /**
     * Leaves a notification for the unit {@code unitId} (every person representing it sees
     * it), worded by the documents bundle's {@code key} with {@code args}, and, when
     * {@code email} is given, e-mails the same text with the subject worded by
     * {@code subjectKey} once the caller's transaction has committed (where the server has a
     * mail session): a rolled-back step sends nothing, and a mail problem never undoes it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyUnit(@NotNull Long unitId, String email, @NotBlank String subjectKey, @NotBlank String key,
                           Object... args) {
        String text = documents.text(key, args);
        em.persist(new Notification(UNIT_PREFIX + unitId, text, LocalDateTime.now()));
        if (email != null && !email.isBlank()) {
            String subject = documents.text(subjectKey, args);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the e-mail waits for the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        Mailer.send(email, subject, text);
                    }
                }
            });
        }
    }

    /**
     * E-mails the Board's mailbox (where the server has one configured): the subject worded
     * by {@code subjectKey}, one line per entry of {@code lines}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void mailBoard(@NotBlank String subjectKey, @NotNull List<String> lines) {
        mailer.sendToBoard(documents.text(subjectKey), String.join("\n", lines));
    }

    /** Notifications for the caller: addressed to them or to one of their roles, newest first. */
    @PermitAll
    public List<NotificationView> notifications() {
        List<String> recipients = new ArrayList<>();
        recipients.add(context.getCallerPrincipal().getName());
        accounts.callerUnitId().ifPresent(unitId -> recipients.add(UNIT_PREFIX + unitId));
        for (String role : List.of(Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE)) {
            if (context.isCallerInRole(role)) {
                recipients.add(role(role));
            }
        }
        return em.createNamedQuery(Notification.FOR_RECIPIENTS, Notification.class).setParameter("recipients", recipients)
                .setMaxResults(MAX_NOTIFICATIONS).getResultList().stream()
                .map(n -> new NotificationView(n.getId(), n.getText(), n.getCreatedAt(), n.isSeen())).toList();
    }
}
