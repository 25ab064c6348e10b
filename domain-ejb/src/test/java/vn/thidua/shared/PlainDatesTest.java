package vn.thidua.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Dates as people read them (issue 14, item 6): dd/MM/yyyy, never the ISO form. */
class PlainDatesTest {

    @Test
    void aDateIsDayMonthYearAndAMomentAddsHoursAndMinutes() {
        assertEquals("05/01/2045", PlainDates.format(LocalDate.of(2045, 1, 5)));
        assertEquals("29/12/2044 08:05", PlainDates.format(LocalDateTime.of(2044, 12, 29, 8, 5, 59)));
        assertEquals("29/12/2044", PlainDates.day(LocalDateTime.of(2044, 12, 29, 8, 5)));
        assertEquals("", PlainDates.format(null));
    }

    @Test
    void isoDatesInOlderStoredTextsAreRewrittenAndOtherNumbersAreNot() {
        assertEquals("12/TTr-KTĐ03 | due 29/12/2044", PlainDates.inText("12/TTr-KTĐ03 | due 2044-12-29"));
        assertEquals("lúc 29/12/2044 08:30.", PlainDates.inText("lúc 2044-12-29T08:30:15.123."));
        assertEquals("Số 2044-12 và 12-2044-1", PlainDates.inText("Số 2044-12 và 12-2044-1"));
        assertEquals("mã 12044-12-290", PlainDates.inText("mã 12044-12-290"));
    }
}
