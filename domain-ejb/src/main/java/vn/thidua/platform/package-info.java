/**
 * What the portal does for itself: applying the schema migrations on deployment and
 * loading the demo data (the DOMAIN.md story) on a first start in demo mode.
 */
package vn.thidua.platform;
