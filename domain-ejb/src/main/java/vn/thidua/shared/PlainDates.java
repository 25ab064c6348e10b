package vn.thidua.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the portal writes a date for people (issue 14, item 6): {@code dd/MM/yyyy},
 * with {@code HH:mm} after a moment. Pages (through the web tier's {@code t:date} EL
 * function), notifications, exports and the texts the approval chain stores all use it; an
 * ISO date ({@code 2026-12-29}) is for machines only (the JSON API, logs). Documents write
 * their dates in words ("ngày 29 tháng 12 năm 2026") through the documents bundle instead.
 */
public final class PlainDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** An ISO date, optionally with its time, inside a text written before dates were plain. */
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?(?![\\d-])");

    private PlainDates() {
    }

    /**
     * A date or moment as people read it: {@link LocalDate} as {@code dd/MM/yyyy}; a
     * {@link LocalDateTime}, {@link Instant} (in the server's zone) or zoned moment as
     * {@code dd/MM/yyyy HH:mm}; null as the empty text; anything else as its text.
     */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return d.format(DAY);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(MOMENT);
        }
        if (value instanceof Instant i) {
            return i.atZone(ZoneId.systemDefault()).format(MOMENT);
        }
        if (value instanceof ZonedDateTime z) {
            return z.format(MOMENT);
        }
        if (value instanceof OffsetDateTime o) {
            return o.format(MOMENT);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault()).format(MOMENT);
        }
        return value.toString();
    }

    /** Only the day of a date or moment, {@code dd/MM/yyyy} (null: the empty text). */
    public static String day(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate().format(DAY);
        }
        if (value instanceof Instant i) {
            return i.atZone(ZoneId.systemDefault()).toLocalDate().format(DAY);
        }
        return format(value);
    }

    /**
     * A text with every ISO date in it ({@code 2026-12-29}, {@code 2026-12-29T08:30:00})
     * rewritten as {@code dd/MM/yyyy} ({@code dd/MM/yyyy HH:mm}): for texts stored before the
     * portal wrote dates plainly (audit details, notifications, step comments).
     */
    public static String inText(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = ISO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String day = m.group(3) + "/" + m.group(2) + "/" + m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(4) == null ? day
                    : day + " " + m.group(4) + ":" + m.group(5)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
