package vn.thidua.registry.internal;

import java.time.LocalDate;

import vn.thidua.registry.entity.AwardKind;

/** One award of the national export as the query reads it, before the texts are added. */
public record NationalRow(Long awardId, String decisionNumber, LocalDate decidedOn, String signer, AwardKind kind,
                          String unitCode, String unitName, String blocCode, String blocName, int year,
                          String provinceName) {
}
