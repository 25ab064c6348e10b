package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.meeting.service.MeetingView;
import vn.thidua.web.Messages;

/**
 * /year/conferences.xhtml?bloc=…&amp;year=…: the year's review conferences, each with its
 * minutes as a PDF and the way to its ballots; the leader records a conference with its
 * attendees (the members' representatives are proposed).
 */
@Named
@ViewScoped
public class ConferencesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private MeetingService meetingService;

    private List<MeetingView> meetings;
    private MeetingForm meetingForm;

    /** f:viewAction: the year's header, then the conferences. */
    public void load() {
        year.load();
        refresh();
        newMeetingForm();
    }

    private void refresh() {
        meetings = meetingService.meetings(year.getBlocId(), year.getYear());
    }

    /** A conference on 1 December, a line per member's representative and one for a guest. */
    public void newMeetingForm() {
        meetingForm = new MeetingForm();
        meetingForm.setBlocId(year.getBlocId());
        meetingForm.setYear(year.getYear());
        meetingForm.setHeldOn(LocalDate.of(year.getYear(), 12, 1));
        year.getMembers().forEach(u -> meetingForm.addAttendee(u.unitId(),
                Messages.text("year.meeting.attendee.representative", u.shortName()), null));
        meetingForm.addAttendee(null, null, null);
    }

    public void saveMeeting() {
        MeetingForm form = meetingForm;
        form.setAttendees(new ArrayList<>(form.getAttendees().stream()
                .filter(p -> p.getName() != null && !p.getName().isBlank()).toList()));
        meetingService.saveMeeting(form);
        Messages.info("year.meeting.saved");
        newMeetingForm();
        refresh();
    }

    public StreamedContent minutes(Long meetingId) {
        return DefaultStreamedContent.builder()
                .name("bien-ban-" + meetingId + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(meetingService.minutesPdf(meetingId)))
                .build();
    }

    /** The same minutes as .docx, for the office to edit and sign. */
    public StreamedContent minutesDocx(Long meetingId) {
        return DefaultStreamedContent.builder()
                .name("bien-ban-" + meetingId + ".docx")
                .contentType(DocumentFormat.DOCX.contentType())
                .stream(() -> new ByteArrayInputStream(meetingService.minutesDocx(meetingId)))
                .build();
    }

    public MeetingKind[] getMeetingKinds() {
        return MeetingKind.values();
    }

    public List<MeetingView> getMeetings() {
        return meetings;
    }

    public MeetingForm getMeetingForm() {
        return meetingForm;
    }
}
