package vn.thidua.reminder.entity;

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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.shared.InvalidInputException;

/**
 * When a bloc's reminders go out in a year, as its leader set it: reminders about a
 * deadline (self-scoring before the year-end review conference) go out each day from
 * {@code daysBefore} days before it until the day itself; reminders without a deadline
 * (signing the covenant) go out once a week, on {@code weekday}. A bloc without a row uses
 * {@link #DEFAULT_DAYS_BEFORE} and {@link #DEFAULT_WEEKDAY}.
 */
@Entity
@Table(name = "reminder_schedule")
@NamedQuery(name = ReminderSchedule.OF_YEAR, query = "SELECT s FROM ReminderSchedule s"
        + " WHERE s.bloc.id = :bloc AND s.year = :year")
public class ReminderSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The schedule of bloc {@code bloc} in {@code year} (none or one). */
    public static final String OF_YEAR = "ReminderSchedule.ofYear";

    public static final int DEFAULT_DAYS_BEFORE = 3;
    public static final DayOfWeek DEFAULT_WEEKDAY = DayOfWeek.MONDAY;
    public static final int MAX_DAYS_BEFORE = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayOfWeek weekday;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected ReminderSchedule() {
    }

    public ReminderSchedule(Bloc bloc, int year) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.daysBefore = DEFAULT_DAYS_BEFORE;
        this.weekday = DEFAULT_WEEKDAY;
    }

    /** The leader's choice; refuses a number of days outside 0 to {@link #MAX_DAYS_BEFORE}. */
    public void set(int daysBefore, DayOfWeek weekday, String by, LocalDateTime at) {
        if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
            throw new InvalidInputException("error.reminder.daysBefore", 0, MAX_DAYS_BEFORE);
        }
        this.daysBefore = daysBefore;
        this.weekday = Objects.requireNonNull(weekday);
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Whether a weekly reminder (no deadline) goes out on {@code day}. */
    public static boolean weeklyOn(DayOfWeek weekday, LocalDate day) {
        return day.getDayOfWeek() == weekday;
    }

    /** Whether a reminder about {@code deadline} goes out on {@code day}: within the last {@code daysBefore} days, or on it. */
    public static boolean beforeDeadline(int daysBefore, LocalDate deadline, LocalDate day) {
        return !day.isAfter(deadline) && !day.isBefore(deadline.minusDays(daysBefore));
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
