package vn.thidua.shared;

import java.util.Locale;

/** Helpers for the free-text filters of the lists. */
public final class Search {

    private Search() {
    }

    /**
     * A case-insensitive "contains" pattern for SQL LIKE (compare it with the lower-cased
     * column), with the caller's {@code %}, {@code _} and {@code \} taken literally; null
     * for blank text, which means "no filter".
     */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
