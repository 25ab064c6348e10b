package vn.thidua.calendar.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A public holiday as pages show it. */
public record Holiday(LocalDate day, String name) implements Serializable {

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
