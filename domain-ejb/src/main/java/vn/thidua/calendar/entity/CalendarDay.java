package vn.thidua.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import vn.thidua.calendar.service.DayKind;
import vn.thidua.unit.entity.Province;

/**
 * One day of a province's own calendar, on top of the national public holidays: a holiday,
 * a swapped working day (a weekend day worked) or an extra day off.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.BETWEEN, query = "SELECT d FROM CalendarDay d WHERE d.province.id = :province"
        + " AND d.day >= :from AND d.day <= :to ORDER BY d.day")
@NamedQuery(name = CalendarDay.AFTER, query = "SELECT d FROM CalendarDay d WHERE d.province.id = :province"
        + " AND d.day > :from")
public class CalendarDay implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A province's days ({@code :province}) from {@code :from} to {@code :to}, in date order. */
    public static final String BETWEEN = "CalendarDay.between";
    /** A province's days ({@code :province}) after {@code :from}, for working-day arithmetic. */
    public static final String AFTER = "CalendarDay.after";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DayKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(Province province, LocalDate day, DayKind kind, String name) {
        this.province = Objects.requireNonNull(province);
        this.day = Objects.requireNonNull(day);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

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
