package vn.thidua.web.year;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFiles;

import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.MeetingFileKind;
import vn.thidua.meeting.service.ConferenceFileService;
import vn.thidua.meeting.service.ConferenceFileView;
import vn.thidua.shared.Roles;
import vn.thidua.web.Messages;
import vn.thidua.web.Uploads;

/**
 * The conferences page's files (/year/conferences.xhtml): each conference's signed minutes
 * and photos, opened by anyone who reads the year; the leader, the deputy or a Board
 * specialist attaches several at once and removes one (after a confirmation) while the year
 * is open.
 */
@Named
@ViewScoped
public class ConferenceFilesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private ConferenceFileService conferenceFiles;

    private final Map<Long, List<ConferenceFileView>> files = new HashMap<>();
    private Long meetingId;
    private MeetingFileKind kind = MeetingFileKind.MINUTES;
    private transient UploadedFiles chosen;

    /** A conference's files (read once per view). */
    public List<ConferenceFileView> files(Long meeting) {
        return files.computeIfAbsent(meeting, conferenceFiles::conferenceFiles);
    }

    /** Whether the caller attaches and removes files: the year's leader or deputy, or a Board specialist, while the year is open. */
    public boolean isKeeper() {
        return (year.isLeader() || FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.BOARD_SPECIALIST))
                && ConferenceFileView.yearOpen(year.getYear());
    }

    /** Attaches the chosen files to the chosen conference (a full request: the page reloads). */
    public void attach() {
        List<Upload> uploads = chosen == null ? List.of()
                : chosen.getFiles().stream().map(Uploads::of).filter(Objects::nonNull).toList();
        conferenceFiles.attachFiles(meetingId, kind, uploads);
        Messages.info("year.conferenceFile.attached", uploads.size());
        chosen = null;
        files.clear();
    }

    public void remove(Long meeting, Long fileId) {
        conferenceFiles.removeFile(meeting, fileId);
        Messages.info("year.conferenceFile.removed");
        files.clear();
    }

    /** A file of a conference (the service checks who may read it and the content's hash). */
    public StreamedContent download(Long meeting, ConferenceFileView file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(conferenceFiles.conferenceFile(meeting, file.id()))).build();
    }

    public MeetingFileKind[] getKinds() {
        return MeetingFileKind.values();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public MeetingFileKind getKind() {
        return kind;
    }

    public void setKind(MeetingFileKind kind) {
        this.kind = kind;
    }

    public UploadedFiles getChosen() {
        return chosen;
    }

    public void setChosen(UploadedFiles chosen) {
        this.chosen = chosen;
    }
}
