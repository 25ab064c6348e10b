package vn.thidua.reminder.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.shared.InvalidInputException;

/** When reminders go out: the days before a deadline, the weekly day, the leader's limits. */
class ReminderScheduleTest {

    private static final LocalDate CONFERENCE = LocalDate.of(2090, 12, 27);

    @Test
    void aDeadlineIsRemindedFromTheChosenNumberOfDaysBeforeUntilItsDay() {
        assertFalse(ReminderSchedule.beforeDeadline(3, CONFERENCE, LocalDate.of(2090, 12, 23)));
        assertTrue(ReminderSchedule.beforeDeadline(3, CONFERENCE, LocalDate.of(2090, 12, 24)));
        assertTrue(ReminderSchedule.beforeDeadline(3, CONFERENCE, CONFERENCE));
        assertFalse(ReminderSchedule.beforeDeadline(3, CONFERENCE, LocalDate.of(2090, 12, 28)), "past the deadline");
        assertTrue(ReminderSchedule.beforeDeadline(0, CONFERENCE, CONFERENCE), "0: on the day only");
        assertFalse(ReminderSchedule.beforeDeadline(0, CONFERENCE, LocalDate.of(2090, 12, 26)));
    }

    @Test
    void weeklyRemindersGoOutOnTheChosenWeekdayOnly() {
        LocalDate wednesday = LocalDate.of(2090, 3, 1);
        assertEquals(DayOfWeek.WEDNESDAY, wednesday.getDayOfWeek());
        assertTrue(ReminderSchedule.weeklyOn(DayOfWeek.WEDNESDAY, wednesday));
        assertFalse(ReminderSchedule.weeklyOn(DayOfWeek.MONDAY, wednesday));
    }

    @Test
    void theDefaultsApplyUntilTheLeaderSetsAndANumberOutsideTheRangeIsRefused() {
        ReminderSchedule schedule = new ReminderSchedule(new Bloc(new vn.thidua.unit.entity.Province("DNO", "Đắk Nông"), "KTR", "Khối kiểm thử", null), 2090);
        assertEquals(ReminderSchedule.DEFAULT_DAYS_BEFORE, schedule.getDaysBefore());
        assertEquals(DayOfWeek.MONDAY, schedule.getWeekday());
        assertEquals("error.reminder.daysBefore", assertThrows(InvalidInputException.class,
                () -> schedule.set(31, DayOfWeek.FRIDAY, "leader", LocalDateTime.now())).getMessageKey());
        assertEquals(ReminderSchedule.DEFAULT_DAYS_BEFORE, schedule.getDaysBefore(), "nothing changed");
        schedule.set(5, DayOfWeek.FRIDAY, "leader", LocalDateTime.now());
        assertEquals(5, schedule.getDaysBefore());
        assertEquals(DayOfWeek.FRIDAY, schedule.getWeekday());
    }
}
