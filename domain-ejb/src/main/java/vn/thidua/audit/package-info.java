/**
 * The audit trail: every state change records who, when, what (entity, id, action)
 * and a before/after summary, in the same transaction as the change. The table is
 * append-only (database triggers refuse updates and deletes, and the portal's runtime
 * database account may not touch triggers) and tamper-evident: the entries form a hash
 * chain (each stores the SHA-256 of its canonical content, which includes the previous
 * entry's hash), so an entry edited, removed or inserted behind the portal's back is
 * found by the verification. Ballot contents never enter it.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code entity}: {@code AuditEntry} (table {@code audit_entry}) and {@code AuditHead}
 *       (table {@code audit_head}: the last entry's id and hash, locked by every append so
 *       that concurrent transactions chain one after the other).</li>
 *   <li>{@code service}: {@code AuditService} ({@code record}, called by every area
 *       inside its own transaction; {@code search} and {@code verifyChain} for the Board),
 *       {@code AuditChain} (the documented canonical content, the hash and the verifier,
 *       shared with the command {@code ./portal.sh audit-verify}), the filter
 *       {@code AuditFilter} and the view record {@code AuditRow}.</li>
 * </ul>
 * Pages: {@code /board/audit/list.xhtml} and {@code /board/audit/verify.xhtml} (Board and
 * administrators).
 */
package vn.thidua.audit;
