package vn.thidua.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** A person at a meeting: a member unit's representative (unit set) or a guest. */
@Entity
@Table(name = "meeting_attendee")
@NamedQuery(name = Attendee.ROWS_OF_MEETING, query = "SELECT a.name, a.title, u.name FROM Attendee a"
        + " LEFT JOIN a.unit u WHERE a.meeting.id = :meeting ORDER BY a.position")
public class Attendee implements Serializable {

    /** The attendees of {@code meeting} in order, as rows: name, title, unit name (null for a guest). */
    public static final String ROWS_OF_MEETING = "Attendee.rowsOfMeeting";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String title;

    protected Attendee() {
    }

    Attendee(Meeting meeting, int position, Unit unit, String name, String title) {
        this.meeting = Objects.requireNonNull(meeting);
        this.position = position;
        this.unit = unit;
        this.name = Objects.requireNonNull(name);
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public boolean isGuest() {
        return unit == null;
    }
}
