/**
 * What every area shares: the business exception family (each carries a message key
 * that the web tier turns into a sentence in the user's language), the security role
 * names and paging helpers. Nothing here touches the database.
 */
package vn.thidua.shared;
