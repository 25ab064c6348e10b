/**
 * Who the caller is and what reaches the portal: the portal caller of every request in both
 * login modes ({@link vn.thidua.web.security.PortalCallerFilter}, roles mapped from single
 * sign-on claims by {@link vn.thidua.web.security.ClaimMapping}, the display name composed in
 * the configured {@link vn.thidua.web.security.NameOrder}), which roles open which pages
 * ({@link vn.thidua.web.security.PageAccess}), the session's idle timeout, and transport
 * hardening at the web server ({@link vn.thidua.web.security.HttpHardening}: security headers
 * on every response, Secure cookies on TLS or behind a TLS proxy, the login form's
 * anti-forgery token {@link vn.thidua.web.security.LoginFormToken}).
 */
package vn.thidua.web.security;
