package vn.thidua.audit.service;

/** DELIBERATE VIOLATION (removed in the next commit): standard streams and printStackTrace. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static void report(String text) {
        System.out.println(text);
        System.err.println(text);
        try {
            Integer.parseInt(text);
        } catch (NumberFormatException e) {
            e.printStackTrace();
        }
    }
}
