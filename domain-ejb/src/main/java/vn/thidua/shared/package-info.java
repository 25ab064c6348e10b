/**
 * What every area shares: the business exception family (each carries a message key
 * that the web tier turns into a sentence in the user's language), the security role
 * names, paging helpers, and {@link vn.thidua.shared.StorableInput}, the constraint every form
 * class carries (text the database stores exactly, dates within 1900-2100). Nothing here
 * touches the database.
 */
package vn.thidua.shared;
