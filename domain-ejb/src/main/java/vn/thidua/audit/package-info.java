/**
 * The audit trail: every state change records who, when, what (entity, id, action)
 * and a before/after summary, in the same transaction as the change. The table is
 * append-only (database triggers refuse updates and deletes). Ballot contents never
 * enter it.
 */
package vn.thidua.audit;
