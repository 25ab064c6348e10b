package vn.thidua.web;

/**
 * DELIBERATE VIOLATION (removed in the next commit): a class of domain-ejb in the web package,
 * used by a domain class. (A real web class cannot even be imported here: web-war depends on
 * domain-ejb, so the compiler refuses it.)
 */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static String page() {
        return "/year/ballots.xhtml";
    }
}
