package vn.thidua.calendar.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A province's settings for a year as they apply: {@code fromYear} is the year whose saved
 * settings apply (the year itself, or the latest earlier year), null when none was saved and
 * the law's defaults apply; {@code filingDeadline} is the date by which the year's proposals
 * are filed, only from the year's own settings (null: none); {@code days} are the province's
 * own calendar days of the year.
 */
public record ProvinceSettingsView(Long provinceId, int year, Integer fromYear, int appraisalWorkingDays,
                                   CertificateQuotaBasis certificateBasis, String chairName, SignsAs chairRole,
                                   String boardHeadName, SignsAs boardHeadRole, LocalDate filingDeadline,
                                   List<CalendarDayView> days) implements Serializable {

    /** Whether the year has its own saved settings. */
    public boolean own() {
        return fromYear != null && fromYear == year;
    }
}
