package vn.thidua.register.service;

import java.time.LocalDateTime;
import java.util.List;


/** A unit's register of a year, as its page shows it: every number taken, in order. */
public record RegisterView(Long unitId, String unitName, int year, List<Row> rows) {

    public RegisterView {
        rows = List.copyOf(rows);
    }

    /** One number: its sign, the kind, what it numbers, who took it and when. */
    public record Row(int number, String sign, RegisterKind kind, String documentType, Long documentId, String summary,
                      String issuedBy, LocalDateTime issuedAt) {
    }

    /** A unit that keeps a register, for choosing one. */
    public record Issuer(Long unitId, String unitName) {
    }
}
