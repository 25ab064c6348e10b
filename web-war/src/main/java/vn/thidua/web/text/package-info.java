/**
 * Plain words on the portal's pages (issue 14, item 6): the EL functions of the {@code t:}
 * tag library ({@code WEB-INF/thidua.taglib.xml}) that show dates as {@code dd/MM/yyyy}
 * (through {@link vn.thidua.shared.PlainDates}), the codes the portal stores (document kinds,
 * statuses, audit actions and record kinds) by their names in the reader's language, and texts
 * stored by older versions (ISO dates, codes) as new ones read. Nothing here stores anything.
 */
package vn.thidua.web.text;
