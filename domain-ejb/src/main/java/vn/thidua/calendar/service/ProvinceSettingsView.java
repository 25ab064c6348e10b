package vn.thidua.calendar.service;

import java.io.Serializable;
import java.util.List;

/**
 * A province's settings for a year as they apply: {@code fromYear} is the year whose saved
 * settings apply (the year itself, or the latest earlier year), null when none was saved and
 * the law's defaults apply; {@code days} are the province's own calendar days of the year.
 */
public record ProvinceSettingsView(Long provinceId, int year, Integer fromYear, int appraisalWorkingDays,
                                   CertificateQuotaBasis certificateBasis, String chairName, SignsAs chairRole,
                                   String boardHeadName, SignsAs boardHeadRole, List<CalendarDayView> days)
        implements Serializable {

    /** Whether the year has its own saved settings. */
    public boolean own() {
        return fromYear != null && fromYear == year;
    }
}
