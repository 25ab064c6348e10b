package vn.thidua.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The end of the audit hash chain: the last entry's id and hash, in a table of one row
 * ({@code audit_head}, id 1). Appending locks this row ({@code SELECT ... FOR UPDATE}) until
 * the transaction ends, so concurrent transactions append one after the other and never
 * chain onto the same entry. The verification compares the last stored entry with it, so
 * entries removed at the end are noticed too.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of the single row. */
    public static final Integer ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** The chain now ends with entry {@code entryId} of hash {@code entryHash}, which follows the last one. */
    public void advance(long entryId, String entryHash) {
        if (entryId != lastId + 1) {
            throw new IllegalArgumentException("audit entry " + entryId + " does not follow " + lastId);
        }
        this.lastId = entryId;
        this.lastHash = Objects.requireNonNull(entryHash);
    }
}
