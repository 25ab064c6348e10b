/**
 * The register of numbers (sổ văn bản): each issuing unit numbers the documents it issues
 * per calendar year, from 1, with the symbol of the document's kind and the issuer's
 * abbreviation ("05/TTr-KTĐ03"; Decree 30/2020/NĐ-CP, Appendix I and III). A number is
 * taken when a document is issued, in the issuing transaction, so the document carries it
 * from its first rendering; a document keeps the number it took (a refiled proposal is not
 * numbered again).
 *
 * <p>Layout: {@code entity} holds {@code RegisterEntry} (one number taken; unique per unit,
 * year and number, and per document).
 * The register's head (table {@code register_head}, the last number per unit and year) is
 * written with SQL only: taking a number increments it with one
 * {@code INSERT ... ON DUPLICATE KEY UPDATE}, which locks that register's row until the
 * transaction ends, so takes of one register queue in the database, on every node, and
 * never repeat a number (no counter in memory). Symbols come from {@code register_symbol}
 * (per unit) or the defaults in the documents bundle. {@code service} is the public face:
 * {@code RegisterService} (take a number inside another area's transaction, find a
 * document's number, a unit's register of a year as {@code RegisterView}), {@code Issue}
 * (what the issuing area says about the document) and {@code RegisterKind} (the kinds with
 * a symbol). Every number taken is
 * audited.
 */
package vn.thidua.register;
