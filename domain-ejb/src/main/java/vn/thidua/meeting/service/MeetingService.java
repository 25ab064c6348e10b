package vn.thidua.meeting.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.ConferenceMinutes;
import vn.thidua.document.service.DocumentService;
import vn.thidua.register.service.RegisterNumber;
import vn.thidua.register.service.RegisterService;
import vn.thidua.meeting.entity.Attendee;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/** Review conferences and their minutes. */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class MeetingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private AuditService audit;

    @Inject
    private RegisterService registers;

    @Inject
    private DocumentService documents;

    /** The conferences of a bloc's year by date, each with its number of attendees: one query. */
    public List<MeetingView> meetings(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return em.createNamedQuery(Meeting.ROWS_OF_YEAR, Object[].class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList().stream()
                .map(r -> new MeetingView((Long) r[0], (MeetingKind) r[1], (LocalDate) r[2], (String) r[3],
                        (String) r[4], ((Number) r[5]).longValue()))
                .toList();
    }

    /** Records (or corrects) a conference: the year's leader or deputy, or a Board specialist. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Meeting saveMeeting(@NotNull @Valid MeetingForm form) {
        access.requireKeeper(form.getBlocId(), form.getYear());
        Meeting meeting = form.getId() == null ? new Meeting(blocs.blocOf(form.getBlocId()), form.getYear())
                : meeting(form.getId());
        if (!meeting.getBloc().getId().equals(form.getBlocId()) || meeting.getYear() != form.getYear()) {
            throw new AccessDeniedException();
        }
        meeting.describe(form.getKind(), form.getHeldOn(), form.getPlace().trim(), form.getChair().trim(),
                form.getSecretary(), form.getAgenda(), form.getMinutes());
        List<Unit> members = blocs.memberUnits(form.getBlocId(), form.getYear());
        List<Unit> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (MeetingForm.Person p : form.getAttendees()) {
            if (p.getName() == null || p.getName().isBlank()) {
                throw new InvalidInputException("error.meeting.attendeeName");
            }
            units.add(p.getUnitId() == null ? null : members.stream().filter(u -> u.getId().equals(p.getUnitId()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("error.covenant.notMember")));
            names.add(p.getName().trim());
            titles.add(p.getTitle());
        }
        meeting.attendees(units, names, titles);
        if (meeting.getId() == null) {
            em.persist(meeting);
        }
        em.flush();
        audit.record("Meeting", meeting.getId(), form.getId() == null ? "CREATE" : "UPDATE",
                meeting.getKind() + " | " + meeting.getHeldOn() + " | " + meeting.getPlace() + " | "
                        + names.size() + " attendees");
        return meeting;
    }

    /** The minutes as a PDF in the official layout, with their number once issued. */
    public byte[] minutesPdf(@NotNull Long meetingId) {
        return documents.conferenceMinutesPdf(minutes(meetingId));
    }

    /** The minutes as .docx, the same document as {@link #minutesPdf}. */
    public byte[] minutesDocx(@NotNull Long meetingId) {
        return documents.conferenceMinutesDocx(minutes(meetingId));
    }

    private ConferenceMinutes minutes(Long meetingId) {
        Meeting m = meeting(meetingId);
        Bloc bloc = m.getBloc();
        List<ConferenceMinutes.Attendee> people = em.createNamedQuery(Attendee.ROWS_OF_MEETING, Object[].class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .map(r -> new ConferenceMinutes.Attendee((String) r[0], (String) r[1], (String) r[2])).toList();
        return new ConferenceMinutes(
                documents.blocHeader(bloc.provinceOn(m.getHeldOn()).getName(), bloc.getName(), bloc.getCode(), m.getHeldOn()),
                registers.numberOf(RegisterService.CONFERENCE_MINUTES, meetingId).map(RegisterNumber::sign).orElse(null),
                bloc.getName(),
                m.getKind() == MeetingKind.YEAR_END, m.getYear(), m.getHeldOn(), m.getPlace(), m.getChair(),
                m.getSecretary(), people, m.getAgenda(), m.getMinutes());
    }

    /** One conference, for whoever may read the bloc's year. */
    public Meeting meeting(@NotNull Long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        access.requireReadAccess(meeting.getBloc().getId(), meeting.getYear());
        return meeting;
    }
}
