/**
 * The audit trail: every state change records who, when, what (entity, id, action)
 * and a before/after summary, in the same transaction as the change. The table is
 * append-only (database triggers refuse updates and deletes). Ballot contents never
 * enter it.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code entity}: {@code AuditEntry} (table {@code audit_entry}).</li>
 *   <li>{@code service}: {@code AuditService} ({@code record}, called by every area
 *       inside its own transaction, and {@code search} for the Board), the filter
 *       {@code AuditFilter} and the view record {@code AuditRow}.</li>
 * </ul>
 * Page: {@code /board/audit/list.xhtml} (Board and administrators).
 */
package vn.thidua.audit;
