package vn.thidua.notification.service;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A notification as the caller's inbox shows it. */
public record NotificationView(Long id, String text, LocalDateTime createdAt, boolean seen) implements Serializable {

    public Long getId() {
        return id;
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
