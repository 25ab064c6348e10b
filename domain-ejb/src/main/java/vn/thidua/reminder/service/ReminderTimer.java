package vn.thidua.reminder.service;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;

import vn.thidua.shared.Roles;

/**
 * Every hour of the working day (07:00 to 17:00): sends the reminders due today. Not
 * persistent, and on every node: the claim of each reminder (ReminderClaims) makes a second
 * node's run send nothing again. The system property {@code thidua.reminders=off} stops it
 * (the integration tests run reminders themselves, with the day they need).
 */
@Singleton
@DeclareRoles(Roles.BOARD_LEADER)
@RunAs(Roles.BOARD_LEADER)
public class ReminderTimer {

    /** The system property that turns the timer off when set to {@code off}. */
    public static final String SWITCH = "thidua.reminders";

    @Inject
    private ReminderService reminders;

    @Schedule(hour = "7-17", minute = "5", persistent = false)
    void hourly() {
        if (!"off".equals(System.getProperty(SWITCH))) {
            reminders.sendReminders(LocalDate.now());
        }
    }
}
