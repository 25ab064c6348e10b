package vn.thidua.meeting.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.thidua.meeting.entity.MeetingFile;
import vn.thidua.meeting.entity.MeetingFileKind;

/** A file attached to a conference (signed minutes or a photo), read-only. */
public record ConferenceFileView(Long id, MeetingFileKind kind, Long fileId, String fileName, String contentType,
                                 long sizeBytes, LocalDateTime uploadedAt) implements Serializable {

    /** Whether a conference's files of {@code year} may still be attached or removed today ({@link MeetingFile#yearOpen}). */
    public static boolean yearOpen(int year) {
        return MeetingFile.yearOpen(year, LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public MeetingFileKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
