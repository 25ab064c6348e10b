package vn.thidua.web;

import vn.thidua.document.internal.DocumentText;

/** DELIBERATE VIOLATION (removed in the next commit): a web class using an area's internal package. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static String title() {
        return DocumentText.vietnamese().text("registry.title");
    }
}
