package vn.thidua.meeting.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.meeting.entity.Attendee;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.shared.OfficialDocument;
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
    private AuditService audit;

    public List<Meeting> meetings(@NotNull Long blocId, int year) {
        blocs.requireReadAccess(blocId, year);
        List<Meeting> meetings = em.createQuery("SELECT m FROM Meeting m WHERE m.bloc.id = :bloc AND m.year = :year"
                + " ORDER BY m.heldOn", Meeting.class).setParameter("bloc", blocId).setParameter("year", year)
                .getResultList();
        meetings.forEach(m -> m.getAttendees().size());
        return meetings;
    }

    /** Records (or corrects) a conference: the year's leader or deputy, or a Board specialist. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Meeting saveMeeting(@NotNull @Valid MeetingForm form) {
        blocs.requireKeeper(form.getBlocId(), form.getYear());
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

    /** The minutes as a PDF in the official layout. */
    public byte[] minutesPdf(@NotNull Long meetingId) {
        Meeting m = meeting(meetingId);
        blocs.requireReadAccess(m.getBloc().getId(), m.getYear());
        Bloc bloc = m.getBloc();
        String kind = m.getKind() == MeetingKind.YEAR_END ? "tổng kết" : "sơ kết";
        StringBuilder people = new StringBuilder();
        for (Attendee a : m.getAttendees()) {
            people.append("- ").append(a.getName());
            if (a.getTitle() != null && !a.getTitle().isBlank()) {
                people.append(", ").append(a.getTitle());
            }
            if (a.getUnit() != null) {
                people.append(" (").append(a.getUnit().getName()).append(")");
            }
            people.append('\n');
        }
        return new OfficialDocument()
                .headingFor(bloc.getProvince().getName(), bloc.getName(), m.getHeldOn())
                .title("BIÊN BẢN", "Hội nghị " + kind + " công tác thi đua năm " + m.getYear() + " – " + bloc.getName())
                .paragraph("Thời gian: ngày " + m.getHeldOn().getDayOfMonth() + "/" + m.getHeldOn().getMonthValue() + "/"
                        + m.getHeldOn().getYear() + ". Địa điểm: " + m.getPlace() + ".")
                .paragraph("Chủ trì: " + m.getChair() + (m.getSecretary() == null ? "" : ". Thư ký: " + m.getSecretary()) + ".")
                .paragraph("Thành phần tham dự:\n" + people.toString().trim())
                .paragraph(m.getAgenda() == null ? null : "Nội dung chương trình: " + m.getAgenda())
                .paragraph(m.getMinutes())
                .signatures("THƯ KÝ", m.getSecretary(), "CHỦ TRÌ", m.getChair())
                .toPdf();
    }

    /** One conference, for whoever may read the bloc's year. */
    public Meeting meeting(@NotNull Long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        blocs.requireReadAccess(meeting.getBloc().getId(), meeting.getYear());
        return meeting;
    }
}
