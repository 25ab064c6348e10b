package vn.thidua.notification.internal;

import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * E-mail beside the in-app notifications, only where the server has a mail session
 * ({@code java:jboss/mail/Default}): to the Board's mailbox when the system property
 * {@code thidua.notify.email} names it, and to a unit's contact address (reminders);
 * otherwise it does nothing. A mail problem is logged and never
 * undoes the step that sent it.
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    public static final String SESSION = "java:jboss/mail/Default";
    public static final String RECIPIENT_PROPERTY = "thidua.notify.email";
    /** The sender's address, where the mail session sets none ({@code from} of the session otherwise). */
    public static final String SENDER_PROPERTY = "thidua.mail.from";

    public void sendToBoard(String subject, String text) {
        String to = System.getProperty(RECIPIENT_PROPERTY);
        if (to == null || to.isBlank()) {
            return;
        }
        send(to, subject, text);
    }

    /**
     * Sends one plain-text message (UTF-8) to {@code to} through the server's mail session,
     * if it has one; a problem is logged (never the text) and goes no further. Static so
     * that it can run after a transaction has completed.
     */
    public static void send(String to, String subject, String text) {
        Session session;
        try {
            session = (Session) new InitialContext().lookup(SESSION);
        } catch (NamingException e) {
            LOG.fine(() -> "No mail session configured; e-mail skipped");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            String from = System.getProperty(SENDER_PROPERTY);
            if (from != null && !from.isBlank()) {
                message.setFrom(new InternetAddress(from));
            }
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "E-mail failed: {0}", e.getMessage());
        }
    }
}
