package vn.thidua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic: Saturdays, Sundays and the days off are skipped, except the
 * swapped working days (a weekend day worked to make a bridge holiday), which count.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code start} (the start day itself does not count). */
    public static LocalDate add(LocalDate start, int days, Set<LocalDate> holidays) {
        return add(start, days, holidays, Set.of());
    }

    /**
     * The day {@code days} working days after {@code start} (the start day itself does not
     * count), {@code daysOff} skipped and {@code workedWeekendDays} counted.
     */
    public static LocalDate add(LocalDate start, int days, Set<LocalDate> daysOff, Set<LocalDate> workedWeekendDays) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, daysOff, workedWeekendDays)) {
                left--;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return isWorkingDay(day, holidays, Set.of());
    }

    /** A swapped working day always counts; otherwise weekends and days off do not. */
    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> daysOff, Set<LocalDate> workedWeekendDays) {
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !daysOff.contains(day);
    }
}
