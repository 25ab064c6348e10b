package vn.thidua.meeting.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/** A review conference of a bloc. */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.ROWS_OF_YEAR, query = "SELECT m.id, m.kind, m.heldOn, m.place, m.chair, COUNT(a)"
        + " FROM Meeting m LEFT JOIN m.attendees a WHERE m.bloc.id = :bloc AND m.year = :year"
        + " GROUP BY m.id, m.kind, m.heldOn, m.place, m.chair ORDER BY m.heldOn, m.id")
public class Meeting implements Serializable {

    /**
     * The conferences of {@code bloc} in {@code year} by date, as rows: id, kind, date,
     * place, chair, number of attendees.
     */
    public static final String ROWS_OF_YEAR = "Meeting.rowsOfYear";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(nullable = false, length = 300)
    private String chair;

    @Column(length = 300)
    private String secretary;

    @Column(length = 4000)
    private String agenda;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String minutes;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Attendee> attendees = new ArrayList<>();

    @Version
    private int version;

    protected Meeting() {
    }

    public Meeting(Bloc bloc, int year) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
    }

    public void describe(MeetingKind kind, LocalDate heldOn, String place, String chair, String secretary,
                         String agenda, String minutes) {
        if (heldOn.getYear() != year && !(kind == MeetingKind.YEAR_END && heldOn.getYear() == year + 1
                && heldOn.getMonthValue() == 1)) {
            throw new InvalidInputException("error.meeting.dateOutsideYear", year);
        }
        this.kind = Objects.requireNonNull(kind);
        this.heldOn = heldOn;
        this.place = Objects.requireNonNull(place);
        this.chair = Objects.requireNonNull(chair);
        this.secretary = secretary;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    /** Replaces the attendee list: each entry a unit (member representative) or null (guest), a name and a title. */
    public void attendees(List<Unit> units, List<String> names, List<String> titles) {
        attendees.clear();
        for (int i = 0; i < names.size(); i++) {
            attendees.add(new Attendee(this, i + 1, units.get(i), names.get(i), titles.get(i)));
        }
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

    public MeetingKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getChair() {
        return chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public List<Attendee> getAttendees() {
        return List.copyOf(attendees);
    }

    public int getVersion() {
        return version;
    }
}
