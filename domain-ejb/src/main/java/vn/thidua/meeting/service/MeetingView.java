package vn.thidua.meeting.service;

import java.io.Serializable;
import java.time.LocalDate;

import vn.thidua.meeting.entity.MeetingKind;

/** A review conference in the list of a bloc's year, read-only. */
public record MeetingView(Long id, MeetingKind kind, LocalDate heldOn, String place, String chair,
                          long attendeeCount) implements Serializable {

    public Long getId() {
        return id;
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

    public long getAttendeeCount() {
        return attendeeCount;
    }
}
