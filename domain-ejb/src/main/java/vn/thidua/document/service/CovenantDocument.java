package vn.thidua.document.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bloc's emulation covenant (giao ước thi đua) of a year: its content and targets, the
 * criteria with their maximum points, and one signature per member unit (its head).
 */
public record CovenantDocument(Header header, String number, int year, String blocName, int version, String content,
                               String targets, List<Criterion> criteria, List<Party> parties) {

    public record Criterion(String name, BigDecimal maxPoints) {
    }

    /** A member unit and who signs for it. */
    public record Party(String unitName, Signer signer) {
    }
}
