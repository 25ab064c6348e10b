package vn.thidua.calendar.service;

import java.io.Serializable;
import java.time.LocalDate;

/** One day of a province's own calendar, as the settings page shows and sends it. */
public record CalendarDayView(LocalDate day, DayKind kind, String name) implements Serializable {

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
