package vn.thidua.meeting.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingFile;
import vn.thidua.meeting.entity.MeetingFileKind;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;

/**
 * The signed minutes (PDF) and photos (JPEG/PNG) of a conference (issue 15, item 5):
 * attached and removed by whoever keeps the year's data (the leader or deputy, or a Board
 * specialist) while the year is open ({@link MeetingFile#yearOpen}), listed and read by
 * whoever may read the bloc's year. Every change is one transaction, audited.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ConferenceFileService {

    private static final Logger LOG = Logger.getLogger(ConferenceFileService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocAccess access;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    /** The conference's files, signed minutes first, then photos, each in the order attached. */
    public List<ConferenceFileView> conferenceFiles(@NotNull Long meetingId) {
        Meeting meeting = meeting(meetingId);
        access.requireReadAccess(meeting.getBloc().getId(), meeting.getYear());
        return em.createNamedQuery(MeetingFile.ROWS_OF_MEETING, Object[].class).setParameter("meeting", meetingId)
                .getResultList().stream()
                .map(r -> new ConferenceFileView((Long) r[0], (MeetingFileKind) r[1], (Long) r[2], (String) r[3],
                        (String) r[4], ((Number) r[5]).longValue(), (LocalDateTime) r[6]))
                .toList();
    }

    /**
     * Attaches one or more files of one kind to a conference: signed minutes must be PDFs,
     * photos JPEG or PNG (after the file area's size and type checks). All or none: one file
     * refused stores none of them.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public List<Long> attachFiles(@NotNull Long meetingId, @NotNull MeetingFileKind kind, List<Upload> uploads) {
        Meeting meeting = meeting(meetingId);
        access.requireKeeper(meeting.getBloc().getId(), meeting.getYear());
        MeetingFile.requireYearOpen(meeting.getYear(), LocalDate.now());
        if (uploads == null || uploads.isEmpty()) {
            throw new InvalidInputException("error.conferenceFile.none");
        }
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Upload upload : uploads) {
            StoredFile stored = files.store(upload);
            MeetingFile attached = new MeetingFile(meeting, kind, stored, LocalDate.now());
            em.persist(attached);
            em.flush();
            ids.add(attached.getId());
            names.add(stored.getFileName());
        }
        audit.record("Meeting", meetingId, "ATTACH", kind + " | files " + ids.size() + " | " + String.join(", ", names));
        LOG.info(() -> ids.size() + " file(s) attached to conference " + meetingId);
        return ids;
    }

    /** Removes a file from a conference while its year is open (the page asks for confirmation). */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void removeFile(@NotNull Long meetingId, @NotNull Long conferenceFileId) {
        Meeting meeting = meeting(meetingId);
        access.requireKeeper(meeting.getBloc().getId(), meeting.getYear());
        MeetingFile.requireYearOpen(meeting.getYear(), LocalDate.now());
        MeetingFile file = attached(meetingId, conferenceFileId);
        String line = file.getKind() + " | " + file.getFile().getFileName();
        em.remove(file);
        em.flush();
        audit.record("Meeting", meetingId, "DETACH", line);
        LOG.info(() -> "File " + conferenceFileId + " removed from conference " + meetingId);
    }

    /** A file of a conference, for whoever may read the bloc's year; its hash is checked. */
    public byte[] conferenceFile(@NotNull Long meetingId, @NotNull Long conferenceFileId) {
        Meeting meeting = meeting(meetingId);
        access.requireReadAccess(meeting.getBloc().getId(), meeting.getYear());
        return files.content(attached(meetingId, conferenceFileId).getFile().getId());
    }

    private MeetingFile attached(Long meetingId, Long id) {
        return em.createNamedQuery(MeetingFile.OF_MEETING, MeetingFile.class).setParameter("meeting", meetingId)
                .setParameter("id", id).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("MeetingFile", id));
    }

    private Meeting meeting(Long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }
}
