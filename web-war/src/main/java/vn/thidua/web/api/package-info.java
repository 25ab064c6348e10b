/**
 * The voters' JSON API (JAX-RS, under /api): open ballots of the caller's unit, an
 * electronic ballot's election parameters, casting (choices the server encrypts, or a
 * ballot encrypted by the client), checking a receipt (in the body), turnout (who and how
 * many), and after the count the bulletin board and the election record. Authenticated
 * like the pages (same login and session); the services check roles and data exactly as
 * for the pages. Described by /api/openapi.json. Every failure is answered as JSON {@code {"error": "…"}} in the
 * caller's language with an honest status ({@link vn.thidua.web.api.ApiErrors} inside
 * JAX-RS, {@link vn.thidua.web.api.ApiErrorAnswers} for what the container answers: 401
 * without a login); bodies are limited in size and must be UTF-8 JSON
 * ({@link vn.thidua.web.api.ApiBodyLimits}).
 */
package vn.thidua.web.api;
