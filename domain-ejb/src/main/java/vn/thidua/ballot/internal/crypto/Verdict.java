package vn.thidua.ballot.internal.crypto;

/** The outcome of a check: valid, or the reason it failed (technical English, for logs and the verifier). */
public record Verdict(boolean valid, String reason) {

    private static final Verdict VALID = new Verdict(true, "");

    public static Verdict ok() {
        return VALID;
    }

    public static Verdict failed(String reason) {
        return new Verdict(false, reason);
    }
}
