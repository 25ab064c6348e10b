package vn.thidua.calendar.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the Board sends to save a province's settings for a year (names may be blank; the
 * filing deadline may be null: none).
 */
public record SettingsInput(int appraisalWorkingDays, CertificateQuotaBasis certificateBasis, String chairName,
                            SignsAs chairRole, String boardHeadName, SignsAs boardHeadRole, LocalDate filingDeadline)
        implements Serializable {

    /** Without a filing deadline. */
    public SettingsInput(int appraisalWorkingDays, CertificateQuotaBasis certificateBasis, String chairName,
                         SignsAs chairRole, String boardHeadName, SignsAs boardHeadRole) {
        this(appraisalWorkingDays, certificateBasis, chairName, chairRole, boardHeadName, boardHeadRole, null);
    }
}
