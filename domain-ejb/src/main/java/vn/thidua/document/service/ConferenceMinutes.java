package vn.thidua.document.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A review conference's minutes (biên bản hội nghị), which name its chair and secretary
 * (null: none recorded) and carry their signature lines; {@code number} is its sign from
 * the issuing unit's register ("02/BB-KTĐ03"), null while it has none.
 */
public record ConferenceMinutes(Header header, String blocName, boolean yearEnd, int year, LocalDate heldOn,
                                String place, String chair, String secretary, List<Attendee> attendees,
                                String agenda, String minutes, String number) {

    /** A person present; title and unit may be null. */
    public record Attendee(String name, String title, String unitName) {
    }
}
