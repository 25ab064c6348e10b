package vn.thidua.covenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import vn.thidua.unit.entity.Unit;

/** A member unit's signature of a covenant version: who signed, when, from which account. */
@Entity
@Table(name = "covenant_signature")
@NamedQuery(name = CovenantSignature.ROWS_OF_YEAR, query = "SELECT s.covenantVersion.id, u.id, u.name, s.signedBy,"
        + " s.signedAt, s.onPaper FROM CovenantSignature s JOIN s.unit u"
        + " WHERE s.covenantVersion.bloc.id = :bloc AND s.covenantVersion.year = :year ORDER BY s.signedAt, s.id")
public class CovenantSignature implements Serializable {

    /**
     * The signatures of every covenant version of {@code bloc} in {@code year}, in signing
     * order, as rows: version id, unit id, unit name, signed by, signed at, on paper.
     */
    public static final String ROWS_OF_YEAR = "CovenantSignature.rowsOfYear";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "covenant_version_id", nullable = false)
    private CovenantVersion covenantVersion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "signed_by", nullable = false, length = 100)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private LocalDateTime signedAt;

    @Column(name = "on_paper", nullable = false)
    private boolean onPaper;

    protected CovenantSignature() {
    }

    CovenantSignature(CovenantVersion covenantVersion, Unit unit, String signedBy, LocalDateTime signedAt,
                      boolean onPaper) {
        this.covenantVersion = Objects.requireNonNull(covenantVersion);
        this.unit = Objects.requireNonNull(unit);
        this.signedBy = Objects.requireNonNull(signedBy);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.onPaper = onPaper;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public boolean isOnPaper() {
        return onPaper;
    }
}
