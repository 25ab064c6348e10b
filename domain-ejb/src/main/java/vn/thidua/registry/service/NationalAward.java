package vn.thidua.registry.service;

import java.io.Serializable;
import java.time.LocalDate;

import vn.thidua.registry.entity.AwardKind;

/**
 * One award of the national export (issue 14, item 5; fields described in
 * docs/NATIONAL-EXPORT.md): the decision (number, date, deciding authority, signer), the award
 * (kind code and name, legal basis), the recipient unit (code, name as it was then), the bloc
 * and the emulation year.
 */
public record NationalAward(String decisionNumber, LocalDate decisionDate, String authority, String signer,
                            AwardKind awardKind, String awardKindName, String recipientUnitCode,
                            String recipientUnitName, String legalBasis, String blocCode, String blocName,
                            int year) implements Serializable {
}
