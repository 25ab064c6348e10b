/**
 * The voters' JSON API (JAX-RS, under /api): open ballots of the caller's unit, an
 * electronic ballot's election parameters, casting (choices the server encrypts, or a
 * ballot encrypted by the client), checking a receipt (in the body), turnout (who and how
 * many), and after the count the bulletin board and the election record. Authenticated
 * like the pages (same login and session); the services check roles and data exactly as
 * for the pages. Described by /api/openapi.json.
 */
package vn.thidua.web.api;
