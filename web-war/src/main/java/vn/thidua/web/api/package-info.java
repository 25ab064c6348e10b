/**
 * The voters' JSON API (JAX-RS, under /api): open ballots of the caller's unit, casting,
 * checking a receipt, turnout. Authenticated like the pages (same login and session);
 * the services check roles and data exactly as for the pages. Described by
 * /api/openapi.json.
 */
package vn.thidua.web.api;
