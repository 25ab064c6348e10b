package vn.thidua.meeting.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.shared.StorableInput;

/** A review conference as the leader records it; {@code id} null for a new one. */
@StorableInput
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotNull
    private Long blocId;
    private int year;

    @NotNull
    private MeetingKind kind = MeetingKind.YEAR_END;

    @NotNull(message = "{meeting.date.required}")
    private LocalDate heldOn;

    @NotBlank(message = "{meeting.place.required}")
    @Size(max = 300, message = "{activity.text.size}")
    private String place;

    @NotBlank(message = "{meeting.chair.required}")
    @Size(max = 300, message = "{activity.text.size}")
    private String chair;

    @Size(max = 300, message = "{activity.text.size}")
    private String secretary;

    @Size(max = 4000, message = "{text.size4000}")
    private String agenda;

    @Size(max = 60000, message = "{meeting.minutes.size}")
    private String minutes;

    @Valid
    private List<Person> attendees = new ArrayList<>();

    public Person addAttendee(Long unitId, String name, String title) {
        Person p = new Person();
        p.setUnitId(unitId);
        p.setName(name);
        p.setTitle(title);
        attendees.add(p);
        return p;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getBlocId() {
        return blocId;
    }

    public void setBlocId(Long blocId) {
        this.blocId = blocId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<Person> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Person> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : new ArrayList<>(attendees);
    }

    /** An attendee: a member unit's representative ({@code unitId} set) or a guest. */
    @StorableInput
    public static class Person implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long unitId;

        @Size(max = 200, message = "{activity.text.size}")
        private String name;

        @Size(max = 300, message = "{activity.text.size}")
        private String title;

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }
}
