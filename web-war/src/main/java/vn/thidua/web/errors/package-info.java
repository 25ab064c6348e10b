/**
 * How failures are answered, in one place per channel: {@link vn.thidua.web.errors.Problems}
 * says what a failure is (refusal 403/404, database out of reach 503, or a fault);
 * {@link vn.thidua.web.errors.PortalExceptionHandler} answers pages with the status and the
 * error page of web.xml (also for AJAX). The JSON API answers through
 * {@code vn.thidua.web.api.ApiErrors} with the same classification.
 */
package vn.thidua.web.errors;
