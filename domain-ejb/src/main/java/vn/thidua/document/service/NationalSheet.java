package vn.thidua.document.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The national export of the award registry (issue 14, item 5) as a workbook: one row per
 * award with its decision, every text already in Vietnamese (award kinds by name).
 */
public record NationalSheet(List<Row> rows) {

    public NationalSheet {
        rows = List.copyOf(rows);
    }

    /** One award: its decision (number, date, authority, signer), kind, recipient, legal basis, bloc, year. */
    public record Row(String decisionNumber, LocalDate decidedOn, String authority, String signer, String awardKind,
                      String unitCode, String unitName, String legalBasis, String blocName, int year) {
    }
}
