package vn.thidua.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A message shown in the portal; {@code recipient} is a username or "role:" + a role name. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FOR_RECIPIENTS, query = "SELECT n FROM Notification n WHERE n.recipient IN :recipients"
        + " ORDER BY n.id DESC")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The notifications addressed to any of {@code recipients}, newest first. */
    public static final String FOR_RECIPIENTS = "Notification.forRecipients";

    /** The longest text the column holds. */
    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private boolean seen;

    protected Notification() {
    }

    public Notification(String recipient, String text, LocalDateTime createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.text = fit(Objects.requireNonNull(text));
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The text as the column holds it: a longer one is cut to {@link #MAX_TEXT} characters
     * ending with an ellipsis, never between the two halves of a character outside the
     * Basic Multilingual Plane (an emoji cut in half was stored as '?').
     */
    static String fit(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isSeen() {
        return seen;
    }
}
