package vn.thidua.audit.service;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of the audit trail as the Board's page shows it (getters for Faces EL). */
public record AuditRow(Long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                       String action, String details) implements Serializable {

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
