package vn.thidua.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday that working-day deadlines skip (Labour Code art. 112). The Board
 * enters each year's, since Tết and the Hùng Kings' day move with the lunar calendar.
 */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = PublicHoliday.FROM, query = "SELECT h FROM PublicHoliday h WHERE h.day >= :from ORDER BY h.day")
@NamedQuery(name = PublicHoliday.DAYS_AFTER, query = "SELECT h.day FROM PublicHoliday h WHERE h.day > :from")
public class PublicHoliday implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The holidays from a day on ({@code from}), in date order. */
    public static final String FROM = "PublicHoliday.from";
    /** The days of the holidays after a day ({@code from}), for working-day arithmetic. */
    public static final String DAYS_AFTER = "PublicHoliday.daysAfter";

    @Id
    @Column(name = "holiday", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String name;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, String name) {
        this.day = Objects.requireNonNull(day);
        this.name = Objects.requireNonNull(name);
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
