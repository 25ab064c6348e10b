package vn.thidua.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.InvalidInputException;

/**
 * A file attached to a conference: the signed minutes (a PDF) or a photo (JPEG or PNG).
 * Removed only while the conference's year is open ({@link #yearOpen}).
 */
@Entity
@Table(name = "meeting_file")
@NamedQuery(name = MeetingFile.ROWS_OF_MEETING, query = "SELECT mf.id, mf.kind, f.id, f.fileName, f.contentType,"
        + " f.sizeBytes, f.uploadedAt FROM MeetingFile mf JOIN mf.file f WHERE mf.meeting.id = :meeting"
        + " ORDER BY mf.kind, mf.id")
@NamedQuery(name = MeetingFile.OF_MEETING, query = "SELECT mf FROM MeetingFile mf JOIN FETCH mf.file"
        + " WHERE mf.meeting.id = :meeting AND mf.id = :id")
public class MeetingFile implements Serializable {

    /** The files of {@code meeting} as rows: id, kind, file id, name, type, size, uploaded at; minutes first. */
    public static final String ROWS_OF_MEETING = "MeetingFile.rowsOfMeeting";
    /** One file {@code id} of {@code meeting}, with its stored file. */
    public static final String OF_MEETING = "MeetingFile.ofMeeting";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingFileKind kind;

    protected MeetingFile() {
    }

    /**
     * A file for {@code meeting}; refused when its type does not fit the kind (signed
     * minutes are a PDF, photos are JPEG or PNG) or the year is closed.
     */
    public MeetingFile(Meeting meeting, MeetingFileKind kind, StoredFile file, LocalDate today) {
        this.meeting = Objects.requireNonNull(meeting);
        this.kind = Objects.requireNonNull(kind);
        this.file = Objects.requireNonNull(file);
        requireYearOpen(meeting.getYear(), today);
        Set<String> types = kind == MeetingFileKind.MINUTES ? Set.of("application/pdf")
                : Set.of("image/jpeg", "image/png");
        if (!types.contains(file.getContentType())) {
            throw new InvalidInputException(kind == MeetingFileKind.MINUTES ? "error.conferenceFile.minutesType"
                    : "error.conferenceFile.photoType", file.getFileName());
        }
    }

    /**
     * Whether a conference's files of {@code year} may still change on {@code today}: the
     * year stays open until the end of the following year (the year-end conference is in
     * late December, its proposal and the award decision come in the next year); after that
     * the year is closed and its files stay as they are.
     */
    public static boolean yearOpen(int year, LocalDate today) {
        return !today.isAfter(LocalDate.of(year + 1, 12, 31));
    }

    public static void requireYearOpen(int year, LocalDate today) {
        if (!yearOpen(year, today)) {
            throw new InvalidInputException("error.conferenceFile.yearClosed", year);
        }
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public StoredFile getFile() {
        return file;
    }

    public MeetingFileKind getKind() {
        return kind;
    }
}
