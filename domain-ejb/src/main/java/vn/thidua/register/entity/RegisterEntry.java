package vn.thidua.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.register.service.RegisterKind;
import vn.thidua.unit.entity.Unit;

/**
 * One number taken from a unit's register of a year: the number, the kind, the full sign
 * printed on the document ("05/TTr-KTĐ03"), what it numbers (the document's type and id,
 * and its summary), who took it and when. Never changed once taken. The database refuses a
 * second entry with the same unit, year and number, and a second number for one document.
 */
@Entity
@Table(name = "register_entry")
@NamedQuery(name = RegisterEntry.OF_DOCUMENT, query = "SELECT e FROM RegisterEntry e"
        + " WHERE e.documentType = :type AND e.documentId = :document")
@NamedQuery(name = RegisterEntry.ROWS_OF_REGISTER, query = "SELECT NEW vn.thidua.register.service.RegisterView$Row("
        + "e.number, e.sign, e.kind, e.documentType, e.documentId, e.summary, e.issuedBy, e.issuedAt)"
        + " FROM RegisterEntry e WHERE e.unit.id = :unit AND e.year = :year ORDER BY e.number")
@NamedQuery(name = RegisterEntry.ISSUERS_OF_YEAR, query = "SELECT DISTINCT u.id, u.name FROM RegisterEntry e JOIN e.unit u"
        + " WHERE e.year = :year ORDER BY u.name")
public class RegisterEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The entry numbering a document ({@code type}, {@code document}), if any. */
    public static final String OF_DOCUMENT = "RegisterEntry.ofDocument";
    /** A unit's ({@code unit}) register of a {@code year} as rows, by number. */
    public static final String ROWS_OF_REGISTER = "RegisterEntry.rowsOfRegister";
    /** The units (id, name) that took a number in a {@code year}, by name. */
    public static final String ISSUERS_OF_YEAR = "RegisterEntry.issuersOfYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegisterKind kind;

    @Column(nullable = false, length = 60)
    private String sign;

    @Column(name = "document_type", nullable = false, length = 30)
    private String documentType;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    protected RegisterEntry() {
    }

    /** The entry for number {@code number} (from 1) of the unit's register of {@code year}. */
    public RegisterEntry(Unit unit, int year, int number, RegisterKind kind, String sign, String documentType,
                         Long documentId, String summary, String issuedBy, LocalDateTime issuedAt) {
        if (number < 1) {
            throw new IllegalArgumentException("register numbers start at 1: " + number);
        }
        this.unit = Objects.requireNonNull(unit);
        this.year = year;
        this.number = number;
        this.kind = Objects.requireNonNull(kind);
        this.sign = Objects.requireNonNull(sign);
        this.documentType = Objects.requireNonNull(documentType);
        this.documentId = Objects.requireNonNull(documentId);
        this.summary = summary == null ? "" : summary.length() > 500 ? summary.substring(0, 500) : summary;
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /**
     * The sign printed after "Số:": the number with two digits at least (the decree pads
     * numbers below 10 with a zero), the kind's symbol, a dash and the issuer's abbreviation.
     */
    public static String sign(int number, String kindSymbol, String issuerSymbol) {
        return String.format("%02d/%s-%s", number, kindSymbol, issuerSymbol);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public RegisterKind getKind() {
        return kind;
    }

    public String getSign() {
        return sign;
    }

    public String getDocumentType() {
        return documentType;
    }

    public Long getDocumentId() {
        return documentId;
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
