package vn.thidua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic: Saturdays, Sundays and the given public holidays are skipped. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code start} (the start day itself does not count). */
    public static LocalDate add(LocalDate start, int days, Set<LocalDate> holidays) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
