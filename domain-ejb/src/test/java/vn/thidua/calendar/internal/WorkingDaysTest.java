package vn.thidua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** National holidays of late April and early May (Labour Code art. 112). */
    private static final Set<LocalDate> NATIONAL = Set.of(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1),
            LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1));

    @Test
    void theOfficialDayOffOf29April2024IsSkippedAndTheSwappedSaturdayCounts() {
        // Monday 29/04/2024 off, worked back on Saturday 04/05/2024
        Set<LocalDate> off = new java.util.HashSet<>(NATIONAL);
        off.add(LocalDate.of(2024, 4, 29));
        Set<LocalDate> worked = Set.of(LocalDate.of(2024, 5, 4));
        // Friday 26/04 + 3: Thu 2/5, Fri 3/5, Sat 4/5 (worked)
        assertEquals(LocalDate.of(2024, 5, 4), WorkingDays.add(LocalDate.of(2024, 4, 26), 3, off, worked));
        // without the province's days: Mon 29/4, Thu 2/5, Fri 3/5
        assertEquals(LocalDate.of(2024, 5, 3), WorkingDays.add(LocalDate.of(2024, 4, 26), 3, NATIONAL, Set.of()));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2024, 5, 4), off, worked));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 4, 29), off, worked));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 5, 11), off, worked), "an ordinary Saturday stays off");
        // twenty working days from Friday 26/04/2024: the swapped Saturday shortens the wait by a day
        assertEquals(LocalDate.of(2024, 5, 28), WorkingDays.add(LocalDate.of(2024, 4, 26), 20, off, worked));
        assertEquals(LocalDate.of(2024, 5, 29), WorkingDays.add(LocalDate.of(2024, 4, 26), 20, off, Set.of()));
    }

    @Test
    void theOfficialDayOffOf2May2025IsSkippedAndSaturday26AprilCounts() {
        // Friday 02/05/2025 off, worked ahead on Saturday 26/04/2025
        Set<LocalDate> off = new java.util.HashSet<>(NATIONAL);
        off.add(LocalDate.of(2025, 5, 2));
        Set<LocalDate> worked = Set.of(LocalDate.of(2025, 4, 26));
        // Friday 25/04 + 5: Sat 26 (worked), Mon 28, Tue 29, (30/4, 1/5, 2/5 off) Mon 5/5, Tue 6/5
        assertEquals(LocalDate.of(2025, 5, 6), WorkingDays.add(LocalDate.of(2025, 4, 25), 5, off, worked));
        // submitted on the swapped Saturday itself: the day does not count
        assertEquals(LocalDate.of(2025, 4, 28), WorkingDays.add(LocalDate.of(2025, 4, 26), 1, off, worked));
        // without the province's days: Mon 28, Tue 29, Fri 2/5, Mon 5/5, Tue 6/5
        assertEquals(LocalDate.of(2025, 5, 6), WorkingDays.add(LocalDate.of(2025, 4, 25), 5, NATIONAL, Set.of()));
        assertEquals(LocalDate.of(2025, 5, 2), WorkingDays.add(LocalDate.of(2025, 4, 25), 3, NATIONAL, Set.of()));
        assertEquals(LocalDate.of(2025, 5, 5), WorkingDays.add(LocalDate.of(2025, 4, 25), 4, off, worked));
    }
}
