package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;

import vn.thidua.reminder.service.ReminderScheduleView;
import vn.thidua.reminder.service.ReminderService;
import vn.thidua.web.Messages;

/**
 * The reminders section of /year/covenant.xhtml: when the bloc's reminders go out in the
 * year (days before a deadline, the weekday of weekly reminders); the leader sets it,
 * members read it.
 */
@Named
@ViewScoped
public class ReminderScheduleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private ReminderService reminders;

    private ReminderScheduleView schedule;
    private int daysBefore;
    private DayOfWeek weekday;

    /** The schedule, read once per view (after the page's own view action loaded the year). */
    public ReminderScheduleView getSchedule() {
        if (schedule == null) {
            show(reminders.schedule(year.getBlocId(), year.getYear()));
        }
        return schedule;
    }

    public void save() {
        show(reminders.saveSchedule(year.getBlocId(), year.getYear(), daysBefore, weekday));
        Messages.info("year.reminders.saved");
    }

    private void show(ReminderScheduleView view) {
        schedule = view;
        daysBefore = view.daysBefore();
        weekday = view.weekday();
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public int getDaysBefore() {
        getSchedule();
        return daysBefore;
    }

    public void setDaysBefore(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public DayOfWeek getWeekday() {
        getSchedule();
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }
}
