package vn.thidua.calendar.service;

import java.io.Serializable;

/** What the Board sends to save a province's settings for a year (names may be blank). */
public record SettingsInput(int appraisalWorkingDays, CertificateQuotaBasis certificateBasis, String chairName,
                            SignsAs chairRole, String boardHeadName, SignsAs boardHeadRole) implements Serializable {
}
