package vn.thidua.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Province;

class MeetingFileTest {

    private final Meeting meeting = new Meeting(new Bloc(new Province("DNO", "Đắk Nông"), "KTD03",
            "Khối thi đua số 03", null), 2023);

    @Test
    void theYearStaysOpenUntilTheEndOfTheFollowingYear() {
        assertTrue(MeetingFile.yearOpen(2023, LocalDate.of(2023, 12, 27)));
        assertTrue(MeetingFile.yearOpen(2023, LocalDate.of(2024, 12, 31)), "the proposal and decision come in 2024");
        assertFalse(MeetingFile.yearOpen(2023, LocalDate.of(2025, 1, 1)));
        assertEquals("error.conferenceFile.yearClosed", assertThrows(InvalidInputException.class,
                () -> new MeetingFile(meeting, MeetingFileKind.MINUTES, file("bien-ban.pdf", "application/pdf"),
                        LocalDate.of(2025, 1, 1))).getMessageKey());
    }

    @Test
    void signedMinutesArePdfsAndPhotosAreJpegOrPng() {
        LocalDate day = LocalDate.of(2023, 12, 28);
        new MeetingFile(meeting, MeetingFileKind.MINUTES, file("bien-ban.pdf", "application/pdf"), day);
        new MeetingFile(meeting, MeetingFileKind.PHOTO, file("anh.jpg", "image/jpeg"), day);
        new MeetingFile(meeting, MeetingFileKind.PHOTO, file("anh.png", "image/png"), day);
        assertEquals("error.conferenceFile.minutesType", assertThrows(InvalidInputException.class,
                () -> new MeetingFile(meeting, MeetingFileKind.MINUTES, file("anh.png", "image/png"), day)).getMessageKey());
        assertEquals("error.conferenceFile.photoType", assertThrows(InvalidInputException.class,
                () -> new MeetingFile(meeting, MeetingFileKind.PHOTO, file("bien-ban.pdf", "application/pdf"), day))
                .getMessageKey());
    }

    private static StoredFile file(String name, String type) {
        return new StoredFile(name, type, new byte[] {1}, "00", "tinhdoan", LocalDateTime.of(2023, 12, 28, 9, 0));
    }
}
