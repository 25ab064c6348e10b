package vn.thidua.document.service;

import java.time.LocalDate;
import java.util.List;

/** A review conference's minutes (biên bản hội nghị), signed by its secretary and its chair (names, nullable). */
public record ConferenceMinutes(Header header, String number, String blocName, boolean yearEnd, int year,
                                LocalDate heldOn, String place, String chair, String secretary,
                                List<Attendee> attendees, String agenda, String minutes) {

    /** A person present; title and unit may be null. */
    public record Attendee(String name, String title, String unitName) {
    }
}
