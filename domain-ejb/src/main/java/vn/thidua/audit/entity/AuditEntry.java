package vn.thidua.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One recorded state change. Never updated or deleted (database triggers refuse both).
 * Each entry is a link of the hash chain described in
 * {@code vn.thidua.audit.service.AuditChain}: its id follows the previous entry's, it
 * carries that entry's hash and its own. The service assigns the id and the hashes
 * while holding the lock on {@link AuditHead}.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.CHAIN,
        query = "SELECT e FROM AuditEntry e WHERE e.id > :after AND e.id <= :last ORDER BY e.id")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The entries after {@code :after} up to {@code :last}, in chain order. */
    public static final String CHAIN = "AuditEntry.chain";
    public static final int MAX_DETAILS = 4000;

    /** The previous entry's id plus one (assigned under the head's lock, not by the database). */
    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 60, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 60, updatable = false)
    private String entityId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = MAX_DETAILS, updatable = false)
    private String details;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    /** An entry whose fields are already in their stored form (see {@link #fit}) and hashed. */
    public AuditEntry(long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                      String action, String details, String prevHash, String entryHash) {
        this.id = id;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = Objects.requireNonNull(entityId);
        this.action = Objects.requireNonNull(action);
        if (details != null && details.length() > MAX_DETAILS) {
            throw new IllegalArgumentException("details longer than " + MAX_DETAILS + ": shorten them with fit()");
        }
        this.details = details;
        this.prevHash = Objects.requireNonNull(prevHash);
        this.entryHash = Objects.requireNonNull(entryHash);
    }

    /**
     * Details as they will be stored (and hashed): at most {@link #MAX_DETAILS} characters,
     * a longer text cut with an ellipsis, never in the middle of a surrogate pair.
     */
    public static String fit(String details) {
        if (details == null || details.length() <= MAX_DETAILS) {
            return details;
        }
        int end = MAX_DETAILS - 1;
        if (Character.isHighSurrogate(details.charAt(end - 1))) {
            end--;
        }
        return details.substring(0, end) + "…";
    }

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

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
