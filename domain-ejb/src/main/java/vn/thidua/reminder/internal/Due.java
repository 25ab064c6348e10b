package vn.thidua.reminder.internal;

import java.util.List;
import java.util.Objects;

import vn.thidua.reminder.entity.ReminderKind;
import vn.thidua.unit.entity.Unit;

/**
 * One reminder due: to {@code unit}, of {@code kind}, about {@code subjectId} (the covenant
 * version, the ballot, the bloc whose proposal is to be filed, or the proposal whose
 * achievement report is missing), worded by the documents bundle's {@code reminder.<kind>.*} keys
 * with {@code args}. For a vote the words name only the unit, the ballot's title and the
 * bloc: nothing about other units, counts or candidates.
 */
public record Due(Unit unit, ReminderKind kind, Long subjectId, List<Object> args) {

    public Due {
        Objects.requireNonNull(unit);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subjectId);
        args = List.copyOf(args);
    }

    /** The documents bundle's key of the notification's text. */
    public String textKey() {
        return "notification.reminder." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The documents bundle's key of the e-mail's subject. */
    public String subjectKey() {
        return textKey() + ".mailSubject";
    }
}
