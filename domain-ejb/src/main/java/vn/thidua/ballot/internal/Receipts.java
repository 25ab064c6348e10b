package vn.thidua.ballot.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

import vn.thidua.file.service.FileRules;

/**
 * Voters' receipt codes: sixteen random characters in groups of four, from an alphabet
 * without look-alikes (no 0/O, 1/I). The code is shown to the voter once; only its
 * SHA-256 is stored, on the anonymous cast ballot.
 */
public final class Receipts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Receipts() {
    }

    /** A new code such as {@code ABCD-EFGH-JKLM-NPQR}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The stored form of a code. */
    public static String hash(String code) {
        return FileRules.sha256(code.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored form of a code as a voter typed it (spaces around, lower case). */
    public static String hashTyped(String typed) {
        return hash(typed.trim().toUpperCase(Locale.ROOT));
    }
}
