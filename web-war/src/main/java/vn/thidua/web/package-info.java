/**
 * The portal's pages: backing beans laid out like the page paths ({@code board.blocs}
 * for {@code /board/blocs/*.xhtml}), the user's session and the error handling. Beans
 * call the domain services only; they never touch an EntityManager.
 */
package vn.thidua.web;
