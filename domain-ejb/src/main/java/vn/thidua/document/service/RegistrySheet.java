package vn.thidua.document.service;

import java.time.LocalDate;
import java.util.List;

/** Awards of the registry, for the .xlsx export; award kinds by code. */
public record RegistrySheet(List<Row> rows) {

    public record Row(int year, String unitName, String awardKind, String blocName, String decisionNumber,
                      LocalDate decidedOn) {
    }
}
