package vn.thidua.register.service;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;


/** A unit's register of a year, as its page shows it: every number taken, in order. */
public record RegisterView(Long unitId, String unitName, int year, List<Row> rows) implements Serializable {

    public RegisterView {
        rows = List.copyOf(rows);
    }

    public String getUnitName() {
        return unitName;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One number: its sign, the kind, what it numbers, who took it and when. */
    public record Row(int number, String sign, RegisterKind kind, String documentType, Long documentId, String summary,
                      String issuedBy, LocalDateTime issuedAt) implements Serializable {

        public int getNumber() {
            return number;
        }

        public String getSign() {
            return sign;
        }

        public RegisterKind getKind() {
            return kind;
        }

        public String getSummary() {
            return summary;
        }

        public String getIssuedBy() {
            return issuedBy;
        }

        public LocalDateTime getIssuedAt() {
            return issuedAt;
        }
    }

    /** A unit that keeps a register, for choosing one. */
    public record Issuer(Long unitId, String unitName) implements Serializable {

        public Long getUnitId() {
            return unitId;
        }

        public String getUnitName() {
            return unitName;
        }
    }
}
