/**
 * The people who log in: the portal's record of each user (created on first login or
 * by the demo data) and the unit they represent, from which the data-derived roles
 * (bloc leader or deputy for a year) follow.
 */
package vn.thidua.account;
