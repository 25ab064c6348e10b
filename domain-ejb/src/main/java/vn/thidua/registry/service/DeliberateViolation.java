package vn.thidua.registry.service;

import vn.thidua.document.internal.DocumentText;

/** DELIBERATE VIOLATION (removed in the next commit): registry uses document's internal DocumentText. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static String title() {
        return DocumentText.vietnamese().text("registry.title");
    }
}
