/**
 * Review conferences (hội nghị sơ kết / tổng kết) of a bloc: date, place, chair,
 * attendees (member representatives and guests), agenda and minutes, and the minutes as
 * a PDF laid out like a Vietnamese official document (Decree 30/2020/NĐ-CP).
 *
 * <p>Layout: {@code entity} holds {@code Meeting} and {@code Attendee} with the named
 * queries the service reuses; {@code Meeting} is the one entity other areas may hold as a
 * JPA association (a ballot belongs to a conference). {@code service} is the public face:
 * {@code MeetingService} (record a conference; the year's list as {@code MeetingView}
 * rows, one query with the attendee count; the minutes PDF; one conference for the ballot
 * area) and {@code MeetingForm}; {@code ConferenceFileService} keeps each conference's signed
 * minutes (PDF) and photos (JPEG/PNG) ({@code entity.MeetingFile}, files of the file area),
 * attached and removed by the year's keeper while the year is open, read by the bloc's readers.
 */
package vn.thidua.meeting;
