/**
 * What the portal does for itself: applying the schema migrations on deployment (and
 * logging the database's logging and replication settings that ballot secrecy depends
 * on) and loading the demo data (the DOMAIN.md story) on a first start in demo mode.
 */
package vn.thidua.platform;
