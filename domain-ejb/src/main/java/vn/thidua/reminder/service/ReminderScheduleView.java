package vn.thidua.reminder.service;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * When a bloc's reminders go out in a year: {@code daysBefore} days before a deadline, and
 * weekly on {@code weekday}; {@code updatedBy} is null while the defaults apply.
 */
public record ReminderScheduleView(Long blocId, int year, int daysBefore, DayOfWeek weekday, String updatedBy,
                                   LocalDateTime updatedAt) implements Serializable {

    public int getDaysBefore() {
        return daysBefore;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Whether the leader has set the schedule (otherwise the defaults apply). */
    public boolean isSet() {
        return updatedBy != null;
    }
}
