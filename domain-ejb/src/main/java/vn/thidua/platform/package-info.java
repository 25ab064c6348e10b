/**
 * What the portal does for itself: applying the schema migrations on deployment (SQL
 * scripts in {@code db/migration} and the Java migration {@code AuditChainSealing}, under
 * the migration database account when one is configured), logging the database's logging
 * and replication settings that ballot secrecy depends on, and loading the demo data (the
 * DOMAIN.md story) on a first start in demo mode.
 */
package vn.thidua.platform;
