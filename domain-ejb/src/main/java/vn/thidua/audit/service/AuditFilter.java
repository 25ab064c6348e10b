package vn.thidua.audit.service;

import java.io.Serializable;
import java.time.LocalDate;

/** What the audit page filters on; blank fields do not filter. */
public record AuditFilter(String actor, String entityType, String action, String text,
                          LocalDate from, LocalDate to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
