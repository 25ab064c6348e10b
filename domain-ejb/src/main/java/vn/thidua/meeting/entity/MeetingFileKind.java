package vn.thidua.meeting.entity;

/** What a file attached to a conference is: its signed minutes (PDF) or a photo (JPEG/PNG). */
public enum MeetingFileKind {
    MINUTES,
    PHOTO
}
