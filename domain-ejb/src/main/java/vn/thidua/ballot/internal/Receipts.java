package vn.thidua.ballot.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.thidua.file.service.FileRules;

/**
 * Receipt codes of ballots cast before issue 11 (sixteen characters such as
 * {@code ABCD-EFGH-JKLM-NPQR}), whose SHA-256 a counted legacy ballot still publishes in
 * place of a tracker. New ballots' receipts are their trackers
 * ({@link vn.thidua.ballot.internal.crypto.Tracker}).
 */
public final class Receipts {

    private Receipts() {
    }

    /** The stored form of a legacy code. */
    public static String hash(String code) {
        return FileRules.sha256(code.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored form of a legacy code as a voter typed it (spaces around, lower case). */
    public static String hashTyped(String typed) {
        return hash(typed.trim().toUpperCase(Locale.ROOT));
    }
}
