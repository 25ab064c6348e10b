package vn.thidua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void skipsAWeekendAndAPublicHoliday() {
        // Friday 26 Apr 2024 + 3 working days: Sat/Sun skipped, Mon 29 counts, Tue 30 Apr and Wed 1 May are holidays
        Set<LocalDate> holidays = Set.of(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
        assertEquals(LocalDate.of(2024, 5, 3), WorkingDays.add(LocalDate.of(2024, 4, 26), 3, holidays));
        assertEquals(LocalDate.of(2024, 5, 1), WorkingDays.add(LocalDate.of(2024, 4, 26), 3, Set.of()));
    }

    @Test
    void twentyWorkingDaysAcrossTet() {
        Set<LocalDate> tet = Set.of(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31));
        // submitted Monday 20 Jan 2025: 4 days that week, Tết week lost, then 16 more
        assertEquals(LocalDate.of(2025, 2, 24), WorkingDays.add(LocalDate.of(2025, 1, 20), 20, tet));
    }
}
