package vn.thidua.register.service;

import java.time.LocalDate;
import java.util.Objects;


/**
 * A document being issued, as the issuing area describes it to the register: the issuing
 * unit (whose register numbers it), the kind, what it is (a type code such as
 * {@code PROPOSAL} and the id of its record in that area), a summary for the register's
 * page, the issuer's abbreviation to use when the unit set none (a bloc's documents: the
 * bloc's, "KTĐ03"; null: the unit's code) and the day of issue (its year is the register's).
 */
public record Issue(Long unitId, RegisterKind kind, String documentType, Long documentId, String summary,
                    String issuerDefault, LocalDate issuedOn) {

    public Issue {
        Objects.requireNonNull(unitId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(documentType);
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(issuedOn);
    }

    /**
     * The abbreviation of a bloc for its documents' signs: a code such as "KTD03" (Khối thi
     * đua 03, written without diacritics) gives "KTĐ03"; any other code is used as it is.
     */
    public static String blocAbbreviation(String blocCode) {
        if (blocCode == null) {
            return null;
        }
        String code = blocCode.trim();
        return code.matches("(?i)KTD\\d+") ? "KT\u0110" + code.substring(3) : code;
    }
}
