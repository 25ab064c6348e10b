/**
 * The people who log in: the portal's record of each user (created on first login or
 * by the demo data) and the unit they represent, from which the data-derived roles
 * (bloc leader or deputy for a year) follow.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code entity}: {@code PortalUser} (table {@code portal_user}), with its named
 *       queries.</li>
 *   <li>{@code service}: {@code AccountService} (who the caller is, their roles and unit,
 *       single sign-on records, registering users; it also observes
 *       {@link vn.thidua.unit.service.UnitSuccession} so that representatives follow
 *       their unit) and the view record {@code UserView}.</li>
 * </ul>
 * Shown by the session header ({@code UserSession}: name and unit) and the API
 * {@code /api/me}.
 */
package vn.thidua.account;
