package vn.thidua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.calendar.service.CalendarDayView;
import vn.thidua.calendar.service.DayKind;
import vn.thidua.shared.InvalidInputException;

/**
 * The rules of a year's calendar days, checked before anything is written: every row has a
 * day of that year, a kind and a name of at most 200 characters; a day appears once; a
 * swapped working day falls on a Saturday or Sunday (it makes a weekend day a working day);
 * an extra day off falls on a weekday (a weekend day is off already). Messages name the row
 * (counted from 1) as the page shows it.
 */
public final class DayRules {

    public static final int MAX_NAME = 200;

    private DayRules() {
    }

    public static void check(int year, List<CalendarDayView> days) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayView d = days.get(i);
            int row = i + 1;
            if (d == null || d.day() == null || d.kind() == null) {
                throw new InvalidInputException("error.settings.dayMissing", row);
            }
            if (d.day().getYear() != year) {
                throw new InvalidInputException("error.settings.dayYear", row, d.day(), year);
            }
            if (d.name() == null || d.name().isBlank()) {
                throw new InvalidInputException("error.settings.dayName", row);
            }
            if (d.name().trim().length() > MAX_NAME) {
                throw new InvalidInputException("error.settings.dayNameLength", row, MAX_NAME);
            }
            if (!seen.add(d.day())) {
                throw new InvalidInputException("error.settings.dayTwice", row, d.day());
            }
            boolean weekend = d.day().getDayOfWeek() == DayOfWeek.SATURDAY || d.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.kind() == DayKind.SWAPPED_WORKING_DAY && !weekend) {
                throw new InvalidInputException("error.settings.swappedWeekday", row, d.day());
            }
            if (d.kind() == DayKind.EXTRA_DAY_OFF && weekend) {
                throw new InvalidInputException("error.settings.extraOffWeekend", row, d.day());
            }
        }
    }
}
