package vn.thidua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.calendar.service.CalendarDayView;
import vn.thidua.calendar.service.DayKind;
import vn.thidua.shared.InvalidInputException;

class DayRulesTest {

    private static CalendarDayView day(int y, int m, int d, DayKind kind, String name) {
        return new CalendarDayView(LocalDate.of(y, m, d), kind, name);
    }

    @Test
    void theBridgeOf2024IsAccepted() {
        DayRules.check(2024, List.of(day(2024, 4, 29, DayKind.EXTRA_DAY_OFF, "Nghỉ bù"),
                day(2024, 5, 4, DayKind.SWAPPED_WORKING_DAY, "Làm bù cho 29/4"),
                day(2024, 9, 2, DayKind.HOLIDAY, "Quốc khánh")));
    }

    @Test
    void eachBrokenRuleIsRefusedWithItsRow() {
        assertRefused("error.settings.swappedWeekday", List.of(day(2024, 5, 3, DayKind.SWAPPED_WORKING_DAY, "x")), 1);
        assertRefused("error.settings.extraOffWeekend", List.of(day(2024, 5, 4, DayKind.EXTRA_DAY_OFF, "x")), 1);
        assertRefused("error.settings.dayYear", List.of(day(2025, 5, 2, DayKind.EXTRA_DAY_OFF, "x")), 1);
        assertRefused("error.settings.dayName", List.of(day(2024, 4, 29, DayKind.EXTRA_DAY_OFF, " ")), 1);
        assertRefused("error.settings.dayTwice", List.of(day(2024, 4, 29, DayKind.EXTRA_DAY_OFF, "a"),
                day(2024, 4, 29, DayKind.HOLIDAY, "b")), 2);
        assertRefused("error.settings.dayMissing", List.of(new CalendarDayView(null, DayKind.HOLIDAY, "a")), 1);
    }

    private static void assertRefused(String key, List<CalendarDayView> days, int row) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DayRules.check(2024, days));
        assertEquals(key, e.getMessageKey());
        assertEquals(row, e.getArguments()[0]);
    }
}
