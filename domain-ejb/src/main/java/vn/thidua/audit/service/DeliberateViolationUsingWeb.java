package vn.thidua.audit.service;

import vn.thidua.web.DeliberateViolation;

/** DELIBERATE VIOLATION (removed in the next commit): the domain depends on vn.thidua.web. */
public final class DeliberateViolationUsingWeb {

    private DeliberateViolationUsingWeb() {
    }

    public static String page() {
        return DeliberateViolation.page();
    }
}
