package vn.thidua.web;

/** DELIBERATE VIOLATION (removed in the next commit): standard streams and printStackTrace in the web. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static void report(String text) {
        System.out.println(text);
        System.err.println(text);
        new IllegalStateException(text).printStackTrace();
    }
}
